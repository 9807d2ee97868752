#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

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

struct PatternRow
{
    QString patternId;
    QString signature;
    QString incidentType;
    QString status; // pending or approved
    qint64 occurrences = 0;
    std::optional<double> successRate;
    QDateTime lastSeen;
};

// Administrative changes; each is checked, written with its audit row in one
// transaction, and refused with Error(Refused) naming the reason.
namespace RunbookConfig {

QList<RunbookSiteConfig> forSite(Session &session, const QString &siteId);
// Switches a runbook on or off for a site's appliances (siteId) or listed
// appliances; returns how many appliances changed (0: already so, no audit row).
int set(Session &session, const QString &siteId, const QStringList &applianceIds, const QString &runbookId,
        bool enabled);

} // namespace RunbookConfig

namespace Learning {

QList<PatternRow> awaiting(Session &session);
// Creates the L1 rule (L1-{TYPE}-{NNN}) for a pattern awaiting promotion, maps
// it to runbookId, marks the pattern promoted; returns the rule ID.
QString promote(Session &session, const QString &patternId, const QString &runbookId);
void reject(Session &session, const QString &patternId);

} // namespace Learning

namespace Users {

// Grants a database login the technician role (or admin) and the partners it
// serves, audited (user.grant). Refused for an unknown login, a role that
// cannot log in, or an unknown partner. Returns how many partner grants are new.
int grant(Session &session, const QString &login, const QStringList &partnerIds, bool admin);

struct Privileges
{
    QString login;
    bool admin = false; // may edit the mapping, runbook switches and patterns, and run fixes
};
Privileges privileges(Session &session);

} // namespace Users

} // namespace hd
