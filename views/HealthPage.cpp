#include "HealthPage.h"

#include "AdminPanels.h"
#include "SigningPanels.h"
#include "Channels.h"
#include "Database.h"
#include "Deliver.h"
#include "Error.h"
#include "HealthDialogs.h"
#include "HealthModels.h"
#include "TableSupport.h"
#include "Users.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hd {

HealthPage::HealthPage(Database *db, QWidget *parent)
    : Page(db, parent), m_detectors(new DetectorModel(this)), m_details(new HealthItemModel(this)),
      m_detectorView(new QTableView(this)), m_detailView(new QTableView(this)),
      m_summary(new QLabel(tr("Loading…"), this)), m_detailTitle(new QLabel(this)),
      m_repair(new QPushButton(tr("&Repair…"), this)), m_tabs(new QTabWidget(this)),
      m_settings(new RunbookSettingsPanel(db, this)), m_learning(new LearningPanel(db, this)),
      m_keys(new SigningKeysPanel(db, this))
{
    m_detectorView->setObjectName(QStringLiteral("detectors"));
    m_detectorView->setModel(m_detectors);
    m_detectorView->setItemDelegate(new ToneDelegate(m_detectorView));
    setupTableView(m_detectorView, QStringLiteral("health/detectors"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_details);
    proxy->setSortRole(SortRole);
    m_detailView->setObjectName(QStringLiteral("healthDetails"));
    m_detailView->setModel(proxy);
    m_detailView->setSortingEnabled(true);
    setupTableView(m_detailView, QStringLiteral("health/details"));
    m_repair->setToolTip(tr("Preview and apply the repair of the selected defect (Ctrl+Enter)"));
    m_repair->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_repair->setEnabled(false);
    m_repair->setVisible(false);
    connect(m_repair, &QPushButton::clicked, this, &HealthPage::repairSelected);
    connect(m_detectorView, &QTableView::doubleClicked, this, &HealthPage::repairSelected);

    // Long lines wrap: on a small screen they would otherwise widen the page past the window.
    m_summary->setWordWrap(true);
    m_detailTitle->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_repair);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detailTitle);
    lowerLayout->addWidget(m_detailView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("healthSplitter"));
    splitter->addWidget(m_detectorView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 1);
    auto *mismatches = new QWidget(this);
    auto *mismatchLayout = new QVBoxLayout(mismatches);
    mismatchLayout->addLayout(top);
    mismatchLayout->addWidget(splitter, 1);
    m_tabs->addTab(mismatches, tr("&Mismatches"));
    m_tabs->addTab(m_settings, tr("Runbook &settings"));
    m_tabs->addTab(m_learning, tr("&Learning"));
    m_tabs->addTab(m_keys, tr("Si&gning keys"));
    m_tabs->setObjectName(QStringLiteral("healthTabs"));
    m_tabs->setTabVisible(1, false); // until the database says this login is an admin
    m_tabs->setTabVisible(2, false);
    m_tabs->setTabVisible(3, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);

    connect(m_detectors, &DetectorModel::loaded, this, [this] {
        m_loadedOnce = true;
        int problems = 0;
        for (const DetectorRow &r : m_detectors->rows())
            problems += r.count > 0 ? 1 : 0;
        m_summary->setText((problems == 0
                                ? tr("<b>No mismatch found</b> between the components' data.")
                                : tr("<b>%n kind(s) of mismatch</b> found; select one to see its rows and repair it.",
                                     nullptr, problems)) +
                           tr(" Data health looks at all of the data, whatever the period."));
        if (!m_detectorView->currentIndex().isValid() && m_detectors->rowCount() > 0)
            m_detectorView->setCurrentIndex(m_detectors->index(0, 0));
        else if (m_detectorView->currentIndex().isValid())
            showDetails(m_detectors->rows().at(m_detectorView->currentIndex().row()).detector);
        emit dataShown();
    });
    connect(m_detectors, &DetectorModel::loadFailed, this, &Page::loadFailed);
    connect(m_detectorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto *row = m_detectors->rowAt(current);
                m_repair->setEnabled(row && row->count > 0 &&
                                     (row->fix || row->detector == Health::Detector::Unmapped));
                if (row)
                    showDetails(row->detector);
            });
}

QStringList HealthPage::channels() const
{
    return {Channel::incidents(), Channel::orders(), Channel::telemetry(), Channel::config()};
}

void HealthPage::setScope(const Scope &)
{
    // Defects are properties of the whole database, whatever the scope.
    reload();
}

QCoro::Task<> HealthPage::checkPrivileges()
{
    // Admin actions are shown only to logins the database lets use them; the
    // database refuses them anyway, this only keeps the console honest.
    auto fetch = [](Session &s) { return Users::privileges(s); };
    auto show = [&](const Users::Privileges &p) {
        m_privilegesKnown = true;
        m_admin = p.admin;
        m_repair->setVisible(m_admin);
        m_tabs->setTabVisible(1, m_admin);
        m_tabs->setTabVisible(2, m_admin);
        m_tabs->setTabVisible(3, m_admin);
        m_repair->setToolTip(tr("Preview and apply the repair of the selected defect (Ctrl+Enter)"));
    };
    auto fail = [&](const Error &e) { emit loadFailed(e.toString()); };
    QCoro::Task<bool> done = deliver(this, m_db->submit(std::move(fetch)), std::move(show), std::move(fail));
    co_await done;
}

void HealthPage::reload()
{
    checkPrivileges();
    m_detectors->reload(*m_db);
    m_settings->reload();
    m_learning->reload();
    m_keys->reload();
}

QCoro::Task<> HealthPage::showDetails(Health::Detector detector)
{
    const int generation = ++m_detailGeneration;
    auto fetch = [detector](Session &s) { return Health::details(s, detector); };
    auto show = [&](QList<HealthItem> items) {
        if (generation != m_detailGeneration)
            return;
        m_details->setHeaders(Health::detailHeaders(detector));
        m_details->setRows(std::move(items));
        const auto rows = m_detectors->rows();
        const auto it =
            std::find_if(rows.begin(), rows.end(), [detector](const DetectorRow &r) { return r.detector == detector; });
        m_detailTitle->setText(it == rows.end() ? QString()
                               : m_details->rowCount() >= 1000
                                   ? tr("<b>%1</b>: the first 1,000 rows").arg(it->title)
                                   : tr("<b>%1</b>: %n row(s)", nullptr, m_details->rowCount()).arg(it->title));
    };
    auto fail = [&](const Error &e) { emit loadFailed(e.toString()); };
    QCoro::Task<bool> done = deliver(this, m_db->submit(std::move(fetch)), std::move(show), std::move(fail));
    co_await done;
}

void HealthPage::repairSelected()
{
    if (!m_admin)
        return;
    const DetectorRow *row = m_detectors->rowAt(m_detectorView->currentIndex());
    if (!row || row->count == 0)
        return;
    if (row->detector == Health::Detector::Unmapped) {
        auto *dialog = new MappingDialog(m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &MappingDialog::changed, this, &HealthPage::reload);
        dialog->reload();
        dialog->open();
        return;
    }
    if (!row->fix)
        return;
    auto *dialog = new FixDialog(m_db, *row->fix, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FixDialog::applied, this, [this](int changed) {
        m_summary->setText(tr("Repaired %n row(s); the audit log records each.", nullptr, changed));
        reload();
    });
    dialog->loadPreview();
    dialog->open();
}

} // namespace hd
