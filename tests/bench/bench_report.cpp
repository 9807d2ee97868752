// Compliance reports on the generated 1M-execution fleet ("medium"): one site
// and one partner, over the whole generated year and over one month. Each is
// timed as data (one snapshot on the database thread), CSV and PDF, median of
// three runs, next to a baseline measured in the same run: fetching the same
// scope's telemetry rows raw, which any report must at least read. The PDF is
// also written as it was before long lists were summarised (every evidence row
// and failed execution listed), so the two layouts compare in one run.
// Run it with scripts/bench report.
#include "BenchSupport.h"
#include "ConnectionConfig.h"
#include "Database.h"
#include "ReportDocument.h"
#include "Reports.h"
#include "Session.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <limits>

using namespace hd;
using hd::bench::median;
using hd::bench::peakRssKb;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    Database db(ConnectionConfig::fromUriOrEnvironment({}));

    // The busiest site and its partner.
    const auto [site, partner, total] = db.runSync([](Session &s) {
        auto q = s.queryText(
            QStringLiteral(
                "SELECT e.site_id, si.partner_id::text AS partner_id, count(*) OVER () AS sites FROM "
                "execution_telemetry e "
                "JOIN sites si ON si.id = e.site_id WHERE si.partner_id IS NOT NULL GROUP BY e.site_id, si.partner_id "
                "ORDER BY count(*) DESC, e.site_id LIMIT 1"),
            {}, QStringLiteral("bench"));
        q.next();
        auto n = s.queryText(QStringLiteral("SELECT count(*) AS executions FROM execution_telemetry"), {},
                             QStringLiteral("bench"));
        n.next();
        return std::tuple(q.text("site_id"), q.text("partner_id"), n.int64("executions"));
    });
    out << "fleet: " << total << " executions; site " << site << ", partner " << partner << Qt::endl;

    struct Case
    {
        QString name;
        Scope scope;
    };
    const QDateTime yearFrom(QDate(2025, 11, 1), QTime(0, 0), Qt::UTC);
    const QDateTime monthFrom(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    QList<Case> cases;
    cases << Case{QStringLiteral("site, month"), Scope{{site}, {}, monthFrom, end}}
          << Case{QStringLiteral("site, year"), Scope{{site}, {}, yearFrom, end}}
          << Case{QStringLiteral("partner, month"), Scope{{}, partner, monthFrom, end}}
          << Case{QStringLiteral("partner, year"), Scope{{}, partner, yearFrom, end}};

    QTemporaryDir dir;
    out << Qt::endl
        << "| scope | executions | PDF pages | data ms | CSV ms | PDF ms | total ms | raw rows ms | data / raw | "
           "PDF listing every row: pages | ms | PDF ms / listing ms |"
        << Qt::endl
        << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" << Qt::endl;
    for (const Case &c : cases) {
        QList<double> data, csv, pdf, raw, pdfAll;
        qint64 executions = 0;
        int pages = 0, pagesAll = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            const QVariantList binds{c.scope.siteIds.join(QLatin1Char(',')), c.scope.partnerId,
                                     c.scope.from.toString(Qt::ISODate), c.scope.to.toString(Qt::ISODate)};
            const qint64 rows = db.runSync([binds](Session &s) {
                auto q = s.queryText(
                    QStringLiteral(
                        "SELECT e.execution_id, e.started_at, e.hostname, e.runbook_id, e.resolution_level, "
                        "e.success, e.state_after::text FROM execution_telemetry e JOIN sites si ON si.id = e.site_id "
                        "WHERE (si.id = ANY (string_to_array(nullif(?, ''), ',')) OR si.partner_id::text = ?) "
                        "AND e.started_at >= ?::timestamptz AND e.started_at < ?::timestamptz"),
                    binds, QStringLiteral("bench"));
                qint64 n = 0;
                while (q.next())
                    ++n;
                return n;
            });
            raw << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            const ReportData report = db.runSync([&c](Session &s) { return Reports::build(s, c.scope); });
            data << double(t.nsecsElapsed()) / 1e6;
            executions = report.section(QStringLiteral("evidence"))->rows.size();
            if (executions != rows)
                out << "warning: report has " << executions << " executions, raw query " << rows << Qt::endl;
            t.restart();
            ReportWriter::write(report, ReportWriter::Format::Csv, dir.filePath(QStringLiteral("r.csv")),
                                QPageSize(QPageSize::A4));
            csv << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            const QString pdfPath = dir.filePath(QStringLiteral("r.pdf"));
            ReportWriter::write(report, ReportWriter::Format::Pdf, pdfPath, QPageSize(QPageSize::A4));
            pdf << double(t.nsecsElapsed()) / 1e6;
            pages = ReportDocument(report, QPageSize(QPageSize::A4)).pageCount();
            t.restart();
            ReportWriter::write(report, ReportWriter::Format::Pdf, pdfPath, QPageSize(QPageSize::A4), nullptr,
                                std::numeric_limits<int>::max());
            pdfAll << double(t.nsecsElapsed()) / 1e6;
            pagesAll =
                ReportDocument(report, QPageSize(QPageSize::A4), nullptr, std::numeric_limits<int>::max()).pageCount();
        }
        out << "| " << c.name << " | " << executions << " | " << pages << " | " << qRound(median(data)) << " | "
            << qRound(median(csv)) << " | " << qRound(median(pdf)) << " | "
            << qRound(median(data) + median(csv) + median(pdf)) << " | " << qRound(median(raw)) << " | "
            << QString::number(median(data) / median(raw), 'f', 1) << " | " << pagesAll << " | "
            << qRound(median(pdfAll)) << " | " << QString::number(median(pdf) / median(pdfAll), 'f', 2) << " |"
            << Qt::endl;
    }
    out << Qt::endl << "client peak RSS: " << peakRssKb() / 1024 << " MB" << Qt::endl;
    return 0;
}
