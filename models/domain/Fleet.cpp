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
        rows << SiteRow{q.text("id"),           q.text("name"),        q.text("partner_id"),
                        q.text("partner_name"), q.int64("appliances"), q.int64("online"),
                        q.int64("stale"),       q.int64("offline"),    q.int64("open_incidents"),
                        q.time("last_activity")};
    }
    return rows;
}

QList<ApplianceRow> appliances(Session &session, const QString &siteId)
{
    QList<ApplianceRow> rows;
    auto q = session.query(QStringLiteral("fleet_appliances"), {{"site", siteId}});
    while (q.next()) {
        rows << ApplianceRow{q.text("id"),     q.text("hostname"),      q.time("last_checkin"),
                             q.text("status"), q.text("agent_version"), q.int64("open_incidents"),
                             q.text("site_id")};
    }
    return rows;
}

QList<NamedId> partners(Session &session)
{
    QList<NamedId> rows;
    auto q = session.query(QStringLiteral("scope_partners"));
    while (q.next())
        rows << NamedId{q.text("id"), q.text("name"), {}};
    return rows;
}

QList<NamedId> allSites(Session &session)
{
    QList<NamedId> rows;
    auto q = session.query(QStringLiteral("scope_sites"));
    while (q.next())
        rows << NamedId{q.text("id"), q.text("name"), q.text("partner_id")};
    return rows;
}

QList<NamedId> appliancesInScope(Session &session, const Scope &scope)
{
    QList<NamedId> rows;
    auto q = session.query(QStringLiteral("scope_appliances"), scope.binds());
    while (q.next())
        rows << NamedId{q.text("id"), q.text("hostname"), q.text("site_id")};
    return rows;
}

} // namespace Fleet

} // namespace hd
