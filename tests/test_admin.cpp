// Administration: runbook switches per site and appliance (audited, respected
// by the next order at once) and promoting or rejecting learned patterns.
#include "RunbookConfig.h"
#include "Learning.h"
#include "AdminPanels.h"
#include "CliRun.h"
#include "Error.h"
#include "FleetFixture.h"
#include "Orders.h"
#include "RowTableModel.h"
#include "Session.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>

#include <QProcess>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

namespace {

CliRun healdesk(const QStringList &args, const QString &database)
{
    return runHealdesk(args, database);
}

qint64 count(TestDatabase &t, const QString &sql)
{
    return t.scalar(sql).toLongLong();
}

// The appliances an order for RB-A on these appliances would be refused on.
QStringList refusedFor(TestDatabase &t, const QStringList &appliances)
{
    OrderRequest request;
    request.applianceIds = appliances;
    request.runbookId = QStringLiteral("RB-A");
    request.reason = QStringLiteral("test");
    const OrderPlan plan = t.db().runSync([&request](Session &s) { return Orders::plan(s, request); });
    QStringList refused;
    for (const OrderRefusal &r : plan.refusals)
        refused << r.applianceId;
    std::sort(refused.begin(), refused.end());
    return refused;
}

} // namespace

TEST(RunbookConfig, SiteAndApplianceSwitchesAreAuditedAndOrdersRespectThemAtOnce)
{
    TestDatabase t;
    t.migrate();
    const QStringList one = insertSite(t, QStringLiteral("site-1"), QStringLiteral("p"), {1, 1});
    const QStringList two = insertSite(t, QStringLiteral("site-2"), QStringLiteral("p"), {1});
    t.exec(QStringLiteral(
        "INSERT INTO runbooks (runbook_id, name, category, severity) VALUES ('RB-A', 'A', 'x', 'high')"));
    const QStringList all = one + two;
    EXPECT_TRUE(refusedFor(t, all).isEmpty());

    CliRun off = healdesk({QStringLiteral("runbook"), QStringLiteral("disable"), QStringLiteral("RB-A"),
                           QStringLiteral("--site"), QStringLiteral("site-1")},
                          t.name());
    ASSERT_EQ(off.code, 0) << off.err.toStdString();
    EXPECT_TRUE(off.out.contains(QStringLiteral("disabled on 2 appliances"))) << off.out.toStdString();
    QStringList sortedOne = one;
    std::sort(sortedOne.begin(), sortedOne.end());
    EXPECT_EQ(refusedFor(t, all), sortedOne);
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'runbook.disable' "
                                      "AND target = 'RB-A' AND details->>'site_id' = 'site-1'")),
              1);

    // Again: nothing changes, no audit row.
    off = healdesk({QStringLiteral("runbook"), QStringLiteral("disable"), QStringLiteral("RB-A"),
                    QStringLiteral("--site"), QStringLiteral("site-1")},
                   t.name());
    EXPECT_TRUE(off.out.contains(QStringLiteral("nothing written"))) << off.out.toStdString();
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM admin_audit_log")), 1);

    // One appliance back on: the very next plan accepts it.
    const int changed =
        t.db().runSync([&](Session &s) { return RunbookConfig::set(s, {}, {one[0]}, QStringLiteral("RB-A"), true); });
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(refusedFor(t, all), QStringList{one[1]});
    const QList<RunbookSiteConfig> site =
        t.db().runSync([](Session &s) { return RunbookConfig::forSite(s, QStringLiteral("site-1")); });
    ASSERT_EQ(site.size(), 1);
    EXPECT_EQ(site[0].appliances, 2);
    EXPECT_EQ(site[0].disabled, 1);
    EXPECT_EQ(site[0].enabledHere, 1);

    // Refusals change nothing.
    const qint64 audit = count(t, QStringLiteral("SELECT count(*) FROM admin_audit_log"));
    EXPECT_EQ(healdesk({QStringLiteral("runbook"), QStringLiteral("disable"), QStringLiteral("RB-NOPE"),
                        QStringLiteral("--site"), QStringLiteral("site-1")},
                       t.name())
                  .code,
              8);
    EXPECT_EQ(healdesk({QStringLiteral("runbook"), QStringLiteral("disable"), QStringLiteral("RB-A"),
                        QStringLiteral("--appliance"),
                        QString(one[0] + QStringLiteral(",") + uuidFor(QStringLiteral("ghost")))},
                       t.name())
                  .code,
              8);
    EXPECT_EQ(healdesk({QStringLiteral("runbook"), QStringLiteral("disable"), QStringLiteral("RB-A")}, t.name()).code,
              2);
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM admin_audit_log")), audit);
    EXPECT_EQ(refusedFor(t, all), QStringList{one[1]});
}

TEST(Learning, PromotingCreatesTheRuleAndItsMappingAndRejectingIsFinal)
{
    TestDatabase t;
    t.migrate();
    t.exec(QStringLiteral(
        "INSERT INTO runbooks (runbook_id, name, category, severity) VALUES ('RB-A', 'A', 'x', 'high')"));
    t.exec(QStringLiteral("INSERT INTO l1_rules (rule_id, pattern_signature, incident_type) "
                          "VALUES ('L1-FIREWALL-DISABLED-001', 'old', 'firewall_disabled')"));
    t.exec(QStringLiteral(
        "INSERT INTO patterns (pattern_id, pattern_signature, incident_type, status, occurrences, success_rate) VALUES "
        "('PAT-1', 'sig-1', 'firewall_disabled', 'pending', 40, 0.95), "
        "('PAT-2', 'sig-2', 'audit off', 'approved', 80, 0.9), "
        "('PAT-3', 'sig-3', 'x', 'rejected', 90, 0.5), "
        "('PAT-4', 'sig-4', 'x', 'promoted', 99, 0.99)"));
    const QList<PatternRow> awaiting = t.db().runSync([](Session &s) { return Learning::awaiting(s); });
    ASSERT_EQ(awaiting.size(), 2);
    EXPECT_EQ(awaiting[0].patternId, QStringLiteral("PAT-2")); // most occurrences first
    EXPECT_EQ(awaiting[1].patternId, QStringLiteral("PAT-1"));
    EXPECT_DOUBLE_EQ(*awaiting[1].successRate, 0.95);

    const CliRun promoted = healdesk(
        {QStringLiteral("pattern"), QStringLiteral("promote"), QStringLiteral("PAT-1"), QStringLiteral("RB-A")},
        t.name());
    ASSERT_EQ(promoted.code, 0) << promoted.err.toStdString();
    EXPECT_TRUE(promoted.out.contains(QStringLiteral("L1-FIREWALL-DISABLED-002"))) << promoted.out.toStdString();
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT pattern_signature FROM l1_rules WHERE rule_id = 'L1-FIREWALL-DISABLED-002'"))
            .toString(),
        QStringLiteral("sig-1"));
    EXPECT_EQ(t.scalar(QStringLiteral(
                           "SELECT runbook_id FROM runbook_id_mapping WHERE l1_rule_id = 'L1-FIREWALL-DISABLED-002'"))
                  .toString(),
              QStringLiteral("RB-A"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM patterns WHERE pattern_id = 'PAT-1'")).toString(),
              QStringLiteral("promoted"));
    EXPECT_EQ(
        count(t, QStringLiteral(
                     "SELECT count(*) FROM admin_audit_log WHERE action = 'pattern.promote' AND target = 'PAT-1'")),
        1);

    // Refusals write nothing: promoted twice, a rejected pattern, an unknown runbook.
    const qint64 rules = count(t, QStringLiteral("SELECT count(*) FROM l1_rules"));
    const qint64 audit = count(t, QStringLiteral("SELECT count(*) FROM admin_audit_log"));
    for (const QStringList &args : {QStringList{QStringLiteral("PAT-1"), QStringLiteral("RB-A")},
                                    QStringList{QStringLiteral("PAT-3"), QStringLiteral("RB-A")},
                                    QStringList{QStringLiteral("PAT-2"), QStringLiteral("RB-NOPE")},
                                    QStringList{QStringLiteral("PAT-404"), QStringLiteral("RB-A")}}) {
        const CliRun r = healdesk(QStringList{QStringLiteral("pattern"), QStringLiteral("promote")} + args, t.name());
        EXPECT_EQ(r.code, 8) << args.join(QLatin1Char(' ')).toStdString() << ' ' << r.out.toStdString();
    }
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM l1_rules")), rules);
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM admin_audit_log")), audit);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM patterns WHERE pattern_id = 'PAT-2'")).toString(),
              QStringLiteral("approved"));

    const CliRun rejected =
        healdesk({QStringLiteral("pattern"), QStringLiteral("reject"), QStringLiteral("PAT-2")}, t.name());
    ASSERT_EQ(rejected.code, 0) << rejected.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM patterns WHERE pattern_id = 'PAT-2'")).toString(),
              QStringLiteral("rejected"));
    EXPECT_EQ(healdesk({QStringLiteral("pattern"), QStringLiteral("reject"), QStringLiteral("PAT-2")}, t.name()).code,
              8);
    const CliRun list = healdesk({QStringLiteral("pattern"), QStringLiteral("list")}, t.name());
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.isEmpty()) << list.out.toStdString();
}

TEST(AdminPanels, SwitchRunbooksAtASiteAndPromoteAPatternFromTheDataHealthPage)
{
    TestDatabase t;
    t.migrate();
    insertSite(t, QStringLiteral("site-1"), QStringLiteral("p"), {1, 1});
    insertSite(t, QStringLiteral("site-2"), QStringLiteral("p"), {1});
    t.exec(
        QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity) VALUES ('RB-A', 'A', 'x', 'high'), "
                       "('RB-B', 'B', 'x', 'low')"));
    t.exec(QStringLiteral(
        "INSERT INTO patterns (pattern_id, pattern_signature, incident_type, status, occurrences) VALUES "
        "('PAT-1', 'sig-1', 'usb storage', 'pending', 12)"));
    RunbookSettingsPanel settings(&t.db());
    settings.show();
    ASSERT_TRUE(waitUntil([&] { return settings.view()->model()->rowCount() == 2; }));
    settings.siteBox()->setCurrentIndex(settings.siteBox()->findData(QStringLiteral("site-1")));
    ASSERT_TRUE(waitUntil([&] { return settings.view()->model()->rowCount() == 2; }));
    for (int r = 0; r < 2; ++r) {
        if (settings.view()->model()->index(r, 0).data(KeyRole).toString() == QLatin1String("RB-A"))
            settings.view()->selectRow(r);
    }
    awaitTask(settings.switchSelected(false));
    EXPECT_TRUE(settings.statusLabel()->text().contains(QStringLiteral("2")))
        << settings.statusLabel()->text().toStdString();
    EXPECT_EQ(count(t, QStringLiteral(
                           "SELECT count(*) FROM appliance_runbook_config c JOIN appliances a ON a.id = c.appliance_id "
                           "WHERE a.site_id = 'site-1' AND c.runbook_id = 'RB-A' AND NOT c.enabled")),
              2);
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM appliance_runbook_config WHERE runbook_id <> 'RB-A'")), 0);
    // One appliance back on, chosen in the "Apply to" box.
    ASSERT_EQ(settings.applianceBox()->count(), 3); // the whole site and its two appliances
    settings.applianceBox()->setCurrentIndex(1);
    const QString appliance = settings.applianceBox()->currentData().toString();
    for (int r = 0; r < 2; ++r) {
        if (settings.view()->model()->index(r, 0).data(KeyRole).toString() == QLatin1String("RB-A"))
            settings.view()->selectRow(r);
    }
    awaitTask(settings.switchSelected(true));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT enabled FROM appliance_runbook_config WHERE appliance_id = ?::uuid "
                                      "AND runbook_id = 'RB-A'"),
                       {appliance})
                  .toBool(),
              true);
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM appliance_runbook_config WHERE NOT enabled")), 1);

    LearningPanel learning(&t.db());
    learning.show();
    awaitTask(learning.reload());
    ASSERT_EQ(learning.view()->model()->rowCount(), 1);
    learning.view()->selectRow(0);
    learning.runbookBox()->setCurrentIndex(learning.runbookBox()->findData(QStringLiteral("RB-B")));
    awaitTask(learning.promoteSelected());
    EXPECT_TRUE(learning.statusLabel()->text().contains(QStringLiteral("L1-USB-STORAGE-001")))
        << learning.statusLabel()->text().toStdString();
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT runbook_id FROM runbook_id_mapping WHERE l1_rule_id = 'L1-USB-STORAGE-001'"))
            .toString(),
        QStringLiteral("RB-B"));
    EXPECT_EQ(learning.view()->model()->rowCount(), 0);
    EXPECT_EQ(Session::guiThreadViolations(), 0);
}

// Data health ▸ Runbook settings ▸ Parameters…: an admin keeps a runbook's parameter schema in the console. A bad
// schema is refused naming what is wrong and nothing is kept; a good one is kept with its audit row and orders follow
// it at once; an empty text removes it.
TEST(AdminPanels, ARunbooksParameterSchemaIsKeptFromTheRunbookSettings)
{
    TestDatabase t;
    t.migrate();
    t.allowUnsignedOrders();
    const QStringList apps = insertSite(t, QStringLiteral("site-1"), QStringLiteral("p"), {1});
    t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity) VALUES ('RB-A', 'A', 'x', 'high')"));
    RunbookSettingsPanel settings(&t.db());
    settings.show();
    ASSERT_TRUE(waitUntil([&] { return settings.view()->model()->rowCount() == 1; }));
    EXPECT_EQ(settings.editParameters(), nullptr) << "nothing selected, yet a dialog opened";
    settings.view()->selectRow(0);
    std::unique_ptr<RunbookParametersDialog> dialog(settings.editParameters());
    ASSERT_NE(dialog, nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    awaitTask(dialog->load());
    EXPECT_TRUE(dialog->editor()->toPlainText().isEmpty());

    dialog->editor()->setPlainText(QStringLiteral(R"({"properties": {"n": {"type": "integer", "format": "int32"}}})"));
    EXPECT_FALSE(awaitTask(dialog->save()));
    EXPECT_TRUE(dialog->statusLabel()->text().contains(QStringLiteral("\"format\""))) << dialog->statusLabel()->text().toStdString();
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM healdesk_runbook_parameters")), 0);

    dialog->editor()->setPlainText(QStringLiteral(R"({"properties": {"n": {"type": "integer", "maximum": 5}}})"));
    EXPECT_TRUE(awaitTask(dialog->save())) << dialog->statusLabel()->text().toStdString();
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM healdesk_runbook_parameters WHERE runbook_id = 'RB-A' "
                                      "AND schema -> 'properties' -> 'n' ->> 'maximum' = '5'")),
              1);
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'runbook.parameters'")), 1);
    OrderRequest request;
    request.applianceIds = apps;
    request.runbookId = QStringLiteral("RB-A");
    request.reason = QStringLiteral("test");
    request.parameters = QStringLiteral(R"({"n": 9})");
    try {
        t.db().runSync([&request](Session &s) { return Orders::plan(s, request); });
        ADD_FAILURE() << "an order outside the schema was planned";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("n must be at most 5"))) << e.what();
    }

    // Reopened, it shows what was kept; emptied, it removes it.
    RunbookParametersDialog again(&t.db(), QStringLiteral("RB-A"));
    awaitTask(again.load());
    EXPECT_TRUE(again.editor()->toPlainText().contains(QStringLiteral("\"maximum\": 5"))) << again.editor()->toPlainText().toStdString();
    again.editor()->clear();
    EXPECT_TRUE(awaitTask(again.save()));
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM healdesk_runbook_parameters")), 0);
    EXPECT_EQ(count(t, QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'runbook.parameters'")), 2);
}
