#pragma once

#include <QDialog>
#include <QString>

class QTableWidget;
class QTextBrowser;

namespace hd {

// Help ▸ About: version, build, Qt version, and the licences of the
// libraries Healdesk ships with or links.
QString aboutText();

// Help ▸ Keyboard shortcuts (F1): every action of the window that has a
// shortcut, read from the actions themselves so the list cannot go stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

// Where the user guide is: installed beside the program (../share/healdesk/guide/user-guide.md), else, in a
// build that was never installed, the source tree's. Empty when neither exists.
QString userGuidePath();

// Help ▸ User guide (Shift+F1): the guide with its pictures, read offline in the window; links to other
// sections and files of the guide open in place, web links in the browser.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace hd
