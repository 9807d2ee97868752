#include "Workers.h"

#include "Session.h"

namespace hd::Workers {

WorkerStatus status(Session &session)
{
    WorkerStatus s;
    auto q = session.query(QStringLiteral("worker_status"));
    if (!q.next())
        return s;
    s.host = q.text("host");
    s.pid = q.int64("pid");
    s.beatAgeSeconds = q.isNull("beat_age") ? -1 : q.int64("beat_age");
    s.standby = q.int32("standby");
    s.leading = q.flag("locked") && s.beatAgeSeconds >= 0 && s.beatAgeSeconds <= kStaleSeconds;
    return s;
}

void beat(Session &session, const QUuid &id, const QString &host, qint64 pid, const QString &version, bool leading)
{
    session.query(QStringLiteral("worker_beat"), {{"id", id.toString(QUuid::WithoutBraces)},
                                                  {"host", host},
                                                  {"pid", pid},
                                                  {"version", version},
                                                  {"leading", leading}});
}

void stopped(Session &session, const QUuid &id)
{
    session.query(QStringLiteral("worker_stop"), {{"id", id.toString(QUuid::WithoutBraces)}});
}

} // namespace hd::Workers
