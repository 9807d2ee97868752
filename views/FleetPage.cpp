#include "FleetPage.h"

#include "Database.h"
#include "Fleet.h"
#include "FleetModels.h"
#include "Settings.h"
#include "TableSupport.h"
#include "Channels.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {

FleetPage::FleetPage(Database *db, QWidget *parent)
    : Page(db, parent), m_sites(new SiteModel(this)), m_appliances(new ApplianceModel(this)),
      m_siteProxy(new QSortFilterProxyModel(this)), m_applianceProxy(new QSortFilterProxyModel(this)),
      m_siteView(new QTableView(this)), m_applianceView(new QTableView(this)), m_summary(new QLabel(this)),
      m_applianceTitle(new QLabel(this)), m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_siteProxy->setSourceModel(m_sites);
    m_siteProxy->setSortRole(SortRole);
    m_applianceProxy->setSourceModel(m_appliances);
    m_applianceProxy->setSortRole(SortRole);

    m_siteView->setObjectName(QStringLiteral("fleetSites"));
    m_siteView->setModel(m_siteProxy);
    m_siteView->setSortingEnabled(true);
    m_siteView->sortByColumn(SiteModel::Name, Qt::AscendingOrder);
    setupTableView(m_siteView, QStringLiteral("fleet/sites"));
    m_siteView->setSelectionMode(QAbstractItemView::SingleSelection);

    m_applianceView->setObjectName(QStringLiteral("fleetAppliances"));
    m_applianceView->setModel(m_applianceProxy);
    m_applianceView->setSortingEnabled(true);
    m_applianceView->sortByColumn(ApplianceModel::Hostname, Qt::AscendingOrder);
    setupTableView(m_applianceView, QStringLiteral("fleet/appliances"));
    m_applianceView->setToolTip(tr("Double-click or press Enter to see an appliance's incidents"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setTextFormat(Qt::RichText);
    // Long lines wrap: on a small screen they would otherwise widen the page past the window.
    m_summary->setWordWrap(true);
    m_applianceTitle->setWordWrap(true);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_siteView);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_applianceTitle->setTextFormat(Qt::RichText);
    bottomLayout->addWidget(m_applianceTitle);
    bottomLayout->addWidget(m_applianceView);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(Settings().splitterState(QStringLiteral("fleet")));
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Settings().setSplitterState(QStringLiteral("fleet"), m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_siteView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FleetPage::siteChanged);
    connect(m_sites, &SiteModel::loaded, this, [this] {
        qint64 online = 0, stale = 0, offline = 0, open = 0;
        for (const SiteRow &r : m_sites->rows()) {
            online += r.online;
            stale += r.stale;
            offline += r.offline;
            open += r.openIncidents;
        }
        m_summary->setText(tr("<b>%n site(s)</b>", nullptr, int(m_sites->rows().size())) +
                           tr(" — appliances: <span style='color:#2e7d32'>%1 online</span>, "
                              "<span style='color:#b25a00'>%2 stale</span>, "
                              "<span style='color:#c62828'>%3 offline</span> — %4 incidents open now (whatever the period)")
                               .arg(online)
                               .arg(stale)
                               .arg(offline)
                               .arg(open));
        if (!m_siteView->selectionModel()->currentIndex().isValid() && m_siteProxy->rowCount() > 0)
            m_siteView->selectRow(0);
        else
            siteChanged();
        // Shown once both tables have answered (the window waits for that
        // before the next live reload).
        if (!m_appliances->isLoading())
            emit dataShown();
    });
    connect(m_appliances, &ApplianceModel::loaded, this, [this] {
        if (!m_sites->isLoading())
            emit dataShown();
    });
    connect(m_sites, &SiteModel::loadFailed, this, &Page::loadFailed);
    connect(m_appliances, &ApplianceModel::loadFailed, this, &Page::loadFailed);

    auto activate = [this](const QModelIndex &index) {
        const QModelIndex source = m_applianceProxy->mapToSource(index);
        if (const ApplianceRow *row = m_appliances->rowAt(m_appliances->index(source.row(), 0)))
            emit showIncidents(row->id, row->hostname);
    };
    connect(m_applianceView, &QTableView::activated, this, activate);

    // Right-click: run a runbook on the selected appliances or on the whole site.
    auto *onAppliances = new QAction(tr("&Run runbook on selected appliances…"), m_applianceView);
    connect(onAppliances, &QAction::triggered, this, [this] { emit issueOrder(false); });
    m_applianceView->addAction(onAppliances);
    auto *onSite = new QAction(tr("Run runbook on &every appliance of this site…"), m_siteView);
    connect(onSite, &QAction::triggered, this, [this] { emit issueOrder(true); });
    m_siteView->addAction(onSite);
    auto *windows = new QAction(tr("&Maintenance windows…"), m_siteView);
    connect(windows, &QAction::triggered, this, [this] {
        const QString site = currentSiteId();
        if (site.isEmpty())
            return;
        QString name = site;
        for (const SiteRow &r : m_sites->rows()) {
            if (r.id == site)
                name = r.name;
        }
        emit editWindows(site, name);
    });
    m_siteView->addAction(windows);

    auto *clock = new QTimer(this);
    clock->setInterval(30000);
    connect(clock, &QTimer::timeout, m_appliances, &ApplianceModel::refreshRelativeTimes);
    clock->start();
    m_summary->setText(tr("Loading sites…"));
    m_applianceTitle->setText(tr("<b>Appliances</b>"));
}

FleetPage::~FleetPage() = default;

QStringList FleetPage::channels() const
{
    return {Channel::appliances(), Channel::incidents(),
            Channel::telemetry()};
}

void FleetPage::setScope(const Scope &scope)
{
    m_scope = scope;
    reload();
}

void FleetPage::reload()
{
    m_sites->reload(*m_db, m_scope);
    if (!m_shownSite.isEmpty())
        m_appliances->reload(*m_db, m_shownSite);
}

bool FleetPage::hasData() const
{
    return !m_sites->rows().isEmpty() && (m_shownSite.isEmpty() || !m_appliances->rows().isEmpty());
}

FleetPage::OrderTarget FleetPage::orderTarget(bool wholeSite) const
{
    OrderTarget target;
    const QString site = currentSiteId();
    QString siteName;
    for (const SiteRow &r : m_sites->rows())
        if (r.id == site)
            siteName = r.name;
    if (!wholeSite) {
        QStringList hosts;
        const auto rows = m_applianceView->selectionModel()->selectedRows();
        for (const QModelIndex &i : rows) {
            target.applianceIds << i.data(KeyRole).toString();
            hosts << m_applianceProxy->index(i.row(), ApplianceModel::Hostname).data().toString();
        }
        if (!target.applianceIds.isEmpty()) {
            target.description = hosts.size() <= 4 ? hosts.join(QStringLiteral(", "))
                                                   : tr("%n appliance(s)", nullptr, int(hosts.size()));
            return target;
        }
    }
    if (!site.isEmpty()) {
        target.siteId = site;
        target.description = tr("every appliance of %1 (%2)").arg(siteName, site);
    }
    return target;
}

QString FleetPage::currentSiteId() const
{
    const QModelIndex current = m_siteView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(KeyRole).toString() : QString();
}

void FleetPage::siteChanged()
{
    const QString site = currentSiteId();
    QString name;
    for (const SiteRow &r : m_sites->rows())
        if (r.id == site)
            name = r.name;
    m_applianceTitle->setText(site.isEmpty() ? tr("<b>Appliances</b> — select a site")
                                             : tr("<b>Appliances of %1</b> <span style='color:gray'>(%2)</span>")
                                                   .arg(name.toHtmlEscaped(), site.toHtmlEscaped()));
    m_shownSite = site;
    m_appliances->reload(*m_db, site);
}

} // namespace hd
