#pragma once

#include <functional>

#include "ReportDocument.h" // tierColor

#include <QColor>
#include <QString>
#include <QStyledItemDelegate>

class QTableView;
class QAbstractItemModel;

namespace hd {

// Colours for the models' ToneRole ("good", "warn", "bad", "muted").
QColor toneColor(const QString &tone);

class ToneDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A cell too narrow for its text shows the whole of it as its tooltip, unless the model gives one.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// One setup for every table, as hotspot's resultsutil does: row selection,
// colours, Ctrl+C copies the selected rows as tab-separated text, a header menu
// to show and hide columns, column layout remembered under settingsKey, and
// the selection and scroll position kept across model resets (by KeyRole).
void setupTableView(QTableView *view, const QString &settingsKey);
// A sortable table over model (through a proxy sorting by SortRole), set up as above.
QTableView *makeSortedTable(QAbstractItemModel *model, const QString &settingsKey, QWidget *parent);
// The KeyRole of every selected row.
QStringList selectedKeys(QTableView *view);

// Pages sit in scroll areas (MainWindow), which give a page at least its minimum width and scroll sideways
// beyond it. A page that can arrange itself narrower asks here for the room it really has: `fn` gets the scroll
// area's viewport width each time it changes.
void onRoomChanged(QWidget *page, std::function<void(int width)> fn);
// Copies the selected rows (visible columns, with a header line) to the clipboard.
void copySelection(QTableView *view);

} // namespace hd
