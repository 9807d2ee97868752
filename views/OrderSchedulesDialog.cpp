#include "OrderSchedulesDialog.h"

#include "AdminSupport.h"
#include "Clock.h"
#include "Database.h"
#include "Fleet.h"
#include "Format.h"
#include "HealthModels.h"
#include "TableSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace hd {

namespace {

// "Sun 6 Dec 02:00 clinic time (Sat 5 Dec 23:00 yours)".
QString bothClocks(const QDateTime &t, const QString &zone)
{
    if (!t.isValid())
        return {};
    const QLocale locale;
    const QTimeZone clinic(zone.toUtf8());
    const QString there = locale.toString(t.toTimeZone(clinic.isValid() ? clinic : QTimeZone::utc()),
                                          QStringLiteral("ddd d MMM HH:mm"));
    const QString here = locale.toString(t.toLocalTime(), QStringLiteral("ddd d MMM HH:mm"));
    return there == here ? OrderSchedulesDialog::tr("%1 clinic time").arg(there)
                         : OrderSchedulesDialog::tr("%1 clinic time (%2 yours)").arg(there, here);
}

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("released"))
        return OrderSchedulesDialog::tr("released");
    if (state == QLatin1String("missed"))
        return OrderSchedulesDialog::tr("missed");
    if (state == QLatin1String("refused"))
        return OrderSchedulesDialog::tr("refused");
    return state;
}

} // namespace

OrderSchedulesDialog::OrderSchedulesDialog(Database *db, QWidget *parent)
    : QDialog(parent), m_db(db), m_model(new HealthItemModel(this)),
      m_view(makeSortedTable(m_model, QStringLiteral("orders/schedules"), this)), m_batches(new HealthItemModel(this)),
      m_batchView(makeSortedTable(m_batches, QStringLiteral("orders/batches"), this)), m_site(new QComboBox(this)),
      m_runbook(new QComboBox(this)), m_recurrence(new QComboBox(this)), m_at(new QTimeEdit(QTime(2, 0), this)),
      m_day(new QSpinBox(this)), m_params(new QLineEdit(QStringLiteral("{}"), this)), m_reason(new QLineEdit(this)),
      m_confirm(new QCheckBox(tr("The runbook may be &disruptive: run it unattended"), this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Recurring orders"));
    m_model->setHeaders({tr("Schedule"), tr("Site"), tr("Runbook"), tr("When"), tr("Appliances"), tr("Next"),
                         tr("Last batch"), tr("Reason"), tr("Made by")});
    m_batches->setHeaders({tr("Batch"), tr("Occurrence"), tr("State"), tr("Orders"), tr("Note")});
    const QList<int> widths{64, 160, 120, 210, 110, 330, 200};
    for (int i = 0; i < widths.size(); ++i)
        m_view->horizontalHeader()->resizeSection(i, widths[i]);
    m_batchView->horizontalHeader()->resizeSection(1, 260);
    m_batchView->horizontalHeader()->resizeSection(3, 320);

    m_recurrence->addItem(tr("at the start of each maintenance window"), QStringLiteral("window"));
    m_recurrence->addItem(tr("every day"), QStringLiteral("daily"));
    m_recurrence->addItem(tr("every month on day"), QStringLiteral("monthly"));
    m_recurrence->setCurrentIndex(1);
    m_at->setDisplayFormat(QStringLiteral("HH:mm"));
    m_day->setRange(1, 31);
    m_day->setToolTip(tr("Past a short month's end, its last day"));
    auto *atLabel = new QLabel(tr("at"), this);
    auto *clinicLabel = new QLabel(tr("clinic time"), this);
    auto shape = [this, atLabel, clinicLabel] {
        const QString r = m_recurrence->currentData().toString();
        for (QWidget *w : std::initializer_list<QWidget *>{m_at, atLabel, clinicLabel})
            w->setVisible(r != QLatin1String("window"));
        m_day->setVisible(r == QLatin1String("monthly"));
    };
    connect(m_recurrence, &QComboBox::currentIndexChanged, this, shape);
    shape();
    m_reason->setPlaceholderText(tr("Why (required): every order of every batch carries it"));
    m_params->setToolTip(tr("The runbook's parameters, a JSON object"));

    auto *when = new QHBoxLayout;
    when->addWidget(m_recurrence);
    when->addWidget(m_day);
    when->addWidget(atLabel);
    when->addWidget(m_at);
    when->addWidget(clinicLabel);
    when->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Runbook:"), m_runbook);
    form->addRow(tr("When:"), when);
    form->addRow(tr("&Parameters:"), m_params);
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(QString(), m_confirm);
    auto *add = new QPushButton(tr("&Add schedule"), this);
    connect(add, &QPushButton::clicked, this, [this] { addSchedule(formSchedule(), m_confirm->isChecked()); });
    form->addRow(QString(), add);
    auto *newSchedule = new QGroupBox(tr("New recurring order (every appliance the site has at each occurrence)"), this);
    newSchedule->setLayout(form);

    auto *pause = new QPushButton(tr("&Pause"), this);
    auto *resume = new QPushButton(tr("Res&ume"), this);
    auto *remove = new QPushButton(tr("Re&move…"), this);
    connect(pause, &QPushButton::clicked, this, [this] { pauseSelected(true); });
    connect(resume, &QPushButton::clicked, this, [this] { pauseSelected(false); });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { loadBatches(); });

    auto *intro = new QLabel(tr("The worker releases each occurrence as a batch: one order per appliance, signed with "
                                "its service key, naming the schedule and who made it. A disruptive runbook outside "
                                "the site's windows is held until one opens. Occurrences no worker released within "
                                "the hour (a window's: while it is open) are recorded as missed, not run late."),
                             this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_batchView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(pause, QDialogButtonBox::ActionRole);
    buttons->addButton(resume, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(newSchedule);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 760);
    loadChoices();
    reload();
}

OrderSchedule OrderSchedulesDialog::formSchedule() const
{
    OrderSchedule s;
    s.siteId = m_site->currentData().toString();
    s.runbookId = m_runbook->currentData().toString();
    s.recurrence = m_recurrence->currentData().toString();
    if (s.recurrence != QLatin1String("window"))
        s.atTime = m_at->time();
    if (s.recurrence == QLatin1String("monthly"))
        s.dayOfMonth = m_day->value();
    s.parameters = m_params->text().trimmed().isEmpty() ? QStringLiteral("{}") : m_params->text();
    s.reason = m_reason->text();
    return s;
}

QCoro::Task<> OrderSchedulesDialog::loadChoices()
{
    struct Found
    {
        QList<NamedId> sites;
        QList<RunbookChoice> runbooks;
    };
    auto fetch = [](Session &s) { return Found{Fleet::allSites(s), Orders::runbookChoices(s)}; };
    auto show = [this](const Found &f) {
        m_site->clear();
        for (const NamedId &s : f.sites)
            m_site->addItem(tr("%1 (%2)").arg(s.name, s.id), s.id);
        fillRunbooks(m_runbook, f.runbooks);
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

QCoro::Task<> OrderSchedulesDialog::reload()
{
    auto fetch = [](Session &s) { return OrderSchedules::list(s, Clock::now(s)); };
    auto show = [this](const QList<OrderSchedule> &rows) {
        QList<HealthItem> items;
        for (const OrderSchedule &s : rows) {
            const QString next = s.paused() ? tr("paused since %1").arg(format::dateTime(s.pausedAt))
                                 : s.nextAt.isValid() ? bothClocks(s.nextAt, s.timeZone)
                                                      : tr("no window ahead");
            const QString last = s.lastAt.isValid()
                                     ? tr("%1, %2 (%n order(s))", nullptr, s.lastOrders)
                                           .arg(bothClocks(s.lastAt, s.timeZone), stateLabel(s.lastState))
                                     : tr("none yet");
            items << HealthItem{QString::number(s.id),
                                {QString::number(s.id), s.siteName, s.runbookId,
                                 tr("%1 (%2)").arg(s.describe(), s.timeZone),
                                 s.applianceIds.isEmpty() ? tr("all, as the site has them")
                                                          : tr("%n named", nullptr, int(s.applianceIds.size())),
                                 next, last, s.reason, s.createdBy}};
        }
        m_model->setRows(items);
        if (!rows.isEmpty() && !m_view->selectionModel()->hasSelection())
            m_view->selectRow(0);
        if (rows.isEmpty())
            m_status->setText(tr("No recurring orders yet. Add one below, or with healdesk order schedule add."));
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    if (co_await done) {
        QCoro::Task<> batches = loadBatches();
        co_await batches;
    }
}

QCoro::Task<> OrderSchedulesDialog::loadBatches()
{
    const QStringList ids = selectedKeys(m_view);
    if (ids.isEmpty()) {
        m_batches->setRows({});
        co_return;
    }
    const qint64 id = ids.first().toLongLong();
    auto fetch = [id](Session &s) { return OrderSchedules::batches(s, id); };
    auto show = [this](const QList<OrderBatch> &rows) {
        QList<HealthItem> items;
        for (const OrderBatch &b : rows) {
            items << HealthItem{QString::number(b.id),
                                {QString::number(b.id), format::dateTime(b.occurrenceAt), stateLabel(b.state),
                                 b.orderIds.join(QStringLiteral(", ")), b.note}};
        }
        m_batches->setRows(items);
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

template <typename Fn> QCoro::Task<> OrderSchedulesDialog::change(Fn fn)
{
    QCoro::Task<bool> applying = applyChange(this, m_db, m_status, std::move(fn));
    if (co_await applying) {
        QCoro::Task<> again = reload();
        co_await again;
    }
}

QCoro::Task<> OrderSchedulesDialog::addSchedule(OrderSchedule schedule, bool confirmDisruptive)
{
    auto fn = [schedule, confirmDisruptive](Session &s) {
        const qint64 id = OrderSchedules::add(s, schedule, confirmDisruptive);
        return tr("Added schedule %1; the worker releases its occurrences.").arg(id);
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

QCoro::Task<> OrderSchedulesDialog::pauseSelected(bool paused)
{
    const QStringList ids = selectedKeys(m_view);
    if (ids.isEmpty()) {
        m_status->setText(tr("Select the schedules first."));
        co_return;
    }
    auto fn = [ids, paused](Session &s) {
        for (const QString &id : ids)
            OrderSchedules::setPaused(s, id.toLongLong(), paused);
        return paused ? tr("Paused %n schedule(s).", nullptr, int(ids.size()))
                      : tr("Resumed %n schedule(s) from now on.", nullptr, int(ids.size()));
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

QCoro::Task<> OrderSchedulesDialog::removeSelected()
{
    const QStringList ids = selectedKeys(m_view);
    if (ids.isEmpty()) {
        m_status->setText(tr("Select the schedules first."));
        co_return;
    }
    if (QMessageBox::question(this, tr("Remove recurring orders"),
                              tr("Remove %n schedule(s)? Their batches stay on record; orders already written are not "
                                 "cancelled.",
                                 nullptr, int(ids.size()))) != QMessageBox::Yes)
        co_return;
    auto fn = [ids](Session &s) {
        for (const QString &id : ids)
            OrderSchedules::remove(s, id.toLongLong());
        return tr("Removed %n schedule(s).", nullptr, int(ids.size()));
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

} // namespace hd
