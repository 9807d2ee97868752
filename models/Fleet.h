#pragma once

#include "RowTableModel.h"
#include "Scope.h"

#include <QDateTime>

namespace hd {

class Session;

struct SiteRow
{
    QString id;
    QString name;
    QString partnerId;
    QString partnerName;
    qint64 appliances = 0;
    qint64 online = 0;
    qint64 stale = 0;
    qint64 offline = 0;
    qint64 openIncidents = 0;
    QDateTime lastActivity;
};

struct ApplianceRow
{
    QString id;
    QString hostname;
    QDateTime lastCheckin;
    QString status; // online, stale, offline: healdesk_appliance_status(), the one rule
    QString agentVersion;
    qint64 openIncidents = 0;
    QString siteId;
};

struct NamedId
{
    QString id;
    QString name;
    QString parentId; // a site's partner
};

namespace Fleet {
QList<SiteRow> sites(Session &session, const Scope &scope);
QList<ApplianceRow> appliances(Session &session, const QString &siteId);
QList<NamedId> partners(Session &session);
QList<NamedId> allSites(Session &session);
// Appliances in scope as (id, hostname, site id), at most 5000.
QList<NamedId> appliancesInScope(Session &session, const Scope &scope);
} // namespace Fleet

class SiteModel : public RowTableModel<SiteRow>
{
    Q_OBJECT
public:
    enum Column { Name, Partner, Appliances, Online, Stale, Offline, OpenIncidents, LastActivity, ColumnCount };
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QCoro::Task<> reload(Database &db, Scope scope);

protected:
    QString keyOf(const SiteRow &row) const override { return row.id; }
    QVariant cell(const SiteRow &row, int column, int role) const override;
};

class ApplianceModel : public RowTableModel<ApplianceRow>
{
    Q_OBJECT
public:
    enum Column { Hostname, Status, LastCheckin, AgentVersion, OpenIncidents, ColumnCount };
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QCoro::Task<> reload(Database &db, QString siteId);
    // "3 min ago" moves on with the clock; views call this from a timer.
    void refreshRelativeTimes();

protected:
    QString keyOf(const ApplianceRow &row) const override { return row.id; }
    QVariant cell(const ApplianceRow &row, int column, int role) const override;
};

} // namespace hd
