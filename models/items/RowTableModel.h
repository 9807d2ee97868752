#pragma once

#include "Database.h"
#include "Deliver.h"

#include <QAbstractTableModel>
#include <QList>

namespace hd {

// Roles every Healdesk table model answers.
enum ModelRole {
    KeyRole = Qt::UserRole + 1, // stable identity of a row, used to keep the selection across reloads
    SortRole,                   // raw value for sorting (numbers as numbers, times as times)
    TierRole,                   // L1/L2/L3/unknown/none where a row has a tier
    StatusRole,                 // online/stale/offline, open/resolved, ...
    RowTypeRole,                // e.g. "runbook" or "unmapped"
    ToneRole,                   // "good", "warn", "bad", "muted": views pick the colours (models link no GUI)
};

// Signals and the load generation shared by every table model (a template
// cannot declare signals).
class TableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

protected:
    // Starts a load; answers from older loads are dropped by comparing generations.
    quint64 beginLoad()
    {
        setLoading(true);
        return ++m_generation;
    }
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    void setLoading(bool loading)
    {
        if (loading != m_loading) {
            m_loading = loading;
            emit loadingChanged(loading);
        }
    }

private:
    quint64 m_generation = 0;
    bool m_loading = false;
};

// A typed table: one setRows() that replaces the content. When the new rows
// have the same keys in the same order (a live refresh of unchanged rows),
// only dataChanged is emitted, so selection and scroll position stay; any
// other change is a model reset, after which views restore the selection by
// KeyRole (views/TableSupport).
template <typename Row> class RowTableModel : public TableModelBase
{
public:
    using TableModelBase::TableModelBase;

    // Runs fetch(Session&) -> QList<Row> on the database thread and shows the
    // result, unless a newer load started meanwhile or the model is gone.
    template <typename Fetch> QCoro::Task<> load(Database &db, Fetch fetch)
    {
        const quint64 generation = beginLoad();
        auto show = [this, generation](QList<Row> rows) {
            if (!isCurrent(generation))
                return;
            setRows(std::move(rows));
            setLoading(false);
            emit loaded();
        };
        auto fail = [this, generation](const Error &error) {
            if (!isCurrent(generation))
                return;
            setLoading(false);
            emit loadFailed(error.toString());
        };
        QCoro::Task<bool> done = deliver(this, db.submitRead(std::move(fetch)), std::move(show), std::move(fail));
        co_await done;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    void setRows(QList<Row> rows)
    {
        bool sameKeys = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = keyOf(rows[i]) == keyOf(m_rows[i]);
        if (sameKeys) {
            m_rows = std::move(rows);
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(const QModelIndex &index) const
    {
        return checkIndex(index, CheckIndexOption::IndexIsValid) ? &m_rows[index.row()] : nullptr;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!hasIndex(index.row(), index.column(), index.parent()))
            return {};
        const Row &row = m_rows[index.row()];
        if (role == KeyRole)
            return keyOf(row);
        return cell(row, index.column(), role);
    }

protected:
    virtual QString keyOf(const Row &row) const = 0;
    virtual QVariant cell(const Row &row, int column, int role) const = 0;

    QList<Row> m_rows;
};

} // namespace hd
