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

} // namespace hd
