#include "Rollups.h"

#include "Error.h"
#include "Session.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hd {
namespace {
struct RollupsMsg
{
    Q_DECLARE_TR_FUNCTIONS(Rollups)
};

qint64 single(Rows q, const char *column)
{
    q.next();
    return q.int64(column);
}
} // namespace

namespace Rollups {

qint64 drain(Session &session)
{
    // The coming months' telemetry partitions first, in a transaction of its
    // own: making one locks the default partition, and that lock should not
    // last as long as the drain.
    session.transaction([&] { session.query(QStringLiteral("telemetry_partitions_ahead")); });
    return session.transaction([&] { return single(session.query(QStringLiteral("rollup_drain")), "moved"); });
}

qint64 rebuild(Session &session)
{
    return session.transaction([&] { return single(session.query(QStringLiteral("rollup_rebuild")), "rows"); });
}

void setMode(Session &session, const QString &mode)
{
    if (mode != QLatin1String("job") && mode != QLatin1String("trigger"))
        throw Error(Error::Code::InvalidInput,
                    RollupsMsg::tr("unknown rollup mode \"%1\": use job or trigger").arg(mode));
    // Switching to trigger mode drains first, so nothing stays queued with no drain to come.
    session.transaction([&] {
        session.query(QStringLiteral("rollup_set_mode"), {{"mode", mode}});
        if (mode == QLatin1String("trigger"))
            session.query(QStringLiteral("rollup_drain"));
    });
}

RollupStatus status(Session &session)
{
    auto q = session.query(QStringLiteral("rollup_status"));
    RollupStatus s;
    if (q.next()) {
        s.mode = q.text("mode");
        s.queued = q.int64("queued");
        s.rows = q.int64("rollup_rows");
        s.drainedAt = q.time("drained_at");
    }
    return s;
}

} // namespace Rollups
} // namespace hd
