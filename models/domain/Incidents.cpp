#include "Incidents.h"

#include "Database.h"

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
    r.reportedUs = q.value(13).toLongLong();
    return r;
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

IncidentKey keyOf(const IncidentRow &row)
{
    return {row.reportedUs, row.id};
}

QList<IncidentRow> page(Session &session, const IncidentFilter &filter, const std::optional<IncidentKey> &after,
                        int limit, const std::optional<IncidentKey> &through)
{
    QVariantList binds = filter.binds();
    for (const std::optional<IncidentKey> &key : {after, through}) {
        if (key)
            binds << key->reportedUs << key->reportedUs << key->id;
        else
            binds << nullText() << nullText() << nullText();
    }
    binds << (limit > 0 ? QVariant(limit) : nullText());
    QList<IncidentRow> rows;
    auto q = session.query(shaped(QStringLiteral("incidents_page"), filter), binds);
    while (q.next())
        rows << readIncident(q);
    return rows;
}

qint64 count(Session &session, const IncidentFilter &filter)
{
    // Nothing but the scope and a tier: the kept counts answer (0016).
    if (filter.applianceId.isEmpty() && filter.severity.isEmpty() && filter.status.isEmpty() &&
        filter.search.trimmed().isEmpty()) {
        const QVariant tier = textOrNull(filter.tier);
        auto q =
            session.query(QStringLiteral("incidents_count_counted"), filter.scope.binds() + QVariantList{tier, tier});
        return q.next() ? q.value(0).toLongLong() : 0;
    }
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

} // namespace hd
