#include "StatsSource.h"

#include "Database.h"
#include "Session.h"

#include <QPointer>

namespace hd {

QCoro::Task<> StatsSource::reload(Database &db, Scope scope)
{
    const quint64 generation = ++m_generation;
    QPointer<StatsSource> self(this);
    auto fetch = [scope](Session &s) { return Stats::load(s, scope); };
    QFuture<FleetStats> future = db.submitRead(std::move(fetch));
    try {
        FleetStats stats = co_await future;
        if (!self || generation != m_generation)
            co_return;
        m_stats = std::move(stats);
        m_scope = scope;
        m_hasData = true;
        emit updated();
    } catch (const Error &error) {
        if (self && generation == m_generation)
            emit loadFailed(error.toString());
    }
}

} // namespace hd
