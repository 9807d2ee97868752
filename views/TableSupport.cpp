#include "TableSupport.h"

#include "RowTableModel.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QHelpEvent>
#include <QTimer>
#include <QToolTip>

#include <functional>

namespace hd {

namespace {

// Calls `fn` once the event loop is back after each show of `widget`, when its layout has given it a size.
class ShowWatcher : public QObject
{
public:
    ShowWatcher(QWidget *widget, std::function<void()> fn) : QObject(widget), m_fn(std::move(fn))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            QTimer::singleShot(0, this, m_fn);
        return false;
    }

private:
    std::function<void()> m_fn;
};

// Follows the room a page gets: its parent (the scroll area's viewport) resizing.
class RoomWatcher : public QObject
{
public:
    RoomWatcher(QWidget *page, std::function<void(int)> fn) : QObject(page), m_page(page), m_fn(std::move(fn))
    {
        page->installEventFilter(this);
        watchParent();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_page && event->type() == QEvent::ParentChange)
            watchParent();
        else if (watched == m_page->parentWidget() && event->type() == QEvent::Resize)
            m_fn(m_page->parentWidget()->width());
        return false;
    }

private:
    void watchParent()
    {
        if (QWidget *parent = m_page->parentWidget()) {
            parent->installEventFilter(this);
            m_fn(parent->width());
        }
    }
    QWidget *m_page;
    std::function<void(int)> m_fn;
};

} // namespace


QColor toneColor(const QString &tone)
{
    if (tone == QLatin1String("good"))
        return QColor(0x2e, 0x7d, 0x32);
    if (tone == QLatin1String("warn"))
        return QColor(0xb2, 0x5a, 0x00);
    if (tone == QLatin1String("bad"))
        return QColor(0xc6, 0x28, 0x28);
    if (tone == QLatin1String("muted"))
        return QColor(0x80, 0x80, 0x80);
    return {};
}

void ToneDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor color = toneColor(index.data(ToneRole).toString());
    if (color.isValid())
        option->palette.setColor(QPalette::Text, color);
    if (index.data(RowTypeRole).toString() == QLatin1String("unmapped"))
        option->font.setItalic(true);
}

bool ToneDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                             const QModelIndex &index)
{
    if (event && view && event->type() == QEvent::ToolTip && index.isValid() &&
        index.data(Qt::ToolTipRole).toString().isEmpty()) {
        const QString text = index.data(Qt::DisplayRole).toString();
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (!text.isEmpty() && sizeHint(opt, index).width() > option.rect.width()) {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void copySelection(QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || !view->selectionModel())
        return;
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    QStringList header;
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (!view->isColumnHidden(c)) {
            columns << c;
            header << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        }
    }
    lines << header.join(QLatin1Char('\t'));
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int c : columns) {
            QString text = model->index(row.row(), c).data(Qt::DisplayRole).toString();
            text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << text;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void setupTableView(QTableView *view, const QString &settingsKey)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setItemDelegate(new ToneDelegate(view));
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copy = new QAction(QObject::tr("&Copy rows"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] { copySelection(view); });
    view->addAction(copy);

    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view, [view, header](const QPoint &pos) {
        QMenu menu;
        QAbstractItemModel *model = view->model();
        for (int c = 0; model && c < model->columnCount(); ++c) {
            auto *action = menu.addAction(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            action->setCheckable(true);
            action->setChecked(!view->isColumnHidden(c));
            QObject::connect(action, &QAction::toggled, view, [view, c](bool on) { view->setColumnHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });

    // Column order, widths, visibility and sort survive restarts.
    const QByteArray saved = Settings().headerState(settingsKey);
    auto restored = std::make_shared<bool>(false);
    auto restore = [header, saved, restored] {
        if (!*restored && !saved.isEmpty() && header->count() > 0) {
            *restored = header->restoreState(saved);
        }
    };
    QObject::connect(header, &QHeaderView::sectionCountChanged, view, restore);
    restore();
    auto save = [header, settingsKey] { Settings().setHeaderState(settingsKey, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, view, save);
    QObject::connect(header, &QHeaderView::sectionMoved, view, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view, save);

    // Keep what the technician selected and where they were across resets.
    struct Memory
    {
        QStringList keys;
        QString current;
        int scroll = 0;
        QPointer<QAbstractItemModel> model;
    };
    auto memory = std::make_shared<Memory>();
    // Without a remembered layout, fit the columns to the first rows once.
    auto fitted = std::make_shared<bool>(!saved.isEmpty());
    // A table filled while its page is hidden waits until it is shown: only then is its width known, and the
    // columns are narrowed to fit it.
    auto fit = [view, fitted] {
        if (*fitted || !view->model() || view->model()->rowCount() == 0 || !view->isVisible())
            return;
        *fitted = true;
        view->resizeColumnsToContents();
        QHeaderView *h = view->horizontalHeader();
        QList<int> widths;
        for (int c = 0; c < h->count(); ++c)
            widths << (view->isColumnHidden(c) ? 0 : std::clamp(h->sectionSize(c) + 12, 60, 360));
        // Where the columns would run past a visible table's right edge, narrow the widest ones first (not below
        // 180 px; the cell's tooltip and the copy still carry the whole text), so more of them show.
        const int available = view->isVisible() ? view->viewport()->width() : 0;
        int cap = 360;
        const auto total = [&widths](int limit) {
            int sum = 0;
            for (int w : widths)
                sum += std::min(w, limit);
            return sum;
        };
        while (available > 0 && cap > 180 && total(cap) > available)
            cap -= 10;
        for (int c = 0; c < h->count(); ++c)
            if (!view->isColumnHidden(c))
                h->resizeSection(c, std::min(widths[c], cap));
    };
    new ShowWatcher(view, fit);
    auto attach = [view, memory, fit] {
        QAbstractItemModel *model = view->model();
        if (!model || memory->model == model)
            return;
        memory->model = model;
        QObject::connect(model, &QAbstractItemModel::modelReset, view, fit);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, view, fit);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, view, fit);
        QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, view, [view, memory] {
            memory->keys.clear();
            if (auto *sel = view->selectionModel()) {
                const auto rows = sel->selectedRows();
                for (const QModelIndex &i : rows)
                    memory->keys << i.data(KeyRole).toString();
                memory->current = sel->currentIndex().data(KeyRole).toString();
            }
            memory->scroll = view->verticalScrollBar()->value();
        });
        QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, memory] {
            QAbstractItemModel *m = view->model();
            auto *sel = view->selectionModel();
            if (!m || !sel || (memory->keys.isEmpty() && memory->current.isEmpty()))
                return;
            QItemSelection selection;
            QModelIndex current;
            for (int r = 0; r < m->rowCount(); ++r) {
                const QModelIndex i = m->index(r, 0);
                const QString key = i.data(KeyRole).toString();
                if (memory->keys.contains(key))
                    selection.select(i, m->index(r, m->columnCount() - 1));
                if (key == memory->current)
                    current = i;
            }
            if (current.isValid())
                sel->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
            sel->select(selection, QItemSelectionModel::ClearAndSelect);
            view->verticalScrollBar()->setValue(memory->scroll);
        });
    };
    attach();
    // Views get their model after setup in some pages; hook up then.
    QObject::connect(header, &QHeaderView::sectionCountChanged, view, attach);
}

QTableView *makeSortedTable(QAbstractItemModel *model, const QString &settingsKey, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    setupTableView(view, settingsKey);
    return view;
}

void onRoomChanged(QWidget *page, std::function<void(int width)> fn)
{
    new RoomWatcher(page, std::move(fn));
}

QStringList selectedKeys(QTableView *view)
{
    QStringList keys;
    if (!view->selectionModel())
        return keys;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        keys << index.data(KeyRole).toString();
    return keys;
}

} // namespace hd
