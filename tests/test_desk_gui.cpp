// The technician's desk in the console, on a real X server (issue 23): the escalation queue opens first when it
// holds something, in the order worked out here from the rows; acting from it, mine and unassigned, a live insert
// from elsewhere, the incident's timeline beside it, the SLA hours an admin sets in its dialog, and the Orders page
// grouped by batch with an order's detail.

#include "ChangeListener.h"
#include "ConsoleController.h"
#include "FleetFixture.h"
#include "IncidentDesk.h"
#include "MainWindow.h"
#include "OrderDetailDialog.h"
#include "OrderModel.h"
#include "Orders.h"
#include "OrdersPage.h"
#include "QueueModel.h"
#include "QueuePage.h"
#include "Wait.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

using namespace hd;
using namespace hd::test;

namespace {

QStringList keysOf(const QTableView *view)
{
    QStringList keys;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        keys << view->model()->index(r, 0).data(KeyRole).toString();
    return keys;
}

} // namespace

TEST(DeskGui, TheQueueOpensFirstInItsOrderAndActsLive)
{
    ASSERT_EQ(QGuiApplication::platformName(), QStringLiteral("xcb")); // a real X server, not offscreen
    TestDatabase t;
    t.migrate();
    const QStringList apps = insertSite(t, QStringLiteral("site-q"), QStringLiteral("Q"), {1, 1});
    const QString me = t.scalar(QStringLiteral("SELECT session_user")).toString();
    // The fleet's SLA hours, as migration 29 sets them.
    const QMap<QString, int> sla{{QStringLiteral("critical"), 1}, {QStringLiteral("high"), 4},
                                 {QStringLiteral("medium"), 24}, {QStringLiteral("low"), 72}};
    struct Case
    {
        QString key;
        QString severity;
        QString status;
        int minutesAgo;
        bool failedRun;
    };
    const QList<Case> cases{
        {QStringLiteral("critical-late"), QStringLiteral("critical"), QStringLiteral("open"), 120, false},
        {QStringLiteral("high-escalated"), QStringLiteral("high"), QStringLiteral("escalated"), 10, false},
        {QStringLiteral("low-quiet"), QStringLiteral("low"), QStringLiteral("open"), 10, false},
        {QStringLiteral("medium-failed"), QStringLiteral("medium"), QStringLiteral("open"), 60, true},
        {QStringLiteral("high-late"), QStringLiteral("high"), QStringLiteral("open"), 300, false},
        {QStringLiteral("critical-resolved"), QStringLiteral("critical"), QStringLiteral("resolved"), 300, false},
    };
    const QStringList ranks{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                            QStringLiteral("low")};
    QList<std::tuple<int, int, int, QString>> expected; // not breached, severity rank, -age, id
    for (const Case &c : cases) {
        const QString id = uuidFor(c.key);
        t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status, reported_at) "
                              "VALUES (?, ?, 'firewall_disabled', ?, ?, now() - ? * interval '1 minute')"),
               {id, apps[0], c.severity, c.status, c.minutesAgo});
        if (c.failedRun)
            t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, "
                                  "runbook_id, hostname, resolution_level, success, started_at, completed_at) VALUES "
                                  "(?, ?, 'site-q', ?, 'L1-FIREWALL-001', 'h', 'L1', false, now() - interval '5 "
                                  "minutes', now() - interval '4 minutes')"),
                   {c.key, id, apps[0]});
        const bool breached = c.minutesAgo > sla.value(c.severity) * 60;
        if (c.status == QLatin1String("resolved") || !(breached || c.status == QLatin1String("escalated") || c.failedRun))
            continue;
        expected.append({breached ? 0 : 1, int(ranks.indexOf(c.severity)), -c.minutesAgo, id});
    }
    std::sort(expected.begin(), expected.end());
    QStringList want;
    for (const auto &e : expected)
        want << std::get<3>(e);
    ASSERT_EQ(want.size(), 4); // the check saw the rows it means to

    ChangeListener listener(t.config());
    listener.start();
    ASSERT_TRUE(waitUntil([&] { return listener.isListening(); }));
    ConsoleController controller(&t.db(), &listener);
    MainWindow w(&controller);
    w.resize(1400, 900);
    w.show();
    QueuePage *queue = w.queuePage();
    // Nothing chosen: the console turns to the queue once it has answered.
    ASSERT_TRUE(waitUntil([&] { return w.currentPage() == queue; }, 10000));
    ASSERT_TRUE(waitUntil([&] { return queue->model()->rowCount() == want.size(); }));
    EXPECT_EQ(keysOf(queue->view()), want);
    const QAbstractItemModel *shown = queue->view()->model();
    EXPECT_EQ(shown->index(0, QueueModel::TimeLeft).data(ToneRole).toString(), QStringLiteral("bad"));
    EXPECT_TRUE(shown->index(0, QueueModel::TimeLeft).data().toString().contains(QStringLiteral("over")));
    EXPECT_TRUE(shown->index(2, QueueModel::TimeLeft).data().toString().contains(QStringLiteral("left")));
    EXPECT_TRUE(queue->countLabel()->text().startsWith(QStringLiteral("4 "))) << queue->countLabel()->text().toStdString();
    EXPECT_TRUE(queue->countLabel()->text().contains(QStringLiteral("2 past"))) << queue->countLabel()->text().toStdString();
    EXPECT_EQ(shown->index(3, QueueModel::Why).data().toString(), QStringLiteral("last run failed"));

    // The first row's timeline stands beside the list.
    ASSERT_TRUE(waitUntil([&] { return queue->detailView()->toPlainText().contains(QStringLiteral("Reported")); }))
        << queue->detailView()->toPlainText().toStdString();

    // Take the escalated one: it is mine, and the Mine and Unassigned filters agree.
    const int escalatedRow = int(want.indexOf(uuidFor(QStringLiteral("high-escalated"))));
    queue->view()->selectRow(escalatedRow);
    awaitTask(queue->desk()->applyAction(queue->desk()->selectedAction(IncidentActionKind::Acknowledge)));
    EXPECT_TRUE(queue->desk()->lastMessage().contains(QStringLiteral("Acknowledged"))) << queue->desk()->lastMessage().toStdString();
    ASSERT_TRUE(waitUntil([&] {
        const int row = int(keysOf(queue->view()).indexOf(uuidFor(QStringLiteral("high-escalated"))));
        return row >= 0 && shown->index(row, QueueModel::Owner).data().toString() == me;
    }));
    queue->ownerBox()->setCurrentIndex(queue->ownerBox()->findData(QStringLiteral("@me")));
    ASSERT_TRUE(waitUntil([&] { return keysOf(queue->view()) == QStringList{uuidFor(QStringLiteral("high-escalated"))}; }));
    queue->ownerBox()->setCurrentIndex(queue->ownerBox()->findData(QStringLiteral("@none")));
    QStringList unassigned = want;
    unassigned.removeAll(uuidFor(QStringLiteral("high-escalated")));
    ASSERT_TRUE(waitUntil([&] { return keysOf(queue->view()) == unassigned; }));

    // A new escalation written elsewhere (an agent) appears with no click.
    const QString fresh = uuidFor(QStringLiteral("fresh-escalation"));
    t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status) "
                          "VALUES (?, ?, 'backup_failed', 'critical', 'escalated')"),
           {fresh, apps[1]});
    ASSERT_TRUE(waitUntil([&] { return keysOf(queue->view()).contains(fresh); }, 10000));

    // A note from the queue shows in the timeline.
    queue->ownerBox()->setCurrentIndex(0);
    ASSERT_TRUE(waitUntil([&] { return keysOf(queue->view()).size() == want.size() + 1; }));
    const int freshRow = int(keysOf(queue->view()).indexOf(fresh));
    queue->view()->selectRow(freshRow);
    IncidentAction note = queue->desk()->selectedAction(IncidentActionKind::Note);
    note.text = QStringLiteral("clinic manager called back");
    awaitTask(queue->desk()->applyAction(note));
    ASSERT_TRUE(waitUntil([&] {
        return queue->detailView()->toPlainText().contains(QStringLiteral("clinic manager called back"));
    }, 10000)) << queue->detailView()->toPlainText().toStdString();
    w.grab().save(QStringLiteral("desk-queue.png"));
}

TEST(DeskGui, AnAdminSetsAPartnersSlaInTheDialogAndTheQueueFollows)
{
    ASSERT_EQ(QGuiApplication::platformName(), QStringLiteral("xcb"));
    TestDatabase t;
    t.migrate();
    const QStringList apps = insertSite(t, QStringLiteral("site-s"), QStringLiteral("S"), {1});
    const QString id = uuidFor(QStringLiteral("medium-3h"));
    t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status, reported_at) "
                          "VALUES (?, ?, 'firewall_disabled', 'medium', 'open', now() - interval '3 hours')"),
           {id, apps[0]});
    ConsoleController controller(&t.db(), nullptr);
    MainWindow w(&controller);
    w.show();
    QueuePage *queue = w.queuePage();
    w.showPage(int(w.pageCount()) - 1);
    ASSERT_EQ(w.currentPage(), queue);
    ASSERT_TRUE(waitUntil([&] { return queue->hasData(); }));
    EXPECT_EQ(queue->model()->rowCount(), 0); // 3 h is within the fleet's 24 h

    SlaDialog *dialog = queue->openSlaDialog();
    const QString partner = uuidFor(QStringLiteral("S"));
    ASSERT_TRUE(waitUntil([&] { return dialog->partnerBox()->findData(partner) > 0 && !dialog->shownPartner().isNull(); }));
    EXPECT_EQ(dialog->hoursBox(0)->value(), 1); // the fleet's critical hour
    EXPECT_FALSE(dialog->autoResolveBox()->isEnabled()); // set per partner, not for the fleet
    dialog->partnerBox()->setCurrentIndex(dialog->partnerBox()->findData(partner));
    ASSERT_TRUE(waitUntil([&] { return dialog->shownPartner() == partner; }));
    // medium is the third row: a partner row starts unticked, showing the fleet's 24 h.
    EXPECT_TRUE(dialog->ownBox(2)->isEnabled());
    EXPECT_FALSE(dialog->ownBox(2)->isChecked());
    EXPECT_EQ(dialog->hoursBox(2)->value(), 24);
    dialog->ownBox(2)->setChecked(true);
    dialog->hoursBox(2)->setValue(2);
    EXPECT_TRUE(dialog->autoResolveBox()->isEnabled());
    dialog->autoResolveBox()->setChecked(true);
    ASSERT_TRUE(awaitTask(dialog->save())) << dialog->statusLabel()->text().toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT auto_resolve FROM healdesk_partner_desk WHERE partner_id = ?"),
                       {uuidFor(QStringLiteral("S"))})
                  .toBool(),
              true);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'partner.auto_resolve'")).toInt(),
              1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT hours FROM healdesk_incident_slas WHERE partner_id = ? AND "
                                      "severity = 'medium'"),
                       {uuidFor(QStringLiteral("S"))})
                  .toDouble(),
              2);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'sla.set'")).toInt(), 1);
    queue->reload();
    ASSERT_TRUE(waitUntil([&] { return queue->model()->rowCount() == 1; }));
    EXPECT_EQ(keysOf(queue->view()), QStringList{id});

    // Unticked again: the fleet's hours apply, and the incident leaves the queue.
    dialog->ownBox(2)->setChecked(false);
    ASSERT_TRUE(awaitTask(dialog->save())) << dialog->statusLabel()->text().toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_slas WHERE partner_id = ?"),
                       {uuidFor(QStringLiteral("S"))})
                  .toInt(),
              0);
    queue->reload();
    ASSERT_TRUE(waitUntil([&] { return queue->model()->rowCount() == 0 && !queue->model()->isLoading(); }));
}

// Orders you can follow: the Orders page grouped by batch shows a site-wide issue's targets by status, with the
// counts worked out here from the statuses staged; Retry failed and expired issues new orders to exactly those
// appliances in the same batch; double-clicking an order shows its parameters, reason, timeline and batch.
TEST(DeskGui, ABatchShowsItsProgressRetriesItsFailuresAndAnOrderOpensInFull)
{
    ASSERT_EQ(QGuiApplication::platformName(), QStringLiteral("xcb"));
    TestDatabase t;
    t.migrate();
    t.allowUnsignedOrders();
    const QStringList apps = insertSite(t, QStringLiteral("site-b"), QStringLiteral("B"), {1, 1, 1, 1});
    t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity) VALUES "
                          "('RB-HARDEN', 'Harden', 'security', 'high')"));
    OrderRequest r;
    r.applianceIds = apps;
    r.runbookId = QStringLiteral("RB-HARDEN");
    r.parameters = QStringLiteral("{\"mode\":\"strict\",\"retries\":2}");
    r.reason = QStringLiteral("site-wide hardening after the audit finding");
    const QList<IssuedOrder> issued = t.db().runSync([&r](Session &s) { return Orders::issue(s, r); });
    ASSERT_EQ(issued.size(), 4);
    // Where each target stands: one each.
    const QStringList statuses{QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("expired"),
                               QStringLiteral("pending")};
    for (int i = 0; i < 4; ++i)
        t.exec(QStringLiteral("UPDATE orders SET status = ?, completed_at = CASE WHEN ? = 'pending' THEN NULL ELSE now() "
                              "END, result = CASE WHEN ? = 'failed' THEN '{\"error_message\": \"disk full\"}'::jsonb END "
                              "WHERE order_id = ?"),
               {statuses[i], statuses[i], statuses[i], issued[i].orderId});
    const QString batchId =
        t.scalar(QStringLiteral("SELECT batch_id::text FROM orders WHERE order_id = ?"), {issued[0].orderId}).toString();

    ConsoleController controller(&t.db(), nullptr);
    MainWindow w(&controller);
    w.resize(1400, 900);
    w.show();
    w.showPage(4);
    OrdersPage *page = w.ordersPage();
    ASSERT_EQ(w.currentPage(), static_cast<Page *>(page));
    page->setGroupedByBatch(true);
    ASSERT_TRUE(waitUntil([&] { return page->batchModel()->rowCount() == 1; }));
    const QAbstractItemModel *batches = page->batchView()->model();
    const auto count = [&](int column) { return batches->index(0, column).data().toInt(); };
    EXPECT_EQ(count(BatchModel::Targets), 4);
    EXPECT_EQ(count(BatchModel::Completed), int(statuses.count(QStringLiteral("completed"))));
    EXPECT_EQ(count(BatchModel::Failed), int(statuses.count(QStringLiteral("failed"))));
    EXPECT_EQ(count(BatchModel::Expired), int(statuses.count(QStringLiteral("expired"))));
    EXPECT_EQ(count(BatchModel::Pending), int(statuses.count(QStringLiteral("pending"))));
    EXPECT_EQ(batches->index(0, BatchModel::BatchId).data().toString(), batchId);
    EXPECT_EQ(batches->index(0, BatchModel::Sites).data().toString(), QStringLiteral("Site site-b"));
    page->batchView()->selectRow(0);
    auto *retry = page->findChild<QPushButton *>(QStringLiteral("retryBatch"));
    auto *cancelRest = page->findChild<QPushButton *>(QStringLiteral("cancelRest"));
    ASSERT_TRUE(retry && cancelRest);
    EXPECT_TRUE(retry->isVisible() && retry->isEnabled());
    EXPECT_TRUE(cancelRest->isEnabled()); // one target is pending
    w.grab().save(QStringLiteral("desk-batches.png"));
    retry->click();
    ASSERT_TRUE(waitUntil([&] { return t.scalar(QStringLiteral("SELECT count(*) FROM orders")).toInt() == 6; }));
    const QList<QVariantList> again =
        t.rows(QStringLiteral("SELECT appliance_id::text, batch_id::text FROM orders WHERE order_id NOT IN (?, ?, ?, ?) "
                              "ORDER BY 1"),
               {issued[0].orderId, issued[1].orderId, issued[2].orderId, issued[3].orderId});
    QStringList retried;
    for (const QVariantList &row : again) {
        retried << row.value(0).toString();
        EXPECT_EQ(row.value(1).toString(), batchId);
    }
    QStringList expected{apps[1], apps[2]}; // the failed and the expired one
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(retried, expected);
    ASSERT_TRUE(waitUntil([&] { return count(BatchModel::Pending) == 3; })); // the two new ones and the old pending
    EXPECT_EQ(count(BatchModel::Failed), 0);
    EXPECT_EQ(count(BatchModel::Expired), 0);

    // The failed order in full.
    page->setGroupedByBatch(false);
    OrderDetailDialog *dialog = page->openDetail(issued[1].orderId);
    ASSERT_TRUE(waitUntil([&] { return dialog->isLoaded(); }));
    const QString text = dialog->view()->toPlainText();
    for (const QString &part : {QStringLiteral("RB-HARDEN"), QStringLiteral("mode"), QStringLiteral("strict"),
                                QStringLiteral("retries"), QStringLiteral("site-wide hardening after the audit finding"),
                                QStringLiteral("Timeline"), QStringLiteral("disk full"), batchId})
        EXPECT_TRUE(text.contains(part)) << part.toStdString() << "\n" << text.toStdString();
    EXPECT_EQ(dialog->detail().order.status, QStringLiteral("failed"));
    dialog->resize(640, 680);
    dialog->grab().save(QStringLiteral("desk-order-detail.png"));
}
