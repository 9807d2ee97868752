#pragma once

// Checks of what the schema keeps derived from the rows (the worked-out
// incident tier, the incident counts, the orphan references) against the
// rows themselves, worked out here. Shared by the upgrade and generator tests.

#include "TestDatabase.h"

#include <QMap>
#include <QSet>

#include <gtest/gtest.h>

#include <optional>

namespace hd::test {

// The tier of every incident by the definition, worked out here from the rows
// themselves: the latest execution (by completed, else started, else created
// time, then id; no time at all sorts last) whose level trims and upper-cases
// to L1/L2/L3, else the incident's own recorded tier so normalised, else none.
inline QMap<QString, QString> tiersByDefinition(TestDatabase &t)
{
    const auto normalise = [](const QVariant &v) -> QString {
        if (v.isNull())
            return {};
        QString s = v.toString();
        while (s.startsWith(QLatin1Char(' ')))
            s.remove(0, 1);
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        s = s.toUpper();
        return s == QLatin1String("L1") || s == QLatin1String("L2") || s == QLatin1String("L3") ? s : QString();
    };
    struct Latest
    {
        std::optional<qint64> at;
        qint64 id = 0;
        QString tier;
    };
    QMap<QString, Latest> latest;
    for (const QVariantList &e : t.rows(QStringLiteral(
             "SELECT incident_id, resolution_level, "
             "       (extract(epoch FROM coalesce(completed_at, started_at, created_at)) * 1000000)::bigint, id "
             "  FROM execution_telemetry WHERE incident_id IS NOT NULL"))) {
        const QString tier = normalise(e[1]);
        if (tier.isEmpty())
            continue;
        const std::optional<qint64> at = e[2].isNull() ? std::nullopt : std::optional<qint64>(e[2].toLongLong());
        const qint64 id = e[3].toLongLong();
        auto it = latest.find(e[0].toString());
        const bool newer =
            it == latest.end() || (at && !it->at) || (at && it->at && *at > *it->at) || (at == it->at && id > it->id);
        if (newer)
            latest[e[0].toString()] = Latest{at, id, tier};
    }
    QMap<QString, QString> tiers;
    for (const QVariantList &i : t.rows(QStringLiteral("SELECT id::text, resolution_tier FROM incidents"))) {
        const auto it = latest.constFind(i[0].toString());
        QString tier = it != latest.constEnd() ? it->tier : normalise(i[1]);
        tiers.insert(i[0].toString(), tier.isEmpty() ? QStringLiteral("none") : tier);
    }
    return tiers;
}

// The kept incident counts (0016) against the incidents themselves, counted
// here: per site and UTC day, per site for all time, and the same for the fleet.
inline void expectCountsMatch(TestDatabase &t, const char *step)
{
    QMap<QString, qint64> expected;
    for (const QVariantList &i : t.rows(QStringLiteral(
             "SELECT a.site_id, to_char(i.reported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), i.healdesk_tier "
             "  FROM incidents i JOIN appliances a ON a.id = i.appliance_id"))) {
        const QString site = i[0].toString(), day = i[1].toString(), tier = i[2].toString();
        for (const QString &key :
             {QStringLiteral("d|f|%1|%2|%3").arg(site, day, tier),
              QStringLiteral("a|f|%1|-infinity|%2").arg(site, tier), QStringLiteral("d|t||%1|%2").arg(day, tier),
              QStringLiteral("a|t||-infinity|%1").arg(tier)})
            ++expected[key];
    }
    QMap<QString, qint64> kept;
    for (const QVariantList &c : t.rows(QStringLiteral(
             "SELECT grain, CASE WHEN fleet THEN 't' ELSE 'f' END, site_id, "
             "       CASE WHEN day = '-infinity' THEN '-infinity' ELSE to_char(day, 'YYYY-MM-DD') END, tier, n "
             "  FROM healdesk_incident_counts")))
        kept.insert(
            QStringList{c[0].toString(), c[1].toString(), c[2].toString(), c[3].toString(), c[4].toString()}.join(
                QLatin1Char('|')),
            c[5].toLongLong());
    EXPECT_EQ(kept, expected) << step;
}

// The kept orphan references (0017) against the telemetry, appliances and
// incidents themselves, matched here: per kind and missing id, its executions.
inline void expectOrphansMatch(TestDatabase &t, const char *step)
{
    QSet<QString> appliances;
    for (const QVariantList &a : t.rows(QStringLiteral("SELECT id::text FROM appliances")))
        appliances.insert(a[0].toString());
    QSet<QString> incidents;
    for (const QVariantList &i : t.rows(QStringLiteral("SELECT id::text FROM incidents")))
        incidents.insert(i[0].toString());
    QMap<QString, qint64> expected;
    for (const QVariantList &e : t.rows(QStringLiteral("SELECT appliance_id, incident_id FROM execution_telemetry"))) {
        if (!appliances.contains(e[0].toString()))
            ++expected[QStringLiteral("appliance|") + e[0].toString()];
        if (!e[1].isNull() && !incidents.contains(e[1].toString()))
            ++expected[QStringLiteral("incident|") + e[1].toString()];
    }
    QMap<QString, qint64> kept;
    for (const QVariantList &r : t.rows(QStringLiteral("SELECT kind, ref, n FROM healdesk_orphan_refs")))
        kept.insert(r[0].toString() + QLatin1Char('|') + r[1].toString(), r[2].toLongLong());
    EXPECT_EQ(kept, expected) << step;
}

inline QMap<QString, QString> storedTiers(TestDatabase &t)
{
    QMap<QString, QString> tiers;
    for (const QVariantList &i : t.rows(QStringLiteral("SELECT id::text, healdesk_tier FROM incidents")))
        tiers.insert(i[0].toString(), i[1].toString());
    return tiers;
}

// The kept order matches (0020) against the orders, telemetry, mapping and
// runbooks themselves, matched here: every pair of a pending order and an
// execution of its appliance, started from its issue to its deadline (an
// hour unless it expires), naming no other order, whose runbook ID resolves
// (mapping first, else a runbook of that ID) to the order's runbook.
inline qsizetype expectOrderMatchesMatch(TestDatabase &t, const char *step)
{
    QMap<QString, QString> mapping;
    for (const QVariantList &m : t.rows(QStringLiteral("SELECT l1_rule_id, runbook_id FROM runbook_id_mapping")))
        mapping.insert(m[0].toString(), m[1].toString());
    QSet<QString> runbooks;
    for (const QVariantList &r : t.rows(QStringLiteral("SELECT runbook_id FROM runbooks")))
        runbooks.insert(r[0].toString());
    const auto canonical = [&](const QString &id) {
        return mapping.contains(id) ? mapping.value(id) : runbooks.contains(id) ? id : QString();
    };
    struct Order
    {
        QString id, runbook;
        QDateTime from, to;
    };
    QMultiMap<QString, Order> pendingByAppliance;
    for (const QVariantList &o :
         t.rows(QStringLiteral("SELECT order_id, appliance_id::text, runbook_id, issued_at, expires_at FROM orders "
                               "WHERE status = 'pending'"))) {
        const QDateTime issued = o[3].toDateTime();
        pendingByAppliance.insert(o[1].toString(), Order{o[0].toString(), o[2].toString(), issued,
                                                         o[4].isNull() ? issued.addSecs(3600) : o[4].toDateTime()});
    }
    QSet<QString> expected;
    for (const QVariantList &e : t.rows(QStringLiteral(
             "SELECT execution_id, appliance_id, runbook_id, started_at, order_id FROM execution_telemetry "
             "WHERE started_at IS NOT NULL"))) {
        const QDateTime started = e[3].toDateTime();
        for (auto it = pendingByAppliance.constFind(e[1].toString());
             it != pendingByAppliance.constEnd() && it.key() == e[1].toString(); ++it) {
            if (started >= it->from && started <= it->to && (e[4].isNull() || e[4].toString() == it->id) &&
                !it->runbook.isEmpty() && canonical(e[2].toString()) == it->runbook)
                expected.insert(it->id + QLatin1Char('|') + e[0].toString());
        }
    }
    QSet<QString> kept;
    for (const QVariantList &m :
         t.rows(QStringLiteral("SELECT m.order_id, m.execution_id FROM healdesk_order_match m "
                               "JOIN orders o ON o.order_id = m.order_id WHERE o.status = 'pending'")))
        kept.insert(m[0].toString() + QLatin1Char('|') + m[1].toString());
    EXPECT_EQ(kept, expected) << step;
    QSet<QString> reconcilable;
    for (const QString &pair : expected)
        reconcilable.insert(pair.section(QLatin1Char('|'), 0, 0));
    return reconcilable.size();
}

// All of them at once, with the step's name in every failure.
inline void expectDerivedMatch(TestDatabase &t, const char *step)
{
    const QMap<QString, QString> expected = tiersByDefinition(t);
    EXPECT_EQ(storedTiers(t), expected) << step;
    expectCountsMatch(t, step);
    expectOrphansMatch(t, step);
    expectOrderMatchesMatch(t, step);
}

} // namespace hd::test
