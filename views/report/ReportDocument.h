#pragma once

#include <deque>

#include "Reports.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QTextOption>

class QPainter;
class QPaintDevice;

namespace hd {

// The colour of a healing tier, shared by the dashboard's charts and the report.
QColor tierColor(const QString &tier);

// A compliance report laid out on pages. Layout is done once, in device units
// at a fixed resolution, against a measuring image with hinting turned off so
// the PDF writer and a preview image break lines and pages the same way. Each
// page keeps only references into the report's rows, so a report with a
// hundred thousand executions stays small in memory. Uses Qt Gui only (no
// widgets), so the command line can print a report without a display.
class ReportDocument
{
public:
    static constexpr int kResolution = 300;

    // Up to this many rows the evidence appendix and the failed executions
    // list each one; above it the PDF prints counts per control (per runbook)
    // and the SHA-256 of the full list, which the CSV attached to the PDF carries.
    static constexpr int kEvidenceRowsListed = 2000;

    ReportDocument(const ReportData &report, const QPageSize &pageSize, ReportProgress *progress = nullptr,
                   int evidenceRowsListed = kEvidenceRowsListed);

    int pageCount() const { return int(m_pages.size()); }
    QSizeF pageSizeDevice() const { return m_page; }
    const QString &digest() const { return m_digest; }
    const QString &signedBy() const { return m_signedBy; }
    // Paints one page into a painter whose device has kResolution dots per inch.
    void paintPage(QPainter &painter, int index) const;
    // A page as an image, scaled to width pixels wide, for the preview.
    QImage renderPage(int index, int width) const;

    // The value of a cell as people read it: counts grouped, ratios as
    // percentages, durations in words, times in UTC, status keys in words.
    static QString display(const QString &value, ReportKind kind);
    // display() for a table cell: stored keys (severity, status, tier, result,
    // yes/no) in the reader's language, JSON objects as words.
    static QString displayCell(const ReportColumn &column, const QString &value);
    static QString displayUnit(const QString &value, const QString &unit);
    static ReportKind kindOfUnit(const QString &unit);

private:
    enum class ItemKind { Cover, Chart, Heading, Note, Header, Row, Empty };
    struct Item
    {
        ItemKind kind;
        int section = -1;
        int row = -1;
        double y = 0;
        double height = 0;
        bool continued = false;
    };
    struct Table
    {
        QList<double> x;
        QList<double> width;
        QList<ReportKind> kinds;
        QList<int> cols;       // the section's columns shown: those with a value in some row
        double scale = 1.0;    // drawn at this size, so no word has to break
        double right = 0;      // the table's right edge in its own (unscaled) coordinates
        bool keyValue = false; // shown as description and formatted value
    };

    void layout(ReportProgress *progress);
    void place(ItemKind kind, int section, int row, double height, bool keepWithNext = false);
    void newPage();
    Table tableFor(int section) const;
    QStringList cellsOf(int section, int row) const;
    QStringList headerOf(int section) const;
    static QString continuedTitle(const QString &title);
    static QStringList cellLines(const QString &text, const QFontMetricsF &fm, double width);
    double rowHeight(int section, const QStringList &cells, bool header) const;
    double textHeight(const QString &text, const QFont &font, double width, bool anywhere) const;
    double coverHeight() const;
    // The framed "no patient data" note under the cover lines; wraps in longer languages.
    double patientNoteHeight() const;
    QStringList coverLines() const;
    QString brandName() const; // the one partner the report is for, else empty
    QSizeF logoSize() const;
    void paintCover(QPainter &p, double y) const;
    void paintChart(QPainter &p, double y) const;
    double chartHeight() const;
    static QTextOption textOption(Qt::Alignment alignment, bool anywhere);
    void paintCells(QPainter &p, int section, const QStringList &cells, double y, double height, bool header) const;
    void paintFrame(QPainter &p, int index) const;
    double mm(double v) const { return v * kResolution / 25.4; }
    const QFont &fontFor(ReportKind kind) const;
    const QFontMetricsF &metrics(const QFont &font) const;
    int hashCharsPerLine(double width) const;

    const ReportSection &sectionAt(int index) const { return *m_shown.at(index); }

    const ReportData &m_report;
    // The sections as the document shows them: the report's own, except a long
    // evidence appendix or list of failed executions, replaced by its summary.
    QList<const ReportSection *> m_shown;
    std::deque<ReportSection> m_summaries; // stable addresses for m_shown
    QSizeF m_page;
    double m_left = 0, m_right = 0, m_top = 0, m_bottom = 0;
    QImage m_measure;
    QFont m_body, m_small, m_bold, m_title, m_heading, m_mono, m_tableBold;
    QHash<const QFont *, QFontMetricsF> m_metrics; // filled once, read from any thread
    QString m_digest;
    QString m_signedBy; // who signed the data, or that nobody did: every page says which
    QImage m_logo;
    QList<Table> m_tables;
    QList<QList<Item>> m_pages;
    double m_y = 0;
};

namespace ReportWriter {

enum class Format { Pdf, Csv };

// Writes report to path through QSaveFile, so a failure or a cancel leaves the
// previous file (or none) and never half a file. Throws Error(Io) with the
// reason, Error(Cancelled) when progress was cancelled. Safe on any thread.
// evidenceRowsListed: see ReportDocument (the benchmark also writes every row, as before).
void write(const ReportData &report, Format format, const QString &path, const QPageSize &pageSize,
           ReportProgress *progress = nullptr, int evidenceRowsListed = ReportDocument::kEvidenceRowsListed);

// The PDF's bytes, signed as write() signs them, for the archive.
QByteArray pdfBytes(const ReportData &report, const QPageSize &pageSize, ReportProgress *progress = nullptr,
                    int evidenceRowsListed = ReportDocument::kEvidenceRowsListed);

// The same off the calling thread; for the GUI.
QCoro::Task<> writeAsync(ReportData report, Format format, QString path, QPageSize pageSize,
                         std::shared_ptr<ReportProgress> progress);

} // namespace ReportWriter

} // namespace hd
