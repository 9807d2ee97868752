#pragma once

#include "Scope.h"

#include <QDateTime>

namespace hd {

class Session;

struct SiteRow
{
    QString id;
    QString name;
    QString partnerId;
    QString partnerName;
    qint64 appliances = 0;
    qint64 online = 0;
    qint64 stale = 0;
    qint64 offline = 0;
    qint64 openIncidents = 0;
    QDateTime lastActivity;
};

struct ApplianceRow
{
    QString id;
    QString hostname;
    QDateTime lastCheckin;
    QString status; // online, stale, offline: healdesk_appliance_status(), the one rule
    QString agentVersion;
    qint64 openIncidents = 0;
    QString siteId;
};

struct NamedId
{
    QString id;
    QString name;
    QString parentId; // a site's partner
};

namespace Fleet {
QList<SiteRow> sites(Session &session, const Scope &scope);
QList<ApplianceRow> appliances(Session &session, const QString &siteId);
QList<NamedId> partners(Session &session);
QList<NamedId> allSites(Session &session);
// Appliances in scope as (id, hostname, site id), at most 5000.
QList<NamedId> appliancesInScope(Session &session, const Scope &scope);
} // namespace Fleet

} // namespace hd
