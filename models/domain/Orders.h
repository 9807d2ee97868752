#pragma once

#include "Incidents.h"
#include "Trust.h"

#include <QDateTime>
#include <QSet>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hd {

class Rows;
class Session;
struct KeyMaterial;

// What a technician asks for: a runbook on some appliances (or a whole site).
struct OrderRequest
{
    QStringList applianceIds;
    QString siteId;
    QString runbookId;
    QString parameters = QStringLiteral("{}"); // a JSON object
    QString reason;
    bool confirmDisruptive = false;
    QString orderId;        // client-made; empty means a new UUID. Several appliances get "<id>-<n>".
    // Run from this incident: one appliance, the incident's; the order is linked to it (its legacy order_id and an
    // 'order' event in its timeline) in the same transaction.
    QString incidentId;
    // The batch the orders join (a retry of a batch's failed or expired orders); empty: a new one when the
    // request has several appliances, none for one.
    QString batchId;
    int ttlSeconds = 3600;  // pending longer than this, the order expires
    // Held until this instant instead of written at once (invalid: not held,
    // unless a disruptive runbook meets a site outside its window).
    QDateTime holdUntil;
};

struct OrderTarget
{
    QString applianceId;
    QString hostname;
    QString siteId;
    QString applianceStatus;
    QString orderId; // assigned when planned
    QString partnerId;
    QString partnerName;
    bool signatureRequired = false; // the partner's orders must be signed
    // Held back rather than written now: "window" (a disruptive runbook while
    // the site is outside its maintenance windows) or "until" (held by hand).
    QString hold;
    QDateTime releaseAt; // the window's start, or the chosen time; invalid: no window to wait for
    QString timeZone;    // the site's, for saying when it runs in clinic time
};

struct OrderRefusal
{
    QString applianceId;
    QString hostname;
    QString why;
};

// The checked request, before anything is written.
struct OrderPlan
{
    QString runbookId;
    QString runbookName;
    bool disruptive = false;
    QList<OrderTarget> targets;
    QList<OrderRefusal> refusals;
    QString parameters; // normalised compact JSON, with the schema's defaults
    QString parameterSchema; // the runbook's (ParameterSchema), empty when it has none
    // Whether the orders will carry the issuer's signature, and, when some
    // target's partner requires one that cannot be made, why not.
    bool willSign = false;
    QString signingRefusal;

    // One line for a terminal or a dialog.
    QString refusalSummary() const;
};

struct IssuedOrder
{
    QString orderId;
    QString applianceId;
    QString hostname;
    bool created = false; // false: the order already existed (a retry)
    bool held = false;    // held back until releaseAt (a window, or a chosen time)
    QDateTime releaseAt;
};

struct OrderRow
{
    QString orderId;
    QString applianceId;
    QString hostname;
    QString siteId;
    QString runbookId;
    QString status;
    QString issuedBy;
    QString reason;
    QString parameters;
    QString result;
    QDateTime issuedAt;
    QDateTime acknowledgedAt;
    QDateTime completedAt;
    QDateTime expiresAt;
    bool inferred = false;
    QString applianceStatus;
    QDateTime releaseAt;  // a held order: when it is released (invalid: no window ahead)
    QString timeZone;     // its site's
    QString note;         // why a held order is still held past its time
    QString signingKeyId; // empty: unsigned
    QString signedBy;     // the login of the signing key, when the database knows it
    QString batchId;      // the batch of a multi-appliance issue; empty for a single order
    QString siteName;

    // "waiting for appliance" for a pending order of an appliance offline past the stale threshold.
    QString displayStatus() const;
};

// One appliance of a batch, with its latest order in the batch.
struct BatchTarget
{
    QString applianceId;
    QString hostname;
    QString siteId;
    QString siteName;
    QString orderId; // the latest (a retry replaces a failed or expired one)
    QString status;
    int attempts = 0; // orders this appliance had in the batch
};

// A batch: every appliance of a multi-appliance issue and where each stands (not a recurring order's
// occurrence, OrderSchedules' OrderBatch).
struct IssueBatch
{
    QString batchId;
    QString runbookId;
    QString parameters; // the first order's, which a retry sends again
    QString reason;
    QString issuedBy;
    QDateTime issuedAt;
    QList<BatchTarget> targets;

    // How many targets stand at each status (held, pending, acknowledged, completed, failed, rejected, cancelled,
    // expired).
    QMap<QString, int> counts() const
    {
        QMap<QString, int> c;
        for (const BatchTarget &t : targets)
            ++c[t.status];
        return c;
    }
    // Done: no target is held, pending or acknowledged.
    bool finished() const
    {
        for (const BatchTarget &t : targets) {
            if (t.status == QLatin1String("held") || t.status == QLatin1String("pending") ||
                t.status == QLatin1String("acknowledged"))
                return false;
        }
        return true;
    }
};

// An order in full, for its detail view and `healdesk order show`.
struct OrderDetail
{
    OrderRow order;
    QString incidentId; // the incident it was run from, if any
    QList<ExecutionRow> executions;
};

struct RunbookChoice
{
    QString runbookId;
    QString name;
    QString category;
    QString hipaaControls;
    bool disruptive = false;
    bool enabled = true;
    QString description;
    QString parameterSchema; // ParameterSchema document; empty: any JSON object
};

class OrderModel;

namespace Orders {

QList<RunbookChoice> runbookChoices(Session &session);

constexpr int kMaxParameterBytes = 16 * 1024;

// Parses and checks parameters: a JSON object of at most kMaxParameterBytes.
// Returns compact JSON; throws Error(Refused) with the reason otherwise.
QString checkParameters(const QString &json);

// Checks a request against the database without writing: the runbook exists
// and is enabled, every appliance exists and is not disabled for it in
// appliance_runbook_config, disruptive runbooks are confirmed, parameters are
// a JSON object. Throws Error(Refused) for what makes the whole request
// impossible; per-appliance refusals are listed in the plan.
OrderPlan plan(Session &session, const OrderRequest &request);

// Why the session cannot write these orders as its partners' policies ask
// (signatures required, and no approved key to sign with), or empty.
QString signingRefusal(Session &session, const QList<OrderTarget> &targets, bool *willSign = nullptr);

// Writes every order and its audit row in one transaction, or nothing: any
// refusal in the plan refuses the whole request (Error(Refused)). Retrying
// with the same order id creates nothing new.
QList<IssuedOrder> issue(Session &session, const OrderRequest &request);

// The statuses an order can have, in the order of its life: held (Healdesk's own, before it reaches orders),
// pending, acknowledged, then completed, failed, rejected, cancelled or expired.
const QStringList &statuses();

// A batch as it stands; Error(Refused) when there is none (or none this login may see).
IssueBatch batch(Session &session, const QString &batchId);
// An order with its executions and incident; Error(Refused) when unknown.
OrderDetail detail(Session &session, const QString &orderId);
// Issues new orders to exactly the batch's targets whose latest order failed (failed, or rejected by its
// appliance) and/or expired, joined to the batch, with every check of a first order (Orders::issue) and one
// "order.retry" audit row besides each order's own. orderIdBase makes a retry idempotent (empty: a new UUID).
// Error(Refused) when no target is in those states.
// A disruptive runbook needs confirmDisruptive, as a first order does. Two retries of one batch at once take
// turns: the second, finding the first's orders, is refused and writes nothing.
QList<IssuedOrder> retry(Session &session, const QString &batchId, bool failed, bool expired,
                         const QString &orderIdBase = {}, bool confirmDisruptive = false);
// Cancels the batch's orders that have not started (pending or held), each with its audit row, in one
// transaction; returns how many.
int cancelRest(Session &session, const QString &batchId, const QString &reason);

// Cancels a pending or held order, with its audit row, in one transaction. A reason is required (it goes into
// the audit log): checkCancelReason() refuses a blank one, before anything is asked of the database, with the
// same sentence in the console and on the command line.
void checkCancelReason(const QString &reason);
void cancel(Session &session, const QString &orderId, const QString &reason);

// Marks pending orders past their TTL as expired; returns how many.
int expire(Session &session);

// What the worker released: each held order whose time came (a window
// opened, or the chosen time passed), written to orders in the transaction
// that marks it released, signed by signer when given (the worker's service
// key), with its audit row. A partner that requires signatures gets none
// released without an approved signer; those stay held with a note.
struct Released
{
    QString orderId;
    QString applianceId;
    QDateTime expiresAt;
};
QList<Released> releaseDue(Session &session, const QDateTime &now);

// Newest first; exactId: only that order.
QList<OrderRow> list(Session &session, const QString &status = {}, const QString &orderIdPrefix = {}, int limit = 500,
                     const QString &exactId = {});

// An order as an appliance reads it (order_record, sim_pending_orders rows).
OrderRecord recordFrom(const Rows &row);
std::optional<OrderRecord> record(Session &session, const QString &orderId);
// How an appliance holding the trust file sees the order now: the partner's
// policy as admins signed it, the key's chain, the signature, the expiry, the
// appliance (when given), a nonce another order already owns (its own signed
// payload names it), and the row against what was signed.
// As of at (default: now); ran holds the nonces of the orders this appliance
// ran already, so a row put back to pending is a replay too.
OrderSigning::Check verify(Session &session, const TrustStore &trust, const KeyMaterial &keys,
                           const OrderRecord &order, const QString &applianceId = {}, const QDateTime &at = {},
                           const QSet<QString> *ran = nullptr);

} // namespace Orders

} // namespace hd
