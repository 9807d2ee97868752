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
            return row.siteId;
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
        }
    }
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

} // namespace hd
