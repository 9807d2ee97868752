#include "HelpDialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QShortcut>
#include <QTableWidget>
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

} // namespace hd
