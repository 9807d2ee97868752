#include "ChangeListener.h"
#include "ConsoleController.h"
#include "FleetFixture.h"
#include "FleetPage.h"
#include "IncidentDesk.h"
#include "IncidentsPage.h"
#include "IssueOrderDialog.h"
#include "MainWindow.h"
#include "OrderModel.h"
#include "OrdersPage.h"
#include "ParameterForm.h"
#include "RunbookConfig.h"
#include "Wait.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QTimer>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

class OrdersGuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.migrate();
        // The console signs what it writes, as the demo's technician does.
        t.provisionSigning();
        apps = insertSite(t, QStringLiteral("site-g"), QStringLiteral("p"), {1, 2});
        t.exec(QStringLiteral(
            "INSERT INTO runbooks (runbook_id, name, category, severity, hipaa_controls, is_disruptive) VALUES "
            "('RB-FW', 'Firewall', 'firewall', 'high', '{164.312(e)(1)}', false), "
            "('RB-REBOOT', 'Reboot', 'maintenance', 'high', '{164.308(a)(7)}', true)"));
        t.exec(
            QStringLiteral(
                "INSERT INTO appliance_runbook_config (appliance_id, runbook_id, enabled) VALUES (?, 'RB-FW', false)"),
            {apps[1]});
    }
    qint64 orders() { return t.scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(); }

    std::unique_ptr<IssueOrderDialog> dialog(const QStringList &appliances)
    {
        auto d = std::make_unique<IssueOrderDialog>(&t.db(), appliances, QString(), QStringLiteral("test target"));
        EXPECT_TRUE(waitUntil([&] { return d->isReady(); }));
        return d;
    }

    void submitAndWait(IssueOrderDialog &d) { awaitTask(d.submit()); }

    // The appliances' simulator on this database, completing every order within a fraction of a second.
    bool startSimulator(QProcess &sim)
    {
        sim.start(QStringLiteral(HEALDESK_BINARY_DIR "/app/healdesk-sim"),
                  {QStringLiteral("--db"),
                   QStringLiteral("postgresql:///%1?host=%2").arg(t.name(), qEnvironmentVariable("PGHOST")),
                   QStringLiteral("--interval"), QStringLiteral("200"), QStringLiteral("--failure-rate"),
                   QStringLiteral("0"), QStringLiteral("--quiet")});
        return sim.waitForStarted();
    }

    TestDatabase t;
    QStringList apps;
};

TEST_F(OrdersGuiTest, RunbooksAreSearchableByControlAndCategory)
{
    auto d = dialog({apps[0]});
    EXPECT_EQ(d->runbookList()->count(), 2);
    d->searchBox()->setText(QStringLiteral("164.312"));
    ASSERT_EQ(d->runbookList()->count(), 1);
    EXPECT_EQ(d->runbookList()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("RB-FW"));
    d->searchBox()->setText(QStringLiteral("maintenance"));
    ASSERT_EQ(d->runbookList()->count(), 1);
    EXPECT_EQ(d->runbookList()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("RB-REBOOT"));
}

TEST_F(OrdersGuiTest, RefusalsSayWhichApplianceAndWhyAndWriteNothing)
{
    auto d = dialog({apps[0], apps[1]});
    d->selectRunbook(QStringLiteral("RB-FW"));
    d->reasonBox()->setText(QStringLiteral("drift"));
    submitAndWait(*d);
    EXPECT_TRUE(d->messageLabel()->text().contains(QStringLiteral("site-g-hd2")))
        << d->messageLabel()->text().toStdString();
    EXPECT_TRUE(d->messageLabel()->text().contains(QStringLiteral("disabled for this appliance")));
    EXPECT_EQ(orders(), 0);

    // Bad parameters are caught before the database is asked.
    d->parametersBox()->setPlainText(QStringLiteral("{not json"));
    submitAndWait(*d);
    EXPECT_TRUE(d->messageLabel()->text().contains(QStringLiteral("not valid JSON")));
    EXPECT_EQ(orders(), 0);
}

TEST_F(OrdersGuiTest, ADisruptiveRunbookNeedsASecondConfirmationNamingTheCount)
{
    auto d = dialog({apps[0], apps[1]});
    int askedFor = -1;
    bool answer = false;
    d->confirmDisruptive = [&](const QString &, int count) {
        askedFor = count;
        return answer;
    };
    d->selectRunbook(QStringLiteral("RB-REBOOT"));
    d->reasonBox()->setText(QStringLiteral("patch night"));
    submitAndWait(*d);
    EXPECT_EQ(askedFor, 2);
    EXPECT_EQ(orders(), 0);
    EXPECT_NE(d->result(), QDialog::Accepted);

    answer = true;
    QSignalSpy issued(d.get(), &IssueOrderDialog::ordersIssued);
    submitAndWait(*d);
    ASSERT_EQ(issued.count(), 1);
    EXPECT_EQ(issued.at(0).at(0).toStringList().size(), 2);
    EXPECT_EQ(orders(), 2);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.issue'")).toInt(), 2);
    EXPECT_EQ(d->result(), QDialog::Accepted);
}

TEST_F(OrdersGuiTest, OrdersPageListsOrdersWithLiveStatus)
{
    OrdersPage page(&t.db());
    new QAbstractItemModelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, page.model());
    page.show();
    page.reload();
    ASSERT_TRUE(waitUntil([&] { return page.hasData(); }));
    EXPECT_EQ(page.view()->model()->rowCount(), 0);
    OrderRequest r;
    r.applianceIds = {apps[0]};
    r.runbookId = QStringLiteral("RB-FW");
    r.reason = QStringLiteral("page test");
    r.orderId = QStringLiteral("GUI-1");
    t.db().runSync([&](Session &s) { return Orders::issue(s, r); });
    QSignalSpy loaded(page.model(), &OrderModel::loaded);
    page.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() == 1; }));
    ASSERT_EQ(page.view()->model()->rowCount(), 1);
    EXPECT_EQ(page.model()->index(0, OrderModel::Status).data().toString(), QStringLiteral("pending"));
    EXPECT_EQ(page.model()->index(0, OrderModel::Reason).data().toString(), QStringLiteral("page test"));
    // The appliance stops checking in: its pending order waits for it.
    t.exec(QStringLiteral("UPDATE appliances SET last_checkin = now() - interval '2 hours' WHERE id = ?"), {apps[0]});
    page.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() == 2; }));
    EXPECT_EQ(page.model()->index(0, OrderModel::Status).data().toString(), QStringLiteral("waiting for appliance"));
    // Completed by telemetry naming it.
    t.exec(QStringLiteral(
               "INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, success, "
               "order_id) VALUES ('gui-e', 'site-g', ?, 'RB-FW', 'h', true, 'GUI-1')"),
           {apps[0]});
    page.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() == 3; }));
    EXPECT_EQ(page.model()->index(0, OrderModel::Status).data().toString(), QStringLiteral("completed"));
    EXPECT_EQ(page.model()->index(0, OrderModel::Result).data().toString(), QStringLiteral("execution gui-e"));
}

TEST_F(OrdersGuiTest, CancellingAsksForAReasonUntilOneIsGivenAndRecordsIt)
{
    OrderRequest r;
    r.applianceIds = {apps[0]};
    r.runbookId = QStringLiteral("RB-FW");
    r.reason = QStringLiteral("to cancel");
    r.orderId = QStringLiteral("GUI-C");
    t.db().runSync([&](Session &s) { return Orders::issue(s, r); });
    OrdersPage page(&t.db());
    page.show();
    QSignalSpy loaded(page.model(), &OrderModel::loaded);
    page.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() >= 1 && page.view()->model()->rowCount() == 1; }));
    page.view()->selectRow(0);

    // OK with nothing typed, then with a reason: the second question says why it came again.
    QStringList labels;
    QTimer answer;
    answer.setInterval(50);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!d || !d->isVisible())
            return;
        labels << d->labelText();
        d->setTextValue(labels.size() == 1 ? QString() : QStringLiteral("appliance replaced"));
        d->accept();
    });
    answer.start();
    awaitTask(page.cancelSelected());
    answer.stop();
    ASSERT_EQ(labels.size(), 2) << labels.join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(labels[0].contains(QStringLiteral("say why"))) << labels[0].toStdString();
    EXPECT_TRUE(labels[1].startsWith(QStringLiteral("say why the order is cancelled"))) << labels[1].toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = 'GUI-C'")).toString(),
              QStringLiteral("cancelled"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT details->>'reason' FROM admin_audit_log WHERE action = 'order.cancel' "
                                      "AND target = 'GUI-C'"))
                  .toString(),
              QStringLiteral("appliance replaced"));
}

TEST_F(OrdersGuiTest, PushARunbookToAWholeSiteByClickAndWatchEveryOrderComplete)
{
    // The appliance that has RB-FW disabled is moved to another site, so the whole site can take it.
    insertSite(t, QStringLiteral("site-other"), QStringLiteral("p"), {});
    t.exec(QStringLiteral("UPDATE appliances SET site_id = 'site-other' WHERE id = ?"), {apps[1]});
    t.exec(QStringLiteral(
        "INSERT INTO appliances (site_id, hostname, last_checkin) SELECT 'site-g', 'site-g-extra' || n, now() "
        "FROM generate_series(1, 3) n"));
    const int siteAppliances =
        t.scalar(QStringLiteral("SELECT count(*) FROM appliances WHERE site_id = 'site-g'")).toInt();
    ASSERT_EQ(siteAppliances, 4);

    QProcess sim;
    ASSERT_TRUE(startSimulator(sim));
    ChangeListener listener(t.config());
    listener.start();
    ASSERT_TRUE(waitUntil([&] { return listener.isListening(); }));
    ConsoleController controller(&t.db(), &listener);
    MainWindow w(&controller);
    w.show();
    w.showPage(0);
    ASSERT_TRUE(waitUntil([&] { return w.fleetPage()->hasData(); }));
    // Select site-g on the Fleet page, as a technician would click it.
    QTableView *sites = w.fleetPage()->siteView();
    for (int r = 0; r < sites->model()->rowCount(); ++r)
        if (sites->model()->index(r, 0).data(KeyRole).toString() == QLatin1String("site-g"))
            sites->selectRow(r);
    IssueOrderDialog *d = w.openIssueDialog(true);
    ASSERT_NE(d, nullptr);
    ASSERT_TRUE(waitUntil([&] { return d->isReady(); }));
    d->selectRunbook(QStringLiteral("RB-FW"));
    d->reasonBox()->setText(QStringLiteral("firewall drift on the whole site"));
    awaitTask(d->submit());
    // The dialog closed and the Orders page is showing; statuses arrive live, no reload clicked.
    ASSERT_EQ(w.currentPage(), static_cast<Page *>(w.ordersPage()));
    OrderModel *model = w.ordersPage()->model();
    auto completed = [&] {
        int n = 0;
        for (const OrderRow &r : model->rows())
            n += (r.reason == QLatin1String("firewall drift on the whole site") &&
                  r.status == QLatin1String("completed"))
                     ? 1
                     : 0;
        return n;
    };
    EXPECT_TRUE(waitUntil([&] { return completed() == siteAppliances; }, 30000)) << completed();
    EXPECT_EQ(t.scalar(QStringLiteral(
                           "SELECT count(*) FROM orders WHERE status = 'completed' AND acknowledged_at IS NOT NULL"))
                  .toInt(),
              siteAppliances);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.issue'")).toInt(),
              siteAppliances);
    sim.terminate();
    sim.waitForFinished(5000);
}

// A runbook with a parameter schema gets a form: defaults filled in, each field saying at once what is wrong with
// it, and OK refusing a value outside the schema by the field's name, writing nothing. Without one, the JSON box.
TEST_F(OrdersGuiTest, ARunbookWithAParameterSchemaGetsAFormThatRefusesByFieldAndFillsDefaults)
{
    t.db().runSync([](Session &s) {
        RunbookConfig::setParameterSchema(s, QStringLiteral("RB-FW"), R"({
            "properties": {
                "timeout_s": {"type": "integer", "minimum": 1, "maximum": 3600, "default": 300,
                              "description": "Seconds before it gives up"},
                "force": {"type": "boolean", "default": false},
                "zone": {"type": "string", "enum": ["lan", "wan"]},
                "ticket": {"type": "string", "pattern": "^CHG-[0-9]+$"}},
            "required": ["ticket"]})");
    });
    auto d = dialog({apps[0]});
    d->selectRunbook(QStringLiteral("RB-REBOOT"));
    EXPECT_FALSE(d->showsParameterForm());
    d->selectRunbook(QStringLiteral("RB-FW"));
    ASSERT_TRUE(d->showsParameterForm());
    ParameterForm *form = d->parameterForm();
    // In the order the admin wrote them, not sorted.
    QStringList order;
    for (const ParameterSchema::Field &f : form->schema().fields)
        order << f.name;
    EXPECT_EQ(order, (QStringList{QStringLiteral("timeout_s"), QStringLiteral("force"), QStringLiteral("zone"),
                                  QStringLiteral("ticket")}));
    auto *timeout = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("timeout_s")));
    auto *force = qobject_cast<QComboBox *>(form->editor(QStringLiteral("force")));
    auto *zone = qobject_cast<QComboBox *>(form->editor(QStringLiteral("zone")));
    auto *ticket = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("ticket")));
    ASSERT_TRUE(timeout && force && zone && ticket);
    EXPECT_EQ(timeout->text(), QStringLiteral("300"));
    EXPECT_EQ(force->currentText(), QStringLiteral("false"));
    EXPECT_EQ(zone->currentText(), QStringLiteral("(not set)"));
    EXPECT_EQ(form->problem(QStringLiteral("ticket")), QStringLiteral("required"));
    EXPECT_TRUE(timeout->toolTip().contains(QStringLiteral("Seconds before it gives up")));

    d->reasonBox()->setText(QStringLiteral("drift"));
    const struct
    {
        QString timeout;
        QString ticket;
        QString says;
    } bad[] = {
        {QStringLiteral("-99999999999"), QStringLiteral("CHG-1"), QStringLiteral("timeout_s must be at least 1")},
        {QStringLiteral("1.5"), QStringLiteral("CHG-1"), QStringLiteral("timeout_s must be a whole number")},
        {QStringLiteral("soon"), QStringLiteral("CHG-1"), QStringLiteral("timeout_s must be a number")},
        {QStringLiteral("60"), QStringLiteral("change one"), QStringLiteral("ticket must match")},
        {QStringLiteral("60"), QString(), QStringLiteral("ticket is required")},
    };
    for (const auto &b : bad) {
        timeout->setText(b.timeout);
        ticket->setText(b.ticket);
        EXPECT_FALSE(form->problem(b.says.section(QLatin1Char(' '), 0, 0)).isEmpty()) << b.says.toStdString();
        submitAndWait(*d);
        EXPECT_TRUE(d->messageLabel()->text().contains(b.says))
            << b.says.toStdString() << ": " << d->messageLabel()->text().toStdString();
        EXPECT_EQ(orders(), 0);
    }

    // Fitting values go out, with what was left out filled from the defaults.
    timeout->setText(QString());
    ticket->setText(QStringLiteral("CHG-9"));
    zone->setCurrentIndex(zone->findText(QStringLiteral("wan")));
    EXPECT_TRUE(form->problem(QStringLiteral("ticket")).isEmpty());
    submitAndWait(*d);
    ASSERT_EQ(orders(), 1) << d->messageLabel()->text().toStdString();
    const QJsonObject stored =
        QJsonDocument::fromJson(t.scalar(QStringLiteral("SELECT parameters::text FROM orders")).toString().toUtf8())
            .object();
    EXPECT_EQ(stored, (QJsonObject{{QStringLiteral("timeout_s"), 300},
                                   {QStringLiteral("force"), false},
                                   {QStringLiteral("zone"), QStringLiteral("wan")},
                                   {QStringLiteral("ticket"), QStringLiteral("CHG-9")}}));
}

// A runbook run from an incident (issue 23): the order dialog opens on the incident's appliance with the runbook of
// its latest execution (through the mapping) and says why; the order carries the incident link (its legacy order_id
// and an 'order' event); the simulator completes it; the timeline shows the order and its outcome and offers to
// resolve, and the offer resolves the incident. A partner that asks for it gets the resolution by itself.
TEST_F(OrdersGuiTest, ARunbookRunFromAnIncidentIsLinkedFollowedAndResolvedByTheOffer)
{
    t.exec(QStringLiteral("INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id) VALUES ('L1-FW-9', 'RB-FW')"));
    const QString incident = uuidFor(QStringLiteral("fw-escalated"));
    t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status) "
                          "VALUES (?, ?, 'firewall_disabled', 'high', 'escalated')"),
           {incident, apps[0]});
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, runbook_id, "
                          "hostname, resolution_level, success, started_at, completed_at) VALUES ('fw-1', ?, 'site-g', ?, "
                          "'L1-FW-9', 'h', 'L1', false, now() - interval '3 minutes', now() - interval '2 minutes')"),
           {incident, apps[0]});

    QProcess sim;
    ASSERT_TRUE(startSimulator(sim));
    ChangeListener listener(t.config());
    listener.start();
    ASSERT_TRUE(waitUntil([&] { return listener.isListening(); }));
    ConsoleController controller(&t.db(), &listener);
    MainWindow w(&controller);
    w.show();
    w.showPage(1);
    IncidentsPage *page = w.incidentsPage();
    w.periodBox()->setCurrentIndex(w.periodBox()->findData(QStringLiteral("all")));
    ASSERT_TRUE(waitUntil([&] { return page->model()->rowCount() == 1; }));
    page->view()->selectRow(0);

    IssueOrderDialog *d = awaitTask(w.openIncidentOrder(incident));
    ASSERT_NE(d, nullptr);
    ASSERT_TRUE(waitUntil([&] { return d->isReady(); }));
    ASSERT_NE(d->runbookList()->currentItem(), nullptr);
    EXPECT_EQ(d->runbookList()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("RB-FW"));
    EXPECT_TRUE(d->suggestionLabel()->text().contains(QStringLiteral("L1-FW-9 through the mapping")))
        << d->suggestionLabel()->text().toStdString();
    EXPECT_FALSE(d->reasonBox()->text().isEmpty());
    awaitTask(d->submit());
    const QString orderId =
        t.scalar(QStringLiteral("SELECT order_id FROM orders WHERE runbook_id = 'RB-FW'")).toString();
    ASSERT_FALSE(orderId.isEmpty());
    // The link: the legacy column names the order's row, and the timeline's event names the order.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT i.order_id = o.id FROM incidents i, orders o WHERE i.id = ? AND "
                                      "o.order_id = ?"),
                       {incident, orderId})
                  .toBool(),
              true);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_events WHERE kind = 'order' AND "
                                      "order_id = ? AND incident_id = ?"),
                       {orderId, incident})
                  .toInt(),
              1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT details->>'incident_id' FROM admin_audit_log WHERE action = "
                                      "'order.issue' AND target = ?"),
                       {orderId})
                  .toString(),
              incident);
    // The simulator completes it; the incident stays open (nothing resolves it silently), and the pane offers to.
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = ?"), {orderId}).toString() ==
               QLatin1String("completed");
    }, 30000));
    ASSERT_TRUE(waitUntil([&] {
        const QString text = page->detailView()->toPlainText();
        return text.contains(QStringLiteral("order ") + orderId) && text.contains(QStringLiteral("Resolve the incident"));
    }, 15000)) << page->detailView()->toPlainText().toStdString();
    EXPECT_NE(t.scalar(QStringLiteral("SELECT status FROM incidents WHERE id = ?"), {incident}).toString(),
              QStringLiteral("resolved"));
    emit page->detailView()->anchorClicked(QUrl(IncidentDesk::resolveLink()));
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT status FROM incidents WHERE id = ?"), {incident}).toString() ==
               QLatin1String("resolved");
    }, 10000)) << page->lastActionMessage().toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT body FROM healdesk_incident_events WHERE kind = 'resolve' AND "
                                      "incident_id = ?"),
                       {incident})
                  .toString(),
              QStringLiteral("Order %1 ran RB-FW and completed.").arg(orderId));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT healdesk_tier FROM incidents WHERE id = ?"), {incident}).toString(),
              QStringLiteral("L3"));

    // With the partner's auto-resolve on, a second incident resolves by itself when its order completes.
    t.exec(QStringLiteral("INSERT INTO healdesk_partner_desk (partner_id, auto_resolve) VALUES (?, true)"),
           {uuidFor(QStringLiteral("p"))});
    const QString second = uuidFor(QStringLiteral("fw-second"));
    t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status) "
                          "VALUES (?, ?, 'firewall_disabled', 'high', 'escalated')"),
           {second, apps[0]});
    IssueOrderDialog *again = awaitTask(w.openIncidentOrder(second));
    ASSERT_NE(again, nullptr);
    ASSERT_TRUE(waitUntil([&] { return again->isReady(); }));
    // No execution of its own: the suggestion comes from the fleet's healing of its type, or names none.
    again->selectRunbook(QStringLiteral("RB-FW"));
    awaitTask(again->submit());
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT status FROM incidents WHERE id = ?"), {second}).toString() ==
               QLatin1String("resolved");
    }, 30000));
    EXPECT_TRUE(t.scalar(QStringLiteral("SELECT body FROM healdesk_incident_events WHERE kind = 'resolve' AND "
                                        "incident_id = ?"),
                         {second})
                    .toString()
                    .startsWith(QStringLiteral("Resolved automatically: order ")));
    sim.terminate();
    sim.waitForFinished(5000);
}
