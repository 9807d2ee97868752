#include "ArchivePanel.h"

#include "AdminSupport.h"
#include "Database.h"
#include "Format.h"
#include "HealthModels.h"
#include "Keys.h"
#include "OffThread.h"
#include "ReportArchive.h"
#include "Reports.h"
#include "TableSupport.h"
#include "Trust.h"

#include <QCryptographicHash>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace hd {

ArchivePanel::ArchivePanel(Database *db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new HealthItemModel(this)),
      m_view(makeSortedTable(m_model, QStringLiteral("reports/archive"), this)), m_status(new QLabel(this))
{
    m_model->setHeaders({tr("Archived"), tr("Period"), tr("Scope"), tr("Report"), tr("Signed by"), tr("Language"),
                         tr("Files"), tr("Made")});
    auto *save = new QPushButton(tr("Save &as…"), this);
    auto *verify = new QPushButton(tr("&Verify"), this);
    save->setToolTip(tr("Write the selected report to a file exactly as it was archived"));
    verify->setToolTip(tr("Check the selected report's digest and signature against the fleet's admin keys"));
    connect(save, &QPushButton::clicked, this, [this] { saveSelected(); });
    connect(verify, &QPushButton::clicked, this, [this] { verifySelected(); });
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(verify);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Reports the worker made after each month for the report schedules (healdesk "
                                "export schedule add), kept six years."),
                             this);
    intro->setWordWrap(true); // one long line would widen the whole Reports page on a small screen
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
}

QCoro::Task<> ArchivePanel::reload()
{
    auto fetch = [](Session &s) { return ReportArchive::list(s); };
    auto show = [this](const QList<ArchivedReport> &rows) {
        QList<HealthItem> items;
        for (const ArchivedReport &a : rows) {
            QStringList files;
            if (a.hasPdf)
                files << QStringLiteral("PDF");
            if (a.hasCsv)
                files << QStringLiteral("CSV");
            items << HealthItem{QString::number(a.id),
                                {QString::number(a.id), a.from.toUTC().toString(QStringLiteral("yyyy-MM")),
                                 a.scopeName, a.reportId, a.signedBy.isEmpty() ? tr("unsigned") : a.signedBy,
                                 a.language, files.join(QStringLiteral(", ")), format::dateTime(a.generatedAt)}};
        }
        m_model->setRows(items);
        if (rows.isEmpty())
            m_status->setText(tr("Nothing archived yet: a report schedule and a running worker fill this list."));
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

QCoro::Task<> ArchivePanel::saveSelected(QString path)
{
    const QStringList ids = selectedKeys(m_view);
    if (ids.size() != 1) {
        m_status->setText(tr("Select one archived report."));
        co_return;
    }
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save the archived report"),
                                            QStringLiteral("report-%1.pdf").arg(ids.first()),
                                            tr("PDF (*.pdf);;CSV (*.csv)"));
        if (path.isEmpty())
            co_return;
    }
    QPointer<ArchivePanel> self(this);
    const qint64 id = ids.first().toLongLong();
    const QString format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? QStringLiteral("csv")
                                                                                      : QStringLiteral("pdf");
    try {
        auto fetch = [id, format](Session &s) { return ReportArchive::file(s, id, format); };
        QFuture<std::pair<QString, QByteArray>> fetched = m_db->submitRead(std::move(fetch));
        const std::pair<QString, QByteArray> got = co_await fetched;
        const QByteArray bytes = got.second;
        auto write = [path, bytes] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                throw Error(Error::Code::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
        };
        QCoro::Task<> writing = offThread(std::move(write));
        co_await writing;
        if (self)
            m_status->setText(tr("Wrote %1.").arg(path));
    } catch (const Error &e) {
        if (self)
            m_status->setText(tr("Not saved: %1").arg(e.message()));
    }
}

QCoro::Task<> ArchivePanel::verifySelected()
{
    const QStringList ids = selectedKeys(m_view);
    if (ids.size() != 1) {
        m_status->setText(tr("Select one archived report."));
        co_return;
    }
    const qint64 id = ids.first().toLongLong();
    // The CSV's digest and signature, against the admin keys as healdesk key export-trust would write them.
    auto check = [id](Session &s) {
        const TrustStore trust = Keys::exportTrust(s);
        QByteArray csv;
        try {
            csv = ReportArchive::file(s, id, QStringLiteral("csv")).second;
        } catch (const Error &) {
            // Archived as a PDF alone: its signed last line covers every byte.
        }
        ReportProof proof;
        QString reportId;
        if (csv.isEmpty()) {
            const Reports::PdfSignature pdf =
                Reports::splitPdfSignature(ReportArchive::file(s, id, QStringLiteral("pdf")).second);
            const QString sha =
                QString::fromLatin1(QCryptographicHash::hash(pdf.signedBytes, QCryptographicHash::Sha256).toHex());
            proof = ReportSigning::check(pdf.signature, Statements::kReportFile, {}, sha, &trust);
            reportId = proof.reportId;
        } else {
            const Reports::Verification v = Reports::verifyCsv(csv);
            if (!v.ok())
                return tr("✘ Changed: its data no longer gives the digest it records.");
            proof = ReportSigning::check(v.signature, Statements::kReport, v.computed, {}, &trust);
            reportId = v.reportId;
        }
        switch (proof.state) {
        case ReportProof::State::Verified:
            return tr("✔ Report %1 holds: signed by %2 on %3, %4.")
                .arg(reportId, proof.signer.login, format::dateTime(proof.signedAt), proof.signer.approval);
        case ReportProof::State::Unsigned:
            return tr("The data matches its digest, but the report is unsigned: nothing proves who made it.");
        case ReportProof::State::Unchecked:
        case ReportProof::State::Invalid:
            break;
        }
        return tr("✘ The signature does not hold: %1").arg(proof.problem);
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(check)),
                                     [this](const QString &text) { m_status->setText(text); },
                                     [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

} // namespace hd
