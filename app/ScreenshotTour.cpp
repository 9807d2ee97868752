#include "ScreenshotTour.h"

#include "HealthPage.h"
#include "HelpDialogs.h"
#include "IssueOrderDialog.h"
#include "MainWindow.h"
#include "Page.h"
#include "ReportsPage.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

namespace hd {

ScreenshotTour::ScreenshotTour(MainWindow *window, QString dir)
    : QObject(nullptr) // owned by main(), not by the window
      ,
      m_window(window), m_dir(std::move(dir)), m_timer(new QTimer(this))
{
    QDir().mkpath(m_dir);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ScreenshotTour::step);
    m_timer->start();
}

void ScreenshotTour::step()
{
    QTextStream err(stderr);
    if (m_page < 0 || m_page >= m_window->pageCount()) {
        m_page = 0;
        m_waited = 0;
        m_window->showPage(0);
        return;
    }
    Page *page = m_window->page(m_page);
    // The Reports page is shown with a preview of the default report.
    auto *reports = qobject_cast<ReportsPage *>(page);
    if (reports && reports->hasData() && !m_previewRequested) {
        m_previewRequested = true;
        reports->preview();
    }
    const bool ready = page->hasData() && (!reports || reports->previewPageCount() > 0);
    if (!ready) {
        if (++m_waited > 600) {
            err << "screenshots: page " << page->title() << " showed no data within a minute" << Qt::endl;
            m_window->grab().save(QDir(m_dir).filePath(QStringLiteral("failed-page-%1.png").arg(m_page + 1)));
            m_timer->stop();
            m_ok = false;
            QApplication::exit(1);
        }
        return;
    }
    // Let layouts and charts settle for a moment before grabbing.
    if (m_waited >= 0) {
        m_waited = -5;
        return;
    }
    if (++m_waited < 0)
        return;
    const QString file =
        QDir(m_dir).filePath(QStringLiteral("%1-%2.png")
                                 .arg(m_page + 1, 2, 10, QLatin1Char('0'))
                                 .arg(page->title().toLower().replace(QLatin1Char(' '), QLatin1Char('-'))));
    if (!m_window->grab().save(file)) {
        err << "screenshots: cannot write " << file << Qt::endl;
        m_ok = false;
    } else {
        err << "screenshots: saved " << file << Qt::endl;
    }
    // The Data health page's administration tabs are shown too (the user guide needs them).
    if (auto *health = qobject_cast<HealthPage *>(page)) {
        const QStringList names{QStringLiteral("settings"), QStringLiteral("learning")};
        m_timer->stop(); // no nested step() while events are processed below
        for (int tab = 1; tab <= int(names.size()); ++tab) {
            health->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QString extra = QDir(m_dir).filePath(QStringLiteral("%1-data-health-%2.png")
                                                           .arg(m_page + 1, 2, 10, QLatin1Char('0'))
                                                           .arg(names.at(tab - 1)));
            if (m_window->grab().save(extra))
                err << "screenshots: saved " << extra << Qt::endl;
        }
        health->tabs()->setCurrentIndex(0);
        m_timer->start();
    }
    ++m_page;
    m_waited = 0;
    if (m_page >= m_window->pageCount()) {
        m_timer->stop();
        grabIssueDialog();
        return;
    }
    m_window->showPage(m_page);
}

void ScreenshotTour::grabIssueDialog()
{
    QTextStream err(stderr);
    m_window->showPage(0);
    IssueOrderDialog *dialog = m_window->openIssueDialog(true);
    auto finish = [this] {
        m_window->close();
        QApplication::exit(m_ok ? 0 : 1);
    };
    if (!dialog) {
        err << "screenshots: the run-runbook dialog did not open" << Qt::endl;
        m_ok = false;
        finish();
        return;
    }
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, dialog, poll, finish] {
        if (!dialog->isReady() && ++m_dialogWaits < 300)
            return;
        poll->stop();
        dialog->selectRunbook(QStringLiteral("RB-WIN-SEC-001"));
        const QString file = QDir(m_dir).filePath(
            QStringLiteral("%1-run-runbook.png").arg(m_window->pageCount() + 1, 2, 10, QLatin1Char('0')));
        QTimer::singleShot(300, this, [this, dialog, file, finish] {
            QTextStream e(stderr);
            if (!dialog->isReady() || !dialog->grab().save(file)) {
                e << "screenshots: cannot grab the run-runbook dialog" << Qt::endl;
                m_ok = false;
            } else {
                e << "screenshots: saved " << file << Qt::endl;
            }
            dialog->reject();
            // Help > Keyboard shortcuts (F1), for the user guide.
            ShortcutsDialog keys(m_window);
            keys.show();
            QCoreApplication::processEvents();
            const QString keysFile = QDir(m_dir).filePath(
                QStringLiteral("%1-keyboard-shortcuts.png").arg(m_window->pageCount() + 2, 2, 10, QLatin1Char('0')));
            if (keys.grab().save(keysFile)) {
                e << "screenshots: saved " << keysFile << Qt::endl;
            } else {
                e << "screenshots: cannot grab the keyboard shortcuts" << Qt::endl;
                m_ok = false;
            }
            finish();
        });
    });
    poll->start();
}

} // namespace hd
