#include "Slas.h"

#include "AdminText.h"
#include "Audit.h"
#include "Scope.h"
#include "Session.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace hd {

using admin::AdminText;
using admin::refused;

namespace Slas {

namespace {

QVariant partnerBind(const QString &partnerId)
{
    return partnerId.isEmpty() ? nullText() : QVariant(partnerId.toLower());
}

void requireAdmin(const SlaTable &table)
{
    if (!table.mayChange)
        throw refused(AdminText::tr("only admins may change SLAs"));
}

QJsonObject hoursJson(const SlaTable &table, bool own)
{
    QJsonObject o;
    for (const SlaSetting &s : table.rows) {
        if (!own)
            o.insert(s.severity, s.hours());
        else if (s.ownHours)
            o.insert(s.severity, *s.ownHours);
    }
    return o;
}

} // namespace

const QStringList &severities()
{
    static const QStringList list{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                  QStringLiteral("low")};
    return list;
}

SlaTable table(Session &session, const QString &partnerId)
{
    SlaTable table;
    auto q = session.query(QStringLiteral("sla_list"), {{"partner", partnerBind(partnerId)}});
    while (q.next()) {
        SlaSetting s;
        s.severity = q.text("severity");
        s.fleetHours = q.maybeReal("fleet_hours").value_or(72);
        s.ownHours = q.maybeReal("own_hours");
        s.setAt = q.time("set_at");
        s.setBy = q.text("set_by");
        table.mayChange = q.flag("admin");
        table.autoResolve = q.flag("auto_resolve");
        table.rows << s;
    }
    return table;
}

void check(const QString &severity, double hours)
{
    if (!severities().contains(severity))
        throw Error(Error::Code::InvalidInput, AdminText::tr("the severity is one of %1, not \"%2\"")
                                                   .arg(severities().join(QStringLiteral(", ")), severity));
    if (!std::isfinite(hours) || hours <= 0 || hours > kMaxHours)
        throw Error(Error::Code::InvalidInput,
                    AdminText::tr("an SLA is more than 0 and at most %1 hours").arg(kMaxHours));
}

int change(Session &session, const QString &partnerId, const QList<std::pair<QString, double>> &hours,
           const QStringList &cleared, std::optional<bool> autoResolve)
{
    if (autoResolve && partnerId.isEmpty())
        throw Error(Error::Code::InvalidInput, AdminText::tr("resolving incidents when their order completes is set "
                                                             "per partner; name one"));
    for (const auto &[severity, h] : hours)
        check(severity, h);
    for (const QString &severity : cleared)
        check(severity, 1);
    if (!cleared.isEmpty() && partnerId.isEmpty())
        throw Error(Error::Code::InvalidInput,
                    AdminText::tr("the fleet's SLAs can be changed but not cleared; name a partner"));
    return session.transaction([&] {
        const SlaTable before = table(session, partnerId);
        requireAdmin(before);
        const bool own = !partnerId.isEmpty();
        const QString target = own ? partnerId : QStringLiteral("fleet");
        int changed = 0;
        for (const auto &[severity, h] : hours) {
            const SlaSetting &now = before.rows.at(int(severities().indexOf(severity)));
            const std::optional<double> current = own ? now.ownHours : std::optional<double>(now.fleetHours);
            if (current && qFuzzyCompare(*current, h))
                continue;
            auto q = session.query(QStringLiteral("sla_set"),
                                   {{"partner", partnerBind(partnerId)}, {"severity", severity}, {"hours", h}});
            q.next();
            ++changed;
        }
        if (changed > 0) {
            const SlaTable after = table(session, partnerId);
            Audit::record(session, QStringLiteral("sla.set"), target,
                          QJsonObject{{QStringLiteral("partner_id"), own ? QJsonValue(partnerId) : QJsonValue()},
                                      {QStringLiteral("before"), hoursJson(before, own)},
                                      {QStringLiteral("after"), hoursJson(after, own)}});
        }
        if (!cleared.isEmpty()) {
            auto q = session.query(QStringLiteral("sla_clear"), {{"partner", partnerBind(partnerId)},
                                                                 {"severities", cleared.join(QLatin1Char(','))}});
            QJsonArray dropped;
            while (q.next())
                dropped.append(q.text("severity"));
            if (!dropped.isEmpty())
                Audit::record(session, QStringLiteral("sla.clear"), partnerId,
                              QJsonObject{{QStringLiteral("partner_id"), partnerId},
                                          {QStringLiteral("severities"), dropped},
                                          {QStringLiteral("before"), hoursJson(before, true)}});
            changed += int(dropped.size());
        }
        if (autoResolve && *autoResolve != before.autoResolve) {
            session.query(QStringLiteral("partner_desk_set"),
                          {{"partner", partnerBind(partnerId)}, {"auto_resolve", *autoResolve}})
                .next();
            Audit::record(session, QStringLiteral("partner.auto_resolve"), partnerId,
                          QJsonObject{{QStringLiteral("partner_id"), partnerId},
                                      {QStringLiteral("before"), before.autoResolve},
                                      {QStringLiteral("after"), *autoResolve}});
            ++changed;
        }
        return changed;
    });
}

int set(Session &session, const QString &partnerId, const QList<std::pair<QString, double>> &hours)
{
    if (hours.isEmpty())
        throw Error(Error::Code::InvalidInput, AdminText::tr("name at least one severity and its hours"));
    return change(session, partnerId, hours, {});
}

int clear(Session &session, const QString &partnerId, const QStringList &given)
{
    if (partnerId.isEmpty())
        throw Error(Error::Code::InvalidInput,
                    AdminText::tr("the fleet's SLAs can be changed but not cleared; name a partner"));
    return change(session, partnerId, {}, given.isEmpty() ? severities() : given);
}

} // namespace Slas

} // namespace hd
