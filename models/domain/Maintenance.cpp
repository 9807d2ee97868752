#include "Maintenance.h"

#include "Audit.h"
#include "Error.h"
#include "Format.h"
#include "Scope.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace hd {

namespace {
struct MaintenanceText
{
    Q_DECLARE_TR_FUNCTIONS(Maintenance)
};

Error invalid(const QString &why)
{
    return Error(Error::Code::InvalidInput, why);
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : nullText();
}

QVariant clockOrNull(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : nullText();
}

std::optional<WindowSpan> oneSpan(Rows &q)
{
    if (!q.next())
        return std::nullopt;
    return WindowSpan{q.int64("window_id"), q.time("starts_at"), q.time("ends_at"), q.text("reason")};
}

} // namespace

namespace Maintenance {

int parseWeekday(const QString &text)
{
    static const QStringList days{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                  QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                  QStringLiteral("sun")};
    static const QStringList full{QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                  QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
                                  QStringLiteral("sunday")};
    const QString t = text.trimmed().toLower();
    qsizetype i = days.indexOf(t);
    if (i < 0)
        i = full.indexOf(t);
    return i < 0 ? 0 : int(i) + 1;
}

std::pair<QTime, QTime> parseSpan(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)-([01]\\d|2[0-3]|24):([0-5]\\d)$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        throw invalid(MaintenanceText::tr("\"%1\" is not a span of the day such as 02:00-04:30").arg(text));
    const QTime start(m.captured(1).toInt(), m.captured(2).toInt());
    // 24:00 is the end of the day: midnight of the next.
    const QTime end = m.captured(3) == QLatin1String("24") ? QTime(0, 0) : QTime(m.captured(3).toInt(), m.captured(4).toInt());
    if (m.captured(3) == QLatin1String("24") && m.captured(4) != QLatin1String("00"))
        throw invalid(MaintenanceText::tr("\"%1\" is not a span of the day such as 02:00-04:30").arg(text));
    if (start == end)
        throw invalid(MaintenanceText::tr("a window that ends when it starts is empty"));
    return {start, end};
}

QList<MaintenanceWindow> list(Session &session, const QString &siteId)
{
    QList<MaintenanceWindow> out;
    auto q = session.query(QStringLiteral("maintenance_windows"),
                           {{"site", siteId.isEmpty() ? nullText() : QVariant(siteId)}});
    while (q.next()) {
        MaintenanceWindow w;
        w.id = q.int64("id");
        w.siteId = q.text("site_id");
        w.weekday = q.int32("weekday");
        w.startTime = QTime::fromString(q.text("start_time"), QStringLiteral("HH:mm:ss"));
        w.endTime = QTime::fromString(q.text("end_time"), QStringLiteral("HH:mm:ss"));
        w.startsAt = q.time("starts_at");
        w.endsAt = q.time("ends_at");
        w.reason = q.text("reason");
        w.createdBy = q.text("created_by");
        w.createdAt = q.time("created_at");
        w.timeZone = q.text("time_zone");
        out << w;
    }
    return out;
}

namespace {

// The site's zone; refuses a site this login cannot see.
QString checkedZone(Session &session, const QString &siteId)
{
    auto q = session.query(QStringLiteral("maintenance_site_zone"), {{"site", siteId}, {"zone", nullText()}});
    q.next();
    if (!q.flag("site_exists"))
        throw invalid(MaintenanceText::tr("unknown site \"%1\"").arg(siteId));
    return q.text("time_zone");
}

qint64 add(Session &session, const MaintenanceWindow &w)
{
    if (w.reason.trimmed().isEmpty())
        throw invalid(MaintenanceText::tr("a window needs a reason (--reason): it goes into the audit log"));
    return session.transaction([&] {
        const QString zone = checkedZone(session, w.siteId);
        qint64 id = 0;
        {
            auto q = session.query(QStringLiteral("maintenance_window_add"),
                                   {{"site", w.siteId},
                                    {"weekday", w.weekly() ? QVariant(w.weekday) : QVariant(QMetaType::fromType<int>())},
                                    {"start_time", w.weekly() ? clockOrNull(w.startTime) : nullText()},
                                    {"end_time", w.weekly() ? clockOrNull(w.endTime) : nullText()},
                                    {"starts_at", w.weekly() ? nullText() : timeOrNull(w.startsAt)},
                                    {"ends_at", w.weekly() ? nullText() : timeOrNull(w.endsAt)},
                                    {"reason", w.reason.trimmed()}});
            q.next();
            id = q.int64("id");
        }
        QJsonObject details{{QStringLiteral("site_id"), w.siteId},
                            {QStringLiteral("reason"), w.reason.trimmed()},
                            {QStringLiteral("time_zone"), zone}};
        if (w.weekly()) {
            details.insert(QStringLiteral("weekday"), w.weekday);
            details.insert(QStringLiteral("start"), w.startTime.toString(QStringLiteral("HH:mm")));
            details.insert(QStringLiteral("end"), w.endTime.toString(QStringLiteral("HH:mm")));
        } else {
            details.insert(QStringLiteral("from"), w.startsAt.toUTC().toString(Qt::ISODate));
            details.insert(QStringLiteral("to"), w.endsAt.toUTC().toString(Qt::ISODate));
        }
        Audit::record(session, QStringLiteral("window.add"), QString::number(id), details);
        return id;
    });
}

} // namespace

qint64 addWeekly(Session &session, const QString &siteId, int weekday, QTime start, QTime end, const QString &reason)
{
    if (weekday < 1 || weekday > 7)
        throw invalid(MaintenanceText::tr("the day is Mon, Tue, Wed, Thu, Fri, Sat or Sun"));
    if (!start.isValid() || !end.isValid() || start == end)
        throw invalid(MaintenanceText::tr("a window that ends when it starts is empty"));
    MaintenanceWindow w;
    w.siteId = siteId;
    w.weekday = weekday;
    w.startTime = start;
    w.endTime = end;
    w.reason = reason;
    return add(session, w);
}

qint64 addOnce(Session &session, const QString &siteId, const QDateTime &from, const QDateTime &to,
               const QString &reason)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        throw invalid(MaintenanceText::tr("a one-off window needs --from before --to"));
    if (to <= QDateTime::currentDateTimeUtc())
        throw invalid(MaintenanceText::tr("that window has already ended"));
    MaintenanceWindow w;
    w.siteId = siteId;
    w.startsAt = from;
    w.endsAt = to;
    w.reason = reason;
    return add(session, w);
}

void remove(Session &session, qint64 windowId)
{
    session.transaction([&] {
        auto q = session.query(QStringLiteral("maintenance_window_remove"), {{"id", windowId}});
        if (!q.next())
            throw Error(Error::Code::Refused, MaintenanceText::tr("no window %1 (for this login)").arg(windowId));
        Audit::record(session, QStringLiteral("window.remove"), QString::number(windowId),
                      QJsonObject{{QStringLiteral("site_id"), q.text("site_id")},
                                  {QStringLiteral("reason"), q.text("reason")}});
    });
}

void setTimeZone(Session &session, const QString &siteId, const QString &partnerId, const QString &zone)
{
    if (siteId.isEmpty() == partnerId.isEmpty())
        throw invalid(MaintenanceText::tr("name either a site or a partner"));
    if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
        throw invalid(MaintenanceText::tr("\"%1\" is not a time zone (use an IANA name such as America/New_York)")
                          .arg(zone));
    session.transaction([&] {
        auto q = session.query(QStringLiteral("maintenance_set_zone"),
                               {{"site", siteId.isEmpty() ? nullText() : QVariant(siteId)},
                                {"partner", partnerId.isEmpty() ? nullText() : QVariant(partnerId)},
                                {"zone", zone.isEmpty() ? nullText() : QVariant(zone)}});
        q.next();
        if (q.int32("changed") == 0)
            throw Error(Error::Code::Refused, MaintenanceText::tr("no such site or partner (for this login)"));
        Audit::record(session, QStringLiteral("time_zone.set"), siteId.isEmpty() ? partnerId : siteId,
                      QJsonObject{{QStringLiteral("time_zone"), zone.isEmpty() ? QJsonValue() : QJsonValue(zone)},
                                  {QStringLiteral("of"), siteId.isEmpty() ? QStringLiteral("partner")
                                                                          : QStringLiteral("site")}});
    });
}

std::optional<WindowSpan> windowAt(Session &session, const QString &siteId, const QDateTime &t)
{
    auto q = session.query(QStringLiteral("maintenance_window_at"), {{"site", siteId}, {"at", timeOrNull(t)}});
    return oneSpan(q);
}

std::optional<WindowSpan> nextWindow(Session &session, const QString &siteId, const QDateTime &t)
{
    auto q = session.query(QStringLiteral("maintenance_window_next"), {{"site", siteId}, {"at", timeOrNull(t)}});
    return oneSpan(q);
}

QList<WindowSpan> occurrences(Session &session, const QString &siteId, const QDateTime &from, const QDateTime &to)
{
    QList<WindowSpan> out;
    auto q = session.query(QStringLiteral("maintenance_window_occurrences"),
                           {{"site", siteId}, {"from_ts", timeOrNull(from)}, {"to_ts", timeOrNull(to)}});
    while (q.next())
        out << WindowSpan{q.int64("window_id"), q.time("starts_at"), q.time("ends_at"), q.text("reason")};
    return out;
}

bool hasWindows(Session &session, const QString &siteId)
{
    auto q = session.query(QStringLiteral("maintenance_site_zone"), {{"site", siteId}, {"zone", nullText()}});
    return q.next() && q.flag("has_windows");
}

QString timeZone(Session &session, const QString &siteId)
{
    auto q = session.query(QStringLiteral("maintenance_site_zone"), {{"site", siteId}, {"zone", nullText()}});
    return q.next() ? q.text("time_zone") : QStringLiteral("UTC");
}

QString runsText(const QDateTime &at, const QString &clinicZone, const QDateTime &now)
{
    const QTimeZone zone(clinicZone.toUtf8());
    const QLocale locale;
    const QString dayTime = QStringLiteral("ddd HH:mm");
    const QString clinic = locale.toString(at.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()), dayTime);
    const QString here = locale.toString(at.toLocalTime(), dayTime);
    const qint64 seconds = std::max<qint64>(0, now.secsTo(at));
    const QString in = format::duration(double(seconds));
    if (clinic == here)
        return MaintenanceText::tr("runs %1 clinic time, in %2").arg(clinic, in);
    return MaintenanceText::tr("runs %1 clinic time (%2 here), in %3").arg(clinic, here, in);
}

} // namespace Maintenance

} // namespace hd
