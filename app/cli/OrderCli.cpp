// healdesk order show|retry: orders you can follow (issue 23). One order in full (its batch, its incident, its
// executions), and a batch's failed or expired orders issued again to exactly those appliances.

#include "Cli.h"
#include "CliSupport.h"

#include "Database.h"
#include "Error.h"
#include "Format.h"
#include "Orders.h"
#include "Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace hd::cli::detail {

namespace {

QJsonValue utcOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue jsonOrNull(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? QJsonValue(doc.object()) : doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(text);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

int orderShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON object.")});
    parser.addPositionalArgument(QStringLiteral("order-id"), CliText::tr("The order."));
    if (auto code = parse(parser, args,
                          CliText::tr("Show one order: its parameters, who issued it and why, its batch and "
                                      "incident, its life (issued, acknowledged, finished) and its executions."),
                          1, 1))
        return *code;
    const QString orderId = parser.positionalArguments().constFirst();
    Database db(connectionFrom(parser));
    const OrderDetail d = db.runSync([&orderId](Session &s) { return Orders::detail(s, orderId); });
    const OrderRow &o = d.order;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray executions;
        for (const ExecutionRow &e : d.executions)
            executions.append(QJsonObject{{QStringLiteral("execution_id"), e.executionId},
                                          {QStringLiteral("runbook_id"), e.runbookId},
                                          {QStringLiteral("tier"), e.tier},
                                          {QStringLiteral("success"), e.success},
                                          {QStringLiteral("started_at"), utcOrNull(e.startedAt)},
                                          {QStringLiteral("completed_at"), utcOrNull(e.completedAt)},
                                          {QStringLiteral("steps"), jsonOrNull(e.steps)},
                                          {QStringLiteral("state_before"), jsonOrNull(e.stateBefore)},
                                          {QStringLiteral("state_after"), jsonOrNull(e.stateAfter)},
                                          {QStringLiteral("error"), textOrNull(e.error)}});
        const QJsonObject json{{QStringLiteral("order_id"), o.orderId},
                               {QStringLiteral("batch_id"), textOrNull(o.batchId)},
                               {QStringLiteral("incident_id"), textOrNull(d.incidentId)},
                               {QStringLiteral("appliance_id"), o.applianceId},
                               {QStringLiteral("hostname"), o.hostname},
                               {QStringLiteral("site_id"), o.siteId},
                               {QStringLiteral("site"), o.siteName},
                               {QStringLiteral("runbook_id"), o.runbookId},
                               {QStringLiteral("parameters"), jsonOrNull(o.parameters)},
                               {QStringLiteral("status"), o.status},
                               {QStringLiteral("issued_by"), o.issuedBy},
                               {QStringLiteral("reason"), o.reason},
                               {QStringLiteral("issued_at"), utcOrNull(o.issuedAt)},
                               {QStringLiteral("acknowledged_at"), utcOrNull(o.acknowledgedAt)},
                               {QStringLiteral("completed_at"), utcOrNull(o.completedAt)},
                               {QStringLiteral("expires_at"), utcOrNull(o.expiresAt)},
                               {QStringLiteral("signed_by"), textOrNull(o.signedBy)},
                               {QStringLiteral("result"), jsonOrNull(o.result)},
                               {QStringLiteral("executions"), executions}};
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    const auto line = [](const QString &label, const QString &value) {
        out() << label.leftJustified(14) << (value.isEmpty() ? QStringLiteral("-") : value) << Qt::endl;
    };
    const auto utc = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); };
    line(CliText::tr("order"), o.orderId);
    line(CliText::tr("status"), o.displayStatus());
    line(CliText::tr("runbook"), o.runbookId);
    line(CliText::tr("parameters"), o.parameters);
    line(CliText::tr("appliance"), o.siteName.isEmpty() ? o.hostname : o.siteName + QStringLiteral(" / ") + o.hostname);
    line(CliText::tr("issued by"), o.issuedBy + (o.signedBy.isEmpty() ? CliText::tr(" (unsigned)")
                                                                       : CliText::tr(" (signed by %1)").arg(o.signedBy)));
    line(CliText::tr("reason"), o.reason);
    line(CliText::tr("batch"), o.batchId);
    line(CliText::tr("incident"), d.incidentId);
    line(CliText::tr("issued"), utc(o.issuedAt));
    line(CliText::tr("acknowledged"), utc(o.acknowledgedAt));
    line(CliText::tr("finished"), utc(o.completedAt));
    line(CliText::tr("expires"), utc(o.expiresAt));
    line(CliText::tr("result"), o.result);
    for (const ExecutionRow &e : d.executions)
        line(CliText::tr("execution"), QStringLiteral("%1 %2 %3 %4%5")
                                           .arg(utc(e.completedAt.isValid() ? e.completedAt : e.startedAt),
                                                e.executionId, e.tier,
                                                e.success ? CliText::tr("success") : CliText::tr("failed"),
                                                e.error.isEmpty() ? QString() : QStringLiteral(": ") + e.error));
    return 0;
}

int orderRetry(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("failed"), CliText::tr("Retry the targets whose latest order failed or was "
                                                            "rejected.")});
    parser.addOption({QStringLiteral("expired"), CliText::tr("Retry the targets whose latest order expired.")});
    parser.addOption({QStringLiteral("order-id"),
                      CliText::tr("Client-made ID base of the new orders, for an idempotent retry (-1, -2, ... are "
                                  "added)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("wait"), CliText::tr("Wait up to this many seconds for the new orders to finish."),
                      QStringLiteral("s")});
    parser.addOption({QStringLiteral("confirm-disruptive"), CliText::tr("Confirm a disruptive runbook.")});
    parser.addPositionalArgument(QStringLiteral("batch-id"), CliText::tr("The batch (order show names it)."));
    if (auto code = parse(parser, args,
                          CliText::tr("Issue a batch's failed and/or expired orders again, to exactly those "
                                      "appliances: new order IDs in the same batch, every check of a first order, "
                                      "audited. Without --failed or --expired, both."),
                          1, 1))
        return *code;
    bool failed = parser.isSet(QStringLiteral("failed"));
    bool expired = parser.isSet(QStringLiteral("expired"));
    if (!failed && !expired)
        failed = expired = true;
    int waitSeconds = 0;
    if (parser.isSet(QStringLiteral("wait"))) {
        bool ok = false;
        waitSeconds = parser.value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || waitSeconds < 1)
            throw Error(Error::Code::InvalidInput, CliText::tr("--wait must be a positive number of seconds"));
    }
    const QString batchId = parser.positionalArguments().constFirst();
    // Made here, before the first attempt, so a retry of this command names the same orders.
    const QString base = parser.isSet(QStringLiteral("order-id")) ? parser.value(QStringLiteral("order-id"))
                                                                  : QUuid::createUuid().toString(QUuid::WithoutBraces);
    Database db(connectionFrom(parser));
    attachSigner(db);
    const QList<IssuedOrder> issued =
        db.runSync([&](Session &s) {
            return Orders::retry(s, batchId, failed, expired, base, parser.isSet(QStringLiteral("confirm-disruptive")));
        });
    for (const IssuedOrder &o : issued)
        out() << o.orderId << '\t' << o.hostname << Qt::endl;
    return waitSeconds == 0 ? 0 : waitForOrders(db, issued, base, waitSeconds);
}

} // namespace hd::cli::detail
