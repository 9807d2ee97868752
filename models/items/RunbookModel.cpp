#include "RunbookModel.h"

#include "Format.h"
#include "Session.h"

namespace hd {

void RunbookModel::setStats(const FleetStats &stats)
{
    setRows(stats.runbooks + stats.unmapped);
}

QVariant RunbookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Group");
    case RunbookId:
        return tr("Runbook ID");
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case HipaaControls:
        return tr("HIPAA controls");
    case Disruptive:
        return tr("Disruptive");
    case Executions:
        return tr("Executions");
    case Successes:
        return tr("Successes");
    case SuccessRate:
        return tr("Success rate");
    case AvgDuration:
        return tr("Avg duration");
    case P95Duration:
        return tr("p95 duration");
    case LastRun:
        return tr("Last run");
    }
    return {};
}

QVariant RunbookModel::cell(const RunbookStat &row, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Group:
            // Only the rows that stand apart say so; "Runbook" on every other row said nothing.
            return row.unmapped ? tr("Unmapped") : QString();
        case RunbookId:
            return row.runbookId;
        case Name:
            if (row.unmapped)
                return tr("(telemetry ID with no runbook)");
            return row.enabled ? row.name : tr("%1 (disabled)").arg(row.name);
        case Category:
            return format::storedValue(row.category);
        case HipaaControls:
            return row.hipaaControls;
        case Disruptive:
            return row.unmapped ? QString() : (row.disruptive ? tr("yes") : tr("no"));
        case Executions:
            return row.executions;
        case Successes:
            return row.successes;
        case SuccessRate:
            return format::percent(row.successes, row.executions);
        case AvgDuration:
            return format::duration(row.avgDuration);
        case P95Duration:
            return format::duration(row.p95Duration);
        case LastRun:
            return format::dateTime(row.lastRun);
        }
    }
    if (role == SortRole) {
        switch (column) {
        case SuccessRate:
            return row.executions > 0 ? double(row.successes) / double(row.executions) : -1.0;
        case AvgDuration:
            return row.avgDuration.value_or(-1.0);
        case P95Duration:
            return row.p95Duration.value_or(-1.0);
        case LastRun:
            return row.lastRun;
        case Group:
            return row.unmapped ? 1 : 0;
        default:
            return cell(row, column, Qt::DisplayRole);
        }
    }
    if (role == RowTypeRole)
        return row.unmapped ? QStringLiteral("unmapped") : QStringLiteral("runbook");
    if (role == ToneRole) {
        if (row.unmapped)
            return QStringLiteral("warn");
        if (!row.enabled || row.executions == 0)
            return QStringLiteral("muted");
    }
    if (role == Qt::TextAlignmentRole && column >= Executions && column <= P95Duration)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace hd
