#pragma once

#include "Csv.h"
#include "Scope.h"
#include "Trust.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QStringList>

#include <atomic>
#include <memory>

namespace hd {

class Database;
class Session;

// How a value is meant, so the CSV can keep it raw and the PDF can format it.
enum class ReportKind { Text, Id, Count, Ratio, Seconds, Time, Hash };

struct ReportColumn
{
    QString key;   // CSV header, stable across versions
    QString title; // for people
    ReportKind kind = ReportKind::Text;
};

// One section of a compliance report: a titled table whose cells are already in
// their canonical text form (integers in decimal, ratios as plain decimals,
// times as ISO 8601 UTC, NULL as empty). The CSV writes them as they are and the
// digest is computed from them, so the PDF and the CSV show the same figures.
struct ReportSection
{
    QString key;
    QString title;
    QString note; // what the section means, printed under its title
    QList<ReportColumn> columns;
    QList<QStringList> rows;
    QString emptyText;

    int column(const QString &key) const;
    // For key/value sections: the value in the row whose first cell is rowKey.
    QString value(const QString &rowKey) const;
};

// Everything a compliance report says, read in one snapshot.
struct ReportData
{
    QString reportId;
    QDateTime generatedAt;
    QString generatedBy; // the database login
    Scope scope;
    QString partnerName;
    QByteArray partnerLogo; // PNG for the cover, when the report is for one partner that set one
    QList<ReportSection> sections;
    // The exporting technician's signature over the digest, with their key's
    // approvals; empty for an unsigned report. Not part of the digest.
    ReportSignature signature;
    // The key that made it, so the PDF writer signs the file's bytes too.
    std::shared_ptr<const Signer> signer;
    QString unsignedReason; // why it is not signed (Reports::sign), for the console to say

    const ReportSection *section(const QString &key) const;
    // The records the CSV holds and the digest covers: for each section a
    // header record and its rows, each prefixed with the section key and the
    // row number ("header" for the header record).
    QList<QStringList> records() const;
    // The canonical CSV form of records(), and its lower-case hex SHA-256.
    QByteArray encodedRecords() const;
    QString digest() const;
    // Called by Reports::build once the sections are final: fills the
    // evidence_sha256 fact and encodes the records once, so the CSV, the
    // digest and the PDF's attachment do not encode 100,000 rows again each.
    // Sections must not change afterwards.
    void seal();
    // True when the period saw neither incidents nor executions nor orders.
    bool isQuiet() const;

private:
    QByteArray m_encoded;
    QString m_digest;
};

// Shared between a report being built or written on another thread and the
// window showing its progress: a fraction, a stage name and a cancel flag.
class ReportProgress
{
public:
    void set(double fraction, const QString &stage);
    void setFraction(double fraction) { m_permille = int(fraction * 1000); }
    double fraction() const { return m_permille / 1000.0; }
    QString stage() const;
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    // Throws Error(Cancelled) once cancel() was called.
    void check() const;

private:
    std::atomic<int> m_permille{0};
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    QString m_stage;
};

struct ReportOptions
{
    // An (appliance, control) pair whose latest evidence is older than this
    // before the period end is stale: neither passing nor failing.
    int staleDays = 30;
};

namespace Reports {

inline constexpr auto kNoPatientData = QT_TRANSLATE_NOOP(
    "Reports", "This report contains no patient data (PHI): only appliance, runbook and execution metadata.");

// The last full calendar month (UTC) before now.
Scope lastFullMonth(const Scope &base, const QDateTime &now = QDateTime::currentDateTimeUtc());

// Builds the report for scope (sites or a partner, bounded period) in one
// read-only snapshot. Throws Error(InvalidInput) for a scope naming no site or
// partner, an open or inverted period, a period that starts after now, or an
// unknown site or partner. A period that ends after now is cut at now (the
// report's scope says where it ended; the facts say it was cut).
ReportData build(Session &session, const Scope &scope, ReportProgress *progress = nullptr,
                 const ReportOptions &options = {});
QCoro::Task<ReportData> load(Database &db, Scope scope, std::shared_ptr<ReportProgress> progress,
                             ReportOptions options = {});

// Signs the report's digest with the session signer's key when the database
// holds it approved, with the key's chain of approvals. Returns why the
// report stays unsigned, or empty once it is signed.
QString sign(Session &session, ReportData &report);

// The CSV file: records() then a digest section, then (when signed) a
// signature section with the statement, the signature and the key's chain;
// RFC 4180, UTF-8, CRLF.
QByteArray toCsv(const ReportData &report);

struct Verification
{
    QString reportId;
    QString recorded; // digest written in the file
    QString computed; // digest of the file's data as it is now
    qint64 records = 0;
    ReportSignature signature; // as the file carries it; empty when unsigned
    bool ok() const { return !recorded.isEmpty() && recorded == computed; }
};

// A signed PDF ends with a comment line after its %%EOF that carries a
// statement over the SHA-256 of every byte before it (and the data's digest),
// its signature and the key's chain. PDF readers ignore it; any change to the
// file breaks it.
QByteArray pdfSignatureTrailer(const ReportSignature &fileSignature);
// The file statement for a PDF's bytes, signed with signer.
ReportSignature signPdf(const ReportData &report, const QByteArray &pdf, const Signer &signer);
struct PdfSignature
{
    ReportSignature signature; // empty when the PDF carries none
    QByteArray signedBytes;    // the bytes the statement's file_sha256 covers
};
PdfSignature splitPdfSignature(const QByteArray &pdf);
// Recomputes a report CSV's digest. Throws Error(InvalidInput) when the bytes
// are not RFC 4180 CSV or not a Healdesk report.
Verification verifyCsv(const QByteArray &bytes);

} // namespace Reports

} // namespace hd
