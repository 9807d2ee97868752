#pragma once

#include <QDateTime>
#include <QString>

namespace hd {

class Session;

// The telemetry rollups of migration 0012 (see the file for the layout). The
// figures the pages read never depend on a drain having run: queued changes
// are read with the rollups. Draining keeps the queue, and so each read, short.
struct RollupStatus
{
    QString mode;        // "job" (queue, then drain) or "trigger" (applied by the inserting statement)
    qint64 queued = 0;   // changes waiting for a drain
    qint64 rows = 0;     // rollup rows, all levels
    QDateTime drainedAt; // last drain, invalid if none ran
};

namespace Rollups {
// Moves queued changes into the rollups in one transaction, after making the
// telemetry partitions of this month and the next three (in a short one of
// its own). Returns how many changes it applied, or -1 when another drain was
// running (it does the work).
qint64 drain(Session &session);
// Builds the rollups again from telemetry in one transaction; returns the
// executions counted. Blocks telemetry writers while it runs.
qint64 rebuild(Session &session);
// "job" or "trigger"; anything else is InvalidInput.
void setMode(Session &session, const QString &mode);
RollupStatus status(Session &session);
} // namespace Rollups

} // namespace hd
