#include "QueuePage.h"

#include "Channels.h"
#include "Database.h"
#include "Deliver.h"
#include "Fleet.h"
#include "IncidentDesk.h"
#include "IncidentsPage.h"
#include "QueueModel.h"
#include "Settings.h"
#include "Slas.h"
#include "TableSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {

QueuePage::QueuePage(Database *db, QWidget *parent)
    : Page(db, parent), m_model(new QueueModel(this)), m_view(makeSortedTable(m_model, QStringLiteral("queue/columns"), this)),
      m_detail(new QTextBrowser(this)), m_owner(new QComboBox(this)), m_count(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_minute(new QTimer(this)),
      m_desk(new IncidentDesk(db, m_view, QueueModel::LastEventRole, this))
{
    m_view->setObjectName(QStringLiteral("queue"));
    // The queue's own order (breached first, then severity, then age) until the technician sorts by a column.
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_owner->setObjectName(QStringLiteral("queueOwner"));
    m_owner->addItem(tr("All that need a person"), QString());
    m_owner->addItem(tr("Mine"), QStringLiteral("@me"));
    m_owner->addItem(tr("Unassigned"), QStringLiteral("@none"));
    const int saved = m_owner->findData(Settings().queueOwner());
    m_owner->setCurrentIndex(saved < 0 ? 0 : saved);
    auto *ownerLabel = new QLabel(tr("Sho&w:"), this);
    ownerLabel->setBuddy(m_owner);
    m_count->setObjectName(QStringLiteral("queueCount"));

    // The actions as buttons too: the desk's daily work should not hide in a context menu. Narrow (an 800x600
    // screen), they take two rows.
    auto *buttons = new QGridLayout;
    QList<QPushButton *> actionButtons;
    for (QAction *action : {m_desk->action(IncidentActionKind::Acknowledge), m_desk->action(IncidentActionKind::Assign),
                            m_desk->action(IncidentActionKind::Note), m_desk->action(IncidentActionKind::Resolve),
                            m_desk->runAction()}) {
        auto *button = new QPushButton(action->text(), this);
        button->setObjectName(QStringLiteral("queue-") + action->objectName());
        button->setToolTip(action->shortcut().isEmpty()
                               ? QString()
                               : tr("%1 (%2)").arg(QString(action->text()).remove(QLatin1Char('&')),
                                                   action->shortcut().toString(QKeySequence::NativeText)));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        actionButtons << button;
    }
    auto *slas = new QPushButton(tr("SLA &hours…"), this);
    slas->setObjectName(QStringLiteral("queueSlas"));
    slas->setToolTip(tr("How long an open incident of each severity may wait, for the fleet and per partner"));
    connect(slas, &QPushButton::clicked, this, [this] { openSlaDialog(); });
    actionButtons << slas;

    m_detail->setObjectName(QStringLiteral("queueDetail"));
    m_detail->setOpenLinks(false);
    m_desk->setDetailView(m_detail);
    m_detail->setHtml(tr("<p style='color:gray'>Select an incident to see its timeline.</p>"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 480});
    m_splitter->restoreState(Settings().splitterState(QStringLiteral("queue")));
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Settings().setSplitterState(QStringLiteral("queue"), m_splitter->saveState()); });

    auto *top = new QHBoxLayout;
    top->addWidget(ownerLabel);
    top->addWidget(m_owner);
    top->addSpacing(12);
    top->addWidget(m_count, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_desk->noticeLabel());
    layout->addWidget(m_splitter, 1);
    // Narrow (an 800x600 screen), the buttons take two rows and the timeline goes under the list.
    onRoomChanged(this, [this, buttons, actionButtons](int width) {
        const bool narrow = width < 760;
        m_splitter->setOrientation(narrow ? Qt::Vertical : Qt::Horizontal);
        for (QPushButton *b : actionButtons)
            buttons->removeWidget(b);
        for (int c = 0; c < buttons->columnCount(); ++c)
            buttons->setColumnStretch(c, 0);
        const int perRow = narrow ? 3 : int(actionButtons.size()) + 1;
        for (int i = 0; i < actionButtons.size(); ++i) {
            // Wide, the SLA button stands apart at the right end.
            const int column = !narrow && i == actionButtons.size() - 1 ? perRow : i % perRow;
            buttons->addWidget(actionButtons[i], narrow ? i / perRow : 0, column);
        }
        buttons->setColumnStretch(narrow ? perRow : perRow - 1, 1);
    });

    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        Settings().setQueueOwner(m_owner->currentData().toString());
        reload();
    });
    connect(m_desk, &IncidentDesk::applied, this, [this] { reload(); });
    connect(m_model, &QueueModel::loaded, this, [this] {
        m_loaded = true;
        updateCount();
        if (!m_view->selectionModel()->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->selectRow(0);
        if (m_model->rowCount() == 0) {
            m_desk->clearDetail(tr("<p style='color:gray'>Nothing waits for a person here.</p>"));
        } else if (!m_desk->detailId().isEmpty()) {
            m_desk->showDetail(m_desk->detailId());
        }
        emit queueCounted(m_model->rowCount());
        emit dataShown();
    });
    connect(m_model, &QueueModel::loadFailed, this, &Page::loadFailed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(KeyRole).toString();
                if (!id.isEmpty() && id != m_desk->detailId())
                    m_desk->showDetail(id);
            });
    connect(m_view, &QTableView::doubleClicked, this, [this] { m_desk->action(IncidentActionKind::Acknowledge)->trigger(); });
    // Deadlines pass with no change in the database: once a minute the queue is read again while it is shown.
    m_minute->setInterval(60 * 1000);
    connect(m_minute, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_minute->start();
}

QStringList QueuePage::channels() const
{
    return {Channel::incidents(), Channel::telemetry()};
}

void QueuePage::setScope(const Scope &scope)
{
    m_scope = scope;
    reload();
}

void QueuePage::reload()
{
    IncidentFilter filter;
    filter.scope = m_scope;
    // The queue is now: the period chosen for the figures does not hide an old incident still waiting.
    filter.scope.from = {};
    filter.scope.to = {};
    filter.owner = m_owner->currentData().toString();
    m_model->reload(*m_db, filter);
}

void QueuePage::updateCount()
{
    const QLocale locale;
    const int breached = m_model->breachedCount();
    const int n = m_model->rowCount();
    m_count->setText(breached > 0 ? tr("%n incident(s) need a person, %1 past their SLA", nullptr, n)
                                        .arg(locale.toString(breached))
                                  : tr("%n incident(s) need a person", nullptr, n));
}

SlaDialog *QueuePage::openSlaDialog()
{
    auto *dialog = new SlaDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->load();
    return dialog;
}

SlaDialog::SlaDialog(Database *db, QWidget *parent)
    : QDialog(parent), m_db(db), m_partner(new QComboBox(this)),
      m_autoResolve(new QCheckBox(tr("Resolve an incident by itself when an order run from it &completes"), this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("SLA hours and resolving"));
    setObjectName(QStringLiteral("slaDialog"));
    m_partner->setObjectName(QStringLiteral("slaPartner"));
    m_partner->addItem(tr("The fleet's defaults"), QString());
    auto *intro = new QLabel(tr("How long an open incident of each severity may wait for its fix before the queue "
                                "shows it as past its SLA and the alert routes hear of it. A partner follows the "
                                "fleet's hours unless it has its own."),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("&Partner:"), this), 0, 0);
    qobject_cast<QLabel *>(grid->itemAtPosition(0, 0)->widget())->setBuddy(m_partner);
    grid->addWidget(m_partner, 0, 1, 1, 2);
    const QStringList labels{tr("Critical"), tr("High"), tr("Medium"), tr("Low")};
    for (int i = 0; i < Slas::severities().size(); ++i) {
        auto *own = new QCheckBox(labels.value(i), this);
        own->setObjectName(QStringLiteral("slaOwn-") + Slas::severities().at(i));
        auto *hours = new QDoubleSpinBox(this);
        hours->setObjectName(QStringLiteral("slaHours-") + Slas::severities().at(i));
        hours->setRange(0.1, Slas::kMaxHours);
        hours->setDecimals(1);
        hours->setSuffix(tr(" h"));
        grid->addWidget(own, i + 1, 0);
        grid->addWidget(hours, i + 1, 1);
        connect(own, &QCheckBox::toggled, this, [this, i](bool on) {
            m_hours[i]->setEnabled(on && m_mayChange);
            if (!on)
                m_hours[i]->setValue(m_fleet.value(i));
        });
        m_own << own;
        m_hours << hours;
    }
    m_autoResolve->setObjectName(QStringLiteral("autoResolve"));
    m_autoResolve->setToolTip(tr("Per partner. Unticked, the incident's timeline offers to resolve it instead."));
    grid->addWidget(m_autoResolve, int(Slas::severities().size()) + 1, 0, 1, 3);
    m_status->setObjectName(QStringLiteral("slaStatus"));
    m_status->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = box->button(QDialogButtonBox::Save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(box);
    // Until the chosen partner's hours arrive, the rows are another's: nothing may be saved from them.
    connect(m_partner, &QComboBox::currentIndexChanged, this, [this] {
        m_save->setEnabled(false);
        load();
    });
    resize(480, sizeHint().height());
}

void SlaDialog::show(const QString &partner, const SlaTable &table)
{
    if (partner != m_partner->currentData().toString())
        return; // an answer for a partner no longer chosen
    m_shownPartner = partner.isNull() ? QStringLiteral("") : partner;
    m_mayChange = table.mayChange;
    const bool fleet = partner.isEmpty();
    m_fleet.clear();
    m_hadOwn.clear();
    m_shown.clear();
    for (int i = 0; i < m_hours.size() && i < table.rows.size(); ++i) {
        const SlaSetting &r = table.rows[i];
        m_fleet << r.fleetHours;
        m_hadOwn << (fleet || r.ownHours.has_value());
        const QSignalBlocker block(m_own[i]);
        m_own[i]->setChecked(fleet || r.ownHours.has_value());
        // The fleet's rows are always its own; a partner's tick says "its own hours, not the fleet's".
        m_own[i]->setEnabled(!fleet && m_mayChange);
        m_own[i]->setToolTip(fleet ? QString() : tr("Ticked: this partner's own hours. Unticked: the fleet's (%1 h).")
                                                    .arg(QLocale().toString(r.fleetHours)));
        m_hours[i]->setValue(r.hours());
        m_hours[i]->setEnabled(m_mayChange && m_own[i]->isChecked());
        m_shown << r.hours();
    }
    m_hadAutoResolve = table.autoResolve;
    m_autoResolve->setChecked(table.autoResolve);
    m_autoResolve->setEnabled(m_mayChange && !fleet);
    m_save->setEnabled(m_mayChange);
    m_status->setStyleSheet(QString());
    m_status->setText(m_mayChange ? QString() : tr("Only admins can change SLA hours."));
}

QCoro::Task<> SlaDialog::load()
{
    if (m_partner->count() == 1) {
        auto partners = [](Session &s) { return Fleet::partners(s); };
        auto fill = [this](const QList<NamedId> &list) {
            const QSignalBlocker block(m_partner);
            for (const NamedId &p : list)
                m_partner->addItem(p.name, p.id);
        };
        QCoro::Task<bool> listed = deliver(this, m_db->submitRead(std::move(partners)), std::move(fill),
                                           [this](const Error &e) { m_status->setText(e.message()); });
        if (!co_await listed)
            co_return; // closed meanwhile

    }
    const QString partner = m_partner->currentData().toString();
    auto fetch = [partner](Session &s) { return Slas::table(s, partner); };
    auto shown = [this, partner](const SlaTable &table) { show(partner, table); };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(shown),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

QCoro::Task<bool> SlaDialog::save()
{
    // The partner the rows show, which is the one chosen once its hours have arrived (Save waits for them).
    if (m_shownPartner.isNull() || m_shownPartner != m_partner->currentData().toString())
        co_return false;
    const QString partner = m_shownPartner;
    QList<std::pair<QString, double>> set;
    QStringList cleared;
    for (int i = 0; i < m_hours.size(); ++i) {
        const QString severity = Slas::severities().at(i);
        if (m_own[i]->isChecked() && (!m_hadOwn.value(i) || !qFuzzyCompare(m_hours[i]->value(), m_shown.value(i))))
            set.append({severity, m_hours[i]->value()});
        else if (!m_own[i]->isChecked() && m_hadOwn.value(i))
            cleared << severity;
    }
    std::optional<bool> autoResolve;
    if (!partner.isEmpty() && m_autoResolve->isChecked() != m_hadAutoResolve)
        autoResolve = m_autoResolve->isChecked();
    if (set.isEmpty() && cleared.isEmpty() && !autoResolve) {
        m_status->setText(tr("Nothing changed."));
        co_return true;
    }
    auto run = [partner, set, cleared, autoResolve](Session &s) {
        return Slas::change(s, partner, set, cleared, autoResolve);
    };
    bool ok = false;
    auto saved = [&](int changed) {
        ok = true;
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Saved: %n SLA(s) changed.", nullptr, changed));
    };
    auto failed = [&](const Error &e) {
        m_status->setStyleSheet(QStringLiteral("color:#c62828"));
        m_status->setText(e.message());
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitWrite(std::move(run)), std::move(saved), std::move(failed));
    co_await done;
    if (ok)
        co_await load();
    co_return ok;
}

} // namespace hd
