#pragma once

#include "Csv.h"
#include "RowTableModel.h"

#include <QDateTime>

class QIODevice;

namespace hd {

class Session;

struct AuditRow
{
    qint64 id = 0;
    QDateTime createdAt;
    QString username;
    QString action;
    QString target;
    QString details; // JSON text
};

struct AuditFilter
{
    QString user;   // exact, empty for anyone
    QString action; // exact, empty for any
    QString target; // contains, matched literally
    QDateTime from;
    QDateTime to;
    int limit = 5000;
};

namespace Audit {
QList<AuditRow> list(Session &session, const AuditFilter &filter);
// Writes the filtered log as CSV: rows fetched on the database thread, the file
// written on a worker thread through QSaveFile, so a failure leaves no half
// file and the GUI never waits. Returns the number of rows; throws Error(Io).
QCoro::Task<qint64> exportCsv(Database &db, AuditFilter filter, QString path);
// The CSV bytes of rows (header first).
QByteArray toCsv(const QList<AuditRow> &rows);
// Distinct users and actions for the filter boxes.
std::pair<QStringList, QStringList> choices(Session &session);
} // namespace Audit

class AuditModel : public RowTableModel<AuditRow>
{
    Q_OBJECT
public:
    enum Column { Time, User, Action, Target, Details, ColumnCount };
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QCoro::Task<> reload(Database &db, AuditFilter filter);
    static QStringList csvHeader();
    static QStringList csvFields(const AuditRow &row);

protected:
    QString keyOf(const AuditRow &row) const override { return QString::number(row.id); }
    QVariant cell(const AuditRow &row, int column, int role) const override;
};

} // namespace hd
