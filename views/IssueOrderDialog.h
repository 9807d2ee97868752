#pragma once

#include "Incidents.h"
#include "Orders.h"

#include <QCoro/QCoroTask>
#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QCheckBox;
class QDateTimeEdit;
class QSpinBox;
class QStackedWidget;

namespace hd {

class Database;
class ParameterForm;

// Pick a runbook (searchable by ID, name, category, HIPAA control), fill its
// parameters, give a reason, confirm. Nothing is written until every check
// passes: refusals name the appliance and why, a disruptive runbook needs a
// second confirmation naming how many appliances it touches.
class IssueOrderDialog : public QDialog
{
    Q_OBJECT
public:
    IssueOrderDialog(Database *db, QStringList applianceIds, QString siteId, const QString &targetText,
                     QWidget *parent = nullptr);

    // The second confirmation for disruptive runbooks; tests replace the message box.
    std::function<bool(const QString &runbookId, int applianceCount)> confirmDisruptive;

    void selectRunbook(const QString &runbookId);
    // Run from an incident: its appliance is the target, the suggested runbook is chosen once the list is loaded,
    // the reason for the suggestion is shown, and the order is linked to the incident.
    void setIncident(const RunbookSuggestion &suggestion);
    QLabel *suggestionLabel() const { return m_suggestion; }
    QLineEdit *searchBox() const { return m_search; }
    QPlainTextEdit *parametersBox() const { return m_params; }
    // The form shown instead of the JSON box for a runbook with a parameter schema.
    ParameterForm *parameterForm() const { return m_form; }
    bool showsParameterForm() const;
    QLineEdit *reasonBox() const { return m_reason; }
    QLabel *messageLabel() const { return m_message; }
    QListWidget *runbookList() const { return m_list; }
    const QList<IssuedOrder> &issued() const { return m_issued; }
    bool isReady() const { return m_ready; }
    // The order IDs of this dialog start with it; a retry sends the same IDs.
    QString orderIdBase() const { return m_orderIdBase; }

    // What OK does; exposed for tests. Resolves when the dialog accepted or showed why not.
    QCoro::Task<> submit();

Q_SIGNALS:
    void ordersIssued(const QStringList &orderIds);
    void readyChanged();

private:
    QCoro::Task<> loadRunbooks();
    void filterRunbooks();
    void showMessage(const QString &text, bool error);

    Database *m_db;
    QString m_incidentId;
    QString m_wantedRunbook;
    QLabel *m_suggestion = nullptr;
    QStringList m_applianceIds;
    QString m_siteId;
    QString m_orderIdBase; // made once, so a retry names the same orders
    QList<RunbookChoice> m_runbooks;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_runbookInfo;
    QPlainTextEdit *m_params;
    ParameterForm *m_form;
    QStackedWidget *m_paramsStack;
    QLineEdit *m_reason;
    QSpinBox *m_ttl;
    QCheckBox *m_hold;
    QDateTimeEdit *m_holdUntil;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QList<IssuedOrder> m_issued;
    bool m_ready = false;
    bool m_busy = false;
};

} // namespace hd
