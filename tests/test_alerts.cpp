// Alerts routed once: the payload each destination expects (generic JSON,
// Slack, Microsoft Teams, PagerDuty Events v2), routes checked field by
// field, the outbox the database fills (one row per event and route, marked
// or held inside a maintenance window, SLA breaches once), and delivery by
// `healdesk worker` processes to real local HTTP servers while two consoles
// run: one POST per event and route, retries, digests, a test alert, the
// leader killed.

#include "AlertRoutesDialog.h"
#include "Alerts.h"
#include "ChangeListener.h"
#include "ChildProcess.h"
#include "ConsoleController.h"
#include "Database.h"
#include "Error.h"
#include "FleetFixture.h"
#include "Incidents.h"
#include "LocalHttpServer.h"
#include "Logins.h"
#include "Session.h"
#include "Signing.h"
#include "Wait.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace hd;
using namespace hd::test;

namespace {

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

AlertMessage criticalIncident(qint64 id, const QString &type = QStringLiteral("firewall_disabled"))
{
    AlertMessage m;
    m.id = id;
    m.routeId = 1;
    m.kind = QStringLiteral("incident.critical");
    m.key = QStringLiteral("incident.critical:inc-%1").arg(id);
    m.severity = QStringLiteral("critical");
    m.createdAt = QDateTime(QDate(2026, 11, 3), QTime(14, 5), Qt::UTC);
    m.facts = {{QStringLiteral("incident_id"), QStringLiteral("inc-%1").arg(id)},
               {QStringLiteral("incident_type"), type},
               {QStringLiteral("hostname"), QStringLiteral("host-1")},
               {QStringLiteral("site_id"), QStringLiteral("site-1")},
               {QStringLiteral("site_name"), QStringLiteral("Site One")},
               {QStringLiteral("in_maintenance_window"), false}};
    return m;
}

AlertOutbox::Batch batchOf(const QString &format, QList<AlertMessage> messages, bool digest = false)
{
    AlertRoute r;
    r.id = 7;
    r.name = QStringLiteral("ops");
    r.format = format;
    r.url = QStringLiteral("https://hooks.example.org/services/{secret}");
    r.hasSecret = true;
    r.digestHours = digest ? 4 : 0;
    return {r, std::move(messages), digest};
}

} // namespace

TEST(AlertFormat, EachFormatCarriesTheEventInTheShapeItsDestinationReads)
{
    const AlertMessage m = criticalIncident(1);
    // Generic: the event, its key and severity, a line to read, and the facts.
    AlertFormat::Request generic = AlertFormat::request(batchOf(QStringLiteral("generic"), {m}), QStringLiteral("T1/B2"));
    EXPECT_EQ(generic.url.toString(), QStringLiteral("https://hooks.example.org/services/T1/B2"));
    const QJsonObject g = json(generic.body);
    EXPECT_EQ(g.value(QStringLiteral("event")).toString(), QStringLiteral("incident.critical"));
    EXPECT_EQ(g.value(QStringLiteral("key")).toString(), m.key);
    EXPECT_EQ(g.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    EXPECT_EQ(g.value(QStringLiteral("incident_id")).toString(), QStringLiteral("inc-1"));
    EXPECT_EQ(g.value(QStringLiteral("hostname")).toString(), QStringLiteral("host-1"));
    EXPECT_EQ(g.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-03T14:05:00Z"));
    const QString text = g.value(QStringLiteral("text")).toString();
    EXPECT_TRUE(text.contains(QStringLiteral("firewall_disabled")) && text.contains(QStringLiteral("host-1")) &&
                text.contains(QStringLiteral("Site One")))
        << text.toStdString();

    // Slack: "text" for notifications, blocks with mrkdwn, &, < and > escaped.
    const QJsonObject s = json(
        AlertFormat::request(batchOf(QStringLiteral("slack"), {criticalIncident(2, QStringLiteral("a<b>&c"))}), QStringLiteral("x"))
            .body);
    EXPECT_TRUE(s.value(QStringLiteral("text")).toString().contains(QStringLiteral("a<b>&c")));
    const QJsonArray blocks = s.value(QStringLiteral("blocks")).toArray();
    ASSERT_EQ(blocks.size(), 2);
    const QJsonObject section = blocks[0].toObject();
    EXPECT_EQ(section.value(QStringLiteral("type")).toString(), QStringLiteral("section"));
    EXPECT_EQ(section.value(QStringLiteral("text")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("mrkdwn"));
    const QString mrkdwn = section.value(QStringLiteral("text")).toObject().value(QStringLiteral("text")).toString();
    EXPECT_TRUE(mrkdwn.startsWith(QStringLiteral("*CRITICAL* "))) << mrkdwn.toStdString();
    EXPECT_TRUE(mrkdwn.contains(QStringLiteral("a&lt;b&gt;&amp;c"))) << mrkdwn.toStdString();
    EXPECT_EQ(blocks[1].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("context"));

    // Teams: a message with one Adaptive Card attachment.
    const QJsonObject t = json(AlertFormat::request(batchOf(QStringLiteral("teams"), {m}), QStringLiteral("x")).body);
    EXPECT_EQ(t.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
    const QJsonArray attachments = t.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), 1);
    EXPECT_EQ(attachments[0].toObject().value(QStringLiteral("contentType")).toString(),
              QStringLiteral("application/vnd.microsoft.card.adaptive"));
    const QJsonObject card = attachments[0].toObject().value(QStringLiteral("content")).toObject();
    EXPECT_EQ(card.value(QStringLiteral("type")).toString(), QStringLiteral("AdaptiveCard"));
    EXPECT_FALSE(card.value(QStringLiteral("version")).toString().isEmpty());
    const QJsonArray body = card.value(QStringLiteral("body")).toArray();
    ASSERT_EQ(body.size(), 3);
    EXPECT_EQ(body[0].toObject().value(QStringLiteral("color")).toString(), QStringLiteral("Attention"));
    EXPECT_EQ(body[2].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("FactSet"));
    QMap<QString, QString> facts;
    for (const QJsonValue &f : body[2].toObject().value(QStringLiteral("facts")).toArray())
        facts.insert(f.toObject().value(QStringLiteral("title")).toString(), f.toObject().value(QStringLiteral("value")).toString());
    EXPECT_EQ(facts.value(QStringLiteral("Appliance")), QStringLiteral("host-1"));
    EXPECT_EQ(facts.value(QStringLiteral("Site")), QStringLiteral("Site One"));
    EXPECT_EQ(facts.value(QStringLiteral("Event")), m.key);

    // PagerDuty Events v2: the secret is the routing key, the event key dedups.
    AlertOutbox::Batch pd = batchOf(QStringLiteral("pagerduty"), {m});
    pd.route.url = AlertRoutes::pagerDutyUrl();
    const AlertFormat::Request pdRequest = AlertFormat::request(pd, QStringLiteral("R0UT1NGKEY"));
    EXPECT_EQ(pdRequest.url.toString(), QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
    const QJsonObject p = json(pdRequest.body);
    EXPECT_EQ(p.value(QStringLiteral("routing_key")).toString(), QStringLiteral("R0UT1NGKEY"));
    EXPECT_EQ(p.value(QStringLiteral("event_action")).toString(), QStringLiteral("trigger"));
    EXPECT_EQ(p.value(QStringLiteral("dedup_key")).toString(), m.key);
    const QJsonObject payload = p.value(QStringLiteral("payload")).toObject();
    EXPECT_EQ(payload.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    EXPECT_EQ(payload.value(QStringLiteral("source")).toString(), QStringLiteral("host-1"));
    EXPECT_EQ(payload.value(QStringLiteral("component")).toString(), QStringLiteral("firewall_disabled"));
    EXPECT_EQ(payload.value(QStringLiteral("group")).toString(), QStringLiteral("site-1"));
    EXPECT_EQ(payload.value(QStringLiteral("class")).toString(), QStringLiteral("incident.critical"));
    EXPECT_EQ(payload.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-03T14:05:00.000Z"));
    EXPECT_EQ(payload.value(QStringLiteral("custom_details")).toObject().value(QStringLiteral("incident_id")).toString(),
              QStringLiteral("inc-1"));
    EXPECT_LE(payload.value(QStringLiteral("summary")).toString().size(), 1024);
    // PagerDuty's four severities.
    const QList<std::pair<QString, QString>> severities{{QStringLiteral("high"), QStringLiteral("error")},
                                                        {QStringLiteral("medium"), QStringLiteral("warning")},
                                                        {QStringLiteral("low"), QStringLiteral("info")}};
    for (const auto &[ours, theirs] : severities) {
        AlertMessage other = m;
        other.severity = ours;
        pd.messages = {other};
        EXPECT_EQ(json(AlertFormat::request(pd, QStringLiteral("k")).body)
                      .value(QStringLiteral("payload")).toObject().value(QStringLiteral("severity")).toString(),
                  theirs);
    }

    // A route that needs its secret sends nothing without it.
    EXPECT_THROW(AlertFormat::request(batchOf(QStringLiteral("generic"), {m}), QString()), Error);
}

TEST(AlertFormat, ADigestListsEveryAlertOnceAndSaysHowManyItLeftOutOfTheText)
{
    QList<AlertMessage> messages;
    for (int i = 1; i <= 25; ++i) {
        AlertMessage m = criticalIncident(i);
        m.severity = i == 13 ? QStringLiteral("critical") : QStringLiteral("medium");
        messages << m;
    }
    const QJsonObject g = json(AlertFormat::request(batchOf(QStringLiteral("generic"), messages, true), QStringLiteral("x")).body);
    EXPECT_EQ(g.value(QStringLiteral("event")).toString(), QStringLiteral("digest"));
    EXPECT_EQ(g.value(QStringLiteral("count")).toInt(), 25);
    const QJsonArray alerts = g.value(QStringLiteral("alerts")).toArray();
    ASSERT_EQ(alerts.size(), 25);
    QSet<QString> keys;
    for (const QJsonValue &a : alerts)
        keys.insert(a.toObject().value(QStringLiteral("key")).toString());
    EXPECT_EQ(keys.size(), 25);

    const QJsonObject s = json(AlertFormat::request(batchOf(QStringLiteral("slack"), messages, true), QStringLiteral("x")).body);
    const QString lines =
        s.value(QStringLiteral("blocks")).toArray()[1].toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("text")).toString();
    EXPECT_EQ(lines.count(QStringLiteral("• ")), 20);
    EXPECT_TRUE(lines.contains(QStringLiteral("5 more"))) << lines.toStdString();
    EXPECT_TRUE(s.value(QStringLiteral("text")).toString().contains(QStringLiteral("25"))) << s.value(QStringLiteral("text")).toString().toStdString();

    const QJsonObject t = json(AlertFormat::request(batchOf(QStringLiteral("teams"), messages, true), QStringLiteral("x")).body);
    const QJsonArray body = t.value(QStringLiteral("attachments")).toArray()[0].toObject().value(QStringLiteral("content")).toObject().value(QStringLiteral("body")).toArray();
    EXPECT_EQ(body.size(), 1 + 20 + 1); // title, 20 alerts, "and 5 more"

    AlertOutbox::Batch pd = batchOf(QStringLiteral("pagerduty"), messages, true);
    const QJsonObject p = json(AlertFormat::request(pd, QStringLiteral("k")).body);
    const QJsonObject payload = p.value(QStringLiteral("payload")).toObject();
    // The worst of them sets the severity; every alert is in the details.
    EXPECT_EQ(payload.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    EXPECT_EQ(payload.value(QStringLiteral("custom_details")).toObject().value(QStringLiteral("alerts")).toArray().size(), 25);
    EXPECT_EQ(p.value(QStringLiteral("dedup_key")).toString(), QStringLiteral("digest:7:1"));
}

class AlertsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.migrate();
        siteA = insertSite(t, QStringLiteral("site-a"), QStringLiteral("p"), {1, 1});
        siteB = insertSite(t, QStringLiteral("site-b"), QStringLiteral("q"), {1});
    }

    qint64 addRoute(AlertRoute r)
    {
        return t.db().runSync([&r](Session &s) { return AlertRoutes::add(s, r); });
    }

    QString insertIncident(const QString &appliance, const QString &severity, const QString &reportedAt = {})
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, reported_at) "
                              "VALUES (?, ?, 'fw_off', ?, coalesce(?::timestamptz, now()))"),
               {id, appliance, severity, reportedAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reportedAt)});
        return id;
    }

    // (route, event key) of every outbox row.
    QSet<QString> outbox()
    {
        QSet<QString> rows;
        const QString all = t.scalar(QStringLiteral("SELECT coalesce(string_agg(route_id || ' ' || event_key, '|'), '') "
                                                    "FROM healdesk_alert_outbox"))
                                .toString();
        for (const QString &r : all.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            rows.insert(r);
        return rows;
    }

    TestDatabase t;
    QStringList siteA;
    QStringList siteB;
};

TEST_F(AlertsTest, ARouteIsCheckedFieldByFieldAndItsSecretNeverReachesTheDatabase)
{
    const auto refused = [&](AlertRoute r, const QString &mentions) {
        try {
            addRoute(r);
            ADD_FAILURE() << "accepted " << r.url.toStdString() << " / " << r.format.toStdString();
        } catch (const Error &e) {
            EXPECT_EQ(e.code(), Error::Code::InvalidInput) << e.message().toStdString();
            EXPECT_TRUE(e.message().contains(mentions)) << e.message().toStdString();
        }
    };
    AlertRoute ok;
    ok.url = QStringLiteral("https://alerts.example.org/hook");
    AlertRoute r = ok;
    r.format = QStringLiteral("email");
    refused(r, QStringLiteral("format"));
    r = ok;
    r.url = QStringLiteral("ftp://alerts.example.org/hook");
    refused(r, QStringLiteral("url"));
    r = ok;
    r.url = QStringLiteral("https://prod.logic.azure.com/workflows/1/triggers/manual/paths/invoke?api-version=1&sig=AbC123");
    refused(r, QStringLiteral("sig="));
    r = ok;
    r.url = QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXXXXXX");
    refused(r, QStringLiteral("Slack"));
    r = ok;
    r.url = QStringLiteral("https://bob:hunter2@alerts.example.org/hook");
    refused(r, QStringLiteral("password"));
    r = ok;
    r.events = {QStringLiteral("incident.critical"), QStringLiteral("incident.bogus")};
    refused(r, QStringLiteral("incident.bogus"));
    r = ok;
    r.minSeverity = QStringLiteral("urgent");
    refused(r, QStringLiteral("min-severity"));
    r = ok;
    r.partnerId = uuidFor(QStringLiteral("p"));
    r.siteId = QStringLiteral("site-a");
    refused(r, QStringLiteral("not both"));
    r = ok;
    r.siteId = QStringLiteral("no-such-site");
    refused(r, QStringLiteral("no-such-site"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_alert_routes")).toInt(), 0);

    // Written as {secret}: accepted, and the secret part is not in the database.
    r = ok;
    r.format = QStringLiteral("slack");
    r.url = QStringLiteral("https://hooks.slack.com/services/{secret}");
    const qint64 slack = addRoute(r);
    r = ok;
    r.format = QStringLiteral("pagerduty");
    r.url.clear();
    const qint64 pd = addRoute(r);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT url FROM healdesk_alert_routes WHERE id = ?"), {pd}).toString(),
              AlertRoutes::pagerDutyUrl());
    EXPECT_TRUE(t.scalar(QStringLiteral("SELECT has_secret FROM healdesk_alert_routes WHERE id = ?"), {slack}).toBool());
    EXPECT_TRUE(t.scalar(QStringLiteral("SELECT has_secret FROM healdesk_alert_routes WHERE id = ?"), {pd}).toBool());
    // Every kind unless told; each addition audited.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT cardinality(events) FROM healdesk_alert_routes WHERE id = ?"), {pd}).toInt(),
              AlertRoutes::kinds().size());
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'alert.route.add'")).toInt(), 2);

    // A keychain that refuses the secret leaves no route behind.
    r = ok;
    r.url = QStringLiteral("https://alerts.example.org/{secret}");
    EXPECT_THROW(t.db().runSync([&r](Session &s) {
        return AlertRoutes::add(s, r, [](qint64) { throw Error(Error::Code::Config, QStringLiteral("keychain locked")); });
    }),
                 Error);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_alert_routes")).toInt(), 2);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'alert.route.add'")).toInt(), 2);

    // A technician of partner p: routes of p, not q's nor the fleet's.
    Logins logins{t, {}};
    const QString tech = logins.make(QStringLiteral("tech"));
    t.exec(QStringLiteral("SELECT healdesk_grant_login(?, ?::uuid, false)"), {tech, uuidFor(QStringLiteral("p"))});
    Database as(ConnectionConfig::fromUri(uriFor(t, tech)));
    AlertRoute mine = ok;
    mine.partnerId = uuidFor(QStringLiteral("p"));
    EXPECT_GT(as.runSync([&mine](Session &s) { return AlertRoutes::add(s, mine); }), 0);
    AlertRoute theirs = ok;
    theirs.siteId = QStringLiteral("site-b");
    EXPECT_THROW(as.runSync([&theirs](Session &s) { return AlertRoutes::add(s, theirs); }), Error);
    EXPECT_THROW(as.runSync([&ok](Session &s) { return AlertRoutes::add(s, ok); }), Error) << "a fleet-wide route";
    // And a test alert only on a route it may see.
    const qint64 qRoute = addRoute(theirs);
    EXPECT_THROW(as.runSync([qRoute](Session &s) { return AlertRoutes::test(s, qRoute); }), Error);
    // Nobody writes the outbox directly: a row written ahead of its event would silence it.
    EXPECT_THROW(as.runSync([&](Session &s) {
        s.script(QStringLiteral("INSERT INTO healdesk_alert_outbox (route_id, event_key, kind) VALUES (%1, 'x', 'y')").arg(qRoute),
                 QStringLiteral("test"));
    }),
                 Error);
}

TEST_F(AlertsTest, EachEventBecomesOneOutboxRowPerRouteThatWantsIt)
{
    struct Route
    {
        qint64 id;
        QStringList kinds;
        int minRank;
        QString site;
        QString partner;
    };
    const QStringList severities = AlertRoutes::severities();
    QList<Route> routes;
    const auto add = [&](QStringList kinds, const QString &minSeverity, const QString &site, const QString &partner) {
        AlertRoute r;
        r.url = QStringLiteral("http://127.0.0.1:9/hook");
        r.events = kinds;
        r.minSeverity = minSeverity;
        r.siteId = site;
        r.partnerId = partner;
        const qint64 id = addRoute(r);
        routes << Route{id, kinds.isEmpty() ? AlertRoutes::kinds() : kinds, int(severities.indexOf(minSeverity)), site,
                        partner};
    };
    add({}, QStringLiteral("low"), {}, {});                                                     // the fleet, all
    add({QStringLiteral("incident.critical")}, QStringLiteral("high"), QStringLiteral("site-a"), {}); // site-a's criticals
    add({}, QStringLiteral("low"), QStringLiteral("site-b"), {});                                 // site-b, all
    add({QStringLiteral("order.failed"), QStringLiteral("order.expired")}, QStringLiteral("low"), {},
        uuidFor(QStringLiteral("p")).toLower()); // partner p's orders

    // The events, and what each is: kind, severity, site, partner.
    struct Event
    {
        QString key;
        QString kind;
        QString severity;
        QString site;
    };
    QList<Event> events;
    const QString crit = insertIncident(siteA[0], QStringLiteral("critical"));
    events << Event{QStringLiteral("incident.critical:") + crit, QStringLiteral("incident.critical"), QStringLiteral("critical"), QStringLiteral("site-a")};
    const QString low = insertIncident(siteA[1], QStringLiteral("low"));
    const QString critB = insertIncident(siteB[0], QStringLiteral("CRITICAL "));
    events << Event{QStringLiteral("incident.critical:") + critB, QStringLiteral("incident.critical"), QStringLiteral("critical"), QStringLiteral("site-b")};
    // Escalated: once, however often the row is touched again.
    t.exec(QStringLiteral("UPDATE incidents SET status = 'escalated' WHERE id = ?"), {low});
    events << Event{QStringLiteral("incident.escalated:") + low, QStringLiteral("incident.escalated"), QStringLiteral("low"), QStringLiteral("site-a")};
    t.exec(QStringLiteral("UPDATE incidents SET status = 'escalated', details = '{\"n\": 2}' WHERE id = ?"), {low});
    t.exec(QStringLiteral("UPDATE incidents SET resolution_tier = 'L3' WHERE id = ?"), {low});
    // An order that fails (its telemetry says so) and one that expires.
    t.exec(QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id) VALUES ('AL-1', ?, 'RB-X'), "
                          "('AL-2', ?, 'RB-X')"),
           {siteA[0], siteB[0]});
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                          "success, error_message, order_id) VALUES ('al-e', 'site-a', ?, 'RB-X', 'h', false, 'denied', 'AL-1')"),
           {siteA[0]});
    events << Event{QStringLiteral("order.failed:AL-1"), QStringLiteral("order.failed"), QStringLiteral("high"), QStringLiteral("site-a")};
    t.exec(QStringLiteral("UPDATE orders SET status = 'expired' WHERE order_id = 'AL-2'"));
    events << Event{QStringLiteral("order.expired:AL-2"), QStringLiteral("order.expired"), QStringLiteral("medium"), QStringLiteral("site-b")};

    QSet<QString> expected;
    for (const Event &e : events) {
        const QString partner = uuidFor(e.site == QLatin1String("site-a") ? QStringLiteral("p") : QStringLiteral("q")).toLower();
        for (const Route &r : routes) {
            if (r.kinds.contains(e.kind) && severities.indexOf(e.severity) >= r.minRank &&
                (r.site.isEmpty() || r.site == e.site) && (r.partner.isEmpty() || r.partner == partner))
                expected.insert(QStringLiteral("%1 %2").arg(r.id).arg(e.key));
        }
    }
    ASSERT_EQ(expected.size(), 9) << "the fixture's own arithmetic";
    EXPECT_EQ(outbox(), expected);

    // An agent's login, which may write incidents and nothing of Healdesk's, still fans out.
    Logins logins{t, {}};
    const QString agent = logins.make(QStringLiteral("agent"));
    t.exec(QStringLiteral("GRANT SELECT, INSERT ON incidents, appliances TO %1").arg(agent));
    t.exec(QStringLiteral("ALTER ROLE %1 BYPASSRLS").arg(agent));
    Database asAgent(ConnectionConfig::fromUri(uriFor(t, agent)));
    asAgent.runSync([&](Session &s) {
        s.script(QStringLiteral("INSERT INTO incidents (appliance_id, incident_type, severity) VALUES ('%1', 'agent', 'critical')")
                     .arg(siteA[1]),
                 QStringLiteral("agent"));
    });
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_alert_outbox o JOIN incidents n "
                                      "ON o.event_key = 'incident.critical:' || n.id WHERE n.incident_type = 'agent'"))
                  .toInt(),
              2); // the fleet's route and site-a's criticals
}

TEST_F(AlertsTest, IncidentsInAMaintenanceWindowAreMarkedAndHeldWhereTheRouteSaysSo)
{
    AlertRoute mark;
    mark.url = QStringLiteral("http://127.0.0.1:9/mark");
    const qint64 marked = addRoute(mark);
    AlertRoute hold = mark;
    hold.inWindow = QStringLiteral("hold");
    const qint64 held = addRoute(hold);
    t.exec(QStringLiteral("INSERT INTO healdesk_maintenance_windows (site_id, starts_at, ends_at, reason) "
                          "VALUES ('site-a', now() - interval '1 hour', now() + interval '1 hour', 'patching')"));
    const QString inside = insertIncident(siteA[0], QStringLiteral("critical"));
    const QString outside = insertIncident(siteB[0], QStringLiteral("critical"));
    const QString before = insertIncident(siteA[1], QStringLiteral("critical"),
                                          QDateTime::currentDateTimeUtc().addSecs(-3 * 3600).toString(Qt::ISODate));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT string_agg(incident_id::text, ',') FROM healdesk_incident_windows")).toString(),
              inside);
    // The Incidents page's rows say which, both query shapes (the fleet's, and a few sites').
    for (const QStringList &sites : {QStringList{}, QStringList{QStringLiteral("site-a"), QStringLiteral("site-b")}}) {
        IncidentFilter all;
        all.scope.siteIds = sites;
        const QList<IncidentRow> rows =
            t.db().runSync([&all](Session &s) { return Incidents::page(s, all, std::nullopt, 50); });
        ASSERT_EQ(rows.size(), 3);
        for (const IncidentRow &r : rows)
            EXPECT_EQ(r.inWindow, r.id == inside) << r.id.toStdString();
    }
    const QDateTime ends = t.scalar(QStringLiteral("SELECT ends_at FROM healdesk_maintenance_windows")).toDateTime();
    const auto row = [&](qint64 route, const QString &incident, const char *column) {
        return t.scalar(QStringLiteral("SELECT %1 FROM healdesk_alert_outbox WHERE route_id = ? AND event_key = ?")
                            .arg(QLatin1String(column)),
                        {route, QString(QStringLiteral("incident.critical:") + incident)});
    };
    EXPECT_TRUE(row(marked, inside, "(facts->>'in_maintenance_window')::boolean").toBool());
    EXPECT_FALSE(row(marked, outside, "(facts->>'in_maintenance_window')::boolean").toBool());
    EXPECT_FALSE(row(marked, before, "(facts->>'in_maintenance_window')::boolean").toBool());
    // Marked: due now. Held: due when the window ends.
    EXPECT_LE(row(marked, inside, "not_before").toDateTime(), QDateTime::currentDateTimeUtc().addSecs(5));
    EXPECT_EQ(row(held, inside, "not_before").toDateTime(), ends);
    EXPECT_LE(row(held, outside, "not_before").toDateTime(), QDateTime::currentDateTimeUtc().addSecs(5));
    // The line a person reads says so.
    AlertMessage m;
    m.kind = QStringLiteral("incident.critical");
    m.facts = QJsonDocument::fromJson(row(marked, inside, "facts::text").toString().toUtf8()).object();
    EXPECT_TRUE(AlertFormat::text(m).contains(QStringLiteral("maintenance window"))) << AlertFormat::text(m).toStdString();
}

TEST_F(AlertsTest, AnOpenIncidentPastItsSlaAlertsOnceAndOldOrClosedOnesNever)
{
    AlertRoute r;
    r.url = QStringLiteral("http://127.0.0.1:9/sla");
    r.events = {QStringLiteral("incident.sla_breach")};
    const qint64 route = addRoute(r);
    const QDateTime now = t.scalar(QStringLiteral("SELECT now()")).toDateTime();
    const auto ago = [&](double hours) { return now.addSecs(qint64(-hours * 3600)).toString(Qt::ISODateWithMs); };
    // Default SLAs: critical 1 h, high 4 h, medium 24 h, low 72 h.
    const QString critLate = insertIncident(siteA[0], QStringLiteral("critical"), ago(2));     // breached 1 h ago
    insertIncident(siteA[0], QStringLiteral("critical"), ago(0.5));                           // within its hour
    const QString highLate = insertIncident(siteA[1], QStringLiteral("high"), ago(5));        // breached 1 h ago
    insertIncident(siteA[1], QStringLiteral("high"), ago(3));                                 // within its 4 h
    insertIncident(siteB[0], QStringLiteral("critical"), ago(30));                            // breached 29 h ago: too old
    const QString closed = insertIncident(siteB[0], QStringLiteral("critical"), ago(2));
    t.exec(QStringLiteral("UPDATE incidents SET status = 'resolved' WHERE id = ?"), {closed});
    // A partner's own SLA: q gives low incidents 1 h.
    t.exec(QStringLiteral("INSERT INTO healdesk_incident_slas (partner_id, severity, hours) VALUES (?, 'low', 1)"),
           {uuidFor(QStringLiteral("q"))});
    const QString qLow = insertIncident(siteB[0], QStringLiteral("low"), ago(2));
    insertIncident(siteA[0], QStringLiteral("low"), ago(2)); // p keeps 72 h

    const int added = t.db().runSync([&now](Session &s) { return AlertOutbox::slaBreaches(s, now); });
    EXPECT_EQ(added, 3);
    QSet<QString> expected{QStringLiteral("%1 incident.sla_breach:%2").arg(route).arg(critLate),
                           QStringLiteral("%1 incident.sla_breach:%2").arg(route).arg(highLate),
                           QStringLiteral("%1 incident.sla_breach:%2").arg(route).arg(qLow)};
    QSet<QString> rows = outbox();
    EXPECT_EQ(rows, expected);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT facts->>'sla_hours' FROM healdesk_alert_outbox WHERE event_key = ?"),
                       {QString(QStringLiteral("incident.sla_breach:") + highLate)})
                  .toString(),
              QStringLiteral("4"));
    // Once: asking again adds nothing.
    EXPECT_EQ(t.db().runSync([&now](Session &s) { return AlertOutbox::slaBreaches(s, now.addSecs(60)); }), 0);
}

// Two workers and two consoles on one database; routes to real local HTTP
// servers, each format's secret from the systemd credential folder.
TEST_F(AlertsTest, AnArchivedReportAlertNamesWhomAndWhichDaysItCovers)
{
    AlertRoute r;
    r.url = QStringLiteral("http://127.0.0.1:9/hook");
    r.events = {QStringLiteral("report.archived")};
    const qint64 route = addRoute(r);
    // November 2026 for partner p (the period's end is exclusive), and October for site-b.
    t.exec(QStringLiteral("INSERT INTO healdesk_report_schedules (id, partner_id, first_period) VALUES (41, ?, '2026-10-01')"),
           {uuidFor(QStringLiteral("p"))});
    t.exec(QStringLiteral("INSERT INTO healdesk_report_schedules (id, site_id, first_period) VALUES (42, 'site-b', '2026-10-01')"));
    t.exec(QStringLiteral("INSERT INTO healdesk_report_archive (schedule_id, partner_id, period_from, period_to, report_id, "
                          "csv, digest, language) VALUES (41, ?, '2026-11-01Z', '2026-12-01Z', 'rep-nov', 'x', 'd', 'en')"),
           {uuidFor(QStringLiteral("p"))});
    t.exec(QStringLiteral("INSERT INTO healdesk_report_archive (schedule_id, site_id, period_from, period_to, report_id, "
                          "csv, digest, language) VALUES (42, 'site-b', '2026-10-01Z', '2026-11-01Z', 'rep-oct', 'x', 'd', 'en')"));
    const QString rows = t.scalar(QStringLiteral("SELECT string_agg(facts::text, '|' ORDER BY id) FROM healdesk_alert_outbox "
                                                 "WHERE route_id = ? AND kind = 'report.archived'"),
                                  {route})
                             .toString();
    const QStringList facts = rows.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    ASSERT_EQ(facts.size(), 2) << rows.toStdString();
    const auto textOf = [](const QString &json) {
        AlertMessage m;
        m.kind = QStringLiteral("report.archived");
        m.facts = QJsonDocument::fromJson(json.toUtf8()).object();
        return AlertFormat::text(m);
    };
    EXPECT_EQ(textOf(facts[0]), QStringLiteral("Healdesk: The report for Partner p, 2026-11-01 to 2026-11-30, was archived"));
    EXPECT_EQ(textOf(facts[1]), QStringLiteral("Healdesk: The report for Site site-b, 2026-10-01 to 2026-10-31, was archived"));
}

TEST_F(AlertsTest, WorkersPostEachEventOncePerRouteWithRetriesDigestsAndATest)
{
    LocalHttpServer generic;
    LocalHttpServer slack;
    LocalHttpServer teams;
    LocalHttpServer pagerduty;
    LocalHttpServer digest;
    LocalHttpServer flaky({503});
    const auto route = [&](const QString &format, const QString &url, int digestHours = 0) {
        AlertRoute r;
        r.format = format;
        r.url = url;
        r.digestHours = digestHours;
        r.events = {QStringLiteral("incident.critical"), QStringLiteral("order.failed")};
        return addRoute(r);
    };
    const qint64 gId = route(QStringLiteral("generic"), generic.url());
    const qint64 sId = route(QStringLiteral("slack"), slack.url(QStringLiteral("/services/{secret}")));
    const qint64 tId = route(QStringLiteral("teams"), teams.url(QStringLiteral("/workflows/x?api-version=1&sig={secret}")));
    const qint64 pId = route(QStringLiteral("pagerduty"), pagerduty.url(QStringLiteral("/v2/enqueue")));
    const qint64 dId = route(QStringLiteral("generic"), digest.url(), 4);
    const qint64 fId = route(QStringLiteral("generic"), flaky.url());
    QTemporaryDir credentials;
    const auto credential = [&](qint64 id, const QByteArray &secret) {
        QFile f(credentials.filePath(AlertRoutes::credentialName(id)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(secret + '\n');
    };
    credential(sId, "T1/B2/SLACKSECRET");
    credential(tId, "TEAMSSIG");
    credential(pId, "PDROUTINGKEY");

    // Two consoles as they run today: listening, draining while no worker runs.
    Database consoleDb1(t.config());
    Database consoleDb2(t.config());
    ChangeListener listener1(t.config());
    ChangeListener listener2(t.config());
    ConsoleController console1(&consoleDb1, &listener1);
    ConsoleController console2(&consoleDb2, &listener2);
    listener1.start();
    listener2.start();
    QProcessEnvironment env;
    env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
    const QByteArray seed = SigningKey::generate()->seedBase64ForKeychain();
    auto first = startWorkerProcess(t.name(), seed, QStringLiteral("0.3"), env);
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_workers WHERE is_leader AND stopped_at IS NULL")).toInt() == 1;
    }, 15000)) << first->output().toStdString();
    auto second = startWorkerProcess(t.name(), seed, QStringLiteral("0.3"), env);

    QStringList incidents;
    for (int i = 0; i < 3; ++i)
        incidents << insertIncident(siteA[i % 2], QStringLiteral("critical"));
    t.exec(QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id) VALUES ('AL-9', ?, 'RB-X')"), {siteB[0]});
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                          "success, error_message, order_id) VALUES ('al-9', 'site-b', ?, 'RB-X', 'h', false, 'disk full', 'AL-9')"),
           {siteB[0]});
    const int events = 4;
    // The flaky one answers 503 first: its first alert is posted again after the backoff.
    ASSERT_TRUE(waitUntil([&] {
        return generic.bodies.size() >= events && slack.bodies.size() >= events && teams.bodies.size() >= events &&
               pagerduty.bodies.size() >= events && flaky.bodies.size() >= events + 1;
    }, 30000)) << "generic " << generic.bodies.size() << ", slack " << slack.bodies.size() << ", teams "
               << teams.bodies.size() << ", pagerduty " << pagerduty.bodies.size() << ", flaky " << flaky.bodies.size()
               << "\n" << first->output().toStdString();
    // Nothing more comes: a few more rounds of both workers.
    waitUntil([] { return false; }, 2000);
    EXPECT_EQ(generic.bodies.size(), events);
    EXPECT_EQ(slack.bodies.size(), events);
    EXPECT_EQ(teams.bodies.size(), events);
    EXPECT_EQ(pagerduty.bodies.size(), events);
    EXPECT_EQ(flaky.bodies.size(), events + 1);
    EXPECT_TRUE(digest.bodies.isEmpty()) << "a digest went before its time";
    QSet<QString> keys;
    for (const QByteArray &b : generic.bodies)
        keys.insert(json(b).value(QStringLiteral("key")).toString());
    QSet<QString> expectedKeys{QStringLiteral("order.failed:AL-9")};
    for (const QString &i : incidents)
        expectedKeys.insert(QStringLiteral("incident.critical:") + i);
    EXPECT_EQ(keys, expectedKeys);
    // Each format's shape, its secret put where it goes.
    EXPECT_EQ(slack.paths.value(0), QByteArray("/services/T1/B2/SLACKSECRET"));
    EXPECT_TRUE(json(slack.bodies.value(0)).contains(QStringLiteral("blocks")));
    EXPECT_TRUE(teams.paths.value(0).endsWith("sig=TEAMSSIG")) << teams.paths.value(0).toStdString();
    EXPECT_EQ(json(teams.bodies.value(0)).value(QStringLiteral("type")).toString(), QStringLiteral("message"));
    QSet<QString> dedup;
    for (const QByteArray &b : pagerduty.bodies) {
        EXPECT_EQ(json(b).value(QStringLiteral("routing_key")).toString(), QStringLiteral("PDROUTINGKEY"));
        dedup.insert(json(b).value(QStringLiteral("dedup_key")).toString());
    }
    EXPECT_EQ(dedup, expectedKeys);
    // The alert refused first is posted again, the others once.
    QMap<QString, int> flakyKeys;
    for (const QByteArray &b : flaky.bodies)
        ++flakyKeys[json(b).value(QStringLiteral("key")).toString()];
    EXPECT_EQ(QSet<QString>(flakyKeys.keyBegin(), flakyKeys.keyEnd()), expectedKeys);
    EXPECT_EQ(flakyKeys.value(json(flaky.bodies.value(0)).value(QStringLiteral("key")).toString()), 2);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_alert_outbox WHERE route_id = ? AND attempts = 2 "
                                      "AND sent_at IS NOT NULL"),
                       {fId})
                  .toInt(),
              1);
    // The secrets are nowhere in the database.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_alert_routes r, healdesk_alert_outbox o "
                                      "WHERE r.url || coalesce(o.last_error, '') || o.facts::text ~ "
                                      "'SLACKSECRET|TEAMSSIG|PDROUTINGKEY'"))
                  .toInt(),
              0);

    // The digest: when it is due, one POST with all four.
    t.exec(QStringLiteral("UPDATE healdesk_alert_routes SET created_at = now() - interval '5 hours' WHERE id = ?"), {dId});
    ASSERT_TRUE(waitUntil([&] { return !digest.bodies.isEmpty(); }, 15000));
    waitUntil([] { return false; }, 1000);
    ASSERT_EQ(digest.bodies.size(), 1);
    EXPECT_EQ(json(digest.bodies[0]).value(QStringLiteral("count")).toInt(), events);
    // The next event waits for the next digest.
    insertIncident(siteA[0], QStringLiteral("critical"));
    ASSERT_TRUE(waitUntil([&] { return generic.bodies.size() == events + 1; }, 15000));
    waitUntil([] { return false; }, 1000);
    EXPECT_EQ(digest.bodies.size(), 1);

    // A test alert, asked for from a console's connection, reaches its route.
    const QString testKey = consoleDb1.runSync([gId](Session &s) { return AlertRoutes::test(s, gId); });
    ASSERT_TRUE(waitUntil([&] { return generic.bodies.size() == events + 2; }, 15000));
    EXPECT_EQ(json(generic.bodies.last()).value(QStringLiteral("key")).toString(), testKey);
    EXPECT_EQ(json(generic.bodies.last()).value(QStringLiteral("event")).toString(), QStringLiteral("test"));
    // Recorded as sent (a leader killed between the POST and this would send it again when its lease lapses).
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT sent_at IS NOT NULL FROM healdesk_alert_outbox WHERE event_key = ?"), {testKey})
            .toBool();
    }, 5000));

    // The leader killed: the other worker delivers what comes next, once.
    ASSERT_NE(killLeader(t, first.get(), second.get()), nullptr);
    const QString late = insertIncident(siteB[0], QStringLiteral("critical"));
    ASSERT_TRUE(waitUntil([&] { return generic.bodies.size() == events + 3; }, 20000));
    waitUntil([] { return false; }, 1500);
    EXPECT_EQ(generic.bodies.size(), events + 3);
    EXPECT_EQ(json(generic.bodies.last()).value(QStringLiteral("key")).toString(), QStringLiteral("incident.critical:") + late);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT coalesce(string_agg(route_id || ' ' || event_key || ' ' || attempts || ' ' || "
                                      "coalesce(last_error, '-'), '; '), '') FROM healdesk_alert_outbox "
                                      "WHERE sent_at IS NULL AND route_id <> ?"),
                       {dId})
                  .toString(),
              QString());
}

TEST_F(AlertsTest, TheConsoleHearsAtOnceThatAWorkerTookTheLeadAndThatItStopped)
{
    Database consoleDb(t.config());
    ChangeListener listener(t.config());
    ConsoleController console(&consoleDb, &listener);
    console.setDrainInterval(3600 * 1000); // no round in this test: only a notification can tell it
    int told = 0;
    QObject::connect(&console, &ConsoleController::workerChanged, [&told] { ++told; });
    consoleDb.runSync([](Session &s) { s.script(QStringLiteral("SELECT 1"), QStringLiteral("test")); return 0; }); // connects, as a page would
    listener.start();
    // Listening, and asked once: no worker.
    ASSERT_TRUE(waitUntil([&] { return console.connection().live && told > 0; }, 10000));
    waitUntil([] { return false; }, 300);
    EXPECT_FALSE(console.worker().leading);

    auto worker = startWorkerProcess(t.name(), SigningKey::generate()->seedBase64ForKeychain(), QStringLiteral("0.3"));
    ASSERT_TRUE(waitUntil([&] { return console.worker().leading; }, 10000)) << worker->output().toStdString();
    EXPECT_EQ(console.worker().pid, worker->p->processId());
    // Its heartbeats change nothing and say nothing.
    const int afterLead = told;
    waitUntil([] { return false; }, 1500);
    EXPECT_EQ(told, afterLead);

    worker->p->terminate();
    ASSERT_TRUE(worker->p->waitForFinished(10000));
    EXPECT_TRUE(waitUntil([&] { return !console.worker().leading; }, 10000));
}

TEST_F(AlertsTest, TheRoutesDialogAddsARouteAndQueuesATestTheWorkerWouldSend)
{
    AlertRoutesDialog dialog(&t.db());
    ASSERT_TRUE(waitUntil([&] { return dialog.formatBox()->count() == 4; }, 5000));
    // A secret written out is refused with the reason, and nothing is added.
    dialog.urlEdit()->setText(QStringLiteral("https://hooks.slack.com/services/T0/B0/abc"));
    awaitTask(dialog.addRoute(dialog.formRoute(), QString()));
    EXPECT_TRUE(dialog.statusLabel()->text().contains(QStringLiteral("Slack"))) << dialog.statusLabel()->text().toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_alert_routes")).toInt(), 0);
    dialog.urlEdit()->setText(QStringLiteral("https://alerts.example.org/hook"));
    awaitTask(dialog.addRoute(dialog.formRoute(), QString()));
    ASSERT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_alert_routes")).toInt(), 1)
        << dialog.statusLabel()->text().toStdString();
    awaitTask(dialog.reload());
    ASSERT_EQ(dialog.view()->model()->rowCount(), 1);
    dialog.view()->selectRow(0);
    awaitTask(dialog.testSelected());
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_alert_outbox WHERE kind = 'test' AND sent_at IS NULL"))
                  .toInt(),
              1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'alert.test'")).toInt(), 1);
}
