#include "HelpDialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QShortcut>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace hd {

QString aboutText()
{
    return QCoreApplication::translate("Help",
                                       "<h3>Healdesk %1</h3>"
                                       "<p>Operations console for MSP technicians looking after HIPAA clinics.</p>"
                                       "<p>Build %2, Qt %3 (built against %4).</p>"
                                       "<p><b>Libraries and their licences</b></p>"
                                       "<ul>"
                                       "<li>Qt 6 (Core, Gui, Widgets, Charts, Sql, Network, Concurrent): LGPL-3.0 "
                                       "(Qt Charts: GPL-3.0)</li>"
                                       "<li>QCoro: MIT</li>"
                                       "<li>QtKeychain: BSD-3-Clause</li>"
                                       "<li>libpq (PostgreSQL client): PostgreSQL Licence</li>"
                                       "<li>OpenSSL (through libpq): Apache-2.0</li>"
                                       "<li>DejaVu fonts (reports): Bitstream Vera licence</li>"
                                       "</ul>")
        .arg(QCoreApplication::applicationVersion(), QStringLiteral(HEALDESK_BUILD_ID), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR));
}

ShortcutsDialog::ShortcutsDialog(QWidget *window) : QDialog(window), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    struct Row
    {
        QString action;
        QString keys;
    };
    QList<Row> rows;
    const auto add = [&rows](QString text, const QList<QKeySequence> &keys) {
        QStringList shown;
        for (const QKeySequence &k : keys)
            if (!k.isEmpty())
                shown << k.toString(QKeySequence::NativeText);
        if (shown.isEmpty() || text.isEmpty())
            return;
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QStringLiteral("…")))
            text.chop(1);
        rows << Row{text, shown.join(QStringLiteral(", "))};
    };
    // Every kind of shortcut a window holds: menu and toolbar actions, the
    // pages' buttons, and shortcuts of their own (named by their What's This).
    for (const QAction *action : window->findChildren<QAction *>())
        add(action->text(), action->shortcuts());
    // A button's own shortcut, not the Alt+letter its text's mnemonic gives it.
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->shortcut() != QKeySequence::mnemonic(button->text()))
            add(button->text(), {button->shortcut()});
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>())
        add(shortcut->whatsThis(), shortcut->keys());
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.keys < b.keys; });
    rows.erase(std::unique(rows.begin(), rows.end(),
                           [](const Row &a, const Row &b) { return a.action == b.action && a.keys == b.keys; }),
               rows.end());
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].action));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].keys));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->sortItems(1);
    m_table->scrollToTop();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setSortingEnabled(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(480, 480);
}

QString userGuidePath()
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/healdesk/guide/user-guide.md"));
    if (QFileInfo::exists(installed))
        return QFileInfo(installed).canonicalFilePath();
#ifdef HEALDESK_SOURCE_GUIDE
    if (QFileInfo::exists(QStringLiteral(HEALDESK_SOURCE_GUIDE)))
        return QStringLiteral(HEALDESK_SOURCE_GUIDE);
#endif
    return {};
}

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Healdesk user guide"));
    m_browser->setOpenLinks(false);
    const QString path = userGuidePath();
    if (path.isEmpty()) {
        m_browser->setHtml(tr("<p>The user guide is not installed: it belongs in %1.</p>")
                               .arg(QDir(QCoreApplication::applicationDirPath())
                                        .absoluteFilePath(QStringLiteral("../share/healdesk/guide"))
                                        .toHtmlEscaped()));
    } else {
        // Markdown with its pictures, which the browser finds beside the file.
        m_browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    }
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.isLocalFile() || url.isRelative()) {
            // Another file of the guide opens in place; one not shipped with it (the README) is left alone.
            const QUrl target = m_browser->source().resolved(url);
            if (target.toLocalFile().endsWith(QLatin1String(".md")) && QFileInfo::exists(target.toLocalFile()))
                m_browser->setSource(target, QTextDocument::MarkdownResource);
            else if (!url.fragment().isEmpty() && url.path().isEmpty())
                m_browser->scrollToAnchor(url.fragment());
            return;
        }
        QDesktopServices::openUrl(url);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 760);
}

} // namespace hd
