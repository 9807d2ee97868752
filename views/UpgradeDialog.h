#pragma once

#include "Migrator.h"

#include <QCoro/QCoroTask>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace hd {

class Database;

// Shown before the pages when the database is not at this program's schema
// (the production schema not adopted yet, an older Healdesk's, or newer):
// what it is, the dry-run plan with what it keeps, and Upgrade, which runs
// the same migration as `healdesk migrate`. Only a login allowed to upgrade
// sees the button; others are told who can. Accepted once the database is
// upgraded.
class UpgradeDialog : public QDialog
{
    Q_OBJECT
public:
    UpgradeDialog(Database *db, const SchemaState &state, QWidget *parent = nullptr);

    // Asks who may upgrade and, for such a login, what the upgrade would do.
    QCoro::Task<> load();
    QCoro::Task<> upgrade();

    QLabel *stateLabel() const { return m_state; }
    QLabel *rightLabel() const { return m_right; }
    QPlainTextEdit *planView() const { return m_plan; }
    QPushButton *upgradeButton() const { return m_upgrade; }
    bool isLoaded() const { return m_loaded; }

    // Esc and the close button do nothing while the upgrade runs: it cannot be stopped halfway.
    void reject() override;

signals:
    void loaded();

private:
    void busy(bool on, const QString &what);

    Database *m_db;
    SchemaState m_schema;
    QLabel *m_state;
    QLabel *m_right;
    QPlainTextEdit *m_plan;
    QProgressBar *m_progress;
    QPushButton *m_upgrade;
    QPushButton *m_quit;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace hd
