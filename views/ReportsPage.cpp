#include "ReportsPage.h"
#include "TableSupport.h"

#include "ArchivePanel.h"

#include "Database.h"
#include "Deliver.h"
#include "Error.h"
#include "Fleet.h"
#include "OffThread.h"
#include "ReportDocument.h"
#include "Settings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {

namespace {

// Period presets; dates are UTC whole days, "to" inclusive on screen.
enum Preset { LastMonth, ThisMonth, LastQuarter, Last12Months, Custom };

} // namespace

ReportsPage::ReportsPage(Database *db, QWidget *parent)
    : Page(db, parent), m_byPartner(new QRadioButton(tr("A whole &partner"), this)),
      m_bySites(new QRadioButton(tr("Chosen si&tes"), this)), m_partner(new QComboBox(this)),
      m_sites(new QListWidget(this)), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_format(new QComboBox(this)), m_pageSize(new QComboBox(this)),
      m_previewButton(new QPushButton(tr("Pre&view"), this)), m_exportButton(new QPushButton(tr("&Export…"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)), m_progressBar(new QProgressBar(this)),
      m_status(new QLabel(this)), m_summary(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_pageImage(new QLabel(this)), m_pageSpin(new QSpinBox(this)), m_pageCount(new QLabel(this)),
      m_progressTimer(new QTimer(this))
{
    m_tabs = new QTabWidget(this);
    m_archive = new ArchivePanel(db, this);
    setObjectName(QStringLiteral("reportsPage"));
    const Settings settings;

    // Scope.
    auto *scopeBox = new QGroupBox(tr("Scope"), this);
    auto *siteFilter = new QLineEdit(this);
    siteFilter->setPlaceholderText(tr("Filter sites…"));
    siteFilter->setClearButtonEnabled(true);
    m_sites->setObjectName(QStringLiteral("reportSites"));
    m_partner->setObjectName(QStringLiteral("reportPartner"));
    m_byPartner->setChecked(true);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_byPartner);
    scopeLayout->addWidget(m_partner);
    scopeLayout->addWidget(m_bySites);
    scopeLayout->addWidget(siteFilter);
    scopeLayout->addWidget(m_sites, 1);
    connect(siteFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_sites->count(); ++i)
            m_sites->item(i)->setHidden(!m_sites->item(i)->text().contains(text, Qt::CaseInsensitive));
    });

    // Period.
    auto *periodBox = new QGroupBox(tr("Period (UTC, whole days)"), this);
    m_preset->addItems(
        {tr("Last full month"), tr("This month so far"), tr("Last full quarter"), tr("Last 12 months"), tr("Custom")});
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *periodLayout = new QFormLayout(periodBox);
    periodLayout->addRow(tr("P&reset:"), m_preset);
    periodLayout->addRow(tr("&From:"), m_from);
    periodLayout->addRow(tr("&To (included):"), m_to);

    // Output.
    auto *outputBox = new QGroupBox(tr("Output"), this);
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_format->addItem(tr("PDF and CSV"), QStringLiteral("both"));
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.reportFormat())));
    m_pageSize->addItem(tr("A4"), QStringLiteral("a4"));
    m_pageSize->addItem(tr("US Letter"), QStringLiteral("letter"));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(settings.reportPageSize())));
    auto *outputLayout = new QFormLayout(outputBox);
    outputLayout->addRow(tr("F&ormat:"), m_format);
    outputLayout->addRow(tr("Page si&ze:"), m_pageSize);
    m_staleDays = new QSpinBox(this);
    m_staleDays->setObjectName(QStringLiteral("staleDays"));
    m_staleDays->setRange(1, 3650);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setValue(settings.reportStaleDays());
    m_staleDays->setToolTip(tr("A control's latest evidence older than this before the period end is stale: it "
                               "counts neither as passing nor as failing"));
    outputLayout->addRow(tr("Evidence &stale after:"), m_staleDays);

    m_previewButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_previewButton->setToolTip(tr("Build the report and show its pages (Ctrl+Enter)"));
    m_exportButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportButton->setToolTip(tr("Write the report to a file (Ctrl+E). After a preview, the file holds exactly the "
                                  "previewed data."));
    m_exportButton->setDefault(true);
    m_cancelButton->setToolTip(tr("Stop building or writing the report (Esc); no partial file is left"));
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setWhatsThis(tr("Cancel the export"));
    connect(escape, &QShortcut::activated, this, &ReportsPage::cancel);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_exportButton);

    auto *left = new QWidget(this);
    left->setMinimumWidth(300);
    left->setMaximumWidth(460);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scopeBox, 1);
    leftLayout->addWidget(periodBox);
    leftLayout->addWidget(outputBox);
    leftLayout->addLayout(buttons);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_cancelButton);
    leftLayout->addLayout(progressRow);
    leftLayout->addWidget(m_status);

    // Preview.
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Choose a scope and a period, then <b>Preview</b> (Ctrl+Enter) or <b>Export</b> (Ctrl+E)."));
    m_pageSpin->setRange(0, 0);
    m_pageSpin->setEnabled(false);
    m_pageSpin->setPrefix(tr("Page "));
    m_pageImage->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pageImage->setBackgroundRole(QPalette::Dark);
    m_scroll->setWidget(m_pageImage);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_summary, 1);
    pageRow->addWidget(m_pageSpin);
    pageRow->addWidget(m_pageCount);
    auto *right = new QVBoxLayout;
    right->addLayout(pageRow);
    right->addWidget(m_scroll, 1);

    // Form and preview side by side, their border movable: on a small screen the preview can be given room.
    auto *previewPane = new QWidget(this);
    previewPane->setLayout(right);
    right->setContentsMargins(0, 0, 0, 0);
    auto *newReport = new QSplitter(Qt::Horizontal, this);
    newReport->setObjectName(QStringLiteral("reportSplitter"));
    newReport->setChildrenCollapsible(false);
    newReport->addWidget(left);
    newReport->addWidget(previewPane);
    newReport->setStretchFactor(1, 1);
    // Too narrow for both side by side (an 800x600 screen): the preview goes under the form, and the page scrolls
    // down to it instead of sideways.
    onRoomChanged(this, [newReport, left](int width) {
        const Qt::Orientation wanted = width < 760 ? Qt::Vertical : Qt::Horizontal;
        if (newReport->orientation() == wanted)
            return;
        newReport->setOrientation(wanted);
        left->setMaximumWidth(wanted == Qt::Vertical ? QWIDGETSIZE_MAX : 460);
        // Under the form the preview takes the form's width; its long report ID wraps rather than widening it.
        newReport->widget(1)->setMinimumSize(wanted == Qt::Vertical ? QSize(300, 420) : QSize(0, 0));
    });
    m_refit = new QTimer(this);
    m_refit->setSingleShot(true);
    m_refit->setInterval(150);
    connect(m_refit, &QTimer::timeout, this, [this] {
        if (m_document && m_pageSpin->value() > 0 &&
            std::abs(m_scroll->viewport()->width() - 24 - m_renderedWidth) > 16)
            showPage(m_pageSpin->value() - 1);
    });
    m_scroll->viewport()->installEventFilter(this);
    m_tabs->setObjectName(QStringLiteral("reportsTabs"));
    m_tabs->addTab(newReport, tr("New &report"));
    m_tabs->addTab(m_archive, tr("Arch&ive"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_archive)
            m_archive->reload();
    });
    auto *top = new QVBoxLayout(this);
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_tabs);

    connect(m_previewButton, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportReport(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportsPage::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_preset->currentIndex() != Custom && !m_preset->signalsBlocked()) {
            const QSignalBlocker block(m_preset);
            m_preset->setCurrentIndex(Custom);
        }
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_preset->currentIndex() != Custom && !m_preset->signalsBlocked()) {
            const QSignalBlocker block(m_preset);
            m_preset->setCurrentIndex(Custom);
        }
    });
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { Settings().setReportFormat(m_format->currentData().toString()); });
    connect(m_staleDays, &QSpinBox::valueChanged, this, [this](int days) {
        Settings().setReportStaleDays(days);
        m_report.reset(); // the states depend on it
        m_document.reset();
    });
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this] {
        Settings().setReportPageSize(m_pageSize->currentData().toString());
        m_document.reset(); // page breaks depend on the size
    });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (page > 0)
            showPage(page - 1);
    });
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_progress)
            return;
        m_progressBar->setValue(int(m_progress->fraction() * 1000));
        const QString stage = m_progress->stage();
        if (!stage.isEmpty() && !m_progress->isCancelled())
            m_status->setText(stage + QStringLiteral("…"));
    });
    applyPreset(LastMonth);
    setBusy(false);
}

void ReportsPage::setScope(const Scope &scope)
{
    // Follow the toolbar's scope: a partner or a site chosen there is what a
    // technician most likely wants a report for.
    m_globalScope = scope;
    if (!m_choicesLoaded) {
        loadChoices();
        return;
    }
    if (!scope.partnerId.isEmpty()) {
        const int i = m_partner->findData(scope.partnerId);
        if (i >= 0) {
            m_partner->setCurrentIndex(i);
            m_byPartner->setChecked(true);
        }
    } else if (!scope.siteIds.isEmpty()) {
        for (int i = 0; i < m_sites->count(); ++i) {
            QListWidgetItem *item = m_sites->item(i);
            item->setCheckState(scope.siteIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
        }
        m_bySites->setChecked(true);
    }
}

void ReportsPage::reload()
{
    loadChoices();
}

bool ReportsPage::hasData() const
{
    return m_choicesLoaded;
}

void ReportsPage::clearPreview()
{
    m_document.reset();
    m_pageImage->clear();
    m_summary->setText(tr("Choose a scope and a period, then <b>Preview</b> (Ctrl+Enter) or <b>Export</b> (Ctrl+E)."));
    const QSignalBlocker block(m_pageSpin);
    m_pageSpin->setRange(1, 1);
    m_pageSpin->setEnabled(false);
    m_pageCount->clear();
}

int ReportsPage::previewPageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

QCoro::Task<> ReportsPage::loadChoices()
{
    auto fetch = [](Session &s) { return std::pair(Fleet::partners(s), Fleet::allSites(s)); };
    auto show = [&](const auto &found) {
        const auto &[partners, sites] = found;
        QHash<QString, QString> partnerNames;
        const QString currentPartner = m_partner->currentData().toString();
        QStringList checked;
        for (int i = 0; i < m_sites->count(); ++i) {
            if (m_sites->item(i)->checkState() == Qt::Checked)
                checked << m_sites->item(i)->data(Qt::UserRole).toString();
        }
        {
            const QSignalBlocker block(m_partner);
            m_partner->clear();
            for (const NamedId &p : partners) {
                m_partner->addItem(p.name, p.id);
                partnerNames.insert(p.id, p.name);
            }
            m_partner->setCurrentIndex(std::max(0, m_partner->findData(currentPartner)));
        }
        m_sites->clear();
        for (const NamedId &s : sites) {
            auto *item = new QListWidgetItem(tr("%1 (%2)").arg(s.name, s.id), m_sites);
            item->setData(Qt::UserRole, s.id);
            item->setToolTip(
                tr("%1\nSite ID: %2\nPartner: %3").arg(s.name, s.id, partnerNames.value(s.parentId, tr("none"))));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(checked.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        }
        const bool first = !m_choicesLoaded;
        m_choicesLoaded = true;
        if (first)
            setScope(m_globalScope);
        emit dataShown();
    };
    auto fail = [&](const Error &e) { emit loadFailed(e.toString()); };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show), std::move(fail));
    co_await done;
}

void ReportsPage::applyPreset(int index)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate monthStart(today.year(), today.month(), 1);
    QDate from, to;
    switch (index) {
    case LastMonth:
        from = monthStart.addMonths(-1);
        to = monthStart.addDays(-1);
        break;
    case ThisMonth:
        from = monthStart;
        to = today;
        break;
    case LastQuarter: {
        const QDate quarterStart(today.year(), 1 + 3 * ((today.month() - 1) / 3), 1);
        from = quarterStart.addMonths(-3);
        to = quarterStart.addDays(-1);
        break;
    }
    case Last12Months:
        from = monthStart.addMonths(-12);
        to = monthStart.addDays(-1);
        break;
    default:
        return;
    }
    const QSignalBlocker blockPreset(m_preset);
    m_preset->setCurrentIndex(index);
    m_from->setDate(from);
    m_to->setDate(to);
}

Scope ReportsPage::reportScope() const
{
    Scope scope;
    if (m_byPartner->isChecked()) {
        scope.partnerId = m_partner->currentData().toString();
        if (scope.partnerId.isEmpty())
            throw Error(Error::Code::InvalidInput, tr("Choose a partner."));
    } else {
        for (int i = 0; i < m_sites->count(); ++i) {
            if (m_sites->item(i)->checkState() == Qt::Checked)
                scope.siteIds << m_sites->item(i)->data(Qt::UserRole).toString();
        }
        if (scope.siteIds.isEmpty())
            throw Error(Error::Code::InvalidInput, tr("Tick at least one site."));
    }
    scope.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
    scope.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC);
    if (scope.from >= scope.to)
        throw Error(Error::Code::InvalidInput, tr("The period ends before it starts."));
    return scope;
}

QPageSize ReportsPage::pageSize() const
{
    return QPageSize(m_pageSize->currentData().toString() == QLatin1String("letter") ? QPageSize::Letter
                                                                                     : QPageSize::A4);
}

void ReportsPage::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_previewButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_progressBar->setVisible(busy);
    if (busy) {
        m_progressBar->setValue(0);
        m_progressTimer->start();
    } else {
        m_progressTimer->stop();
    }
    if (!text.isNull())
        m_status->setText(text);
}

int ReportsPage::beginRun()
{
    m_progress = std::make_shared<ReportProgress>();
    setBusy(true, tr("Reading the report data…"));
    return ++m_generation;
}

void ReportsPage::cancel()
{
    if (!m_busy || !m_progress)
        return;
    m_progress->cancel();
    m_status->setText(tr("Cancelling…"));
}

void ReportsPage::fail(const Error &error)
{
    setBusy(false, error.code() == Error::Code::Cancelled ? tr("Cancelled; nothing was written.") : error.message());
    if (error.code() != Error::Code::Cancelled)
        emit failed(error.message());
}

namespace {

// The preview's work after the report is read: laying out its pages on a pool
// thread. Touches no widget, so it may run on after the page is gone.
QCoro::Task<ReportsPage::Preview> layOut(QCoro::Task<std::shared_ptr<const ReportData>> loading, QPageSize size,
                                         std::shared_ptr<ReportProgress> progress)
{
    std::shared_ptr<const ReportData> report = co_await loading;
    auto layout = [report, size, progress] {
        return std::shared_ptr<const ReportDocument>(std::make_shared<ReportDocument>(*report, size, progress.get()));
    };
    QCoro::Task<std::shared_ptr<const ReportDocument>> laying = offThread(std::move(layout));
    std::shared_ptr<const ReportDocument> document = co_await laying;
    co_return ReportsPage::Preview{report, document};
}

// The export's work: each output written in turn. Returns the report and the files written.
QCoro::Task<std::pair<std::shared_ptr<const ReportData>, QStringList>>
writeAll(QCoro::Task<std::shared_ptr<const ReportData>> loading,
         QList<std::pair<ReportWriter::Format, QString>> outputs, QPageSize size,
         std::shared_ptr<ReportProgress> progress)
{
    std::shared_ptr<const ReportData> report = co_await loading;
    QStringList written;
    for (const auto &[kind, file] : outputs) {
        QCoro::Task<> writing = ReportWriter::writeAsync(*report, kind, file, size, progress);
        co_await writing;
        written << file;
    }
    co_return std::pair(report, written);
}

} // namespace

QCoro::Task<std::shared_ptr<const ReportData>> ReportsPage::reportFor(Scope scope)
{
    // An export right after a preview writes exactly what was previewed.
    if (m_report && m_report->scope == scope)
        co_return m_report;
    ReportOptions options;
    options.staleDays = Settings().reportStaleDays();
    Database *db = m_db;
    QCoro::Task<ReportData> task = Reports::load(*db, scope, m_progress, options);
    ReportData data = co_await task;
    // Signed on the primary, by this console's key when it is approved (the
    // report says "unsigned" on every page otherwise).
    auto signing = [data = std::move(data)](Session &s) mutable {
        Reports::sign(s, data);
        return data;
    };
    QFuture<ReportData> signing_ = db->submit(std::move(signing));
    ReportData signedData = co_await signing_;
    co_return std::make_shared<const ReportData>(std::move(signedData));
}

QCoro::Task<> ReportsPage::preview()
{
    Scope scope;
    try {
        scope = reportScope();
    } catch (const Error &e) {
        // No old pages beside the reason there is no new one.
        clearPreview();
        fail(e);
        co_return;
    }
    const int generation = beginRun();
    bool laidOut = false;
    auto show = [&](const Preview &built) {
        const auto &[report, document] = built;
        if (generation != m_generation)
            return;
        m_document.reset();
        m_report = report;
        m_document = document;
        const ReportSection *summary = report->section(QStringLiteral("summary"));
        m_summary->setText(
            tr("<b>%1</b> pages · report %2<br>%3 incidents, %4 executions, compliance score %5 · digest <tt>%6</tt>")
                .arg(document->pageCount())
                .arg(report->reportId,
                     ReportDocument::display(summary->value(QStringLiteral("incidents")), ReportKind::Count),
                     ReportDocument::display(summary->value(QStringLiteral("executions")), ReportKind::Count),
                     ReportDocument::display(summary->value(QStringLiteral("compliance_score")), ReportKind::Ratio),
                     document->digest().left(16) + QStringLiteral("…")));
        {
            const QSignalBlocker block(m_pageSpin);
            m_pageSpin->setRange(1, document->pageCount());
            m_pageSpin->setValue(1);
            m_pageSpin->setEnabled(true);
        }
        m_pageCount->setText(tr("of %1").arg(document->pageCount()));
        laidOut = true;
    };
    auto failed = [&](const Error &e) {
        if (generation == m_generation)
            fail(e);
    };
    QCoro::Task<bool> done = deliver(this, layOut(reportFor(scope), pageSize(), m_progress), std::move(show), failed);
    if (!co_await done || !laidOut)
        co_return;
    auto ready = [this] {
        const QString ready = m_report->isQuiet()
                                  ? tr("Preview ready. Nothing happened in this period; the report says so.")
                                  : tr("Preview ready.");
        setBusy(false, m_report->unsignedReason.isEmpty()
                           ? ready
                           : tr("%1 The report is %2.").arg(ready, m_report->unsignedReason));
        emit previewShown();
    };
    QCoro::Task<bool> first = deliver(this, showPage(0), std::move(ready), failed);
    co_await first;
}

bool ReportsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_refit)
        m_refit->start();
    return Page::eventFilter(watched, event);
}

QCoro::Task<> ReportsPage::showPage(int index)
{
    std::shared_ptr<const ReportDocument> document = m_document;
    std::shared_ptr<const ReportData> keepAlive = m_report; // the document reads the report's rows
    if (!document || index < 0 || index >= document->pageCount())
        co_return;
    const int width = std::max(300, m_scroll->viewport()->width() - 24);
    m_renderedWidth = width;
    auto render = [document, keepAlive, index, width] { return document->renderPage(index, width); };
    auto show = [this, document](const QImage &image) {
        if (document != m_document)
            return;
        m_pageImage->setPixmap(QPixmap::fromImage(image));
        m_scroll->verticalScrollBar()->setValue(0);
    };
    QCoro::Task<bool> done =
        deliver(this, offThread(std::move(render)), std::move(show), [this](const Error &e) { fail(e); });
    co_await done;
}

QCoro::Task<> ReportsPage::exportReport(QString path)
{
    Scope scope;
    try {
        scope = reportScope();
    } catch (const Error &e) {
        fail(e);
        co_return;
    }
    const QString format = m_format->currentData().toString();
    if (path.isEmpty()) {
        Settings settings;
        const QString folder = settings.reportFolder().isEmpty() ? QDir::homePath() : settings.reportFolder();
        const QString suggested =
            QStringLiteral("compliance-%1-%2.%3")
                .arg(scope.partnerId.isEmpty()
                         ? scope.siteIds.join(QLatin1Char('+')).left(60)
                         : m_partner->currentText().simplified().replace(QLatin1Char(' '), QLatin1Char('-')),
                     m_from->date().toString(QStringLiteral("yyyy-MM")),
                     format == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("pdf"));
        path = QFileDialog::getSaveFileName(this, tr("Export compliance report"), QDir(folder).filePath(suggested),
                                            format == QLatin1String("csv") ? tr("CSV files (*.csv)")
                                                                           : tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            co_return;
        settings.setReportFolder(QFileInfo(path).absolutePath());
    }
    QList<std::pair<ReportWriter::Format, QString>> outputs;
    const QFileInfo info(path);
    const QString base = info.dir().filePath(info.completeBaseName());
    if (format == QLatin1String("pdf"))
        outputs << std::pair(ReportWriter::Format::Pdf, path);
    else if (format == QLatin1String("csv"))
        outputs << std::pair(ReportWriter::Format::Csv, path);
    else
        outputs << std::pair(ReportWriter::Format::Pdf, base + QStringLiteral(".pdf"))
                << std::pair(ReportWriter::Format::Csv, base + QStringLiteral(".csv"));

    const int generation = beginRun();
    auto show = [this, generation](const std::pair<std::shared_ptr<const ReportData>, QStringList> &result) {
        const auto &[report, written] = result;
        if (generation != m_generation)
            return;
        setBusy(false, tr("Wrote %1 (report %2).").arg(written.join(tr(" and ")), report->reportId));
        emit exported(written);
    };
    auto failed = [this, generation](const Error &e) {
        if (generation == m_generation)
            fail(e);
    };
    QCoro::Task<bool> done =
        deliver(this, writeAll(reportFor(scope), outputs, pageSize(), m_progress), std::move(show), std::move(failed));
    co_await done;
}

} // namespace hd
