#pragma once

#include <QCoro/QCoroTask>
#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace hd {

class Database;
class HealthItemModel;
class RunbookParametersDialog;

// Runbook switches at one site: each runbook with how many of the site's
// appliances have it off or explicitly on; switch the selected runbooks for
// the whole site or one of its appliances. Audited; the next order respects it.
class RunbookSettingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookSettingsPanel(Database *db, QWidget *parent = nullptr);
    QCoro::Task<> reload();
    QCoro::Task<> switchSelected(bool enabled);
    // Opens the parameter schema of the selected runbook.
    RunbookParametersDialog *editParameters();
    QComboBox *siteBox() const { return m_site; }
    // "All appliances of the site" (empty data) or one appliance.
    QComboBox *applianceBox() const { return m_appliance; }
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }

private:
    QCoro::Task<> loadSites();

    Database *m_db;
    HealthItemModel *m_model;
    QTableView *m_view;
    QComboBox *m_site;
    QComboBox *m_appliance;
    QLabel *m_status;
};

// Data health ▸ Runbook settings ▸ Parameters…: a runbook's parameter
// schema (ParameterSchema) as JSON, kept by admins. Save checks it first and
// names what is wrong; an empty text removes it. Audited like the command
// line's healdesk runbook set-params.
class RunbookParametersDialog : public QDialog
{
    Q_OBJECT
public:
    RunbookParametersDialog(Database *db, const QString &runbookId, QWidget *parent = nullptr);
    QCoro::Task<> load();
    QCoro::Task<bool> save();
    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *statusLabel() const { return m_status; }

private:
    Database *m_db;
    QString m_runbookId;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
};

// Patterns awaiting promotion with their occurrences and success rate;
// promote one to an L1 rule mapped to a runbook, or reject it. Audited.
class LearningPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LearningPanel(Database *db, QWidget *parent = nullptr);
    QCoro::Task<> reload();
    QCoro::Task<> promoteSelected();
    QCoro::Task<> rejectSelected();
    QTableView *view() const { return m_view; }
    QComboBox *runbookBox() const { return m_runbook; }
    QLabel *statusLabel() const { return m_status; }

private:
    template <typename Fn> QCoro::Task<> change(Fn fn);

    Database *m_db;
    HealthItemModel *m_model;
    QTableView *m_view;
    QComboBox *m_runbook;
    QLabel *m_status;
};

} // namespace hd
