#include "OrdersPage.h"

#include "Format.h"

#include "Channels.h"
#include "Database.h"
#include "Deliver.h"
#include "OrderModel.h"
#include "TableSupport.h"

#include <QComboBox>
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

OrdersPage::OrdersPage(Database *db, QWidget *parent)
    : Page(db, parent), m_model(new OrderModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_status(new QComboBox(this)),
      m_cancel(new QPushButton(tr("&Cancel order…"), this)), m_summary(new QLabel(this))
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
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_status);
    top->addWidget(issue);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

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
    m_model->reload(*m_db, m_status->currentData().toString());
}

bool OrdersPage::hasData() const
{
    return m_loadedOnce;
}

void OrdersPage::updateButtons()
{
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
    const QString question = tr("Why cancel %n order(s)? (goes into the audit log)", nullptr, int(ids.size()));
    QString label = question;
    QString reason;
    for (;;) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Cancel orders"), label, QLineEdit::Normal, reason, &ok);
        if (!ok)
            co_return;
        try {
            Orders::checkCancelReason(reason);
            break;
        } catch (const Error &e) {
            label = e.message() + QStringLiteral("\n\n") + question;
        }
    }
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
