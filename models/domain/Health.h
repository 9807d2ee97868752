#pragma once


#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace hd {

class Session;

// The data-health detectors (shared/DESIGN.md, "The data: what is true"), all
// read in one snapshot. Definitions live in migration 0009 so the counts and
// the fixes use the same ones.
struct HealthCounts
{
    qint64 unmappedDistinct = 0;   // telemetry runbook IDs that resolve to no runbook
    qint64 unmappedExecutions = 0; // and their executions
    qint64 tierMissing = 0;        // incidents with no normalised tier whose executions have one
    qint64 tierMismatch = 0;       // incidents whose tier differs from their latest execution's
    qint64 stuckPending = 0;       // orders pending past their deadline
    qint64 reconcilable = 0;       // pending orders with a matching execution
    qint64 orphanAppliance = 0;    // telemetry whose appliance_id, incident_id (when set) or site_id matches no row
    qint64 orphanIncident = 0;
    qint64 orphanSite = 0;
    qint64 rejected = 0;           // orders an appliance refused (a bad or missing signature, a replay, ...)

    QJsonObject toJson() const;
    bool operator==(const HealthCounts &other) const = default;
};

// One row a fix changes: what it is, the value now and the value after.
struct FixChange
{
    QString target;
    QString before;
    QString after;
    QString evidence; // the execution that decides, or the deadline that passed
};

// What a detector's drill-down lists: a key and text cells.
struct HealthItem
{
    QString key;
    QStringList cells;
};

namespace Health {

enum class Fix { Tiers, Orders, Expire };

// The detectors, in the order the Data health page lists them.
enum class Detector { Unmapped, TierMissing, TierMismatch, StuckPending, Reconcilable, Orphans, Rejected };
inline constexpr int kDetectorCount = 7;
// Column titles of a detector's drill-down.
QStringList detailHeaders(Detector detector);
// Up to 1000 rows behind a detector's count.
QList<HealthItem> details(Session &session, Detector detector);

HealthCounts counts(Session &session);
// "tiers", "orders", "expire"; throws Error(InvalidInput) for anything else.
Fix parseFix(const QString &name);
QString fixName(Fix fix);
// What the fix would change; writes nothing.
QList<FixChange> preview(Session &session, Fix fix);
// Applies the fix in one transaction with one audit row naming every change
// (none when nothing changes, so a second run changes nothing at all).
QList<FixChange> apply(Session &session, Fix fix);

} // namespace Health

} // namespace hd
