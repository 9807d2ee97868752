// The technician's actions on incidents (issue 23): each action's rows, its audit row and the incident's legacy
// columns; retries, stale views and two technicians at once; bulk actions; partner scope through direct SQL; and what
// a person's resolution does to the tier everywhere it is counted.
#include "Alerts.h"
#include "ChildProcess.h"
#include "Clock.h"
#include "CliRun.h"
#include "Database.h"
#include "Error.h"
#include "FleetFixture.h"
#include "Health.h"
#include "IncidentActions.h"
#include "Incidents.h"
#include "LocalHttpServer.h"
#include "Logins.h"
#include "Reports.h"
#include "Session.h"
#include "Signing.h"
#include "Slas.h"
#include "Stats.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

using namespace hd;
using namespace hd::test;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

IncidentAction act(IncidentActionKind kind, const QStringList &ids, const QString &text = {},
                   const QString &assignee = {})
{
    IncidentAction a;
    a.kind = kind;
    a.actionId = newId();
    a.incidentIds = ids;
    a.text = text;
    a.assignee = assignee;
    return a;
}

// An incident's tier worked out here from the rows the test wrote: the latest execution with a tier (by its
// completed or started time) and a person's resolution, the later of them deciding (the resolution when the
// execution has no time); else the recorded tier; else none.
struct Execution
{
    QDateTime at;
    QString tier;
};
QString expectedTier(const QList<Execution> &executions, const std::optional<QDateTime> &human, const QString &recorded)
{
    std::optional<Execution> latest;
    for (const Execution &e : executions) {
        if (!latest || e.at > latest->at)
            latest = e;
    }
    if (human && (!latest || *human >= latest->at))
        return QStringLiteral("L3");
    if (latest)
        return latest->tier;
    const QString r = recorded.trimmed().toUpper();
    return r == QLatin1String("L1") || r == QLatin1String("L2") || r == QLatin1String("L3") ? r
                                                                                             : QStringLiteral("none");
}

class IncidentActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.migrate();
        appsA = insertSite(t, QStringLiteral("site-a"), QStringLiteral("A"), {1, 1});
        appsB = insertSite(t, QStringLiteral("site-b"), QStringLiteral("B"), {1});
        me = t.scalar(QStringLiteral("SELECT session_user")).toString();
    }

    QString incident(const QString &key, const QString &appliance, const QString &status = QStringLiteral("escalated"),
                     const QString &recorded = {})
    {
        const QString id = uuidFor(key);
        t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status, "
                              "resolution_tier, reported_at) VALUES (?, ?, 'firewall_disabled', 'high', ?, ?, "
                              "now() - interval '2 hours')"),
               {id, appliance, status, recorded.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(recorded)});
        return id;
    }

    void execution(const QString &key, const QString &incidentId, const QString &appliance, const QString &site,
                   const QString &tier, const QDateTime &at)
    {
        t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, "
                              "runbook_id, hostname, resolution_level, success, started_at, completed_at) "
                              "VALUES (?, ?, ?, ?, 'L1-FIREWALL-001', 'h', ?, true, ?, ?)"),
               {key, incidentId, site, appliance, tier, isoTime(at.addSecs(-5)), isoTime(at)});
    }

    QVariant column(const QString &incidentId, const QString &name)
    {
        return t.scalar(QStringLiteral("SELECT %1 FROM incidents WHERE id = ?").arg(name), {incidentId});
    }
    qint64 events(const QString &incidentId)
    {
        return t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_events WHERE incident_id = ?"),
                        {incidentId})
            .toLongLong();
    }
    qint64 audits(const QString &action)
    {
        return t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = ?"), {action}).toLongLong();
    }
    IncidentActionResult apply(Database &db, const IncidentAction &a)
    {
        return db.runSync([&](Session &s) { return IncidentActions::apply(s, a); });
    }
    // A technician of partner `key`'s sites, as a login of its own.
    QString technician(Logins &logins, const QString &suffix, const QString &partnerKey)
    {
        const QString login = logins.make(suffix);
        t.exec(QStringLiteral("SELECT healdesk_grant_login(?, ?, false)"), {login, uuidFor(partnerKey)});
        return login;
    }

    TestDatabase t;
    QStringList appsA, appsB;
    QString me;
};

} // namespace

TEST_F(IncidentActionsTest, EachActionWritesItsEventItsAuditRowAndTheLegacyColumns)
{
    Logins logins{t, {}};
    const QString techA = technician(logins, QStringLiteral("tech_a"), QStringLiteral("A"));
    const QString techB = technician(logins, QStringLiteral("tech_b"), QStringLiteral("B"));
    const QString id = incident(QStringLiteral("one"), appsA[0], QStringLiteral("escalated"), QStringLiteral("L1"));
    execution(QStringLiteral("e1"), id, appsA[0], QStringLiteral("site-a"), QStringLiteral("L1"),
              QDateTime::currentDateTimeUtc().addSecs(-1800));
    ASSERT_EQ(column(id, QStringLiteral("healdesk_tier")).toString(), QStringLiteral("L1"));

    // Acknowledge: mine, one event, one audit row naming the action.
    const IncidentAction ack = act(IncidentActionKind::Acknowledge, {id});
    EXPECT_EQ(apply(t.db(), ack).applied, 1);
    EXPECT_EQ(column(id, QStringLiteral("healdesk_owner")).toString(), me);
    EXPECT_EQ(events(id), 1);
    EXPECT_EQ(audits(QStringLiteral("incident.acknowledge")), 1);
    EXPECT_TRUE(t.scalar(QStringLiteral("SELECT details->>'action_id' FROM admin_audit_log WHERE action = "
                                        "'incident.acknowledge'"))
                    .toString() == ack.actionId);
    EXPECT_EQ(column(id, QStringLiteral("status")).toString(), QStringLiteral("escalated")); // agents' word kept

    // A note, then an assignment to a technician who serves the partner; one who does not is refused.
    EXPECT_EQ(apply(t.db(), act(IncidentActionKind::Note, {id}, QStringLiteral("called the clinic"))).applied, 1);
    EXPECT_EQ(apply(t.db(), act(IncidentActionKind::Assign, {id}, {}, techA)).applied, 1);
    EXPECT_EQ(column(id, QStringLiteral("healdesk_owner")).toString(), techA);
    try {
        apply(t.db(), act(IncidentActionKind::Assign, {id}, {}, techB));
        ADD_FAILURE() << "an assignee outside the partner was accepted";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Refused);
        EXPECT_TRUE(e.message().contains(techB)) << e.message().toStdString();
    }
    EXPECT_EQ(column(id, QStringLiteral("healdesk_owner")).toString(), techA);
    EXPECT_EQ(events(id), 3);

    // Resolve: the legacy columns as agents expect, and L3 by the definition.
    const IncidentAction resolve = act(IncidentActionKind::Resolve, {id}, QStringLiteral("re-enabled by hand"));
    EXPECT_EQ(apply(t.db(), resolve).applied, 1);
    EXPECT_EQ(column(id, QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    EXPECT_FALSE(column(id, QStringLiteral("resolved_at")).isNull());
    EXPECT_EQ(column(id, QStringLiteral("healdesk_tier")).toString(), QStringLiteral("L3"));
    EXPECT_EQ(column(id, QStringLiteral("resolution_tier")).toString(), QStringLiteral("L3"));

    // The same action again (a retry) applies nothing; a new resolution is refused, saying who resolved it.
    const IncidentActionResult again = apply(t.db(), resolve);
    EXPECT_TRUE(again.repeated);
    EXPECT_EQ(again.applied, 0);
    EXPECT_EQ(events(id), 4);
    EXPECT_EQ(audits(QStringLiteral("incident.resolve")), 1);
    try {
        apply(t.db(), act(IncidentActionKind::Resolve, {id}, QStringLiteral("twice")));
        ADD_FAILURE() << "a resolved incident was resolved again";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("resolved by ") + me)) << e.message().toStdString();
    }

    // Reopen: open again, no resolution time, and its execution's tier again.
    EXPECT_EQ(apply(t.db(), act(IncidentActionKind::Reopen, {id})).applied, 1);
    EXPECT_EQ(column(id, QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_TRUE(column(id, QStringLiteral("resolved_at")).isNull());
    EXPECT_EQ(column(id, QStringLiteral("healdesk_tier")).toString(), QStringLiteral("L1"));
    EXPECT_EQ(column(id, QStringLiteral("resolution_tier")).toString(), QStringLiteral("L1"));

    // The detail shows every event, oldest first, with its actor.
    const IncidentDetail d = t.db().runSync([&](Session &s) { return Incidents::detail(s, id); });
    QStringList kinds;
    for (const IncidentEvent &e : d.events)
        kinds << e.kind;
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("acknowledge"), QStringLiteral("note"), QStringLiteral("assign"),
                                  QStringLiteral("resolve"), QStringLiteral("reopen")}));
    EXPECT_EQ(d.events.at(1).text, QStringLiteral("called the clinic"));
    EXPECT_EQ(d.incident.owner, techA);

    // Malformed actions are refused before anything is written.
    const qint64 before = t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_events")).toLongLong();
    for (IncidentAction bad : {act(IncidentActionKind::Note, {id}), act(IncidentActionKind::Resolve, {id}),
                               act(IncidentActionKind::Assign, {id}), act(IncidentActionKind::Note, {QStringLiteral("x")}, QStringLiteral("t")),
                               act(IncidentActionKind::Note, {id, id.toUpper()}, QStringLiteral("t"))}) {
        try {
            apply(t.db(), bad);
            ADD_FAILURE() << "accepted a malformed action";
        } catch (const Error &e) {
            EXPECT_EQ(e.code(), Error::Code::InvalidInput) << e.message().toStdString();
        }
    }
    for (const QString &wrong : QStringList{QStringLiteral("not-a-uuid"), newId() + QStringLiteral("x")}) {
        IncidentAction badId = act(IncidentActionKind::Note, {id}, QStringLiteral("t"));
        badId.actionId = wrong;
        try {
            apply(t.db(), badId);
            ADD_FAILURE() << "accepted the action ID " << wrong.toStdString();
        } catch (const Error &e) {
            EXPECT_EQ(e.code(), Error::Code::InvalidInput) << e.message().toStdString();
        }
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_events")).toLongLong(), before);
}

TEST_F(IncidentActionsTest, AStaleViewIsRefusedSayingWhoDidWhatAndChangesNothing)
{
    Logins logins{t, {}};
    const QString techA = technician(logins, QStringLiteral("tech_a"), QStringLiteral("A"));
    const QString id = incident(QStringLiteral("stale"), appsA[0]);
    IncidentAction mine = act(IncidentActionKind::Acknowledge, {id});
    mine.seen.insert(id, IncidentSeen{0, QStringLiteral("escalated")}); // what my view showed

    Database other(ConnectionConfig::fromUri(uriFor(t, techA)));
    EXPECT_EQ(apply(other, act(IncidentActionKind::Acknowledge, {id})).applied, 1);
    try {
        apply(t.db(), mine);
        ADD_FAILURE() << "a stale view was acted on";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Refused);
        EXPECT_TRUE(e.message().contains(QStringLiteral("acknowledged by ") + techA)) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("just now"))) << e.message().toStdString();
    }
    EXPECT_EQ(column(id, QStringLiteral("healdesk_owner")).toString(), techA);
    EXPECT_EQ(events(id), 1);
    EXPECT_EQ(audits(QStringLiteral("incident.acknowledge")), 1);

    // The agent resolved it meanwhile (a legacy writer): a view that showed it escalated is stale too.
    const qint64 last = t.scalar(QStringLiteral("SELECT max(id) FROM healdesk_incident_events")).toLongLong();
    t.exec(QStringLiteral("UPDATE incidents SET status = 'resolved', resolved_at = now() WHERE id = ?"), {id});
    IncidentAction note = act(IncidentActionKind::Note, {id}, QStringLiteral("on it"));
    note.seen.insert(id, IncidentSeen{last, QStringLiteral("escalated")});
    try {
        apply(t.db(), note);
        ADD_FAILURE() << "a view of another status was acted on";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("is resolved now"))) << e.message().toStdString();
    }
    EXPECT_EQ(events(id), 1);
}

// Two connections acknowledge the same incident from the same view at once: the advisory lock makes them take
// turns, one wins, and the other is told who won.
TEST_F(IncidentActionsTest, TwoTechniciansAcknowledgingAtOnceOneWinsAndTheOtherIsToldWho)
{
    Logins logins{t, {}};
    const QString techA = technician(logins, QStringLiteral("tech_a"), QStringLiteral("A"));
    const QString techC = technician(logins, QStringLiteral("tech_c"), QStringLiteral("A"));
    const QString id = incident(QStringLiteral("race"), appsA[1]);
    Database a(ConnectionConfig::fromUri(uriFor(t, techA)));
    Database c(ConnectionConfig::fromUri(uriFor(t, techC)));
    a.runSync([](Session &s) { s.queryText(QStringLiteral("SELECT 1"), {}, QStringLiteral("warm up")); });
    c.runSync([](Session &s) { s.queryText(QStringLiteral("SELECT 1"), {}, QStringLiteral("warm up")); });
    // Hold the incident's lock so that both start before either may go on.
    t.exec(QStringLiteral("SELECT pg_advisory_lock(hashtextextended('healdesk.incident:' || ?, 0))"), {id});
    const auto start = [&](Database &db) {
        IncidentAction ack = act(IncidentActionKind::Acknowledge, {id});
        ack.seen.insert(id, IncidentSeen{0, QStringLiteral("escalated")});
        return db.submit([ack](Session &s) { return IncidentActions::apply(s, ack); });
    };
    QFuture<IncidentActionResult> fa = start(a);
    QFuture<IncidentActionResult> fc = start(c);
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                                       "WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = "
                                       "current_database()"))
                   .toInt() == 2;
    })) << "both did not reach the lock";
    t.exec(QStringLiteral("SELECT pg_advisory_unlock(hashtextextended('healdesk.incident:' || ?, 0))"), {id});
    ASSERT_TRUE(waitUntil([&] { return fa.isFinished() && fc.isFinished(); }));
    int won = 0;
    QString refusal;
    for (QFuture<IncidentActionResult> *f : {&fa, &fc}) {
        try {
            won += f->result().applied;
        } catch (const Error &e) {
            refusal = e.message();
        }
    }
    EXPECT_EQ(won, 1);
    const QString winner = column(id, QStringLiteral("healdesk_owner")).toString();
    ASSERT_TRUE(winner == techA || winner == techC) << winner.toStdString();
    EXPECT_TRUE(refusal.contains(QStringLiteral("acknowledged by ") + winner)) << refusal.toStdString();
    EXPECT_EQ(events(id), 1);
}

// One action over 500 incidents: one transaction, 500 events, one audit row; a refused one writes none.
TEST_F(IncidentActionsTest, BulkActionsOnFiveHundredIncidentsAreOneTransactionEach)
{
    t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status, reported_at) "
                          "SELECT gen_random_uuid(), ?, 'usb_storage_enabled', 'low', 'escalated', "
                          "now() - n * interval '1 minute' FROM generate_series(1, 500) n"),
           {appsA[0]});
    const QList<QVariantList> rows = t.rows(QStringLiteral("SELECT id::text FROM incidents ORDER BY id"));
    QStringList ids;
    for (const QVariantList &r : rows)
        ids << r.first().toString();
    ASSERT_EQ(ids.size(), 500);
    EXPECT_EQ(apply(t.db(), act(IncidentActionKind::Acknowledge, ids)).applied, 500);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE healdesk_owner = session_user")).toInt(), 500);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(DISTINCT action_id) FROM healdesk_incident_events")).toInt(), 1);
    EXPECT_EQ(audits(QStringLiteral("incident.acknowledge")), 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT jsonb_array_length(details->'incidents') FROM admin_audit_log WHERE "
                                      "action = 'incident.acknowledge'"))
                  .toInt(),
              500);

    // One of them resolved already: the bulk resolution is refused whole, naming it, and writes nothing.
    apply(t.db(), act(IncidentActionKind::Resolve, {ids[137]}, QStringLiteral("done")));
    try {
        apply(t.db(), act(IncidentActionKind::Resolve, ids, QStringLiteral("all done")));
        ADD_FAILURE() << "a bulk resolution over a resolved incident went through";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(ids[137])) << e.message().toStdString();
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE status = 'resolved'")).toInt(), 1);
    ids.removeAt(137);
    EXPECT_EQ(apply(t.db(), act(IncidentActionKind::Resolve, ids, QStringLiteral("all done"))).applied, 499);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE healdesk_tier = 'L3'")).toInt(), 500);
}

// Partner scope through direct SQL: a technician of partner A neither reads partner B's incident events nor writes
// any, and writes events only in their own name.
TEST_F(IncidentActionsTest, PartnerScopeHoldsForEventsThroughDirectSql)
{
    Logins logins{t, {}};
    const QString techA = technician(logins, QStringLiteral("tech_a"), QStringLiteral("A"));
    const QString techB = technician(logins, QStringLiteral("tech_b"), QStringLiteral("B"));
    const QString idA = incident(QStringLiteral("scope-a"), appsA[0]);
    const QString idB = incident(QStringLiteral("scope-b"), appsB[0]);
    apply(t.db(), act(IncidentActionKind::Note, {idA, idB}, QStringLiteral("seen by the MSP")));
    Database a(ConnectionConfig::fromUri(uriFor(t, techA)));
    const auto scalarAs = [&a](const QString &sql, const QVariantList &binds) {
        return a.runSync([&](Session &s) {
            auto q = s.queryText(sql, binds, QStringLiteral("test"));
            return q.next() ? q.value("v") : QVariant();
        });
    };
    EXPECT_EQ(scalarAs(QStringLiteral("SELECT count(*) AS v FROM healdesk_incident_events"), {}).toInt(), 1);
    EXPECT_EQ(scalarAs(QStringLiteral("SELECT count(*) AS v FROM healdesk_incident_events WHERE incident_id = ?::uuid"),
                       {idB})
                  .toInt(),
              0);
    // A direct insert names the incident, the kind, an owner and a text; the time, the actor and the rest are the
    // database's to set.
    const auto insertAs = [&](const QString &columns, const QString &values, const QVariantList &binds) {
        try {
            scalarAs(QStringLiteral("INSERT INTO healdesk_incident_events (action_id, incident_id, kind%1) "
                                    "VALUES (gen_random_uuid(), ?::uuid, %2) RETURNING 1 AS v")
                         .arg(columns, values),
                     binds);
            return true;
        } catch (const Error &) {
            return false;
        }
    };
    EXPECT_FALSE(insertAs(QStringLiteral(", body"), QStringLiteral("'note', 'x'"), {idB}))
        << "wrote an event on another partner's incident";
    EXPECT_FALSE(insertAs(QStringLiteral(", actor, body"), QStringLiteral("'note', ?, 'x'"), {idA, me}))
        << "wrote an event in another login's name";
    EXPECT_FALSE(insertAs(QStringLiteral(", at, body"), QStringLiteral("'note', '9999-01-01', 'x'"), {idA}))
        << "chose an event's time";
    EXPECT_FALSE(insertAs(QStringLiteral(", owner"), QStringLiteral("'assign', ?"), {idA, techB}))
        << "assigned an incident to a login that cannot see it";
    EXPECT_TRUE(insertAs(QStringLiteral(", body"), QStringLiteral("'note', 'x'"), {idA}));
    // An order is linked to an incident only by the login that issued it for that incident (its audit row says so):
    // another login's order is refused, even after rewriting the order's issued_by, which technicians may update.
    t.exec(QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id, issued_by, expires_at) "
                          "VALUES ('FORGE-1', ?, 'RB-X', ?, now() + interval '1 hour')"),
           {appsA[0], me});
    EXPECT_FALSE(insertAs(QStringLiteral(", order_id"), QStringLiteral("'order', 'FORGE-1'"), {idA}))
        << "linked another login's order";
    scalarAs(QStringLiteral("UPDATE orders SET issued_by = current_user WHERE order_id = 'FORGE-1' RETURNING 1 AS v"), {});
    ASSERT_EQ(t.scalar(QStringLiteral("SELECT issued_by FROM orders WHERE order_id = 'FORGE-1'")).toString(), techA);
    EXPECT_FALSE(insertAs(QStringLiteral(", order_id"), QStringLiteral("'order', 'FORGE-1'"), {idA}))
        << "linked an order it did not issue by rewriting issued_by";
    EXPECT_TRUE(t.scalar(QStringLiteral("SELECT order_id IS NULL FROM incidents WHERE id = ?"), {idA}).toBool());
    // An acknowledgement is its actor's, whatever owner it names.
    EXPECT_TRUE(insertAs(QStringLiteral(", owner"), QStringLiteral("'acknowledge', ?"), {idA, me}));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT healdesk_owner FROM incidents WHERE id = ?"), {idA}).toString(), techA);
    // Through the action too: B's incident is not one it may see.
    try {
        apply(a, act(IncidentActionKind::Acknowledge, {idB}));
        ADD_FAILURE() << "acted on another partner's incident";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Refused);
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_events WHERE incident_id = ?"), {idB})
                  .toInt(),
              1);
}

// A person's resolution makes an incident L3 in every figure, the kept column, its counts, the raw definition and
// the drift detector; a reopening and a later execution take it back. Expected tiers are worked out here.
TEST_F(IncidentActionsTest, AHumanResolutionIsLThreeInEveryFigureUntilReopenedAndHealed)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Case
    {
        QString id;
        QList<Execution> executions;
        QString recorded;
        std::optional<QDateTime> human;
    };
    QList<Case> cases;
    const auto add = [&](const QString &key, const QString &recorded, const QList<std::pair<int, QString>> &execs) {
        Case c;
        c.id = incident(key, appsA[0], QStringLiteral("escalated"), recorded);
        c.recorded = recorded;
        int n = 0;
        for (const auto &[minutesAgo, tier] : execs) {
            const QDateTime at = now.addSecs(-60LL * minutesAgo);
            execution(key + QString::number(++n), c.id, appsA[0], QStringLiteral("site-a"), tier, at);
            c.executions << Execution{at, tier};
        }
        cases << c;
    };
    add(QStringLiteral("healed-then-human"), QString(), {{30, QStringLiteral("L1")}});
    add(QStringLiteral("legacy-l1"), QStringLiteral("L1"), {});
    add(QStringLiteral("human-then-agent"), QString(), {{10, QStringLiteral("L2")}});
    add(QStringLiteral("untouched"), QString(), {{20, QStringLiteral("L2")}});
    add(QStringLiteral("nothing"), QString(), {});

    const auto humanAt = [&](const QString &id) -> std::optional<QDateTime> {
        const QVariant v = column(id, QStringLiteral("healdesk_human_resolved_at"));
        return v.isNull() ? std::nullopt : std::optional<QDateTime>(v.toDateTime());
    };
    const auto check = [&](const char *when) {
        QMap<QString, qint64> expected;
        for (Case &c : cases) {
            c.human = humanAt(c.id);
            const QString tier = expectedTier(c.executions, c.human, c.recorded);
            ++expected[tier];
            EXPECT_EQ(column(c.id, QStringLiteral("healdesk_tier")).toString(), tier) << when << " " << c.id.toStdString();
        }
        const auto stats = [&](Stats::Source source) {
            return t.db().runSync([&](Session &s) { return Stats::load(s, Scope{}, false, source); }).incidentsByTier;
        };
        for (Stats::Source source : {Stats::Source::Rollups, Stats::Source::Raw}) {
            QMap<QString, qint64> seen = stats(source);
            seen.removeIf([](const auto &kv) { return kv.value() == 0; });
            EXPECT_EQ(seen, expected) << when << (source == Stats::Source::Raw ? " (raw)" : " (kept)");
        }
        const HealthCounts h = t.db().runSync([](Session &s) { return Health::counts(s); });
        EXPECT_EQ(h.tierMismatch + h.tierMissing, 0) << when;
        // The compliance report for site-a over a period around now counts them the same way.
        Scope scope;
        scope.siteIds = {QStringLiteral("site-a")};
        scope.from = now.addDays(-1);
        scope.to = now.addDays(1);
        const ReportData report = t.db().runSync([&scope](Session &s) { return Reports::build(s, scope); });
        const ReportSection *byTier = report.section(QStringLiteral("incidents_by_tier"));
        ASSERT_NE(byTier, nullptr) << when;
        QMap<QString, qint64> reported;
        for (const QStringList &row : byTier->rows)
            if (row.value(1).toLongLong() > 0)
                reported.insert(row.value(0), row.value(1).toLongLong());
        EXPECT_EQ(reported, expected) << when << " (report)";
    };
    check("before");

    // A person resolves the first three: all L3, whatever their executions or recorded tier said.
    apply(t.db(), act(IncidentActionKind::Resolve, {cases[0].id, cases[1].id, cases[2].id}, QStringLiteral("by hand")));
    check("after the resolution");
    EXPECT_EQ(column(cases[1].id, QStringLiteral("healdesk_tier")).toString(), QStringLiteral("L3"));

    // The first is reopened and an execution heals it: L2. The second is reopened: its recorded L1 again.
    apply(t.db(), act(IncidentActionKind::Reopen, {cases[0].id, cases[1].id}));
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
    execution(QStringLiteral("heal-after"), cases[0].id, appsA[0], QStringLiteral("site-a"), QStringLiteral("L2"), later);
    cases[0].executions << Execution{later, QStringLiteral("L2")};
    // The third's agent runs again after the person's resolution, with no reopening: the later execution decides.
    execution(QStringLiteral("agent-after"), cases[2].id, appsA[0], QStringLiteral("site-a"), QStringLiteral("L1"), later);
    cases[2].executions << Execution{later, QStringLiteral("L1")};
    check("after reopening and healing");
    EXPECT_EQ(column(cases[0].id, QStringLiteral("healdesk_tier")).toString(), QStringLiteral("L2"));
    EXPECT_EQ(column(cases[1].id, QStringLiteral("healdesk_tier")).toString(), QStringLiteral("L1"));
    EXPECT_EQ(column(cases[2].id, QStringLiteral("healdesk_tier")).toString(), QStringLiteral("L1"));

    // Every execution gone: the third's person's resolution decides again (L3), though telemetry had recorded L1.
    // That is drift the detector lists, and its repair converges.
    t.exec(QStringLiteral("TRUNCATE execution_telemetry"));
    for (Case &c : cases)
        c.executions.clear();
    for (Case &c : cases)
        c.recorded = column(c.id, QStringLiteral("resolution_tier")).toString();
    QMap<QString, qint64> expected;
    for (Case &c : cases) {
        const QString tier = expectedTier({}, humanAt(c.id), c.recorded);
        ++expected[tier];
        EXPECT_EQ(column(c.id, QStringLiteral("healdesk_tier")).toString(), tier) << c.id.toStdString();
    }
    EXPECT_EQ(column(cases[2].id, QStringLiteral("healdesk_tier")).toString(), QStringLiteral("L3"));
    const HealthCounts drifted = t.db().runSync([](Session &s) { return Health::counts(s); });
    EXPECT_EQ(drifted.tierMismatch + drifted.tierMissing, 1);
    const QList<FixChange> fixed = t.db().runSync([](Session &s) { return Health::apply(s, Health::Fix::Tiers); });
    ASSERT_EQ(fixed.size(), 1);
    EXPECT_EQ(fixed.first().target, cases[2].id);
    EXPECT_EQ(fixed.first().after, QStringLiteral("L3"));
    const HealthCounts after = t.db().runSync([](Session &s) { return Health::counts(s); });
    EXPECT_EQ(after.tierMismatch + after.tierMissing, 0);
    EXPECT_EQ(column(cases[2].id, QStringLiteral("healdesk_tier")).toString(), QStringLiteral("L3"));
}

// A person's resolution records L3, which alerts read as an escalation: it must raise none. An incident escalated
// by its agent still raises one.
TEST_F(IncidentActionsTest, AResolutionByAPersonRaisesNoEscalationAlert)
{
    t.exec(QStringLiteral("INSERT INTO healdesk_alert_routes (name, url, format, events) VALUES "
                          "('all', 'http://127.0.0.1:9/hook', 'generic', ARRAY['incident.escalated'])"));
    const QString quiet = incident(QStringLiteral("alert-quiet"), appsA[0], QStringLiteral("open"));
    const QString loud = incident(QStringLiteral("alert-loud"), appsA[0], QStringLiteral("open"));
    apply(t.db(), act(IncidentActionKind::Resolve, {quiet}, QStringLiteral("fixed on site")));
    t.exec(QStringLiteral("UPDATE incidents SET status = 'escalated' WHERE id = ?"), {loud});
    const auto alerts = [&](const QString &id) {
        return t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_alert_outbox WHERE kind = 'incident.escalated' "
                                       "AND event_key LIKE '%' || ?"),
                        {id})
            .toInt();
    };
    EXPECT_EQ(alerts(loud), 1) << "the check saw no alert at all";
    EXPECT_EQ(alerts(quiet), 0);
}

// The command line: list with --mine and --unassigned, act on several incidents at once, show the timeline as JSON;
// a refusal exits non-zero with one line and writes nothing; a retry under the same --action-id applies once.
TEST_F(IncidentActionsTest, TheCommandLineListsActsAndShowsAndRefusesInOneLine)
{
    const QString one = incident(QStringLiteral("cli-1"), appsA[0]);
    const QString two = incident(QStringLiteral("cli-2"), appsA[1]);
    const QString three = incident(QStringLiteral("cli-3"), appsB[0]);
    const auto run = [&](QStringList args) { return runHealdesk(args, t.name()); };
    const auto idsOf = [](const CliRun &r) {
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            ids << v.toObject().value(QStringLiteral("id")).toString();
        ids.sort();
        return ids;
    };
    const CliRun ack = run({QStringLiteral("incident"), QStringLiteral("ack"), one, two});
    ASSERT_EQ(ack.code, 0) << ack.err.toStdString();
    EXPECT_TRUE(ack.out.contains(QStringLiteral("2 incidents"))) << ack.out.toStdString();
    QStringList mine{one, two};
    mine.sort();
    const CliRun listMine = run({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--mine"),
                                 QStringLiteral("--json")});
    ASSERT_EQ(listMine.code, 0) << listMine.err.toStdString();
    EXPECT_EQ(idsOf(listMine), mine);
    const CliRun unassigned = run({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--unassigned"),
                                   QStringLiteral("--json")});
    EXPECT_EQ(idsOf(unassigned), QStringList{three});

    const QString actionId = newId();
    const QStringList resolve{QStringLiteral("incident"), QStringLiteral("resolve"), one, QStringLiteral("--text"),
                              QStringLiteral("re-enabled the firewall"), QStringLiteral("--action-id"), actionId};
    ASSERT_EQ(run(resolve).code, 0);
    const CliRun retry = run(resolve);
    EXPECT_EQ(retry.code, 0) << retry.err.toStdString();
    EXPECT_TRUE(retry.out.contains(QStringLiteral("applied before"))) << retry.out.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_events WHERE kind = 'resolve'")).toInt(), 1);

    const CliRun show = run({QStringLiteral("incident"), QStringLiteral("show"), one, QStringLiteral("--json")});
    ASSERT_EQ(show.code, 0) << show.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("tier")).toString(), QStringLiteral("L3"));
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    const QJsonArray events = o.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("re-enabled the firewall"));
    const CliRun text = run({QStringLiteral("incident"), QStringLiteral("show"), one});
    EXPECT_TRUE(text.out.contains(QStringLiteral("resolved by ") + me + QStringLiteral(": re-enabled the firewall")))
        << text.out.toStdString();

    // Refusals: one line, non-zero, nothing written.
    const qint64 before = t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_events")).toLongLong();
    const QList<QStringList> refused{
        {QStringLiteral("incident"), QStringLiteral("resolve"), two},                                 // no text
        {QStringLiteral("incident"), QStringLiteral("resolve"), one, two, QStringLiteral("--text"), QStringLiteral("x")}, // one resolved
        {QStringLiteral("incident"), QStringLiteral("reopen"), two},                                  // not resolved
        {QStringLiteral("incident"), QStringLiteral("ack"), QStringLiteral("not-an-id")},
        {QStringLiteral("incident"), QStringLiteral("assign"), two, QStringLiteral("--to"), QStringLiteral("nobody_at_all")},
        {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--mine"), QStringLiteral("--unassigned")},
        {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("bogus")},
        {QStringLiteral("incident"), QStringLiteral("bogus")},
    };
    for (const QStringList &args : refused) {
        const CliRun r = run(args);
        const std::string what = args.join(QLatin1Char(' ')).toStdString() + ": " + r.err.toStdString();
        EXPECT_NE(r.code, 0) << what;
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << what;
        EXPECT_FALSE(r.err.trimmed().isEmpty()) << what;
        for (const char *sql : {"SELECT", "SQLSTATE", "ERROR:"})
            EXPECT_FALSE(r.err.contains(QLatin1String(sql))) << what;
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_events")).toLongLong(), before);
}

// The escalation queue: what needs a person (L3, escalated, a failed latest execution, past its SLA), with the
// partner's own SLA over the installation's, breached first, then severity, then age. The expected queue is worked
// out here from the rows inserted.
TEST_F(IncidentActionsTest, TheQueueHoldsWhatNeedsAPersonBreachedFirst)
{
    // Partner A gives medium incidents 48 h instead of the installation's 24 h.
    t.exec(QStringLiteral("INSERT INTO healdesk_incident_slas (partner_id, severity, hours) VALUES (?, 'medium', 48)"),
           {uuidFor(QStringLiteral("A"))});
    const QMap<QString, double> defaults{{QStringLiteral("critical"), 1}, {QStringLiteral("high"), 4},
                                         {QStringLiteral("medium"), 24}, {QStringLiteral("low"), 72}};
    struct Case
    {
        QString key;
        QString severity;
        QString status;
        int minutesAgo;
        bool partnerA;
        QString execution; // "", "failed" or "L3"
        QString id;
        QDateTime reported;
    };
    QList<Case> cases{
        {QStringLiteral("q-critical-late"), QStringLiteral("critical"), QStringLiteral("open"), 120, true, {}},
        {QStringLiteral("q-high-in-time"), QStringLiteral("high"), QStringLiteral("open"), 60, true, {}},
        {QStringLiteral("q-medium-escalated"), QStringLiteral("medium"), QStringLiteral("escalated"), 60, true, {}},
        {QStringLiteral("q-low-failed"), QStringLiteral("low"), QStringLiteral("open"), 50, true, QStringLiteral("failed")},
        {QStringLiteral("q-low-l3"), QStringLiteral("low"), QStringLiteral("open"), 40, true, QStringLiteral("L3")},
        {QStringLiteral("q-critical-resolved"), QStringLiteral("critical"), QStringLiteral("resolved"), 300, true, {}},
        {QStringLiteral("q-medium-a-30h"), QStringLiteral("medium"), QStringLiteral("open"), 30 * 60, true, {}},
        {QStringLiteral("q-medium-b-30h"), QStringLiteral("medium"), QStringLiteral("open"), 30 * 60, false, {}},
        {QStringLiteral("q-urgent-escalated"), QStringLiteral("urgent"), QStringLiteral("escalated"), 10, true, {}},
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Case &c : cases) {
        c.id = uuidFor(c.key);
        c.reported = now.addSecs(-60LL * c.minutesAgo);
        const QString appliance = c.partnerA ? appsA[0] : appsB[0];
        t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status, reported_at) "
                              "VALUES (?, ?, 'firewall_disabled', ?, ?, ?)"),
               {c.id, appliance, c.severity, c.status, isoTime(c.reported)});
        if (!c.execution.isEmpty())
            t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, "
                                  "runbook_id, hostname, resolution_level, success, started_at, completed_at) "
                                  "VALUES (?, ?, ?, ?, 'L1-FIREWALL-001', 'h', ?, ?, now() - interval '5 minutes', "
                                  "now() - interval '4 minutes')"),
                   {c.key, c.id, c.partnerA ? QStringLiteral("site-a") : QStringLiteral("site-b"), appliance,
                    c.execution == QLatin1String("L3") ? QStringLiteral("L3") : QStringLiteral("L1"),
                    c.execution != QLatin1String("failed")});
    }
    // The expected queue.
    struct Expected
    {
        QString id;
        int breached; // 0 breached, 1 in time
        int rank;
        QDateTime reported;
    };
    QList<Expected> expected;
    for (const Case &c : cases) {
        if (c.status == QLatin1String("resolved"))
            continue;
        // An unknown severity ("urgent") counts as low, as in the SLA alerts.
        const QString severity = defaults.contains(c.severity) ? c.severity : QStringLiteral("low");
        const double hours = c.partnerA && severity == QLatin1String("medium") ? 48.0 : defaults.value(severity);
        const bool breached = c.reported.addSecs(qint64(hours * 3600)) < now;
        if (!(breached || c.status == QLatin1String("escalated") || !c.execution.isEmpty()))
            continue;
        const QStringList order{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                QStringLiteral("low")};
        expected << Expected{c.id, breached ? 0 : 1,
                             order.contains(c.severity) ? int(order.indexOf(c.severity)) : 4, c.reported};
    }
    std::sort(expected.begin(), expected.end(), [](const Expected &a, const Expected &b) {
        return std::tie(a.breached, a.rank, a.reported) < std::tie(b.breached, b.rank, b.reported);
    });
    QStringList want;
    for (const Expected &e : expected)
        want << e.id;
    ASSERT_EQ(want.size(), 6); // the check saw the rows it means to

    const QList<QueueRow> queue =
        t.db().runSync([](Session &s) { return Incidents::queue(s, IncidentFilter{}, 100); });
    QStringList got;
    for (const QueueRow &r : queue)
        got << r.incident.id;
    EXPECT_EQ(got, want);
    for (const QueueRow &r : queue) {
        if (r.incident.id == uuidFor(QStringLiteral("q-critical-late"))) {
            EXPECT_TRUE(r.breached);
            EXPECT_EQ(r.dueAt.toSecsSinceEpoch(), cases[0].reported.addSecs(3600).toSecsSinceEpoch());
        }
        if (r.incident.id == uuidFor(QStringLiteral("q-low-failed")))
            EXPECT_TRUE(r.latestFailed);
        if (r.incident.id == uuidFor(QStringLiteral("q-low-l3")))
            EXPECT_TRUE(r.isL3);
        if (r.incident.id == uuidFor(QStringLiteral("q-urgent-escalated")))
            EXPECT_EQ(r.dueAt.toSecsSinceEpoch(), cases[8].reported.addSecs(72 * 3600).toSecsSinceEpoch());
    }

    // Mine, unassigned: an acknowledgement moves an incident from one to the other, and the command line agrees.
    apply(t.db(), act(IncidentActionKind::Acknowledge, {uuidFor(QStringLiteral("q-medium-escalated"))}));
    IncidentFilter mine;
    mine.owner = QStringLiteral("@me");
    const QList<QueueRow> own = t.db().runSync([&](Session &s) { return Incidents::queue(s, mine, 100); });
    ASSERT_EQ(own.size(), 1);
    EXPECT_EQ(own.first().incident.id, uuidFor(QStringLiteral("q-medium-escalated")));
    const CliRun cli = runHealdesk({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--queue"),
                                    QStringLiteral("--unassigned"), QStringLiteral("--json")},
                                   t.name());
    ASSERT_EQ(cli.code, 0) << cli.err.toStdString();
    QStringList unassigned;
    for (const QJsonValue &v : QJsonDocument::fromJson(cli.out.toUtf8()).array())
        unassigned << v.toObject().value(QStringLiteral("id")).toString();
    want.removeAll(uuidFor(QStringLiteral("q-medium-escalated")));
    EXPECT_EQ(unassigned, want);
    const QJsonObject first = QJsonDocument::fromJson(cli.out.toUtf8()).array().first().toObject();
    EXPECT_TRUE(first.value(QStringLiteral("breached")).toBool());
    EXPECT_TRUE(first.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("sla")));
    EXPECT_LT(first.value(QStringLiteral("seconds_left")).toDouble(), 0);
}

// SLAs an admin sets per partner: an open incident crosses its partner's SLA when an admin shortens it, appears in
// the queue as breached with the deadline worked out here, and the webhook is posted once by the worker, however
// often the breaches are looked for. Clearing gives the fleet's hours back. A technician, a bad severity and bad
// hours are refused, each writing nothing.
TEST_F(IncidentActionsTest, AnAdminsPartnerSlaPutsAnIncidentPastItAndTheWebhookFiresOnce)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime reported = now.addSecs(-50 * 60);
    const QString late = uuidFor(QStringLiteral("sla-a-critical"));
    const QString other = uuidFor(QStringLiteral("sla-b-critical"));
    for (const auto &[id, appliance] : {std::pair{late, appsA[0]}, std::pair{other, appsB[0]}})
        t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status, reported_at) "
                              "VALUES (?, ?, 'firewall_disabled', 'critical', 'open', ?)"),
               {id, appliance, isoTime(reported)});
    const auto queued = [this] {
        QMap<QString, QueueRow> byId;
        for (const QueueRow &r : t.db().runSync([](Session &s) { return Incidents::queue(s, IncidentFilter{}, 100); }))
            byId.insert(r.incident.id, r);
        return byId;
    };
    // Within the fleet's hour: neither needs a person yet.
    ASSERT_TRUE(queued().isEmpty());

    // The admin gives partner A's critical incidents half an hour: the 50-minute-old one is past it.
    const CliRun set = runHealdesk({QStringLiteral("sla"), QStringLiteral("set"), QStringLiteral("--partner"),
                                    uuidFor(QStringLiteral("A")), QStringLiteral("critical=0.5"),
                                    QStringLiteral("high=3")},
                                   t.name());
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_slas WHERE partner_id = ?"),
                       {uuidFor(QStringLiteral("A"))})
                  .toInt(),
              2);
    EXPECT_EQ(audits(QStringLiteral("sla.set")), 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT details->'after'->>'critical' FROM admin_audit_log WHERE action = 'sla.set'"))
                  .toDouble(),
              0.5);
    const auto q = queued();
    ASSERT_EQ(q.size(), 1);
    ASSERT_TRUE(q.contains(late));
    EXPECT_TRUE(q.value(late).breached);
    EXPECT_EQ(q.value(late).dueAt.toSecsSinceEpoch(), reported.addSecs(30 * 60).toSecsSinceEpoch());
    const SlaTable a = t.db().runSync([this](Session &s) { return Slas::table(s, uuidFor(QStringLiteral("A"))); });
    ASSERT_EQ(a.rows.size(), 4);
    EXPECT_EQ(a.rows[0].hours(), 0.5);
    EXPECT_EQ(a.rows[2].hours(), 24); // medium: the fleet's
    EXPECT_FALSE(a.rows[2].ownHours.has_value());

    // The worker posts the breach once to a route that wants it; B's incident, within its hour, is not posted.
    LocalHttpServer hook;
    AlertRoute route;
    route.format = QStringLiteral("generic");
    route.url = hook.url();
    route.events = {QStringLiteral("incident.sla_breach")};
    t.db().runSync([&route](Session &s) { return AlertRoutes::add(s, route); });
    auto worker = startWorkerProcess(t.name(), SigningKey::generate()->seedBase64ForKeychain(), QStringLiteral("0.3"));
    ASSERT_TRUE(waitUntil([&] { return !hook.bodies.isEmpty(); }, 20000)) << worker->output().toStdString();
    // Looked for again, as a second worker or the next minute would: nothing new.
    EXPECT_EQ(t.db().runSync([](Session &s) { return AlertOutbox::slaBreaches(s, Clock::now(s)); }), 0);
    waitUntil([] { return false; }, 1500);
    ASSERT_EQ(hook.bodies.size(), 1);
    const QJsonObject posted = QJsonDocument::fromJson(hook.bodies.first()).object();
    EXPECT_EQ(posted.value(QStringLiteral("key")).toString(), QStringLiteral("incident.sla_breach:") + late);

    // A technician may not change SLAs; nothing is written.
    Logins logins{t, {}};
    const QString techA = technician(logins, QStringLiteral("tech_a"), QStringLiteral("A"));
    const CliRun refused = runHealdesk({QStringLiteral("sla"), QStringLiteral("set"), QStringLiteral("critical=9"),
                                        QStringLiteral("--db"), uriFor(t, techA)});
    EXPECT_EQ(refused.code, 8) << refused.err.toStdString();
    EXPECT_EQ(refused.err.trimmed().count(QLatin1Char('\n')), 0) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("only admins"))) << refused.err.toStdString();
    for (const QStringList &bad : {QStringList{QStringLiteral("urgent=2")}, QStringList{QStringLiteral("high=0")},
                                   QStringList{QStringLiteral("high=9000")}, QStringList{QStringLiteral("high")}}) {
        const CliRun r = runHealdesk(QStringList{QStringLiteral("sla"), QStringLiteral("set")} + bad, t.name());
        EXPECT_EQ(r.code, 2) << bad.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT hours FROM healdesk_incident_slas WHERE partner_id IS NULL AND "
                                      "severity = 'critical'"))
                  .toDouble(),
              1);
    EXPECT_EQ(audits(QStringLiteral("sla.set")), 1);

    // Cleared: the fleet's hour applies again, and the incident is no longer past it.
    const CliRun cleared = runHealdesk({QStringLiteral("sla"), QStringLiteral("clear"), QStringLiteral("--partner"),
                                        uuidFor(QStringLiteral("A"))},
                                       t.name());
    ASSERT_EQ(cleared.code, 0) << cleared.err.toStdString();
    EXPECT_TRUE(cleared.out.contains(QStringLiteral("2 SLAs cleared"))) << cleared.out.toStdString();
    EXPECT_EQ(audits(QStringLiteral("sla.clear")), 1);
    EXPECT_TRUE(queued().isEmpty());
}

// What to run for an incident: its latest execution's runbook through the mapping, else its type's L1 rule's, else
// the runbook that healed its type most often in the fleet lately, else none; each says why.
TEST_F(IncidentActionsTest, TheSuggestedRunbookFollowsTheLatestExecutionThenTheRuleThenTheFleet)
{
    t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity) VALUES "
                          "('RB-FW', 'Firewall', 'firewall', 'high'), ('RB-AV', 'Antivirus', 'av', 'high'), "
                          "('RB-BK', 'Backup', 'backup', 'medium')"));
    t.exec(QStringLiteral("INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id) VALUES ('L1-FW-9', 'RB-FW'), "
                          "('L1-AV-1', 'RB-AV')"));
    t.exec(QStringLiteral("INSERT INTO l1_rules (rule_id, pattern_signature, incident_type) VALUES "
                          "('L1-AV-1', 'sig-av', 'av_disabled')"));
    const auto make = [this](const QString &key, const QString &type) {
        const QString id = uuidFor(key);
        t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status) "
                              "VALUES (?, ?, ?, 'high', 'escalated')"),
               {id, appsA[0], type});
        return id;
    };
    const QString byExecution = make(QStringLiteral("s-exec"), QStringLiteral("av_disabled"));
    execution(QStringLiteral("s-e1"), byExecution, appsA[0], QStringLiteral("site-a"), QStringLiteral("L1"),
              QDateTime::currentDateTimeUtc().addSecs(-600));
    t.exec(QStringLiteral("UPDATE execution_telemetry SET runbook_id = 'L1-FW-9' WHERE execution_id = 's-e1'"));
    const QString byRule = make(QStringLiteral("s-rule"), QStringLiteral("av_disabled"));
    const QString byFleet = make(QStringLiteral("s-fleet"), QStringLiteral("backup_failed"));
    // The fleet healed backup_failed with RB-BK three times and RB-FW once; a failure and an old success do not count.
    int n = 0;
    for (const auto &[runbook, success, daysAgo] :
         {std::tuple{QStringLiteral("RB-BK"), true, 1}, std::tuple{QStringLiteral("RB-BK"), true, 2},
          std::tuple{QStringLiteral("RB-BK"), true, 3}, std::tuple{QStringLiteral("RB-FW"), true, 1},
          std::tuple{QStringLiteral("RB-FW"), false, 1}, std::tuple{QStringLiteral("RB-FW"), false, 1},
          std::tuple{QStringLiteral("RB-FW"), true, 200}, std::tuple{QStringLiteral("RB-FW"), true, 200},
          std::tuple{QStringLiteral("RB-FW"), true, 200}})
        t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, "
                              "hostname, incident_type, success, started_at) VALUES (?, 'site-b', ?, ?, 'h', "
                              "'backup_failed', ?, now() - ? * interval '1 day')"),
               {QStringLiteral("fleet-%1").arg(++n), appsB[0], runbook, success, daysAgo});
    const QString none = make(QStringLiteral("s-none"), QStringLiteral("printer_jam"));

    const auto suggest = [this](const QString &id) {
        return t.db().runSync([&id](Session &s) { return Incidents::suggestRunbook(s, id); });
    };
    const RunbookSuggestion a = suggest(byExecution);
    EXPECT_EQ(a.runbookId, QStringLiteral("RB-FW")); // the execution's, not av_disabled's rule
    EXPECT_TRUE(a.reason.contains(QStringLiteral("L1-FW-9 through the mapping"))) << a.reason.toStdString();
    EXPECT_EQ(a.applianceId, appsA[0]);
    const RunbookSuggestion b = suggest(byRule);
    EXPECT_EQ(b.runbookId, QStringLiteral("RB-AV"));
    EXPECT_TRUE(b.reason.contains(QStringLiteral("L1-AV-1"))) << b.reason.toStdString();
    const RunbookSuggestion c = suggest(byFleet);
    EXPECT_EQ(c.runbookId, QStringLiteral("RB-BK"));
    EXPECT_TRUE(c.reason.contains(QStringLiteral("3 time"))) << c.reason.toStdString();
    const RunbookSuggestion d = suggest(none);
    EXPECT_TRUE(d.runbookId.isEmpty());
    EXPECT_TRUE(d.reason.contains(QStringLiteral("printer_jam"))) << d.reason.toStdString();
    EXPECT_THROW(suggest(uuidFor(QStringLiteral("no-such"))), Error);
}
