#pragma once

#include "RowTableModel.h"
#include "Stats.h"

namespace hd {

// One row per canonical runbook, then one per unmapped telemetry ID (RowTypeRole "unmapped").
class RunbookModel : public RowTableModel<RunbookStat>
{
    Q_OBJECT
public:
    // The figures come right after the name, so that success rate, p95 and last run are on screen at 1360 px;
    // the descriptive columns follow them.
    enum Column {
        Group, RunbookId, Name, Executions, Successes, SuccessRate, AvgDuration, P95Duration, LastRun, Category,
        HipaaControls, Disruptive, ColumnCount
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
