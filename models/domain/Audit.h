#pragma once

#include "Csv.h"

#include <QDateTime>
#include <QJsonObject>

#include <QCoro/QCoroTask>

class QIODevice;

namespace hd {

class Database;
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
// The one writer of an audit row: action, target and details (as JSON), under
// the session's login, inside the caller's transaction.
void record(Session &session, const QString &action, const QString &target, const QJsonObject &details);
QList<AuditRow> list(Session &session, const AuditFilter &filter);
// Writes the filtered log as CSV: rows fetched on the database thread, the file
// written on a worker thread through QSaveFile, so a failure leaves no half
// file and the GUI never waits. Returns the number of rows; throws Error(Io).
QCoro::Task<qint64> exportCsv(Database &db, AuditFilter filter, QString path);
// The CSV bytes of rows (header first), and its header and fields.
QByteArray toCsv(const QList<AuditRow> &rows);
QStringList csvHeader();
QStringList csvFields(const AuditRow &row);
// Distinct users and actions for the filter boxes.
std::pair<QStringList, QStringList> choices(Session &session);
} // namespace Audit

} // namespace hd
