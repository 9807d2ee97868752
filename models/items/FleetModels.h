#pragma once

#include "Fleet.h"
#include "RowTableModel.h"

namespace hd {

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
