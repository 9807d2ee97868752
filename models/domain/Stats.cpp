#include "Stats.h"

#include "Session.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace hd {

namespace {

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

RunbookStat readRunbook(const Rows &q)
{
    RunbookStat r;
    r.runbookId = q.text("runbook_id");
    r.name = q.text("name");
    r.category = q.text("category");
    r.hipaaControls = q.text("hipaa_controls");
    r.disruptive = q.flag("is_disruptive");
    r.enabled = q.flag("enabled");
    r.executions = q.int64("executions");
    r.successes = q.int64("successes");
    r.avgDuration = q.maybeReal("avg_duration");
    r.p95Duration = q.maybeReal("p95_duration");
    r.lastRun = q.time("last_run");
    return r;
}

RunbookStat readUnmapped(const Rows &q)
{
    RunbookStat r;
    r.unmapped = true;
    r.runbookId = q.text("runbook_id");
    r.executions = q.int64("executions");
    r.successes = q.int64("successes");
    r.avgDuration = q.maybeReal("avg_duration");
    r.p95Duration = q.maybeReal("p95_duration");
    r.lastRun = q.time("last_run");
    return r;
}

} // namespace

QJsonObject FleetStats::toJson() const
{
    QJsonObject byTier;
    for (const QString &t : kTiers + QStringList{QStringLiteral("unknown")})
        byTier.insert(t, executionsByTier.value(t).executions);
    QJsonObject incidents;
    for (const QString &t : kTiers + QStringList{QStringLiteral("none")})
        incidents.insert(t, incidentsByTier.value(t));
    QJsonArray rbs;
    for (const RunbookStat &r : runbooks) {
        rbs.append(QJsonObject{{QStringLiteral("runbook_id"), r.runbookId},
                               {QStringLiteral("executions"), r.executions},
                               {QStringLiteral("successes"), r.successes},
                               {QStringLiteral("avg_duration_seconds"), jsonNumber(r.avgDuration)},
                               {QStringLiteral("p95_duration_seconds"), jsonNumber(r.p95Duration)}});
    }
    QJsonArray un;
    for (const RunbookStat &r : unmapped)
        un.append(QJsonObject{{QStringLiteral("telemetry_runbook_id"), r.runbookId},
                              {QStringLiteral("executions"), r.executions}});
    return QJsonObject{{QStringLiteral("telemetry_total"), telemetryTotal},
                       {QStringLiteral("executions_by_tier"), byTier},
                       {QStringLiteral("incidents_by_tier"), incidents},
                       {QStringLiteral("runbooks"), rbs},
                       {QStringLiteral("unmapped"), un}};
}

namespace Stats {

FleetStats loadInSnapshot(Session &session, const Scope &scope, bool withTrend, Source source)
{
    const Binds binds = scope.binds();
    const QString suffix = source == Source::Raw ? QStringLiteral("_raw") : QString();
    // The rollup queries read a few thousand rows (the connection has JIT off:
    // the planner cannot see that through the period bounds, and compiling
    // took about 2 s on the 10M fleet for a 50 ms query). Planning them takes
    // 30 ms, longer than running them, and their plan does not depend on the
    // values (the period and sites reach the plan as a row of the scope CTE),
    // so they stay prepared on the connection with one generic plan. For
    // this transaction only.
    const bool rollups = source == Source::Rollups;
    if (rollups)
        session.script(QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan"), QStringLiteral("stats"));
    // Calls row(q) for each row of the named figure.
    const auto forEachRow = [&](const QString &name, const auto &row) {
        if (rollups) {
            Rows q = session.prepared(name, binds);
            while (q.next())
                row(q);
            q.query().finish();
        } else {
            Rows q = session.query(name + suffix, binds);
            while (q.next())
                row(q);
        }
    };
    FleetStats stats;
    for (const QString &t : kTiers + QStringList{QStringLiteral("unknown")})
        stats.executionsByTier.insert(t, {});
    for (const QString &t : kTiers + QStringList{QStringLiteral("none")})
        stats.incidentsByTier.insert(t, 0);
    forEachRow(QStringLiteral("stats_executions_by_tier"), [&](const Rows &q) {
        stats.executionsByTier[q.text("tier")] = {q.int64("executions"), q.int64("successes")};
        stats.telemetryTotal += q.int64("executions");
    });
    Rows q = session.query(QStringLiteral("stats_incidents_by_tier") + suffix, binds);
    while (q.next())
        stats.incidentsByTier[q.text("tier")] = q.int64("incidents");
    if (rollups) {
        // Both lists from one statement; its last column says which.
        forEachRow(QStringLiteral("stats_runbooks"), [&](const Rows &q) {
            if (q.flag("unmapped")) {
                RunbookStat r = readRunbook(q);
                r.unmapped = true;
                r.name.clear();
                r.category.clear();
                r.hipaaControls.clear();
                stats.unmapped << r;
            } else {
                stats.runbooks << readRunbook(q);
            }
        });
    } else {
        forEachRow(QStringLiteral("stats_runbooks"), [&](const Rows &q) { stats.runbooks << readRunbook(q); });
        forEachRow(QStringLiteral("stats_unmapped"), [&](const Rows &q) { stats.unmapped << readUnmapped(q); });
    }
    if (withTrend) {
        forEachRow(QStringLiteral("stats_tier_trend"), [&](const Rows &q) {
            stats.trend << TierTrendPoint{q.value("day").toDate(), q.text("tier"), q.int64("executions"),
                                          q.int64("successes")};
        });
    }
    // A report reads on in the same transaction; its own statements are
    // prepared afresh with their values, where a custom plan can be better.
    if (rollups)
        session.script(QStringLiteral("SET LOCAL plan_cache_mode TO DEFAULT"), QStringLiteral("stats"));
    return stats;
}

FleetStats load(Session &session, const Scope &scope, bool withTrend, Source source)
{
    scope.validate();
    // One snapshot: per-runbook counts, tiers and the total come from the same
    // data, and rollups and queued changes are read as of the same moment.
    return session.readSnapshot(QStringLiteral("stats"),
                                [&] { return loadInSnapshot(session, scope, withTrend, source); });
}

} // namespace Stats

} // namespace hd
