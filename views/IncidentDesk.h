#pragma once

#include "IncidentActions.h"
#include "Incidents.h"

#include <QCoro/QCoroTask>
#include <QObject>

#include <map>

class QAction;
class QLabel;
class QTableView;
class QTextBrowser;
class QUrl;

namespace hd {

class Database;

// The actions on incidents a list offers (acknowledge, assign, note, resolve,
// reopen), shared by the Incidents page and the escalation queue: their
// shortcuts on the view, asking for the text or login an action needs,
// applying it off the GUI thread, and a notice above the list saying what was
// done or, in red, why nothing was. The view's model gives each row's
// incident ID (KeyRole), status (StatusRole) and latest event (lastEventRole).
class IncidentDesk : public QObject
{
    Q_OBJECT
public:
    IncidentDesk(Database *db, QTableView *view, int lastEventRole, QWidget *owner);

    QLabel *noticeLabel() const { return m_notice; }
    QAction *action(IncidentActionKind kind) const { return m_actions.at(kind); }
    // Run a runbook for the current incident (runRunbook()).
    QAction *runAction() const { return m_run; }
    const QString &lastMessage() const { return m_last; }

    // The action on the selected incidents, with what the view showed of each (for the stale-view check); no
    // incidents when a selected row is still loading.
    IncidentAction selectedAction(IncidentActionKind kind) const;
    // Asks for a note, a resolution or a login as the action needs, then applies it to the selection.
    QCoro::Task<> actOnSelection(IncidentActionKind kind);
    // Applies an action off the GUI thread, says what happened, then emits applied().
    QCoro::Task<> applyAction(IncidentAction action);
    void notice(const QString &message, bool refused);
    // The resolve offer after an order run from the incident completed: resolves it, saying which order, unless
    // the view is stale.
    QCoro::Task<> resolveAfterOrder(const IncidentDetail &detail);
    // Where the detail pane offers it: a link (resolveLink) in the pane; true when the URL was that link.
    bool openLink(const QUrl &url, const IncidentDetail &detail);
    static QString resolveLink() { return QStringLiteral("healdesk-resolve:order"); }

    // The detail pane beside the list: the incident and its timeline (incidentDetailHtml), read off the GUI
    // thread, an answer for an incident no longer chosen dropped; its resolve offer's link resolves the incident.
    void setDetailView(QTextBrowser *pane);
    QCoro::Task<> showDetail(QString incidentId);
    // Nothing to show: says why, and drops any answer still on its way.
    void clearDetail(const QString &html);
    const QString &detailId() const { return m_detailId; }

    // "Acknowledged", "Resolved", ...
    static QString actionLabel(IncidentActionKind kind);

Q_SIGNALS:
    // An action was applied or refused: the lists are brought up to date.
    void applied(const QString &message);
    // Run a runbook for this incident (the main window opens the order dialog with a suggestion).
    void runRunbook(const QString &incidentId);

private:
    Database *m_db;
    QTableView *m_view;
    QWidget *m_owner;
    int m_lastEventRole;
    QLabel *m_notice;
    std::map<IncidentActionKind, QAction *> m_actions;
    QAction *m_run;
    QString m_last;
    QTextBrowser *m_pane = nullptr;
    QString m_detailId;
    quint64 m_detailGeneration = 0;
    IncidentDetail m_shown; // the incident the pane shows
};

} // namespace hd
