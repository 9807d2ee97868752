#include "FleetModels.h"

#include "Format.h"
#include "Session.h"
#include <QSqlQuery>

namespace hd {

namespace {
QString statusTone(const QString &status)
{
    if (status == QLatin1String("online"))
        return QStringLiteral("good");
    if (status == QLatin1String("stale"))
        return QStringLiteral("warn");
    return QStringLiteral("bad");
}
} // namespace

QVariant SiteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Site");
    case Partner:
        return tr("Partner");
    case Appliances:
        return tr("Appliances");
    case Online:
        return tr("Online");
    case Stale:
        return tr("Stale");
    case Offline:
        return tr("Offline");
    case OpenIncidents:
        return tr("Open incidents");
    case LastActivity:
        return tr("Last activity");
    }
    return {};
}

QVariant SiteModel::cell(const SiteRow &row, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name:
            return row.name;
        case Partner:
            return row.partnerName.isEmpty() ? tr("(no partner)") : row.partnerName;
        case Appliances:
            return row.appliances;
        case Online:
            return row.online;
        case Stale:
            return row.stale;
        case Offline:
            return row.offline;
        case OpenIncidents:
            return row.openIncidents;
        case LastActivity:
            return format::ago(row.lastActivity);
        }
    }
    if (role == SortRole) {
        if (column == LastActivity)
            return row.lastActivity;
        return cell(row, column, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole) {
        if (column == Name)
            return row.id;
        if (column == LastActivity)
            return format::dateTime(row.lastActivity);
    }
    if (role == Qt::TextAlignmentRole && column >= Appliances && column <= OpenIncidents)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ToneRole) {
        if (column == Offline && row.offline > 0)
            return QStringLiteral("bad");
        if (column == Stale && row.stale > 0)
            return QStringLiteral("warn");
        if (column == Partner && row.partnerName.isEmpty())
            return QStringLiteral("muted");
    }
    return {};
}

QCoro::Task<> SiteModel::reload(Database &db, Scope scope)
{
    auto fetch = [scope](Session &s) { return Fleet::sites(s, scope); };
    return load(db, std::move(fetch));
}

QVariant ApplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Hostname:
        return tr("Hostname");
    case Status:
        return tr("Status");
    case LastCheckin:
        return tr("Last check-in");
    case AgentVersion:
        return tr("Agent version");
    case OpenIncidents:
        return tr("Open incidents");
    }
    return {};
}

QVariant ApplianceModel::cell(const ApplianceRow &row, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Hostname:
            return row.hostname;
        case Status:
            return row.status;
        case LastCheckin:
            return format::ago(row.lastCheckin);
        case AgentVersion:
            return row.agentVersion.isEmpty() ? tr("unknown") : row.agentVersion;
        case OpenIncidents:
            return row.openIncidents;
        }
    }
    if (role == SortRole) {
        if (column == LastCheckin)
            return row.lastCheckin;
        return cell(row, column, Qt::DisplayRole);
    }
    if (role == StatusRole)
        return row.status;
    if (role == Qt::ToolTipRole && column == LastCheckin)
        return format::dateTime(row.lastCheckin);
    if (role == ToneRole && column == Status)
        return statusTone(row.status);
    if (role == Qt::TextAlignmentRole && column == OpenIncidents)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QCoro::Task<> ApplianceModel::reload(Database &db, QString siteId)
{
    if (siteId.isEmpty()) {
        // Nothing to ask the database: an empty answer, through the same path.
        auto fetch = [](Session &) { return QList<ApplianceRow>(); };
        return load(db, std::move(fetch));
    }
    auto fetch = [siteId](Session &s) { return Fleet::appliances(s, siteId); };
    return load(db, std::move(fetch));
}

void ApplianceModel::refreshRelativeTimes()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LastCheckin), index(int(m_rows.size()) - 1, LastCheckin), {Qt::DisplayRole});
}

} // namespace hd
