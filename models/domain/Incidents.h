#pragma once

#include "IncidentActions.h"
#include "Rows.h"
#include "Scope.h"

#include <QDateTime>

#include <optional>

namespace hd {

class Session;

struct IncidentFilter
{
    Scope scope;
    QString applianceId;
    QString severity; // lower-case, empty for any
    QString status;   // lower-case, empty for any
    QString tier;     // L1, L2, L3, none; empty for any
    QString search;   // free text, matched literally
    QString owner;    // a login, "@me" (the session's), "@none" (unassigned); empty for anyone
    bool operator==(const IncidentFilter &other) const = default;
    Binds binds() const; // scope + filter values, as _incident_filter.sql expects
};

// Where an incident sits in the newest-first order: reported_at exactly (in
// microseconds since the epoch, which a QDateTime cannot hold) and the id.
struct IncidentKey
{
    qint64 reportedUs = 0;
    QString id;
    bool operator==(const IncidentKey &other) const = default;
};

struct IncidentRow
{
    QString id;
    QDateTime reportedAt;
    qint64 reportedUs = 0;
    QString siteId;
    QString siteName;
    QString applianceId;
    QString hostname;
    QString type;
    QString severity;
    QString status;
    QString tier;         // by the definition: latest known-tier execution, else own tier, else none
    QString recordedTier; // incidents.resolution_tier as stored
    QDateTime resolvedAt;
    QString checkType;
    bool inWindow = false; // reported while its site was in a maintenance window
    QString owner;         // who acknowledged it or was assigned it (healdesk_incident_events), or empty
    qint64 lastEvent = 0;  // its latest event's ID, 0 for none: what an action checks its view against
};

struct ExecutionRow
{
    qint64 id = 0;
    QString executionId;
    QString runbookId; // as the agent logged it
    QString canonical; // RB-* through the mapping; empty when unmapped
    QString level;     // as logged
    QString tier;      // normalised, or unknown
    bool success = false;
    std::optional<double> duration;
    QDateTime startedAt;
    QDateTime completedAt;
    QString steps;       // JSON text
    QString stateBefore; // JSON text
    QString stateAfter;  // JSON text
    QString error;
    QString hostname;
};

struct IncidentDetail
{
    IncidentRow incident;
    QString details; // JSON text
    QString orderId;
    QList<ExecutionRow> executions;
    QList<IncidentEvent> events; // acknowledgements, assignments, notes, resolutions and reopenings, oldest first
};

// One incident of the escalation queue and why it is there.
struct QueueRow
{
    IncidentRow incident;
    QDateTime dueAt;     // reported + its SLA; invalid when its severity has none
    bool breached = false;
    bool latestFailed = false; // its latest execution failed
    bool isL3 = false;
    bool escalated = false;    // its status says escalated
};

// What to run for an incident, and why (Incidents::suggestRunbook).
struct RunbookSuggestion
{
    QString incidentId;
    QString incidentType;
    QString applianceId;
    QString hostname;
    QString siteId;
    QString runbookId; // empty: nothing to suggest
    QString reason;    // why this one, or why none, in a sentence
};

namespace Incidents {
IncidentKey keyOf(const IncidentRow &row);
// One keyset window, newest first: rows strictly after `after` when given, up
// to and including `through` when given, at most `limit` (no limit when 0).
QList<IncidentRow> page(Session &session, const IncidentFilter &filter, const std::optional<IncidentKey> &after,
                        int limit, const std::optional<IncidentKey> &through = std::nullopt);
qint64 count(Session &session, const IncidentFilter &filter);
// The escalation queue: open incidents that need a person (L3, escalated, a failed latest execution, or past their
// SLA), breached first, then by severity, then oldest; the filter narrows it (its period is ignored: the queue is now).
QList<QueueRow> queue(Session &session, const IncidentFilter &filter, int limit);
// The runbook to run for an incident: its latest execution's, through the mapping; else its type's L1 rule's; else
// the one that most often healed its type in the fleet over 90 days. Throws Error(InvalidInput) when there is no
// such incident.
RunbookSuggestion suggestRunbook(Session &session, const QString &incidentId);
// Executions as incident_executions.sql and order_executions.sql list them.
QList<ExecutionRow> executions(Session &session, const QString &queryName, const Binds &binds);
// Throws Error(InvalidInput) when there is no such incident.
IncidentDetail detail(Session &session, const QString &incidentId);
} // namespace Incidents

} // namespace hd
