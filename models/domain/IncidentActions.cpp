#include "IncidentActions.h"

#include "Audit.h"
#include "Error.h"
#include "Format.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace hd::IncidentActions {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IncidentActions)
};

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidInput, message);
}

Error refused(const QString &message)
{
    return Error(Error::Code::Refused, message);
}

// A UUID written out whole (braces allowed), and nothing after it: QUuid::fromString alone would read a prefix.
bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"));
    return uuid.match(text).hasMatch();
}

QString normalUuid(const QString &text)
{
    return QUuid::fromString(text).toString(QUuid::WithoutBraces);
}

struct State
{
    QString status;
    QString owner;
    IncidentEvent latest; // id 0: none
};

} // namespace

// Malformed actions are refused before the database is asked anything.
void validate(const IncidentAction &a)
{
    if (!isUuid(a.actionId) || QUuid::fromString(a.actionId).isNull())
        throw invalid(Text::tr("the action ID \"%1\" is not a UUID").arg(a.actionId));
    if (a.incidentIds.isEmpty())
        throw invalid(Text::tr("no incident given"));
    if (a.incidentIds.size() > kMaxIncidents)
        throw invalid(Text::tr("%1 incidents in one action; at most %2").arg(a.incidentIds.size()).arg(kMaxIncidents));
    for (const QString &id : a.incidentIds) {
        if (!isUuid(id))
            throw invalid(Text::tr("\"%1\" is not an incident ID (a UUID)").arg(id));
    }
    const QString text = a.text.trimmed();
    if (text.size() > 10000)
        throw invalid(Text::tr("the text has %1 characters; at most 10000").arg(text.size()));
    if (text.contains(QChar(0)))
        throw invalid(Text::tr("the text holds a NUL character"));
    if (a.kind == IncidentActionKind::Note && text.isEmpty())
        throw invalid(Text::tr("a note needs its text"));
    if (a.kind == IncidentActionKind::Resolve && text.isEmpty())
        throw invalid(Text::tr("a resolution needs a note saying what was done"));
    if (a.kind == IncidentActionKind::Assign && a.assignee.trimmed().isEmpty())
        throw invalid(Text::tr("an assignment needs the login to assign to"));
    if (a.kind != IncidentActionKind::Assign && !a.assignee.isEmpty())
        throw invalid(Text::tr("only an assignment takes a login to assign to"));
}

IncidentActionResult applyChecked(Session &session, const IncidentAction &a);

QString word(IncidentActionKind kind)
{
    switch (kind) {
    case IncidentActionKind::Acknowledge: return QStringLiteral("acknowledge");
    case IncidentActionKind::Assign: return QStringLiteral("assign");
    case IncidentActionKind::Note: return QStringLiteral("note");
    case IncidentActionKind::Resolve: return QStringLiteral("resolve");
    case IncidentActionKind::Reopen: return QStringLiteral("reopen");
    }
    return {};
}

IncidentActionKind fromWord(const QString &text)
{
    for (IncidentActionKind k : {IncidentActionKind::Acknowledge, IncidentActionKind::Assign, IncidentActionKind::Note,
                                 IncidentActionKind::Resolve, IncidentActionKind::Reopen}) {
        if (word(k) == text)
            return k;
    }
    throw invalid(Text::tr("unknown incident action \"%1\": use acknowledge, assign, note, resolve or reopen").arg(text));
}

QString what(const IncidentEvent &e)
{
    if (e.kind == QLatin1String("acknowledge"))
        return Text::tr("acknowledged by %1").arg(e.actor);
    if (e.kind == QLatin1String("assign"))
        return Text::tr("assigned to %1 by %2").arg(e.owner, e.actor);
    if (e.kind == QLatin1String("note"))
        return Text::tr("given a note by %1").arg(e.actor);
    if (e.kind == QLatin1String("resolve"))
        return Text::tr("resolved by %1").arg(e.actor);
    if (e.kind == QLatin1String("reopen"))
        return Text::tr("reopened by %1").arg(e.actor);
    if (e.kind == QLatin1String("order"))
        return Text::tr("order %1 (%2) issued by %3: %4")
            .arg(e.orderId, e.orderRunbook, e.actor,
                 e.orderStatus.isEmpty() ? Text::tr("not visible") : format::storedValue(e.orderStatus));
    return Text::tr("changed by %1").arg(e.actor);
}

QString describe(const IncidentEvent &e, const QDateTime &now)
{
    return Text::tr("%1 %2", "what happened, then how long ago").arg(what(e), format::ago(e.at, now));
}

IncidentActionResult apply(Session &session, const IncidentAction &a)
{
    validate(a);
    // One spelling of each ID (lower case, no braces), as the database writes it back.
    IncidentAction normal = a;
    normal.actionId = normalUuid(a.actionId);
    normal.incidentIds.clear();
    normal.seen.clear();
    for (const QString &id : a.incidentIds)
        normal.incidentIds << normalUuid(id);
    for (auto it = a.seen.cbegin(); it != a.seen.cend(); ++it) {
        if (!isUuid(it.key()))
            throw invalid(Text::tr("\"%1\" is not an incident ID (a UUID)").arg(it.key()));
        normal.seen.insert(normalUuid(it.key()), it.value());
    }
    if (normal.incidentIds.size() != QSet<QString>(normal.incidentIds.begin(), normal.incidentIds.end()).size())
        throw invalid(Text::tr("an incident is named twice"));
    return applyChecked(session, normal);
}

IncidentActionResult applyChecked(Session &session, const IncidentAction &a)
{
    const QString ids = a.incidentIds.join(QLatin1Char(','));
    return session.transaction([&] {
        IncidentActionResult result;
        session.query(QStringLiteral("incident_action_lock"), {{"ids", ids}}).next();
        auto repeat = session.query(QStringLiteral("incident_action_repeat"), {{"action", a.actionId}});
        repeat.next();
        if (repeat.int64("done") > 0) {
            result.repeated = true;
            return result;
        }
        QHash<QString, State> states;
        QString me;
        QDateTime now;
        auto q = session.query(QStringLiteral("incident_action_state"), {{"ids", ids}});
        while (q.next()) {
            State s;
            s.status = q.text("status");
            s.owner = q.text("owner");
            me = q.text("me");
            if (!q.isNull("event_id"))
                s.latest = IncidentEvent{q.int64("event_id"), q.text("kind"), q.text("actor"), q.text("event_owner"),
                                         q.text("body"), q.time("at")};
            states.insert(q.text("id"), s);
        }
        auto clock = session.query(QStringLiteral("clock_now"));
        if (clock.next())
            now = clock.time("now_ms");
        int alreadyCount = 0;
        QString alreadyFirst, alreadyWhy;
        for (const QString &id : a.incidentIds) {
            const auto it = states.constFind(id);
            if (it == states.cend())
                throw refused(Text::tr("there is no incident %1, or it is not one this login may see").arg(id));
            const State &s = *it;
            // A view that is no longer true: say who changed it and when; change nothing.
            if (a.seen.contains(id)) {
                const IncidentSeen &seen = a.seen.value(id);
                if (s.latest.id != seen.lastEvent && s.latest.id != 0)
                    throw refused(Text::tr("incident %1 was %2 since you loaded it; nothing was changed. Look again "
                                           "before acting.")
                                      .arg(id, describe(s.latest, now)));
                if (!seen.status.isEmpty() && seen.status.toLower() != s.status)
                    throw refused(Text::tr("incident %1 is %2 now, not %3 as you saw it (its agent changed it); nothing "
                                           "was changed. Look again before acting.")
                                      .arg(id, s.status, seen.status.toLower()));
            }
            QString why;
            if (a.kind == IncidentActionKind::Resolve && s.status == QLatin1String("resolved"))
                why = s.latest.kind == QLatin1String("resolve") ? describe(s.latest, now) : Text::tr("resolved already");
            else if (a.kind == IncidentActionKind::Reopen && s.status != QLatin1String("resolved"))
                why = Text::tr("not resolved");
            else if (a.kind == IncidentActionKind::Acknowledge && s.owner == me)
                why = Text::tr("yours already");
            else if (a.kind == IncidentActionKind::Assign && s.owner == a.assignee.trimmed())
                why = Text::tr("assigned to %1 already").arg(s.owner);
            if (!why.isEmpty()) {
                if (alreadyCount++ == 0) {
                    alreadyFirst = id;
                    alreadyWhy = why;
                }
            }
        }
        if (alreadyCount > 0)
            throw refused(alreadyCount == 1
                              ? Text::tr("incident %1 is %2; nothing was changed").arg(alreadyFirst, alreadyWhy)
                              : Text::tr("%1 of the %2 incidents are that way already (the first, %3, is %4); nothing "
                                         "was changed")
                                    .arg(alreadyCount)
                                    .arg(a.incidentIds.size())
                                    .arg(alreadyFirst, alreadyWhy));
        QString owner;
        if (a.kind == IncidentActionKind::Acknowledge)
            owner = me;
        if (a.kind == IncidentActionKind::Assign) {
            owner = a.assignee.trimmed();
            auto u = session.query(QStringLiteral("incident_action_unreachable"), {{"ids", ids}, {"who", owner}});
            if (u.next())
                throw refused(Text::tr("%1 cannot be given incident %2: it is not a Healdesk login that serves the "
                                       "incident's partner")
                                  .arg(owner, u.text("id")));
        }
        auto inserted = session.query(QStringLiteral("incident_action_insert"),
                                      {{"action", a.actionId},
                                       {"ids", ids},
                                       {"kind", word(a.kind)},
                                       {"owner", owner},
                                       {"body", a.text.trimmed()}});
        result.applied = inserted.affected();
        QJsonArray incidents;
        for (const QString &id : a.incidentIds)
            incidents.append(id);
        QJsonObject details{{QStringLiteral("action_id"), a.actionId}, {QStringLiteral("incidents"), incidents}};
        if (!owner.isEmpty())
            details.insert(QStringLiteral("owner"), owner);
        if (!a.text.trimmed().isEmpty())
            details.insert(QStringLiteral("text"), a.text.trimmed());
        Audit::record(session, QStringLiteral("incident.") + word(a.kind),
                      // The audit log keeps one language: the target is not translated.
                      a.incidentIds.size() == 1 ? a.incidentIds.first()
                                                : QStringLiteral("%1 incidents").arg(a.incidentIds.size()),
                      details);
        return result;
    });
}

QList<IncidentEvent> events(Session &session, const QString &incidentId)
{
    if (!isUuid(incidentId))
        throw invalid(Text::tr("\"%1\" is not an incident ID (a UUID)").arg(incidentId));
    QList<IncidentEvent> list;
    auto q = session.query(QStringLiteral("incident_events"), {{"incident", incidentId}});
    while (q.next())
        list << IncidentEvent{q.int64("id"),          q.text("kind"),         q.text("actor"),
                              q.text("owner"),        q.text("body"),         q.time("at"),
                              q.text("order_id"),     q.text("order_runbook"), q.text("order_status"),
                              q.time("order_completed_at")};
    return list;
}

} // namespace hd::IncidentActions
