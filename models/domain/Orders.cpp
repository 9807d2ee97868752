#include "Orders.h"
#include "ParameterSchema.h"

#include "Audit.h"
#include "Clock.h"
#include "Maintenance.h"

#include "Error.h"
#include "Format.h"
#include "Keys.h"
#include "Scope.h"
#include "Session.h"
#include "Trust.h"

#include <QCoreApplication>
#include <functional>
#include <QHash>
#include <QJsonArray>
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
    if (status == QLatin1String("held")) {
        if (!releaseAt.isValid())
            return OrdersMsg::tr("held: no maintenance window ahead");
        return OrdersMsg::tr("held until %1").arg(format::dateTime(releaseAt));
    }
    if (status == QLatin1String("pending") && applianceStatus == QLatin1String("offline"))
        return OrdersMsg::tr("waiting for appliance");
    // Orders from before Healdesk carry no TTL and never moved: say so rather than look merely queued.
    if (status == QLatin1String("pending") && !expiresAt.isValid())
        return OrdersMsg::tr("stuck pending (no TTL)");
    return format::storedValue(status);
}

namespace Orders {

namespace {

Error refused(const QString &why)
{
    return Error(Error::Code::Refused, why);
}

void planHolds(Session &session, const OrderRequest &request, OrderPlan &p);

// Writes one order row, signed by signer when given (its nonce and key filled
// into record); issuedBy names who asked (empty: the session's login). True
// when the row is new, false when the order ID existed.
bool writeOrder(Session &session, const Signer *signer, OrderRecord &record, const QString &reason,
                const QString &issuedBy, const QString &batchId)
{
    QVariant keyId = nullText(), nonce = nullText(), signature = nullText(), payload = nullText();
    if (signer) {
        record.nonce = signing::nonce();
        record.keyId = signer->key->keyId();
        const QByteArray bytes = OrderSigning::payload(record);
        keyId = record.keyId;
        nonce = record.nonce;
        signature = QString::fromLatin1(signer->key->sign(bytes).toBase64());
        payload = QString::fromUtf8(bytes);
    }
    auto q = session.query(QStringLiteral("order_insert"), {{"order", record.orderId},
                                                            {"appliance", record.applianceId},
                                                            {"runbook", record.runbookId},
                                                            {"parameters", record.parameters},
                                                            {"reason", reason},
                                                            {"issued_by", issuedBy.isEmpty() ? nullText() : QVariant(issuedBy)},
                                                            {"issued", signing::timeText(record.issuedAt)},
                                                            {"expires", signing::timeText(record.expiresAt)},
                                                            {"key_id", keyId},
                                                            {"nonce", nonce},
                                                            {"signature", signature},
                                                            {"signed_payload", payload},
                                                            {"batch", batchId.isEmpty() ? nullText() : QVariant(batchId)}});
    return q.next();
}

QString ranAlready(const QString &orderId)
{
    return OrdersMsg::tr("%1 (this appliance ran it already)").arg(orderId);
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
        auto q = session.query(QStringLiteral("order_runbook"), {{"runbook", request.runbookId}});
        if (!q.next())
            throw refused(OrdersMsg::tr("unknown runbook \"%1\"").arg(request.runbookId));
        p.runbookId = q.text("runbook_id");
        p.runbookName = q.text("name");
        if (!q.flag("enabled"))
            throw refused(OrdersMsg::tr("runbook %1 is disabled for every appliance").arg(p.runbookId));
        p.disruptive = q.flag("disruptive");
        // A runbook with a parameter schema takes only what it describes, its defaults filled in.
        p.parameterSchema = q.text("parameter_schema");
        if (!p.parameterSchema.isEmpty()) {
            const QJsonObject given = QJsonDocument::fromJson(p.parameters.toUtf8()).object();
            const QJsonObject filled =
                ParameterSchema::apply(ParameterSchema::parse(p.parameterSchema.toUtf8()), given);
            p.parameters = QString::fromUtf8(QJsonDocument(filled).toJson(QJsonDocument::Compact));
        }
    }

    const QVariant site = request.siteId.isEmpty() ? nullText() : QVariant(request.siteId);
    const QVariant ids =
        request.applianceIds.isEmpty() ? nullText() : QVariant(request.applianceIds.join(QLatin1Char(',')).toLower());
    QStringList found;
    auto q =
        session.query(QStringLiteral("order_targets"), {{"runbook", p.runbookId}, {"site", site}, {"appliances", ids}});
    while (q.next()) {
        const QString id = q.text("id");
        found << id;
        if (!q.isNull("configured_enabled") && !q.flag("configured_enabled")) {
            p.refusals << OrderRefusal{
                id, q.text("hostname"),
                OrdersMsg::tr("%1 is disabled for this appliance in appliance_runbook_config").arg(p.runbookId)};
            continue;
        }
        p.targets << OrderTarget{id,
                                 q.text("hostname"),
                                 q.text("site_id"),
                                 q.text("status"),
                                 {},
                                 q.text("partner_id"),
                                 q.text("partner_name"),
                                 q.flag("signing_required"),
                                 {},
                                 {},
                                 {}};
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
    planHolds(session, request, p);
    p.signingRefusal = signingRefusal(session, p.targets, &p.willSign);
    return p;
}

namespace {

void planHolds(Session &session, const OrderRequest &request, OrderPlan &p)
{
    const QDateTime now = Clock::now(session);
    if (request.holdUntil.isValid() && request.holdUntil <= now)
        throw refused(OrdersMsg::tr("a hold must end in the future"));
    // Worked out once per site: its zone, whether it has windows, and when the next one opens.
    struct SiteWindow
    {
        QString zone;
        bool hold = false;
        QDateTime opens;
    };
    QHash<QString, SiteWindow> sites;
    for (OrderTarget &t : p.targets) {
        if (!sites.contains(t.siteId)) {
            SiteWindow w;
            w.zone = Maintenance::timeZone(session, t.siteId);
            if (!request.holdUntil.isValid() && p.disruptive && Maintenance::hasWindows(session, t.siteId) &&
                !Maintenance::windowAt(session, t.siteId, now)) {
                w.hold = true;
                if (const auto next = Maintenance::nextWindow(session, t.siteId, now))
                    w.opens = next->startsAt;
            }
            sites.insert(t.siteId, w);
        }
        const SiteWindow &w = sites.value(t.siteId);
        t.timeZone = w.zone;
        if (request.holdUntil.isValid()) {
            t.hold = QStringLiteral("until");
            t.releaseAt = request.holdUntil;
        } else if (w.hold) {
            t.hold = QStringLiteral("window");
            t.releaseAt = w.opens;
        }
    }
}

} // namespace

QString signingRefusal(Session &session, const QList<OrderTarget> &targets, bool *willSign)
{
    const Signer *signer = session.signer();
    const QString state = Keys::signerState(session);
    const bool canSign = state == QLatin1String("approved");
    if (willSign)
        *willSign = canSign;
    QStringList partners;
    for (const OrderTarget &t : targets) {
        const QString name = t.partnerName.isEmpty() ? t.partnerId : t.partnerName;
        if (t.signatureRequired && !partners.contains(name))
            partners << name;
    }
    if (canSign || partners.isEmpty())
        return {};
    const QString whose = partners.join(QStringLiteral(", "));
    if (!signer) {
        return OrdersMsg::tr("orders for %1 must be signed, and you have no signing key on this workstation: run "
                             "healdesk key create (or Settings ▸ Signing key) and ask an admin to approve it")
            .arg(whose);
    }
    if (state.isEmpty()) {
        return OrdersMsg::tr("orders for %1 must be signed, and your key %2 is not registered in this database: run "
                             "healdesk key create")
            .arg(whose, signer->key->keyId());
    }
    if (state == QLatin1String("pending")) {
        return OrdersMsg::tr("orders for %1 must be signed, and your key %2 is pending: ask an admin to run healdesk "
                             "key approve %2")
            .arg(whose, signer->key->keyId());
    }
    return OrdersMsg::tr("orders for %1 must be signed, and your key %2 is %3: create a new one (healdesk key create) "
                         "and have it approved")
        .arg(whose, signer->key->keyId(), format::storedValue(state));
}

namespace {

// Orders::issue, with more written in its transaction when asked (a retry's own audit row).
QList<IssuedOrder> issueWith(Session &session, const OrderRequest &request,
                             const std::function<void(const QList<IssuedOrder> &)> &alsoWrite)
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
    // Refused before anything is written: a partner that requires signed
    // orders gets none from a technician who cannot sign.
    if (!p.signingRefusal.isEmpty())
        throw refused(p.signingRefusal);
    const Signer *signer = p.willSign ? session.signer() : nullptr;
    if (!request.incidentId.isEmpty()) {
        // Run from an incident: on its own appliance, now (a held order is not in orders to link yet).
        auto q = session.query(QStringLiteral("incident_order_target"), {{"incident", request.incidentId}});
        if (!q.next())
            throw refused(OrdersMsg::tr("no incident %1 that this login may see").arg(request.incidentId));
        if (p.targets.size() != 1 || p.targets.first().applianceId != q.text("appliance_id"))
            throw refused(OrdersMsg::tr("an order run from an incident goes to the incident's own appliance only"));
        if (!p.targets.first().hold.isEmpty())
            throw refused(OrdersMsg::tr("%1 would be held for a maintenance window; an order run from an incident "
                                        "runs now, so run it from the Fleet page to hold it")
                              .arg(p.runbookId));
    }
    // Several appliances make a batch; its ID follows from the order IDs, so a retry of the same request (the same
    // client-made IDs) lands in the same batch.
    const QString batchId =
        !request.batchId.isEmpty()
            ? request.batchId
            : (p.targets.size() > 1
                   ? QUuid::createUuidV5(QUuid(QStringLiteral("{4f1c2b7e-8a43-4d8e-9b55-3c8e2f0a6d11}")),
                                         p.targets.first().orderId.chopped(2))
                         .toString(QUuid::WithoutBraces)
                   : QString());
    return session.transaction([&] {
        QList<IssuedOrder> issued;
        const QDateTime issuedAt = Clock::now(session);
        for (const OrderTarget &t : p.targets) {
            IssuedOrder o{t.orderId, t.applianceId, t.hostname, false, false, {}};
            QJsonObject details{
                {QStringLiteral("appliance_id"), t.applianceId},
                {QStringLiteral("hostname"), t.hostname},
                {QStringLiteral("site_id"), t.siteId},
                {QStringLiteral("runbook_id"), p.runbookId},
                {QStringLiteral("reason"), request.reason},
                {QStringLiteral("parameters"), QJsonDocument::fromJson(p.parameters.toUtf8()).object()}};
            if (!batchId.isEmpty())
                details.insert(QStringLiteral("batch_id"), batchId);
            if (!t.hold.isEmpty()) {
                // Held back: the worker writes it to orders when its time comes.
                auto q = session.query(QStringLiteral("order_hold_insert"),
                                       {{"order", t.orderId},
                                        {"appliance", t.applianceId},
                                        {"runbook", p.runbookId},
                                        {"parameters", p.parameters},
                                        {"reason", request.reason},
                                        {"hold", t.hold},
                                        {"release_at", t.hold == QLatin1String("until")
                                                           ? QVariant(signing::timeText(t.releaseAt))
                                                           : nullText()},
                                        {"ttl_seconds", request.ttlSeconds},
                                        {"batch", batchId.isEmpty() ? nullText() : QVariant(batchId)}});
                o.created = q.next();
                o.held = true;
                o.releaseAt = t.releaseAt;
                if (o.created) {
                    details.insert(QStringLiteral("hold"), t.hold);
                    details.insert(QStringLiteral("release_at"),
                                   t.releaseAt.isValid() ? QJsonValue(signing::timeText(t.releaseAt)) : QJsonValue());
                    Audit::record(session, QStringLiteral("order.hold"), t.orderId, details);
                }
            } else {
                OrderRecord record{t.orderId, t.applianceId, p.runbookId, p.parameters, issuedAt,
                                   issuedAt.addSecs(request.ttlSeconds), {}, {}, {}, {}, t.partnerId};
                o.created = writeOrder(session, signer, record, request.reason, {}, batchId);
                if (o.created) {
                    if (!request.incidentId.isEmpty())
                        details.insert(QStringLiteral("incident_id"), request.incidentId);
                    details.insert(QStringLiteral("signing_key_id"),
                                   signer ? QJsonValue(record.keyId) : QJsonValue());
                    Audit::record(session, QStringLiteral("order.issue"), t.orderId, details);
                }
                // The link after the audit row: the events' trigger checks that this login issued the order for
                // this incident (42_incident_actions.sql).
                if (o.created && !request.incidentId.isEmpty()) {
                    session.query(QStringLiteral("incident_order_link"),
                                  {{"action", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                   {"incident", request.incidentId},
                                   {"order", t.orderId}})
                        .next();
                }
            }
            if (!o.created) {
                // The id exists: a retry of this very order is fine, anything else is a clash.
                auto q = session.query(QStringLiteral("order_existing"), {{"order", t.orderId}});
                if (q.next() && (q.text("appliance_id") != t.applianceId || q.text("runbook_id") != p.runbookId)) {
                    throw refused(OrdersMsg::tr("order id %1 is already used by a different order").arg(t.orderId));
                }
            }
            issued << o;
        }
        if (alsoWrite)
            alsoWrite(issued);
        return issued;
    });
}

} // namespace

QList<IssuedOrder> issue(Session &session, const OrderRequest &request)
{
    return issueWith(session, request, {});
}

const QStringList &statuses()
{
    static const QStringList list{QStringLiteral("held"),      QStringLiteral("pending"),  QStringLiteral("acknowledged"),
                                  QStringLiteral("completed"), QStringLiteral("failed"),   QStringLiteral("rejected"),
                                  QStringLiteral("cancelled"), QStringLiteral("expired")};
    return list;
}

void checkCancelReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw Error(Error::Code::InvalidInput,
                    OrdersMsg::tr("say why the order is cancelled: the reason goes into the audit log"));
}

namespace {

// One cancellation and its audit row, inside the caller's transaction.
void cancelOne(Session &session, const QString &orderId, const QString &reason, const QJsonObject &extra = {})
{
    {
        auto q = session.query(QStringLiteral("order_cancel"), {{"reason", reason}, {"order", orderId}});
        if (!q.next()) {
            auto s = session.query(QStringLiteral("order_status"), {{"order", orderId}});
            if (!s.next())
                throw refused(OrdersMsg::tr("unknown order \"%1\"").arg(orderId));
            throw refused(OrdersMsg::tr("order %1 is %2; only a pending or held order can be cancelled")
                              .arg(orderId, s.text("status")));
        }
    }
    QJsonObject details = extra;
    details.insert(QStringLiteral("reason"), reason);
    Audit::record(session, QStringLiteral("order.cancel"), orderId, details);
}

} // namespace

void cancel(Session &session, const QString &orderId, const QString &reason)
{
    checkCancelReason(reason);
    session.transaction([&] { cancelOne(session, orderId, reason); });
}

IssueBatch batch(Session &session, const QString &batchId)
{
    if (QUuid::fromString(batchId).isNull())
        throw Error(Error::Code::InvalidInput, OrdersMsg::tr("a batch ID is a UUID, not \"%1\"").arg(batchId));
    IssueBatch b;
    b.batchId = batchId.toLower();
    auto q = session.query(QStringLiteral("order_batch_targets"), {{"batch", b.batchId}});
    while (q.next()) {
        b.runbookId = q.text("runbook_id");
        b.parameters = q.text("parameters");
        b.reason = q.text("reason");
        b.issuedBy = q.text("issued_by");
        b.issuedAt = q.time("issued_at");
        b.targets << BatchTarget{q.text("appliance_id"), q.text("hostname"), q.text("site_id"), q.text("site_name"),
                                 q.text("order_id"),     q.text("status"),   q.int32("attempts")};
    }
    if (b.targets.isEmpty())
        throw refused(OrdersMsg::tr("no batch %1 that this login may see").arg(batchId));
    return b;
}

OrderDetail detail(Session &session, const QString &orderId)
{
    OrderDetail d;
    bool found = false;
    for (const OrderRow &r : list(session, {}, {}, 1, orderId)) {
        if (r.orderId == orderId) {
            d.order = r;
            found = true;
        }
    }
    if (!found)
        throw refused(OrdersMsg::tr("unknown order \"%1\"").arg(orderId));
    auto q = session.query(QStringLiteral("order_incident"), {{"order", orderId}});
    if (q.next())
        d.incidentId = q.text("incident_id");
    d.executions = Incidents::executions(session, QStringLiteral("order_executions"), {{"order", orderId}});
    return d;
}

QList<IssuedOrder> retry(Session &session, const QString &batchId, bool failed, bool expired,
                         const QString &orderIdBase, bool confirmDisruptive)
{
    if (!failed && !expired)
        throw Error(Error::Code::InvalidInput, OrdersMsg::tr("retry the failed orders, the expired ones, or both"));
    const IssueBatch b = batch(session, batchId);
    OrderRequest request;
    QJsonArray replaced;
    for (const BatchTarget &t : b.targets) {
        const bool isFailed = t.status == QLatin1String("failed") || t.status == QLatin1String("rejected");
        const bool isExpired = t.status == QLatin1String("expired");
        if ((failed && isFailed) || (expired && isExpired)) {
            request.applianceIds << t.applianceId;
            replaced.append(t.orderId);
        }
    }
    if (request.applianceIds.isEmpty())
        throw refused(OrdersMsg::tr("batch %1 has no %2 order to retry")
                          .arg(b.batchId, failed && expired ? OrdersMsg::tr("failed or expired")
                                                            : failed ? OrdersMsg::tr("failed")
                                                                     : OrdersMsg::tr("expired")));
    request.runbookId = b.runbookId;
    request.parameters = b.parameters;
    request.reason = OrdersMsg::tr("retry of batch %1: %2").arg(b.batchId.left(8), b.reason);
    request.batchId = b.batchId;
    request.orderId = orderIdBase.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : orderIdBase;
    // A disruptive runbook is confirmed again: whoever retries decides again (Orders::issue refuses it otherwise).
    request.confirmDisruptive = confirmDisruptive;
    QMap<QString, int> attemptsBefore;
    for (const BatchTarget &t : b.targets)
        attemptsBefore.insert(t.applianceId, t.attempts);
    // Every check of a first order applies (Orders::issue), and the retry's own audit row is written in the same
    // transaction as the orders: all of it, or nothing.
    return issueWith(session, request, [&](const QList<IssuedOrder> &issued) {
        // One retry of a batch at a time: with the batch's lock held to the commit, each target retried has
        // exactly one order more than it had when this retry looked. Another retry that came in between added one
        // too; this one is then refused and writes nothing.
        session.query(QStringLiteral("order_batch_lock"), {{"batch", b.batchId}}).next();
        const IssueBatch now = batch(session, b.batchId);
        for (const BatchTarget &t : now.targets) {
            if (request.applianceIds.contains(t.applianceId) && t.attempts != attemptsBefore.value(t.applianceId) + 1)
                throw refused(OrdersMsg::tr("batch %1 was retried by someone else meanwhile; nothing was ordered, "
                                            "look at it again")
                                  .arg(b.batchId.left(8)));
        }
        QJsonArray created;
        for (const IssuedOrder &o : issued)
            created.append(o.orderId);
        Audit::record(session, QStringLiteral("order.retry"), b.batchId,
                      QJsonObject{{QStringLiteral("batch_id"), b.batchId},
                                  {QStringLiteral("replaced"), replaced},
                                  {QStringLiteral("orders"), created},
                                  {QStringLiteral("failed"), failed},
                                  {QStringLiteral("expired"), expired}});
    });
}

int cancelRest(Session &session, const QString &batchId, const QString &reason)
{
    checkCancelReason(reason);
    const IssueBatch b = batch(session, batchId);
    return session.transaction([&] {
        QStringList pending;
        auto q = session.query(QStringLiteral("order_batch_pending"), {{"batch", b.batchId}});
        while (q.next())
            pending << q.text("order_id");
        for (const QString &id : pending)
            cancelOne(session, id, reason, QJsonObject{{QStringLiteral("batch_id"), b.batchId}});
        return int(pending.size());
    });
}

QList<RunbookChoice> runbookChoices(Session &session)
{
    QList<RunbookChoice> rows;
    auto q = session.query(QStringLiteral("order_runbook_choices"));
    while (q.next()) {
        rows << RunbookChoice{q.text("runbook_id"), q.text("name"),        q.text("category"),
                              q.text("hipaa_controls"), q.flag("disruptive"), q.flag("enabled"),
                              q.text("description"), q.text("parameter_schema")};
    }
    return rows;
}

int expire(Session &session)
{
    auto q = session.query(QStringLiteral("order_expire"));
    return q.next() ? q.int32("expired") : 0;
}

QList<OrderRow> list(Session &session, const QString &status, const QString &orderIdPrefix, int limit,
                     const QString &exactId)
{
    const QVariant s = status.isEmpty() ? nullText() : QVariant(status);
    const QVariant prefix = orderIdPrefix.isEmpty() ? nullText() : QVariant(likeEscaped(orderIdPrefix));
    const QVariant exact = exactId.isEmpty() ? nullText() : QVariant(exactId);
    QList<OrderRow> rows;
    auto q = session.query(QStringLiteral("orders_list"),
                           {{"status", s}, {"prefix", prefix}, {"exact", exact}, {"row_limit", limit}});
    while (q.next()) {
        OrderRow r;
        r.orderId = q.text("order_id");
        r.applianceId = q.text("appliance_id");
        r.hostname = q.text("hostname");
        r.siteId = q.text("site_id");
        r.runbookId = q.text("runbook_id");
        r.status = q.text("status");
        r.issuedBy = q.text("issued_by");
        r.reason = q.text("reason");
        r.parameters = q.text("parameters");
        r.result = q.text("result");
        r.issuedAt = q.time("issued_at");
        r.acknowledgedAt = q.time("acknowledged_at");
        r.completedAt = q.time("completed_at");
        r.expiresAt = q.time("expires_at");
        r.inferred = q.flag("inferred");
        r.applianceStatus = q.text("appliance_status");
        r.signingKeyId = q.text("signing_key_id");
        r.signedBy = q.text("signed_by");
        r.releaseAt = q.time("release_at");
        r.note = q.text("note");
        r.timeZone = q.text("time_zone");
        r.batchId = q.text("batch_id");
        r.siteName = q.text("site_name");
        rows << r;
    }
    return rows;
}

QList<Released> releaseDue(Session &session, const QDateTime &now)
{
    return session.transaction([&] {
        const Signer *signer = Keys::signerState(session) == QLatin1String("approved") ? session.signer() : nullptr;
        QList<Released> released;
        auto q = session.query(QStringLiteral("order_release_due"), {{"now", signing::timeText(now)}});
        struct Due
        {
            OrderRecord record;
            QString reason, issuedBy, hold, siteId, note, batchId;
            bool signingRequired = false;
            QDateTime windowEnds;
        };
        QList<Due> due;
        while (q.next()) {
            Due d;
            d.record = OrderRecord{q.text("order_id"), q.text("appliance_id"), q.text("runbook_id"),
                                   q.text("parameters"), now, now.addSecs(q.int32("ttl_seconds")), {}, {}, {}, {},
                                   q.text("partner_id")};
            d.reason = q.text("reason");
            d.issuedBy = q.text("issued_by");
            d.hold = q.text("hold");
            d.siteId = q.text("site_id");
            d.note = q.text("note");
            d.batchId = q.text("batch_id");
            d.signingRequired = q.flag("signing_required");
            d.windowEnds = q.time("window_ends");
            due << d;
        }
        for (Due &d : due) {
            // Released into a window: its time to live counts from now and it expires when the window ends.
            if (d.windowEnds.isValid() && d.windowEnds < d.record.expiresAt)
                d.record.expiresAt = d.windowEnds;
            if (d.signingRequired && !signer) {
                session.query(QStringLiteral("order_hold_note"),
                              {{"order", d.record.orderId},
                               {"note", OrdersMsg::tr("waiting for a worker with an approved service key: this "
                                                      "partner's orders must be signed")}});
                continue;
            }
            if (!writeOrder(session, signer, d.record, d.reason, d.issuedBy, d.batchId))
                continue; // written already (a retry after a lost commit)
            session.query(QStringLiteral("order_release_mark"),
                          {{"order", d.record.orderId}, {"now", signing::timeText(now)}});
            Audit::record(session, QStringLiteral("order.release"), d.record.orderId,
                          QJsonObject{{QStringLiteral("held_by"), d.issuedBy},
                                      {QStringLiteral("hold"), d.hold},
                                      {QStringLiteral("site_id"), d.siteId},
                                      {QStringLiteral("expires_at"), signing::timeText(d.record.expiresAt)},
                                      {QStringLiteral("signing_key_id"),
                                       signer ? QJsonValue(d.record.keyId) : QJsonValue()}});
            released << Released{d.record.orderId, d.record.applianceId, d.record.expiresAt};
        }
        return released;
    });
}

OrderRecord recordFrom(const Rows &q)
{
    return OrderRecord{q.text("order_id"),  q.text("appliance_id"),   q.text("runbook_id"), q.text("parameters"),
                       q.time("issued_at"), q.time("expires_at"),     q.text("nonce"),      q.text("signing_key_id"),
                       q.text("signature"), q.text("signed_payload"), q.text("partner_id")};
}

std::optional<OrderRecord> record(Session &session, const QString &orderId)
{
    auto q = session.query(QStringLiteral("order_record"), {{"order", orderId}});
    if (!q.next())
        return std::nullopt;
    return recordFrom(q);
}

OrderSigning::Check verify(Session &session, const TrustStore &trust, const KeyMaterial &keys,
                           const OrderRecord &order, const QString &applianceId, const QDateTime &at,
                           const QSet<QString> *ran)
{
    OrderSigning::Context context;
    context.trust = &trust;
    context.lookup = keys.lookup();
    context.revocations = keys.revocations;
    context.now = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    context.signaturesRequired = trust.signaturesRequired(order.partnerId, keys.policies, context.lookup,
                                                          keys.revocations, context.now);
    context.applianceId = applianceId;
    context.nonceUsedBy = [&session, ran](const QString &nonce, const QString &orderId) -> QString {
        if (nonce.isEmpty())
            return {};
        // What this appliance ran already, whatever the database says now (a row put back to pending).
        if (ran && ran->contains(nonce))
            return ranAlready(orderId);
        auto q = session.query(QStringLiteral("order_nonce_others"), {{"nonce", nonce}, {"order", orderId}});
        while (q.next()) {
            const auto st = Statements::parse(q.text("signed_payload").toUtf8(), Statements::kOrder);
            if (st && st->value(QStringLiteral("order_id")) == q.text("order_id"))
                return q.text("order_id");
        }
        return {};
    };
    return OrderSigning::check(order, context);
}

} // namespace Orders

} // namespace hd
