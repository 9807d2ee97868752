#pragma once

#include "Scope.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace hd {

class Session;

inline const QStringList kTiers{QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3")};

struct TierCount
{
    qint64 executions = 0;
    qint64 successes = 0;
};

struct RunbookStat
{
    QString runbookId; // canonical RB-* ID, or the raw telemetry ID when unmapped
    QString name;
    QString category;
    QString hipaaControls;
    bool disruptive = false;
    bool enabled = true;
    bool unmapped = false;
    qint64 executions = 0;
    qint64 successes = 0;
    std::optional<double> avgDuration;
    std::optional<double> p95Duration;
    QDateTime lastRun;
};

struct TierTrendPoint
{
    QDate day;
    QString tier;
    qint64 executions = 0;
    qint64 successes = 0;
};

// The dashboard's figures for one scope, read in one snapshot so they add up.
// Definitions (shared/DESIGN.md, "The data: what is true"):
// - executions by tier: telemetry rows by upper(trim(resolution_level)), L1/L2/L3 else "unknown";
// - incidents by tier: the tier of each incident's latest execution with a known tier, else its
//   own normalised resolution_tier, else "none";
// - runbooks: executions resolved through runbook_id_mapping (RB-* IDs directly); the rest unmapped.
struct FleetStats
{
    qint64 telemetryTotal = 0;
    QMap<QString, TierCount> executionsByTier; // L1, L2, L3, unknown
    QMap<QString, qint64> incidentsByTier;     // L1, L2, L3, none
    QList<RunbookStat> runbooks;
    QList<RunbookStat> unmapped;
    QList<TierTrendPoint> trend;

    QJsonObject toJson() const;
};

namespace Stats {
// Where the telemetry figures come from: the rollups (migration 0012, what the
// console and reports use) or a scan of telemetry by the raw definitions (what
// the tests and the benchmark compare them with). Counts, sums and last runs
// are identical; the rollups' p95 comes from a histogram and is within 4%.
enum class Source { Rollups, Raw };

FleetStats load(Session &session, const Scope &scope, bool withTrend = true, Source source = Source::Rollups);
// The same, inside a transaction the caller holds (a report's snapshot).
FleetStats loadInSnapshot(Session &session, const Scope &scope, bool withTrend, Source source = Source::Rollups);
} // namespace Stats

} // namespace hd
