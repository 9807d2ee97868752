#pragma once

#include "Database.h"
#include "Page.h"
#include "StatsSource.h"
#include "Stats.h"

namespace hd {

// A page drawn from the shared FleetStats of its scope (healing tiers, runbooks).
class StatsPage : public Page
{
    Q_OBJECT
public:
    StatsPage(Database *db, StatsSource *stats, QWidget *parent = nullptr)
        : Page(db, parent)
        , m_stats(stats)
    {
        connect(m_stats, &StatsSource::loadFailed, this, &Page::loadFailed);
    }

    void setScope(const Scope &scope) override
    {
        m_scope = scope;
        reload();
    }
    void reload() override { m_stats->reload(*m_db, m_scope); }
    bool hasData() const override { return m_stats->hasData() && m_stats->scope() == m_scope; }

protected:
    StatsSource *m_stats;
    Scope m_scope;
};

} // namespace hd
