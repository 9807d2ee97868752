#include "MainWindow.h"
#include "Icons.h"
#include "ConnectDialog.h"
#include "Profiles.h"

#include "AlertRoutesDialog.h"
#include "AuditPage.h"
#include "ConsoleController.h"
#include "Database.h"
#include "Deliver.h"
#include "Fleet.h"
#include "FleetPage.h"
#include "Format.h"
#include "HealthPage.h"
#include "HelpDialogs.h"
#include "IncidentsPage.h"
#include "IssueOrderDialog.h"
#include "Language.h"
#include "MaintenanceDialog.h"
#include "OrderSchedulesDialog.h"
#include "IncidentDesk.h"
#include "OrdersPage.h"
#include "QueuePage.h"
#include "ReportsPage.h"
#include "RunbooksPage.h"
#include "Settings.h"
#include "SigningPanels.h"
#include "StatsSource.h"
#include "TiersPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

namespace hd {

namespace {

struct PeriodChoice
{
    const char *key;
    const char *label;
};

// Relative periods are worked out again at every reload, so "last 24 hours"
// keeps meaning that while the console stays open.
const PeriodChoice kPeriods[] = {
    {"24h", QT_TRANSLATE_NOOP("MainWindow", "Last 24 hours")},
    {"7d", QT_TRANSLATE_NOOP("MainWindow", "Last 7 days")},
    {"30d", QT_TRANSLATE_NOOP("MainWindow", "Last 30 days")},
    {"90d", QT_TRANSLATE_NOOP("MainWindow", "Last 90 days")},
    {"month", QT_TRANSLATE_NOOP("MainWindow", "This month")},
    {"lastmonth", QT_TRANSLATE_NOOP("MainWindow", "Last month")},
    {"all", QT_TRANSLATE_NOOP("MainWindow", "All time")},
};

std::pair<QDateTime, QDateTime> periodRange(const QString &key)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.date();
    if (key == QLatin1String("24h"))
        return {now.addSecs(-86400), {}};
    // N whole UTC days and today so far: whole days are read from the
    // telemetry rollups, so only today's part is counted from raw rows.
    auto daysBack = [&today](int n) { return QDateTime(today.addDays(-n), QTime(0, 0), Qt::UTC); };
    if (key == QLatin1String("7d"))
        return {daysBack(7), {}};
    if (key == QLatin1String("30d"))
        return {daysBack(30), {}};
    if (key == QLatin1String("90d"))
        return {daysBack(90), {}};
    if (key == QLatin1String("month"))
        return {QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC), {}};
    if (key == QLatin1String("lastmonth")) {
        const QDate first(today.year(), today.month(), 1);
        return {QDateTime(first.addMonths(-1), QTime(0, 0), Qt::UTC), QDateTime(first, QTime(0, 0), Qt::UTC)};
    }
    return {{}, {}};
}

} // namespace

MainWindow::MainWindow(ConsoleController *controller, QWidget *parent)
    : QMainWindow(parent), m_controller(controller), m_db(controller->database()), m_stats(new StatsSource(this)),
      m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_scopeBox(new QComboBox(this)),
      m_periodBox(new QComboBox(this)), m_connection(new QLabel(this)), m_signing(new QLabel(this)),
      m_workerLabel(new QLabel(this)), m_updated(new QLabel(this)), m_error(new QLabel(this)),
      m_banner(new QFrame(this)), m_bannerText(new QLabel(this))
{
    Database *db = m_db;
    // Which database is open, as the status bar says it (never the password).
    setWindowTitle(tr("%1 — Healdesk").arg(db->config().describe()));
    setObjectName(QStringLiteral("mainWindow"));

    m_fleet = new FleetPage(db, this);
    m_incidents = new IncidentsPage(db, this);
    m_tiers = new TiersPage(db, m_stats, this);
    m_runbooks = new RunbooksPage(db, m_stats, this);
    m_orders = new OrdersPage(db, this);
    m_audit = new AuditPage(db, this);
    m_reports = new ReportsPage(db, this);
    m_health = new HealthPage(db, this);
    m_queue = new QueuePage(db, this);
    connect(m_controller, &ConsoleController::problem, this, &MainWindow::showError);
    m_pages = {m_fleet, m_incidents, m_tiers, m_runbooks, m_orders, m_audit, m_reports, m_health, m_queue};

    using Icons::Kind;
    const QList<Kind> icons{Kind::Fleet,  Kind::Incidents, Kind::Tiers,   Kind::Runbooks, Kind::Orders,
                            Kind::Audit,  Kind::Reports,   Kind::Health,  Kind::Queue};
    for (int i = 0; i < m_pages.size(); ++i) {
        // Each page scrolls when the window is smaller than it needs (an 800x600 screen), instead of making the
        // whole window wider than the screen or squeezing its widgets over each other.
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidget(m_pages[i]);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_stack->addWidget(scroll);
        auto *item = new QListWidgetItem(Icons::icon(icons[i]), m_pages[i]->title(), m_nav);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(m_pages[i]->title()).arg(i + 1));
        connect(m_pages[i], &Page::loadFailed, this, &MainWindow::showError);
        // A load that failed because the server cannot be reached at all (the
        // console may have started while it was down) starts the same
        // reconnect loop as a connection that broke.
        connect(m_pages[i], &Page::loadFailed, m_controller, &ConsoleController::loadFailed);
        // The reload a notification started has answered: changes that came
        // meanwhile go now.
        const auto refreshed = [this, page = m_pages[i]] {
            if (m_refreshing != page)
                return;
            m_refreshing = nullptr;
            m_controller->refreshFinished();
        };
        connect(m_pages[i], &Page::loadFailed, this, refreshed);
        connect(m_pages[i], &Page::dataShown, this, refreshed);
        connect(m_pages[i], &Page::dataShown, this, [this] {
            m_lastLoaded = format::clockTime(QTime::currentTime());
            m_updated->setText(tr("Updated %1").arg(m_lastLoaded));
        });
    }
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(170);
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::pageShown);

    // The offline banner sits above everything and never replaces the pages:
    // what was loaded stays readable while the console reconnects.
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("#offlineBanner{background:#fdecea;border:1px solid #e57373;border-radius:3px}"
                       "#offlineBanner QLabel{color:#8e1b1b}"));
    m_bannerText->setObjectName(QStringLiteral("offlineBannerText"));
    m_bannerText->setWordWrap(true);
    auto *retry = new QPushButton(tr("Reconnect &now"), m_banner);
    retry->setObjectName(QStringLiteral("reconnectNow"));
    connect(retry, &QPushButton::clicked, m_controller, &ConsoleController::reconnectNow);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(retry);
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->addWidget(m_banner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    // Global scope and period.
    auto *toolbar = addToolBar(tr("Scope"));
    toolbar->setObjectName(QStringLiteral("scopeToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scopeBox);
    m_scopeBox->setObjectName(QStringLiteral("scopeBox"));
    // Narrow enough for the German toolbar at 800 px; the list that opens is wide enough for whole site names.
    m_scopeBox->setMinimumContentsLength(20);
    m_scopeBox->view()->setMinimumWidth(340);
    m_scopeBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scopeBox->addItem(tr("All sites"), QStringLiteral("all"));
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodBox);
    m_periodBox->setObjectName(QStringLiteral("periodBox"));
    for (const PeriodChoice &p : kPeriods)
        m_periodBox->addItem(QCoreApplication::translate("MainWindow", p.label), QString::fromLatin1(p.key));
    const int savedPeriod = m_periodBox->findData(Settings().period());
    m_periodBox->setCurrentIndex(savedPeriod < 0 ? 2 : savedPeriod);
    toolbar->addWidget(scopeLabel);
    toolbar->addWidget(m_scopeBox);
    toolbar->addSeparator();
    toolbar->addWidget(periodLabel);
    toolbar->addWidget(m_periodBox);
    toolbar->addSeparator();
    auto *refresh = toolbar->addAction(Icons::icon(Icons::Kind::Refresh), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Reload the current page (F5)"));
    connect(refresh, &QAction::triggered, this, [this] {
        if (Page *p = currentPage())
            p->reload();
    });
    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, &MainWindow::applyScope);
    connect(m_periodBox, &QComboBox::currentIndexChanged, this, &MainWindow::applyScope);

    // Menus and keyboard navigation.
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *connectTo = fileMenu->addAction(tr("&Connect to a database…"));
    connectTo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(connectTo, &QAction::triggered, this, [this] {
        ConnectDialog dialog(QString(), this);
        ConnectionConfig current = m_db->config();
        current.password.clear(); // asked again, never shown
        dialog.setConfig(current);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (dialog.demoChosen()) {
            emit demoRequested();
            return;
        }
        try {
            emit switchDatabase(dialog.config(), dialog.standby(), dialog.config().describe());
        } catch (const Error &e) {
            showError(e.message()); // a malformed standby address: said, and this database stays open
        }
    });
    QMenu *recent = fileMenu->addMenu(tr("&Recent profiles"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentProfiles(recent); });
    fillRecentProfiles(recent);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    // Platforms without a standard quit key (the generic theme) get the usual one.
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *go = viewMenu->addAction(m_pages[i]->title());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(i); });
    }
    viewMenu->addSeparator();
    viewMenu->addAction(refresh);
    QAction *focusScope = viewMenu->addAction(tr("Choose &scope"));
    focusScope->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focusScope, &QAction::triggered, this, [this] {
        m_scopeBox->setFocus();
        m_scopeBox->showPopup();
    });
    QAction *find = viewMenu->addAction(tr("&Find incidents"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showPage(1);
        m_incidents->searchBox()->setFocus();
        m_incidents->searchBox()->selectAll();
    });
    viewMenu->addSeparator();
    QMenu *languageMenu =
        viewMenu->addMenu(QIcon::fromTheme(QStringLiteral("preferences-desktop-locale")), tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(languageMenu);
    const QString savedLanguage = Settings().language();
    QStringList codes{QString()};
    codes << Language::available();
    for (const QString &code : std::as_const(codes)) {
        QAction *choice = languageMenu->addAction(code.isEmpty() ? tr("&System default") : Language::nativeName(code));
        choice->setCheckable(true);
        choice->setChecked(code == savedLanguage);
        choice->setData(code);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] {
            Settings().setLanguage(code);
            statusBar()->showMessage(tr("The language changes the next time Healdesk starts."), 10000);
        });
    }
    QMenu *ordersMenu = menuBar()->addMenu(tr("&Orders"));
    QAction *runbook = ordersMenu->addAction(Icons::icon(Icons::Kind::Run), tr("&Run runbook…"));
    runbook->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    runbook->setToolTip(
        tr("Run a runbook on the appliances selected on the Fleet page, or on the current site (Ctrl+R)"));
    connect(runbook, &QAction::triggered, this, [this] { openIssueDialog(false); });
    toolbar->addAction(runbook);
    connect(m_fleet, &FleetPage::issueOrder, this, &MainWindow::openIssueDialog);
    QAction *schedules =
        ordersMenu->addAction(QIcon::fromTheme(QStringLiteral("appointment-recurring")), tr("Recurring &orders…"));
    schedules->setObjectName(QStringLiteral("orderSchedulesAction"));
    schedules->setToolTip(tr("Runbooks the worker runs on a schedule: in each maintenance window, daily or monthly"));
    connect(schedules, &QAction::triggered, this, [this] {
        auto *dialog = new OrderSchedulesDialog(m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_orders, &OrdersPage::issueRequested, this, [this] { openIssueDialog(false); });
    // An order's incident, from its detail: the Incidents page searching for its ID.
    connect(m_orders, &OrdersPage::openIncident, this, [this](const QString &id) {
        showPage(1);
        m_incidents->searchBox()->setText(id);
    });

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *signingKey =
        settingsMenu->addAction(QIcon::fromTheme(QStringLiteral("security-high")), tr("&Signing key…"));
    signingKey->setObjectName(QStringLiteral("signingKeyAction"));
    connect(signingKey, &QAction::triggered, this, [this] { openSigningKeyDialog(); });
    QAction *alertRoutes = settingsMenu->addAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Alert &routes…"));
    alertRoutes->setObjectName(QStringLiteral("alertRoutesAction"));
    alertRoutes->setToolTip(tr("Where the worker sends alerts: webhooks, Slack, Teams, PagerDuty"));
    connect(alertRoutes, &QAction::triggered, this, [this] {
        auto *dialog = new AlertRoutesDialog(m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")), tr("&Keyboard shortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction *guide = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User guide"));
    guide->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    connect(guide, &QAction::triggered, this, [this] {
        auto *dialog = new UserGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction *about = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Healdesk"));
    connect(about, &QAction::triggered, this, [this] { QMessageBox::about(this, tr("About Healdesk"), aboutText()); });

    // Cross-page navigation.
    connect(m_tiers, &TiersPage::tierChosen, this, [this](const QString &tier) {
        m_incidents->showTier(tier);
        showPage(1);
    });
    connect(m_fleet, &FleetPage::editWindows, this, &MainWindow::openMaintenanceDialog);
    connect(m_fleet, &FleetPage::showIncidents, this, [this](const QString &id, const QString &host) {
        m_incidents->showAppliance(id, host);
        showPage(1);
    });

    // Status bar: where we are connected, whether live updates flow, errors.
    m_connection->setObjectName(QStringLiteral("connectionIndicator"));
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    statusBar()->addWidget(m_error, 1);
    statusBar()->addPermanentWidget(m_updated);
    m_signing->setObjectName(QStringLiteral("signingIndicator"));
    statusBar()->addPermanentWidget(m_signing);
    m_workerLabel->setObjectName(QStringLiteral("workerIndicator"));
    statusBar()->addPermanentWidget(m_workerLabel);
    statusBar()->addPermanentWidget(m_connection);
    // On a narrow screen the status bar gives way (its labels are cut short) rather than widening the window.
    // The time of the last load stays whole: "Updated" alone would say nothing.
    for (QLabel *label : {m_error, m_signing, m_workerLabel, m_connection})
        label->setMinimumWidth(24);
    m_updated->setMinimumWidth(m_updated->fontMetrics().horizontalAdvance(tr("Updated %1").arg(QStringLiteral("00:00:00"))) + 6);
    if (m_db->hasStandby()) {
        // Where reads go: the standby while it keeps up, else the primary, said plainly.
        m_readRoute = new QLabel(this);
        m_readRoute->setObjectName(QStringLiteral("readRouteIndicator"));
        statusBar()->addPermanentWidget(m_readRoute);
        showReadRoute(m_db->readRoute());
        connect(m_controller, &ConsoleController::readRouteChanged, this, &MainWindow::showReadRoute);
    }
    connect(m_controller, &ConsoleController::connectionChanged, this, [this] {
        updateConnectionLabel();
        updateBanner();
    });
    connect(m_controller, &ConsoleController::signingChanged, this, &MainWindow::updateSigningLabel);
    connect(m_controller, &ConsoleController::workerChanged, this, &MainWindow::updateWorkerLabel);
    updateWorkerLabel();
    connect(m_health->signingKeysPanel(), &SigningKeysPanel::changed, m_controller,
            [this] { m_controller->loadSigner(); });
    updateSigningLabel();
    connect(m_controller, &ConsoleController::reloadNeeded, this, &MainWindow::reloadAfterOutage);
    connect(m_controller, &ConsoleController::changesReady, this, &MainWindow::applyChanges);
    updateConnectionLabel();

    resize(1360, 840);
    Settings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    buildScopeBox();
    const int last = std::clamp(settings.lastPage(), 0, int(m_pages.size()) - 1);
    m_nav->setCurrentRow(last);
    applyScope();
    m_constructed = true;
    // What waits for a person comes first: once the queue has answered, the console turns to it when it is not
    // empty and the technician has not chosen a page meanwhile.
    connect(m_queue, &QueuePage::queueCounted, this, [this](int incidents) {
        if (m_startChosen)
            return;
        m_startChosen = true;
        if (incidents > 0 && currentPage() != m_queue)
            showPage(int(m_pages.indexOf(m_queue)));
    });
    for (IncidentDesk *desk : {m_queue->desk(), m_incidents->desk()})
        connect(desk, &IncidentDesk::runRunbook, this, [this](const QString &id) { openIncidentOrder(id); });
    if (currentPage() != m_queue) {
        m_queue->setScope(m_scope);
        m_stale.remove(m_queue);
    }
}

MainWindow::~MainWindow() = default;

MaintenanceDialog *MainWindow::openMaintenanceDialog(const QString &siteId, const QString &siteName)
{
    auto *dialog = new MaintenanceDialog(m_db, siteId, siteName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SigningKeyDialog *MainWindow::openSigningKeyDialog()
{
    auto *dialog = new SigningKeyDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::updateWorkerLabel()
{
    if (!m_controller->workerChecked()) {
        m_workerLabel->clear();
        return;
    }
    const WorkerStatus &w = m_controller->worker();
    if (w.leading) {
        m_workerLabel->setText(tr("worker: running on %1").arg(w.host));
        m_workerLabel->setStyleSheet(QString());
        m_workerLabel->setToolTip(
            tr("healdesk worker releases held orders, expires orders and drains the rollups (pid %1, %n other(s) "
               "waiting to take over)",
               nullptr, w.standby)
                .arg(w.pid));
    } else {
        m_workerLabel->setText(tr("no worker: orders, schedules and reports wait"));
        m_workerLabel->setStyleSheet(QStringLiteral("color:#b26a00"));
        m_workerLabel->setToolTip(tr("No healdesk worker is running: orders held for a maintenance window are not "
                                     "released. This console drains the rollups meanwhile. Start the service "
                                     "(systemctl enable --now healdesk-worker) or run healdesk worker."));
    }
}

void MainWindow::updateSigningLabel()
{
    const ConsoleController::Signing &s = m_controller->signing();
    if (!s.checked) {
        m_signing->clear();
        return;
    }
    if (s.keyId.isEmpty()) {
        m_signing->setText(tr("unsigned"));
        m_signing->setStyleSheet(QStringLiteral("color:#b26a00"));
        m_signing->setToolTip(
            tr("No signing key on this workstation for %1: orders for partners that require signatures are "
               "refused, reports are marked unsigned (Settings ▸ Signing key)")
                .arg(s.login) +
            (s.note.isEmpty() ? QString() : QStringLiteral("\n") + s.note));
        return;
    }
    const bool approved = s.state == QLatin1String("approved");
    m_signing->setText(approved ? tr("signing as %1").arg(s.login)
                                : tr("key %1").arg(s.state.isEmpty() ? tr("unknown") : format::storedValue(s.state)));
    m_signing->setStyleSheet(approved ? QString() : QStringLiteral("color:#b26a00"));
    m_signing->setToolTip(
        tr("Signing key %1 (%2)")
            .arg(s.keyId, s.state.isEmpty() ? tr("not in the database") : format::storedValue(s.state)));
}

IssueOrderDialog *MainWindow::openIssueDialog(bool wholeSite)
{
    const FleetPage::OrderTarget target = m_fleet->orderTarget(wholeSite);
    if (target.applianceIds.isEmpty() && target.siteId.isEmpty()) {
        showPage(0);
        QMessageBox::information(this, tr("Run a runbook"),
                                 tr("Select a site or some of its appliances on the Fleet page first."));
        return nullptr;
    }
    auto *dialog = new IssueOrderDialog(m_db, target.applianceIds, target.siteId, target.description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IssueOrderDialog::ordersIssued, this, [this, dialog](const QStringList &ids) {
        int held = 0;
        QDateTime first;
        for (const IssuedOrder &o : dialog->issued()) {
            if (o.held) {
                ++held;
                if (o.releaseAt.isValid() && (!first.isValid() || o.releaseAt < first))
                    first = o.releaseAt;
            }
        }
        if (held == 0) {
            statusBar()->showMessage(tr("%n order(s) issued", nullptr, int(ids.size())), 8000);
        } else {
            statusBar()->showMessage(
                tr("%n order(s) held until a maintenance window", nullptr, held) +
                    (first.isValid() ? tr(" (the first opens %1)").arg(format::dateTime(first)) : QString()),
                15000);
        }
        showPage(int(m_pages.indexOf(m_orders)));
        m_orders->reload();
    });
    dialog->open();
    return dialog;
}

QCoro::Task<IssueOrderDialog *> MainWindow::openIncidentOrder(QString incidentId)
{
    RunbookSuggestion suggestion;
    bool found = false;
    auto fetch = [incidentId](Session &s) { return Incidents::suggestRunbook(s, incidentId); };
    auto keep = [&](RunbookSuggestion s) {
        suggestion = std::move(s);
        found = true;
    };
    auto failed = [this](const Error &e) { showError(e.message()); };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(keep), std::move(failed));
    if (!co_await done || !found)
        co_return nullptr;
    auto *dialog = new IssueOrderDialog(m_db, {suggestion.applianceId}, suggestion.siteId,
                                        tr("%1 (the incident's appliance)").arg(suggestion.hostname), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIncident(suggestion);
    connect(dialog, &IssueOrderDialog::ordersIssued, this, [this](const QStringList &ids) {
        statusBar()->showMessage(
            tr("Order %1 issued for the incident: its timeline follows it, and offers to resolve it once it completes")
                .arg(ids.value(0)),
            15000);
    });
    dialog->open();
    co_return dialog;
}

int MainWindow::pageCount() const
{
    return int(m_pages.size());
}

Page *MainWindow::page(int index) const
{
    return m_pages.value(index);
}

Page *MainWindow::currentPage() const
{
    return m_pages.value(m_stack->currentIndex());
}

void MainWindow::showPage(int index)
{
    m_startChosen = true; // even when it is the page shown already
    m_nav->setCurrentRow(index);
}

QCoro::Task<> MainWindow::buildScopeBox()
{
    auto fetch = [](Session &s) { return std::make_pair(Fleet::partners(s), Fleet::allSites(s)); };
    auto show = [this](const std::pair<QList<NamedId>, QList<NamedId>> &result) {
        const auto &[partners, sites] = result;
        const QString wanted = Settings().scope();
        const QSignalBlocker block(m_scopeBox);
        m_scopeBox->clear();
        m_scopeBox->addItem(tr("All sites"), QStringLiteral("all"));
        for (const NamedId &p : partners) {
            m_scopeBox->addItem(QIcon::fromTheme(QStringLiteral("folder")), tr("Partner: %1").arg(p.name),
                                QString(QStringLiteral("partner:") + p.id));
            for (const NamedId &s : sites)
                if (s.parentId == p.id)
                    m_scopeBox->addItem(QStringLiteral("    ") + s.name, QString(QStringLiteral("site:") + s.id));
        }
        bool headed = false;
        for (const NamedId &s : sites) {
            if (!s.parentId.isEmpty())
                continue;
            if (!headed) {
                m_scopeBox->addItem(tr("Sites without a partner"), QString());
                const int header = m_scopeBox->count() - 1;
                if (auto *model = qobject_cast<QStandardItemModel *>(m_scopeBox->model()))
                    model->item(header)->setEnabled(false); // a heading, not a choice
                headed = true;
            }
            m_scopeBox->addItem(QStringLiteral("    ") + s.name, QString(QStringLiteral("site:") + s.id));
        }
        const int index = m_scopeBox->findData(wanted);
        if (index > 0) {
            m_scopeBox->setCurrentIndex(index);
            applyScope();
        }
    };
    auto failed = [this](const Error &error) { showError(error.toString()); };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show), std::move(failed));
    co_await done;
}

Scope MainWindow::currentScope() const
{
    Scope scope;
    const QString key = m_scopeBox->currentData().toString();
    if (key.startsWith(QLatin1String("partner:")))
        scope.partnerId = key.mid(8);
    else if (key.startsWith(QLatin1String("site:")))
        scope.siteIds = {key.mid(5)};
    const auto [from, to] = periodRange(m_periodBox->currentData().toString());
    scope.from = from;
    scope.to = to;
    return scope;
}

void MainWindow::applyScope()
{
    Settings settings;
    settings.setPeriod(m_periodBox->currentData().toString());
    if (!m_scopeBox->currentData().toString().isEmpty())
        settings.setScope(m_scopeBox->currentData().toString());
    m_scope = currentScope();
    m_error->clear();
    for (Page *p : std::as_const(m_pages)) {
        if (p == currentPage()) {
            p->setScope(m_scope);
            m_stale.remove(p);
        } else {
            m_stale.insert(p);
        }
    }
}

void MainWindow::pageShown(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (m_constructed)
        m_startChosen = true;
    m_stack->setCurrentIndex(index);
    Settings().setLastPage(index);
    Page *p = m_pages[index];
    if (m_refreshing && m_refreshing != p) {
        // The batch's reload was for the page left: batches need not wait for it.
        m_refreshing = nullptr;
        m_controller->refreshFinished();
    }
    if (m_stale.contains(p)) {
        m_stale.remove(p);
        p->setScope(m_scope);
    }
}

void MainWindow::applyChanges(const QMap<QString, QStringList> &changes)
{
    m_refreshing = nullptr;
    for (Page *p : std::as_const(m_pages)) {
        const QStringList wanted = p->channels();
        bool touched = false;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            touched = touched || wanted.contains(it.key());
        if (!touched)
            continue;
        if (p == currentPage()) {
            for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
                if (wanted.contains(it.key())) {
                    m_refreshing = p;
                    m_controller->refreshStarted();
                    p->handleChange(it.key(), it.value());
                    break; // one reload covers every channel
                }
            }
        } else {
            m_stale.insert(p);
        }
    }
}

void MainWindow::reloadAfterOutage()
{
    m_error->clear();
    for (Page *p : std::as_const(m_pages))
        m_stale.insert(p);
    if (Page *p = currentPage()) {
        m_stale.remove(p);
        p->reload();
    }
}

void MainWindow::updateBanner()
{
    const ConsoleController::Connection &c = m_controller->connection();
    if (!c.outage) {
        m_banner->hide();
        return;
    }
    QString text = tr("<b>No connection to the database.</b> %1").arg(c.message.toHtmlEscaped());
    text += QStringLiteral("<br>");
    text += m_lastLoaded.isEmpty() ? tr("Nothing was loaded yet.")
                                   : tr("The pages show what was loaded at %1; nothing can be ordered or changed until "
                                        "the connection is back.")
                                         .arg(m_lastLoaded);
    text += QLatin1Char(' ');
    text += c.probing ? tr("Reconnecting…") : tr("Reconnecting in %n s.", nullptr, c.secondsLeft);
    m_bannerText->setText(text);
    m_banner->show();
}

void MainWindow::updateConnectionLabel()
{
    const ConsoleController::Connection &c = m_controller->connection();
    QString text = c.connected ? tr("<span style='color:#2e7d32'>●</span> %1").arg(c.message.toHtmlEscaped())
                               : tr("<span style='color:#c62828'>●</span> offline: %1").arg(c.message.toHtmlEscaped());
    if (m_controller->listener())
        text += c.live ? tr(" · <span style='color:#2e7d32'>live</span>")
                       : tr(" · <span style='color:#b25a00'>live updates paused</span>");
    m_connection->setText(text);
    m_connection->setToolTip(c.liveMessage.isEmpty() ? c.message : c.message + QLatin1Char('\n') + c.liveMessage);
}

void MainWindow::showReadRoute(const Database::ReadRoute &route)
{
    if (!m_readRoute)
        return;
    m_readRoute->setText(route.standby ? tr("<span style='color:#2e7d32'>●</span> reads: standby")
                                       : tr("<span style='color:#b25a00'>●</span> reads: primary (standby not used)"));
    m_readRoute->setToolTip(route.reason);
}

void MainWindow::showError(const QString &message)
{
    m_error->setText(message.simplified());
    m_error->setToolTip(message);
}

void MainWindow::fillRecentProfiles(QMenu *menu)
{
    menu->clear();
    const QStringList names = Profiles::names();
    if (names.isEmpty()) {
        menu->addAction(tr("(none saved: File ▸ Connect ▸ Save as profile)"))->setEnabled(false);
        return;
    }
    for (const QString &name : names) {
        const auto profile = Profiles::load(name);
        QAction *open = menu->addAction(profile ? tr("%1 (%2)").arg(name, profile->describe()) : name);
        connect(open, &QAction::triggered, this, [this, name] {
            try {
                // The password comes from the keychain, as healdesk --profile does.
                emit switchDatabase(Profiles::resolve({}, name), Profiles::resolveStandby(name), name);
            } catch (const Error &e) {
                showError(e.message());
            }
        });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    event->accept();
}

} // namespace hd
