#pragma once

#include "Orders.h"
#include "RowTableModel.h"

namespace hd {

// The Orders page: newest first, with the status a technician should read
// ("waiting for appliance" for a pending order of an offline appliance).
class OrderModel : public RowTableModel<OrderRow>
{
    Q_OBJECT
public:
    enum Column {
        Issued,
        Status,
        Runbook,
        Appliance,
        Site,
        IssuedBy,
        Signature,
        Reason,
        Duration,
        Result,
        OrderId,
        Batch,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QCoro::Task<> reload(Database &db, QString status);

protected:
    QString keyOf(const OrderRow &row) const override { return row.orderId; }
    QVariant cell(const OrderRow &row, int column, int role) const override;
};

// The Orders page grouped by batch: each issue to several appliances, newest first, with how many of its targets
// stand at each status (their latest order in the batch: a retry replaces a failed or expired one).
struct BatchRow
{
    QString batchId;
    QString runbookId;
    QString reason;
    QString issuedBy;
    QDateTime issuedAt;
    QString siteNames; // the sites it reached, comma-separated
    int targets = 0;
    int completed = 0;
    int failed = 0; // failed or rejected
    int expired = 0;
    int pending = 0; // held, pending or acknowledged
    int cancelled = 0;
    int cancellable = 0;     // pending or held: what Cancel the rest reaches
    bool disruptive = false; // its runbook: a retry asks again
};

class BatchModel : public RowTableModel<BatchRow>
{
    Q_OBJECT
public:
    enum Column { Issued, Runbook, Progress, Targets, Completed, Failed, Expired, Pending, Cancelled, Sites, IssuedBy,
                  Reason, BatchId, ColumnCount };
    // Progress: the counts as a list (completed, failed, expired, pending, cancelled) for the bar's delegate.
    static constexpr int CountsRole = RowTypeRole + 200;
    static constexpr int CancellableRole = RowTypeRole + 201; // its pending and held orders
    static constexpr int DisruptiveRole = RowTypeRole + 202;
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QCoro::Task<> reload(Database &db);

protected:
    QString keyOf(const BatchRow &row) const override { return row.batchId; }
    QVariant cell(const BatchRow &row, int column, int role) const override;
};

namespace Batches {
// The newest batches (at most limit), as the Orders page groups them.
QList<BatchRow> list(Session &session, int limit = 200);
} // namespace Batches

} // namespace hd
