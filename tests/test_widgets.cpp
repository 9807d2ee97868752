#include "ConsoleController.h"
#include "Fleet.h"
#include "FleetFixture.h"
#include "FleetModels.h"
#include "FleetPage.h"
#include "Generator.h"
#include "HelpDialogs.h"
#include "IncidentModel.h"
#include "IncidentsPage.h"
#include "Logins.h"
#include "Migrator.h"
#include "MainWindow.h"
#include "RunbookModel.h"
#include "RunbooksPage.h"
#include "TableSupport.h"
#include "TiersPage.h"
#include "UpgradeDialog.h"
#include "Wait.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPieSeries>
#include <QPieSlice>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>
#include <QTextBrowser>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

class WidgetTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        db = new TestDatabase;
        db->migrate();
        GeneratorOptions o = GeneratorOptions::preset(QStringLiteral("tiny"));
        o.seed = 21;
        o.sites = 4;
        o.appliancesPerSite = 3;
        o.incidents = 300;
        o.telemetry = 900;
        db->db().runSync([&](Session &s) { Generator::generate(s, o); });
    }
    static void TearDownTestSuite()
    {
        delete db;
        db = nullptr;
    }

    // A window showing all time, every page loaded once.
    std::unique_ptr<MainWindow> openWindow()
    {
        controller = std::make_unique<ConsoleController>(&db->db(), nullptr);
        auto w = std::make_unique<MainWindow>(controller.get());
        w->show();
        w->periodBox()->setCurrentIndex(w->periodBox()->findData(QStringLiteral("all")));
        for (int i = 0; i < w->pageCount(); ++i) {
            w->showPage(i);
            EXPECT_TRUE(waitUntil([&] { return w->page(i)->hasData(); })) << w->page(i)->title().toStdString();
        }
        return w;
    }

    qint64 count(const QString &sql) { return db->scalar(sql).toLongLong(); }

    std::unique_ptr<ConsoleController> controller; // the window's background work; outlives it
    static TestDatabase *db;
};

TestDatabase *WidgetTest::db = nullptr;

TEST_F(WidgetTest, EveryPageShowsTheDatabasesNumbersAndNoSqlRunsOnTheGuiThread)
{
    const int violationsBefore = Session::guiThreadViolations();
    auto w = openWindow();

    // Fleet: one row per site; the selected site's appliances.
    FleetPage *fleet = w->fleetPage();
    EXPECT_EQ(fleet->siteView()->model()->rowCount(), count(QStringLiteral("SELECT count(*) FROM sites")));
    const QString site = fleet->siteView()->selectionModel()->currentIndex().data(KeyRole).toString();
    ASSERT_FALSE(site.isEmpty());
    ASSERT_TRUE(waitUntil([&] {
        return !fleet->applianceModel()->rows().isEmpty() && fleet->applianceModel()->rows().first().siteId == site;
    }));
    EXPECT_EQ(fleet->applianceView()->model()->rowCount(),
              db->scalar(QStringLiteral("SELECT count(*) FROM appliances WHERE site_id = ?"), {site}).toLongLong());

    // Incidents: the count over all time.
    IncidentsPage *incidents = w->incidentsPage();
    ASSERT_TRUE(waitUntil([&] { return incidents->model()->totalCount().has_value(); }));
    EXPECT_EQ(*incidents->model()->totalCount(), count(QStringLiteral("SELECT count(*) FROM incidents")));
    // The first incident is selected and its detail lists every execution.
    ASSERT_TRUE(
        waitUntil([&] { return incidents->detailView()->toPlainText().contains(QStringLiteral("Executions (")); }));
    const QString first = incidents->view()->selectionModel()->currentIndex().data(KeyRole).toString();
    const qint64 executions =
        db->scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry WHERE incident_id = ?"), {first})
            .toLongLong();
    EXPECT_TRUE(incidents->detailView()->toPlainText().contains(QStringLiteral("Executions (%1)").arg(executions)))
        << incidents->detailView()->toPlainText().left(300).toStdString();

    // Healing tiers: the executions pie adds up to the telemetry rows.
    TiersPage *tiers = w->tiersPage();
    auto *pie = qobject_cast<QPieSeries *>(tiers->executionsChart()->series().value(0));
    ASSERT_NE(pie, nullptr);
    EXPECT_EQ(qint64(pie->sum()), count(QStringLiteral("SELECT count(*) FROM execution_telemetry")));
    auto *incidentPie = qobject_cast<QPieSeries *>(tiers->incidentsChart()->series().value(0));
    ASSERT_NE(incidentPie, nullptr);
    EXPECT_EQ(qint64(incidentPie->sum()), count(QStringLiteral("SELECT count(*) FROM incidents")));
    // The per-day trend: when L1 dwarfs the other tiers (its busiest day at least 4 times theirs, worked out
    // here from the rows) they get a scale of their own, on the right, and say so. This fixture is such a case.
    const QString peaks = db->scalar(QStringLiteral(
        "SELECT coalesce(max(n) FILTER (WHERE t = 'L1'), 0) || ' ' || coalesce(max(n) FILTER (WHERE t IS DISTINCT "
        "FROM 'L1'), 0) FROM (SELECT healdesk_normalise_tier(resolution_level) AS t, "
        "(started_at AT TIME ZONE 'UTC')::date, count(*) AS n FROM execution_telemetry GROUP BY 1, 2) x")).toString();
    const qint64 l1Peak = peaks.section(QLatin1Char(' '), 0, 0).toLongLong();
    const qint64 otherPeak = peaks.section(QLatin1Char(' '), 1, 1).toLongLong();
    ASSERT_GT(otherPeak, 0) << peaks.toStdString();
    ASSERT_GE(l1Peak, 4 * otherPeak) << "the fixture no longer shows the split: " << peaks.toStdString();
    QChart *trend = tiers->trendChart();
    const auto left = trend->axes(Qt::Vertical);
    ASSERT_EQ(left.size(), 2);
    const auto lines = trend->series();
    ASSERT_GE(lines.size(), 2);
    QAbstractAxis *l1Axis = nullptr;
    for (QAbstractSeries *series : lines) {
        if (series->name() == QLatin1String("L1"))
            l1Axis = series->attachedAxes().value(1);
    }
    ASSERT_NE(l1Axis, nullptr);
    EXPECT_EQ(l1Axis->alignment(), Qt::AlignLeft);
    for (QAbstractSeries *series : lines) {
        if (series->name() == QLatin1String("L1"))
            continue;
        QAbstractAxis *axis = series->attachedAxes().value(1);
        ASSERT_NE(axis, nullptr) << series->name().toStdString();
        EXPECT_EQ(axis->alignment() == Qt::AlignRight, series->name().endsWith(QStringLiteral("(right scale)")))
            << series->name().toStdString();
        if (axis->alignment() == Qt::AlignRight) {
            EXPECT_LT(qobject_cast<QValueAxis *>(axis)->max(), qobject_cast<QValueAxis *>(l1Axis)->max());
        }
    }

    // Runbooks: every runbook plus one row per unmapped telemetry ID.
    const qint64 unmappedIds = count(QStringLiteral(
        "SELECT count(DISTINCT e.runbook_id) FROM execution_telemetry e WHERE NOT EXISTS (SELECT 1 FROM "
        "runbook_id_mapping m WHERE m.l1_rule_id = e.runbook_id) AND NOT EXISTS (SELECT 1 FROM runbooks r WHERE "
        "r.runbook_id = e.runbook_id)"));
    EXPECT_GT(unmappedIds, 0);
    EXPECT_EQ(w->runbooksPage()->view()->model()->rowCount(),
              count(QStringLiteral("SELECT count(*) FROM runbooks")) + unmappedIds);

    EXPECT_EQ(Session::guiThreadViolations(), violationsBefore);
}

TEST_F(WidgetTest, ClickingATierSliceListsThatTiersIncidents)
{
    auto w = openWindow();
    w->showPage(2);
    auto *pie = qobject_cast<QPieSeries *>(w->tiersPage()->incidentsChart()->series().value(0));
    ASSERT_NE(pie, nullptr);
    QPieSlice *l2 = nullptr;
    const auto slices = pie->slices();
    for (QPieSlice *s : slices)
        if (s->property("tier").toString() == QLatin1String("L2"))
            l2 = s;
    ASSERT_NE(l2, nullptr);
    // Read before the click: the charts are rebuilt whenever the shared figures reload.
    const qint64 expected = qint64(l2->value());
    emit l2->clicked();
    EXPECT_EQ(w->currentPage(), w->incidentsPage());
    EXPECT_EQ(w->incidentsPage()->tierBox()->currentData().toString(), QStringLiteral("L2"));
    IncidentModel *model = w->incidentsPage()->model();
    ASSERT_TRUE(
        waitUntil([&] { return model->filter().tier == QLatin1String("L2") && model->totalCount().has_value(); }));
    EXPECT_EQ(*model->totalCount(), expected);
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_EQ(model->index(r, IncidentModel::Tier).data().toString(), QStringLiteral("L2"));
}

TEST_F(WidgetTest, SelectionAndScrollSurviveALiveReload)
{
    auto w = openWindow();
    w->showPage(1);
    QTableView *view = w->incidentsPage()->view();
    view->selectRow(3);
    const QString key = view->selectionModel()->currentIndex().data(KeyRole).toString();
    ASSERT_FALSE(key.isEmpty());
    const QStringList apps = insertSite(*db, QStringLiteral("site-live"), QStringLiteral("p-live"), {1});
    db->exec(QStringLiteral("INSERT INTO incidents (appliance_id, incident_type, severity, reported_at) "
                            "VALUES (?, 'arrived_live', 'high', now() + interval '1 hour')"),
             {apps[0]});
    IncidentModel *model = w->incidentsPage()->model();
    const qint64 before = *model->totalCount();
    w->incidentsPage()->reload();
    ASSERT_TRUE(waitUntil([&] { return model->totalCount() == before + 1 && !model->isLoading(); }));
    EXPECT_EQ(model->index(0, IncidentModel::Type).data().toString(), QStringLiteral("arrived_live"));
    EXPECT_EQ(view->selectionModel()->currentIndex().data(KeyRole).toString(), key);
    EXPECT_EQ(view->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(view->selectionModel()->selectedRows().value(0).data(KeyRole).toString(), key);
    db->exec(QStringLiteral("DELETE FROM incidents WHERE incident_type = 'arrived_live'"));
}

TEST_F(WidgetTest, SearchIsDebouncedAndLiteral)
{
    auto w = openWindow();
    w->showPage(1);
    IncidentsPage *page = w->incidentsPage();
    QTest::keyClicks(page->searchBox(), QStringLiteral("bitlocker"));
    // Nothing is applied while typing; the filter lands once typing pauses.
    EXPECT_TRUE(page->model()->filter().search.isEmpty());
    ASSERT_TRUE(waitUntil([&] {
        return page->model()->filter().search == QLatin1String("bitlocker") && page->model()->totalCount().has_value();
    }));
    EXPECT_EQ(*page->model()->totalCount(),
              count(QStringLiteral("SELECT count(*) FROM incidents i JOIN appliances a ON a.id = i.appliance_id "
                                   "JOIN sites s ON s.id = a.site_id WHERE i.incident_type ILIKE '%bitlocker%' OR "
                                   "i.check_type ILIKE '%bitlocker%' OR a.hostname ILIKE '%bitlocker%' OR s.name ILIKE "
                                   "'%bitlocker%' OR i.details::text ILIKE '%bitlocker%'")));
    EXPECT_GT(*page->model()->totalCount(), 0);
    // Its first incident's detail shows; a search that matches nothing leaves no stale detail beside an empty list.
    ASSERT_TRUE(waitUntil([&] { return page->detailView()->toPlainText().contains(QStringLiteral("Executions")); }))
        << page->detailView()->toPlainText().toStdString();
    page->searchBox()->clear();
    QTest::keyClicks(page->searchBox(), QStringLiteral("no-such-incident-anywhere"));
    ASSERT_TRUE(waitUntil([&] { return page->model()->totalCount() == 0 && page->model()->rowCount() == 0; }));
    EXPECT_TRUE(waitUntil([&] { return page->detailView()->toPlainText().contains(QStringLiteral("No incident matches")); }))
        << page->detailView()->toPlainText().toStdString();
}

TEST_F(WidgetTest, CopyPutsSelectedRowsOnTheClipboard)
{
    auto w = openWindow();
    w->showPage(3);
    QTableView *view = w->runbooksPage()->view();
    view->selectRow(0);
    copySelection(view);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Group\tRunbook ID\t")));
    EXPECT_TRUE(lines[1].contains(view->model()->index(0, RunbookModel::RunbookId).data().toString()));
}

TEST_F(WidgetTest, LayoutPeriodAndPageAreRememberedBetweenRuns)
{
    {
        auto w = openWindow();
        w->periodBox()->setCurrentIndex(w->periodBox()->findData(QStringLiteral("7d")));
        w->showPage(3);
        w->runbooksPage()->view()->setColumnHidden(RunbookModel::Category, true);
        w->close();
    }
    ConsoleController againController(&db->db(), nullptr);
    MainWindow again(&againController);
    EXPECT_EQ(again.periodBox()->currentData().toString(), QStringLiteral("7d"));
    EXPECT_EQ(again.currentPage(), again.runbooksPage());
    ASSERT_TRUE(waitUntil([&] { return again.runbooksPage()->hasData(); }));
    EXPECT_TRUE(again.runbooksPage()->view()->isColumnHidden(RunbookModel::Category));
    again.runbooksPage()->view()->setColumnHidden(RunbookModel::Category, false);
    again.periodBox()->setCurrentIndex(again.periodBox()->findData(QStringLiteral("all")));
}

TEST_F(WidgetTest, KeyboardSwitchesPages)
{
    auto w = openWindow();
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(w->currentPage(), w->incidentsPage());
    QTest::keyClick(w.get(), Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(w->currentPage(), w->runbooksPage());
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(w->currentPage(), w->incidentsPage());
    EXPECT_TRUE(w->incidentsPage()->searchBox()->hasFocus());
}

TEST_F(WidgetTest, F1ListsEveryShortcutOfTheWindowAndAboutNamesTheLicences)
{
    auto w = openWindow();
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
    // What the dialog must list: the shortcuts the user guide documents,
    // written out here rather than gathered the way the dialog gathers them.
    QSet<QString> expected{QStringLiteral("F1"),     QStringLiteral("F5"),          QStringLiteral("Ctrl+Q"),
                           QStringLiteral("Ctrl+F"), QStringLiteral("Ctrl+L"),      QStringLiteral("Ctrl+R"),
                           QStringLiteral("Ctrl+C"), QStringLiteral("Ctrl+Return"), QStringLiteral("Ctrl+E"),
                           QStringLiteral("Esc"),    QStringLiteral("Shift+F1"),    QStringLiteral("Ctrl+Shift+O"),
                           // The incident actions: acknowledge, assign, note, resolve, run a runbook for it.
                           QStringLiteral("Ctrl+K"), QStringLiteral("Ctrl+Shift+A"), QStringLiteral("Ctrl+Shift+N"),
                           QStringLiteral("Ctrl+Shift+R"), QStringLiteral("Ctrl+Shift+E")};
    for (int i = 1; i <= w->pageCount(); ++i)
        expected.insert(QStringLiteral("Ctrl+%1").arg(i));
    ASSERT_GE(w->pageCount(), 9);
    QTest::keyClick(w.get(), Qt::Key_F1);
    ShortcutsDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (dialog = w->findChild<ShortcutsDialog *>()) != nullptr; }));
    QSet<QString> listed;
    for (int r = 0; r < dialog->table()->rowCount(); ++r)
        for (const QString &k : dialog->table()->item(r, 1)->text().split(QStringLiteral(", ")))
            listed.insert(k);
    EXPECT_EQ(listed, expected) << QStringList(listed.cbegin(), listed.cend()).join(QLatin1Char(' ')).toStdString();
    dialog->close();

    // Shift+F1: the user guide, offline, with its pictures.
    QTest::keyClick(w.get(), Qt::Key_F1, Qt::ShiftModifier);
    UserGuideDialog *guide = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (guide = w->findChild<UserGuideDialog *>()) != nullptr; }));
    EXPECT_FALSE(userGuidePath().isEmpty());
    EXPECT_TRUE(guide->browser()->toPlainText().contains(QStringLiteral("Healdesk user guide")))
        << guide->browser()->toPlainText().left(200).toStdString();
    EXPECT_TRUE(guide->browser()->toPlainText().contains(QStringLiteral("Recurring orders")));
    const QVariant picture = guide->browser()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/01-fleet.png")));
    EXPECT_GT(picture.toByteArray().size(), 10000);
    guide->close();

    const QString about = aboutText();
    EXPECT_TRUE(about.contains(QCoreApplication::applicationVersion()));
    for (const char *licence : {"LGPL-3.0", "GPL-3.0", "MIT", "BSD-3-Clause", "PostgreSQL Licence"})
        EXPECT_TRUE(about.contains(QLatin1String(licence))) << licence;
}

// An 800x600 screen: the window fits it (each page scrolls rather than widening the window), the Incidents search
// box keeps room to type, and every page is laid out within the window without overlapping.
TEST_F(WidgetTest, TheWindowFitsAnEightHundredBySixHundredScreen)
{
    auto w = openWindow();
    EXPECT_LE(w->minimumSizeHint().width(), 800) << w->minimumSizeHint().width();
    EXPECT_LE(w->minimumSizeHint().height(), 600) << w->minimumSizeHint().height();
    w->resize(800, 600);
    ASSERT_TRUE(waitUntil([&] { return w->width() == 800 && w->height() == 600; }, 5000))
        << w->width() << "x" << w->height();
    w->showPage(1);
    QCoreApplication::processEvents();
    EXPECT_GE(w->incidentsPage()->searchBox()->width(), 150);
    // Every page, shown, leaves the window at 800x600: none widens it.
    for (int i = 0; i < w->pageCount(); ++i) {
        w->showPage(i);
        QCoreApplication::processEvents();
        EXPECT_LE(w->minimumSizeHint().width(), 800) << w->page(i)->title().toStdString();
        EXPECT_EQ(w->size(), QSize(800, 600)) << w->page(i)->title().toStdString();
        // Nor does any page need to scroll sideways: it fits the room its scroll area gives it.
        QWidget *room = w->page(i)->parentWidget();
        ASSERT_NE(room, nullptr);
        EXPECT_LE(w->page(i)->minimumSizeHint().width(), room->width())
            << w->page(i)->title().toStdString() << " needs " << w->page(i)->minimumSizeHint().width() << " px of "
            << room->width();
    }
    // The tier charts stand in one column here, and side by side again on a wider screen.
    w->showPage(2);
    QCoreApplication::processEvents();
    EXPECT_EQ(w->tiersPage()->chartColumns(), 1);
    w->resize(1360, 768);
    ASSERT_TRUE(waitUntil([&] { return w->tiersPage()->chartColumns() == 2; }, 5000)) << w->width();
}

// Every navigation entry has an icon of Healdesk's own, whatever the icon theme: drawn (no theme name), visible
// (enough opaque pixels at the list's size), each different from the others, and in the highlight colour when
// its row is selected.
TEST_F(WidgetTest, TheNavigationHasItsOwnIcons)
{
    controller = std::make_unique<ConsoleController>(&db->db(), nullptr);
    MainWindow w(controller.get());
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(nav, nullptr);
    ASSERT_EQ(nav->count(), w.pageCount());
    const QSize size = nav->iconSize();
    QList<QImage> seen;
    for (int i = 0; i < nav->count(); ++i) {
        const QIcon icon = nav->item(i)->icon();
        const std::string title = nav->item(i)->text().toStdString();
        ASSERT_FALSE(icon.isNull()) << title;
        EXPECT_TRUE(icon.name().isEmpty()) << title << " comes from the theme: " << icon.name().toStdString();
        const QImage normal = icon.pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32);
        ASSERT_EQ(normal.size(), size) << title;
        int opaque = 0;
        for (int y = 0; y < normal.height(); ++y)
            for (int x = 0; x < normal.width(); ++x)
                opaque += qAlpha(normal.pixel(x, y)) > 128 ? 1 : 0;
        EXPECT_GT(opaque, size.width() * size.height() / 10) << title << ": " << opaque << " opaque pixels";
        EXPECT_LT(opaque, size.width() * size.height() * 9 / 10) << title << ": a filled square, not a shape";
        for (int j = 0; j < seen.size(); ++j)
            EXPECT_NE(normal, seen[j]) << title << " looks like " << nav->item(j)->text().toStdString();
        seen << normal;
        EXPECT_NE(icon.pixmap(size, QIcon::Selected).toImage().convertToFormat(QImage::Format_ARGB32), normal) << title;
    }
}

// At 1360 px the Runbooks page's figures, success rate through last run, are on screen without scrolling.
TEST_F(WidgetTest, TheRunbookFiguresAreOnScreenAtThirteenSixty)
{
    QSettings().remove(QStringLiteral("runbooks/columns"));
    controller = std::make_unique<ConsoleController>(&db->db(), nullptr);
    auto w = std::make_unique<MainWindow>(controller.get());
    w->resize(1360, 768);
    w->show();
    w->periodBox()->setCurrentIndex(w->periodBox()->findData(QStringLiteral("all")));
    // The figures arrive while another page of the same figures (Healing tiers) is shown, as after a start on it;
    // the Runbooks table fits its columns when it is shown.
    w->showPage(2);
    QTableView *view = w->runbooksPage()->view();
    ASSERT_TRUE(waitUntil([&] { return w->runbooksPage()->hasData() && view->model()->rowCount() > 0; }));
    ASSERT_FALSE(view->isVisible());
    w->showPage(3);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const int visible = view->viewport()->width();
    ASSERT_GT(visible, 900) << visible;
    for (int c : {RunbookModel::Executions, RunbookModel::SuccessRate, RunbookModel::P95Duration, RunbookModel::LastRun}) {
        const int right = view->columnViewportPosition(c) + view->columnWidth(c);
        EXPECT_GT(view->columnWidth(c), 30) << c;
        EXPECT_LE(right, visible) << "column " << c << " ends at " << right << " of " << visible << "; widths: " << [&] {
            QStringList widths;
            for (int k = 0; k < view->model()->columnCount(); ++k)
                widths << QString::number(view->columnWidth(k));
            return widths.join(QLatin1Char(' ')).toStdString();
        }();
    }
}

// The production schema, not upgraded: the console shows what it is and the plan, and Upgrade upgrades it.
TEST(UpgradeDialogTest, TheProductionSchemaGetsThePlanAndUpgradeUpgradesIt)
{
    TestDatabase t;
    t.createLegacySchema();
    t.exec(QStringLiteral("INSERT INTO partners (name) VALUES ('Acme MSP')"));
    const SchemaState state = t.db().runSync([](Session &s) { return Migrator::state(s); });
    ASSERT_EQ(state.kind, SchemaState::Kind::Production);
    UpgradeDialog dialog(&t.db(), state);
    awaitTask(dialog.load());
    ASSERT_TRUE(dialog.isLoaded());
    EXPECT_TRUE(dialog.stateLabel()->text().contains(QStringLiteral("not been upgraded by Healdesk")))
        << dialog.stateLabel()->text().toStdString();
    const QString plan = dialog.planView()->toPlainText();
    EXPECT_TRUE(plan.contains(QStringLiteral("adopt 0001"))) << plan.toStdString();
    EXPECT_EQ(plan.count(QStringLiteral("apply ")), Migrator::available().size() - 1) << plan.toStdString();
    EXPECT_TRUE(dialog.rightLabel()->text().contains(QStringLiteral("Every row is kept")));
    EXPECT_FALSE(dialog.upgradeButton()->isHidden());
    // The dry run changed nothing.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT to_regclass('public.healdesk_migrations') IS NULL")).toBool(), true);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.upgradeButton()->click();
    ASSERT_TRUE(waitUntil([&] { return accepted.count() == 1; }, 60000)) << dialog.rightLabel()->text().toStdString();
    EXPECT_EQ(t.db().runSync([](Session &s) { return Migrator::state(s); }).kind, SchemaState::Kind::Current);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_migrations")).toInt(), Migrator::available().size());
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT name FROM partners")).toString(), QStringLiteral("Acme MSP"));
}

// A login that does not own the tables sees no button, and is told who may upgrade.
TEST(UpgradeDialogTest, ALoginThatMayNotUpgradeIsToldWhoMay)
{
    TestDatabase t;
    t.createLegacySchema();
    Logins logins{t, {}};
    const QString clerk = logins.make(QStringLiteral("clerk"));
    t.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(clerk));
    const QString owner = t.scalar(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'sites'")).toString();
    ASSERT_FALSE(owner.isEmpty());
    Database db(ConnectionConfig::fromUri(uriFor(t, clerk)));
    const SchemaState state = db.runSync([](Session &s) { return Migrator::state(s); });
    ASSERT_EQ(state.kind, SchemaState::Kind::Production);
    UpgradeDialog dialog(&db, state);
    awaitTask(dialog.load());
    EXPECT_TRUE(dialog.upgradeButton()->isHidden());
    EXPECT_TRUE(dialog.rightLabel()->text().contains(QStringLiteral("Only %1 may upgrade").arg(owner)))
        << dialog.rightLabel()->text().toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT to_regclass('public.healdesk_migrations') IS NULL")).toBool(), true);
}
