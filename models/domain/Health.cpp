#include "Health.h"

#include "Database.h"

#include "Audit.h"

#include "Error.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QSqlQuery>

namespace hd {

namespace {
struct HealthText
{
    Q_DECLARE_TR_FUNCTIONS(Health)
};
} // namespace

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
                                                         {QStringLiteral("site"), orphanSite}}},
        {QStringLiteral("orders_rejected"), rejected}};
}

namespace Health {

namespace {

QString queryName(Fix fix, const char *step)
{
    return QStringLiteral("health_fix_%1_%2").arg(fixName(fix), QString::fromLatin1(step));
}

QList<FixChange> readChanges(Rows &q)
{
    QList<FixChange> changes;
    while (q.next())
        changes << FixChange{q.text("target"), q.text("before_value"), q.text("after_value"), q.text("evidence")};
    return changes;
}

} // namespace

HealthCounts counts(Session &session)
{
    return session.readSnapshot(QStringLiteral("health"), [&session] {
        auto q = session.query(QStringLiteral("health_counts"));
        q.next();
        HealthCounts c;
        c.unmappedDistinct = q.int64("unmapped_distinct");
        c.unmappedExecutions = q.int64("unmapped_executions");
        c.tierMissing = q.int64("tier_missing");
        c.tierMismatch = q.int64("tier_mismatch");
        c.stuckPending = q.int64("stuck_pending");
        c.reconcilable = q.int64("reconcilable");
        c.orphanAppliance = q.int64("orphan_appliance");
        c.orphanIncident = q.int64("orphan_incident");
        c.orphanSite = q.int64("orphan_site");
        c.rejected = q.int64("orders_rejected");
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

QStringList detailHeaders(Detector detector)
{
    switch (detector) {
    case Detector::Unmapped:
        return {HealthText::tr("Telemetry runbook ID"), HealthText::tr("Executions"), HealthText::tr("Succeeded"),
                HealthText::tr("Last run")};
    case Detector::TierMissing:
    case Detector::TierMismatch:
        return {HealthText::tr("Incident"), HealthText::tr("Recorded tier"), HealthText::tr("Telemetry tier"),
                HealthText::tr("Latest execution")};
    case Detector::StuckPending:
        return {HealthText::tr("Order"), HealthText::tr("Runbook"), HealthText::tr("Appliance"),
                HealthText::tr("Deadline"), HealthText::tr("Matching execution")};
    case Detector::Reconcilable:
        return {HealthText::tr("Order"), HealthText::tr("Now"), HealthText::tr("Becomes"),
                HealthText::tr("Matching execution")};
    case Detector::Orphans:
        return {HealthText::tr("Execution"), HealthText::tr("Unknown appliance"), HealthText::tr("Unknown incident"),
                HealthText::tr("Unknown site")};
    case Detector::Rejected:
        return {HealthText::tr("Order"), HealthText::tr("Runbook"), HealthText::tr("Appliance"),
                HealthText::tr("Issued by"), HealthText::tr("Rejected at"), HealthText::tr("Why the appliance refused it")};
    }
    return {};
}

namespace {

// The columns of each detector's rows, in the order of detailHeaders().
QList<const char *> detailColumns(Detector detector)
{
    switch (detector) {
    case Detector::Unmapped:
        return {"runbook_id", "executions", "successes", "last_run"};
    case Detector::TierMissing:
    case Detector::TierMismatch:
    case Detector::Reconcilable:
        return {"target", "before_value", "after_value", "evidence"};
    case Detector::StuckPending:
        return {"order_id", "runbook_id", "appliance", "deadline", "execution_id"};
    case Detector::Orphans:
        return {"execution_id", "unknown_appliance", "unknown_incident", "unknown_site"};
    case Detector::Rejected:
        return {"order_id", "runbook_id", "appliance", "issued_by", "rejected_at", "reason"};
    }
    return {};
}

} // namespace

QList<HealthItem> details(Session &session, Detector detector)
{
    QString name;
    switch (detector) {
    case Detector::Unmapped:
        name = QStringLiteral("health_detail_unmapped");
        break;
    case Detector::TierMissing:
    case Detector::TierMismatch:
        name = QStringLiteral("health_fix_tiers_preview");
        break;
    case Detector::StuckPending:
        name = QStringLiteral("health_detail_stuck");
        break;
    case Detector::Reconcilable:
        name = QStringLiteral("health_fix_orders_preview");
        break;
    case Detector::Orphans:
        name = QStringLiteral("health_detail_orphans");
        break;
    case Detector::Rejected:
        name = QStringLiteral("health_detail_rejected");
        break;
    }
    auto q = session.query(name);
    const QList<const char *> columns = detailColumns(detector);
    QList<HealthItem> items;
    while (q.next()) {
        HealthItem item;
        item.key = q.text(columns.first());
        for (const char *column : columns)
            item.cells << q.text(column);
        // One preview serves both tier detectors: split by whether a tier was recorded at all.
        if (detector == Detector::TierMissing || detector == Detector::TierMismatch) {
            const QString recorded = item.cells.value(1).trimmed().toUpper();
            const bool known =
                recorded == QLatin1String("L1") || recorded == QLatin1String("L2") || recorded == QLatin1String("L3");
            if (known != (detector == Detector::TierMismatch))
                continue;
        }
        items << item;
    }
    return items;
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
        Audit::record(session, action, target, details);
        return changes;
    });
}

} // namespace Health

} // namespace hd
