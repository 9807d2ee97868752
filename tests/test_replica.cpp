// Reads from a read-only standby: a real primary and a streaming standby made
// with pg_basebackup -R, both on loopback TCP. Reads go to the standby while it
// keeps up; writes always go to the primary; a paused, lagging or stopped
// standby sends reads back to the primary, and they return once it recovers.
#include "CliRun.h"
#include "FleetFixture.h"
#include "LocalCluster.h"
#include "Orders.h"
#include "Profiles.h"
#include "ScratchCluster.h"
#include "Stats.h"
#include "TestDatabase.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>

using namespace hd;
using namespace hd::test;

namespace {

bool inRecovery(Session &s)
{
    auto q = s.queryText(QStringLiteral("SELECT pg_is_in_recovery() AS recovering"), {}, QStringLiteral("test"));
    q.next();
    return q.flag("recovering");
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
    t->allowUnsignedOrders();
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

    // A connection profile names the standby: saved by `healdesk profile add
    // --standby`, it resolves to the standby's host and port with the primary's
    // login and database, and the console's reads follow it. Mistakes are refused.
    {
        QTemporaryDir settingsDir;
        qputenv("XDG_CONFIG_HOME", settingsDir.path().toUtf8()); // for the healdesk program
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("Healdesk"));
        QCoreApplication::setApplicationName(QStringLiteral("healdesk"));
        const ConnectionConfig p = overLoopback(primary.server(), t->name());
        const ConnectionConfig sb = overLoopback(standby, t->name());
        const QString primaryUri = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(p.user, p.port, p.dbname);
        const QString standbyUri = QStringLiteral("postgresql://127.0.0.1:%1").arg(sb.port);
        const CliRun saved = runHealdesk({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("replica"),
                                          QStringLiteral("--db"), primaryUri, QStringLiteral("--standby"), standbyUri,
                                          QStringLiteral("--standby-max-lag"), QStringLiteral("7")});
        ASSERT_EQ(saved.code, 0) << saved.err.toStdString();
        EXPECT_TRUE(saved.out.contains(QStringLiteral("standby=127.0.0.1:") + sb.port)) << saved.out.toStdString();
        const auto resolved = Profiles::resolveStandby(QStringLiteral("replica"));
        ASSERT_TRUE(resolved.has_value());
        EXPECT_EQ(resolved->host, QStringLiteral("127.0.0.1"));
        EXPECT_EQ(resolved->port, sb.port);
        EXPECT_EQ(resolved->user, p.user);
        EXPECT_EQ(resolved->dbname, p.dbname);
        EXPECT_EQ(Profiles::load(QStringLiteral("replica"))->standbyMaxLag, 7);
        Database viaProfile(Profiles::resolve({}, QStringLiteral("replica")));
        viaProfile.setStandby(*resolved, 7);
        ASSERT_TRUE(eventually([&] { return viaProfile.checkStandby().standby; }))
            << viaProfile.readRoute().reason.toStdString();
        EXPECT_TRUE(viaProfile.runSyncRead(inRecovery));
        EXPECT_FALSE(viaProfile.runSync(inRecovery));

        // A profile without a standby has none; bad standbys are refused and nothing is saved.
        ASSERT_EQ(runHealdesk({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("plain"),
                               QStringLiteral("--db"), primaryUri})
                      .code,
                  0);
        EXPECT_FALSE(Profiles::resolveStandby(QStringLiteral("plain")).has_value());
        const QList<QStringList> refused{
            {QStringLiteral("--standby"), QStringLiteral("postgresql://127.0.0.1:") + p.port}, // the primary itself
            {QStringLiteral("--standby"), QStringLiteral("postgresql:///") + p.dbname},        // no host
            {QStringLiteral("--standby"), standbyUri, QStringLiteral("--standby-max-lag"), QStringLiteral("0")},
            {QStringLiteral("--standby"), QStringLiteral("postgresql://127.0.0.1:99999")},
            {QStringLiteral("--standby-max-lag"), QStringLiteral("5")}, // a lag limit without a standby
        };
        for (const QStringList &extra : refused) {
            const CliRun r = runHealdesk(QStringList{QStringLiteral("profile"), QStringLiteral("add"),
                                                     QStringLiteral("bad"), QStringLiteral("--db"), primaryUri} +
                                         extra);
            SCOPED_TRACE(extra.join(QLatin1Char(' ')).toStdString());
            EXPECT_NE(r.code, 0);
            EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
            EXPECT_FALSE(Profiles::load(QStringLiteral("bad")).has_value());
        }
    }

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
            auto q = s.queryText(QStringLiteral("SELECT count(*) AS n FROM orders WHERE order_id = 'ORD-REPLICA-1'"), {},
                                 QStringLiteral("test"));
            q.next();
            return q.int32("n");
        }) == 1;
    })) << "the order streams to the standby";

    // Right after this console writes, its reads go to the primary (read your writes):
    // the write marks itself, nothing else is called.
    EXPECT_TRUE(db.runSyncRead(inRecovery));
    request.orderId = QStringLiteral("ORD-REPLICA-2");
    QFuture<QList<IssuedOrder>> written = db.submitWrite([request](Session &s) { return Orders::issue(s, request); });
    written.waitForFinished();
    ASSERT_EQ(written.result().size(), 1);
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
