// healdesk incident: the technician's desk on the command line (issue 23): list and show incidents, and
// acknowledge, assign, note, resolve or reopen them, one or many at once.

#include "Cli.h"
#include "CliSupport.h"

#include "Database.h"
#include "Error.h"
#include "Format.h"
#include "IncidentActions.h"
#include "Incidents.h"
#include "Session.h"
#include "Slas.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace hd::cli::detail {

namespace {

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue utcOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(utc(t)) : QJsonValue();
}

QJsonObject incidentJson(const IncidentRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("reported_at"), utcOrNull(r.reportedAt)},
            {QStringLiteral("severity"), r.severity},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("tier"), r.tier},
            {QStringLiteral("incident_type"), r.type},
            {QStringLiteral("appliance_id"), r.applianceId},
            {QStringLiteral("hostname"), r.hostname},
            {QStringLiteral("site_id"), r.siteId},
            {QStringLiteral("site"), r.siteName},
            {QStringLiteral("owner"), r.owner.isEmpty() ? QJsonValue() : QJsonValue(r.owner)},
            {QStringLiteral("resolved_at"), utcOrNull(r.resolvedAt)}};
}

// Why a queued incident needs a person, in words: "past its SLA, L3, escalated, latest execution failed".
QStringList queueReasons(const QueueRow &r)
{
    QStringList why;
    if (r.breached)
        why << QStringLiteral("sla");
    if (r.isL3)
        why << QStringLiteral("L3");
    if (r.escalated)
        why << QStringLiteral("escalated");
    if (r.latestFailed)
        why << QStringLiteral("failed");
    return why;
}

int printQueue(const QList<QueueRow> &rows, bool json)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json) {
        QJsonArray array;
        for (const QueueRow &r : rows) {
            QJsonObject o = incidentJson(r.incident);
            o.insert(QStringLiteral("due_at"), utcOrNull(r.dueAt));
            o.insert(QStringLiteral("breached"), r.breached);
            o.insert(QStringLiteral("seconds_left"),
                     r.dueAt.isValid() ? QJsonValue(double(now.secsTo(r.dueAt))) : QJsonValue());
            o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(queueReasons(r)));
            array.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    QList<QStringList> cells;
    for (const QueueRow &r : rows) {
        const IncidentRow &i = r.incident;
        cells << QStringList{format::timeLeft(r.dueAt, now), i.severity, i.status, i.tier,
                             i.owner.isEmpty() ? QStringLiteral("-") : i.owner,
                             queueReasons(r).join(QLatin1Char(',')), i.type,
                             i.siteName + QLatin1Char('/') + i.hostname, i.id};
    }
    printColumns({CliText::tr("SLA"), CliText::tr("SEVERITY"), CliText::tr("STATUS"), CliText::tr("TIER"),
                  CliText::tr("OWNER"), CliText::tr("WHY"), CliText::tr("TYPE"), CliText::tr("SITE/HOSTNAME"),
                  CliText::tr("ID")},
                 cells);
    return 0;
}

int incidentList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("queue"),
                      CliText::tr("The escalation queue: open incidents that need a person (L3, escalated, a failed "
                                  "latest execution, or past their SLA), breached first, then by severity and age.")});
    parser.addOption({QStringLiteral("mine"), CliText::tr("Only incidents this login owns.")});
    parser.addOption({QStringLiteral("unassigned"), CliText::tr("Only incidents nobody owns.")});
    parser.addOption({QStringLiteral("owner"), CliText::tr("Only incidents this login owns."), QStringLiteral("login")});
    parser.addOption({QStringLiteral("status"), CliText::tr("open, escalated or resolved."), QStringLiteral("status")});
    parser.addOption({QStringLiteral("severity"), CliText::tr("low, medium, high or critical."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("tier"), CliText::tr("L1, L2, L3 or none."), QStringLiteral("tier")});
    parser.addOption({QStringLiteral("site"), CliText::tr("Only these sites (IDs or names, comma-separated)."),
                      QStringLiteral("sites")});
    parser.addOption({QStringLiteral("partner"), CliText::tr("Only this partner's sites (its ID or name)."),
                      QStringLiteral("partner")});
    parser.addOption({QStringLiteral("limit"), CliText::tr("At most this many, newest first (default 50, 1-10000)."),
                      QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON array.")});
    if (auto code = parse(parser, args, CliText::tr("List incidents this login may see, newest first.")))
        return *code;
    IncidentFilter filter;
    const int owners = int(parser.isSet(QStringLiteral("mine"))) + int(parser.isSet(QStringLiteral("unassigned"))) +
                       int(parser.isSet(QStringLiteral("owner")));
    if (owners > 1)
        throw Error(Error::Code::InvalidInput, CliText::tr("use one of --mine, --unassigned and --owner"));
    if (parser.isSet(QStringLiteral("mine")))
        filter.owner = QStringLiteral("@me");
    else if (parser.isSet(QStringLiteral("unassigned")))
        filter.owner = QStringLiteral("@none");
    else if (parser.isSet(QStringLiteral("owner"))) {
        filter.owner = parser.value(QStringLiteral("owner")).trimmed();
        if (filter.owner.isEmpty() || filter.owner.startsWith(QLatin1Char('@')))
            throw Error(Error::Code::InvalidInput, CliText::tr("--owner takes a login name"));
    }
    const auto oneOf = [&parser](const char *option, const QStringList &allowed, bool upper) {
        const QString given = parser.value(QString::fromLatin1(option)).trimmed();
        const QString value = upper ? given.toUpper() : given.toLower();
        if (parser.isSet(QString::fromLatin1(option)) && !allowed.contains(value))
            throw Error(Error::Code::InvalidInput, CliText::tr("--%1 takes %2, not \"%3\"")
                                                       .arg(QString::fromLatin1(option),
                                                            allowed.join(QStringLiteral(", ")), given));
        return value;
    };
    filter.status = oneOf("status", {QStringLiteral("open"), QStringLiteral("escalated"), QStringLiteral("resolved")},
                          false);
    filter.severity = oneOf("severity",
                            {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                             QStringLiteral("critical")},
                            false);
    filter.tier = oneOf("tier", {QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3"), QStringLiteral("NONE")},
                        true);
    if (filter.tier == QLatin1String("NONE"))
        filter.tier = QStringLiteral("none");
    bool ok = false;
    const qint64 limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
    if (!ok || limit < 1 || limit > 10000)
        throw Error(Error::Code::InvalidInput, CliText::tr("--limit takes a whole number from 1 to 10000"));
    Database db(connectionFrom(parser));
    filter.scope.siteIds =
        siteArgs(db, parser.value(QStringLiteral("site")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    filter.scope.partnerId = partnerArg(db, parser.value(QStringLiteral("partner")));
    if (parser.isSet(QStringLiteral("queue")))
        return printQueue(db.runSync([&](Session &s) { return Incidents::queue(s, filter, int(limit)); }),
                          parser.isSet(QStringLiteral("json")));
    const QList<IncidentRow> rows =
        db.runSync([&](Session &s) { return Incidents::page(s, filter, std::nullopt, int(limit)); });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const IncidentRow &r : rows)
            array.append(incidentJson(r));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    QList<QStringList> cells;
    for (const IncidentRow &r : rows)
        cells << QStringList{utc(r.reportedAt), r.severity, r.status, r.tier, r.owner.isEmpty() ? QStringLiteral("-") : r.owner,
                             r.type, r.siteName + QLatin1Char('/') + r.hostname, r.id};
    printColumns({CliText::tr("REPORTED (UTC)"), CliText::tr("SEVERITY"), CliText::tr("STATUS"), CliText::tr("TIER"),
                  CliText::tr("OWNER"), CliText::tr("TYPE"), CliText::tr("SITE/HOSTNAME"), CliText::tr("ID")},
                 cells);
    return 0;
}

int incidentShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON object.")});
    parser.addPositionalArgument(QStringLiteral("id"), CliText::tr("The incident's ID."));
    if (auto code = parse(parser, args,
                          CliText::tr("Show one incident: what was reported, its executions and what technicians did "
                                      "with it, in time order."),
                          1, 1))
        return *code;
    const QString id = parser.positionalArguments().constFirst().trimmed();
    if (QUuid::fromString(id).isNull())
        throw Error(Error::Code::InvalidInput, CliText::tr("\"%1\" is not an incident ID (a UUID)").arg(id));
    Database db(connectionFrom(parser));
    const IncidentDetail d = db.runSync([&](Session &s) { return Incidents::detail(s, QUuid::fromString(id).toString(QUuid::WithoutBraces)); });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = incidentJson(d.incident);
        o.insert(QStringLiteral("recorded_tier"), d.incident.recordedTier.isEmpty() ? QJsonValue() : QJsonValue(d.incident.recordedTier));
        o.insert(QStringLiteral("order_id"), d.orderId.isEmpty() ? QJsonValue() : QJsonValue(d.orderId));
        o.insert(QStringLiteral("details"), QJsonDocument::fromJson(d.details.toUtf8()).object());
        QJsonArray executions;
        for (const ExecutionRow &e : d.executions)
            executions.append(QJsonObject{{QStringLiteral("execution_id"), e.executionId},
                                          {QStringLiteral("runbook_id"), e.runbookId},
                                          {QStringLiteral("runbook"), e.canonical.isEmpty() ? QJsonValue() : QJsonValue(e.canonical)},
                                          {QStringLiteral("tier"), e.tier},
                                          {QStringLiteral("success"), e.success},
                                          {QStringLiteral("started_at"), utcOrNull(e.startedAt)},
                                          {QStringLiteral("completed_at"), utcOrNull(e.completedAt)}});
        o.insert(QStringLiteral("executions"), executions);
        QJsonArray events;
        for (const IncidentEvent &e : d.events)
            events.append(QJsonObject{{QStringLiteral("id"), e.id},
                                      {QStringLiteral("kind"), e.kind},
                                      {QStringLiteral("actor"), e.actor},
                                      {QStringLiteral("owner"), e.owner.isEmpty() ? QJsonValue() : QJsonValue(e.owner)},
                                      {QStringLiteral("text"), e.text.isEmpty() ? QJsonValue() : QJsonValue(e.text)},
                                      {QStringLiteral("at"), utcOrNull(e.at)}});
        o.insert(QStringLiteral("events"), events);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    const IncidentRow &r = d.incident;
    out() << r.type << CliText::tr(" on ") << r.siteName << QLatin1Char('/') << r.hostname << Qt::endl;
    out() << CliText::tr("incident: ") << r.id << Qt::endl;
    out() << CliText::tr("severity: ") << r.severity << CliText::tr(", status: ") << r.status << CliText::tr(", tier: ")
          << r.tier << CliText::tr(", owner: ") << (r.owner.isEmpty() ? CliText::tr("nobody") : r.owner) << Qt::endl;
    // The timeline: reported, each execution, each technician's event, in time order.
    struct Line
    {
        QDateTime at;
        QString text;
    };
    QList<Line> lines{{r.reportedAt, CliText::tr("reported (%1)").arg(r.severity)}};
    for (const ExecutionRow &e : d.executions)
        lines << Line{e.completedAt.isValid() ? e.completedAt : e.startedAt,
                      CliText::tr("execution %1 of %2 (%3): %4")
                          .arg(e.executionId, e.canonical.isEmpty() ? e.runbookId : e.canonical, e.tier,
                               e.success ? CliText::tr("succeeded") : CliText::tr("failed"))};
    for (const IncidentEvent &e : d.events) {
        QString text = IncidentActions::what(e);
        if (!e.text.isEmpty())
            text += QStringLiteral(": ") + e.text;
        lines << Line{e.at, text};
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        if (!a.at.isValid() || !b.at.isValid())
            return a.at.isValid() && !b.at.isValid();
        return a.at < b.at;
    });
    for (const Line &l : lines)
        out() << (l.at.isValid() ? utc(l.at) : CliText::tr("(no time)")) << QStringLiteral("  ") << l.text << Qt::endl;
    return 0;
}

// ack, assign, note, resolve, reopen: one action over the incidents named.
int incidentAct(const QStringList &args, IncidentActionKind kind)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    if (kind == IncidentActionKind::Assign)
        parser.addOption({QStringLiteral("to"), CliText::tr("The login to assign them to (required)."),
                          QStringLiteral("login")});
    parser.addOption({QStringLiteral("text"),
                      kind == IncidentActionKind::Note || kind == IncidentActionKind::Resolve
                          ? CliText::tr("What to write (required).")
                          : CliText::tr("A note to go with it."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("action-id"),
                      CliText::tr("A UUID for this action, so that running the same command again applies it once "
                                  "(default: a new one)."),
                      QStringLiteral("uuid")});
    parser.addPositionalArgument(QStringLiteral("id"), CliText::tr("Incident IDs."), QStringLiteral("ID..."));
    if (auto code = parse(parser, args,
                          CliText::tr("Act on incidents, all of them or none, in one transaction with its audit row."),
                          1, IncidentActions::kMaxIncidents))
        return *code;
    IncidentAction action;
    action.kind = kind;
    action.incidentIds = parser.positionalArguments();
    action.text = parser.value(QStringLiteral("text"));
    if (kind == IncidentActionKind::Assign)
        action.assignee = parser.value(QStringLiteral("to"));
    action.actionId = parser.isSet(QStringLiteral("action-id")) ? parser.value(QStringLiteral("action-id")).trimmed()
                                                                : QUuid::createUuid().toString(QUuid::WithoutBraces);
    Database db(connectionFrom(parser));
    const IncidentActionResult result = db.runSync([&](Session &s) { return IncidentActions::apply(s, action); });
    if (result.repeated) {
        out() << CliText::tr("action %1 was applied before; nothing was done again").arg(action.actionId) << Qt::endl;
        return 0;
    }
    out() << CliText::tr("%1: %n incident(s)", nullptr, result.applied).arg(IncidentActions::word(kind)) << Qt::endl;
    return 0;
}

int incidentAck(const QStringList &args) { return incidentAct(args, IncidentActionKind::Acknowledge); }
int incidentAssign(const QStringList &args) { return incidentAct(args, IncidentActionKind::Assign); }
int incidentNote(const QStringList &args) { return incidentAct(args, IncidentActionKind::Note); }
int incidentResolve(const QStringList &args) { return incidentAct(args, IncidentActionKind::Resolve); }
int incidentReopen(const QStringList &args) { return incidentAct(args, IncidentActionKind::Reopen); }

} // namespace

namespace {

// "--partner P", or the fleet's defaults without it; resolved by name like everywhere.
QString slaPartner(Database &db, const QCommandLineParser &parser)
{
    return partnerArg(db, parser.value(QStringLiteral("partner")));
}

int printSlas(Database &db, const QString &partnerId, bool json)
{
    const SlaTable table = db.runSync([&partnerId](Session &s) { return Slas::table(s, partnerId); });
    if (json) {
        QJsonArray array;
        for (const SlaSetting &r : table.rows)
            array.append(QJsonObject{{QStringLiteral("severity"), r.severity},
                                     {QStringLiteral("hours"), r.hours()},
                                     {QStringLiteral("from"), r.ownHours ? QStringLiteral("partner")
                                                                          : QStringLiteral("fleet")},
                                     {QStringLiteral("fleet_hours"), r.fleetHours},
                                     {QStringLiteral("set_at"), utcOrNull(r.setAt)},
                                     {QStringLiteral("set_by"), r.setBy.isEmpty() ? QJsonValue() : QJsonValue(r.setBy)},
                                     {QStringLiteral("auto_resolve"), partnerId.isEmpty() ? QJsonValue()
                                                                                          : QJsonValue(table.autoResolve)}});
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    QList<QStringList> cells;
    for (const SlaSetting &r : table.rows)
        cells << QStringList{r.severity, QString::number(r.hours()),
                             r.ownHours ? CliText::tr("partner") : CliText::tr("fleet"),
                             r.setAt.isValid() ? utc(r.setAt) : QStringLiteral("-"),
                             r.setBy.isEmpty() ? QStringLiteral("-") : r.setBy};
    printColumns({CliText::tr("SEVERITY"), CliText::tr("HOURS"), CliText::tr("FROM"), CliText::tr("SET (UTC)"),
                  CliText::tr("SET BY")},
                 cells);
    if (!partnerId.isEmpty())
        out() << (table.autoResolve ? CliText::tr("auto-resolve: on (an order run from an incident that completes "
                                                  "resolves it)")
                                    : CliText::tr("auto-resolve: off (the console offers to resolve)"))
              << Qt::endl;
    return 0;
}

void addSlaOptions(QCommandLineParser &parser)
{
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("partner"),
                      CliText::tr("This partner's SLAs (its ID or name); without it, the fleet's defaults."),
                      QStringLiteral("partner")});
}

int slaShow(const QStringList &args)
{
    QCommandLineParser parser;
    addSlaOptions(parser);
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON array.")});
    if (auto code = parse(parser, args,
                          CliText::tr("Show how long an open incident of each severity may wait before it counts as "
                                      "past its SLA: the partner's own hours, else the fleet's.")))
        return *code;
    Database db(connectionFrom(parser));
    return printSlas(db, slaPartner(db, parser), parser.isSet(QStringLiteral("json")));
}

int slaSet(const QStringList &args)
{
    QCommandLineParser parser;
    addSlaOptions(parser);
    parser.addPositionalArgument(QStringLiteral("severity=hours"),
                                 CliText::tr("For example critical=2 high=8 (hours, more than 0, at most 8760)."));
    parser.addOption({QStringLiteral("auto-resolve"),
                      CliText::tr("on: an order run from one of the partner's incidents resolves the incident when it "
                                  "completes; off: the console offers to."),
                      QStringLiteral("on|off")});
    if (auto code = parse(parser, args,
                          CliText::tr("Set SLA hours, the fleet's or a partner's own, and a partner's auto-resolve "
                                      "(admins only, audited)."),
                          0, 4))
        return *code;
    std::optional<bool> autoResolve;
    if (parser.isSet(QStringLiteral("auto-resolve"))) {
        const QString v = parser.value(QStringLiteral("auto-resolve")).trimmed().toLower();
        if (v != QLatin1String("on") && v != QLatin1String("off"))
            throw Error(Error::Code::InvalidInput, CliText::tr("--auto-resolve takes on or off, not \"%1\"").arg(v));
        if (!parser.isSet(QStringLiteral("partner")))
            throw Error(Error::Code::InvalidInput, CliText::tr("--auto-resolve is set per partner: name it with --partner"));
        autoResolve = v == QLatin1String("on");
    }
    if (parser.positionalArguments().isEmpty() && !autoResolve)
        throw Error(Error::Code::InvalidInput, CliText::tr("name at least one severity=hours, or --auto-resolve"));
    QList<std::pair<QString, double>> hours;
    for (const QString &given : parser.positionalArguments()) {
        const qsizetype eq = given.indexOf(QLatin1Char('='));
        bool ok = false;
        const double h = eq > 0 ? given.mid(eq + 1).trimmed().toDouble(&ok) : 0;
        if (!ok)
            throw Error(Error::Code::InvalidInput,
                        CliText::tr("write each SLA as severity=hours, for example high=8, not \"%1\"").arg(given));
        const QString severity = given.left(eq).trimmed().toLower();
        Slas::check(severity, h);
        hours.append({severity, h});
    }
    Database db(connectionFrom(parser));
    const QString partnerId = slaPartner(db, parser);
    const int changed = db.runSync([&](Session &s) { return Slas::change(s, partnerId, hours, {}, autoResolve); });
    out() << CliText::tr("%n SLA(s) changed", nullptr, changed) << Qt::endl;
    return printSlas(db, partnerId, false);
}

int slaClear(const QStringList &args)
{
    QCommandLineParser parser;
    addSlaOptions(parser);
    parser.addPositionalArgument(QStringLiteral("severity"),
                                 CliText::tr("The severities to clear; none: all of the partner's own."));
    if (auto code = parse(parser, args,
                          CliText::tr("Drop a partner's own SLA hours, so the fleet's apply again (admins only, "
                                      "audited)."),
                          0, 4))
        return *code;
    if (!parser.isSet(QStringLiteral("partner")))
        throw Error(Error::Code::InvalidInput,
                    CliText::tr("name the partner with --partner; the fleet's SLAs can be changed but not cleared"));
    QStringList severities;
    for (const QString &given : parser.positionalArguments()) {
        severities << given.trimmed().toLower();
        Slas::check(severities.constLast(), 1);
    }
    Database db(connectionFrom(parser));
    const QString partnerId = slaPartner(db, parser);
    const int dropped = db.runSync([&](Session &s) { return Slas::clear(s, partnerId, severities); });
    out() << CliText::tr("%n SLA(s) cleared", nullptr, dropped) << Qt::endl;
    return printSlas(db, partnerId, false);
}

} // namespace

int slaCommand(const QStringList &args)
{
    return dispatchGroup(args, {{"show", slaShow}, {"set", slaSet}, {"clear", slaClear}},
                         CliText::tr("usage: healdesk sla show|set|clear [--partner P] [severity=hours...] "
                                     "(see healdesk sla set --help)"));
}

int incidentCommand(const QStringList &args)
{
    return dispatchGroup(args,
                         {{"list", incidentList},
                          {"show", incidentShow},
                          {"ack", incidentAck},
                          {"assign", incidentAssign},
                          {"note", incidentNote},
                          {"resolve", incidentResolve},
                          {"reopen", incidentReopen}},
                         CliText::tr("usage: healdesk incident list|show|ack|assign|note|resolve|reopen [options] "
                                     "(see healdesk incident list --help)"));
}

} // namespace hd::cli::detail
