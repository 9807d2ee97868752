#include "StatsSource.h"

#include "Database.h"
#include "Deliver.h"
#include "Session.h"

namespace hd {

QCoro::Task<> StatsSource::reload(Database &db, Scope scope)
{
    const quint64 generation = ++m_generation;
    auto fetch = [scope](Session &s) { return Stats::load(s, scope); };
    QCoro::Task<bool> done = deliver(
        this, db.submitRead(std::move(fetch)),
        [this, generation, scope](FleetStats stats) {
            if (generation != m_generation)
                return;
            m_stats = std::move(stats);
            m_scope = scope;
            m_hasData = true;
            emit updated();
        },
        [this, generation](const Error &error) {
            if (generation == m_generation)
                emit loadFailed(error.toString());
        });
    co_await done;
}

} // namespace hd
