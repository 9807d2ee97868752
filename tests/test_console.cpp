// The console's background work without a window: change batching and its
// hold while a reload runs, the rollup drain, and the reconnect backoff.
#include "ConsoleController.h"
#include "FleetFixture.h"
#include "Wait.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

namespace {

using Batch = QMap<QString, QStringList>;

Batch batchAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<Batch>();
}

} // namespace

TEST(Console, ABurstOfChangesBecomesOneBatchWithEveryId)
{
    TestDatabase t;
    ConsoleController c(&t.db(), nullptr);
    QSignalSpy batches(&c, &ConsoleController::changesReady);
    c.noteChange(QStringLiteral("healdesk_incidents"), {QStringLiteral("a"), QStringLiteral("b")});
    c.noteChange(QStringLiteral("healdesk_incidents"), {QStringLiteral("c")});
    c.noteChange(QStringLiteral("healdesk_orders"), {}); // a bulk change: anything
    ASSERT_TRUE(waitUntil([&] { return batches.count() >= 1; }));
    // A late duplicate would come within the batching delay; none does.
    QTest::qWait(400);
    ASSERT_EQ(batches.count(), 1);
    const Batch batch = batchAt(batches, 0);
    ASSERT_EQ(batch.size(), 2);
    EXPECT_EQ(batch.value(QStringLiteral("healdesk_incidents")),
              (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_TRUE(batch.contains(QStringLiteral("healdesk_orders")));
    EXPECT_TRUE(batch.value(QStringLiteral("healdesk_orders")).isEmpty()) << "empty means anything";

    // More than 500 ids on a channel become "anything" rather than a long list.
    for (int i = 0; i < 502; ++i)
        c.noteChange(QStringLiteral("healdesk_incidents"), {QString::number(i)});
    ASSERT_TRUE(waitUntil([&] { return batches.count() == 2; }));
    EXPECT_TRUE(batchAt(batches, 1).value(QStringLiteral("healdesk_incidents")).isEmpty());
    ASSERT_TRUE(batchAt(batches, 1).contains(QStringLiteral("healdesk_incidents")));
}

TEST(Console, BatchesWaitForTheReloadInFlight)
{
    TestDatabase t;
    ConsoleController c(&t.db(), nullptr);
    QSignalSpy batches(&c, &ConsoleController::changesReady);
    c.noteChange(QStringLiteral("healdesk_incidents"), {QStringLiteral("first")});
    ASSERT_TRUE(waitUntil([&] { return batches.count() == 1; }));
    c.refreshStarted(); // the window started the reload the batch asked for
    c.noteChange(QStringLiteral("healdesk_incidents"), {QStringLiteral("second")});
    c.noteChange(QStringLiteral("healdesk_incidents"), {QStringLiteral("third")});
    QTest::qWait(600);
    EXPECT_EQ(batches.count(), 1) << "held while the reload runs";
    c.refreshFinished();
    ASSERT_TRUE(waitUntil([&] { return batches.count() == 2; }));
    EXPECT_EQ(batchAt(batches, 1).value(QStringLiteral("healdesk_incidents")),
              (QStringList{QStringLiteral("second"), QStringLiteral("third")}));
}

TEST(Console, TheDrainEmptiesTheRollupQueue)
{
    TestDatabase t;
    t.migrate();
    const QStringList apps = insertSite(t, QStringLiteral("site-c"), QStringLiteral("pc"), {1});
    QStringList values;
    for (int i = 0; i < 7; ++i)
        values << QStringLiteral("('exec-c-%1', 'site-c', '%2', 'RB-1', 'site-c-hd1', now() - interval '%1 hour', 3, "
                                 "true, 'L1')")
                      .arg(i)
                      .arg(apps[0]);
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                          "started_at, duration_seconds, success, resolution_level) VALUES ") +
           values.join(QLatin1Char(',')));
    const qint64 queued = t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_telemetry_delta")).toLongLong();
    ASSERT_GE(queued, 7) << "the inserts queue their changes";

    ConsoleController c(&t.db(), nullptr);
    ASSERT_TRUE(c.isDraining());
    c.setDrainInterval(100);
    EXPECT_TRUE(waitUntil(
        [&] { return t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_telemetry_delta")).toLongLong() == 0; },
        20000));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT coalesce(sum(executions), 0) FROM healdesk_telemetry_rollup "
                                      "WHERE site_id = 'site-c' AND grain = 'd' AND NOT fleet"))
                  .toLongLong(),
              7);
}

TEST(Console, AnUnreachableServerStartsTheBackoffAndDoublesIt)
{
    ConnectionConfig config = TestDatabase::clusterConfig();
    config.host = QStringLiteral("127.0.0.1");
    config.port = QStringLiteral("1"); // nothing listens there
    config.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("2"));
    Database db(config);
    ConsoleController c(&db, nullptr);
    EXPECT_FALSE(c.connection().outage);
    c.loadFailed(); // as a page reports a load that could not connect
    ASSERT_TRUE(c.connection().outage);
    EXPECT_EQ(c.connection().secondsLeft, 1);
    // After the first attempt fails the next wait is 2 s, then 4 s.
    QList<int> waits;
    QObject::connect(&c, &ConsoleController::connectionChanged, [&] {
        const auto &s = c.connection();
        if (!s.probing && s.outage && (waits.isEmpty() || s.secondsLeft > waits.constLast()))
            waits << s.secondsLeft;
    });
    ASSERT_TRUE(waitUntil([&] { return waits.contains(4); }, 30000)) << waits.size();
    EXPECT_TRUE(waits.contains(2));
    EXPECT_TRUE(c.connection().outage);
    EXPECT_FALSE(c.connection().connected);
}
