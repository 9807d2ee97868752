#pragma once

#include "RowTableModel.h"
#include "Stats.h"

namespace hd {

// One row per canonical runbook, then one per unmapped telemetry ID (RowTypeRole "unmapped").
class RunbookModel : public RowTableModel<RunbookStat>
{
    Q_OBJECT
public:
    enum Column {
        Group, RunbookId, Name, Category, HipaaControls, Disruptive, Executions, Successes, SuccessRate,
        AvgDuration, P95Duration, LastRun, ColumnCount
    };
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void setStats(const FleetStats &stats);

protected:
    QString keyOf(const RunbookStat &row) const override
    {
        return (row.unmapped ? QStringLiteral("unmapped:") : QStringLiteral("runbook:")) + row.runbookId;
    }
    QVariant cell(const RunbookStat &row, int column, int role) const override;
};

} // namespace hd
