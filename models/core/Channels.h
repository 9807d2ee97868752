#pragma once

#include <QString>
#include <QStringList>

namespace hd::Channel {

// The NOTIFY channels the database's triggers send on, with the changed rows'
// IDs (or "*" for a bulk change). Named here once for C++; the SQL side names
// them once, in resources/sql/definitions/90_notifications.sql, and a test
// checks that both lists agree.
inline QString incidents() { return QStringLiteral("healdesk_incidents"); }
inline QString orders() { return QStringLiteral("healdesk_orders"); }
inline QString telemetry() { return QStringLiteral("healdesk_telemetry"); }
inline QString appliances() { return QStringLiteral("healdesk_appliances"); }
// Mapping, runbooks, runbook switches, L1 rules and patterns: always "*".
inline QString config() { return QStringLiteral("healdesk_config"); }
// A worker took or gave up the lead, or stopped: always "*". The console asks again who leads.
inline QString workers() { return QStringLiteral("healdesk_workers"); }

inline QStringList all() { return {incidents(), orders(), telemetry(), appliances(), config(), workers()}; }

} // namespace hd::Channel
