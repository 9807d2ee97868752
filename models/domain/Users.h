#pragma once

#include <QStringList>

namespace hd {

class Session;

// Administrative changes; each is checked, written with its audit row in one
// transaction, and refused with Error(Refused) naming the reason.
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
