#pragma once

#include "Health.h"
#include "RowTableModel.h"

namespace hd {

// One line of the Data health page: a detector, its count and what repairs it.
struct DetectorRow
{
    Health::Detector detector;
    QString title;
    qint64 count = 0;
    QString detail;
    QString repair;
    std::optional<Health::Fix> fix;
};

QList<DetectorRow> detectorRows(const HealthCounts &counts);

class DetectorModel : public RowTableModel<DetectorRow>
{
    Q_OBJECT
public:
    enum Column { Defect, Count, Detail, Repair, ColumnCount };
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QCoro::Task<> reload(Database &db);
    const HealthCounts &counts() const { return m_counts; }

protected:
    QString keyOf(const DetectorRow &row) const override { return QString::number(int(row.detector)); }
    QVariant cell(const DetectorRow &row, int column, int role) const override;

private:
    HealthCounts m_counts;
};

// Rows behind one detector (or a fix's preview), with headers set per use.
class HealthItemModel : public RowTableModel<HealthItem>
{
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;
    void setHeaders(const QStringList &headers);
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const HealthItem &row) const override { return row.key; }
    QVariant cell(const HealthItem &row, int column, int role) const override;

private:
    QStringList m_headers;
};

} // namespace hd
