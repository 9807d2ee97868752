#pragma once

#include <QList>
#include <QStringList>

namespace hd {

class Session;

// A runbook's switches at one site (appliance_runbook_config).
struct RunbookSiteConfig
{
    QString runbookId;
    QString name;
    bool enabledGlobally = true;
    bool disruptive = false;
    qint64 appliances = 0;  // at the site
    qint64 disabled = 0;    // switched off on this many
    qint64 enabledHere = 0; // explicitly on
};

// Administrative changes; each is checked, written with its audit row in one
// transaction, and refused with Error(Refused) naming the reason.
namespace RunbookConfig {

QList<RunbookSiteConfig> forSite(Session &session, const QString &siteId);
// Switches a runbook on or off for a site's appliances (siteId) or listed
// appliances; returns how many appliances changed (0: already so, no audit row).
int set(Session &session, const QString &siteId, const QStringList &applianceIds, const QString &runbookId,
        bool enabled);

// A runbook's parameter schema (ParameterSchema): the document as set, empty
// when it has none. Refused for an unknown runbook.
QString parameterSchema(Session &session, const QString &runbookId);
// Sets a runbook's parameter schema (checked first: a bad one is refused
// naming what is wrong) or, with an empty document, removes it; audited in
// the same transaction. Admins only (the table's grants). Returns whether
// anything changed.
bool setParameterSchema(Session &session, const QString &runbookId, const QByteArray &schema);

} // namespace RunbookConfig

} // namespace hd
