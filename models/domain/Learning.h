#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace hd {

class Session;

struct PatternRow
{
    QString patternId;
    QString signature;
    QString incidentType;
    QString status; // pending or approved
    qint64 occurrences = 0;
    std::optional<double> successRate;
    QDateTime lastSeen;
};

// Administrative changes; each is checked, written with its audit row in one
// transaction, and refused with Error(Refused) naming the reason.
namespace Learning {

QList<PatternRow> awaiting(Session &session);
// Creates the L1 rule (L1-{TYPE}-{NNN}) for a pattern awaiting promotion, maps
// it to runbookId, marks the pattern promoted; returns the rule ID.
QString promote(Session &session, const QString &patternId, const QString &runbookId);
void reject(Session &session, const QString &patternId);

} // namespace Learning

} // namespace hd
