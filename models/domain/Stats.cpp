#include "Stats.h"

#include "Session.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace hd {

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

namespace {

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

RunbookStat readRunbook(const QSqlQuery &q)
{
    RunbookStat r;
    r.runbookId = q.value(0).toString();
    r.name = q.value(1).toString();
    r.category = q.value(2).toString();
    r.hipaaControls = q.value(3).toString();
    r.disruptive = q.value(4).toBool();
    r.enabled = q.value(5).toBool();
    r.executions = q.value(6).toLongLong();
    r.successes = q.value(7).toLongLong();
    r.avgDuration = optionalDouble(q.value(8));
    r.p95Duration = optionalDouble(q.value(9));
    r.lastRun = q.value(10).toDateTime();
    return r;
}

RunbookStat readUnmapped(const QSqlQuery &q)
{
    RunbookStat r;
    r.unmapped = true;
    r.runbookId = q.value(0).toString();
    r.executions = q.value(1).toLongLong();
    r.successes = q.value(2).toLongLong();
    r.avgDuration = optionalDouble(q.value(3));
    r.p95Duration = optionalDouble(q.value(4));
    r.lastRun = q.value(5).toDateTime();
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
    const QVariantList binds = scope.binds();
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
            QSqlQuery &q = session.prepared(name, binds);
            while (q.next())
                row(q);
            q.finish();
        } else {
            QSqlQuery q = session.query(name + suffix, binds);
            while (q.next())
                row(q);
        }
    };
    FleetStats stats;
    for (const QString &t : kTiers + QStringList{QStringLiteral("unknown")})
        stats.executionsByTier.insert(t, {});
    for (const QString &t : kTiers + QStringList{QStringLiteral("none")})
        stats.incidentsByTier.insert(t, 0);
    forEachRow(QStringLiteral("stats_executions_by_tier"), [&](const QSqlQuery &q) {
        stats.executionsByTier[q.value(0).toString()] = {q.value(1).toLongLong(), q.value(2).toLongLong()};
        stats.telemetryTotal += q.value(1).toLongLong();
    });
    QSqlQuery q = session.query(QStringLiteral("stats_incidents_by_tier") + suffix, binds);
    while (q.next())
        stats.incidentsByTier[q.value(0).toString()] = q.value(1).toLongLong();
    if (rollups) {
        // Both lists from one statement; its last column says which.
        forEachRow(QStringLiteral("stats_runbooks"), [&](const QSqlQuery &q) {
            if (q.value(11).toBool()) {
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
        forEachRow(QStringLiteral("stats_runbooks"), [&](const QSqlQuery &q) { stats.runbooks << readRunbook(q); });
        forEachRow(QStringLiteral("stats_unmapped"), [&](const QSqlQuery &q) { stats.unmapped << readUnmapped(q); });
    }
    if (withTrend) {
        forEachRow(QStringLiteral("stats_tier_trend"), [&](const QSqlQuery &q) {
            stats.trend << TierTrendPoint{q.value(0).toDate(), q.value(1).toString(), q.value(2).toLongLong(),
                                          q.value(3).toLongLong()};
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
