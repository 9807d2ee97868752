#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hd {

class Session;

// How long an open incident of one severity may wait for its fix: the
// fleet's hours, and a partner's own where an admin set them. The queue and
// the SLA alerts read the one in force (healdesk_sla_hours).
struct SlaSetting
{
    QString severity;
    double fleetHours = 0;
    std::optional<double> ownHours; // the partner's own; none: the fleet's apply
    QDateTime setAt;                // of the hours in force
    QString setBy;

    double hours() const { return ownHours.value_or(fleetHours); }
};

struct SlaTable
{
    QList<SlaSetting> rows; // critical, high, medium, low
    bool mayChange = false; // the session is an admin
    // A partner's: an order run from one of its incidents resolves the incident when it completes.
    bool autoResolve = false;
};

namespace Slas {

// critical, high, medium, low.
const QStringList &severities();
// The most an SLA may be: a year.
constexpr double kMaxHours = 8760;

// The fleet's (partnerId empty) or a partner's SLAs.
SlaTable table(Session &session, const QString &partnerId = {});

// Checks a severity and hours before anything is asked of the database;
// throws Error(InvalidInput) naming what is wrong.
void check(const QString &severity, double hours);

// Sets the hours for severities at once, the fleet's or the partner's own,
// with one audit row ("sla.set", before and after), in one transaction. Admins
// only. Returns how many changed.
int set(Session &session, const QString &partnerId, const QList<std::pair<QString, double>> &hours);

// Sets some hours, drops a partner's own for other severities and sets its
// auto-resolve, in one transaction, with an "sla.set", "sla.clear" and
// "partner.auto_resolve" audit row as needed. Returns how many changed.
int change(Session &session, const QString &partnerId, const QList<std::pair<QString, double>> &hours,
           const QStringList &cleared, std::optional<bool> autoResolve = std::nullopt);

// Drops a partner's own hours for these severities (empty: all): the fleet's
// apply again. One audit row ("sla.clear"). Returns how many were dropped.
int clear(Session &session, const QString &partnerId, const QStringList &severities = {});

} // namespace Slas

} // namespace hd
