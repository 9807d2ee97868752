#include "Fleet.h"

#include "Database.h"
#include "Error.h"

#include "Format.h"
#include "Session.h"

#include <QSqlQuery>

namespace hd {

namespace Fleet {

QList<SiteRow> sites(Session &session, const Scope &scope)
{
    QList<SiteRow> rows;
    auto q = session.query(QStringLiteral("fleet_sites"), scope.binds());
    while (q.next()) {
        rows << SiteRow{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toLongLong(),
                        q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong(),
                        q.value(9).toDateTime()};
    }
    return rows;
}

QList<ApplianceRow> appliances(Session &session, const QString &siteId)
{
    QList<ApplianceRow> rows;
    auto q = session.query(QStringLiteral("fleet_appliances"), {siteId});
    while (q.next()) {
        rows << ApplianceRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toDateTime(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                             q.value(6).toString()};
    }
    return rows;
}

QList<NamedId> partners(Session &session)
{
    QList<NamedId> rows;
    auto q = session.query(QStringLiteral("scope_partners"));
    while (q.next())
        rows << NamedId{q.value(0).toString(), q.value(1).toString(), {}};
    return rows;
}

QList<NamedId> allSites(Session &session)
{
    QList<NamedId> rows;
    auto q = session.query(QStringLiteral("scope_sites"));
    while (q.next())
        rows << NamedId{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return rows;
}

QList<NamedId> appliancesInScope(Session &session, const Scope &scope)
{
    QList<NamedId> rows;
    auto q = session.query(QStringLiteral("scope_appliances"), scope.binds());
    while (q.next())
        rows << NamedId{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return rows;
}

} // namespace Fleet

} // namespace hd
