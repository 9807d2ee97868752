#pragma once

#include "Csv.h"
#include "Signing.h"

#include <QDateTime>
#include <QJsonObject>

#include <QCoro/QCoroTask>

#include <optional>

class QIODevice;

namespace hd {

class Database;
class Session;
class TrustStore;

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

// What walking the audit log's hash chain found.
struct AuditChainCheck
{
    qint64 rows = 0;
    qint64 beforeChain = 0; // rows written before the chain began (no hash)
    qint64 chained = 0;     // rows whose hash and link were checked and hold
    qint64 brokenAt = -1;   // the ID of the first row that does not hold, or -1
    QString problem;        // what is wrong with it, for people
    QString head;           // the newest row's hash
    qint64 signedRows = 0;  // chained rows whose actor's signature was checked and holds
    bool trustChecked = false; // signers were checked against a trust file, not only the database's keys
    bool holds() const { return brokenAt < 0; }
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
// Walks the hash chain in ID order, recomputing each row's hash in C++, and
// names the first row that was changed, deleted (a broken link) or inserted
// without its link. Rows before the first chained one predate the chain.
// A signed row's signature is checked too: against the key the database
// holds, or, given the fleet's trust file, against the key the trust file
// reaches on the day it was signed.
AuditChainCheck verifyChain(Session &session, const TrustStore *trust = nullptr);
// The statement an actor signs for an audit row: login, action, the SHA-256
// of the target and of the details' canonical JSON, the time and the key.
Statement statementFor(const QString &login, const QString &action, const QString &target, const QJsonObject &details,
                       const QDateTime &signedAt, const QString &keyId);
// The text a row's hash covers: each field as "<UTF-8 length>:<text>" ("-"
// for NULL), one per line, in the order of healdesk_audit_row_text().
QByteArray chainText(const QList<std::optional<QString>> &fields);
// Distinct users and actions for the filter boxes.
std::pair<QStringList, QStringList> choices(Session &session);
} // namespace Audit

} // namespace hd
