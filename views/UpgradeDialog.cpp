#include "UpgradeDialog.h"

#include "Database.h"
#include "Deliver.h"
#include "Session.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hd {

UpgradeDialog::UpgradeDialog(Database *db, const SchemaState &state, QWidget *parent)
    : QDialog(parent), m_db(db), m_schema(state), m_state(new QLabel(this)), m_right(new QLabel(this)),
      m_plan(new QPlainTextEdit(this)), m_progress(new QProgressBar(this)), m_upgrade(new QPushButton(this)),
      m_quit(new QPushButton(tr("&Quit"), this))
{
    setWindowTitle(tr("Upgrade the database — Healdesk"));
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(tr("Database: %1").arg(db->config().describe()), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // What the command line says, without its advice to run a command: the button below does it.
    QString line = state.summary();
    line[0] = line.at(0).toUpper();
    m_state->setText(QStringLiteral("<b>%1.</b>").arg(line.toHtmlEscaped()));
    m_right->setWordWrap(true);
    m_right->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plan->setReadOnly(true);
    m_plan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_plan->setPlaceholderText(tr("Working out the plan…"));
    m_plan->setAccessibleName(tr("Upgrade plan"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_upgrade->setText(tr("&Upgrade"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_upgrade, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_quit, QDialogButtonBox::RejectRole);
    // Shown once the plan is known, and only to a login allowed to upgrade (the box shows what it is given).
    m_upgrade->hide();
    layout->addWidget(where);
    layout->addWidget(m_state);
    layout->addWidget(m_right);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    // Clicked, not the box's accepted(): the dialog closes only once the upgrade has succeeded.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_upgrade, &QPushButton::clicked, this, [this] { QCoro::Task<> task = upgrade(); });
    resize(760, 520);
}

void UpgradeDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void UpgradeDialog::busy(bool on, const QString &what)
{
    m_busy = on;
    m_progress->setVisible(on);
    m_progress->setFormat(what);
    m_progress->setTextVisible(on);
    m_upgrade->setEnabled(!on);
    m_quit->setEnabled(!on);
}

QCoro::Task<> UpgradeDialog::load()
{
    struct Found
    {
        Migrator::UpgradeRight right;
        std::optional<MigrationPlan> plan;
        QString refusal; // why there is no plan
    };
    const bool canChange = m_schema.kind != SchemaState::Kind::Newer && m_schema.kind != SchemaState::Kind::Foreign;
    auto fetch = [canChange](Session &s) {
        Found f;
        f.right = Migrator::upgradeRight(s);
        if (!f.right.allowed || !canChange)
            return f;
        try {
            f.plan = Migrator::plan(s);
        } catch (const Error &e) {
            f.refusal = e.message();
        }
        return f;
    };
    auto show = [this, canChange](const Found &f) {
        if (!canChange) {
            m_right->setText(m_schema.kind == SchemaState::Kind::Newer
                                 ? tr("Nothing to do here: install the Healdesk that upgraded this database.")
                                 : tr("Healdesk adopts only an empty database or the production schema. Nothing "
                                      "was changed."));
            m_plan->hide();
        } else if (!f.right.allowed) {
            m_right->setText(tr("Only %1 may upgrade this database (the owner of its tables). Ask them to run "
                                "healdesk migrate --dry-run, then healdesk migrate, or to open Healdesk as that "
                                "login. Nothing was changed.")
                                 .arg(f.right.owners));
            m_plan->hide();
        } else if (!f.plan) {
            m_right->setText(tr("Healdesk cannot upgrade this database. Nothing was changed."));
            m_plan->setPlainText(f.refusal);
        } else {
            m_right->setText(tr("What the upgrade will do, in order. Every row is kept: migrations add tables, "
                                "columns and rules and move rows without deleting any. Each step runs in its own "
                                "transaction, so a step that fails leaves the database as it was before it."));
            m_plan->setPlainText(f.plan->describe().join(QLatin1Char('\n')));
            m_upgrade->show();
            m_upgrade->setDefault(true);
        }
        m_loaded = true;
        emit loaded();
    };
    auto failed = [this](const Error &e) {
        m_right->setText(e.message());
        m_plan->hide();
        m_loaded = true;
        emit loaded();
    };
    QCoro::Task<bool> done = deliver(this, m_db->submit(std::move(fetch)), std::move(show), std::move(failed));
    co_await done;
}

QCoro::Task<> UpgradeDialog::upgrade()
{
    busy(true, tr("Upgrading…"));
    auto run = [](Session &s) {
        Migrator::migrate(s);
        return Migrator::state(s);
    };
    auto show = [this](const SchemaState &now) {
        busy(false, {});
        if (now.isCurrent()) {
            accept();
            return;
        }
        m_right->setText(now.describe());
    };
    auto failed = [this](const Error &e) {
        busy(false, {});
        m_right->setText(tr("The upgrade stopped: %1").arg(e.message()));
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitWrite(std::move(run)), std::move(show), std::move(failed));
    co_await done;
}

} // namespace hd
