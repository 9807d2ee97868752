#pragma once

#include "Page.h"
#include "Reports.h"

#include <QCoro/QCoroTask>
#include <QPageSize>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace hd {

class ArchivePanel;

class Error;
class ReportDocument;

// Compliance reports: choose sites or a partner and a period (default the last
// full calendar month), preview the pages, and export PDF, CSV or both. Data
// is read on the database thread; layout, page images and files are made on a
// worker thread; the page shows progress and can cancel.
class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(Database *db, QWidget *parent = nullptr);
    // A report and its laid-out pages, as the preview shows them.
    using Preview = std::pair<std::shared_ptr<const ReportData>, std::shared_ptr<const ReportDocument>>;
    QString title() const override { return tr("Reports"); }
    QStringList channels() const override { return {}; }
    void setScope(const Scope &scope) override;
    void reload() override;
    bool hasData() const override;

    // The report's scope as chosen on the page (validated when used).
    Scope reportScope() const;
    QCoro::Task<> preview();
    // Writes the chosen format(s); asks for a file name unless one is given.
    // With "both", path names the PDF and the CSV goes next to it.
    QCoro::Task<> exportReport(QString path = {});
    void cancel();

    QComboBox *partnerBox() const { return m_partner; }
    QListWidget *siteList() const { return m_sites; }
    QRadioButton *partnerChoice() const { return m_byPartner; }
    QRadioButton *sitesChoice() const { return m_bySites; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *formatBox() const { return m_format; }
    QLabel *statusLabel() const { return m_status; }
    // The preview's rendered page (its pixmap's width follows the pane's).
    QLabel *previewImage() const { return m_pageImage; }
    ArchivePanel *archivePanel() const { return m_archive; }
    QTabWidget *tabs() const { return m_tabs; }
    int previewPageCount() const;
    // Forgets the laid-out pages, as before the first preview.
    void clearPreview();

Q_SIGNALS:
    void previewShown();
    void exported(const QStringList &paths);
    void failed(const QString &message);

protected:
    // The preview's viewport: a new width renders the shown page again to fit (after maximising, say).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCoro::Task<> loadChoices();
    QCoro::Task<std::shared_ptr<const ReportData>> reportFor(Scope scope);
    QCoro::Task<> showPage(int index);
    void setBusy(bool busy, const QString &text = {});
    // A fresh progress object and generation for a preview or an export.
    int beginRun();
    void applyPreset(int index);
    QPageSize pageSize() const;
    void fail(const Error &error);

    Scope m_globalScope;
    QRadioButton *m_byPartner;
    QRadioButton *m_bySites;
    QComboBox *m_partner;
    QListWidget *m_sites;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_format;
    QComboBox *m_pageSize;
    QSpinBox *m_staleDays = nullptr;
    QPushButton *m_previewButton;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progressBar;
    QLabel *m_status;
    QTabWidget *m_tabs = nullptr;
    ArchivePanel *m_archive = nullptr;
    QLabel *m_summary;
    QScrollArea *m_scroll;
    QLabel *m_pageImage;
    QSpinBox *m_pageSpin;
    QLabel *m_pageCount;
    QTimer *m_progressTimer;
    QTimer *m_refit = nullptr;
    int m_renderedWidth = 0;

    std::shared_ptr<ReportProgress> m_progress;
    std::shared_ptr<const ReportData> m_report;
    std::shared_ptr<const ReportDocument> m_document;
    int m_generation = 0;
    bool m_choicesLoaded = false;
    bool m_busy = false;
};

} // namespace hd
