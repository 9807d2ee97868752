#pragma once

#include "Stats.h"

#include <QObject>
#include <QCoro/QCoroTask>

namespace hd {

class Database;

// Loads FleetStats for a scope, once for every page that shows them.
class StatsSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    const FleetStats &stats() const { return m_stats; }
    const Scope &scope() const { return m_scope; }
    bool hasData() const { return m_hasData; }
    QCoro::Task<> reload(Database &db, Scope scope);

Q_SIGNALS:
    void updated();
    void loadFailed(const QString &message);

private:
    FleetStats m_stats;
    Scope m_scope;
    quint64 m_generation = 0;
    bool m_hasData = false;
};

} // namespace hd
