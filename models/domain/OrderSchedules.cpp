#include "OrderSchedules.h"

#include "Audit.h"
#include "Error.h"
#include "Maintenance.h"
#include "Orders.h"
#include "Scope.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace hd {

namespace {
struct SchedulesText
{
    Q_DECLARE_TR_FUNCTIONS(OrderSchedules)
};

Error refused(const QString &why)
{
    return Error(Error::Code::Refused, why);
}

QString instant(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

OrderSchedule scheduleFrom(const Rows &q)
{
    OrderSchedule s;
    s.id = q.int64("id");
    s.siteId = q.text("site_id");
    s.siteName = q.text("site_name");
    s.timeZone = q.text("time_zone");
    s.applianceIds = q.text("appliance_ids").split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.runbookId = q.text("runbook_id");
    s.parameters = q.text("parameters");
    s.reason = q.text("reason");
    s.recurrence = q.text("recurrence");
    s.atTime = QTime::fromString(q.text("at_time"), QStringLiteral("HH:mm"));
    s.dayOfMonth = q.int32("day_of_month");
    s.ttlSeconds = q.int32("ttl_seconds");
    s.createdBy = q.text("created_by");
    s.createdAt = q.time("created_at");
    s.pausedAt = q.time("paused_at");
    s.nextAt = q.time("next_at");
    s.lastAt = q.time("last_at");
    s.lastState = q.text("last_state");
    s.lastOrders = q.int32("last_orders");
    s.lastNote = q.text("last_note");
    s.batches = q.int32("batches");
    return s;
}

} // namespace

QString OrderSchedule::describe() const
{
    const QString at = atTime.toString(QStringLiteral("HH:mm"));
    if (recurrence == QLatin1String("daily"))
        return SchedulesText::tr("daily at %1").arg(at);
    if (recurrence == QLatin1String("monthly"))
        return SchedulesText::tr("monthly on day %1 at %2").arg(dayOfMonth).arg(at);
    return SchedulesText::tr("at each window's start");
}

namespace OrderSchedules {

qint64 add(Session &session, const OrderSchedule &in, bool confirmDisruptive)
{
    OrderSchedule s = in;
    s.recurrence = s.recurrence.trimmed().toLower();
    if (s.recurrence != QLatin1String("window") && s.recurrence != QLatin1String("daily") &&
        s.recurrence != QLatin1String("monthly"))
        throw Error(Error::Code::InvalidInput,
                    SchedulesText::tr("the recurrence is window, daily or monthly, not \"%1\"").arg(in.recurrence));
    if (s.recurrence != QLatin1String("window") && !s.atTime.isValid())
        throw Error(Error::Code::InvalidInput, SchedulesText::tr("a daily or monthly schedule needs a time such as 02:00"));
    if (s.recurrence == QLatin1String("monthly") && (s.dayOfMonth < 1 || s.dayOfMonth > 31))
        throw Error(Error::Code::InvalidInput, SchedulesText::tr("a monthly schedule needs a day from 1 to 31"));
    if (s.ttlSeconds < 60 || s.ttlSeconds > 7 * 86400)
        throw Error(Error::Code::InvalidInput, SchedulesText::tr("the time to live must be between 60 seconds and 7 days"));
    if (s.siteId.trimmed().isEmpty())
        throw Error(Error::Code::InvalidInput, SchedulesText::tr("a schedule needs a site"));
    for (QString &id : s.applianceIds)
        id = id.trimmed().toLower();
    s.applianceIds.removeDuplicates();
    return session.transaction([&] {
        // The checks of an order issued now: the runbook, the parameters, the reason, the appliances.
        OrderRequest probe;
        probe.runbookId = s.runbookId;
        probe.parameters = s.parameters;
        probe.reason = s.reason;
        probe.confirmDisruptive = true;
        probe.ttlSeconds = s.ttlSeconds;
        if (s.applianceIds.isEmpty())
            probe.siteId = s.siteId;
        else
            probe.applianceIds = s.applianceIds;
        const OrderPlan plan = Orders::plan(session, probe);
        // An appliance that does not exist is refused; one its runbook is switched off for may be switched on
        // before the schedule comes round, and is noted on each batch until then.
        for (const OrderRefusal &r : plan.refusals) {
            if (r.hostname.isEmpty())
                throw refused(SchedulesText::tr("appliance %1: %2").arg(r.applianceId, r.why));
        }
        for (const OrderTarget &t : plan.targets) {
            if (t.siteId != s.siteId)
                throw refused(SchedulesText::tr("appliance %1 (%2) is not at site %3").arg(t.applianceId, t.hostname, s.siteId));
        }
        if (plan.disruptive && !confirmDisruptive) {
            throw refused(SchedulesText::tr("%1 is disruptive and each occurrence runs it unattended; confirm it explicitly")
                              .arg(plan.runbookId));
        }
        if (s.recurrence == QLatin1String("window") && !Maintenance::hasWindows(session, s.siteId))
            throw refused(SchedulesText::tr("site %1 has no maintenance window to run in; add one first").arg(s.siteId));
        auto q = session.query(QStringLiteral("order_schedule_add"),
                               {{"site", s.siteId},
                                {"appliances", s.applianceIds.isEmpty() ? nullText() : QVariant(s.applianceIds.join(QLatin1Char(',')))},
                                {"runbook", plan.runbookId},
                                {"parameters", plan.parameters},
                                {"reason", s.reason.trimmed()},
                                {"recurrence", s.recurrence},
                                {"at_time", s.atTime.isValid() ? QVariant(s.atTime.toString(QStringLiteral("HH:mm"))) : nullText()},
                                {"day_of_month", s.recurrence == QLatin1String("monthly") ? QVariant(s.dayOfMonth) : nullText()},
                                {"ttl_seconds", s.ttlSeconds}});
        if (!q.next())
            throw refused(SchedulesText::tr("site %1 is not one this login may schedule for").arg(s.siteId));
        const qint64 id = q.int64("id");
        Audit::record(session, QStringLiteral("order.schedule.add"), QString::number(id),
                      QJsonObject{{QStringLiteral("site_id"), s.siteId},
                                  {QStringLiteral("appliance_ids"), QJsonArray::fromStringList(s.applianceIds)},
                                  {QStringLiteral("runbook_id"), plan.runbookId},
                                  {QStringLiteral("parameters"), QJsonDocument::fromJson(plan.parameters.toUtf8()).object()},
                                  {QStringLiteral("reason"), s.reason.trimmed()},
                                  {QStringLiteral("recurrence"), s.describe()}});
        return id;
    });
}

QList<OrderSchedule> list(Session &session, const QDateTime &now)
{
    QList<OrderSchedule> out;
    auto q = session.query(QStringLiteral("order_schedules"), {{"now", instant(now)}});
    while (q.next())
        out << scheduleFrom(q);
    return out;
}

void setPaused(Session &session, qint64 id, bool paused)
{
    session.transaction([&] {
        auto q = session.query(QStringLiteral("order_schedule_pause"), {{"id", id}, {"pause", paused}});
        if (!q.next()) {
            throw refused(paused ? SchedulesText::tr("no running schedule %1 (for this login)").arg(id)
                                 : SchedulesText::tr("no paused schedule %1 (for this login)").arg(id));
        }
        Audit::record(session, paused ? QStringLiteral("order.schedule.pause") : QStringLiteral("order.schedule.resume"),
                      QString::number(id), QJsonObject{});
    });
}

void remove(Session &session, qint64 id)
{
    session.transaction([&] {
        auto q = session.query(QStringLiteral("order_schedule_remove"), {{"id", id}});
        if (!q.next())
            throw refused(SchedulesText::tr("no schedule %1 (for this login)").arg(id));
        Audit::record(session, QStringLiteral("order.schedule.remove"), QString::number(id), QJsonObject{});
    });
}

QList<OrderBatch> batches(Session &session, qint64 scheduleId, int limit)
{
    QList<OrderBatch> out;
    auto q = session.query(QStringLiteral("order_batches"), {{"schedule", scheduleId}, {"row_limit", std::clamp(limit, 1, 1000)}});
    while (q.next()) {
        OrderBatch b;
        b.id = q.int64("id");
        b.scheduleId = q.int64("schedule_id");
        b.occurrenceAt = q.time("occurrence_at");
        b.state = q.text("state");
        b.orderIds = q.text("order_ids").split(QLatin1Char(','), Qt::SkipEmptyParts);
        b.note = q.text("note");
        b.createdAt = q.time("created_at");
        b.createdBy = q.text("created_by");
        out << b;
    }
    return out;
}

QList<Due> due(Session &session, const QDateTime &now, int limit)
{
    QList<Due> out;
    auto q = session.query(QStringLiteral("order_schedule_due"), {{"now", instant(now)}, {"row_limit", limit}});
    while (q.next())
        out << Due{q.int64("schedule_id"), q.time("occurrence_at"), q.flag("due")};
    return out;
}

namespace {

bool insertBatch(Session &session, qint64 scheduleId, const QDateTime &at, const QString &state,
                 const QStringList &orderIds, const QString &note)
{
    return session.transaction([&] {
        auto q = session.query(QStringLiteral("order_batch_insert"),
                               {{"schedule", scheduleId},
                                {"occurrence", instant(at)},
                                {"state", state},
                                {"orders", orderIds.join(QLatin1Char(','))},
                                {"note", note.isEmpty() ? nullText() : QVariant(note)}});
        if (!q.next())
            return false;
        Audit::record(session, QStringLiteral("order.schedule.") + state, QString::number(scheduleId),
                      QJsonObject{{QStringLiteral("occurrence_at"), instant(at)},
                                  {QStringLiteral("batch_id"), q.int64("id")},
                                  {QStringLiteral("order_ids"), QJsonArray::fromStringList(orderIds)},
                                  {QStringLiteral("note"), note}});
        return true;
    });
}

} // namespace

OrderBatch release(Session &session, const OrderSchedule &schedule, const QDateTime &at)
{
    OrderBatch batch;
    batch.scheduleId = schedule.id;
    batch.occurrenceAt = at;
    QStringList targets;
    {
        auto q = session.query(QStringLiteral("order_schedule_targets"),
                               {{"site", schedule.siteId},
                                {"appliances", schedule.applianceIds.isEmpty()
                                                   ? nullText()
                                                   : QVariant(schedule.applianceIds.join(QLatin1Char(',')))}});
        while (q.next())
            targets << q.text("id");
    }
    QStringList refusals;
    const QString stamp = at.toUTC().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
    const QString reason = SchedulesText::tr("schedule %1 (%2, made by %3): %4")
                               .arg(schedule.id)
                               .arg(schedule.describe(), schedule.createdBy, schedule.reason);
    for (const QString &appliance : std::as_const(targets)) {
        OrderRequest r;
        r.applianceIds = {appliance};
        r.runbookId = schedule.runbookId;
        r.parameters = schedule.parameters;
        r.reason = reason;
        r.confirmDisruptive = true;
        r.ttlSeconds = schedule.ttlSeconds;
        r.orderId = QStringLiteral("S%1-%2-%3").arg(schedule.id).arg(stamp, appliance.left(8));
        try {
            for (const IssuedOrder &o : Orders::issue(session, r))
                batch.orderIds << o.orderId;
        } catch (const Error &e) {
            if (e.code() == Error::Code::ConnectionLost)
                throw;
            refusals << QStringLiteral("%1: %2").arg(appliance.left(8), e.message());
        }
    }
    if (targets.isEmpty())
        refusals << SchedulesText::tr("the site has no appliances");
    batch.state = batch.orderIds.isEmpty() ? QStringLiteral("refused") : QStringLiteral("released");
    batch.note = refusals.join(QStringLiteral("; "));
    insertBatch(session, schedule.id, at, batch.state, batch.orderIds, batch.note);
    return batch;
}

void markMissed(Session &session, qint64 scheduleId, const QDateTime &at)
{
    insertBatch(session, scheduleId, at, QStringLiteral("missed"), {},
                SchedulesText::tr("no worker ran while it was due"));
}

} // namespace OrderSchedules

} // namespace hd
