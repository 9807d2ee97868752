#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace hd::format {

// "just now", "3 min ago", "2 h ago", "5 days ago"; "never" for no time; "in the future" for clock skew.
QString ago(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
// "0.8 s", "42 s", "3 min 5 s", "1 h 12 min"; "—" for none.
QString duration(const std::optional<double> &seconds);
// How long until a deadline, or how long past it: "52 min left", "3 h 10 min over", "2 d 4 h left"; "no SLA"
// without one.
QString timeLeft(const QDateTime &due, const QDateTime &now = QDateTime::currentDateTimeUtc());
// Local date and time, "—" when unknown.
QString dateTime(const QDateTime &when);
// Text with the database's timestamps in it ("2026-11-05 01:04:48.61548+00") as the reader's times
// (dateTime()); the rest as it is.
QString timesIn(const QString &text);
// The period a page's figures cover, as its reader sees it: "since 2026-11-04", "2026-11-01 to 2026-11-30"
// (the end is exclusive: its last day is the one before), "all time". Midnight (UTC) bounds show as UTC dates.
QString period(const QDateTime &from, const QDateTime &to);
// A date as dateTime() writes one: ISO in English, else the locale's short date with a four-digit year.
QString day(const QDate &date);
// A time of day on the 24-hour clock dateTime() uses, in every language ("23:15:02", never "11:15 PM").
QString clockTime(const QTime &time);
// "87.5 %" or "—" when there is nothing to divide.
QString percent(qint64 part, qint64 whole);
// A value the database stores as a key (a severity, an incident or order
// status, a tier, a category, an execution result, yes/no) in the reader's
// language; anything else as it is. The CSV keeps the stored value.
QString storedValue(const QString &value);
// A JSON object as words ("note: closed manually; retries: 2"); any other text as it is.
QString jsonWords(const QString &text);

} // namespace hd::format
