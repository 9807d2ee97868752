#include "ReportDocument.h"

#include "Error.h"
#include "Format.h"
#include "OffThread.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QBuffer>
#include <QSaveFile>
#include <QSet>

#include <QTextLayout>
#include <QTextOption>
#include <numeric>

namespace hd {

namespace {

struct ReportDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

// Cells longer than this are cut in the PDF (the CSV keeps them whole), so one
// huge value cannot make a row taller than a page.
constexpr int kMaxCellChars = 700;
constexpr int kMaxCellLines = 14;

QFont makeFont(const QString &family, double points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Unhinted metrics are the same on an image and in the PDF writer, so the
    // preview and the file break lines and pages alike.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    // Any letter spacing turns off ligatures in Qt's shaper, so "fi" stays two
    // letters: text copied or extracted from the PDF reads "verified", not "veriﬁed".
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // 3/64 of a 300 dpi dot: invisible, but not zero
    return f;
}

bool rightAligned(ReportKind kind)
{
    return kind == ReportKind::Count || kind == ReportKind::Ratio || kind == ReportKind::Seconds;
}

QString periodText(const Scope &scope)
{
    const QDateTime from = scope.from.toUTC();
    const QDateTime to = scope.to.toUTC();
    if (from.time() == QTime(0, 0) && to.time() == QTime(0, 0)) {
        return ReportDocumentText::tr("%1 to %2 (UTC, whole days)")
            .arg(from.date().toString(Qt::ISODate), to.date().addDays(-1).toString(Qt::ISODate));
    }
    return ReportDocumentText::tr("%1 to %2 UTC (end excluded)")
        .arg(from.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), to.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

} // namespace

QColor tierColor(const QString &tier)
{
    if (tier == QLatin1String("L1"))
        return QColor(0x1e, 0x88, 0xe5);
    if (tier == QLatin1String("L2"))
        return QColor(0x8e, 0x24, 0xaa);
    if (tier == QLatin1String("L3"))
        return QColor(0xef, 0x6c, 0x00);
    return QColor(0x9e, 0x9e, 0x9e);
}

ReportKind ReportDocument::kindOfUnit(const QString &unit)
{
    if (unit == QLatin1String("count"))
        return ReportKind::Count;
    if (unit == QLatin1String("ratio"))
        return ReportKind::Ratio;
    if (unit == QLatin1String("seconds"))
        return ReportKind::Seconds;
    if (unit == QLatin1String("time"))
        return ReportKind::Time;
    return ReportKind::Text;
}

QString ReportDocument::displayUnit(const QString &value, const QString &unit)
{
    return display(value, kindOfUnit(unit));
}

QString ReportDocument::display(const QString &value, ReportKind kind)
{
    const QLocale locale;
    switch (kind) {
    case ReportKind::Count:
        return value.isEmpty() ? QStringLiteral("—") : locale.toString(value.toLongLong());
    case ReportKind::Ratio:
        return value.isEmpty() ? QStringLiteral("—")
                               : locale.toString(100.0 * value.toDouble(), 'f', 1) + QStringLiteral(" %");
    case ReportKind::Seconds:
        return value.isEmpty() ? QStringLiteral("—") : format::duration(value.toDouble());
    case ReportKind::Time: {
        if (value.isEmpty())
            return QStringLiteral("—");
        // The canonical form ("2026-10-03T12:00:00.000Z") needs no parsing.
        if (value.size() == 24 && value.at(10) == QLatin1Char('T') && value.endsWith(QLatin1Char('Z')))
            return value.left(10) + QLatin1Char(' ') + value.mid(11, 8);
        const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
        return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : value;
    }
    case ReportKind::Id:
        return value;
    case ReportKind::Hash:
    case ReportKind::Text:
        break;
    }
    if (value.size() > kMaxCellChars)
        return value.left(kMaxCellChars) + ReportDocumentText::tr("… (cut; the CSV holds the full text)");
    return value;
}

QString ReportDocument::displayCell(const ReportColumn &column, const QString &value)
{
    static const QStringList storedKeys{QStringLiteral("severity"), QStringLiteral("status"),
                                        QStringLiteral("tier"),     QStringLiteral("state_at_end"),
                                        QStringLiteral("result"),   QStringLiteral("inferred"),
                                        QStringLiteral("category")};
    if (storedKeys.contains(column.key)) {
        const QString words = format::storedValue(value);
        if (words != value)
            return words;
    }
    if (column.kind == ReportKind::Text)
        return display(format::jsonWords(value), column.kind);
    return display(value, column.kind);
}

namespace {

// A long list summarised: per group (a runbook, or each HIPAA control its
// runbook covers), how many rows, how many succeeded (when the list says), on
// how many appliances, and the first and last; the note names the full list's
// SHA-256, which the CSV attached to the PDF lets anyone recompute.
ReportSection listSummary(const ReportData &report, const ReportSection &list, int listed)
{
    const bool byControl = list.key == QLatin1String("evidence");
    QHash<QString, QStringList> controlsOf;
    if (const ReportSection *runbooks = report.section(QStringLiteral("runbooks")); runbooks && byControl) {
        const int id = runbooks->column(QStringLiteral("runbook_id"));
        const int controls = runbooks->column(QStringLiteral("hipaa_controls"));
        for (const QStringList &row : runbooks->rows) {
            QStringList names;
            for (const QString &c : row.value(controls).split(QLatin1Char(','), Qt::SkipEmptyParts))
                names << c.trimmed();
            controlsOf.insert(row.value(id), names);
        }
    }
    struct Counts
    {
        qint64 rows = 0, succeeded = 0;
        QSet<QString> appliances;
        QString first, last;
    };
    const QString noControl = ReportDocumentText::tr("(no HIPAA control)");
    QMap<QString, Counts> groups;
    const int runbook = list.column(QStringLiteral("runbook_id"));
    const int result = list.column(QStringLiteral("result"));
    const int host = list.column(QStringLiteral("hostname"));
    const int started = list.column(QStringLiteral("started_at"));
    for (const QStringList &row : list.rows) {
        QStringList keys = byControl ? controlsOf.value(row.value(runbook)) : QStringList{row.value(runbook)};
        if (keys.isEmpty())
            keys << noControl;
        for (const QString &key : std::as_const(keys)) {
            Counts &n = groups[key];
            ++n.rows;
            n.succeeded += result >= 0 && row.value(result) == QLatin1String("success") ? 1 : 0;
            n.appliances.insert(row.value(host));
            const QString &t = row.value(started); // canonical ISO 8601 UTC: text order is time order
            if (!t.isEmpty() && (n.first.isEmpty() || t < n.first))
                n.first = t;
            if (t > n.last)
                n.last = t;
        }
    }
    ReportSection s;
    s.key = list.key;
    s.title = list.title;
    const ReportSection *facts = report.section(QStringLiteral("report"));
    s.note = ReportDocumentText::tr("%1 rows, more than the %2 this document lists one by one. The CSV attached to "
                                    "this PDF (report-%3.csv) lists every one; the SHA-256 of this section's records "
                                    "in it is %4.")
                 .arg(QLocale().toString(list.rows.size()), QLocale().toString(listed), report.reportId,
                      facts ? facts->value(list.key + QStringLiteral("_sha256")) : QString());
    s.note += QLatin1Char(' ');
    s.note += byControl ? ReportDocumentText::tr("Per HIPAA control (an execution counts under each control its "
                                                 "runbook covers):")
                        : ReportDocumentText::tr("Per runbook:");
    auto column = [](const char *key, const QString &title, ReportKind kind) {
        return ReportColumn{QString::fromLatin1(key), title, kind};
    };
    s.columns = {column("group", byControl ? ReportDocumentText::tr("Control") : ReportDocumentText::tr("Runbook"),
                        ReportKind::Id),
                 column("executions", ReportDocumentText::tr("Executions"), ReportKind::Count),
                 column("succeeded", ReportDocumentText::tr("Succeeded"), ReportKind::Count),
                 column("failed", ReportDocumentText::tr("Failed"), ReportKind::Count),
                 column("appliances", ReportDocumentText::tr("Appliances"), ReportKind::Count),
                 column("first", ReportDocumentText::tr("First"), ReportKind::Time),
                 column("last", ReportDocumentText::tr("Last"), ReportKind::Time)};
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        s.rows << QStringList{it.key(),
                              QString::number(it->rows),
                              result >= 0 ? QString::number(it->succeeded) : QString(),
                              QString::number(it->rows - it->succeeded),
                              QString::number(it->appliances.size()),
                              it->first,
                              it->last};
    }
    return s;
}

} // namespace

ReportDocument::ReportDocument(const ReportData &report, const QPageSize &pageSize, ReportProgress *progress,
                               int evidenceRowsListed)
    : m_report(report), m_measure(8, 8, QImage::Format_RGB32)
{
    if (!report.partnerLogo.isEmpty())
        m_logo.loadFromData(report.partnerLogo, "PNG"); // a logo that does not decode is left off
    for (const ReportSection &s : report.sections) {
        const bool list = s.key == QLatin1String("evidence") || s.key == QLatin1String("failed_executions");
        if (list && s.rows.size() > evidenceRowsListed) {
            m_summaries.push_back(listSummary(report, s, evidenceRowsListed));
            m_shown << &m_summaries.back();
        } else {
            m_shown << &s;
        }
    }
    const QSizeF points = pageSize.size(QPageSize::Point);
    m_page = QSizeF(points.width() * kResolution / 72.0, points.height() * kResolution / 72.0);
    m_left = mm(15);
    m_right = m_page.width() - mm(15);
    m_top = mm(20);
    m_bottom = m_page.height() - mm(22);
    m_measure.setDotsPerMeterX(qRound(kResolution / 0.0254));
    m_measure.setDotsPerMeterY(qRound(kResolution / 0.0254));
    const QString sans = QStringLiteral("DejaVu Sans");
    m_body = makeFont(sans, 8.5);
    m_small = makeFont(sans, 7);
    m_bold = makeFont(sans, 8.5, true);
    m_tableBold = makeFont(sans, 7, true);
    m_title = makeFont(sans, 18, true);
    m_heading = makeFont(sans, 11, true);
    m_mono = makeFont(QStringLiteral("DejaVu Sans Mono"), 6.5);
    for (const QFont *font : {&m_body, &m_small, &m_bold, &m_tableBold, &m_title, &m_heading, &m_mono})
        m_metrics.insert(font, QFontMetricsF(*font, &m_measure));
    m_digest = report.digest();
    if (const auto st = Statements::parse(report.signature.statement, Statements::kReport)) {
        m_signedBy = ReportDocumentText::tr("Signed by %1 (key %2)")
                         .arg(st->value(QStringLiteral("login")), st->value(QStringLiteral("key_id")).left(12));
    } else {
        m_signedBy = ReportDocumentText::tr("UNSIGNED: no approved signing key vouches for this report");
    }
    for (int i = 0; i < m_shown.size(); ++i)
        m_tables << tableFor(i);
    layout(progress);
}

const QFont &ReportDocument::fontFor(ReportKind kind) const
{
    return kind == ReportKind::Hash ? m_mono : m_small;
}

ReportDocument::Table ReportDocument::tableFor(int sectionIndex) const
{
    const ReportSection &s = sectionAt(sectionIndex);
    Table t;
    double avail = m_right - m_left;
    t.right = m_right;
    t.keyValue = s.column(QStringLiteral("unit")) >= 0;
    if (t.keyValue) {
        t.kinds = {ReportKind::Text, ReportKind::Text};
        t.width = {avail * 0.72, avail * 0.28};
        t.x = {m_left, m_left + avail * 0.72};
        return t;
    }
    // The usual automatic table layout: every column gets at least its longest
    // unbreakable piece (a header word, a number, a time, an ID up to a cap),
    // and the rest of the width goes where text would otherwise wrap. Widths
    // come from the header and a sample of rows, so huge tables lay out fast.
    const QFontMetricsF header(m_tableBold, &m_measure);
    const double padding = mm(2.4);
    // Three widths per column: hard (its longest unbreakable piece: a header
    // word, a number, a time, an ID up to a cap), soft (what reads well: a few
    // words of prose, a hash in two lines) and natural (no wrapping at all).
    QList<double> hard, soft, natural;
    auto longestWord = [](const QFontMetricsF &fm, const QString &text) {
        double w = 0;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            w = std::max(w, fm.horizontalAdvance(word));
        return w;
    };
    // Columns empty in every row take no width; a table without rows keeps them all.
    for (int c = 0; c < s.columns.size(); ++c) {
        const bool used = s.rows.isEmpty() || std::any_of(s.rows.begin(), s.rows.end(), [c](const QStringList &row) {
                              return !row.value(c).isEmpty();
                          });
        if (used)
            t.cols << c;
    }
    for (int c : std::as_const(t.cols)) {
        const ReportColumn &col = s.columns.at(c);
        const QFontMetricsF fm(fontFor(col.kind), &m_measure);
        double nat = header.horizontalAdvance(col.title);
        double min = longestWord(header, col.title);
        const int sample = int(std::min<qsizetype>(s.rows.size(), 300));
        // Numbers, times and IDs never break: an ID cut in two cannot be searched for.
        const bool unbreakable = col.kind == ReportKind::Count || col.kind == ReportKind::Ratio ||
                                 col.kind == ReportKind::Seconds || col.kind == ReportKind::Time;
        for (int r = 0; r < sample; ++r) {
            const QString v = displayCell(col, s.rows.at(r).value(c));
            for (const QString &line : v.split(QLatin1Char('\n')))
                nat = std::max(nat, fm.horizontalAdvance(line));
            if (unbreakable)
                min = std::max(min, fm.horizontalAdvance(v));
            else if (col.kind == ReportKind::Id)
                min = std::max(min, std::min(longestWord(fm, v), mm(60)));
            else if (col.kind != ReportKind::Hash)
                min = std::max(min, std::min(longestWord(fm, v), mm(26)));
        }
        double comfortable = min;
        if (col.kind == ReportKind::Hash) {
            min = std::max(min, fm.horizontalAdvance(QString(22, QLatin1Char('0'))));
            comfortable = std::max(min, fm.horizontalAdvance(QString(33, QLatin1Char('0'))));
        } else if (col.kind == ReportKind::Text) {
            comfortable = std::max(min, std::min(nat, mm(30)));
        }
        nat = std::max(nat, comfortable);
        hard << min * 1.02 + padding;
        soft << comfortable * 1.02 + padding;
        natural << nat * 1.02 + padding;
        t.kinds << col.kind;
    }
    auto sum = [](const QList<double> &v) { return std::accumulate(v.begin(), v.end(), 0.0); };
    const double sumHard = sum(hard), sumSoft = sum(soft), sumNat = sum(natural);
    // A table too wide for its columns' longest words is drawn smaller (down
    // to 60 %) rather than breaking a word or an ID: it is laid out on a wider
    // virtual width and scaled down to the page when painted.
    if (sumHard > avail) {
        t.scale = std::max(0.6, avail / sumHard);
        avail /= t.scale;
    }
    t.right = m_left + avail;
    // Between soft and natural, prose gets the space first: it wraps worse than IDs.
    QList<double> slack;
    for (int c = 0; c < soft.size(); ++c)
        slack << (natural.at(c) - soft.at(c)) * (t.kinds.at(c) == ReportKind::Text ? 2.0 : 1.0);
    const double sumSlack = sum(slack);
    double proseHard = 0;
    for (int c = 0; c < hard.size(); ++c)
        proseHard += t.kinds.at(c) == ReportKind::Text ? hard.at(c) : 0;
    double x = m_left;
    for (int c = 0; c < soft.size(); ++c) {
        double w = 0;
        if (sumNat <= avail)
            w = natural.at(c) + (avail - sumNat) * natural.at(c) / sumNat;
        else if (sumSoft <= avail)
            w = soft.at(c) + (sumSlack > 0 ? (avail - sumSoft) * slack.at(c) / sumSlack : 0);
        else if (sumHard <= avail)
            w = hard.at(c) + (avail - sumHard) * (soft.at(c) - hard.at(c)) / (sumSoft - sumHard);
        else if (sumHard - proseHard < avail && proseHard > 0) // even at the smallest scale
            // Too narrow for every column's longest word: numbers, times and
            // IDs keep theirs, and prose shares the rest (wrapping more).
            w = t.kinds.at(c) == ReportKind::Text ? hard.at(c) * (avail - (sumHard - proseHard)) / proseHard
                                                  : hard.at(c);
        else
            w = hard.at(c) * avail / sumHard;
        t.x << x;
        t.width << w;
        x += w;
    }
    return t;
}

QStringList ReportDocument::cellsOf(int sectionIndex, int row) const
{
    const ReportSection &s = sectionAt(sectionIndex);
    const QStringList &raw = s.rows.at(row);
    if (m_tables.value(sectionIndex).keyValue)
        return {raw.value(3), displayUnit(raw.value(1), raw.value(2))};
    QStringList out;
    for (int c : m_tables.at(sectionIndex).cols)
        out << displayCell(s.columns.at(c), raw.value(c));
    return out;
}

QStringList ReportDocument::cellLines(const QString &text, const QFontMetricsF &fm, double width)
{
    // Breaks only at spaces and line feeds, never inside a word: a hostname or
    // an ID with hyphens stays whole (Unicode line breaking would split it at a
    // hyphen). Only a word wider than the whole cell is cut, where it must be.
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                lines << std::exchange(line, QString());
            QString rest = word;
            while (rest.size() > 1 && fm.horizontalAdvance(rest) > width) {
                qsizetype n = rest.size() - 1;
                while (n > 1 && fm.horizontalAdvance(rest.left(n)) > width)
                    --n;
                lines << rest.left(n);
                rest = rest.mid(n);
            }
            line = rest;
        }
        lines << line;
        if (lines.size() >= kMaxCellLines)
            break;
    }
    if (lines.size() > kMaxCellLines)
        lines.resize(kMaxCellLines);
    return lines;
}

QString ReportDocument::continuedTitle(const QString &title)
{
    return ReportDocumentText::tr("%1 (continued)").arg(title);
}

QStringList ReportDocument::headerOf(int sectionIndex) const
{
    if (m_tables.at(sectionIndex).keyValue)
        return {ReportDocumentText::tr("Item"), ReportDocumentText::tr("Value")};
    QStringList header;
    for (int c : m_tables.at(sectionIndex).cols)
        header << sectionAt(sectionIndex).columns.at(c).title;
    return header;
}

QTextOption ReportDocument::textOption(Qt::Alignment alignment, bool anywhere)
{
    QTextOption option(alignment);
    option.setWrapMode(anywhere ? QTextOption::WrapAnywhere : QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

const QFontMetricsF &ReportDocument::metrics(const QFont &font) const
{
    return *m_metrics.constFind(&font);
}

int ReportDocument::hashCharsPerLine(double width) const
{
    return std::max(1, int(width / metrics(m_mono).horizontalAdvance(QLatin1Char('0'))));
}

double ReportDocument::textHeight(const QString &text, const QFont &font, double width, bool anywhere) const
{
    const QFontMetricsF &fm = metrics(font);
    // Fast paths: the common single-line cell, and hashes (monospace, cut
    // into equal pieces); the rest goes through QTextLayout.
    if (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width)
        return fm.height();
    if (&font == &m_mono && anywhere) {
        const int perLine = hashCharsPerLine(width);
        return fm.height() * double((text.size() + perLine - 1) / perLine);
    }
    // The same line breaking QPainter::drawText applies with textOption().
    QString laidOut = text;
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(laidOut, font, &m_measure);
    layout.setTextOption(textOption(Qt::AlignLeft, anywhere));
    layout.beginLayout();
    double height = 0;
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid() && lines < kMaxCellLines; line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
        ++lines;
    }
    layout.endLayout();
    return std::max(height, fm.height());
}

double ReportDocument::rowHeight(int sectionIndex, const QStringList &cells, bool header) const
{
    const Table &t = m_tables.at(sectionIndex);
    double h = 0;
    for (int c = 0; c < cells.size() && c < t.width.size(); ++c) {
        const QFont &font = header ? m_tableBold : (t.keyValue ? m_body : fontFor(t.kinds.at(c)));
        const double width = t.width.at(c) - mm(2);
        if (t.kinds.at(c) == ReportKind::Hash)
            h = std::max(h, textHeight(cells.at(c), font, width, true));
        else
            h = std::max(h, metrics(font).height() * double(cellLines(cells.at(c), metrics(font), width).size()));
    }
    return (h + mm(1.6)) * t.scale; // on the page
}

void ReportDocument::newPage()
{
    m_pages.append(QList<Item>{});
    m_y = m_top;
}

void ReportDocument::place(ItemKind kind, int section, int row, double height, bool keepWithNext)
{
    // keepWithNext reserves room for a first row under a heading or header.
    const double reserve = keepWithNext ? mm(14) : 0;
    if (m_y + height + reserve > m_bottom && !m_pages.constLast().isEmpty())
        newPage();
    m_pages.last().append(Item{kind, section, row, m_y, height, false});
    m_y += height;
}

double ReportDocument::coverHeight() const
{
    const QFontMetricsF title(m_title, &m_measure);
    const QFontMetricsF body(m_body, &m_measure);
    double h = title.lineSpacing() * 1.4;
    if (!brandName().isEmpty())
        h += QFontMetricsF(m_heading, &m_measure).lineSpacing() * 1.3;
    h = std::max(h, logoSize().height() + mm(2));
    for (const QString &line : coverLines())
        h += textHeight(line, m_body, m_right - m_left, false) + body.leading();
    return h + body.lineSpacing() * 0.8 + patientNoteHeight();
}

double ReportDocument::patientNoteHeight() const
{
    const QFontMetricsF body(m_body, &m_measure);
    const double text = textHeight(QCoreApplication::translate("Reports", Reports::kNoPatientData), m_bold,
                                   m_right - m_left - mm(4), false);
    return std::max(body.lineSpacing() * 1.8, text + body.lineSpacing() * 0.8);
}

QStringList ReportDocument::coverLines() const
{
    const ReportSection *facts = m_report.section(QStringLiteral("report"));
    auto fact = [facts](const char *key) { return facts ? facts->value(QString::fromLatin1(key)) : QString(); };
    QStringList lines;
    if (!m_report.scope.partnerId.isEmpty()) {
        lines << ReportDocumentText::tr("Partner: %1 (%2), all of its %n site(s)", nullptr, fact("site_count").toInt())
                     .arg(fact("partner_name"), fact("partner_id"));
    } else {
        QStringList sites;
        if (const ReportSection *s = m_report.section(QStringLiteral("sites"))) {
            for (const QStringList &row : s->rows)
                sites << ReportDocumentText::tr("%1 (%2)").arg(row.value(1), row.value(0));
        }
        lines << ReportDocumentText::tr("Sites: %1").arg(sites.join(QStringLiteral("; ")));
        if (!fact("partner_name").isEmpty())
            lines << ReportDocumentText::tr("Partner: %1 (%2)").arg(fact("partner_name"), fact("partner_id"));
    }
    if (fact("period_cut_at_now") == QLatin1String("yes"))
        lines << ReportDocumentText::tr("Period: %1, so far (the period asked for ends after the report was made)")
                     .arg(periodText(m_report.scope));
    else
        lines << ReportDocumentText::tr("Period: %1").arg(periodText(m_report.scope));
    lines << ReportDocumentText::tr("Generated: %1 UTC by database login %2")
                 .arg(display(fact("generated_at"), ReportKind::Time), fact("generated_by"));
    lines
        << ReportDocumentText::tr("Report ID: %1    Schema version: %2").arg(fact("report_id"), fact("schema_version"));
    if (m_report.isQuiet()) {
        lines << ReportDocumentText::tr(
            "No activity in this period: no incident, execution or order was recorded for this scope. "
            "Figures with nothing to measure show —. Incidents still open and the compliance state of each "
            "control come from before the period and still show.");
    }
    return lines;
}

void ReportDocument::layout(ReportProgress *progress)
{
    newPage();
    place(ItemKind::Cover, -1, -1, coverHeight() + mm(4));
    // A heading wraps when its title (in a longer language, "(continued)"
    // added) is wider than the page.
    auto headingHeight = [this](const QString &title) {
        return textHeight(title, m_heading, m_right - m_left, false) + mm(5);
    };
    qint64 totalRows = 0;
    for (const ReportSection *s : std::as_const(m_shown))
        totalRows += s->rows.size();
    qint64 done = 0;
    for (int si = 0; si < m_shown.size(); ++si) {
        const ReportSection &s = sectionAt(si);
        if (s.key == QLatin1String("report"))
            continue; // shown on the cover
        if (s.key == QLatin1String("incidents_by_tier"))
            place(ItemKind::Chart, -1, -1, chartHeight(), true);
        place(ItemKind::Heading, si, -1, headingHeight(s.title), true);
        if (!s.note.isEmpty())
            place(ItemKind::Note, si, -1, textHeight(s.note, m_small, m_right - m_left, false) + mm(1.5), true);
        if (s.rows.isEmpty()) {
            place(ItemKind::Empty, si, -1, QFontMetricsF(m_body, &m_measure).lineSpacing() + mm(3));
            continue;
        }
        const QStringList header = headerOf(si);
        const double headerHeight = rowHeight(si, header, true);
        place(ItemKind::Header, si, -1, headerHeight, true);
        for (int r = 0; r < s.rows.size(); ++r) {
            const double h = rowHeight(si, cellsOf(si, r), false);
            if (m_y + h > m_bottom) {
                // Break the table: a new page starts with the heading and the header again.
                newPage();
                const double continuedHeight = headingHeight(continuedTitle(s.title));
                m_pages.last().append(Item{ItemKind::Heading, si, -1, m_y, continuedHeight, true});
                m_y += continuedHeight;
                m_pages.last().append(Item{ItemKind::Header, si, -1, m_y, headerHeight, true});
                m_y += headerHeight;
            }
            m_pages.last().append(Item{ItemKind::Row, si, r, m_y, h, false});
            m_y += h;
            if (progress && ++done % 2000 == 0) {
                progress->check();
                progress->setFraction(0.3 * double(done) / double(std::max<qint64>(1, totalRows)));
            }
        }
        m_y += mm(4);
    }
}

QString ReportDocument::brandName() const
{
    const ReportSection *facts = m_report.section(QStringLiteral("report"));
    const QString name = facts ? facts->value(QStringLiteral("partner_name")) : QString();
    return name.contains(QLatin1String("; ")) ? QString() : name; // several partners: none stands out
}

QSizeF ReportDocument::logoSize() const
{
    if (m_logo.isNull())
        return {};
    // At most 55 x 18 mm, never enlarged past its own size at the PDF's resolution.
    const QSizeF box(mm(55), mm(18));
    QSizeF size = QSizeF(m_logo.size()).scaled(box, Qt::KeepAspectRatio);
    if (size.width() > m_logo.width())
        size = QSizeF(m_logo.size());
    return size;
}

void ReportDocument::paintCover(QPainter &p, double y) const
{
    double width = m_right - m_left;
    const double top = y;
    if (!m_logo.isNull()) {
        // The partner's logo, top right: the MSP hands this to its client under its own brand.
        const QSizeF size = logoSize();
        p.drawImage(QRectF(QPointF(m_right - size.width(), y), size), m_logo);
        width -= size.width() + mm(4);
    }
    p.setFont(m_title);
    const QFontMetricsF title(m_title, &m_measure);
    p.setPen(QColor(0x1a, 0x23, 0x7e));
    p.drawText(QRectF(m_left, y, width, title.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
               ReportDocumentText::tr("HIPAA compliance report"));
    y += title.lineSpacing() * 1.4;
    if (const QString brand = brandName(); !brand.isEmpty()) {
        const QFontMetricsF heading(m_heading, &m_measure);
        p.setFont(m_heading);
        p.drawText(QRectF(m_left, y, width, heading.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                   ReportDocumentText::tr("Prepared by %1").arg(brand));
        y += heading.lineSpacing() * 1.3;
    }
    y = std::max(y, top + logoSize().height() + mm(2));
    width = m_right - m_left;
    p.setPen(Qt::black);
    p.setFont(m_body);
    const QFontMetricsF body(m_body, &m_measure);
    const QStringList lines = coverLines();
    for (int i = 0; i < lines.size(); ++i) {
        const double h = textHeight(lines.at(i), m_body, width, false);
        if (m_report.isQuiet() && i == lines.size() - 1)
            p.setFont(m_bold);
        p.drawText(QRectF(m_left, y, width, h), lines.at(i), textOption(Qt::AlignLeft, false));
        y += h + body.leading();
    }
    y += body.lineSpacing() * 0.4;
    const QRectF box(m_left, y, width, patientNoteHeight());
    p.fillRect(box, QColor(0xe8, 0xf5, 0xe9));
    p.setPen(QColor(0x2e, 0x7d, 0x32));
    p.drawRect(box);
    p.setFont(m_bold);
    QTextOption wrap = textOption(Qt::AlignLeft, false);
    wrap.setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
    p.drawText(box.adjusted(mm(2), 0, -mm(2), 0), QCoreApplication::translate("Reports", Reports::kNoPatientData),
               wrap);
    p.setPen(Qt::black);
}

void ReportDocument::paintChart(QPainter &p, double y) const
{
    // Two 100 % bars: incidents by tier and executions by tier. They are
    // different figures and are drawn side by side, never summed.
    struct Bar
    {
        QString label;
        QList<std::pair<QString, qint64>> parts;
        qint64 total = 0;
    };
    QList<Bar> bars;
    auto collect = [this](const char *key, const QString &label, int valueColumn) {
        Bar b{label, {}, 0};
        if (const ReportSection *s = m_report.section(QString::fromLatin1(key))) {
            for (const QStringList &row : s->rows) {
                b.parts << std::pair(row.value(0), row.value(valueColumn).toLongLong());
                b.total += row.value(valueColumn).toLongLong();
            }
        }
        return b;
    };
    bars << collect("incidents_by_tier", ReportDocumentText::tr("Incidents by tier"), 1)
         << collect("executions_by_tier", ReportDocumentText::tr("Executions by tier"), 1);

    p.setFont(m_heading);
    p.setPen(QColor(0x1a, 0x23, 0x7e));
    const QFontMetricsF heading(m_heading, &m_measure);
    p.drawText(QRectF(m_left, y, m_right - m_left, heading.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
               ReportDocumentText::tr("Healing tiers"));
    y += heading.lineSpacing() + mm(3);
    const double labelWidth = mm(40);
    const double barWidth = m_right - m_left - labelWidth;
    const double barHeight = mm(9);
    const QFontMetricsF small(m_small, &m_measure);
    for (const Bar &b : bars) {
        p.setFont(m_body);
        p.setPen(Qt::black);
        p.drawText(QRectF(m_left, y, labelWidth, barHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   ReportDocumentText::tr("%1 (%2)").arg(b.label, QLocale().toString(b.total)));
        double x = m_left + labelWidth;
        if (b.total == 0) {
            p.setPen(QColor(0x80, 0x80, 0x80));
            p.drawRect(QRectF(x, y, barWidth, barHeight));
            p.drawText(QRectF(x, y, barWidth, barHeight), Qt::AlignCenter,
                       ReportDocumentText::tr("nothing in this period"));
        }
        for (const auto &[tier, n] : b.parts) {
            if (b.total == 0 || n == 0)
                continue;
            const double w = barWidth * double(n) / double(b.total);
            const QRectF segment(x, y, w, barHeight);
            p.fillRect(segment, tierColor(tier));
            const QString label = ReportDocumentText::tr("%1 %2").arg(
                tier, display(QString::number(double(n) / double(b.total)), ReportKind::Ratio));
            if (small.horizontalAdvance(label) + mm(1) < w) {
                p.setFont(m_small);
                p.setPen(Qt::white);
                p.drawText(segment, Qt::AlignCenter, label);
            }
            x += w;
        }
        y += barHeight + mm(3);
    }
    // Legend.
    double x = m_left;
    p.setFont(m_small);
    const QStringList legend{QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3"), QStringLiteral("none")};
    const QStringList meaning{
        ReportDocumentText::tr("L1: deterministic rule"), ReportDocumentText::tr("L2: plan made by an LLM"),
        ReportDocumentText::tr("L3: escalated to a person"), ReportDocumentText::tr("none or unknown tier")};
    for (int i = 0; i < legend.size(); ++i) {
        p.fillRect(QRectF(x, y + mm(0.8), mm(3), mm(3)), tierColor(legend.at(i)));
        p.setPen(Qt::black);
        const double w = small.horizontalAdvance(meaning.at(i));
        p.drawText(QRectF(x + mm(4), y, w + mm(1), mm(4.6)), Qt::AlignVCenter | Qt::AlignLeft, meaning.at(i));
        x += w + mm(8);
    }
}

double ReportDocument::chartHeight() const
{
    const QFontMetricsF heading(m_heading, &m_measure);
    return heading.lineSpacing() + mm(3) + 2 * (mm(9) + mm(3)) + mm(5) + mm(6);
}

void ReportDocument::paintCells(QPainter &p, int sectionIndex, const QStringList &cells, double y, double height,
                                bool header) const
{
    const Table &t = m_tables.at(sectionIndex);
    const ReportSection &s = sectionAt(sectionIndex);
    p.save();
    if (t.scale != 1.0) {
        // The table's own coordinates, scaled down to the page at (m_left, y).
        p.translate(m_left, y);
        p.scale(t.scale, t.scale);
        p.translate(-m_left, -y);
        height /= t.scale;
    }
    if (header) {
        p.fillRect(QRectF(m_left, y, t.right - m_left, height), QColor(0xec, 0xef, 0xf1));
    }
    for (int c = 0; c < cells.size() && c < t.width.size(); ++c) {
        const ReportKind kind = t.keyValue ? (c == 1 ? ReportKind::Count : ReportKind::Text) : t.kinds.at(c);
        const QFont &font = header ? m_tableBold : (t.keyValue ? (c == 1 ? m_bold : m_body) : fontFor(kind));
        p.setFont(font);
        QColor color = Qt::black;
        const QString key = t.keyValue ? QString() : s.columns.at(t.cols.at(c)).key;
        if (!header && key == QLatin1String("pairs_failing") &&
            cells.at(c) != display(QStringLiteral("0"), ReportKind::Count)) {
            color = QColor(0xc6, 0x28, 0x28);
        }
        if (!header && key == QLatin1String("result") && cells.at(c) == format::storedValue(QStringLiteral("failure")))
            color = QColor(0xc6, 0x28, 0x28);
        p.setPen(color);
        const QRectF cell(t.x.at(c) + mm(1), y + mm(0.8), t.width.at(c) - mm(2), height - mm(1.6));
        const QString &text = cells.at(c);
        const QFontMetricsF &fm = metrics(font);
        // Fast paths as in textHeight(): most cells are one line that fits, and a
        // hash is cut into equal pieces; drawing those directly is many times
        // faster than a text layout per cell, which matters for 3,000-page appendices.
        if (!text.contains(QLatin1Char('\n'))) {
            const double advance = fm.horizontalAdvance(text);
            if (advance <= cell.width()) {
                const double x = rightAligned(kind) ? cell.right() - advance : cell.left();
                p.drawText(QPointF(x, cell.top() + fm.ascent()), text);
                continue;
            }
            if (kind == ReportKind::Hash) {
                const int perLine = hashCharsPerLine(t.width.at(c) - mm(2));
                for (qsizetype i = 0, line = 0; i < text.size(); i += perLine, ++line)
                    p.drawText(QPointF(cell.left(), cell.top() + fm.ascent() + fm.height() * double(line)),
                               text.mid(i, perLine));
                continue;
            }
        }
        if (kind == ReportKind::Hash) {
            p.save();
            p.setClipRect(cell.adjusted(0, 0, mm(0.5), 0));
            p.drawText(cell, cells.at(c), textOption(Qt::AlignTop | Qt::AlignLeft, true));
            p.restore();
            continue;
        }
        const QStringList lines = cellLines(text, fm, cell.width());
        for (int i = 0; i < lines.size(); ++i) {
            const double x = rightAligned(kind) ? cell.right() - fm.horizontalAdvance(lines.at(i)) : cell.left();
            p.drawText(QPointF(x, cell.top() + fm.ascent() + fm.height() * double(i)), lines.at(i));
        }
    }
    p.setPen(QPen(QColor(0xcf, 0xd8, 0xdc), mm(0.15)));
    p.drawLine(QPointF(m_left, y + height), QPointF(t.right, y + height));
    p.restore();
}

void ReportDocument::paintFrame(QPainter &p, int index) const
{
    const QFontMetricsF small(m_small, &m_measure);
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.setFont(m_small);
    const ReportSection *facts = m_report.section(QStringLiteral("report"));
    const QString id = facts ? facts->value(QStringLiteral("report_id")) : QString();
    if (index > 0) {
        p.drawText(QRectF(m_left, mm(9), m_right - m_left, small.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                   ReportDocumentText::tr("Healdesk HIPAA compliance report · %1").arg(periodText(m_report.scope)));
    }
    const double y = m_bottom + mm(5);
    p.setPen(QPen(QColor(0xb0, 0xbe, 0xc5), mm(0.2)));
    p.drawLine(QPointF(m_left, y), QPointF(m_right, y));
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.drawText(QRectF(m_left, y + mm(1), m_right - m_left, small.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
               ReportDocumentText::tr("Report %1 · %2").arg(id, m_signedBy));
    p.drawText(QRectF(m_left, y + mm(1), m_right - m_left, small.lineSpacing()), Qt::AlignRight | Qt::AlignVCenter,
               ReportDocumentText::tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
    p.setFont(m_mono);
    p.drawText(QRectF(m_left, y + mm(1) + small.lineSpacing() * 1.2, m_right - m_left, small.lineSpacing()),
               Qt::AlignLeft | Qt::AlignVCenter, ReportDocumentText::tr("Data digest (SHA-256): %1").arg(m_digest));
}

void ReportDocument::paintPage(QPainter &p, int index) const
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintFrame(p, index);
    for (const Item &item : m_pages.at(index)) {
        switch (item.kind) {
        case ItemKind::Cover:
            paintCover(p, item.y);
            break;
        case ItemKind::Chart:
            paintChart(p, item.y);
            break;
        case ItemKind::Heading: {
            const ReportSection &s = sectionAt(item.section);
            p.setFont(m_heading);
            p.setPen(QColor(0x1a, 0x23, 0x7e));
            const QString title = item.continued ? continuedTitle(s.title) : s.title;
            QTextOption wrap = textOption(Qt::AlignLeft | Qt::AlignBottom, false);
            p.drawText(QRectF(m_left, item.y + mm(2), m_right - m_left, item.height - mm(3)), title, wrap);
            break;
        }
        case ItemKind::Note:
            p.setFont(m_small);
            p.setPen(QColor(0x45, 0x5a, 0x64));
            p.drawText(QRectF(m_left, item.y, m_right - m_left, item.height), sectionAt(item.section).note,
                       textOption(Qt::AlignLeft, false));
            break;
        case ItemKind::Empty:
            p.setFont(m_body);
            p.setPen(QColor(0x45, 0x5a, 0x64));
            p.drawText(QRectF(m_left, item.y + mm(1), m_right - m_left, item.height), Qt::AlignLeft | Qt::AlignTop,
                       sectionAt(item.section).emptyText);
            break;
        case ItemKind::Header: {
            paintCells(p, item.section, headerOf(item.section), item.y, item.height, true);
            break;
        }
        case ItemKind::Row:
            paintCells(p, item.section, cellsOf(item.section, item.row), item.y, item.height, false);
            break;
        }
    }
}

QImage ReportDocument::renderPage(int index, int width) const
{
    const double scale = double(width) / m_page.width();
    QImage image(width, qRound(m_page.height() * scale), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(kResolution / 0.0254));
    image.setDotsPerMeterY(qRound(kResolution / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(scale, scale);
    paintPage(p, index);
    return image;
}

namespace ReportWriter {

QByteArray pdfBytes(const ReportData &report, const QPageSize &pageSize, ReportProgress *progress,
                    int evidenceRowsListed)
{
    if (progress)
        progress->set(0.0, ReportDocumentText::tr("Laying out pages"));
    const ReportDocument document(report, pageSize, progress, evidenceRowsListed);
    // Laid out in memory first, so a signed report's last line can sign every byte before it.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(ReportDocument::kResolution);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(ReportDocumentText::tr("HIPAA compliance report %1").arg(report.reportId));
        writer.setCreator(QStringLiteral("Healdesk"));
        // The report's data travels inside the PDF too, so its digest can be
        // checked with "healdesk export verify" after extracting it.
        writer.addFileAttachment(QStringLiteral("report-%1.csv").arg(report.reportId), Reports::toCsv(report),
                                 QStringLiteral("text/csv"));
        QPainter painter;
        if (!painter.begin(&writer))
            throw Error(Error::Code::Io, ReportDocumentText::tr("cannot start a PDF"));
        for (int i = 0; i < document.pageCount(); ++i) {
            if (progress) {
                if (progress->isCancelled()) {
                    painter.end();
                    progress->check();
                }
                progress->set(0.3 + 0.7 * double(i) / double(document.pageCount()),
                              ReportDocumentText::tr("Writing page %1 of %2").arg(i + 1).arg(document.pageCount()));
            }
            if (i > 0)
                writer.newPage();
            document.paintPage(painter, i);
        }
        painter.end();
    }
    QByteArray bytes = pdf.data();
    if (!report.signature.isEmpty() && report.signer)
        bytes += Reports::pdfSignatureTrailer(Reports::signPdf(report, bytes, *report.signer));
    return bytes;
}

void write(const ReportData &report, Format format, const QString &path, const QPageSize &pageSize,
           ReportProgress *progress, int evidenceRowsListed)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Code::Io, ReportDocumentText::tr("cannot write %1: %2").arg(path, file.errorString()));
    try {
        if (format == Format::Csv) {
            if (progress)
                progress->set(0.5, ReportDocumentText::tr("Writing the CSV"));
            file.write(Reports::toCsv(report));
        } else {
            file.write(pdfBytes(report, pageSize, progress, evidenceRowsListed));
        }
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    if (progress && progress->isCancelled()) {
        file.cancelWriting();
        progress->check();
    }
    if (!file.commit())
        throw Error(Error::Code::Io, ReportDocumentText::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (progress)
        progress->set(1.0, ReportDocumentText::tr("Written"));
}

QCoro::Task<> writeAsync(ReportData report, Format format, QString path, QPageSize pageSize,
                         std::shared_ptr<ReportProgress> progress)
{
    auto job = [report = std::move(report), format, path, pageSize, progress] {
        write(report, format, path, pageSize, progress.get());
    };
    co_await offThread(std::move(job));
}

} // namespace ReportWriter

} // namespace hd
