#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace hd {

class Session;

// A recurring order: a runbook for a site's appliances (all it has at each
// occurrence, or the ones named), its parameters and reason, in the site's
// time zone: at the start of each of its maintenance windows, daily at a
// time, or monthly on a day (a day past a month's end: its last day).
struct OrderSchedule
{
    qint64 id = 0;
    QString siteId;
    QString siteName;
    QString timeZone;
    QStringList applianceIds; // empty: the whole site, new appliances included
    QString runbookId;
    QString parameters = QStringLiteral("{}");
    QString reason;
    QString recurrence; // window, daily, monthly
    QTime atTime;       // daily and monthly
    int dayOfMonth = 0; // monthly
    int ttlSeconds = 3600;
    QString createdBy;
    QDateTime createdAt;
    QDateTime pausedAt;   // valid while paused
    QDateTime nextAt;     // the next occurrence (invalid while paused or when none is ahead)
    QDateTime lastAt;     // the last batch's occurrence
    QString lastState;    // released, missed, refused
    int lastOrders = 0;
    QString lastNote;
    int batches = 0;

    bool paused() const { return pausedAt.isValid(); }
    // "daily at 02:00", "monthly on day 31 at 03:00", "at each window's start".
    QString describe() const;
};

// One occurrence of a schedule as the worker released it.
struct OrderBatch
{
    qint64 id = 0;
    qint64 scheduleId = 0;
    QDateTime occurrenceAt;
    QString state; // released, missed, refused
    QStringList orderIds;
    QString note;
    QDateTime createdAt;
    QString createdBy;
};

namespace OrderSchedules {

// Checks and adds a schedule (audited): the runbook exists and is enabled,
// the site is one this login sees and the named appliances are its own, the
// parameters are a JSON object, a reason is given, the recurrence is whole
// (a time for daily and monthly, a day 1-31 for monthly; the site must have
// windows for "window"), a disruptive runbook is confirmed (its occurrences
// run unattended). Error(Refused) or Error(InvalidInput) otherwise.
qint64 add(Session &session, const OrderSchedule &schedule, bool confirmDisruptive);
QList<OrderSchedule> list(Session &session, const QDateTime &now);
// Pauses or resumes (audited); a resumed schedule counts occurrences from then.
void setPaused(Session &session, qint64 id, bool paused);
void remove(Session &session, qint64 id);
QList<OrderBatch> batches(Session &session, qint64 scheduleId, int limit = 50);

// For the worker: occurrences up to now that have no batch yet (a week back
// at most), oldest first; due false: missed (no worker ran in time).
struct Due
{
    qint64 scheduleId = 0;
    QDateTime at;
    bool due = false;
};
QList<Due> due(Session &session, const QDateTime &now, int limit = 20);

// Releases one occurrence as a batch: an order per appliance the schedule
// has now, issued as a technician's would be (checked, held outside a
// window for a disruptive runbook, signed with the session's key), named
// S<schedule>-<occurrence>-<appliance> so a rerun or a second worker writes
// none twice, its reason naming the schedule and who made it; then the
// batch row (once). Appliances refused are listed in the batch's note.
OrderBatch release(Session &session, const OrderSchedule &schedule, const QDateTime &at);
// Records an occurrence no worker released in time (once).
void markMissed(Session &session, qint64 scheduleId, const QDateTime &at);

} // namespace OrderSchedules

} // namespace hd
