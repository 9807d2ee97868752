// The console against a database server that restarts, loses backends and
// loses the console itself mid-write. Every test runs on a cluster of its own
// (ScratchCluster), so stopping the server disturbs no other test.

#include "ChangeListener.h"
#include "CliRun.h"
#include "ConsoleController.h"
#include "Fleet.h"
#include "FleetFixture.h"
#include "FleetModels.h"
#include "FleetPage.h"
#include "IncidentModel.h"
#include "Incidents.h"
#include "IncidentsPage.h"
#include "IssueOrderDialog.h"
#include "MainWindow.h"
#include "ScratchCluster.h"
#include "Wait.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>

using namespace hd;
using namespace hd::test;

namespace {

class FaultsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_cluster = new ScratchCluster;
        s_cluster->server().start();
        s_cluster->useForTests();
    }
    static void TearDownTestSuite()
    {
        delete s_cluster;
        s_cluster = nullptr;
    }

    void SetUp() override
    {
        t = std::make_unique<TestDatabase>();
        t->migrate();
        t->allowUnsignedOrders();
        apps = insertSite(*t, QStringLiteral("site-f"), QStringLiteral("p"), {1, 2});
        t->exec(
            QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity, hipaa_controls, is_disruptive) "
                           "VALUES ('RB-FW', 'Firewall', 'firewall', 'high', '{164.312(e)(1)}', false)"));
    }
    void TearDown() override { t.reset(); }

    // A separate connection for the test's own checks: the console's may be dead.
    Database &control()
    {
        if (!m_control)
            m_control = std::make_unique<Database>(t->config());
        return *m_control;
    }
    QVariant scalar(const QString &sql)
    {
        // Retried once: after a restart the first call only finds the old connection gone.
        for (int attempt = 0;; ++attempt) {
            try {
                return control().runSync([sql](Session &s) {
                    auto q = s.queryText(sql, {}, QStringLiteral("test check"));
                    return q.next() ? q.query().value(0) : QVariant();
                });
            } catch (const Error &e) {
                if (e.code() != Error::Code::ConnectionLost || attempt > 0)
                    throw;
            }
        }
    }
    void exec(const QString &sql) { scalar(sql); }
    // Backends of this database waiting for a lock: the console's blocked statement.
    int lockWaiters()
    {
        return scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                     "AND wait_event_type = 'Lock'"))
            .toInt();
    }
    int terminateLockWaiters()
    {
        return scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                     "WHERE datname = current_database() AND wait_event_type = 'Lock'"))
            .toInt();
    }
    qint64 ordersLike(const QString &prefix)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM orders WHERE order_id LIKE '%1%%'").arg(prefix))
            .toLongLong();
    }
    qint64 auditLike(const QString &prefix)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.issue' "
                                     "AND target LIKE '%1%%'")
                          .arg(prefix))
            .toLongLong();
    }

    // Holds a lock in a transaction of its own until release().
    class Locker
    {
    public:
        Locker(const ConnectionConfig &config, const QString &lockStatement) : m_db(config)
        {
            m_db.runSync([lockStatement](Session &s) {
                s.begin();
                s.script(lockStatement, QStringLiteral("test lock"));
            });
        }
        void release()
        {
            m_db.runSync([](Session &s) { s.commit(); });
        }

    private:
        Database m_db;
    };

    static ScratchCluster *s_cluster;
    std::unique_ptr<TestDatabase> t;
    QStringList apps;

private:
    std::unique_ptr<Database> m_control;
};

ScratchCluster *FaultsTest::s_cluster = nullptr;

} // namespace

TEST_F(FaultsTest, ServerRestartShowsABannerKeepsThePageAndResubscribes)
{
    ChangeListener listener(t->config());
    listener.start();
    ASSERT_TRUE(waitUntil([&] { return listener.isListening(); }));
    ConsoleController controller(&t->db(), &listener);
    MainWindow w(&controller);
    QSignalSpy reconnects(&listener, &ChangeListener::reconnected);
    w.show();
    w.showPage(0);
    ASSERT_TRUE(waitUntil([&] { return w.fleetPage()->hasData(); }));
    ASSERT_EQ(w.fleetPage()->siteModel()->rowCount(), 1);
    EXPECT_FALSE(w.offlineBanner()->isVisible());

    // Stop the server: the listener hears it, the console checks its own
    // connection and says it is offline, still showing what it had.
    s_cluster->server().stop();
    ASSERT_TRUE(waitUntil([&] { return w.offlineBanner()->isVisible(); }, 30000));
    const QString bannerText = w.offlineBanner()->findChild<QLabel *>(QStringLiteral("offlineBannerText"))->text();
    EXPECT_TRUE(bannerText.contains(QStringLiteral("No connection to the database"))) << bannerText.toStdString();
    EXPECT_TRUE(bannerText.contains(QStringLiteral("loaded at"))) << bannerText.toStdString();
    EXPECT_EQ(w.fleetPage()->siteModel()->rowCount(), 1) << "the page dropped what it showed";
    // F5 while offline fails, and still keeps the rows.
    w.fleetPage()->reload();
    QTest::qWait(300);
    EXPECT_EQ(w.fleetPage()->siteModel()->rowCount(), 1);

    s_cluster->server().start();
    ASSERT_TRUE(waitUntil([&] { return !w.offlineBanner()->isVisible() && listener.isListening(); }, 60000))
        << "banner " << w.offlineBanner()->isVisible() << ", listening " << listener.isListening() << ", label "
        << w.connectionLabel()->text().toStdString();

    // Notifications flow again: a site added now reaches the page without F5.
    exec(QStringLiteral("INSERT INTO sites (id, name, partner_id) SELECT 'site-new', 'Site new', partner_id "
                        "FROM sites WHERE id = 'site-f'; "
                        "INSERT INTO appliances (id, site_id, hostname, agent_version, last_checkin) "
                        "VALUES ('%1', 'site-new', 'new-hd1', '2.5.0', now())")
             .arg(uuidFor(QStringLiteral("site-new/0"))));
    EXPECT_TRUE(waitUntil([&] { return w.fleetPage()->siteModel()->rowCount() == 2; }, 30000));
    EXPECT_GE(reconnects.count(), 1);
}

TEST_F(FaultsTest, StartedWhileTheServerIsDownTheConsoleWaitsAndLoadsWhenItIsBack)
{
    s_cluster->server().stop();
    Database db(t->config()); // never connected yet
    ConsoleController controller(&db, nullptr);
    MainWindow w(&controller);
    w.show();
    w.showPage(0);
    ASSERT_TRUE(waitUntil([&] { return w.offlineBanner()->isVisible(); }, 30000));
    EXPECT_FALSE(w.fleetPage()->hasData());
    const QString bannerText = w.offlineBanner()->findChild<QLabel *>(QStringLiteral("offlineBannerText"))->text();
    EXPECT_TRUE(bannerText.contains(QStringLiteral("Nothing was loaded yet"))) << bannerText.toStdString();

    s_cluster->server().start();
    EXPECT_TRUE(waitUntil([&] { return !w.offlineBanner()->isVisible() && w.fleetPage()->hasData(); }, 60000));
    EXPECT_EQ(w.fleetPage()->siteModel()->rowCount(), 1);
}

TEST_F(FaultsTest, ABackendTerminatedDuringAPageLoadIsRetriedAfterReconnecting)
{
    const int before = 5, added = 3;
    auto addIncidents = [&](int n, const QString &type) {
        exec(QStringLiteral("INSERT INTO incidents (appliance_id, incident_type, severity) "
                            "SELECT '%1', '%2', 'low' FROM generate_series(1, %3)")
                 .arg(apps[0], type)
                 .arg(n));
    };
    addIncidents(before, QStringLiteral("first"));
    ConsoleController controller(&t->db(), nullptr);
    MainWindow w(&controller);
    w.show();
    w.showPage(1);
    IncidentModel *model = w.incidentsPage()->model();
    ASSERT_TRUE(waitUntil([&] { return w.incidentsPage()->hasData() && model->totalCount() == before; }));
    QTest::qWait(300); // the window's first loads settle
    addIncidents(added, QStringLiteral("second"));
    const int shown = model->rowCount();

    // The next load blocks on a lock; its backend is terminated while it waits.
    // The console notices the lost connection (the next query opens a new
    // one at once, so an outage banner may only flash: the signal is what
    // can be waited for), and the page keeps its rows.
    QSignalSpy connection(&t->db(), &Database::connectionChanged);
    Locker lock(t->config(), QStringLiteral("LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE"));
    w.incidentsPage()->reload();
    ASSERT_TRUE(waitUntil([&] { return lockWaiters() > 0; }));
    EXPECT_GE(terminateLockWaiters(), 1);
    ASSERT_TRUE(waitUntil([&] { return !connection.isEmpty() && !connection.first().at(0).toBool(); }));
    EXPECT_EQ(model->rowCount(), shown) << "the page dropped what it showed";
    lock.release();

    // Reconnected on its own, then loaded again: the new rows are there.
    EXPECT_TRUE(waitUntil(
        [&] {
            return !w.offlineBanner()->isVisible() && model->totalCount() == before + added &&
                   model->rowCount() == before + added;
        },
        60000));
}

TEST_F(FaultsTest, LiveUpdatesSurviveTerminatedBackendsWithoutLosingRows)
{
    ChangeListener listener(t->config());
    listener.start();
    ASSERT_TRUE(waitUntil([&] { return listener.isListening(); }));
    ConsoleController controller(&t->db(), &listener);
    MainWindow w(&controller);
    w.show();
    w.showPage(1);
    IncidentModel *model = w.incidentsPage()->model();
    ASSERT_TRUE(waitUntil([&] { return w.incidentsPage()->hasData(); }));

    // An agent writing an incident every 50 ms on a connection of its own.
    ConnectionConfig agentConfig = t->config();
    agentConfig.options.insert(QStringLiteral("application_name"), QStringLiteral("test-agent"));
    Database agent(agentConfig);
    int written = 0;
    const QString appliance = apps[1];
    auto writeOne = [&] {
        agent.runSync([appliance](Session &s) {
            s.queryText(QStringLiteral(
                            "INSERT INTO incidents (appliance_id, incident_type, severity) VALUES (?, 'live', 'low')"),
                        {appliance}, QStringLiteral("agent"));
        });
        ++written;
    };
    for (int i = 0; i < 10; ++i) {
        writeOne();
        QTest::qWait(50);
    }
    // Every backend of the console (queries and listener) is cut mid-stream.
    const int cut = scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                          "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                                          "AND application_name <> 'test-agent' AND backend_type = 'client backend'"))
                        .toInt();
    EXPECT_GE(cut, 2) << "expected the listener's and the console's backends";
    for (int i = 0; i < 10; ++i) {
        writeOne();
        QTest::qWait(50);
    }
    const qint64 inDatabase =
        scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE incident_type = 'live'")).toLongLong();
    ASSERT_EQ(inDatabase, written);
    // Whatever arrived while nobody listened is picked up on reconnecting.
    EXPECT_TRUE(waitUntil([&] { return listener.isListening() && model->totalCount() == written; }, 60000))
        << "shown " << model->totalCount().value_or(-1) << " of " << written;
}

TEST_F(FaultsTest, AnOrderCutOffByARestartIsWrittenOnceOrReportedNotWritten)
{
    IssueOrderDialog d(&t->db(), {apps[0]}, QString(), QStringLiteral("restart target"));
    ASSERT_TRUE(waitUntil([&] { return d.isReady(); }));
    d.selectRunbook(QStringLiteral("RB-FW"));
    d.reasonBox()->setText(QStringLiteral("restart during order"));

    // The order's transaction blocks at its audit row; then the server restarts.
    auto lock = std::make_unique<Locker>(t->config(), QStringLiteral("LOCK TABLE admin_audit_log IN EXCLUSIVE MODE"));
    QCoro::Task<> sending = d.submit();
    ASSERT_TRUE(waitUntil([&] { return lockWaiters() > 0; }));
    s_cluster->server().restart();
    lock.reset(); // its connection died with the restart
    awaitTask(std::move(sending));

    const QString base = d.orderIdBase();
    if (d.result() == QDialog::Accepted) {
        // The dialog's own retry went through after the restart.
        EXPECT_EQ(ordersLike(base), 1);
        EXPECT_EQ(auditLike(base), 1);
    } else {
        // The retry found the server still down: it says not written, and nothing is.
        EXPECT_TRUE(d.messageLabel()->text().contains(QStringLiteral("Not written")))
            << d.messageLabel()->text().toStdString();
        EXPECT_EQ(ordersLike(base), 0);
        EXPECT_EQ(auditLike(base), 0);
        awaitTask(d.submit());
        EXPECT_EQ(d.result(), QDialog::Accepted) << d.messageLabel()->text().toStdString();
        EXPECT_EQ(ordersLike(base), 1);
        EXPECT_EQ(auditLike(base), 1);
    }
}

TEST_F(FaultsTest, AnOrderCutOffTwiceIsNotConfirmedAndIssuingAgainWritesItOnce)
{
    IssueOrderDialog d(&t->db(), {apps[0], apps[1]}, QString(), QStringLiteral("two appliances"));
    ASSERT_TRUE(waitUntil([&] { return d.isReady(); }));
    d.selectRunbook(QStringLiteral("RB-FW"));
    d.reasonBox()->setText(QStringLiteral("terminated twice"));
    const QString base = d.orderIdBase();

    Locker lock(t->config(), QStringLiteral("LOCK TABLE admin_audit_log IN EXCLUSIVE MODE"));
    QCoro::Task<> sending = d.submit();
    for (int cut = 0; cut < 2; ++cut) {
        ASSERT_TRUE(waitUntil([&] { return lockWaiters() > 0; })) << "attempt " << cut;
        ASSERT_EQ(terminateLockWaiters(), 1);
        // Let the first cut be seen before the dialog's retry blocks again.
        ASSERT_TRUE(waitUntil([&] { return lockWaiters() == 0; }));
    }
    awaitTask(std::move(sending));
    EXPECT_NE(d.result(), QDialog::Accepted);
    EXPECT_TRUE(d.messageLabel()->text().contains(QStringLiteral("not confirmed")))
        << d.messageLabel()->text().toStdString();
    lock.release();
    EXPECT_EQ(ordersLike(base), 0);
    EXPECT_EQ(auditLike(base), 0);

    // Issue again: the same IDs, written exactly once.
    awaitTask(d.submit());
    EXPECT_EQ(d.result(), QDialog::Accepted) << d.messageLabel()->text().toStdString();
    EXPECT_EQ(ordersLike(base), 2);
    EXPECT_EQ(auditLike(base), 2);
    // And once more, as a user double-clicking after a slow answer would: nothing new.
    const qint64 auditRows = scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log")).toLongLong();
    awaitTask(d.submit());
    EXPECT_EQ(ordersLike(base), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log")).toLongLong(), auditRows);
}

TEST_F(FaultsTest, KillingTheConsoleMidOrderLeavesAWholeOrderOrNothing)
{
    const QString uri = QStringLiteral("postgresql:///%1?host=%2&port=%3")
                            .arg(t->name(), s_cluster->server().socketDir())
                            .arg(s_cluster->server().port());
    auto orderArgs = [&](const QString &id) {
        return QStringList{QStringLiteral("order"),       QStringLiteral("issue"),
                           QStringLiteral("--db"),        uri,
                           QStringLiteral("--appliance"), apps[0],
                           QStringLiteral("--runbook"),   QStringLiteral("RB-FW"),
                           QStringLiteral("--reason"),    QStringLiteral("kill test"),
                           QStringLiteral("--order-id"),  id};
    };

    // Killed while its transaction waits to write the audit row (the order row is already inserted).
    Locker lock(t->config(), QStringLiteral("LOCK TABLE admin_audit_log IN EXCLUSIVE MODE"));
    QProcess console;
    console.start(QStringLiteral(HEALDESK_EXECUTABLE), orderArgs(QStringLiteral("KILLED")));
    ASSERT_TRUE(console.waitForStarted());
    ASSERT_TRUE(waitUntil([&] { return lockWaiters() > 0; }));
    const int pid = scalar(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                          "AND wait_event_type = 'Lock'"))
                        .toInt();
    ::kill(pid_t(console.processId()), SIGKILL);
    ASSERT_TRUE(console.waitForFinished(10000));
    EXPECT_EQ(console.exitStatus(), QProcess::CrashExit);
    lock.release();
    ASSERT_TRUE(waitUntil([&] {
        return scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)).toInt() == 0;
    }));
    EXPECT_EQ(ordersLike(QStringLiteral("KILLED")), 0);
    EXPECT_EQ(auditLike(QStringLiteral("KILLED")), 0);

    // The same command left alone writes the whole order with its audit row.
    const CliRun whole = runHealdesk(orderArgs(QStringLiteral("WHOLE")));
    ASSERT_EQ(whole.code, 0) << whole.err.toStdString();
    EXPECT_EQ(ordersLike(QStringLiteral("WHOLE")), 1);
    EXPECT_EQ(auditLike(QStringLiteral("WHOLE")), 1);
}
