// healdesk order schedule: recurring orders the worker releases.

#include "Cli.h"
#include "CliSupport.h"

#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "Maintenance.h"
#include "OrderSchedules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <functional>

namespace hd::cli::detail {

namespace {

QTime clockTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        throw Error(Error::Code::InvalidInput, CliText::tr("\"%1\" is not a time of day such as 02:00").arg(text));
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}

qint64 idArgument(const QCommandLineParser &parser)
{
    return numericId(parser, CliText::tr("a schedule ID is a number"));
}

int scheduleAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("runbook"), CliText::tr("Runbook ID (RB-...)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("site"),
                      CliText::tr("The site, by ID or name: every appliance it has at each occurrence, new ones "
                                  "included."),
                      QStringLiteral("site")});
    parser.addOption({QStringLiteral("appliance"),
                      CliText::tr("Only these appliances of the site (IDs or host names), comma-separated."),
                      QStringLiteral("appliances")});
    parser.addOption({QStringLiteral("params"), CliText::tr("Parameters, a JSON object (default {})."),
                      QStringLiteral("json"), QStringLiteral("{}")});
    parser.addOption({QStringLiteral("reason"), CliText::tr("Why (required): each order carries it."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("in-window"), CliText::tr("At the start of each of the site's maintenance windows.")});
    parser.addOption({QStringLiteral("daily"), CliText::tr("Every day at HH:MM, clinic time."), QStringLiteral("time")});
    parser.addOption({QStringLiteral("monthly"),
                      CliText::tr("Every month on this day (1-31; past a month's end, its last day), at --at."),
                      QStringLiteral("day")});
    parser.addOption({QStringLiteral("at"), CliText::tr("With --monthly: the time of day, clinic time (HH:MM)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("ttl"), CliText::tr("Seconds each order may wait for its appliance (default 3600)."),
                      QStringLiteral("s"), QStringLiteral("3600")});
    parser.addOption({QStringLiteral("confirm-disruptive"),
                      CliText::tr("Confirm a disruptive runbook (each occurrence runs it unattended).")});
    if (auto code = parse(parser, args,
                          CliText::tr("Add a recurring order: the worker releases each occurrence as a batch, one "
                                      "order per appliance, signed with its service key (audited).")))
        return *code;
    OrderSchedule s;
    s.runbookId = parser.value(QStringLiteral("runbook"));
    s.siteId = parser.value(QStringLiteral("site"));
    s.applianceIds = parser.value(QStringLiteral("appliance")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.parameters = parser.value(QStringLiteral("params"));
    s.reason = parser.value(QStringLiteral("reason"));
    const int kinds = int(parser.isSet(QStringLiteral("in-window"))) + int(parser.isSet(QStringLiteral("daily"))) +
                      int(parser.isSet(QStringLiteral("monthly")));
    if (kinds != 1)
        throw Error(Error::Code::InvalidInput,
                    CliText::tr("give one recurrence: --in-window, --daily HH:MM or --monthly DAY --at HH:MM"));
    if (parser.isSet(QStringLiteral("in-window"))) {
        s.recurrence = QStringLiteral("window");
    } else if (parser.isSet(QStringLiteral("daily"))) {
        s.recurrence = QStringLiteral("daily");
        s.atTime = clockTime(parser.value(QStringLiteral("daily")));
    } else {
        s.recurrence = QStringLiteral("monthly");
        bool ok = false;
        s.dayOfMonth = parser.value(QStringLiteral("monthly")).toInt(&ok);
        if (!ok || s.dayOfMonth < 1 || s.dayOfMonth > 31)
            throw Error(Error::Code::InvalidInput, CliText::tr("--monthly takes a day of the month from 1 to 31"));
        if (!parser.isSet(QStringLiteral("at")))
            throw Error(Error::Code::InvalidInput, CliText::tr("--monthly needs --at HH:MM"));
        s.atTime = clockTime(parser.value(QStringLiteral("at")));
    }
    bool ok = false;
    s.ttlSeconds = parser.value(QStringLiteral("ttl")).toInt(&ok);
    if (!ok)
        throw Error(Error::Code::InvalidInput, CliText::tr("--ttl takes whole seconds"));
    Database db(connectionFrom(parser));
    s.siteId = siteArg(db, s.siteId);
    // Host names within the site named: one clinic's "fw01" is not another's.
    QStringList appliances = s.applianceIds;
    for (QString &a : appliances) {
        if (!a.contains(QLatin1Char('/')) && QUuid::fromString(a).isNull())
            a = s.siteId + QLatin1Char('/') + a;
    }
    s.applianceIds = applianceArgs(db, appliances);
    attachSigner(db);
    const bool confirm = parser.isSet(QStringLiteral("confirm-disruptive"));
    const auto [id, next] = db.runSync([&](Session &session) {
        const qint64 added = OrderSchedules::add(session, s, confirm);
        const QDateTime now = Clock::now(session);
        for (const OrderSchedule &o : OrderSchedules::list(session, now)) {
            if (o.id == added)
                return std::make_pair(added, o);
        }
        return std::make_pair(added, OrderSchedule{});
    });
    out() << CliText::tr("added schedule %1: %2 %3").arg(id).arg(next.runbookId, next.describe());
    if (next.nextAt.isValid()) {
        out() << CliText::tr(", first at %1 clinic time (%2)")
                     .arg(next.nextAt.toTimeZone(QTimeZone(next.timeZone.toUtf8())).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          next.timeZone);
    }
    out() << Qt::endl;
    return 0;
}

QJsonObject scheduleJson(const OrderSchedule &s)
{
    const auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(); };
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("site_id"), s.siteId},
            {QStringLiteral("appliance_ids"), QJsonArray::fromStringList(s.applianceIds)},
            {QStringLiteral("runbook_id"), s.runbookId},
            {QStringLiteral("parameters"), QJsonDocument::fromJson(s.parameters.toUtf8()).object()},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("recurrence"), s.recurrence},
            {QStringLiteral("at"), s.atTime.isValid() ? QJsonValue(s.atTime.toString(QStringLiteral("HH:mm"))) : QJsonValue()},
            {QStringLiteral("day_of_month"), s.dayOfMonth > 0 ? QJsonValue(s.dayOfMonth) : QJsonValue()},
            {QStringLiteral("time_zone"), s.timeZone},
            {QStringLiteral("paused"), s.paused()},
            {QStringLiteral("next_at"), time(s.nextAt)},
            {QStringLiteral("last_at"), time(s.lastAt)},
            {QStringLiteral("last_state"), s.lastState.isEmpty() ? QJsonValue() : QJsonValue(s.lastState)},
            {QStringLiteral("batches"), s.batches},
            {QStringLiteral("created_by"), s.createdBy}};
}

int scheduleList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON array.")});
    if (auto code = parse(parser, args, CliText::tr("List recurring orders: next occurrence, last batch.")))
        return *code;
    Database db(connectionFrom(parser));
    const QList<OrderSchedule> rows =
        db.runSync([](Session &s) { return OrderSchedules::list(s, Clock::now(s)); });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const OrderSchedule &s : rows)
            array.append(scheduleJson(s));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (const OrderSchedule &s : rows) {
        const QTimeZone zone(s.timeZone.toUtf8());
        const QString next = s.paused()          ? CliText::tr("paused")
                             : s.nextAt.isValid() ? CliText::tr("next %1").arg(s.nextAt.toTimeZone(zone).toString(
                                                        QStringLiteral("yyyy-MM-dd HH:mm")))
                                                  : CliText::tr("no occurrence ahead");
        const QString last = s.lastAt.isValid() ? CliText::tr("last %1 %2").arg(
                                                      s.lastAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                      s.lastState)
                                                : CliText::tr("none yet");
        out() << s.id << '\t' << s.siteId << '\t' << s.runbookId << '\t' << s.describe() << " (" << s.timeZone << ")\t"
              << next << '\t' << last << '\t' << s.reason << Qt::endl;
    }
    return 0;
}

int scheduleChange(const QStringList &args, const QString &help, const std::function<void(Session &, qint64)> &change,
                   const QString &done)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addPositionalArgument(QStringLiteral("id"), CliText::tr("The schedule (healdesk order schedule list)."));
    if (auto code = parse(parser, args, help, 1))
        return *code;
    const qint64 id = idArgument(parser);
    Database db(connectionFrom(parser));
    attachSigner(db);
    db.runSync([&](Session &s) { change(s, id); });
    out() << done.arg(id) << Qt::endl;
    return 0;
}

int schedulePause(const QStringList &args)
{
    return scheduleChange(args, CliText::tr("Pause a recurring order: no occurrence is released until it is resumed (audited)."),
                          [](Session &s, qint64 id) { OrderSchedules::setPaused(s, id, true); },
                          CliText::tr("paused schedule %1"));
}

int scheduleResume(const QStringList &args)
{
    return scheduleChange(args, CliText::tr("Resume a paused recurring order from now on (audited)."),
                          [](Session &s, qint64 id) { OrderSchedules::setPaused(s, id, false); },
                          CliText::tr("resumed schedule %1"));
}

int scheduleRemove(const QStringList &args)
{
    return scheduleChange(args, CliText::tr("Remove a recurring order; its batches stay on record (audited)."),
                          [](Session &s, qint64 id) { OrderSchedules::remove(s, id); },
                          CliText::tr("removed schedule %1"));
}

int scheduleBatches(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON array.")});
    parser.addPositionalArgument(QStringLiteral("id"), CliText::tr("The schedule (healdesk order schedule list)."));
    if (auto code = parse(parser, args, CliText::tr("List a recurring order's batches, newest first."), 1))
        return *code;
    const qint64 id = idArgument(parser);
    Database db(connectionFrom(parser));
    const QList<OrderBatch> rows = db.runSync([id](Session &s) { return OrderSchedules::batches(s, id); });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const OrderBatch &b : rows) {
            array.append(QJsonObject{{QStringLiteral("id"), b.id},
                                     {QStringLiteral("occurrence_at"), b.occurrenceAt.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("state"), b.state},
                                     {QStringLiteral("order_ids"), QJsonArray::fromStringList(b.orderIds)},
                                     {QStringLiteral("note"), b.note.isEmpty() ? QJsonValue() : QJsonValue(b.note)},
                                     {QStringLiteral("created_by"), b.createdBy}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (const OrderBatch &b : rows) {
        out() << b.id << '\t' << b.occurrenceAt.toUTC().toString(Qt::ISODate) << '\t' << b.state << '\t'
              << b.orderIds.join(QLatin1Char(',')) << (b.note.isEmpty() ? QString() : QStringLiteral("\t") + b.note)
              << Qt::endl;
    }
    return 0;
}

} // namespace

int orderSchedule(const QStringList &args)
{
    return dispatchGroup(args,
                         {{"add", scheduleAdd},
                          {"list", scheduleList},
                          {"pause", schedulePause},
                          {"resume", scheduleResume},
                          {"remove", scheduleRemove},
                          {"batches", scheduleBatches}},
                         CliText::tr("usage: healdesk order schedule add|list|pause|resume|remove|batches [options]"));
}

} // namespace hd::cli::detail
