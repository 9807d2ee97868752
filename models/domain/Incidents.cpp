#include "Incidents.h"

#include "IncidentActions.h"

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

IncidentRow readIncident(const Rows &q)
{
    IncidentRow r;
    r.id = q.text("id");
    r.reportedAt = q.time("reported_at");
    r.siteId = q.text("site_id");
    r.siteName = q.text("site_name");
    r.applianceId = q.text("appliance_id");
    r.hostname = q.text("hostname");
    r.type = q.text("incident_type");
    r.severity = q.text("severity");
    r.status = q.text("status");
    r.tier = q.text("tier");
    r.recordedTier = q.text("resolution_tier");
    r.resolvedAt = q.time("resolved_at");
    r.checkType = q.text("check_type");
    r.reportedUs = q.int64("reported_us");
    r.inWindow = q.flag("in_window");
    r.owner = q.text("owner");
    r.lastEvent = q.int64("last_event");
    return r;
}

} // namespace

Binds IncidentFilter::binds() const
{
    QString text = likeEscaped(search.trimmed());
    return scope.binds() + Binds{{"appliance", textOrNull(applianceId)},
                                 {"severity", textOrNull(severity.toLower())},
                                 {"status", textOrNull(status.toLower())},
                                 {"tier", textOrNull(tier)},
                                 {"search", textOrNull(text)},
                                 {"owner", textOrNull(owner.trimmed())}};
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
    const auto us = [](const std::optional<IncidentKey> &key) { return key ? QVariant(key->reportedUs) : nullText(); };
    const auto id = [](const std::optional<IncidentKey> &key) { return key ? QVariant(key->id) : nullText(); };
    const Binds binds = filter.binds() + Binds{{"after_us", us(after)},
                                               {"after_id", id(after)},
                                               {"through_us", us(through)},
                                               {"through_id", id(through)},
                                               {"row_limit", limit > 0 ? QVariant(limit) : nullText()}};
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
        filter.search.trimmed().isEmpty() && filter.owner.trimmed().isEmpty()) {
        const QVariant tier = textOrNull(filter.tier);
        auto q = session.query(QStringLiteral("incidents_count_counted"), filter.scope.binds() + Binds{{"tier", tier}});
        return q.next() ? q.int64("incidents") : 0;
    }
    auto q = session.query(shaped(QStringLiteral("incidents_count"), filter), filter.binds());
    return q.next() ? q.int64("incidents") : 0;
}

QList<QueueRow> queue(Session &session, const IncidentFilter &filter, int limit)
{
    IncidentFilter now = filter;
    now.scope.from = {};
    now.scope.to = {};
    QList<QueueRow> rows;
    auto q = session.query(QStringLiteral("incidents_queue"), now.binds() + Binds{{"row_limit", limit}});
    while (q.next()) {
        QueueRow r;
        r.incident = readIncident(q);
        r.dueAt = q.time("due_at");
        r.breached = q.flag("breached");
        r.latestFailed = q.flag("latest_failed");
        r.isL3 = q.flag("is_l3");
        r.escalated = q.flag("is_escalated");
        rows << r;
    }
    return rows;
}

QList<ExecutionRow> executions(Session &session, const QString &queryName, const Binds &binds)
{
    QList<ExecutionRow> list;
    auto q = session.query(queryName, binds);
    while (q.next()) {
        ExecutionRow e;
        e.id = q.int64("id");
        e.executionId = q.text("execution_id");
        e.runbookId = q.text("runbook_id");
        e.canonical = q.text("canonical");
        e.level = q.text("resolution_level");
        e.tier = q.text("tier");
        e.success = q.flag("success");
        e.duration = q.maybeReal("duration_seconds");
        e.startedAt = q.time("started_at");
        e.completedAt = q.time("completed_at");
        e.steps = q.text("steps");
        e.stateBefore = q.text("state_before");
        e.stateAfter = q.text("state_after");
        e.error = q.text("error_message");
        e.hostname = q.text("hostname");
        list << e;
    }
    return list;
}

RunbookSuggestion suggestRunbook(Session &session, const QString &incidentId)
{
    auto q = session.query(QStringLiteral("incident_runbook_suggestion"), {{"incident", incidentId}});
    if (!q.next())
        throw Error(Error::Code::InvalidInput, IncidentsMsg::tr("no incident %1").arg(incidentId));
    RunbookSuggestion s;
    s.incidentId = q.text("incident_id");
    s.incidentType = q.text("incident_type");
    s.applianceId = q.text("appliance_id");
    s.hostname = q.text("hostname");
    s.siteId = q.text("site_id");
    if (!q.text("latest_runbook").isEmpty()) {
        s.runbookId = q.text("latest_runbook");
        const QString recorded = q.text("latest_recorded");
        const QString result = q.flag("latest_success") ? IncidentsMsg::tr("it succeeded") : IncidentsMsg::tr("it failed");
        s.reason = recorded == s.runbookId
                       ? IncidentsMsg::tr("%1 is the runbook of its latest execution (%2).").arg(s.runbookId, result)
                       : IncidentsMsg::tr("%1 is the runbook of its latest execution, %2 through the mapping (%3).")
                             .arg(s.runbookId, recorded, result);
    } else if (!q.text("rule_runbook").isEmpty()) {
        s.runbookId = q.text("rule_runbook");
        s.reason = IncidentsMsg::tr("No execution yet: %1 is what L1 rule %2 for %3 runs.")
                       .arg(s.runbookId, q.text("rule_id"), s.incidentType);
    } else if (!q.text("healed_runbook").isEmpty()) {
        s.runbookId = q.text("healed_runbook");
        s.reason = IncidentsMsg::tr("No execution and no L1 rule: %1 healed %2 most often in the fleet, %n time(s) in "
                                    "the last 90 days.",
                                    nullptr, int(q.int64("healed_times")))
                       .arg(s.runbookId, s.incidentType);
    } else {
        s.reason = IncidentsMsg::tr("Nothing to suggest: %1 has no execution, no L1 rule and no healing in the fleet "
                                    "in the last 90 days. Choose a runbook.")
                       .arg(s.incidentType);
    }
    return s;
}

IncidentDetail detail(Session &session, const QString &incidentId)
{
    IncidentDetail d;
    {
        auto q = session.query(QStringLiteral("incident_detail"), {{"incident", incidentId}});
        if (!q.next())
            throw Error(Error::Code::InvalidInput, IncidentsMsg::tr("incident %1 no longer exists").arg(incidentId));
        d.incident.id = q.text("id");
        d.incident.type = q.text("incident_type");
        d.incident.severity = q.text("severity");
        d.incident.status = q.text("status");
        d.incident.checkType = q.text("check_type");
        d.details = q.text("details");
        d.incident.recordedTier = q.text("resolution_tier");
        d.orderId = q.text("order_id");
        d.incident.reportedAt = q.time("reported_at");
        d.incident.resolvedAt = q.time("resolved_at");
        d.incident.hostname = q.text("hostname");
        d.incident.siteId = q.text("site_id");
        d.incident.siteName = q.text("site_name");
        // The tier by the definition, kept on the row (40_incident_tier.sql), as the list shows it.
        d.incident.tier = q.text("tier");
        d.incident.owner = q.text("owner");
    }
    d.executions = executions(session, QStringLiteral("incident_executions"), {{"incident", incidentId}});
    d.events = IncidentActions::events(session, d.incident.id);
    return d;
}

} // namespace Incidents

} // namespace hd
