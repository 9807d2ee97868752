#pragma once

#include "Incidents.h"
#include "RowTableModel.h"

namespace hd {

// The escalation queue (Incidents::queue): what needs a person, breached first, then by severity and age. The time
// left is worked out against the clock when shown, so a view repainted each minute counts down without a query.
class QueueModel : public RowTableModel<QueueRow>
{
    Q_OBJECT
public:
    enum Column { TimeLeft, Severity, Why, Owner, Age, Type, Appliance, Site, Status, Tier, ColumnCount };
    // The row's latest event ID and status, as IncidentModel gives them: what an action checks its view against.
    static constexpr int LastEventRole = RowTypeRole + 100;

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QCoro::Task<> reload(Database &db, IncidentFilter filter);

    // Why it needs a person, in words: "past SLA · L3 · escalated · last run failed".
    static QString reasons(const QueueRow &row);
    int breachedCount() const;

protected:
    QString keyOf(const QueueRow &row) const override { return row.incident.id; }
    QVariant cell(const QueueRow &row, int column, int role) const override;
};

} // namespace hd
