#include "ReportArchive.h"

#include "Audit.h"
#include "Error.h"
#include "Scope.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace hd {

namespace {
struct ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(ReportArchive)
};

Error invalid(const QString &why)
{
    return Error(Error::Code::InvalidInput, why);
}

QVariant textOrNull(const QString &v)
{
    return v.isEmpty() ? nullText() : QVariant(v);
}

QVariant bytesOrNull(const QByteArray &b)
{
    return b.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(b);
}

ReportSchedule scheduleFrom(const Rows &q)
{
    ReportSchedule s;
    s.id = q.int64("id");
    s.partnerId = q.text("partner_id");
    s.siteId = q.text("site_id");
    s.scopeName = q.text("scope_name");
    s.formats = q.text("formats").split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.pageSize = q.text("page_size");
    s.language = q.text("language");
    s.staleDays = q.int32("stale_days");
    s.createdBy = q.text("created_by");
    s.createdAt = q.time("created_at");
    s.firstPeriod = QDate::fromString(q.text("first_period"), Qt::ISODate);
    return s;
}

} // namespace

namespace ReportArchive {

qint64 addSchedule(Session &session, const QString &partnerId, const QString &siteId, const QStringList &formats,
                   const QString &pageSize, const QString &language, int staleDays, const QDateTime &now)
{
    if (partnerId.isEmpty() == siteId.isEmpty())
        throw invalid(ArchiveText::tr("name either a partner or a site"));
    if (!partnerId.isEmpty() && QUuid::fromString(partnerId).isNull())
        throw invalid(ArchiveText::tr("\"%1\" is not a partner ID").arg(partnerId));
    if (formats.isEmpty())
        throw invalid(ArchiveText::tr("name at least one format: pdf, csv"));
    for (const QString &f : formats) {
        if (f != QLatin1String("pdf") && f != QLatin1String("csv"))
            throw invalid(ArchiveText::tr("the formats are pdf and csv, not \"%1\"").arg(f));
    }
    if (pageSize != QLatin1String("a4") && pageSize != QLatin1String("letter"))
        throw invalid(ArchiveText::tr("the page size is a4 or letter"));
    if (language != QLatin1String("en") && language != QLatin1String("es") && language != QLatin1String("de"))
        throw invalid(ArchiveText::tr("the language is en, es or de"));
    if (staleDays < 1 || staleDays > 3650)
        throw invalid(ArchiveText::tr("the stale limit takes whole days from 1 to 3650"));
    const QDate today = now.toUTC().date();
    const QDate firstPeriod = QDate(today.year(), today.month(), 1).addMonths(-1);
    return session.transaction([&] {
        // The scope must exist and be visible to this login.
        if (!partnerId.isEmpty()) {
            auto q = session.query(QStringLiteral("partner_exists"), {{"partner", partnerId}});
            if (!q.next() || q.int64("found") == 0)
                throw invalid(ArchiveText::tr("unknown partner \"%1\"").arg(partnerId));
        } else {
            auto q = session.query(QStringLiteral("site_exists"), {{"site", siteId}});
            if (!q.next() || q.int64("found") == 0)
                throw invalid(ArchiveText::tr("unknown site \"%1\"").arg(siteId));
        }
        QStringList sorted = formats;
        sorted.removeDuplicates();
        auto q = session.query(QStringLiteral("archive_schedule_add"),
                               {{"partner", textOrNull(partnerId.toLower())},
                                {"site", textOrNull(siteId)},
                                {"formats", sorted.join(QLatin1Char(','))},
                                {"page_size", pageSize},
                                {"language", language},
                                {"stale_days", staleDays},
                                {"first_period", firstPeriod.toString(Qt::ISODate)}});
        q.next();
        const qint64 id = q.int64("id");
        Audit::record(session, QStringLiteral("report.schedule"), QString::number(id),
                      QJsonObject{{QStringLiteral("partner_id"), partnerId.isEmpty() ? QJsonValue() : QJsonValue(partnerId)},
                                  {QStringLiteral("site_id"), siteId.isEmpty() ? QJsonValue() : QJsonValue(siteId)},
                                  {QStringLiteral("formats"), QJsonArray::fromStringList(sorted)},
                                  {QStringLiteral("language"), language},
                                  {QStringLiteral("first_period"), firstPeriod.toString(Qt::ISODate)}});
        return id;
    });
}

QList<ReportSchedule> schedules(Session &session)
{
    QList<ReportSchedule> out;
    auto q = session.query(QStringLiteral("archive_schedules"));
    while (q.next())
        out << scheduleFrom(q);
    return out;
}

void removeSchedule(Session &session, qint64 id)
{
    session.transaction([&] {
        auto q = session.query(QStringLiteral("archive_schedule_remove"), {{"id", id}});
        if (!q.next())
            throw Error(Error::Code::Refused, ArchiveText::tr("no report schedule %1 (for this login)").arg(id));
        Audit::record(session, QStringLiteral("report.unschedule"), QString::number(id), QJsonObject{});
    });
}

QList<ArchivedReport> list(Session &session, int limit)
{
    QList<ArchivedReport> out;
    auto q = session.query(QStringLiteral("archive_list"), {{"row_limit", std::clamp(limit, 1, 100000)}});
    while (q.next()) {
        ArchivedReport a;
        a.id = q.int64("id");
        a.scheduleId = q.int64("schedule_id");
        a.partnerId = q.text("partner_id");
        a.siteId = q.text("site_id");
        a.scopeName = q.text("scope_name");
        a.from = q.time("period_from");
        a.to = q.time("period_to");
        a.reportId = q.text("report_id");
        a.digest = q.text("digest");
        a.signingKeyId = q.text("signing_key_id");
        a.signedBy = q.text("signed_by");
        a.language = q.text("language");
        a.generatedAt = q.time("generated_at");
        a.generatedBy = q.text("generated_by");
        a.hasPdf = q.flag("has_pdf");
        a.hasCsv = q.flag("has_csv");
        out << a;
    }
    return out;
}

std::pair<QString, QByteArray> file(Session &session, qint64 id, const QString &format)
{
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        throw invalid(ArchiveText::tr("the formats are pdf and csv, not \"%1\"").arg(format));
    auto q = session.query(QStringLiteral("archive_file"), {{"id", id}});
    if (!q.next())
        throw invalid(ArchiveText::tr("no archived report %1 (for this login)").arg(id));
    const QByteArray bytes = q.value(format == QLatin1String("pdf") ? "pdf" : "csv").toByteArray();
    if (bytes.isEmpty())
        throw invalid(ArchiveText::tr("archived report %1 has no %2").arg(id).arg(format.toUpper()));
    return {q.text("report_id"), bytes};
}

void remove(Session &session, qint64 id, const QString &reason)
{
    session.query(QStringLiteral("archive_delete"), {{"id", id}, {"reason", reason}});
}

QList<Due> due(Session &session, const QDateTime &now, int limit)
{
    QHash<qint64, ReportSchedule> byId;
    for (const ReportSchedule &s : schedules(session))
        byId.insert(s.id, s);
    QList<Due> out;
    auto q = session.query(QStringLiteral("archive_due"),
                           {{"now", now.toUTC().toString(Qt::ISODateWithMs)}, {"row_limit", limit}});
    while (q.next()) {
        const qint64 id = q.int64("schedule_id");
        if (!byId.contains(id))
            continue;
        const QDate month = QDate::fromString(q.text("period_from").left(10), Qt::ISODate);
        out << Due{byId.value(id), QDateTime(month, QTime(0, 0), Qt::UTC),
                   QDateTime(month.addMonths(1), QTime(0, 0), Qt::UTC)};
    }
    return out;
}

bool store(Session &session, const Due &due, const QString &reportId, const QString &digest,
           const QString &signingKeyId, const QByteArray &pdf, const QByteArray &csv)
{
    return session.transaction([&] {
        auto q = session.query(QStringLiteral("archive_store"),
                               {{"schedule", due.schedule.id},
                                {"partner", textOrNull(due.schedule.partnerId)},
                                {"site", textOrNull(due.schedule.siteId)},
                                {"period_from", due.from.toString(Qt::ISODateWithMs)},
                                {"period_to", due.to.toString(Qt::ISODateWithMs)},
                                {"report_id", reportId},
                                {"pdf", bytesOrNull(pdf)},
                                {"csv", bytesOrNull(csv)},
                                {"digest", digest},
                                {"key_id", textOrNull(signingKeyId)},
                                {"language", due.schedule.language}});
        if (!q.next())
            return false;
        Audit::record(session, QStringLiteral("report.archive"), QString::number(q.int64("id")),
                      QJsonObject{{QStringLiteral("schedule_id"), due.schedule.id},
                                  {QStringLiteral("report_id"), reportId},
                                  {QStringLiteral("period_from"), due.from.toString(Qt::ISODate)},
                                  {QStringLiteral("digest"), digest},
                                  {QStringLiteral("signing_key_id"),
                                   signingKeyId.isEmpty() ? QJsonValue() : QJsonValue(signingKeyId)}});
        return true;
    });
}

} // namespace ReportArchive

} // namespace hd
