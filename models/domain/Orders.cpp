#include "Orders.h"

#include "Audit.h"

#include "Error.h"
#include "Scope.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace hd {

namespace {
struct OrdersMsg
{
    Q_DECLARE_TR_FUNCTIONS(Orders)
};
} // namespace

QString OrderPlan::refusalSummary() const
{
    QStringList parts;
    for (const OrderRefusal &r : refusals)
        parts << QStringLiteral("%1: %2").arg(r.hostname.isEmpty() ? r.applianceId : r.hostname, r.why);
    return parts.join(QStringLiteral("; "));
}

QString OrderRow::displayStatus() const
{
    if (status == QLatin1String("pending") && applianceStatus == QLatin1String("offline"))
        return OrdersMsg::tr("waiting for appliance");
    // Orders from before Healdesk carry no TTL and never moved: say so rather than look merely queued.
    if (status == QLatin1String("pending") && !expiresAt.isValid())
        return OrdersMsg::tr("stuck pending (no TTL)");
    return status;
}

namespace Orders {

namespace {

Error refused(const QString &why)
{
    return Error(Error::Code::Refused, why);
}

QString orderIdFor(const QString &base, int index, int count)
{
    return count == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(index + 1);
}

} // namespace

OrderPlan plan(Session &session, const OrderRequest &request)
{
    OrderPlan p;
    p.parameters = checkParameters(request.parameters);
    if (request.reason.trimmed().isEmpty())
        throw refused(OrdersMsg::tr("a reason is required: it goes into the audit log"));
    if (request.ttlSeconds < 10 || request.ttlSeconds > 7 * 86400)
        throw refused(OrdersMsg::tr("the time to live must be between 10 seconds and 7 days"));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._:-]{1,56}$"));
    if (!request.orderId.isEmpty() && !idPattern.match(request.orderId).hasMatch())
        throw refused(OrdersMsg::tr("order id \"%1\" must be 1-56 letters, digits or . _ : -").arg(request.orderId));
    if (request.applianceIds.isEmpty() == request.siteId.isEmpty())
        throw refused(OrdersMsg::tr("name either appliances or a site"));
    for (const QString &id : request.applianceIds) {
        if (QUuid::fromString(id).isNull() || id.contains(QLatin1Char(',')))
            throw refused(OrdersMsg::tr("\"%1\" is not an appliance ID").arg(id));
    }

    {
        auto q = session.query(QStringLiteral("order_runbook"), {request.runbookId});
        if (!q.next())
            throw refused(OrdersMsg::tr("unknown runbook \"%1\"").arg(request.runbookId));
        p.runbookId = q.value(0).toString();
        p.runbookName = q.value(1).toString();
        if (!q.value(2).toBool())
            throw refused(OrdersMsg::tr("runbook %1 is disabled for every appliance").arg(p.runbookId));
        p.disruptive = q.value(3).toBool();
    }

    const QVariant site = request.siteId.isEmpty() ? nullText() : QVariant(request.siteId);
    const QVariant ids =
        request.applianceIds.isEmpty() ? nullText() : QVariant(request.applianceIds.join(QLatin1Char(',')).toLower());
    QStringList found;
    auto q = session.query(QStringLiteral("order_targets"), {p.runbookId, site, site, ids});
    while (q.next()) {
        const QString id = q.value(0).toString();
        found << id;
        if (!q.value(3).isNull() && !q.value(3).toBool()) {
            p.refusals << OrderRefusal{
                id, q.value(1).toString(),
                OrdersMsg::tr("%1 is disabled for this appliance in appliance_runbook_config").arg(p.runbookId)};
            continue;
        }
        p.targets << OrderTarget{id, q.value(1).toString(), q.value(2).toString(), q.value(4).toString(), {}};
    }
    for (const QString &id : request.applianceIds) {
        if (!found.contains(id.toLower()))
            p.refusals << OrderRefusal{id, {}, OrdersMsg::tr("no such appliance")};
    }
    if (!request.siteId.isEmpty() && found.isEmpty())
        throw refused(OrdersMsg::tr("site \"%1\" has no appliances (or does not exist)").arg(request.siteId));

    const QString base =
        request.orderId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.orderId;
    for (int i = 0; i < p.targets.size(); ++i)
        p.targets[i].orderId = orderIdFor(base, i, int(p.targets.size()));
    return p;
}

QList<IssuedOrder> issue(Session &session, const OrderRequest &request)
{
    const OrderPlan p = plan(session, request);
    if (!p.refusals.isEmpty())
        throw refused(OrdersMsg::tr("refused, nothing was ordered: %1").arg(p.refusalSummary()));
    if (p.targets.isEmpty())
        throw refused(OrdersMsg::tr("no appliance to order"));
    if (p.disruptive && !request.confirmDisruptive) {
        throw refused(OrdersMsg::tr("%1 is disruptive and would touch %n appliance(s); confirm it explicitly")
                          .arg(p.runbookId)
                          .replace(QStringLiteral("%n"), QString::number(p.targets.size())));
    }
    return session.transaction([&] {
        QList<IssuedOrder> issued;
        for (const OrderTarget &t : p.targets) {
            IssuedOrder o{t.orderId, t.applianceId, t.hostname, false};
            {
                auto q =
                    session.query(QStringLiteral("order_insert"), {t.orderId, t.applianceId, p.runbookId, p.parameters,
                                                                   request.reason, request.ttlSeconds});
                o.created = q.next();
            }
            if (o.created) {
                const QJsonObject details{
                    {QStringLiteral("appliance_id"), t.applianceId},
                    {QStringLiteral("hostname"), t.hostname},
                    {QStringLiteral("site_id"), t.siteId},
                    {QStringLiteral("runbook_id"), p.runbookId},
                    {QStringLiteral("reason"), request.reason},
                    {QStringLiteral("parameters"), QJsonDocument::fromJson(p.parameters.toUtf8()).object()}};
                Audit::record(session, QStringLiteral("order.issue"), t.orderId, details);
            } else {
                // The id exists: a retry of this very order is fine, anything else is a clash.
                auto q = session.query(QStringLiteral("order_existing"), {t.orderId});
                if (q.next() && (q.value(0).toString() != t.applianceId || q.value(1).toString() != p.runbookId)) {
                    throw refused(OrdersMsg::tr("order id %1 is already used by a different order").arg(t.orderId));
                }
            }
            issued << o;
        }
        return issued;
    });
}

void cancel(Session &session, const QString &orderId, const QString &reason)
{
    session.transaction([&] {
        {
            auto q = session.query(QStringLiteral("order_cancel"), {reason, orderId});
            if (!q.next()) {
                auto s = session.query(QStringLiteral("order_status"), {orderId});
                if (!s.next())
                    throw refused(OrdersMsg::tr("unknown order \"%1\"").arg(orderId));
                throw refused(OrdersMsg::tr("order %1 is %2; only a pending order can be cancelled")
                                  .arg(orderId, s.value(0).toString()));
            }
        }
        const QJsonObject details{{QStringLiteral("reason"), reason}};
        Audit::record(session, QStringLiteral("order.cancel"), orderId, details);
    });
}

QList<RunbookChoice> runbookChoices(Session &session)
{
    QList<RunbookChoice> rows;
    auto q = session.query(QStringLiteral("order_runbook_choices"));
    while (q.next()) {
        rows << RunbookChoice{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toBool(),   q.value(5).toBool(),
                              q.value(6).toString()};
    }
    return rows;
}

int expire(Session &session)
{
    auto q = session.queryText(QStringLiteral("SELECT healdesk_expire_orders()"), {}, QStringLiteral("expire orders"));
    return q.next() ? q.value(0).toInt() : 0;
}

QList<OrderRow> list(Session &session, const QString &status, const QString &orderIdPrefix, int limit)
{
    const QVariant s = status.isEmpty() ? nullText() : QVariant(status);
    const QVariant prefix = orderIdPrefix.isEmpty() ? nullText() : QVariant(likeEscaped(orderIdPrefix));
    QList<OrderRow> rows;
    auto q = session.query(QStringLiteral("orders_list"), {s, s, prefix, prefix, limit});
    while (q.next()) {
        OrderRow r;
        r.orderId = q.value(0).toString();
        r.applianceId = q.value(1).toString();
        r.hostname = q.value(2).toString();
        r.siteId = q.value(3).toString();
        r.runbookId = q.value(4).toString();
        r.status = q.value(5).toString();
        r.issuedBy = q.value(6).toString();
        r.reason = q.value(7).toString();
        r.parameters = q.value(8).toString();
        r.result = q.value(9).toString();
        r.issuedAt = q.value(10).toDateTime();
        r.acknowledgedAt = q.value(11).toDateTime();
        r.completedAt = q.value(12).toDateTime();
        r.expiresAt = q.value(13).toDateTime();
        r.inferred = q.value(14).toBool();
        r.applianceStatus = q.value(15).toString();
        rows << r;
    }
    return rows;
}

} // namespace Orders

} // namespace hd
