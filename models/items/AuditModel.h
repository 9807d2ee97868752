#pragma once

#include "Audit.h"
#include "RowTableModel.h"

namespace hd {

class AuditModel : public RowTableModel<AuditRow>
{
    Q_OBJECT
public:
    enum Column { Time, User, Action, Target, Details, ColumnCount };
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QCoro::Task<> reload(Database &db, AuditFilter filter);

protected:
    QString keyOf(const AuditRow &row) const override { return QString::number(row.id); }
    QVariant cell(const AuditRow &row, int column, int role) const override;
};

} // namespace hd
