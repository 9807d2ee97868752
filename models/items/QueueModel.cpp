#include "QueueModel.h"

#include "Format.h"
#include "IncidentModel.h"
#include "Session.h"

#include <algorithm>

namespace hd {

namespace {

// The queue holds what needs a person now; a few hundred rows is more than a desk works through in a day.
constexpr int kQueueLimit = 1000;

// Sorting by severity puts critical first.
int severityRank(const QString &severity)
{
    const QString s = severity.trimmed().toLower();
    return s == QLatin1String("critical") ? 4 : s == QLatin1String("high") ? 3 : s == QLatin1String("medium") ? 2
         : s == QLatin1String("low")      ? 1
                                          : 0;
}

} // namespace

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeLeft: return tr("SLA");
    case Severity: return tr("Severity");
    case Why: return tr("Why");
    case Owner: return tr("Owner");
    case Age: return tr("Reported");
    case Type: return tr("Type");
    case Appliance: return tr("Appliance");
    case Site: return tr("Site");
    case Status: return tr("Status");
    case Tier: return tr("Tier");
    }
    return {};
}

QString QueueModel::reasons(const QueueRow &row)
{
    QStringList why;
    if (row.breached)
        why << tr("past SLA");
    if (row.isL3)
        why << tr("L3");
    if (row.escalated)
        why << tr("escalated");
    if (row.latestFailed)
        why << tr("last run failed");
    return why.join(QStringLiteral(" · "));
}

int QueueModel::breachedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const QueueRow &r) { return r.breached; }));
}

QVariant QueueModel::cell(const QueueRow &row, int column, int role) const
{
    const IncidentRow &i = row.incident;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeLeft: return format::timeLeft(row.dueAt);
        case Severity: return format::storedValue(i.severity);
        case Why: return reasons(row);
        case Owner: return i.owner.isEmpty() ? tr("nobody") : i.owner;
        case Age: return format::ago(i.reportedAt);
        case Type: return i.type;
        case Appliance: return i.hostname;
        case Site: return i.siteName;
        case Status: return format::storedValue(i.status);
        case Tier: return format::storedValue(i.tier);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == TimeLeft && row.dueAt.isValid())
            return tr("Due %1").arg(format::dateTime(row.dueAt));
        if (column == Age)
            return format::dateTime(i.reportedAt);
        return {};
    case SortRole:
        switch (column) {
        case TimeLeft: return row.dueAt.isValid() ? QVariant(row.dueAt.toMSecsSinceEpoch()) : QVariant();
        case Age: return i.reportedAt;
        case Severity: return -severityRank(i.severity);
        }
        return cell(row, column, Qt::DisplayRole);
    case TierRole: return i.tier;
    case StatusRole: return i.status;
    case LastEventRole: return i.lastEvent;
    case ToneRole:
        if (column == TimeLeft)
            return row.breached ? QStringLiteral("bad") : QString();
        if (column == Severity)
            return severityTone(i.severity);
        if (column == Owner && i.owner.isEmpty())
            return QStringLiteral("muted");
        if (column == Tier && i.tier == QLatin1String("L3"))
            return QStringLiteral("warn");
        return {};
    }
    return {};
}

QCoro::Task<> QueueModel::reload(Database &db, IncidentFilter filter)
{
    auto fetch = [filter](Session &s) { return Incidents::queue(s, filter, kQueueLimit); };
    return load(db, std::move(fetch));
}

} // namespace hd
