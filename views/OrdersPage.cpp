#include "OrdersPage.h"

#include "Format.h"

#include "Channels.h"
#include "Database.h"
#include "Deliver.h"
#include "OrderDetailDialog.h"
#include "OrderModel.h"
#include "TableSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QUuid>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hd {

namespace {

// A batch's targets as one bar: completed, failed, expired, pending and cancelled in their colours, the count over it.
class BatchProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
        const QVariantList counts = index.data(BatchModel::CountsRole).toList();
        int total = 0;
        for (const QVariant &c : counts)
            total += c.toInt();
        const QRect bar = option.rect.adjusted(4, 4, -4, -4);
        if (total <= 0 || bar.width() <= 0)
            return;
        // Light shades, so the count written over them reads in dark text whatever the segment.
        static const QColor colours[] = {QColor(0xa5, 0xd6, 0xa7), QColor(0xef, 0x9a, 0x9a), QColor(0xff, 0xcc, 0x80),
                                         QColor(0xbb, 0xde, 0xfb), QColor(0xe0, 0xe0, 0xe0)};
        painter->save();
        int x = bar.left();
        int done = 0;
        for (int i = 0; i < counts.size() && i < 5; ++i) {
            done += counts[i].toInt();
            const int right = bar.left() + int(qint64(bar.width()) * done / total);
            if (right > x)
                painter->fillRect(QRect(x, bar.top(), right - x, bar.height()), colours[i]);
            x = right;
        }
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawRect(bar.adjusted(0, 0, -1, -1));
        painter->setPen(QColor(0x21, 0x21, 0x21));
        painter->drawText(bar, Qt::AlignCenter, index.data().toString());
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setWidth(std::max(s.width(), 200));
        return s;
    }
};

} // namespace

OrdersPage::OrdersPage(Database *db, QWidget *parent)
    : Page(db, parent), m_model(new OrderModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_status(new QComboBox(this)),
      m_cancel(new QPushButton(tr("&Cancel order…"), this)), m_summary(new QLabel(this)),
      m_batches(new BatchModel(this)),
      m_batchView(makeSortedTable(m_batches, QStringLiteral("orders/batches"), this)),
      m_stack(new QStackedWidget(this)), m_grouped(new QCheckBox(tr("&Group by batch"), this)),
      m_retry(new QPushButton(tr("Re&try failed and expired"), this)),
      m_cancelRest(new QPushButton(tr("Cancel the re&st…"), this)), m_notice(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("orders"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrderModel::Issued, Qt::DescendingOrder);
    setupTableView(m_view, QStringLiteral("orders/list"));

    m_status->addItem(tr("All statuses"), QString());
    for (const QString &s : Orders::statuses())
        m_status->addItem(format::storedValue(s), s);
    auto *issue = new QPushButton(tr("&Run runbook…"), this);
    issue->setToolTip(tr("Issue a runbook order (Ctrl+R)"));
    connect(issue, &QPushButton::clicked, this, &OrdersPage::issueRequested);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSelected(); });

    // The summary wraps: on a small screen one long line would widen the page past the window.
    m_summary->setWordWrap(true);
    // Grouped by batch: each issue to several appliances, its targets' statuses as a bar.
    m_batchView->setObjectName(QStringLiteral("batches"));
    m_batchView->setItemDelegateForColumn(BatchModel::Progress, new BatchProgressDelegate(m_batchView));
    m_batchView->sortByColumn(BatchModel::Issued, Qt::DescendingOrder);
    m_grouped->setObjectName(QStringLiteral("groupByBatch"));
    m_grouped->setToolTip(tr("One row per issue to several appliances, with the progress of its targets"));
    m_retry->setObjectName(QStringLiteral("retryBatch"));
    m_retry->setToolTip(tr("New orders to exactly the targets whose latest order failed or expired, in the same batch"));
    m_cancelRest->setObjectName(QStringLiteral("cancelRest"));
    m_cancelRest->setToolTip(tr("Cancel the batch's orders that have not started"));
    connect(m_retry, &QPushButton::clicked, this, [this] { retrySelectedBatch(); });
    connect(m_cancelRest, &QPushButton::clicked, this, [this] { cancelRestOfSelectedBatch(); });
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_batchView);
    m_notice->setObjectName(QStringLiteral("ordersNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_status);
    top->addWidget(issue);
    // The summary and the actions take two rows: one long line would widen the page past an 800x600 window.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_grouped);
    actions->addStretch(1);
    actions->addWidget(m_cancel);
    actions->addWidget(m_retry);
    actions->addWidget(m_cancelRest);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    connect(m_grouped, &QCheckBox::toggled, this, &OrdersPage::setGroupedByBatch);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(KeyRole).toString();
        if (!id.isEmpty())
            openDetail(id);
    });
    connect(m_batchView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPage::updateButtons);
    connect(m_batches, &BatchModel::loaded, this, [this] {
        // The first rows shown: each column as wide as its contents, the bar wide enough to read.
        if (!m_batchesFitted && m_batches->rowCount() > 0 && m_batchView->isVisible()) {
            m_batchesFitted = true;
            m_batchView->resizeColumnsToContents();
            m_batchView->setColumnWidth(BatchModel::Progress, 220);
        }
        m_summary->setText(tr("<b>%n batch(es)</b> of orders to several appliances", nullptr, m_batches->rowCount()));
        updateButtons();
        emit dataShown();
    });
    connect(m_batches, &BatchModel::loadFailed, this, &Page::loadFailed);
    m_retry->setVisible(false);
    m_cancelRest->setVisible(false);

    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersPage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPage::updateButtons);
    connect(m_model, &OrderModel::loaded, this, [this] {
        m_loadedOnce = true;
        QMap<QString, int> counts;
        for (const OrderRow &r : m_model->rows())
            ++counts[r.displayStatus()];
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        m_summary->setText(tr("<b>%n order(s)</b>", nullptr, int(m_model->rowCount())) +
                           (parts.isEmpty() ? QString() : QStringLiteral(" — ") + parts.join(QStringLiteral(", "))));
        updateButtons();
        emit dataShown();
    });
    connect(m_model, &OrderModel::loadFailed, this, &Page::loadFailed);
    m_summary->setText(tr("Loading…"));
}

QStringList OrdersPage::channels() const
{
    return {Channel::orders()};
}

void OrdersPage::setScope(const Scope &)
{
    // Orders are shown for the whole fleet the login may see; newest first.
    reload();
}

void OrdersPage::reload()
{
    if (groupedByBatch())
        m_batches->reload(*m_db);
    else
        m_model->reload(*m_db, m_status->currentData().toString());
}

void OrdersPage::setGroupedByBatch(bool grouped)
{
    if (m_grouped->isChecked() != grouped)
        m_grouped->setChecked(grouped); // toggled() comes back here
    m_stack->setCurrentIndex(grouped ? 1 : 0);
    m_status->setVisible(!grouped);
    m_cancel->setVisible(!grouped);
    m_retry->setVisible(grouped);
    m_cancelRest->setVisible(grouped);
    reload();
}

bool OrdersPage::groupedByBatch() const
{
    return m_stack->currentIndex() == 1;
}

QString OrdersPage::selectedBatch() const
{
    const QModelIndexList rows = m_batchView->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(KeyRole).toString() : QString();
}

void OrdersPage::notice(const QString &message, bool bad)
{
    m_notice->setStyleSheet(bad ? QStringLiteral("color:#c62828") : QString());
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

OrderDetailDialog *OrdersPage::openDetail(const QString &orderId)
{
    auto *dialog = new OrderDetailDialog(m_db, orderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderDetailDialog::openIncident, this, [this, dialog](const QString &id) {
        dialog->close();
        emit openIncident(id);
    });
    dialog->open();
    dialog->load();
    return dialog;
}

QCoro::Task<> OrdersPage::retrySelectedBatch()
{
    const QString batch = selectedBatch();
    if (batch.isEmpty())
        co_return;
    // Made before the first attempt, so a retry after a broken connection names the same orders.
    const QString base = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QModelIndexList rows = m_batchView->selectionModel()->selectedRows();
    const int targets = rows.first().siblingAtColumn(BatchModel::Failed).data().toInt() +
                        rows.first().siblingAtColumn(BatchModel::Expired).data().toInt();
    // A disruptive runbook asks again, as a first order does: whoever retries decides.
    bool confirmed = false;
    if (rows.first().data(BatchModel::DisruptiveRole).toBool()) {
        confirmed = QMessageBox::warning(this, tr("Disruptive runbook"),
                                         tr("%1 is disruptive: it may restart services or interrupt work.\n\n"
                                            "Run it again on %n appliance(s)?",
                                            nullptr, targets)
                                             .arg(rows.first().siblingAtColumn(BatchModel::Runbook).data().toString()),
                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        if (!confirmed)
            co_return;
    }
    auto work = [batch, base, confirmed](Session &s) { return Orders::retry(s, batch, true, true, base, confirmed); };
    auto show = [&](const QList<IssuedOrder> &issued) {
        notice(tr("%n order(s) issued again to the failed and expired targets.", nullptr, int(issued.size())), false);
        reload();
    };
    auto fail = [&](const Error &e) { notice(e.message(), true); };
    QCoro::Task<bool> done = deliver(this, m_db->submitWrite(std::move(work)), std::move(show), std::move(fail));
    co_await done;
}

QCoro::Task<> OrdersPage::cancelRestOfSelectedBatch()
{
    const QString batch = selectedBatch();
    if (batch.isEmpty())
        co_return;
    const QModelIndexList rows = m_batchView->selectionModel()->selectedRows();
    const std::optional<QString> reason =
        askCancelReason(rows.isEmpty() ? 0 : rows.first().data(BatchModel::CancellableRole).toInt());
    if (!reason)
        co_return;
    auto work = [batch, why = *reason](Session &s) { return Orders::cancelRest(s, batch, why); };
    auto show = [&](int cancelled) {
        notice(tr("%n order(s) of the batch cancelled.", nullptr, cancelled), false);
        reload();
    };
    auto fail = [&](const Error &e) { notice(e.message(), true); };
    QCoro::Task<bool> done = deliver(this, m_db->submitWrite(std::move(work)), std::move(show), std::move(fail));
    co_await done;
}

std::optional<QString> OrdersPage::askCancelReason(int orders)
{
    const QString question = tr("Why cancel %n order(s)? (goes into the audit log)", nullptr, orders);
    QString label = question;
    QString reason;
    for (;;) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Cancel orders"), label, QLineEdit::Normal, reason, &ok);
        if (!ok)
            return std::nullopt;
        try {
            Orders::checkCancelReason(reason);
            return reason;
        } catch (const Error &e) {
            label = e.message() + QStringLiteral("\n\n") + question;
        }
    }
}

bool OrdersPage::hasData() const
{
    return m_loadedOnce;
}

void OrdersPage::updateButtons()
{
    const QModelIndexList batchRows = m_batchView->selectionModel()->selectedRows();
    const bool oneBatch = batchRows.size() == 1;
    m_retry->setEnabled(oneBatch && batchRows.first().data(StatusRole).toString() == QLatin1String("retryable"));
    m_cancelRest->setEnabled(oneBatch && batchRows.first().data(BatchModel::CancellableRole).toInt() > 0);
    bool anyPending = false;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        anyPending = anyPending || i.data(StatusRole).toString() == QLatin1String("pending") ||
                     i.data(StatusRole).toString() == QLatin1String("held");
    m_cancel->setEnabled(anyPending);
}

QCoro::Task<> OrdersPage::cancelSelected()
{
    QStringList ids;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        if (i.data(StatusRole).toString() == QLatin1String("pending") ||
            i.data(StatusRole).toString() == QLatin1String("held"))
            ids << i.data(KeyRole).toString();
    if (ids.isEmpty())
        co_return;
    // A reason is required: OK without one asks again, saying why (the same sentence as the command line's).
    const std::optional<QString> asked = askCancelReason(int(ids.size()));
    if (!asked)
        co_return;
    const QString reason = *asked;
    auto work = [ids, reason](Session &s) {
        QStringList failures;
        for (const QString &id : ids) {
            try {
                Orders::cancel(s, id, reason);
            } catch (const Error &e) {
                if (e.code() != Error::Code::Refused)
                    throw;
                failures << e.message();
            }
        }
        return failures;
    };
    auto show = [&](const QStringList &failures) {
        if (!failures.isEmpty())
            QMessageBox::warning(this, tr("Some orders were not cancelled"), failures.join(QLatin1Char('\n')));
        reload();
    };
    auto fail = [&](const Error &e) { emit loadFailed(e.toString()); };
    QCoro::Task<bool> done = deliver(this, m_db->submitWrite(std::move(work)), std::move(show), std::move(fail));
    co_await done;
}

} // namespace hd
