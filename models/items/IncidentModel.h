#pragma once

#include "Incidents.h"
#include "RowTableModel.h"

namespace hd {

// The tone a severity is shown in: critical bad, high warn, an unknown one muted (ToneRole).
QString severityTone(const QString &severity);

// The incidents table at any size. Rows arrive by window (keyset paging on
// the database thread) as the view scrolls; the total comes from its own
// query. Each window is a range of keys (after its predecessor's last row,
// through its own last row), two keys per 200 rows, so a million rows keep
// 5,000 windows' bounds: the rows themselves are held for the most recently
// shown windows only (cacheLimit), and a window scrolled back into view is
// read again by its range. A live refresh reads the first window and every
// held one again by range: new incidents are inserted above, changed ones
// change in place, gone ones are removed, and the rows around them stay put.
class IncidentModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Reported, Severity, Status, Owner, Tier, Type, Appliance, Site, ColumnCount };
    // The row's latest event ID (IncidentRow::lastEvent): what an action checks its view against.
    static constexpr int LastEventRole = RowTypeRole + 100;
    static constexpr int kWindow = 200;
    static constexpr int kDefaultCacheLimit = 40; // windows whose rows are held: 8,000 rows

    explicit IncidentModel(Database *db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const IncidentFilter &filter() const { return m_filter; }
    // New filter: drops the rows and loads the first window and the count.
    QCoro::Task<> setFilter(IncidentFilter filter);
    // Live update: reads the first window and the held ones again, and the count.
    QCoro::Task<> refresh();
    std::optional<qint64> totalCount() const { return m_total; }
    // The row when its window is held, else nullptr (and the window is asked for).
    const IncidentRow *rowAt(int row) const;
    // How many windows keep their rows (at least 1); the rest are read again when shown.
    void setCacheLimit(int windows);
    int heldRowCount() const;

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    struct Window
    {
        std::optional<IncidentKey> after; // rows strictly after this key (none: from the newest)
        IncidentKey through;              // up to and including this one
        int count = 0;
        QList<IncidentRow> rows; // count rows when held, empty when not
        bool held = false;
        mutable quint64 used = 0; // when a view last read it, for dropping the least recent
    };

    QCoro::Task<> appendWindow(quint64 generation);
    QCoro::Task<> reloadWindow(quint64 generation, int window);
    QCoro::Task<> serveWanted();
    QCoro::Task<> loadCount(quint64 generation);
    void applyWindow(int window, QList<IncidentRow> rows);
    void dropLeastRecent(int keep);
    int windowOf(int row) const;
    void recomputeStarts(int from);
    void want(int window) const;

    Database *m_db;
    IncidentFilter m_filter;
    QList<Window> m_windows;
    QList<int> m_starts{0}; // first row of each window, then the row count
    int m_cacheLimit = kDefaultCacheLimit;
    mutable quint64 m_clock = 0;
    mutable QList<int> m_wanted; // windows views asked for while not held, most recent last
    mutable bool m_serving = false;
    std::optional<qint64> m_total;
    bool m_atEnd = true;
    bool m_fetching = false;
    quint64 m_filterGeneration = 0;
};

} // namespace hd
