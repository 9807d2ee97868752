#pragma once

#include <QString>
#include <QUuid>

namespace hd {

class Session;

// Whether some `healdesk worker` leads now: its advisory lock is held in this
// database and its heartbeat is fresh.
struct WorkerStatus
{
    bool leading = false;
    QString host;
    qint64 pid = 0;
    qint64 beatAgeSeconds = -1;
    int standby = 0; // other workers beating, waiting for the lock
};

namespace Workers {

// A heartbeat older than this is a worker that stopped beating.
constexpr int kStaleSeconds = 30;

WorkerStatus status(Session &session);
void beat(Session &session, const QUuid &id, const QString &host, qint64 pid, const QString &version, bool leading);
void stopped(Session &session, const QUuid &id);

} // namespace Workers

} // namespace hd
