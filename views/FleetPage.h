#pragma once

#include "Page.h"

class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace hd {

class ApplianceModel;
class SiteModel;

class FleetPage : public Page
{
    Q_OBJECT
public:
    explicit FleetPage(Database *db, QWidget *parent = nullptr);
    ~FleetPage() override;
    QString title() const override { return tr("Fleet"); }
    QStringList channels() const override;
    void setScope(const Scope &scope) override;
    void reload() override;
    bool hasData() const override;

    SiteModel *siteModel() const { return m_sites; }
    ApplianceModel *applianceModel() const { return m_appliances; }
    QTableView *siteView() const { return m_siteView; }
    QTableView *applianceView() const { return m_applianceView; }

    // What "Run runbook…" targets: the selected appliances, else every appliance of the current site.
    struct OrderTarget
    {
        QStringList applianceIds;
        QString siteId;
        QString description;
    };
    OrderTarget orderTarget(bool wholeSite) const;

Q_SIGNALS:
    // The technician asked for the incidents of an appliance.
    void showIncidents(const QString &applianceId, const QString &hostname);
    // The technician asked to run a runbook on appliances (or a whole site).
    void issueOrder(bool wholeSite);
    // The technician asked for a site's maintenance windows.
    void editWindows(const QString &siteId, const QString &siteName);

private:
    void siteChanged();
    QString currentSiteId() const;

    Scope m_scope;
    SiteModel *m_sites;
    ApplianceModel *m_appliances;
    QSortFilterProxyModel *m_siteProxy;
    QSortFilterProxyModel *m_applianceProxy;
    QTableView *m_siteView;
    QTableView *m_applianceView;
    QLabel *m_summary;
    QLabel *m_applianceTitle;
    QSplitter *m_splitter;
    QString m_shownSite;
};

} // namespace hd
