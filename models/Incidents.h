#pragma once

#include "RowTableModel.h"
#include "Scope.h"

#include <QDateTime>

#include <optional>

namespace hd {

class Session;

struct IncidentFilter
{
    Scope scope;
    QString applianceId;
    QString severity; // lower-case, empty for any
    QString status;   // lower-case, empty for any
    QString tier;     // L1, L2, L3, none; empty for any
    QString search;   // free text, matched literally
    bool operator==(const IncidentFilter &other) const = default;
    QVariantList binds() const; // scope + filter values, as _incident_filter.sql expects
};

struct IncidentRow
{
    QString id;
    QDateTime reportedAt;
    QString siteId;
    QString siteName;
    QString applianceId;
    QString hostname;
    QString type;
    QString severity;
    QString status;
    QString tier;          // by the definition: latest known-tier execution, else own tier, else none
    QString recordedTier;  // incidents.resolution_tier as stored
    QDateTime resolvedAt;
    QString checkType;
};

struct ExecutionRow
{
    qint64 id = 0;
    QString executionId;
    QString runbookId;   // as the agent logged it
    QString canonical;   // RB-* through the mapping; empty when unmapped
    QString level;       // as logged
    QString tier;        // normalised, or unknown
    bool success = false;
    std::optional<double> duration;
    QDateTime startedAt;
    QDateTime completedAt;
    QString steps;       // JSON text
    QString stateBefore; // JSON text
    QString stateAfter;  // JSON text
    QString error;
    QString hostname;
};

struct IncidentDetail
{
    IncidentRow incident;
    QString details; // JSON text
    QString orderId;
    QList<ExecutionRow> executions;
};

namespace Incidents {
// One keyset window, newest first, strictly after `after` (reported_at, id) when given.
QList<IncidentRow> page(Session &session, const IncidentFilter &filter,
                        const std::optional<std::pair<QDateTime, QString>> &after, int limit);
qint64 count(Session &session, const IncidentFilter &filter);
// Throws Error(InvalidInput) when there is no such incident.
IncidentDetail detail(Session &session, const QString &incidentId);
} // namespace Incidents

// The incidents table at any size: rows arrive by window (keyset paging on
// the database thread) as the view scrolls; the total comes from its own query.
class IncidentModel : public TableModelBase
{
    Q_OBJECT
public:
    enum Column { Reported, Severity, Status, Tier, Type, Appliance, Site, ColumnCount };
    static constexpr int kWindow = 200;

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
    // Live update: reloads the rows already shown (and the count) in place.
    QCoro::Task<> refresh();
    // Loads windows until the row is there or the end is reached (selection by key after a jump).
    std::optional<qint64> totalCount() const { return m_total; }
    const IncidentRow *rowAt(int row) const;

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    QCoro::Task<> loadWindow(quint64 generation);
    QCoro::Task<> loadCount(quint64 generation);

    Database *m_db;
    IncidentFilter m_filter;
    QList<IncidentRow> m_rows;
    std::optional<qint64> m_total;
    bool m_atEnd = true;
    bool m_fetching = false;
    quint64 m_filterGeneration = 0;
};

} // namespace hd
