#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace hd {

class Session;

// A maintenance window as a technician sets it: weekly (an ISO weekday and a
// local start and end in the site's time zone; an end at or before the start
// runs past midnight) or one-off (two instants), with its reason.
struct MaintenanceWindow
{
    qint64 id = 0;
    QString siteId;
    int weekday = 0; // 1 Monday .. 7 Sunday; 0 for a one-off window
    QTime startTime;
    QTime endTime;
    QDateTime startsAt; // one-off
    QDateTime endsAt;
    QString reason;
    QString createdBy;
    QDateTime createdAt;
    QString timeZone; // the site's, as the window is read in

    bool weekly() const { return weekday > 0; }
};

// One occurrence of a window, as instants.
struct WindowSpan
{
    qint64 windowId = 0;
    QDateTime startsAt;
    QDateTime endsAt;
    QString reason;
};

namespace Maintenance {

// "Mon".."Sun" and "monday".."sunday" (any case) to 1..7; 0 when not a day.
int parseWeekday(const QString &text);
// "02:00-04:30" (24-hour clock) to a start and an end; throws Error(InvalidInput).
std::pair<QTime, QTime> parseSpan(const QString &text);

QList<MaintenanceWindow> list(Session &session, const QString &siteId = {});
// Adds a weekly or one-off window to a site the login may see, with its audit
// row, in one transaction. Returns its ID. Throws Error(InvalidInput) for a
// missing reason, an unknown site, a weekly window that starts where it ends,
// a one-off window that ends before it starts or has already ended.
qint64 addWeekly(Session &session, const QString &siteId, int weekday, QTime start, QTime end, const QString &reason);
qint64 addOnce(Session &session, const QString &siteId, const QDateTime &from, const QDateTime &to,
               const QString &reason);
// Removes a window, audited; Error(Refused) when there is no such window for this login.
void remove(Session &session, qint64 windowId);
// Sets the time zone of a site or a partner (an IANA name; empty: inherit),
// audited. Throws Error(InvalidInput) for a name PostgreSQL does not know.
void setTimeZone(Session &session, const QString &siteId, const QString &partnerId, const QString &zone);

// The window of a site open at t, and the next one starting after t.
std::optional<WindowSpan> windowAt(Session &session, const QString &siteId, const QDateTime &t);
std::optional<WindowSpan> nextWindow(Session &session, const QString &siteId, const QDateTime &t);
QList<WindowSpan> occurrences(Session &session, const QString &siteId, const QDateTime &from, const QDateTime &to);
bool hasWindows(Session &session, const QString &siteId);
QString timeZone(Session &session, const QString &siteId);

// "runs Sun 02:00 clinic time (Sat 23:00 here), in 3 d 4 h": when a held
// order will run, in the clinic's zone and the reader's, and how long from now.
QString runsText(const QDateTime &at, const QString &clinicZone, const QDateTime &now);

} // namespace Maintenance

} // namespace hd
