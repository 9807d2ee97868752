#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

class Session;

// A monthly compliance report the worker makes for a partner or a site.
struct ReportSchedule
{
    qint64 id = 0;
    QString partnerId;
    QString siteId;
    QString scopeName;
    QStringList formats; // pdf, csv
    QString pageSize;    // a4, letter
    QString language;    // en, es, de
    int staleDays = 30;
    QString createdBy;
    QDateTime createdAt;
    QDate firstPeriod;
};

// One archived report, without its files.
struct ArchivedReport
{
    qint64 id = 0;
    qint64 scheduleId = 0;
    QString partnerId;
    QString siteId;
    QString scopeName;
    QDateTime from;
    QDateTime to;
    QString reportId;
    QString digest;
    QString signingKeyId; // empty: unsigned
    QString signedBy;
    QString language;
    QDateTime generatedAt;
    QString generatedBy;
    bool hasPdf = false;
    bool hasCsv = false;
};

namespace ReportArchive {

// Adds a monthly schedule (audited). Its first period is the last complete
// month before now, so a schedule made on the 10th still yields last month's
// report. Throws Error(InvalidInput) for a bad format, page size or language,
// or naming neither or both of a partner and a site.
qint64 addSchedule(Session &session, const QString &partnerId, const QString &siteId, const QStringList &formats,
                   const QString &pageSize, const QString &language, int staleDays, const QDateTime &now);
QList<ReportSchedule> schedules(Session &session);
// Stops a schedule (audited); its archived reports stay.
void removeSchedule(Session &session, qint64 id);

QList<ArchivedReport> list(Session &session, int limit = 500);
// The archived file ("pdf" or "csv") and the report's ID; Error(InvalidInput) when there is none.
std::pair<QString, QByteArray> file(Session &session, qint64 id, const QString &format);
// Deletes an archived report older than six years (admins; a reason; audited by the database).
void remove(Session &session, qint64 id, const QString &reason);

// For the worker: each schedule's complete months up to now that the archive lacks, oldest first.
struct Due
{
    ReportSchedule schedule;
    QDateTime from;
    QDateTime to;
};
QList<Due> due(Session &session, const QDateTime &now, int limit = 50);
// Keeps a made report: one row per schedule and period, whoever else made it
// (false when it was there already), with its audit row.
bool store(Session &session, const Due &due, const QString &reportId, const QString &digest,
           const QString &signingKeyId, const QByteArray &pdf, const QByteArray &csv);

} // namespace ReportArchive

} // namespace hd
