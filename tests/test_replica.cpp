// Reads from a read-only standby: a real primary and a streaming standby made
// with pg_basebackup -R, both on loopback TCP. Reads go to the standby while it
// keeps up; writes always go to the primary; a paused, lagging or stopped
// standby sends reads back to the primary, and they return once it recovers.
#include "FleetFixture.h"
#include "LocalCluster.h"
#include "Orders.h"
#include "ScratchCluster.h"
#include "Stats.h"
#include "TestDatabase.h"

#include <QThread>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>

using namespace hd;
using namespace hd::test;

namespace {

bool inRecovery(Session &s)
{
    auto q = s.queryText(QStringLiteral("SELECT pg_is_in_recovery()"), {}, QStringLiteral("test"));
    q.next();
    return q.value(0).toBool();
}

bool eventually(const std::function<bool()> &condition, int seconds = 30)
{
    for (int i = 0; i < seconds * 10; ++i) {
        if (condition())
            return true;
        QThread::msleep(100);
    }
    return condition();
}

ConnectionConfig overLoopback(const LocalCluster &cluster, const QString &dbname)
{
    ConnectionConfig c = cluster.connection(dbname);
    c.host = QStringLiteral("127.0.0.1");
    return c;
}

} // namespace

TEST(Replica, ReadsFollowTheStandbyWritesStayOnThePrimaryAndLagFallsBack)
{
    ScratchCluster primary(true);
    primary.server().start();
    primary.useForTests();
    auto t = std::make_unique<TestDatabase>();
    t->migrate();
    const QStringList apps = insertSite(*t, QStringLiteral("site-r"), QStringLiteral("p"), {1});
    t->exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity) "
                           "VALUES ('RB-FW', 'Firewall', 'firewall', 'high')"));
    auto insertTelemetry = [&](int from, int count) {
        t->exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, "
                               "hostname, started_at, duration_seconds, success, resolution_level) "
                               "SELECT 'r-' || n, 'site-r', ?, 'RB-FW', 'h', now() - n * interval '1 minute', n, true, "
                               "'L1' FROM generate_series(?::int, ?::int) n"),
                {apps.constFirst(), from, from + count - 1});
    };
    insertTelemetry(1, 40);

    QTemporaryDir standbyDir(QDir::tempPath() + QStringLiteral("/healdesk-standby-XXXXXX"));
    QFile::setPermissions(standbyDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                 QFileDevice::ReadOther | QFileDevice::ExeOther |
                                                 QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    LocalCluster standby(standbyDir.path() + QStringLiteral("/data"));
    standby.cloneAsStandbyOf(primary.server());
    standby.setPort(LocalCluster::freePort());
    standby.listenOnLoopback(true);
    standby.start();

    Database db(overLoopback(primary.server(), t->name()));
    db.setStandby(overLoopback(standby, t->name()), 2);
    EXPECT_FALSE(db.runSyncRead(inRecovery)) << "reads stay on the primary until the standby was checked";

    // Fit: reads go to the standby, writes to the primary.
    ASSERT_TRUE(eventually([&] { return db.checkStandby().standby; })) << db.readRoute().reason.toStdString();
    EXPECT_TRUE(db.runSyncRead(inRecovery));
    EXPECT_FALSE(db.runSync(inRecovery));
    const qint64 primaryTotal = db.runSync([](Session &s) { return Stats::load(s, {}, false).telemetryTotal; });
    EXPECT_EQ(primaryTotal, 40);
    EXPECT_TRUE(eventually(
        [&] { return db.runSyncRead([](Session &s) { return Stats::load(s, {}, false).telemetryTotal; }) == 40; }));
    // An order is written through the primary; the standby could not take it.
    OrderRequest request;
    request.applianceIds = {apps.constFirst()};
    request.runbookId = QStringLiteral("RB-FW");
    request.reason = QStringLiteral("replica test");
    request.orderId = QStringLiteral("ORD-REPLICA-1");
    EXPECT_NO_THROW(db.runSync([&](Session &s) { return Orders::issue(s, request); }));
    EXPECT_THROW(db.runSyncRead(
                     [](Session &s) { s.queryText(QStringLiteral("DELETE FROM orders"), {}, QStringLiteral("test")); }),
                 Error)
        << "the standby refuses writes, so none may be routed there";
    EXPECT_TRUE(eventually([&] {
        return db.runSyncRead([](Session &s) {
            auto q = s.queryText(QStringLiteral("SELECT count(*) FROM orders WHERE order_id = 'ORD-REPLICA-1'"), {},
                                 QStringLiteral("test"));
            q.next();
            return q.value(0).toInt();
        }) == 1;
    })) << "the order streams to the standby";

    // Right after this console writes, its reads go to the primary (read your writes).
    db.wrote();
    EXPECT_FALSE(db.runSyncRead(inRecovery));
    QThread::sleep(3);
    EXPECT_TRUE(db.runSyncRead(inRecovery));

    // Lagging: replay paused while the primary moves on; past the limit the reads fall back.
    db.runSyncRead(
        [](Session &s) { s.queryText(QStringLiteral("SELECT pg_wal_replay_pause()"), {}, QStringLiteral("test")); });
    insertTelemetry(41, 10);
    QThread::sleep(3);
    insertTelemetry(51, 10);
    const Database::ReadRoute lagging = db.checkStandby();
    EXPECT_FALSE(lagging.standby);
    ASSERT_TRUE(lagging.lagSeconds.has_value());
    EXPECT_GT(*lagging.lagSeconds, 2.0);
    EXPECT_TRUE(lagging.reason.contains(QStringLiteral("behind"))) << lagging.reason.toStdString();
    EXPECT_FALSE(db.runSyncRead(inRecovery));
    EXPECT_EQ(db.runSyncRead([](Session &s) { return Stats::load(s, {}, false).telemetryTotal; }), 60)
        << "the fallback reads the primary's newest rows";

    // Caught up again: back to the standby.
    {
        Database direct(overLoopback(standby, t->name()));
        direct.runSync([](Session &s) {
            s.queryText(QStringLiteral("SELECT pg_wal_replay_resume()"), {}, QStringLiteral("test"));
        });
    }
    ASSERT_TRUE(eventually([&] { return db.checkStandby().standby; })) << db.readRoute().reason.toStdString();
    EXPECT_EQ(db.runSyncRead([](Session &s) { return Stats::load(s, {}, false).telemetryTotal; }), 60);

    // Lost: the standby stops; reads fall back with the reason, and return after a restart.
    standby.stop();
    const Database::ReadRoute lost = db.checkStandby();
    EXPECT_FALSE(lost.standby);
    EXPECT_TRUE(lost.reason.contains(QStringLiteral("unreachable"))) << lost.reason.toStdString();
    EXPECT_FALSE(db.runSyncRead(inRecovery));
    standby.start();
    ASSERT_TRUE(eventually([&] { return db.checkStandby().standby; })) << db.readRoute().reason.toStdString();
    EXPECT_TRUE(db.runSyncRead(inRecovery));

    standby.stop();
    t.reset();
}
