#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

class Session;

// What the command line accepts wherever it takes a partner, a site or an
// appliance: its ID, or its name. A name is matched ignoring case and runs of
// spaces; an ID always wins over a name. A name that means several is refused
// with them listed, and one that means none is refused as unknown, both with
// Error(Refused). Row-level security applies: a technician resolves only
// within the partners they serve. An empty value stays empty (option not given).
namespace Names {

QString partner(Session &session, const QString &given);
QString site(Session &session, const QString &given);
// A host name may be written SITE/HOSTNAME (the site by ID or name) where the
// same host name is used at several sites.
QString appliance(Session &session, const QString &given);
QStringList sites(Session &session, const QStringList &given);
QStringList appliances(Session &session, const QStringList &given);

struct Listed
{
    QString id;
    QString name;     // a partner's or site's name, an appliance's host name
    QString parentId; // a site's partner ID, an appliance's site ID
    QString parent;   // their names
    qint64 count = 0; // a partner's sites, a site's appliances
    QString status;   // an appliance's: online, stale or offline
    QString agentVersion;
    QDateTime lastCheckin;
};
// healdesk list partners|sites|appliances, narrowed to a partner and a site
// (IDs, already resolved; empty for all).
QList<Listed> list(Session &session, const QString &what, const QString &partnerId, const QString &siteId);

} // namespace Names

} // namespace hd
