// Scoped access: two partners, two technician logins. Each login sees only its
// partner's sites in the models, stats, health and reports, and the database
// itself refuses an order or a direct INSERT against the other partner.
#include "CliRun.h"
#include "Error.h"
#include "Fleet.h"
#include "FleetFixture.h"
#include "Health.h"
#include "Logins.h"
#include "HealthPage.h"
#include "Orders.h"
#include "Reports.h"
#include "Rollups.h"
#include "Session.h"
#include "Stats.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <QPushButton>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

namespace {

// Runs fn on db and expects the error a refusal of that kind gives: the
// code, and for the database's own refusals SQLSTATE 42501
// (insufficient_privilege, which row policies raise too).
template <typename Fn>
void expectRefused(Database &db, Fn fn, Error::Code code, const QString &sqlState, const char *what)
{
    try {
        db.runSync(fn);
        ADD_FAILURE() << what << " was allowed";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), code) << what << ": " << e.toString().toStdString();
        EXPECT_EQ(e.sqlState(), sqlState) << what << ": " << e.toString().toStdString();
    }
}

struct Fleet2
{
    QStringList aApps, bApps;
    int aTelemetry = 0, bTelemetry = 0;
};

Fleet2 insertFleet(TestDatabase &t)
{
    Fleet2 f;
    f.aApps = insertSite(t, QStringLiteral("a-site-1"), QStringLiteral("alpha"), {1, 1}) +
              insertSite(t, QStringLiteral("a-site-2"), QStringLiteral("alpha"), {1});
    f.bApps = insertSite(t, QStringLiteral("b-site-1"), QStringLiteral("beta"), {1, 1});
    t.exec(QStringLiteral(
        "INSERT INTO runbooks (runbook_id, name, category, severity) VALUES ('RB-A', 'A', 'x', 'high')"));
    int n = 0;
    auto telemetry = [&](const QString &site, const QString &appliance, int count) {
        for (int i = 0; i < count; ++i) {
            t.exec(QStringLiteral(
                       "INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                       "started_at, success, resolution_level) VALUES (?, ?, ?, 'RB-A', 'h', now(), true, 'L1')"),
                   {QStringLiteral("e-%1").arg(++n), site, appliance});
        }
    };
    telemetry(QStringLiteral("a-site-1"), f.aApps[0], 3);
    telemetry(QStringLiteral("a-site-2"), f.aApps[2], 2);
    telemetry(QStringLiteral("b-site-1"), f.bApps[0], 4);
    telemetry(QStringLiteral("ghost-site"), QStringLiteral("ghost"), 1); // an orphan nobody scoped may see
    f.aTelemetry = 5;
    f.bTelemetry = 4;
    return f;
}

} // namespace

TEST(Security, EachTechnicianSeesAndOrdersOnlyWithinItsPartner)
{
    TestDatabase t;
    t.migrate();
    // Row security is the subject here; the technicians order without keys.
    t.allowUnsignedOrders();
    const Fleet2 fleet = insertFleet(t);
    Logins logins{t, {}};
    const QString techA = logins.make(QStringLiteral("tech_a"));
    const QString techB = logins.make(QStringLiteral("tech_b"));
    const CliRun grantA = runHealdesk({QStringLiteral("user"), QStringLiteral("grant"), techA,
                                       QStringLiteral("--partner"), uuidFor(QStringLiteral("alpha"))},
                                      t.name());
    ASSERT_EQ(grantA.code, 0) << grantA.err.toStdString();
    ASSERT_EQ(runHealdesk({QStringLiteral("user"), QStringLiteral("grant"), techB, QStringLiteral("--partner"),
                           uuidFor(QStringLiteral("beta"))},
                          t.name())
                  .code,
              0);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'user.grant'")).toLongLong(),
              2);
    // Refusals: an unknown login, an unknown partner.
    EXPECT_EQ(runHealdesk({QStringLiteral("user"), QStringLiteral("grant"), QStringLiteral("nobody_here"),
                           QStringLiteral("--partner"), uuidFor(QStringLiteral("alpha"))},
                          t.name())
                  .code,
              8);
    EXPECT_EQ(runHealdesk({QStringLiteral("user"), QStringLiteral("grant"), techA, QStringLiteral("--partner"),
                           uuidFor(QStringLiteral("gamma"))},
                          t.name())
                  .code,
              8);

    ConnectionConfig asA = t.config();
    asA.user = techA;
    Database a(asA);
    ConnectionConfig asB = t.config();
    asB.user = techB;
    Database b(asB);

    // Models and figures: only the login's own sites.
    const QList<SiteRow> sitesA = a.runSync([](Session &s) { return Fleet::sites(s, Scope{}); });
    QStringList idsA;
    for (const SiteRow &r : sitesA)
        idsA << r.id;
    EXPECT_EQ(idsA, (QStringList{QStringLiteral("a-site-1"), QStringLiteral("a-site-2")}));
    const QList<SiteRow> sitesB = b.runSync([](Session &s) { return Fleet::sites(s, Scope{}); });
    ASSERT_EQ(sitesB.size(), 1);
    EXPECT_EQ(sitesB[0].id, QStringLiteral("b-site-1"));
    EXPECT_EQ(a.runSync([](Session &s) { return Stats::load(s, Scope{}, false); }).telemetryTotal, fleet.aTelemetry);
    EXPECT_EQ(b.runSync([](Session &s) { return Stats::load(s, Scope{}, false); }).telemetryTotal, fleet.bTelemetry);
    // The same once the queued telemetry is in the rollups (the whole-fleet
    // rows are not theirs to read), whoever drains.
    EXPECT_GE(a.runSync([](Session &s) { return Rollups::drain(s); }), 0);
    EXPECT_EQ(a.runSync([](Session &s) { return Stats::load(s, Scope{}, false); }).telemetryTotal, fleet.aTelemetry);
    EXPECT_EQ(b.runSync([](Session &s) { return Stats::load(s, Scope{}, false); }).telemetryTotal, fleet.bTelemetry);
    const HealthCounts healthA = a.runSync([](Session &s) { return Health::counts(s); });
    EXPECT_EQ(healthA.orphanSite, 0); // the orphan row is nobody's partner's
    EXPECT_EQ(t.db().runSync([](Session &s) { return Health::counts(s); }).orphanSite, 1);
    // Whatever SQL it sends.
    const qint64 rawCount = a.runSync([](Session &s) {
        auto q = s.queryText(QStringLiteral("SELECT count(*) AS n FROM execution_telemetry"), {}, QStringLiteral("test"));
        q.next();
        return q.int64("n");
    });
    EXPECT_EQ(rawCount, fleet.aTelemetry);

    // Reports: the other partner's site does not exist for this login.
    Scope other;
    other.siteIds = {QStringLiteral("b-site-1")};
    other.from = QDateTime::currentDateTimeUtc().addDays(-1);
    other.to = QDateTime::currentDateTimeUtc().addDays(1);
    expectRefused(
        a, [&other](Session &s) { return Reports::build(s, other); }, Error::Code::InvalidInput, QString(),
        "a report on another partner's site");
    const CliRun report = runHealdesk({QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--db"),
                                       uriFor(t, techA), QStringLiteral("--site"), QStringLiteral("b-site-1"),
                                       QStringLiteral("-o"), QStringLiteral("/tmp/never-written-%1.csv").arg(t.name())},
                                      {});
    EXPECT_NE(report.code, 0);
    EXPECT_TRUE(report.err.contains(QStringLiteral("unknown site"))) << report.err.toStdString();
    const CliRun stats =
        runHealdesk({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), uriFor(t, techA)}, {});
    EXPECT_TRUE(stats.out.contains(QStringLiteral("\"telemetry_total\":%1").arg(fleet.aTelemetry)))
        << stats.out.toStdString();

    // Orders: one of its own appliances works and is audited under its login;
    // the other partner's appliance is refused by the plan and by the database.
    OrderRequest own;
    own.applianceIds = {fleet.aApps[0]};
    own.runbookId = QStringLiteral("RB-A");
    own.reason = QStringLiteral("drift");
    const QList<IssuedOrder> issued = a.runSync([&own](Session &s) { return Orders::issue(s, own); });
    ASSERT_EQ(issued.size(), 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT username FROM admin_audit_log WHERE target = ?"), {issued[0].orderId})
                  .toString(),
              techA);
    OrderRequest foreign = own;
    foreign.applianceIds = {fleet.bApps[0]};
    expectRefused(
        a, [&foreign](Session &s) { return Orders::issue(s, foreign); }, Error::Code::Refused, QString(),
        "an order for another partner's appliance");
    try {
        a.runSync([&fleet](Session &s) {
            s.queryText(
                QStringLiteral(
                    "INSERT INTO orders (order_id, appliance_id, runbook_id) VALUES ('sneaky', ?::uuid, 'RB-A')"),
                {fleet.bApps[0]}, QStringLiteral("test"));
        });
        ADD_FAILURE() << "the database accepted an order for another partner's appliance";
    } catch (const Error &e) {
        EXPECT_EQ(e.sqlState(), QStringLiteral("42501")) << e.toString().toStdString();
    }
    // A technician cannot forge the audit log's login or run an admin fix.
    expectRefused(
        a,
        [](Session &s) {
            s.queryText(QStringLiteral("INSERT INTO admin_audit_log (username, action) VALUES ('someone_else', 'x')"),
                        {}, QStringLiteral("test"));
        },
        Error::Code::Sql, QStringLiteral("42501"), "an audit row under another login");
    expectRefused(
        a, [](Session &s) { return Health::apply(s, Health::Fix::Tiers); }, Error::Code::Sql,
        QStringLiteral("42501"), "a technician's tier fix");
    // The console shows a technician no admin actions; the owner sees them.
    HealthPage techPage(&a);
    techPage.reload();
    ASSERT_TRUE(waitUntil([&] { return techPage.hasData(); }));
    EXPECT_FALSE(techPage.adminActionsShown());
    EXPECT_FALSE(techPage.tabs()->isTabVisible(1));
    EXPECT_FALSE(techPage.tabs()->isTabVisible(2));
    EXPECT_TRUE(techPage.repairButton()->isHidden());
    HealthPage ownerPage(&t.db());
    ownerPage.reload();
    ASSERT_TRUE(waitUntil([&] { return ownerPage.hasData(); }));
    EXPECT_TRUE(ownerPage.adminActionsShown());
    EXPECT_TRUE(ownerPage.tabs()->isTabVisible(2));

    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE appliance_id = ANY (?::uuid[])"),
                       {QString(QStringLiteral("{") + fleet.bApps.join(QLatin1Char(',')) + QLatin1Char('}'))})
                  .toLongLong(),
              0);
}
