#include "AdminPanels.h"

#include "AdminSupport.h"
#include "Database.h"
#include "Error.h"
#include "Fleet.h"
#include "Health.h"
#include "HealthModels.h"
#include "Learning.h"
#include "Orders.h"
#include "ParameterSchema.h"
#include "RunbookConfig.h"
#include "TableSupport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hd {

RunbookSettingsPanel::RunbookSettingsPanel(Database *db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new HealthItemModel(this)),
      m_view(makeSortedTable(m_model, QStringLiteral("health/runbookSettings"), this)), m_site(new QComboBox(this)),
      m_appliance(new QComboBox(this)), m_status(new QLabel(this))
{
    m_model->setHeaders({tr("Runbook"), tr("Name"), tr("Appliances at site"), tr("Switched off"),
                         tr("Switched on here"), tr("Globally")});
    m_site->setObjectName(QStringLiteral("settingsSite"));
    m_site->setMinimumContentsLength(20);
    m_site->view()->setMinimumWidth(360); // the list that opens shows whole site names
    auto *off = new QPushButton(tr("&Disable"), this);
    auto *on = new QPushButton(tr("&Enable"), this);
    off->setToolTip(
        tr("Switch the selected runbooks off for the chosen appliance, or for every appliance of the site"));
    on->setToolTip(tr("Switch the selected runbooks on for the chosen appliance, or for every appliance of the site"));
    m_appliance->setObjectName(QStringLiteral("settingsAppliance"));
    m_appliance->setMinimumContentsLength(14);
    auto *params = new QPushButton(tr("&Parameters…"), this);
    params->setToolTip(tr("What the selected runbook's parameters may be: orders and the order dialog's form follow it"));
    connect(params, &QPushButton::clicked, this, [this] {
        if (RunbookParametersDialog *d = editParameters())
            d->open();
    });
    connect(off, &QPushButton::clicked, this, [this] { switchSelected(false); });
    connect(on, &QPushButton::clicked, this, [this] { switchSelected(true); });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    m_status->setWordWrap(true);
    // What the change applies to on one row, the buttons on the next: one row would be wider than a small screen.
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Site:"), this));
    top->addWidget(m_site, 2);
    top->addWidget(new QLabel(tr("Apply to:"), this));
    top->addWidget(m_appliance, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(params);
    actions->addWidget(off);
    actions->addWidget(on);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    loadSites();
}

QCoro::Task<> RunbookSettingsPanel::loadSites()
{
    auto fetch = [](Session &s) { return Fleet::allSites(s); };
    QCoro::Task<bool> done = deliver(
        this, m_db->submit(std::move(fetch)),
        [this](const QList<NamedId> &sites) {
            const QSignalBlocker block(m_site);
            for (const NamedId &s : sites)
                m_site->addItem(tr("%1 (%2)").arg(s.name, s.id), s.id);
            return reload();
        },
        [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

QCoro::Task<> RunbookSettingsPanel::reload()
{
    const QString site = m_site->currentData().toString();
    if (site.isEmpty())
        co_return;
    auto fetch = [site](Session &s) { return std::pair(RunbookConfig::forSite(s, site), Fleet::appliances(s, site)); };
    auto show = [this, site](const std::pair<QList<RunbookSiteConfig>, QList<ApplianceRow>> &found) {
        const auto &[rows, appliances] = found;
        if (site != m_site->currentData().toString())
            return;
        const QString chosen = m_appliance->currentData().toString();
        m_appliance->clear();
        m_appliance->addItem(tr("All appliances of the site"), QString());
        for (const ApplianceRow &a : appliances)
            m_appliance->addItem(a.hostname, a.id);
        m_appliance->setCurrentIndex(std::max(0, m_appliance->findData(chosen)));
        QList<HealthItem> items;
        for (const RunbookSiteConfig &r : rows) {
            items << HealthItem{r.runbookId,
                                {r.runbookId, r.name, QString::number(r.appliances), QString::number(r.disabled),
                                 QString::number(r.enabledHere), r.enabledGlobally ? tr("enabled") : tr("disabled")}};
        }
        m_model->setRows(items);
    };
    QCoro::Task<bool> done = deliver(this, m_db->submit(std::move(fetch)), std::move(show),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

QCoro::Task<> RunbookSettingsPanel::switchSelected(bool enabled)
{
    const QStringList runbooks = selectedKeys(m_view);
    const QString site = m_site->currentData().toString();
    if (runbooks.isEmpty() || site.isEmpty()) {
        m_status->setText(tr("Select one or more runbooks first."));
        co_return;
    }
    const QString appliance = m_appliance->currentData().toString();
    auto run = [runbooks, site, appliance, enabled](Session &s) {
        int changed = 0;
        for (const QString &r : runbooks) {
            changed += appliance.isEmpty() ? RunbookConfig::set(s, site, {}, r, enabled)
                                           : RunbookConfig::set(s, {}, {appliance}, r, enabled);
        }
        return enabled ? tr("Enabled on %n appliance setting(s); orders accept it now.", nullptr, changed)
                       : tr("Disabled on %n appliance setting(s); orders refuse it now.", nullptr, changed);
    };
    QCoro::Task<bool> applying = applyChange(this, m_db, m_status, std::move(run));
    if (co_await applying) {
        QCoro::Task<> again = reload();
        co_await again;
    }
}

RunbookParametersDialog *RunbookSettingsPanel::editParameters()
{
    const QStringList runbooks = selectedKeys(m_view);
    if (runbooks.size() != 1) {
        m_status->setText(tr("Select one runbook to see its parameters."));
        return nullptr;
    }
    auto *dialog = new RunbookParametersDialog(m_db, runbooks.constFirst(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

RunbookParametersDialog::RunbookParametersDialog(Database *db, const QString &runbookId, QWidget *parent)
    : QDialog(parent), m_db(db), m_runbookId(runbookId), m_editor(new QPlainTextEdit(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Parameters of %1").arg(runbookId));
    auto *intro = new QLabel(tr("What %1's parameters may be, as JSON Schema: per field type (string, integer, number, "
                                "boolean), enum, minimum, maximum, pattern, default, description; at the top "
                                "properties and required. Orders, recurring orders and the order dialog's form "
                                "refuse anything else. Empty: any JSON object.")
                                 .arg(runbookId),
                             this);
    intro->setWordWrap(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("Parameter schema"));
    m_editor->setPlaceholderText(
        QStringLiteral("{\"properties\": {\"timeout_s\": {\"type\": \"integer\", \"minimum\": 1, \"default\": 300}}}"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QCoro::Task<bool> t = save();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, 480);
    load();
}

QCoro::Task<> RunbookParametersDialog::load()
{
    const QString runbook = m_runbookId;
    auto fetch = [runbook](Session &s) { return RunbookConfig::parameterSchema(s, runbook); };
    QCoro::Task<bool> done = deliver(
        this, m_db->submit(std::move(fetch)),
        [this](const QString &schema) {
            m_editor->setPlainText(schema.isEmpty()
                                       ? QString()
                                       : QString::fromUtf8(QJsonDocument::fromJson(schema.toUtf8()).toJson(QJsonDocument::Indented)));
            m_status->setText(schema.isEmpty() ? tr("No schema: orders take any JSON object.") : QString());
        },
        [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

QCoro::Task<bool> RunbookParametersDialog::save()
{
    const QByteArray text = m_editor->toPlainText().toUtf8();
    // Checked here first: a schema that says more than Healdesk checks never leaves the dialog.
    if (!text.trimmed().isEmpty()) {
        try {
            ParameterSchema::parse(text);
        } catch (const Error &e) {
            m_status->setText(e.message());
            co_return false;
        }
    }
    const QString runbook = m_runbookId;
    auto run = [runbook, text](Session &s) {
        const bool changed = RunbookConfig::setParameterSchema(s, runbook, text);
        if (!changed)
            return tr("No change.");
        return text.trimmed().isEmpty() ? tr("Schema removed: orders for %1 take any JSON object.").arg(runbook)
                                        : tr("Saved: orders for %1 now take only these parameters.").arg(runbook);
    };
    QCoro::Task<bool> applying = applyChange(this, m_db, m_status, std::move(run));
    co_return co_await applying;
}

LearningPanel::LearningPanel(Database *db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new HealthItemModel(this)),
      m_view(makeSortedTable(m_model, QStringLiteral("health/learning"), this)), m_runbook(new QComboBox(this)),
      m_status(new QLabel(this))
{
    m_model->setHeaders({tr("Pattern"), tr("Signature"), tr("Incident type"), tr("Status"), tr("Occurrences"),
                         tr("Success rate"), tr("Last seen")});
    auto *promote = new QPushButton(tr("&Promote to an L1 rule for"), this);
    auto *reject = new QPushButton(tr("Re&ject"), this);
    connect(promote, &QPushButton::clicked, this, [this] { promoteSelected(); });
    connect(reject, &QPushButton::clicked, this, [this] { rejectSelected(); });
    m_status->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(promote);
    row->addWidget(m_runbook, 1);
    row->addWidget(reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Patterns the agents learned, awaiting promotion to deterministic L1 rules."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);
}

QCoro::Task<> LearningPanel::reload()
{
    auto fetch = [](Session &s) { return std::pair(Learning::awaiting(s), Orders::runbookChoices(s)); };
    auto show = [this](const std::pair<QList<PatternRow>, QList<RunbookChoice>> &found) {
        const auto &[patterns, runbooks] = found;
        QList<HealthItem> items;
        const QLocale locale;
        for (const PatternRow &p : patterns) {
            items << HealthItem{p.patternId,
                                {p.patternId, p.signature, p.incidentType, p.status, QString::number(p.occurrences),
                                 p.successRate ? locale.toString(*p.successRate * 100.0, 'f', 1) + QStringLiteral(" %")
                                               : QStringLiteral("—"),
                                 p.lastSeen.toUTC().toString(QStringLiteral("yyyy-MM-dd"))}};
        }
        m_model->setRows(items);
        fillRunbooks(m_runbook, runbooks);
    };
    QCoro::Task<bool> done = deliver(this, m_db->submit(std::move(fetch)), std::move(show),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

template <typename Fn> QCoro::Task<> LearningPanel::change(Fn fn)
{
    QCoro::Task<bool> applying = applyChange(this, m_db, m_status, std::move(fn));
    if (co_await applying) {
        QCoro::Task<> again = reload();
        co_await again;
    }
}

QCoro::Task<> LearningPanel::promoteSelected()
{
    const QStringList patterns = selectedKeys(m_view);
    const QString runbook = m_runbook->currentData().toString();
    if (patterns.size() != 1 || runbook.isEmpty()) {
        m_status->setText(tr("Select one pattern and the runbook its rule should run."));
        co_return;
    }
    const QString id = patterns.first();
    auto fn = [id, runbook](Session &s) {
        const QString rule = Learning::promote(s, id, runbook);
        return QCoreApplication::translate("AdminPanels", "Promoted %1 as rule %2, mapped to %3.")
            .arg(id, rule, runbook);
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

QCoro::Task<> LearningPanel::rejectSelected()
{
    const QStringList patterns = selectedKeys(m_view);
    if (patterns.isEmpty()) {
        m_status->setText(tr("Select the patterns to reject."));
        co_return;
    }
    auto fn = [patterns](Session &s) {
        for (const QString &id : patterns)
            Learning::reject(s, id);
        return QCoreApplication::translate("AdminPanels", "Rejected %1.").arg(patterns.join(QStringLiteral(", ")));
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

} // namespace hd
