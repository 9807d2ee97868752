#include "ScreenshotTour.h"

#include "HealthPage.h"
#include "HealthDialogs.h"
#include "TableSupport.h"
#include "SigningPanels.h"
#include "AlertRoutesDialog.h"
#include "MaintenanceDialog.h"
#include "OrderSchedulesDialog.h"
#include "FleetPage.h"
#include "FleetModels.h"
#include "HelpDialogs.h"
#include "IssueOrderDialog.h"
#include "MainWindow.h"
#include "OrderDetailDialog.h"
#include "OrderModel.h"
#include "OrdersPage.h"
#include "Page.h"
#include "QueueModel.h"
#include "QueuePage.h"
#include "ReportsPage.h"
#include "ArchivePanel.h"

#include <QAbstractButton>
#include <QTableView>
#include <QElapsedTimer>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>

namespace hd {

namespace {

void collectMenu(const QMenu *menu, QStringList &out)
{
    out << QStringLiteral("menu\t") + menu->title();
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            collectMenu(action->menu(), out);
        else
            out << QStringLiteral("menu-item\t") + action->text();
    }
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// What a person reads on the window: title, menus, toolbar, navigation and the visible widgets of
// the page. The language tests check these lines against the translation sources.
QStringList visibleTexts(QWidget *window)
{
    QStringList out;
    out << QStringLiteral("window-title\t") + window->windowTitle();
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (const QAction *action : bar->actions())
            if (action->menu())
                collectMenu(action->menu(), out);
    }
    for (const QToolBar *bar : window->findChildren<QToolBar *>()) {
        out << QStringLiteral("toolbar\t") + bar->windowTitle();
        for (const QAction *action : bar->actions())
            if (!action->isSeparator() && !action->text().isEmpty())
                out << QStringLiteral("toolbar-item\t") + action->text();
    }
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<const QLabel *>(w))
            out << QStringLiteral("label\t") + plain(label->text());
        else if (auto *button = qobject_cast<const QAbstractButton *>(w))
            out << QStringLiteral("button\t") + button->text();
        else if (auto *group = qobject_cast<const QGroupBox *>(w))
            out << QStringLiteral("group\t") + group->title();
        else if (auto *edit = qobject_cast<const QLineEdit *>(w))
            out << QStringLiteral("placeholder\t") + edit->placeholderText();
        else if (auto *tabs = qobject_cast<const QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                out << QStringLiteral("tab\t") + tabs->tabText(i);
        if (auto *browser = qobject_cast<const QTextEdit *>(w); browser && browser->isReadOnly())
            for (const QString &line : browser->toPlainText().split(QLatin1Char('\n')))
                out << QStringLiteral("text\t") + line;
        if (auto *list = qobject_cast<const QListWidget *>(w))
            for (int i = 0; i < list->count(); ++i)
                out << QStringLiteral("list-item\t") + list->item(i)->text();
        if (auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                out << QStringLiteral("header\t") + view->model()->headerData(c, Qt::Horizontal).toString();
    }
    // One line per text; an empty text says nothing.
    QStringList lines;
    for (QString line : std::as_const(out)) {
        if (line.section(QLatin1Char('\t'), 1).trimmed().isEmpty())
            continue;
        lines << line.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    }
    return lines;
}

} // namespace

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
    if (reports && m_archiveWaits > 0) {
        // Polled by the tour's timer: the archive lists what the worker kept (at most 30 s).
        if (reports->archivePanel()->view()->model()->rowCount() == 0 && ++m_archiveWaits < 300) {
            if (m_archiveWaits % 20 == 0)
                reports->archivePanel()->reload();
            return;
        }
        m_archiveWaits = 0;
        const QString extra =
            QDir(m_dir).filePath(QStringLiteral("%1-reports-archive.png").arg(m_page + 1, 2, 10, QLatin1Char('0')));
        if (m_window->grab().save(extra))
            err << "screenshots: saved " << extra << Qt::endl;
        writeTexts(QStringLiteral("reports-archive"), m_window);
        reports->tabs()->setCurrentIndex(0);
        nextPage();
        return;
    }
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
    writeTexts(page->title(), m_window);
    // The Reports page's archive too, once the demo's worker kept last month's report (the next steps wait).
    if (auto *reportsPage = qobject_cast<ReportsPage *>(page)) {
        reportsPage->tabs()->setCurrentWidget(reportsPage->archivePanel());
        m_archiveWaits = 1;
        return;
    }
    // The Data health page's administration tabs are shown too (the user guide needs them).
    if (auto *health = qobject_cast<HealthPage *>(page)) {
        const QStringList names{QStringLiteral("settings"), QStringLiteral("learning"), QStringLiteral("signing-keys")};
        m_timer->stop(); // no nested step() while events are processed below
        for (int tab = 1; tab <= int(names.size()); ++tab) {
            health->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QString extra = QDir(m_dir).filePath(QStringLiteral("%1-data-health-%2.png")
                                                           .arg(m_page + 1, 2, 10, QLatin1Char('0'))
                                                           .arg(names.at(tab - 1)));
            if (m_window->grab().save(extra))
                err << "screenshots: saved " << extra << Qt::endl;
            writeTexts(names.at(tab - 1), m_window);
        }
        health->tabs()->setCurrentIndex(0);
        m_timer->start();
    }
    nextPage();
}

void ScreenshotTour::nextPage()
{
    ++m_page;
    m_waited = 0;
    if (m_page >= m_window->pageCount()) {
        m_timer->stop();
        grabIssueDialog(); // after the pages, the dialogs
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
        // A runbook with a parameter schema, so the picture shows its form.
        dialog->selectRunbook(QStringLiteral("RB-WIN-BKP-001"));
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
            writeTexts(QStringLiteral("run-runbook"), dialog);
            dialog->reject();
            // Help > Keyboard shortcuts (F1), for the user guide.
            ShortcutsDialog keys(m_window);
            keys.show();
            QCoreApplication::processEvents();
            const QString keysFile = QDir(m_dir).filePath(
                QStringLiteral("%1-keyboard-shortcuts.png").arg(m_window->pageCount() + 2, 2, 10, QLatin1Char('0')));
            writeTexts(QStringLiteral("keyboard-shortcuts"), &keys);
            if (keys.grab().save(keysFile)) {
                e << "screenshots: saved " << keysFile << Qt::endl;
            } else {
                e << "screenshots: cannot grab the keyboard shortcuts" << Qt::endl;
                m_ok = false;
            }
            keys.close();
            // Settings > Signing key, for the user guide.
            SigningKeyDialog *signing = m_window->openSigningKeyDialog();
            QCoreApplication::processEvents();
            const QString signingFile = QDir(m_dir).filePath(
                QStringLiteral("%1-signing-key.png").arg(m_window->pageCount() + 3, 2, 10, QLatin1Char('0')));
            writeTexts(QStringLiteral("signing-key"), signing);
            if (signing->grab().save(signingFile)) {
                e << "screenshots: saved " << signingFile << Qt::endl;
            } else {
                e << "screenshots: cannot grab the signing key dialog" << Qt::endl;
                m_ok = false;
            }
            signing->close();
            // Fleet > a site > Maintenance windows, for the user guide.
            const QList<SiteRow> &sites = m_window->fleetPage()->siteModel()->rows();
            // Then Settings > Alert routes and Orders > Recurring orders.
            auto routesAndSchedules = [this, finish] {
                grabDialogLater(new AlertRoutesDialog(m_window->database(), m_window), QStringLiteral("alert-routes"),
                                m_window->pageCount() + 5, [this, finish] {
                                    grabDialogLater(new OrderSchedulesDialog(m_window->database(), m_window),
                                                    QStringLiteral("recurring-orders"), m_window->pageCount() + 6,
                                                    [this, finish] {
                                                        grabMappingDialog([this, finish] {
                                                            grabIncidentOrderDialog([this, finish] { grabBatches(finish); });
                                                        });
                                                    });
                                });
            };
            if (!sites.isEmpty()) {
                grabDialogLater(m_window->openMaintenanceDialog(sites.first().id, sites.first().name),
                                QStringLiteral("maintenance-windows"), m_window->pageCount() + 4, routesAndSchedules);
                return;
            }
            routesAndSchedules();
            return;
        });
    });
    poll->start();
}

// Data health > Runbook ID mapping with an unmapped L1 rule selected, so that the picture shows a suggestion.
void ScreenshotTour::grabMappingDialog(std::function<void()> next)
{
    auto *dialog = new MappingDialog(m_window->database(), m_window);
    dialog->reload();
    QTimer::singleShot(1000, this, [this, dialog, next] {
        QAbstractItemModel *model = dialog->unmappedView()->model();
        int row = model->rowCount() > 0 ? 0 : -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(KeyRole).toString() == QLatin1String("L1-USB-001"))
                row = r;
        }
        if (row >= 0)
            dialog->unmappedView()->selectRow(row);
        grabDialogLater(dialog, QStringLiteral("runbook-mapping"), m_window->pageCount() + 7, next);
    });
}

// Escalations > Run a runbook for it…, on the queue's first incident, so that the picture shows the suggestion.
void ScreenshotTour::grabIncidentOrderDialog(std::function<void()> next)
{
    const QList<QueueRow> &rows = m_window->queuePage()->model()->rows();
    if (rows.isEmpty()) {
        QTextStream(stderr) << "screenshots: the queue is empty, no incident to run a runbook for" << Qt::endl;
        m_ok = false;
        next();
        return;
    }
    m_window->openIncidentOrder(rows.first().incident.id);
    QTimer::singleShot(1500, this, [this, next] {
        auto *dialog = m_window->findChild<IssueOrderDialog *>();
        if (!dialog) {
            QTextStream(stderr) << "screenshots: the order dialog for an incident did not open" << Qt::endl;
            m_ok = false;
            next();
            return;
        }
        grabDialogLater(dialog, QStringLiteral("incident-runbook"), m_window->pageCount() + 8, next);
    });
}

// Orders grouped by batch with the demo's half-failed site-wide order selected, then one failed order in full.
void ScreenshotTour::grabBatches(std::function<void()> next)
{
    OrdersPage *orders = m_window->ordersPage();
    m_window->showPage(4); // Orders
    orders->setGroupedByBatch(true);
    QTimer::singleShot(1500, this, [this, orders, next] {
        QTextStream e(stderr);
        QAbstractItemModel *model = orders->batchView()->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, BatchModel::Failed).data().toInt() > 0 && row < 0)
                row = r;
        if (row < 0) {
            e << "screenshots: no batch with a failed order to show" << Qt::endl;
            m_ok = false;
        } else {
            orders->batchView()->selectRow(row);
        }
        const QString file = QDir(m_dir).filePath(
            QStringLiteral("%1-orders-batches.png").arg(m_window->pageCount() + 9, 2, 10, QLatin1Char('0')));
        writeTexts(QStringLiteral("orders-batches"), m_window);
        if (m_window->grab().save(file)) {
            e << "screenshots: saved " << file << Qt::endl;
        } else {
            e << "screenshots: cannot grab the batches" << Qt::endl;
            m_ok = false;
        }
        orders->setGroupedByBatch(false);
        QTimer::singleShot(1000, this, [this, orders, next] {
            QString failed;
            for (const OrderRow &r : orders->model()->rows())
                if (failed.isEmpty() && r.status == QLatin1String("failed") && !r.batchId.isEmpty())
                    failed = r.orderId;
            if (failed.isEmpty()) {
                QTextStream(stderr) << "screenshots: no failed order to show in full" << Qt::endl;
                m_ok = false;
                next();
                return;
            }
            grabDialogLater(orders->openDetail(failed), QStringLiteral("order-detail"), m_window->pageCount() + 10,
                            next);
        });
    });
}

void ScreenshotTour::grabDialogLater(QWidget *dialog, const QString &name, int number, std::function<void()> next)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QTimer::singleShot(1500, this, [this, dialog, name, number, next] {
        QTextStream e(stderr);
        const QString file =
            QDir(m_dir).filePath(QStringLiteral("%1-%2.png").arg(number, 2, 10, QLatin1Char('0')).arg(name));
        writeTexts(name, dialog);
        if (dialog->grab().save(file)) {
            e << "screenshots: saved " << file << Qt::endl;
        } else {
            e << "screenshots: cannot grab " << name << Qt::endl;
            m_ok = false;
        }
        dialog->close();
        next();
    });
}

void ScreenshotTour::writeTexts(const QString &where, QWidget *window)
{
    QFile file(QDir(m_dir).filePath(QStringLiteral("ui-texts.tsv")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        QTextStream(stderr) << "screenshots: cannot write " << file.fileName() << Qt::endl;
        m_ok = false;
        return;
    }
    QTextStream out(&file);
    out << "page\t" << where << '\n';
    for (const QString &line : visibleTexts(window))
        out << line << '\n';
}

} // namespace hd
