#include "OrderModel.h"

#include "Format.h"
#include "Maintenance.h"
#include "Session.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hd {

namespace {

QString resultSummary(const OrderRow &row)
{
    if (row.result.isEmpty())
        return {};
    const QJsonObject r = QJsonDocument::fromJson(row.result.toUtf8()).object();
    if (r.isEmpty())
        return row.result;
    if (r.contains(QStringLiteral("error_message")) && !r.value(QStringLiteral("error_message")).isNull())
        return r.value(QStringLiteral("error_message")).toString();
    if (r.contains(QStringLiteral("execution_id")))
        return OrderModel::tr("execution %1").arg(r.value(QStringLiteral("execution_id")).toString());
    if (r.contains(QStringLiteral("reason")))
        return r.value(QStringLiteral("reason")).toString();
    if (r.contains(QStringLiteral("note")))
        return r.value(QStringLiteral("note")).toString();
    return row.result;
}

std::optional<double> orderDuration(const OrderRow &row)
{
    if (!row.completedAt.isValid())
        return std::nullopt;
    const QDateTime start = row.acknowledgedAt.isValid() ? row.acknowledgedAt : row.issuedAt;
    return double(start.msecsTo(row.completedAt)) / 1000.0;
}

} // namespace

QVariant OrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Issued:
        return tr("Issued");
    case Status:
        return tr("Status");
    case Runbook:
        return tr("Runbook");
    case Appliance:
        return tr("Appliance");
    case Site:
        return tr("Site");
    case IssuedBy:
        return tr("Issued by");
    case Signature:
        return tr("Signed by");
    case Reason:
        return tr("Reason");
    case Duration:
        return tr("Duration");
    case Result:
        return tr("Result");
    case OrderId:
        return tr("Order ID");
    case Batch:
        return tr("Batch");
    }
    return {};
}

QVariant OrderModel::cell(const OrderRow &row, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Issued:
            return format::dateTime(row.issuedAt);
        case Status:
            return row.inferred ? tr("%1 (inferred)").arg(row.displayStatus()) : row.displayStatus();
        case Runbook:
            return row.runbookId;
        case Appliance:
            return row.hostname.isEmpty() ? row.applianceId : row.hostname;
        case Site:
            return row.siteName.isEmpty() ? row.siteId : row.siteName;
        case IssuedBy:
            return row.issuedBy.isEmpty() ? tr("(unknown)") : row.issuedBy;
        case Signature:
            if (row.signingKeyId.isEmpty())
                return tr("unsigned");
            return row.signedBy.isEmpty() ? tr("unknown key %1").arg(row.signingKeyId.left(12)) : row.signedBy;
        case Reason:
            return row.reason;
        case Duration:
            return format::duration(orderDuration(row));
        case Result:
            return resultSummary(row);
        case OrderId:
            return row.orderId;
        case Batch:
            return row.batchId.left(8);
        }
    }
    if (role == Qt::ToolTipRole && column == Site && !row.siteName.isEmpty())
        return row.siteId;
    if (role == Qt::ToolTipRole && column == Batch && !row.batchId.isEmpty())
        return tr("Batch %1: the orders of one issue to several appliances").arg(row.batchId);
    if (role == SortRole) {
        switch (column) {
        case Issued:
            return row.issuedAt;
        case Duration:
            return orderDuration(row).value_or(-1.0);
        default:
            return cell(row, column, Qt::DisplayRole);
        }
    }
    if (role == StatusRole)
        return row.status;
    if (role == ToneRole && column == Signature && row.signingKeyId.isEmpty())
        return QStringLiteral("muted");
    if (role == ToneRole && column == Status) {
        if (row.status == QLatin1String("completed"))
            return QStringLiteral("good");
        if (row.status == QLatin1String("failed") || row.status == QLatin1String("expired") ||
            row.status == QLatin1String("rejected"))
            return QStringLiteral("bad");
        if (row.status == QLatin1String("pending") && row.applianceStatus == QLatin1String("offline"))
            return QStringLiteral("warn");
        if (row.status == QLatin1String("cancelled"))
            return QStringLiteral("muted");
        if (row.status == QLatin1String("held") && (!row.releaseAt.isValid() || !row.note.isEmpty()))
            return QStringLiteral("warn");
    }
    if (role == Qt::ToolTipRole) {
        if (column == Result)
            return row.result;
        if (column == Status && row.status == QLatin1String("held")) {
            QString text = row.releaseAt.isValid()
                               ? Maintenance::runsText(row.releaseAt, row.timeZone, QDateTime::currentDateTimeUtc())
                               : tr("No maintenance window ahead: add one to the site, or cancel the order");
            if (!row.note.isEmpty())
                text += QLatin1Char('\n') + row.note;
            return text;
        }
        if (column == Status && row.expiresAt.isValid())
            return tr("Expires %1").arg(format::dateTime(row.expiresAt));
        if (column == Signature && !row.signingKeyId.isEmpty())
            return tr("Key %1: an appliance holding the trust file checks this signature before running it")
                .arg(row.signingKeyId);
    }
    return {};
}

QCoro::Task<> OrderModel::reload(Database &db, QString status)
{
    auto fetch = [status](Session &s) { return Orders::list(s, status, {}, 1000); };
    return load(db, std::move(fetch));
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Issued: return tr("Issued");
    case Runbook: return tr("Runbook");
    case Progress: return tr("Progress");
    case Targets: return tr("Targets");
    case Completed: return tr("Completed");
    case Failed: return tr("Failed");
    case Expired: return tr("Expired");
    case Pending: return tr("Pending");
    case Cancelled: return tr("Cancelled");
    case Sites: return tr("Sites");
    case IssuedBy: return tr("Issued by");
    case Reason: return tr("Reason");
    case BatchId: return tr("Batch ID");
    }
    return {};
}

QVariant BatchModel::cell(const BatchRow &row, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Issued: return format::dateTime(row.issuedAt);
        case Runbook: return row.runbookId;
        case Progress:
            return tr("%1 of %2 completed").arg(row.completed).arg(row.targets);
        case Targets: return row.targets;
        case Completed: return row.completed;
        case Failed: return row.failed;
        case Expired: return row.expired;
        case Pending: return row.pending;
        case Cancelled: return row.cancelled;
        case Sites: return row.siteNames;
        case IssuedBy: return row.issuedBy;
        case Reason: return row.reason;
        case BatchId: return row.batchId;
        }
        return {};
    }
    if (role == CancellableRole)
        return row.cancellable;
    if (role == DisruptiveRole)
        return row.disruptive;
    if (role == CountsRole)
        return QVariantList{row.completed, row.failed, row.expired, row.pending, row.cancelled};
    if (role == Qt::ToolTipRole && column == Progress)
        return tr("%1 completed, %2 failed, %3 expired, %4 pending, %5 cancelled")
            .arg(row.completed)
            .arg(row.failed)
            .arg(row.expired)
            .arg(row.pending)
            .arg(row.cancelled);
    if (role == SortRole) {
        switch (column) {
        case Issued: return row.issuedAt;
        case Progress: return row.targets > 0 ? double(row.completed) / row.targets : 0.0;
        default: return cell(row, column, Qt::DisplayRole);
        }
    }
    if (role == ToneRole) {
        if (column == Failed && row.failed > 0)
            return QStringLiteral("bad");
        if (column == Expired && row.expired > 0)
            return QStringLiteral("warn");
        if (column == Completed && row.completed == row.targets)
            return QStringLiteral("good");
    }
    if (role == StatusRole)
        return row.failed + row.expired > 0 ? QStringLiteral("retryable")
                                            : (row.pending > 0 ? QStringLiteral("running") : QStringLiteral("done"));
    return {};
}

QCoro::Task<> BatchModel::reload(Database &db)
{
    auto fetch = [](Session &s) { return Batches::list(s); };
    return load(db, std::move(fetch));
}

namespace Batches {

QList<BatchRow> list(Session &session, int limit)
{
    QList<BatchRow> rows;
    auto q = session.query(QStringLiteral("order_batch_list"), {{"row_limit", limit}});
    while (q.next()) {
        BatchRow r;
        r.batchId = q.text("batch_id");
        r.runbookId = q.text("runbook_id");
        r.reason = q.text("reason");
        r.issuedBy = q.text("issued_by");
        r.issuedAt = q.time("issued_at");
        r.siteNames = q.text("site_names");
        r.targets = q.int32("targets");
        r.completed = q.int32("completed");
        r.failed = q.int32("failed");
        r.expired = q.int32("expired");
        r.pending = q.int32("pending");
        r.cancelled = q.int32("cancelled");
        r.cancellable = q.int32("cancellable");
        r.disruptive = q.flag("disruptive");
        rows << r;
    }
    return rows;
}

} // namespace Batches

} // namespace hd
