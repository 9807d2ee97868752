#include "Users.h"

#include "AdminText.h"
#include "Audit.h"
#include "Error.h"
#include "Mappings.h"
#include "Session.h"
#include "Stats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace hd {

using admin::AdminText;
using admin::refused;

namespace Users {

int grant(Session &session, const QString &login, const QStringList &partnerIds, bool admin)
{
    if (login.trimmed().isEmpty() || login.size() > 63 || login.contains(QChar(0)))
        throw refused(AdminText::tr("\"%1\" is not a database login name").arg(login));
    if (partnerIds.isEmpty())
        throw refused(AdminText::tr("name at least one partner"));
    return session.transaction([&] {
        int added = 0;
        for (const QString &partner : partnerIds) {
            if (QUuid::fromString(partner).isNull())
                throw refused(AdminText::tr("partner \"%1\" is not a partner ID (a UUID)").arg(partner));
            auto check =
                session.query(QStringLiteral("user_check"), {{"login", login}, {"partner", partner.toLower()}});
            check.next();
            if (check.int64("login_exists") == 0)
                throw refused(
                    AdminText::tr("there is no database login \"%1\" (create it first: CREATE ROLE ... LOGIN)")
                        .arg(login));
            if (check.int64("can_login") == 0)
                throw refused(AdminText::tr("\"%1\" is a role that cannot log in").arg(login));
            if (check.int64("partner_exists") == 0)
                throw refused(AdminText::tr("unknown partner \"%1\"").arg(partner));
            auto q = session.query(QStringLiteral("user_grant"),
                                   {{"login", login}, {"partner", partner.toLower()}, {"admin", admin}});
            q.next();
            added += q.flag("added") ? 1 : 0;
        }
        Audit::record(session, QStringLiteral("user.grant"), login,
                      {{QStringLiteral("partners"), QJsonArray::fromStringList(partnerIds)},
                       {QStringLiteral("role"),
                        admin ? QStringLiteral("healdesk_admin") : QStringLiteral("healdesk_technician")}});
        return added;
    });
}

Privileges privileges(Session &session)
{
    auto q = session.query(QStringLiteral("user_privileges"));
    q.next();
    return {q.text("login"), q.flag("admin")};
}

} // namespace Users

} // namespace hd
