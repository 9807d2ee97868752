#include "HealthDialogs.h"

#include "Format.h"

#include "AdminSupport.h"
#include "Database.h"
#include "Deliver.h"
#include "Error.h"
#include "HealthModels.h"
#include "Orders.h"
#include "TableSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hd {

FixDialog::FixDialog(Database *db, Health::Fix fix, QWidget *parent)
    : QDialog(parent), m_db(db), m_fix(fix), m_model(new HealthItemModel(this)),
      m_view(makeSortedTable(m_model, QStringLiteral("health/fix"), this)),
      m_summary(new QLabel(tr("Loading the preview…"), this)), m_apply(new QPushButton(this))
{
    const QString name = Health::fixName(fix);
    setWindowTitle(fix == Health::Fix::Tiers    ? tr("Backfill incident tiers")
                   : fix == Health::Fix::Orders ? tr("Reconcile pending orders")
                                                : tr("Expire pending orders"));
    m_model->setHeaders({tr("Row"), tr("Now"), tr("After"), tr("Because of")});
    m_summary->setWordWrap(true);
    m_apply->setText(tr("&Apply"));
    m_apply->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("The change runs in one transaction with one audit row (fix.%1) naming every row; "
                                    "running it again changes nothing.")
                                     .arg(name),
                                 this));
    layout->addWidget(buttons);
    resize(820, 480);
}

int FixDialog::previewCount() const
{
    return m_model->rowCount();
}

QCoro::Task<> FixDialog::loadPreview()
{
    const Health::Fix fix = m_fix;
    auto fetch = [fix](Session &s) { return Health::preview(s, fix); };
    auto show = [&](const QList<FixChange> &changes) {
        QList<HealthItem> items;
        for (const FixChange &c : changes)
            items << HealthItem{c.target,
                                {c.target, c.before.isEmpty() ? tr("(none)") : format::timesIn(c.before),
                                 format::timesIn(c.after), format::timesIn(c.evidence)}};
        m_model->setRows(items);
        m_summary->setText(changes.isEmpty()
                               ? tr("Nothing to change: the data is already consistent.")
                               : tr("<b>%n row(s)</b> will change as listed.", nullptr, int(changes.size())));
        m_apply->setEnabled(!changes.isEmpty());
    };
    auto fail = [&](const Error &e) { m_summary->setText(e.message()); };
    QCoro::Task<bool> done = deliver(this, m_db->submit(std::move(fetch)), std::move(show), std::move(fail));
    co_await done;
}

QCoro::Task<> FixDialog::apply()
{
    m_apply->setEnabled(false);
    const Health::Fix fix = m_fix;
    auto run = [fix](Session &s) { return Health::apply(s, fix); };
    auto show = [&](const QList<FixChange> &changes) {
        emit applied(int(changes.size()));
        accept();
    };
    auto fail = [&](const Error &e) {
        m_summary->setText(tr("Nothing was changed: %1").arg(e.message()));
        m_apply->setEnabled(true);
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitWrite(std::move(run)), std::move(show), std::move(fail));
    co_await done;
}

MappingDialog::MappingDialog(Database *db, QWidget *parent)
    : QDialog(parent), m_db(db), m_unmapped(new HealthItemModel(this)), m_mappings(new HealthItemModel(this)),
      m_unmappedView(makeSortedTable(m_unmapped, QStringLiteral("health/unmapped"), this)),
      m_mappingView(makeSortedTable(m_mappings, QStringLiteral("health/mappings"), this)),
      m_runbook(new QComboBox(this)), m_status(new QLabel(this)), m_suggestion(new QLabel(this))
{
    setWindowTitle(tr("Runbook ID mapping"));
    m_suggestion->setWordWrap(true);
    m_unmapped->setHeaders(Health::detailHeaders(Health::Detector::Unmapped));
    m_mappings->setHeaders({tr("Telemetry runbook ID"), tr("Runbook"), tr("Executions")});
    m_status->setWordWrap(true);
    auto *map = new QPushButton(tr("&Map selected to"), this);
    auto *remove = new QPushButton(tr("&Remove selected"), this);
    auto *import = new QPushButton(tr("&Import pairs…"), this);
    import->setToolTip(tr("A CSV file of \"telemetry ID,runbook ID\" lines; all or nothing"));
    connect(map, &QPushButton::clicked, this, [this] { mapSelected(); });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(import, &QPushButton::clicked, this, [this] { importFile(); });
    connect(m_unmappedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { suggestRunbook(); });
    auto *mapRow = new QHBoxLayout;
    mapRow->addWidget(map);
    mapRow->addWidget(m_runbook, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Unmapped telemetry IDs</b> (executions that count for no runbook)"), this));
    layout->addWidget(m_unmappedView, 1);
    layout->addLayout(mapRow);
    layout->addWidget(m_suggestion);
    layout->addWidget(new QLabel(tr("<b>Mappings</b>"), this));
    layout->addWidget(m_mappingView, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(remove);
    row->addWidget(import);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 540);
}

QCoro::Task<> MappingDialog::reload()
{
    struct State
    {
        QList<HealthItem> unmapped;
        QList<MappingRow> mappings;
        QList<RunbookChoice> runbooks;
    };
    auto fetch = [](Session &s) {
        return State{Health::details(s, Health::Detector::Unmapped), Mappings::list(s), Orders::runbookChoices(s)};
    };
    auto show = [&](const State &state) {
        m_unmapped->setRows(state.unmapped);
        QList<HealthItem> pairs;
        for (const MappingRow &m : state.mappings)
            pairs << HealthItem{m.source, {m.source, m.runbookId, QString::number(m.executions)}};
        m_mappings->setRows(pairs);
        // No runbook is chosen for the technician: one click must not map to whatever came first.
        fillRunbooks(m_runbook, state.runbooks);
        m_runbook->insertItem(0, tr("— choose a runbook —"), QString());
        m_runbook->setCurrentIndex(0);
        m_mappingRows = state.mappings;
        m_runbookIds.clear();
        for (const RunbookChoice &r : state.runbooks)
            m_runbookIds << r.runbookId;
        suggestRunbook();
    };
    auto fail = [&](const Error &e) { m_status->setText(e.message()); };
    QCoro::Task<bool> done = deliver(this, m_db->submit(std::move(fetch)), std::move(show), std::move(fail));
    co_await done;
}

void MappingDialog::suggestRunbook()
{
    const QStringList sources = selectedKeys(m_unmappedView);
    if (sources.size() != 1) {
        // Several IDs: no runbook stays chosen from one of them; the technician picks it for all.
        m_runbook->setCurrentIndex(0);
        m_suggestion->clear();
        return;
    }
    const Mappings::Suggestion s = Mappings::suggest(sources.first(), m_mappingRows, m_runbookIds);
    const int index = s.runbookId.isEmpty() ? -1 : m_runbook->findData(s.runbookId);
    if (index < 0) {
        m_runbook->setCurrentIndex(0);
        m_suggestion->setText(tr("Looking for a runbook for %1 by its incident type…").arg(sources.first()));
        suggestFromType(sources.first());
        return;
    }
    m_runbook->setCurrentIndex(index);
    m_suggestion->setText(s.mappedFrom.isEmpty()
                          ? tr("Suggested %1: %2 is its ID in another case or spacing.").arg(s.runbookId, sources.first())
                          : tr("Suggested %1: %2 is %3, which maps to it, in another case or spacing.")
                                .arg(s.runbookId, sources.first(), s.mappedFrom));
}

QCoro::Task<> MappingDialog::suggestFromType(QString source)
{
    auto fetch = [source](Session &s) { return Mappings::suggestFromType(s, source); };
    auto show = [this, source](const Mappings::Suggestion &s) {
        // The technician may have moved on while the database answered.
        const QStringList now = selectedKeys(m_unmappedView);
        if (now.size() != 1 || now.first() != source)
            return;
        const int index = s.runbookId.isEmpty() ? -1 : m_runbook->findData(s.runbookId);
        if (index < 0) {
            m_suggestion->setText(
                s.incidentType.isEmpty()
                    ? tr("No runbook to suggest for %1: it has no incident type. Choose one.").arg(source)
                    : tr("No runbook to suggest for %1: nothing maps or runs for its incident type %2. Choose one.")
                          .arg(source, s.incidentType));
            return;
        }
        m_runbook->setCurrentIndex(index);
        const QString why = s.isRule ? tr("%1 is the L1 rule for %2").arg(source, s.incidentType)
                                     : tr("%1 runs for %2").arg(source, s.incidentType);
        m_suggestion->setText(
            !s.sibling.isEmpty()
                ? tr("Suggested %1: %2, and %3, another L1 rule for %4, resolves to it. Check before mapping.")
                      .arg(s.runbookId, why, s.sibling, s.incidentType)
                : tr("Suggested %1: %2, and %n execution(s) for %3 ran %1 under its own ID. Check before mapping.",
                     nullptr, int(s.executions))
                      .arg(s.runbookId, why, s.incidentType));
    };
    auto fail = [this](const Error &e) { m_suggestion->setText(e.message()); };
    QCoro::Task<bool> done = deliver(this, m_db->submit(std::move(fetch)), std::move(show), std::move(fail));
    co_await done;
}

template <typename Fn> QCoro::Task<> MappingDialog::change(Fn fn)
{
    QCoro::Task<bool> applying = applyChange(this, m_db, m_status, std::move(fn));
    if (co_await applying) {
        emit changed();
        QCoro::Task<> again = reload();
        co_await again;
    }
}

QCoro::Task<> MappingDialog::mapSelected()
{
    const QStringList sources = selectedKeys(m_unmappedView);
    const QString target = m_runbook->currentData().toString();
    if (sources.isEmpty() || target.isEmpty()) {
        m_status->setText(tr("Select unmapped IDs and a runbook first."));
        co_return;
    }
    auto fn = [sources, target](Session &s) {
        const qint64 moved = Mappings::setAll(s, sources, target);
        return QCoreApplication::translate("MappingDialog", "Mapped %1 to %2: %n execution(s) now count for it.",
                                           nullptr, int(moved))
            .arg(sources.join(QStringLiteral(", ")), target);
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

QCoro::Task<> MappingDialog::removeSelected()
{
    const QStringList sources = selectedKeys(m_mappingView);
    if (sources.isEmpty()) {
        m_status->setText(tr("Select mappings to remove first."));
        co_return;
    }
    auto fn = [sources](Session &s) {
        const qint64 moved = Mappings::removeAll(s, sources);
        return QCoreApplication::translate("MappingDialog", "Removed %1: %n execution(s) are unmapped again.", nullptr,
                                           int(moved))
            .arg(sources.join(QStringLiteral(", ")));
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

QCoro::Task<> MappingDialog::importFile(QString path)
{
    if (path.isEmpty())
        path =
            QFileDialog::getOpenFileName(this, tr("Import mapping pairs"), {}, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        co_return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        co_return;
    }
    const QByteArray bytes = file.readAll();
    auto fn = [bytes](Session &s) {
        const Mappings::ImportResult r = Mappings::import(s, bytes);
        QString text = QCoreApplication::translate("MappingDialog", "Imported %n pair(s).", nullptr, int(r.added));
        if (r.unchanged > 0)
            text += QLatin1Char(' ') + QCoreApplication::translate("MappingDialog", "%n pair(s) were already there.",
                                                                   nullptr, int(r.unchanged));
        return text;
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

} // namespace hd
