#include "Health.h"

#include "Error.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hd {

QJsonObject HealthCounts::toJson() const
{
    return QJsonObject{
        {QStringLiteral("unmapped_runbook_ids"), QJsonObject{{QStringLiteral("distinct"), unmappedDistinct},
                                                             {QStringLiteral("executions"), unmappedExecutions}}},
        {QStringLiteral("incidents_tier_missing"), tierMissing},
        {QStringLiteral("incidents_tier_mismatch"), tierMismatch},
        {QStringLiteral("orders_stuck_pending"), stuckPending},
        {QStringLiteral("orders_reconcilable"), reconcilable},
        {QStringLiteral("orphan_telemetry"), QJsonObject{{QStringLiteral("appliance"), orphanAppliance},
                                                         {QStringLiteral("incident"), orphanIncident},
                                                         {QStringLiteral("site"), orphanSite}}}};
}

namespace Health {

namespace {

QString queryName(Fix fix, const char *step)
{
    return QStringLiteral("health_fix_%1_%2").arg(fixName(fix), QString::fromLatin1(step));
}

QList<FixChange> readChanges(QSqlQuery &q)
{
    QList<FixChange> changes;
    while (q.next())
        changes << FixChange{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString()};
    return changes;
}

} // namespace

HealthCounts counts(Session &session)
{
    return session.readSnapshot(QStringLiteral("health"), [&session] {
        auto q = session.query(QStringLiteral("health_counts"));
        q.next();
        HealthCounts c;
        c.unmappedDistinct = q.value(0).toLongLong();
        c.unmappedExecutions = q.value(1).toLongLong();
        c.tierMissing = q.value(2).toLongLong();
        c.tierMismatch = q.value(3).toLongLong();
        c.stuckPending = q.value(4).toLongLong();
        c.reconcilable = q.value(5).toLongLong();
        c.orphanAppliance = q.value(6).toLongLong();
        c.orphanIncident = q.value(7).toLongLong();
        c.orphanSite = q.value(8).toLongLong();
        return c;
    });
}

Fix parseFix(const QString &name)
{
    if (name == QLatin1String("tiers"))
        return Fix::Tiers;
    if (name == QLatin1String("orders"))
        return Fix::Orders;
    if (name == QLatin1String("expire"))
        return Fix::Expire;
    throw Error(
        Error::Code::InvalidInput,
        QCoreApplication::translate("Health", "unknown fix \"%1\" (expected tiers, orders or expire)").arg(name));
}

QString fixName(Fix fix)
{
    switch (fix) {
    case Fix::Tiers:
        return QStringLiteral("tiers");
    case Fix::Orders:
        return QStringLiteral("orders");
    case Fix::Expire:
        return QStringLiteral("expire");
    }
    return {};
}

QList<FixChange> preview(Session &session, Fix fix)
{
    return session.readSnapshot(QStringLiteral("health"), [&] {
        auto q = session.query(queryName(fix, "preview"));
        return readChanges(q);
    });
}

QList<FixChange> apply(Session &session, Fix fix)
{
    return session.transaction([&] {
        auto q = session.query(queryName(fix, "apply"));
        const QList<FixChange> changes = readChanges(q);
        if (changes.isEmpty())
            return changes;
        QJsonArray rows;
        for (const FixChange &c : changes) {
            rows.append(QJsonObject{{QStringLiteral("target"), c.target},
                                    {QStringLiteral("before"), c.before},
                                    {QStringLiteral("after"), c.after},
                                    {QStringLiteral("evidence"), c.evidence}});
        }
        const QJsonObject details{{QStringLiteral("changed"), qint64(changes.size())}, {QStringLiteral("rows"), rows}};
        const QString action = QStringLiteral("fix.") + fixName(fix);
        const QString target = fix == Fix::Tiers ? QStringLiteral("incidents") : QStringLiteral("orders");
        session.query(QStringLiteral("audit_insert"),
                      {action, target, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
        return changes;
    });
}

} // namespace Health

} // namespace hd
