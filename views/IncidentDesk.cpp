#include "IncidentDesk.h"

#include "Database.h"
#include "Deliver.h"
#include "Error.h"
#include "IncidentsPage.h"
#include "RowTableModel.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace hd {

IncidentDesk::IncidentDesk(Database *db, QTableView *view, int lastEventRole, QWidget *owner)
    : QObject(owner), m_db(db), m_view(view), m_owner(owner), m_lastEventRole(lastEventRole),
      m_notice(new QLabel(owner))
{
    const struct
    {
        IncidentActionKind kind;
        const char *text;
        QKeySequence keys;
    } actions[] = {
        {IncidentActionKind::Acknowledge, QT_TR_NOOP("&Acknowledge (take it)"), QKeySequence(Qt::CTRL | Qt::Key_K)},
        {IncidentActionKind::Assign, QT_TR_NOOP("A&ssign to…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {IncidentActionKind::Note, QT_TR_NOOP("Add a &note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {IncidentActionKind::Resolve, QT_TR_NOOP("&Resolve…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {IncidentActionKind::Reopen, QT_TR_NOOP("Re&open"), QKeySequence()},
    };
    for (const auto &a : actions) {
        auto *action = new QAction(tr(a.text), view);
        action->setShortcut(a.keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setObjectName(QStringLiteral("incident-") + IncidentActions::word(a.kind));
        connect(action, &QAction::triggered, this, [this, kind = a.kind] { actOnSelection(kind); });
        view->addAction(action);
        m_actions[a.kind] = action;
    }
    m_run = new QAction(tr("Run a run&book for it…"), view);
    m_run->setObjectName(QStringLiteral("incident-run"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_run->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_run, &QAction::triggered, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        const QString id = m_view->selectionModel()->currentIndex().data(KeyRole).toString();
        if (rows.size() != 1 || id.isEmpty()) {
            notice(tr("Select one incident to run a runbook for it."), true);
            return;
        }
        emit runRunbook(id);
    });
    view->addAction(m_run);
    m_notice->setObjectName(QStringLiteral("incidentNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
}

IncidentAction IncidentDesk::selectedAction(IncidentActionKind kind) const
{
    IncidentAction a;
    a.kind = kind;
    a.actionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QString id = index.data(KeyRole).toString();
        if (id.isEmpty()) {
            // A row whose window is being read again: acting on the rest would quietly leave it out.
            a.incidentIds.clear();
            a.seen.clear();
            return a;
        }
        a.incidentIds << id;
        // What this view showed: an action on a view that is no longer true changes nothing.
        a.seen.insert(id, IncidentSeen{index.data(m_lastEventRole).toLongLong(), index.data(StatusRole).toString()});
    }
    return a;
}

QCoro::Task<> IncidentDesk::actOnSelection(IncidentActionKind kind)
{
    IncidentAction a = selectedAction(kind);
    if (a.incidentIds.isEmpty()) {
        if (!m_view->selectionModel()->selectedRows().isEmpty())
            notice(tr("Some selected rows are still loading; nothing was changed. Try again in a moment."), true);
        else
            notice(tr("Select one or more incidents first."), true);
        co_return;
    }
    const int n = int(a.incidentIds.size());
    // Notes and resolutions need their text, an assignment its login: OK without one asks again, saying why.
    QString question;
    if (kind == IncidentActionKind::Note)
        question = tr("Note on %n incident(s) (kept with each, and in the audit log):", nullptr, n);
    else if (kind == IncidentActionKind::Resolve)
        question = tr("What was done to resolve %n incident(s)? (kept with each, and in the audit log)", nullptr, n);
    else if (kind == IncidentActionKind::Assign)
        question = tr("The login to give %n incident(s) to:", nullptr, n);
    QString label = question;
    while (!question.isEmpty()) {
        bool ok = false;
        if (kind == IncidentActionKind::Assign)
            a.assignee =
                QInputDialog::getText(m_owner, tr("Assign incidents"), label, QLineEdit::Normal, a.assignee, &ok);
        else
            a.text = QInputDialog::getMultiLineText(
                m_owner, kind == IncidentActionKind::Note ? tr("Add a note") : tr("Resolve incidents"), label, a.text,
                &ok);
        if (!ok)
            co_return;
        try {
            IncidentActions::validate(a);
            break;
        } catch (const Error &e) {
            label = e.message() + QStringLiteral("\n\n") + question;
        }
    }
    co_await applyAction(std::move(a));
}

QCoro::Task<> IncidentDesk::applyAction(IncidentAction action)
{
    auto run = [action](Session &s) { return IncidentActions::apply(s, action); };
    auto show = [&](const IncidentActionResult &r) {
        notice(r.repeated ? tr("That action was applied before; nothing was done again.")
                          : tr("%1: %n incident(s).", nullptr, r.applied).arg(actionLabel(action.kind)),
               false);
    };
    // A refusal (a stale view, an incident already that way) stays above the list for the technician to read,
    // without a dialog in the way; the list is brought up to date beneath it.
    auto fail = [&](const Error &e) { notice(e.message(), true); };
    QCoro::Task<bool> done = deliver(this, m_db->submitWrite(std::move(run)), std::move(show), std::move(fail));
    co_await done;
}

void IncidentDesk::notice(const QString &message, bool refused)
{
    m_last = message;
    m_notice->setStyleSheet(refused ? QStringLiteral("color:#c62828") : QString());
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
    emit applied(message);
}

QCoro::Task<> IncidentDesk::resolveAfterOrder(const IncidentDetail &detail)
{
    IncidentAction a;
    a.kind = IncidentActionKind::Resolve;
    a.actionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.incidentIds = {detail.incident.id};
    qint64 last = 0;
    const IncidentEvent *order = nullptr;
    for (const IncidentEvent &e : detail.events) {
        last = std::max(last, e.id);
        if (e.kind == QLatin1String("order"))
            order = &e;
    }
    // What the pane showed: a change since (another console, the agent) refuses it and says so.
    a.seen.insert(detail.incident.id, IncidentSeen{last, detail.incident.status});
    a.text = order ? tr("Order %1 ran %2 and completed.").arg(order->orderId, order->orderRunbook)
                   : tr("Resolved after its order completed.");
    co_await applyAction(std::move(a));
}

bool IncidentDesk::openLink(const QUrl &url, const IncidentDetail &detail)
{
    if (url.toString() != resolveLink())
        return false;
    resolveAfterOrder(detail);
    return true;
}

void IncidentDesk::setDetailView(QTextBrowser *pane)
{
    m_pane = pane;
    pane->setOpenLinks(false);
    connect(pane, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) { openLink(url, m_shown); });
}

void IncidentDesk::clearDetail(const QString &html)
{
    m_detailId.clear();
    m_shown = {};
    ++m_detailGeneration;
    m_pane->setHtml(html);
}

QCoro::Task<> IncidentDesk::showDetail(QString incidentId)
{
    m_detailId = incidentId;
    const quint64 generation = ++m_detailGeneration;
    auto fetch = [incidentId](Session &s) { return Incidents::detail(s, incidentId); };
    auto show = [&](const IncidentDetail &detail) {
        if (generation != m_detailGeneration)
            return;
        const int scroll = m_pane->verticalScrollBar()->value();
        m_shown = detail;
        m_pane->setHtml(incidentDetailHtml(detail));
        m_pane->verticalScrollBar()->setValue(scroll);
    };
    auto fail = [&](const Error &error) {
        if (generation == m_detailGeneration)
            m_pane->setHtml(QStringLiteral("<p style='color:#c62828'>%1</p>").arg(error.message().toHtmlEscaped()));
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show), std::move(fail));
    co_await done;
}

QString IncidentDesk::actionLabel(IncidentActionKind kind)
{
    switch (kind) {
    case IncidentActionKind::Acknowledge: return tr("Acknowledged");
    case IncidentActionKind::Assign: return tr("Assigned");
    case IncidentActionKind::Note: return tr("Noted");
    case IncidentActionKind::Resolve: return tr("Resolved");
    case IncidentActionKind::Reopen: return tr("Reopened");
    }
    return {};
}

} // namespace hd
