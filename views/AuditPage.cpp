#include "AuditPage.h"

#include "AuditModel.h"
#include "Channels.h"
#include "Database.h"
#include "Deliver.h"
#include "TableSupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {

AuditPage::AuditPage(Database *db, QWidget *parent)
    : Page(db, parent), m_model(new AuditModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_user(new QComboBox(this)), m_action(new QComboBox(this)),
      m_target(new QLineEdit(this)), m_summary(new QLabel(this)), m_chain(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("audit"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditModel::Time, Qt::DescendingOrder);
    setupTableView(m_view, QStringLiteral("audit/list"));
    auto *copyJson = new QAction(tr("Copy details as &JSON"), m_view);
    connect(copyJson, &QAction::triggered, this, [this] {
        QStringList lines;
        for (const QModelIndex &row : m_view->selectionModel()->selectedRows(AuditModel::Details))
            lines << row.data(Qt::ToolTipRole).toString();
        if (!lines.isEmpty())
            QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    });
    m_view->addAction(copyJson);
    m_user->addItem(tr("Any user"), QString());
    m_action->addItem(tr("Any action"), QString());
    m_target->setPlaceholderText(tr("Target contains… (order ID, site, appliance)"));
    m_target->setClearButtonEnabled(true);
    m_target->setMinimumWidth(180);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });

    // The summary has a row of its own and wraps, and the filters share the next: one row would widen the page
    // past a small screen.
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_target, 1);
    top->addWidget(m_user);
    top->addWidget(m_action);
    top->addWidget(exportButton);
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *verify = new QPushButton(tr("&Verify chain"), this);
    verify->setToolTip(tr("Recompute every row's hash and check every signed row's signature"));
    connect(verify, &QPushButton::clicked, this, [this] { checkChain(); });
    auto *chainRow = new QHBoxLayout;
    chainRow->addWidget(m_chain, 1);
    chainRow->addWidget(verify);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(top);
    layout->addLayout(chainRow);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::reload);
    connect(m_target, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_model, &AuditModel::loaded, this, [this] {
        m_loadedOnce = true;
        const int n = m_model->rowCount();
        m_summary->setText(n == 1 ? tr("<b>1 entry</b> in the period") : tr("<b>%1 entries</b> in the period").arg(n));
        emit dataShown();
    });
    connect(m_model, &AuditModel::loadFailed, this, &Page::loadFailed);
    m_summary->setText(tr("Loading…"));
}

QStringList AuditPage::channels() const
{
    // Every order issued or cancelled writes an audit row in the same transaction.
    return {Channel::orders()};
}

void AuditPage::setScope(const Scope &scope)
{
    m_scope = scope;
    loadChoices();
    reload();
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.user = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    f.target = m_target->text().trimmed();
    f.from = m_scope.from;
    f.to = m_scope.to;
    return f;
}

void AuditPage::reload()
{
    m_model->reload(*m_db, filter());
    // The whole log is walked: at most every half minute on live changes.
    if (!m_chainCheckedAt.isValid() || m_chainCheckedAt.secsTo(QDateTime::currentDateTimeUtc()) >= 30)
        checkChain();
}

QCoro::Task<> AuditPage::checkChain()
{
    m_chainCheckedAt = QDateTime::currentDateTimeUtc();
    m_chain->setText(tr("Checking the audit chain…"));
    auto walk = [](Session &s) { return Audit::verifyChain(s); };
    auto show = [&](const AuditChainCheck &c) {
        if (c.holds()) {
            m_chain->setStyleSheet(QStringLiteral("color: #2e7d32;"));
            m_chain->setText(tr("✔ The audit chain holds: %1 rows linked by their hashes, %2 of them carrying their "
                                "actor's signature, checked against the database's keys (healdesk audit verify --trust "
                                "checks them against the fleet's trust file); %3 from before the chain began.")
                                 .arg(c.chained)
                                 .arg(c.signedRows)
                                 .arg(c.beforeChain));
            m_chain->setToolTip(tr("Head SHA-256 %1: note it down; healdesk audit verify --head checks it is still "
                                   "there")
                                    .arg(c.head));
        } else {
            m_chain->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
            m_chain->setText(tr("✘ The audit chain is broken at row %1: %2").arg(c.brokenAt).arg(c.problem));
            m_chain->setToolTip({});
        }
    };
    auto fail = [&](const Error &e) { m_chain->setText(tr("The audit chain could not be checked: %1").arg(e.message())); };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(walk)), std::move(show), std::move(fail));
    co_await done;
}

bool AuditPage::hasData() const
{
    return m_loadedOnce;
}

QCoro::Task<> AuditPage::loadChoices()
{
    auto fetch = [](Session &s) { return Audit::choices(s); };
    auto show = [&](const auto &found) {
        const auto &[users, actions] = found;
        auto refill = [](QComboBox *box, const QStringList &values) {
            const QString current = box->currentData().toString();
            const QSignalBlocker block(box);
            while (box->count() > 1)
                box->removeItem(1);
            for (const QString &v : values)
                box->addItem(v, v);
            const int index = box->findData(current);
            box->setCurrentIndex(index < 0 ? 0 : index);
        };
        refill(m_user, users);
        refill(m_action, actions);
    };
    auto fail = [&](const Error &e) { emit loadFailed(e.toString()); };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show), std::move(fail));
    co_await done;
}

QCoro::Task<> AuditPage::exportCsv(QString path)
{
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export audit log"), QStringLiteral("healdesk-audit.csv"),
                                            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            co_return;
    }
    m_summary->setText(tr("Exporting…"));
    auto show = [&](const qint64 &rows) {
        m_summary->setText(tr("Exported %1 to %2").arg(rows == 1 ? tr("1 entry") : tr("%1 entries").arg(rows), path));
        emit exported(rows, path);
    };
    auto fail = [&](const Error &e) {
        m_summary->setText(e.message());
        emit loadFailed(e.toString());
    };
    QCoro::Task<bool> done = deliver(this, Audit::exportCsv(*m_db, filter(), path), std::move(show), std::move(fail));
    co_await done;
}

} // namespace hd
