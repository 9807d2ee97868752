#pragma once

#include "Incidents.h"
#include "Page.h"

#include <QCoro/QCoroTask>
#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;

namespace hd {

class IncidentDesk;
class QueueModel;
struct SlaTable;

// The escalation queue (issue 23): the open incidents that need a person (L3, escalated, a failed last execution,
// or past their SLA), breached first, then by severity and age, with owner, age and time left. Mine, unassigned or
// all; acknowledge, assign, note and resolve as on the Incidents page; the selected incident's timeline beside the
// list. It updates live, and once a minute as deadlines pass. The console opens on it when it is not empty.
class QueuePage : public Page
{
    Q_OBJECT
public:
    explicit QueuePage(Database *db, QWidget *parent = nullptr);
    QString title() const override { return tr("Escalations"); }
    QStringList channels() const override;
    void setScope(const Scope &scope) override;
    void reload() override;
    bool hasData() const override { return m_loaded; }

    QueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *ownerBox() const { return m_owner; }
    QTextBrowser *detailView() const { return m_detail; }
    IncidentDesk *desk() const { return m_desk; }
    QLabel *countLabel() const { return m_count; }
    // Opens the SLA settings (admins change them; others read them).
    class SlaDialog *openSlaDialog();

Q_SIGNALS:
    // Each load: how many incidents the queue holds now (the main window opens on it when there are some).
    void queueCounted(int incidents);

private:
    void updateCount();

    Scope m_scope;
    QueueModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QComboBox *m_owner;
    QLabel *m_count;
    QSplitter *m_splitter;
    QTimer *m_minute;
    IncidentDesk *m_desk;
    bool m_loaded = false;
};

// The SLA hours per severity, the fleet's or a partner's own (Slas). Admins change them: a partner row left
// unticked follows the fleet's hours. Saved in one audited transaction each for the set and the cleared hours.
class SlaDialog : public QDialog
{
    Q_OBJECT
public:
    SlaDialog(Database *db, QWidget *parent = nullptr);
    QCoro::Task<> load();
    QCoro::Task<bool> save();
    QComboBox *partnerBox() const { return m_partner; }
    QDoubleSpinBox *hoursBox(int row) const { return m_hours.value(row); }
    QCheckBox *ownBox(int row) const { return m_own.value(row); }
    QLabel *statusLabel() const { return m_status; }
    QCheckBox *autoResolveBox() const { return m_autoResolve; }
    // The partner whose hours the rows show now ("" for the fleet's; null before the first answer).
    const QString &shownPartner() const { return m_shownPartner; }

private:
    void show(const QString &partner, const SlaTable &table);

    Database *m_db;
    QComboBox *m_partner;
    QList<QDoubleSpinBox *> m_hours;
    QList<QCheckBox *> m_own;
    QList<double> m_fleet;
    QList<bool> m_hadOwn;
    QList<double> m_shown;
    QCheckBox *m_autoResolve;
    bool m_hadAutoResolve = false;
    QLabel *m_status;
    QPushButton *m_save;
    bool m_mayChange = false;
    QString m_shownPartner;
};

} // namespace hd
