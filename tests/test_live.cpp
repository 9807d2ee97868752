#include "ChangeListener.h"
#include "ConsoleController.h"
#include "Fleet.h"
#include "FleetFixture.h"
#include "FleetModels.h"
#include "FleetPage.h"
#include "IncidentModel.h"
#include "IncidentsPage.h"
#include "MainWindow.h"
#include "Wait.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QLabel>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUuid>

#include <atomic>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

namespace {

QStringList idsOn(const QSignalSpy &spy, const QString &channel)
{
    QStringList ids;
    for (const auto &args : spy)
        if (args.at(0).toString() == channel)
            ids += args.at(1).toStringList();
    return ids;
}

bool sawChannel(const QSignalSpy &spy, const QString &channel)
{
    for (const auto &args : spy)
        if (args.at(0).toString() == channel)
            return true;
    return false;
}

} // namespace

TEST(Live, NotificationsCarryIdsAndSurviveATerminatedBackend)
{
    TestDatabase t;
    t.migrate();
    const QStringList apps = insertSite(t, QStringLiteral("site-n"), QStringLiteral("p"), {1});
    ChangeListener listener(t.config());
    QSignalSpy changed(&listener, &ChangeListener::changed);
    QSignalSpy state(&listener, &ChangeListener::listeningChanged);
    QSignalSpy reconnected(&listener, &ChangeListener::reconnected);
    listener.start();
    ASSERT_TRUE(waitUntil([&] { return listener.isListening(); }));

    const QString id = uuidFor(QStringLiteral("live-1"));
    t.exec(
        QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity) VALUES (?, ?, 'x', 'low')"),
        {id, apps[0]});
    ASSERT_TRUE(waitUntil([&] { return idsOn(changed, QStringLiteral("healdesk_incidents")).contains(id); }));

    // A bulk statement says "reload" instead of listing thousands of IDs.
    changed.clear();
    t.exec(QStringLiteral("INSERT INTO incidents (appliance_id, incident_type, severity) "
                          "SELECT ?, 'bulk', 'low' FROM generate_series(1, 150)"),
           {apps[0]});
    ASSERT_TRUE(waitUntil([&] { return sawChannel(changed, QStringLiteral("healdesk_incidents")); }));
    EXPECT_TRUE(idsOn(changed, QStringLiteral("healdesk_incidents")).isEmpty());

    // Orders and telemetry have channels too.
    changed.clear();
    t.exec(QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id) VALUES ('ORD-L', ?, 'RB-X')"),
           {apps[0]});
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                          "success, order_id) VALUES ('live-e', 'site-n', ?, 'RB-X', 'h', true, 'ORD-L')"),
           {apps[0]});
    ASSERT_TRUE(waitUntil([&] {
        return sawChannel(changed, QStringLiteral("healdesk_telemetry")) &&
               idsOn(changed, QStringLiteral("healdesk_orders")).size() >= 2;
    }));

    // Kill the listening backend: the listener says so, reconnects, and hears the next change.
    const int killed = t.scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                                               "application_name = 'healdesk-listen' AND datname = current_database()"))
                           .toInt();
    ASSERT_EQ(killed, 1);
    ASSERT_TRUE(waitUntil([&] { return reconnected.count() == 1; }));
    bool sawDown = false;
    for (const auto &args : state)
        sawDown = sawDown || !args.at(0).toBool();
    EXPECT_TRUE(sawDown);
    changed.clear();
    const QString id2 = uuidFor(QStringLiteral("live-2"));
    t.exec(
        QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity) VALUES (?, ?, 'x', 'low')"),
        {id2, apps[0]});
    ASSERT_TRUE(waitUntil([&] { return idsOn(changed, QStringLiteral("healdesk_incidents")).contains(id2); }));
}

TEST(Live, TheVisiblePageUpdatesWithoutPollingOrAClick)
{
    TestDatabase t;
    t.migrate();
    const QStringList apps = insertSite(t, QStringLiteral("site-w"), QStringLiteral("p"), {1});
    ChangeListener listener(t.config());
    listener.start();
    ASSERT_TRUE(waitUntil([&] { return listener.isListening(); }));
    ConsoleController controller(&t.db(), &listener);
    MainWindow w(&controller);
    w.show();
    w.periodBox()->setCurrentIndex(w.periodBox()->findData(QStringLiteral("all")));
    w.showPage(1);
    IncidentModel *model = w.incidentsPage()->model();
    ASSERT_TRUE(waitUntil([&] { return model->totalCount().has_value(); }));
    EXPECT_EQ(*model->totalCount(), 0);

    t.exec(QStringLiteral("INSERT INTO incidents (appliance_id, incident_type, severity) VALUES (?, 'pushed', 'high')"),
           {apps[0]});
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 1; }, 10000));
    EXPECT_EQ(model->index(0, IncidentModel::Type).data().toString(), QStringLiteral("pushed"));
    // A status change on a shown row arrives too.
    t.exec(QStringLiteral("UPDATE incidents SET status = 'resolved'"));
    ASSERT_TRUE(waitUntil(
        [&] { return model->index(0, IncidentModel::Status).data().toString() == QLatin1String("resolved"); }, 10000));
}

TEST(Live, APageSlowerThanItsNotificationsStillShowsNewRows)
{
    // Every Fleet reload waits on a lock held 300 ms at a time while telemetry
    // notifications come every 20 ms. A reload must wait for the one in flight
    // instead of superseding it before it answers: superseded answers are
    // dropped, so the page would never show anything new while agents write.
    TestDatabase t;
    t.migrate();
    insertSite(t, QStringLiteral("site-1"), QStringLiteral("p"), {1});
    ChangeListener listener(t.config());
    listener.start();
    ASSERT_TRUE(waitUntil([&] { return listener.isListening(); }));
    ConsoleController controller(&t.db(), &listener);
    MainWindow w(&controller);
    w.show();
    w.showPage(0);
    SiteModel *sites = w.fleetPage()->siteModel();
    ASSERT_TRUE(waitUntil([&] { return sites->rowCount() == 1; }));

    std::atomic<bool> stop{false};
    Database locker(t.config());
    QFuture<int> locking = locker.submit([&stop](Session &s) {
        int cycles = 0;
        while (!stop) {
            s.transaction([&] {
                s.script(QStringLiteral("LOCK TABLE partners IN ACCESS EXCLUSIVE MODE"), QStringLiteral("test"));
                s.script(QStringLiteral("SELECT pg_sleep(0.3)"), QStringLiteral("test"));
            });
            ++cycles;
        }
        return cycles;
    });
    Database notifier(t.config());
    QTimer stream;
    stream.setInterval(20);
    QObject::connect(&stream, &QTimer::timeout, [&] {
        notifier.submit([](Session &s) {
            s.script(QStringLiteral("SELECT pg_notify('healdesk_telemetry', '')"), QStringLiteral("test"));
            return 0;
        });
    });
    stream.start();
    waitUntil([] { return false; }, 1500);
    insertSite(t, QStringLiteral("site-2"), QStringLiteral("p2"), {1});
    EXPECT_TRUE(waitUntil([&] { return sites->rowCount() == 2; }, 8000))
        << "the new site did not show while notifications kept coming";
    EXPECT_TRUE(stream.isActive());
    stream.stop();
    stop = true;
    locking.waitForFinished();
    EXPECT_GT(locking.result(), 3) << "the lock was held in turns all along";
}

// An action taken in one console (its Incidents page, off the GUI thread) writes its event and audit row, and
// another console's list shows it without a click: a note too, which changes no incident column.
TEST(Live, AnIncidentActionInOneConsoleReachesAnotherLive)
{
    TestDatabase t;
    t.migrate();
    const QStringList apps = insertSite(t, QStringLiteral("site-act"), QStringLiteral("p"), {1});
    const QString id = uuidFor(QStringLiteral("act-live"));
    t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status) "
                          "VALUES (?, ?, 'firewall_disabled', 'critical', 'escalated')"),
           {id, apps[0]});
    const QString me = t.scalar(QStringLiteral("SELECT session_user")).toString();

    // The other console: its own connection and listener.
    Database otherDb(t.config());
    ChangeListener listener(t.config());
    listener.start();
    ASSERT_TRUE(waitUntil([&] { return listener.isListening(); }));
    ConsoleController otherController(&otherDb, &listener);
    MainWindow other(&otherController);
    other.show();
    other.periodBox()->setCurrentIndex(other.periodBox()->findData(QStringLiteral("all")));
    other.showPage(1);
    IncidentModel *seen = other.incidentsPage()->model();
    ASSERT_TRUE(waitUntil([&] { return seen->rowCount() == 1; }));
    EXPECT_TRUE(seen->index(0, IncidentModel::Owner).data().toString().isEmpty());

    // This console acknowledges from its selection.
    ConsoleController controller(&t.db(), nullptr);
    MainWindow w(&controller);
    w.show();
    w.periodBox()->setCurrentIndex(w.periodBox()->findData(QStringLiteral("all")));
    w.showPage(1);
    IncidentsPage *page = w.incidentsPage();
    ASSERT_TRUE(waitUntil([&] { return page->model()->rowCount() == 1; }));
    page->view()->selectRow(0);
    const IncidentAction ack = page->selectedAction(IncidentActionKind::Acknowledge);
    ASSERT_EQ(ack.incidentIds, QStringList{id});
    EXPECT_EQ(ack.seen.value(id), (IncidentSeen{0, QStringLiteral("escalated")}));
    awaitTask(page->applyAction(ack));
    EXPECT_TRUE(page->lastActionMessage().contains(QStringLiteral("Acknowledged"))) << page->lastActionMessage().toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT healdesk_owner FROM incidents WHERE id = ?"), {id}).toString(), me);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'incident.acknowledge' "
                                      "AND target = ?"),
                       {id})
                  .toInt(),
              1);
    ASSERT_TRUE(waitUntil([&] { return seen->index(0, IncidentModel::Owner).data().toString() == me; }, 10000));

    // The same view again is stale now: refused, nothing written, and this list catches up.
    IncidentAction stale = ack; // the view from before the acknowledgement
    stale.actionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stale.kind = IncidentActionKind::Note;
    stale.text = QStringLiteral("stale");
    awaitTask(page->applyAction(stale));
    EXPECT_TRUE(page->lastActionMessage().contains(QStringLiteral("acknowledged by ") + me))
        << page->lastActionMessage().toStdString();
    EXPECT_TRUE(page->noticeLabel()->isVisible());
    EXPECT_EQ(page->noticeLabel()->text(), page->lastActionMessage());
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_events")).toInt(), 1);

    // A note from the fresh view changes no incident column, yet the other console's list learns of it (its latest
    // event), and so does its open detail pane.
    ASSERT_TRUE(waitUntil([&] { return page->model()->index(0, 0).data(IncidentModel::LastEventRole).toLongLong() > 0; }));
    other.incidentsPage()->view()->selectRow(0);
    ASSERT_TRUE(waitUntil([&] { return other.incidentsPage()->detailView()->toPlainText().contains(QStringLiteral("acknowledged by")); }));
    const qint64 seenBefore = seen->index(0, 0).data(IncidentModel::LastEventRole).toLongLong();
    page->view()->selectRow(0);
    IncidentAction note = page->selectedAction(IncidentActionKind::Note);
    note.text = QStringLiteral("called the clinic manager");
    awaitTask(page->applyAction(note));
    ASSERT_TRUE(waitUntil([&] { return seen->index(0, 0).data(IncidentModel::LastEventRole).toLongLong() > seenBefore; },
                          10000));
    ASSERT_TRUE(waitUntil([&] {
        return other.incidentsPage()->detailView()->toPlainText().contains(QStringLiteral("called the clinic manager"));
    }, 10000)) << other.incidentsPage()->detailView()->toPlainText().toStdString();
}
