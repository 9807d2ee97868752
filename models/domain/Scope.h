#pragma once

#include "Rows.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantList>

namespace hd {

// What the technician is looking at: some sites or a partner (or everything),
// over a period. from is inclusive, to exclusive; an invalid time is open.
struct Scope
{
    QStringList siteIds;
    QString partnerId;
    QDateTime from;
    QDateTime to;

    // The four values _scope.sql binds. Throws Error(InvalidInput) for a
    // partner that is not a UUID or an inverted period.
    Binds binds() const;
    void validate() const;
    bool operator==(const Scope &other) const = default;

    // ISO 8601 date or date-time. A date-only "to" means the end of that day,
    // so --from 2026-01-01 --to 2026-01-31 covers all of January.
    static QDateTime parseTime(const QString &text, bool isEnd);
};

// Text bound for a LIKE pattern so %, _ and \ match themselves.
QString likeEscaped(const QString &text);
// A null QVariant of text type, for "no filter".
QVariant nullText();

} // namespace hd
