#pragma once

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace hd {

class Session;

// What a technician does with an incident (issue 23). Each action is one transaction with its audit row, under an
// action ID the client made: a retry of the same action applies nothing. The events are kept in
// healdesk_incident_events; its trigger keeps the incident's status, resolved_at, owner and recorded tier
// (42_incident_actions.sql), and a person's resolution makes the incident L3 by the canonical definition.
enum class IncidentActionKind { Acknowledge, Assign, Note, Resolve, Reopen };

// What the technician's view showed of one incident when they acted: its latest event and its status. An action
// on a view that is no longer true changes nothing and says who did what and when.
struct IncidentSeen
{
    qint64 lastEvent = 0; // 0: no event yet
    QString status;
    bool operator==(const IncidentSeen &other) const = default;
};

struct IncidentAction
{
    IncidentActionKind kind = IncidentActionKind::Note;
    QString actionId; // a UUID the client made once for this action
    QStringList incidentIds;
    QString assignee; // assign: the login that will own them
    QString text;     // note and resolve: required; the others: optional
    // Per incident, what the view showed; an incident missing here is acted on as it is now (the command line).
    QHash<QString, IncidentSeen> seen;
};

struct IncidentActionResult
{
    int applied = 0;       // incidents that got the event
    bool repeated = false; // the action ID was applied before: nothing was done again
};

struct IncidentEvent
{
    qint64 id = 0;
    QString kind; // acknowledge, assign, note, resolve, reopen, order
    QString actor;
    QString owner;
    QString text;
    QDateTime at;
    // An order run from the incident, as it stands now.
    QString orderId;
    QString orderRunbook;
    QString orderStatus;
    QDateTime orderCompletedAt;
};

namespace IncidentActions {
// The word for a kind ("acknowledge") and back; fromWord throws Error(InvalidInput) for anything else.
QString word(IncidentActionKind kind);
IncidentActionKind fromWord(const QString &word);
// Refuses a malformed action (Error(InvalidInput)) without the database: a bad action ID, no incident, an ID that is
// not a UUID, a note or resolution without text, an assignment without a login.
void validate(const IncidentAction &action);
// Checks the action, then applies it to every incident or to none: Error(InvalidInput) for a malformed action,
// Error(Refused) naming the incident for a stale view, an incident not seen, one already in that state, or an
// assignee who cannot reach it.
IncidentActionResult apply(Session &session, const IncidentAction &action);
// An incident's events, oldest first.
QList<IncidentEvent> events(Session &session, const QString &incidentId);
// "acknowledged by bob": what an event did and who.
QString what(const IncidentEvent &event);
// "acknowledged by bob 2 min ago": an event as the refusal of a stale view says it, against `now`.
QString describe(const IncidentEvent &event, const QDateTime &now);
// At most this many incidents per action.
constexpr int kMaxIncidents = 5000;
} // namespace IncidentActions

} // namespace hd
