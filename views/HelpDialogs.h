#pragma once

#include <QDialog>
#include <QString>

class QTableWidget;

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

} // namespace hd
