#include "Incidents.h"

#include "Error.h"
#include "Format.h"
#include "Session.h"
#include "Stats.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace hd {

namespace {
struct IncidentsMsg
{
    Q_DECLARE_TR_FUNCTIONS(Incidents)
};
} // namespace

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

IncidentRow readIncident(const QSqlQuery &q)
{
    IncidentRow r;
    r.id = q.value(0).toString();
    r.reportedAt = q.value(1).toDateTime();
    r.siteId = q.value(2).toString();
    r.siteName = q.value(3).toString();
    r.applianceId = q.value(4).toString();
    r.hostname = q.value(5).toString();
    r.type = q.value(6).toString();
    r.severity = q.value(7).toString();
    r.status = q.value(8).toString();
    r.tier = q.value(9).toString();
    r.recordedTier = q.value(10).toString();
    r.resolvedAt = q.value(11).toDateTime();
    r.checkType = q.value(12).toString();
    return r;
}

QString severityTone(const QString &severity)
{
    const QString s = severity.trimmed().toLower();
    if (s == QLatin1String("critical"))
        return QStringLiteral("bad");
    if (s == QLatin1String("high"))
        return QStringLiteral("warn");
    if (s == QLatin1String("low") || s == QLatin1String("medium"))
        return {};
    return QStringLiteral("muted"); // a severity the schema does not know: shown as it is, greyed
}

} // namespace

QVariantList IncidentFilter::binds() const
{
    QString text = likeEscaped(search.trimmed());
    return scope.binds() + QVariantList{textOrNull(applianceId), textOrNull(severity.toLower()),
                                        textOrNull(status.toLower()), textOrNull(tier), textOrNull(text)};
}

namespace Incidents {

namespace {
// A filter that names an appliance or a few sites reads those appliances'
// incidents through their index (the *_narrow queries: up to a window per
// appliance, merged); any other reads the fleet's newest first and skips what
// does not match, which is cheaper when the scope holds many appliances (a
// partner's sites). Both shapes take the same binds and give the same rows.
QString shaped(const QString &name, const IncidentFilter &filter)
{
    constexpr qsizetype kNarrowSites = 5;
    const bool narrow = !filter.applianceId.isEmpty() ||
                        (!filter.scope.siteIds.isEmpty() && filter.scope.siteIds.size() <= kNarrowSites);
    return narrow ? name + QStringLiteral("_narrow") : name;
}
} // namespace

QList<IncidentRow> page(Session &session, const IncidentFilter &filter,
                        const std::optional<std::pair<QDateTime, QString>> &after, int limit)
{
    QVariantList binds = filter.binds();
    if (after) {
        const QString ts = after->first.toUTC().toString(Qt::ISODateWithMs);
        binds << ts << ts << after->second;
    } else {
        binds << nullText() << nullText() << nullText();
    }
    binds << limit;
    QList<IncidentRow> rows;
    auto q = session.query(shaped(QStringLiteral("incidents_page"), filter), binds);
    while (q.next())
        rows << readIncident(q);
    return rows;
}

qint64 count(Session &session, const IncidentFilter &filter)
{
    auto q = session.query(shaped(QStringLiteral("incidents_count"), filter), filter.binds());
    return q.next() ? q.value(0).toLongLong() : 0;
}

IncidentDetail detail(Session &session, const QString &incidentId)
{
    IncidentDetail d;
    {
        auto q = session.query(QStringLiteral("incident_detail"), {incidentId});
        if (!q.next())
            throw Error(Error::Code::InvalidInput, IncidentsMsg::tr("incident %1 no longer exists").arg(incidentId));
        d.incident.id = q.value(0).toString();
        d.incident.type = q.value(1).toString();
        d.incident.severity = q.value(2).toString();
        d.incident.status = q.value(3).toString();
        d.incident.checkType = q.value(4).toString();
        d.details = q.value(5).toString();
        d.incident.recordedTier = q.value(6).toString();
        d.orderId = q.value(7).toString();
        d.incident.reportedAt = q.value(8).toDateTime();
        d.incident.resolvedAt = q.value(9).toDateTime();
        d.incident.hostname = q.value(10).toString();
        d.incident.siteId = q.value(11).toString();
        d.incident.siteName = q.value(12).toString();
    }
    auto q = session.query(QStringLiteral("incident_executions"), {incidentId});
    while (q.next()) {
        ExecutionRow e;
        e.id = q.value(0).toLongLong();
        e.executionId = q.value(1).toString();
        e.runbookId = q.value(2).toString();
        e.canonical = q.value(3).toString();
        e.level = q.value(4).toString();
        e.tier = q.value(5).toString();
        e.success = q.value(6).toBool();
        e.duration = optionalDouble(q.value(7));
        e.startedAt = q.value(8).toDateTime();
        e.completedAt = q.value(9).toDateTime();
        e.steps = q.value(10).toString();
        e.stateBefore = q.value(11).toString();
        e.stateAfter = q.value(12).toString();
        e.error = q.value(13).toString();
        e.hostname = q.value(14).toString();
        d.executions << e;
    }
    // The tier shown for the incident follows the same definition as the list.
    d.incident.tier = QStringLiteral("none");
    for (const ExecutionRow &e : d.executions) {
        if (e.tier != QLatin1String("unknown"))
            d.incident.tier = e.tier; // executions come oldest first; the last known one wins
    }
    if (d.incident.tier == QLatin1String("none")) {
        const QString own = d.incident.recordedTier.trimmed().toUpper();
        if (own == QLatin1String("L1") || own == QLatin1String("L2") || own == QLatin1String("L3"))
            d.incident.tier = own;
    }
    return d;
}

} // namespace Incidents

IncidentModel::IncidentModel(Database *db, QObject *parent) : TableModelBase(parent), m_db(db) {}

int IncidentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const IncidentRow *IncidentModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reported:
        return tr("Reported");
    case Site:
        return tr("Site");
    case Appliance:
        return tr("Appliance");
    case Type:
        return tr("Type");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Tier:
        return tr("Tier");
    }
    return {};
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const IncidentRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reported:
            return format::dateTime(r.reportedAt);
        case Site:
            return r.siteName;
        case Appliance:
            return r.hostname;
        case Type:
            return r.type;
        case Severity:
            return r.severity;
        case Status:
            return r.status;
        case Tier:
            return r.tier;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Tier && r.recordedTier.trimmed().toUpper() != r.tier)
            return tr("Recorded on the incident: %1").arg(r.recordedTier.isEmpty() ? tr("nothing") : r.recordedTier);
        return {};
    case KeyRole:
        return r.id;
    case TierRole:
        return r.tier;
    case StatusRole:
        return r.status;
    case ToneRole:
        if (index.column() == Severity)
            return severityTone(r.severity);
        if (index.column() == Tier && r.tier == QLatin1String("L3"))
            return QStringLiteral("warn");
        return {};
    }
    return {};
}

bool IncidentModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void IncidentModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true; // one window in flight at a time
    loadWindow(m_filterGeneration);
}

QCoro::Task<> IncidentModel::setFilter(IncidentFilter filter)
{
    m_filter = std::move(filter);
    const quint64 generation = ++m_filterGeneration;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    // Views may call fetchMore() from the reset itself; the first window is ours.
    m_fetching = true;
    m_total.reset();
    endResetModel();
    // The window first: both go through the same connection in order, and on a
    // large fleet the count can take seconds (BENCHMARKS.md); the rows should not wait for it.
    QCoro::Task<> window = loadWindow(generation);
    loadCount(generation);
    co_await window;
}

QCoro::Task<> IncidentModel::loadWindow(quint64 generation)
{
    // The caller has set m_fetching, so no second window starts meanwhile.
    setLoading(true);
    std::optional<std::pair<QDateTime, QString>> after;
    if (!m_rows.isEmpty())
        after = std::make_pair(m_rows.last().reportedAt, m_rows.last().id);
    const IncidentFilter filter = m_filter;
    QPointer<IncidentModel> self(this);
    auto fetch = [filter, after](Session &s) { return Incidents::page(s, filter, after, kWindow); };
    QFuture<QList<IncidentRow>> future = m_db->submitRead(std::move(fetch));
    try {
        QList<IncidentRow> rows = co_await future;
        if (!self || generation != m_filterGeneration)
            co_return;
        m_atEnd = rows.size() < kWindow;
        // Still "fetching" while rows go in: views and testers call fetchMore()
        // from the insert signals, before the new last row is there to page from.
        if (!rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
            m_rows += rows;
            endInsertRows();
        }
        m_fetching = false;
        setLoading(false);
        emit loaded();
    } catch (const Error &error) {
        if (self && generation == m_filterGeneration) {
            m_fetching = false;
            m_atEnd = true; // stop asking; a refresh or new filter tries again
            setLoading(false);
            emit loadFailed(error.toString());
        }
    }
}

QCoro::Task<> IncidentModel::loadCount(quint64 generation)
{
    const IncidentFilter filter = m_filter;
    QPointer<IncidentModel> self(this);
    auto fetch = [filter](Session &s) { return Incidents::count(s, filter); };
    QFuture<qint64> future = m_db->submitRead(std::move(fetch));
    try {
        const qint64 total = co_await future;
        if (!self || generation != m_filterGeneration)
            co_return;
        m_total = total;
        emit totalCountChanged(total);
    } catch (const Error &error) {
        if (self && generation == m_filterGeneration)
            emit loadFailed(error.toString());
    }
}

QCoro::Task<> IncidentModel::refresh()
{
    const quint64 generation = ++m_filterGeneration;
    const int wanted = std::max<int>(int(m_rows.size()), kWindow);
    const IncidentFilter filter = m_filter;
    m_fetching = true;
    setLoading(true);
    QPointer<IncidentModel> self(this);
    auto fetch = [filter, wanted](Session &s) { return Incidents::page(s, filter, std::nullopt, wanted); };
    QFuture<QList<IncidentRow>> future = m_db->submitRead(std::move(fetch));
    loadCount(generation); // after the rows, as in setFilter()
    try {
        QList<IncidentRow> rows = co_await future;
        if (!self || generation != m_filterGeneration)
            co_return;
        m_atEnd = rows.size() < wanted;
        bool sameKeys = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = rows[i].id == m_rows[i].id;
        if (sameKeys) {
            m_rows = std::move(rows);
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        } else {
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
        }
        m_fetching = false; // only now: views call fetchMore() from the signals above
        setLoading(false);
        emit loaded();
    } catch (const Error &error) {
        if (self && generation == m_filterGeneration) {
            m_fetching = false;
            setLoading(false);
            emit loadFailed(error.toString());
        }
    }
}

} // namespace hd
