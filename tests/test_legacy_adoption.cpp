#include "Derived.h"
#include "Generator.h"
#include "Migrator.h"
#include "Rollups.h"
#include "SchemaFingerprint.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <QFuture>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

namespace {

GeneratorOptions legacyFleet()
{
    GeneratorOptions o = GeneratorOptions::preset(QStringLiteral("tiny"));
    o.seed = 7;
    o.incidents = 60;
    o.telemetry = 200;
    o.orders = 15;
    o.anchor = QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
    return o;
}

// Sessions waiting for an advisory lock in the test's database.
int advisoryWaiters(TestDatabase &t)
{
    return t
        .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                               "AND wait_event = 'advisory' AND datname = current_database()"))
        .toInt();
}

// Opens a transaction on db and runs one statement in it, left uncommitted.
void inTransaction(Database &db, const QString &sql, const QVariantList &binds)
{
    db.runSync([&](Session &s) {
        s.script(QStringLiteral("BEGIN"), QStringLiteral("test"));
        s.queryText(sql, binds, QStringLiteral("test"));
    });
}

void commit(Database &db)
{
    db.runSync([](Session &s) { s.script(QStringLiteral("COMMIT"), QStringLiteral("test")); });
}

} // namespace

class LegacyAdoption : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.createLegacySchema();
        const auto options = legacyFleet();
        t.db().runSync([&](Session &s) { Generator::generate(s, options); });
    }
    TestDatabase t;
};

TEST_F(LegacyAdoption, EveryRowOfEveryTableIsStillThereUnchanged)
{
    const QStringList tables = publicTables(t);
    ASSERT_EQ(tables.size(), 13);
    QMap<QString, QStringList> columns;
    QMap<QString, TableDigest> before;
    qint64 totalRows = 0;
    for (const QString &table : tables) {
        columns[table] = tableColumns(t, table);
        before[table] = tableDigest(t, table, columns[table]);
        totalRows += before[table].rows;
    }
    // The generator filled the legacy tables; an empty table would prove nothing.
    for (const QString &table :
         {QStringLiteral("sites"), QStringLiteral("appliances"), QStringLiteral("incidents"),
          QStringLiteral("execution_telemetry"), QStringLiteral("orders"), QStringLiteral("runbooks")})
        EXPECT_GT(before[table].rows, 0) << table.toStdString();
    EXPECT_EQ(before[QStringLiteral("execution_telemetry")].rows, legacyFleet().telemetry);

    const auto plan = t.db().runSync([](Session &s) { return Migrator::migrate(s); });
    EXPECT_EQ(plan.start, MigrationPlan::Start::Legacy);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT adopted FROM healdesk_migrations WHERE version = 1")).toBool(), true);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_migrations")).toInt(), Migrator::available().size());

    qint64 totalAfter = 0;
    for (const QString &table : tables) {
        const TableDigest after = tableDigest(t, table, columns[table]);
        EXPECT_EQ(after.rows, before[table].rows) << table.toStdString();
        EXPECT_EQ(after.hash, before[table].hash) << table.toStdString();
        totalAfter += after.rows;
    }
    EXPECT_EQ(totalAfter, totalRows);
    // The new column exists and is empty for history.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry WHERE order_id IS NOT NULL")).toInt(),
              0);
    // The mapping table is new and empty: mapping history is an admin's decision.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM runbook_id_mapping")).toInt(), 0);
}

TEST_F(LegacyAdoption, NewTelemetrySetsItsIncidentsTierNormalised)
{
    t.migrate();
    // An incident whose tier was never recorded (the L2 defect) and which has telemetry.
    const auto row = t.rows(QStringLiteral(
        "SELECT i.id::text, a.site_id, a.id::text, max(coalesce(e.completed_at, e.started_at, e.created_at)) "
        "  FROM incidents i JOIN appliances a ON a.id = i.appliance_id "
        "  JOIN execution_telemetry e ON e.incident_id = i.id::text "
        " WHERE i.resolution_tier IS NULL GROUP BY 1, 2, 3 ORDER BY 1 LIMIT 1"));
    ASSERT_EQ(row.size(), 1) << "the generator made no incident with a missing tier";
    const QString incident = row[0][0].toString();
    const QDateTime latest = row[0][3].toDateTime();

    const QString insert = QStringLiteral(
        "INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, runbook_id, hostname, "
        " success, resolution_level, started_at, completed_at) VALUES (?, ?, ?, ?, 'RB-WIN-SEC-001', 'h', true, ?, ?, "
        "?)");
    t.exec(insert, {QStringLiteral("probe-1"), incident, row[0][1], row[0][2], QStringLiteral(" l2 "),
                    latest.addSecs(60), latest.addSecs(90)});
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT resolution_tier FROM incidents WHERE id::text = ?"), {incident}).toString(),
        QStringLiteral("L2"));

    // An older execution arriving late does not overwrite the newer answer.
    t.exec(insert, {QStringLiteral("probe-2"), incident, row[0][1], row[0][2], QStringLiteral("L3"),
                    latest.addSecs(-3600), latest.addSecs(-3500)});
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT resolution_tier FROM incidents WHERE id::text = ?"), {incident}).toString(),
        QStringLiteral("L2"));

    // A tier that is not L1/L2/L3 leaves the incident alone.
    t.exec(insert, {QStringLiteral("probe-3"), incident, row[0][1], row[0][2], QStringLiteral("L4"),
                    latest.addSecs(7200), latest.addSecs(7260)});
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT resolution_tier FROM incidents WHERE id::text = ?"), {incident}).toString(),
        QStringLiteral("L2"));

    // A newer L1 row takes over.
    t.exec(insert, {QStringLiteral("probe-4"), incident, row[0][1], row[0][2], QStringLiteral("L1"),
                    latest.addSecs(9000), latest.addSecs(9060)});
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT resolution_tier FROM incidents WHERE id::text = ?"), {incident}).toString(),
        QStringLiteral("L1"));

    // The recorded tier written by hand as 'l1 ' while the worked-out one is
    // L1: a newer L1 row still writes it back normalised (the look before the
    // partitions are probed checks both columns, as the update does).
    t.exec(QStringLiteral("UPDATE incidents SET resolution_tier = 'l1 ' WHERE id::text = ?"), {incident});
    ASSERT_EQ(t.scalar(QStringLiteral("SELECT healdesk_tier FROM incidents WHERE id::text = ?"), {incident}).toString(),
              QStringLiteral("L1"));
    t.exec(insert, {QStringLiteral("probe-5"), incident, row[0][1], row[0][2], QStringLiteral("L1"),
                    latest.addSecs(9500), latest.addSecs(9560)});
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT resolution_tier FROM incidents WHERE id::text = ?"), {incident}).toString(),
        QStringLiteral("L1"));
    // And an older L2 row arriving after that changes nothing.
    t.exec(insert, {QStringLiteral("probe-6"), incident, row[0][1], row[0][2], QStringLiteral("L2"),
                    latest.addSecs(8000), latest.addSecs(8060)});
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT resolution_tier || '/' || healdesk_tier FROM incidents WHERE id::text = ?"),
                 {incident})
            .toString(),
        QStringLiteral("L1/L1"));
}

TEST_F(LegacyAdoption, OneStatementOfManyRowsGivesEachIncidentTheTierOfItsLatestExecution)
{
    t.migrate();
    // Three incidents with telemetry, each with its latest known-tier
    // execution's time and its two tier columns.
    const auto incidents = t.rows(QStringLiteral(
        "SELECT i.id::text, a.site_id, a.id::text, max(coalesce(e.completed_at, e.started_at, e.created_at)), "
        "       i.resolution_tier, i.healdesk_tier "
        "  FROM incidents i JOIN appliances a ON a.id = i.appliance_id "
        "  JOIN execution_telemetry e ON e.incident_id = i.id::text "
        " WHERE upper(trim(e.resolution_level)) IN ('L1', 'L2', 'L3') "
        " GROUP BY 1, 2, 3, 5, 6 ORDER BY 1 LIMIT 3"));
    ASSERT_EQ(incidents.size(), 3);
    // B's rows carry a tier neither of its columns shows, so taking one of
    // them would show.
    QString otherTier;
    for (const char *tier : {"L1", "L2", "L3"})
        if (incidents[1][4].toString().trimmed().toUpper() != QLatin1String(tier) &&
            incidents[1][5].toString() != QLatin1String(tier))
            otherTier = QLatin1String(tier);
    ASSERT_FALSE(otherTier.isEmpty());

    // One statement: A gets three newer rows out of time order and one whose
    // tier is no tier; B two rows older than what it has; C two rows at the
    // same newer time (the later inserted has the larger id).
    struct Row
    {
        int incident;
        qint64 seconds;
        QString level;
    };
    const QList<Row> rows{{0, 10, QStringLiteral("L2")},  {0, 20, QStringLiteral(" l3")}, {0, 15, QStringLiteral("L1")},
                          {0, 100, QStringLiteral("L9")}, {1, -100, otherTier},           {1, -50, otherTier},
                          {2, 30, QStringLiteral("L2")},  {2, 30, QStringLiteral("L1")}};
    QStringList values;
    QVariantList binds;
    for (int r = 0; r < rows.size(); ++r) {
        const auto &inc = incidents.at(rows[r].incident);
        values << QStringLiteral("(?, ?, ?, ?, 'RB-WIN-SEC-001', 'h', true, ?, ?, ?)");
        const QDateTime at = inc[3].toDateTime().addSecs(rows[r].seconds);
        binds << QStringLiteral("many-%1").arg(r) << inc[0] << inc[1] << inc[2] << rows[r].level << at.addSecs(-5)
              << at;
    }
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, "
                          "runbook_id, hostname, success, resolution_level, started_at, completed_at) VALUES ") +
               values.join(QLatin1Char(',')),
           binds);

    // Expected from every execution of each incident, worked out here: the
    // latest by (completed, else started, else created; then id) among those
    // whose level is L1, L2 or L3 after trimming and upper-casing.
    for (int i = 0; i < incidents.size(); ++i) {
        const QString id = incidents[i][0].toString();
        QString tier;
        QDateTime latest;
        qint64 latestId = -1;
        for (const auto &e : t.rows(QStringLiteral("SELECT id, resolution_level, coalesce(completed_at, started_at, "
                                                   "created_at) FROM execution_telemetry WHERE incident_id = ?"),
                                    {id})) {
            const QString level = e[1].toString().trimmed().toUpper();
            if (level != QLatin1String("L1") && level != QLatin1String("L2") && level != QLatin1String("L3"))
                continue;
            const QDateTime at = e[2].toDateTime();
            if (latestId < 0 || at > latest || (at == latest && e[0].toLongLong() > latestId)) {
                latest = at;
                latestId = e[0].toLongLong();
                tier = level;
            }
        }
        EXPECT_EQ(t.scalar(QStringLiteral("SELECT healdesk_tier FROM incidents WHERE id::text = ?"), {id}).toString(),
                  tier)
            << i;
    }
    // A took its newest row's tier, C its later inserted one, B kept its own.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT resolution_tier FROM incidents WHERE id::text = ?"), {incidents[0][0]})
                  .toString(),
              QStringLiteral("L3"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT resolution_tier FROM incidents WHERE id::text = ?"), {incidents[2][0]})
                  .toString(),
              QStringLiteral("L1"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT coalesce(resolution_tier, '') || '/' || healdesk_tier FROM incidents "
                                      "WHERE id::text = ?"),
                       {incidents[1][0]})
                  .toString(),
              incidents[1][4].toString() + QLatin1Char('/') + incidents[1][5].toString());
    expectDerivedMatch(t, "after one statement of many rows");
}

TEST_F(LegacyAdoption, MergingTheInsertTriggersKeepsTheirStateAndRefusesAMix)
{
    t.migrate(20);
    ASSERT_EQ(t.scalar(QStringLiteral("SELECT max(version) FROM healdesk_migrations")).toInt(), 20);
    // One of the three triggers 0021 merges switched off: the migration
    // stops, names them, and changes nothing.
    t.exec(QStringLiteral("ALTER TABLE execution_telemetry DISABLE TRIGGER healdesk_sync_incident_tier"));
    const QString before = schemaFingerprint(t);
    try {
        t.migrate();
        FAIL() << "0021 merged triggers enabled unalike";
    } catch (const Error &e) {
        for (const char *part : {"healdesk_sync_incident_tier disabled", "healdesk_telemetry_keys enabled",
                                 "healdesk_orphan_refs_insert enabled"})
            EXPECT_TRUE(e.message().contains(QLatin1String(part))) << e.what();
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT max(version) FROM healdesk_migrations")).toInt(), 20);
    EXPECT_EQ(schemaFingerprint(t), before);
    const auto stateOf = [&](const char *trigger) {
        return t
            .scalar(QStringLiteral("SELECT tgenabled::text FROM pg_trigger WHERE tgrelid = "
                                   "'execution_telemetry'::regclass AND tgname = ?"),
                    {QLatin1String(trigger)})
            .toString();
    };
    EXPECT_EQ(stateOf("healdesk_sync_incident_tier"), QStringLiteral("D"));
    EXPECT_EQ(stateOf("healdesk_telemetry_keys"), QStringLiteral("O"));

    // All three off, and order completion always on: each state carries over.
    t.exec(
        QStringLiteral("ALTER TABLE execution_telemetry DISABLE TRIGGER healdesk_telemetry_keys, "
                       "DISABLE TRIGGER healdesk_orphan_refs_insert, ENABLE ALWAYS TRIGGER healdesk_complete_order"));
    t.migrate();
    EXPECT_EQ(stateOf("healdesk_telemetry_insert"), QStringLiteral("D"));
    EXPECT_EQ(stateOf("healdesk_complete_order"), QStringLiteral("A"));
    EXPECT_EQ(stateOf("healdesk_telemetry_keys"), QString());
    EXPECT_EQ(stateOf("healdesk_sync_incident_tier"), QString());
}

TEST_F(LegacyAdoption, TelemetryNamingAnOrderCompletesOrFailsIt)
{
    t.migrate();
    const auto pending = t.rows(QStringLiteral(
        "SELECT o.order_id, o.appliance_id::text, a.site_id FROM orders o JOIN appliances a ON a.id = o.appliance_id "
        " WHERE o.status = 'pending' ORDER BY o.order_id LIMIT 3"));
    ASSERT_EQ(pending.size(), 3) << "the generator left too few orders stuck pending";

    const QString insert = QStringLiteral(
        "INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, success, "
        " resolution_level, duration_seconds, error_message, order_id, completed_at) "
        "VALUES (?, ?, ?, 'RB-WIN-SEC-001', 'h', ?, 'L1', 12.5, ?, ?, '2026-02-01T10:00:00Z')");
    t.exec(insert, {QStringLiteral("ord-exec-1"), pending[0][2], pending[0][1], true, QVariant(), pending[0][0]});
    t.exec(insert, {QStringLiteral("ord-exec-2"), pending[1][2], pending[1][1], false, QStringLiteral("access denied"),
                    pending[1][0]});

    const auto done = t.rows(QStringLiteral("SELECT status, completed_at, result->>'execution_id', "
                                            "(result->>'success')::boolean FROM orders WHERE order_id = ?"),
                             {pending[0][0]});
    EXPECT_EQ(done[0][0].toString(), QStringLiteral("completed"));
    EXPECT_EQ(done[0][1].toDateTime(), QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(done[0][2].toString(), QStringLiteral("ord-exec-1"));
    EXPECT_TRUE(done[0][3].toBool());

    const auto failed = t.rows(QStringLiteral("SELECT status, result->>'error_message' FROM orders WHERE order_id = ?"),
                               {pending[1][0]});
    EXPECT_EQ(failed[0][0].toString(), QStringLiteral("failed"));
    EXPECT_EQ(failed[0][1].toString(), QStringLiteral("access denied"));

    // The third order was not named by any telemetry and stays pending.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = ?"), {pending[2][0]}).toString(),
              QStringLiteral("pending"));

    // A cancelled order keeps its final state even if telemetry names it later.
    t.exec(QStringLiteral("UPDATE orders SET status = 'cancelled' WHERE order_id = ?"), {pending[2][0]});
    t.exec(insert, {QStringLiteral("ord-exec-3"), pending[2][2], pending[2][1], true, QVariant(), pending[2][0]});
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = ?"), {pending[2][0]}).toString(),
              QStringLiteral("cancelled"));
}

TEST_F(LegacyAdoption, TheStoredTierAndTheIncidentCountsFollowEveryKindOfChange)
{
    t.migrate();
    const auto check = [this](const char *step) {
        const QMap<QString, QString> expected = tiersByDefinition(t);
        const QMap<QString, QString> stored = storedTiers(t);
        ASSERT_EQ(stored.size(), expected.size()) << step;
        int differ = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (stored.value(it.key()) != it.value() && ++differ <= 3)
                ADD_FAILURE() << step << ": incident " << it.key().toStdString() << " stored "
                              << stored.value(it.key()).toStdString() << ", by definition " << it.value().toStdString();
        }
        EXPECT_EQ(differ, 0) << step;
        expectCountsMatch(t, step);
        expectOrphansMatch(t, step);
    };
    // The backfill: the generator's history has L2 only in telemetry, lower-case and padded tiers.
    check("after the upgrade");
    const QMap<QString, QString> backfilled = storedTiers(t);
    EXPECT_GT(std::count(backfilled.cbegin(), backfilled.cend(), QStringLiteral("L2")), 0);
    EXPECT_GT(t.scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE healdesk_tier IS DISTINCT FROM "
                                      "coalesce(healdesk_normalise_tier(resolution_tier), 'none')"))
                  .toInt(),
              0)
        << "the history should have incidents whose telemetry disagrees with the recorded tier";

    const auto incidentsWithTelemetry = t.rows(QStringLiteral(
        "SELECT i.id::text, a.site_id, a.id::text, max(coalesce(e.completed_at, e.started_at, e.created_at)) "
        "  FROM incidents i JOIN appliances a ON a.id = i.appliance_id "
        "  JOIN execution_telemetry e ON e.incident_id = i.id::text "
        " GROUP BY 1, 2, 3 ORDER BY 1 LIMIT 3"));
    ASSERT_EQ(incidentsWithTelemetry.size(), 3);
    const QVariantList &a = incidentsWithTelemetry[0];
    const QVariantList &b = incidentsWithTelemetry[1];
    const QString insert = QStringLiteral(
        "INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, runbook_id, hostname, "
        " success, resolution_level, started_at, completed_at) VALUES (?, ?, ?, ?, 'RB-WIN-SEC-001', 'h', true, ?, ?, "
        "?)");
    const QDateTime latestA = a[3].toDateTime();

    // New telemetry, newer and older than what is there, in several spellings.
    t.exec(insert, {QStringLiteral("tier-1"), a[0], a[1], a[2], QStringLiteral(" l3"), latestA.addSecs(60),
                    latestA.addSecs(61)});
    t.exec(insert, {QStringLiteral("tier-2"), a[0], a[1], a[2], QStringLiteral("L1"), latestA.addSecs(-9000),
                    latestA.addSecs(-8999)});
    t.exec(insert, {QStringLiteral("tier-3"), b[0], b[1], b[2], QStringLiteral("auto"), b[3].toDateTime().addSecs(60),
                    b[3].toDateTime().addSecs(61)});
    check("after new telemetry");
    EXPECT_EQ(storedTiers(t).value(a[0].toString()), QStringLiteral("L3"));

    // The latest execution deleted: the one before decides again.
    t.exec(QStringLiteral("DELETE FROM execution_telemetry WHERE execution_id = 'tier-1'"));
    check("after a delete");
    // A level corrected, an execution moved to another incident, a time changed.
    t.exec(QStringLiteral("UPDATE execution_telemetry SET resolution_level = 'L2' WHERE execution_id = 'tier-3'"));
    check("after a level changed");
    t.exec(QStringLiteral("UPDATE execution_telemetry SET incident_id = ? WHERE execution_id = 'tier-3'"), {a[0]});
    check("after an execution moved");
    t.exec(QStringLiteral("UPDATE execution_telemetry SET completed_at = completed_at - interval '30 days', "
                          "started_at = started_at - interval '30 days' WHERE execution_id = 'tier-3'"));
    check("after a time changed");

    // The recorded tier repaired (or spoiled) by hand, and the column written by hand: the definition holds.
    t.exec(QStringLiteral("UPDATE incidents SET resolution_tier = 'l3' WHERE id::text = ?"), {b[0]});
    t.exec(QStringLiteral("UPDATE incidents SET healdesk_tier = 'L1' WHERE id::text = ?"), {a[0]});
    check("after incidents were written");

    // Incidents moved in time, to another appliance, and an appliance to another site.
    t.exec(QStringLiteral("UPDATE incidents SET reported_at = reported_at - interval '3 days' WHERE id::text = ?"),
           {a[0]});
    check("after an incident was moved in time");
    const QString otherAppliance =
        t.scalar(QStringLiteral("SELECT id::text FROM appliances WHERE site_id <> ? ORDER BY id LIMIT 1"), {a[1]})
            .toString();
    ASSERT_FALSE(otherAppliance.isEmpty());
    t.exec(QStringLiteral("UPDATE incidents SET appliance_id = ?::uuid WHERE id::text = ?"), {otherAppliance, b[0]});
    check("after an incident moved to an appliance at another site");
    t.exec(QStringLiteral("UPDATE appliances SET site_id = ? WHERE id::text = ?"), {a[1], otherAppliance});
    check("after an appliance moved to another site");
    t.exec(QStringLiteral("UPDATE incidents SET status = 'resolved'"));
    check("after every incident was resolved");
    t.exec(QStringLiteral("DELETE FROM incidents WHERE id::text = ?"), {b[0]});
    check("after an incident was deleted");

    // Telemetry naming an appliance that does not exist yet, then does.
    const QString lateAppliance = QStringLiteral("7a000000-0000-4000-8000-0000000000a1");
    t.exec(insert, {QStringLiteral("tier-5"), a[0], a[1], lateAppliance, QStringLiteral("L1"), latestA.addSecs(-60),
                    latestA.addSecs(-59)});
    check("after telemetry named a missing appliance");
    EXPECT_GT(
        t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_orphan_refs WHERE ref = ?"), {lateAppliance}).toInt(),
        0);
    t.exec(QStringLiteral("INSERT INTO appliances (id, site_id, hostname) VALUES (?::uuid, ?, 'late')"),
           {lateAppliance, a[1]});
    check("after the missing appliance arrived");

    // Telemetry that arrived before its incident.
    const QString early = QStringLiteral("6f1c0000-0000-4000-8000-00000000e411");
    t.exec(insert, {QStringLiteral("tier-4"), early, a[1], a[2], QStringLiteral("L2"), latestA, latestA.addSecs(5)});
    t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, resolution_tier) "
                          "VALUES (?, ?, 'late_incident', 'low', 'L1')"),
           {early, a[2]});
    check("after an incident came after its telemetry");
    EXPECT_EQ(storedTiers(t).value(early), QStringLiteral("L2"));

    // A value outside the four is refused.
    t.exec(QStringLiteral("ALTER TABLE incidents DISABLE TRIGGER healdesk_incident_tier_on_write"));
    EXPECT_ANY_THROW(t.exec(QStringLiteral("UPDATE incidents SET healdesk_tier = 'L9'")));
    t.exec(QStringLiteral("ALTER TABLE incidents ENABLE TRIGGER healdesk_incident_tier_on_write"));

    // Telemetry emptied, then incidents.
    t.exec(QStringLiteral("TRUNCATE execution_telemetry"));
    check("after the telemetry was emptied");
    t.exec(QStringLiteral("TRUNCATE incidents CASCADE"));
    check("after the incidents were emptied");
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_incident_counts")).toInt(), 0);
}

// Telemetry and the incident it names, written at once by two transactions:
// whichever looks second waits for the other (the advisory bucket locks of
// 0017), so no orphan is left behind for an incident that exists and the
// incident gets the telemetry's tier, in either order.
TEST_F(LegacyAdoption, TelemetryAndItsIncidentWrittenConcurrentlyLeaveNoFalseOrphanOrStaleTier)
{
    t.migrate();
    const auto appliance = t.rows(QStringLiteral("SELECT id::text, site_id FROM appliances ORDER BY id LIMIT 1"));
    ASSERT_EQ(appliance.size(), 1);
    const QString insertTelemetry = QStringLiteral(
        "INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, runbook_id, hostname, "
        " success, resolution_level, started_at) VALUES (?, ?, ?, ?, 'RB-WIN-SEC-001', 'h', true, 'L1', now())");
    const QString insertIncident = QStringLiteral(
        "INSERT INTO incidents (id, appliance_id, incident_type, severity) VALUES (?::uuid, ?::uuid, 'race', 'low')");
    Database first(t.config());
    Database second(t.config());

    // Telemetry first (its incident does not exist yet), the incident while it is uncommitted.
    const QString x = QStringLiteral("7b000000-0000-4000-8000-0000000000b1");
    inTransaction(first, insertTelemetry, {QStringLiteral("race-1"), x, appliance[0][1], appliance[0][0]});
    QFuture<int> incident = second.submit([&](Session &s) {
        s.queryText(insertIncident, {x, appliance[0][0]}, QStringLiteral("test"));
        return 1;
    });
    ASSERT_TRUE(waitUntil([&] { return advisoryWaiters(t) > 0; })) << "the incident's writer should wait";
    EXPECT_FALSE(incident.isFinished());
    commit(first);
    incident.waitForFinished();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_orphan_refs WHERE ref = ?"), {x}).toInt(), 0);

    // The incident first, uncommitted; telemetry naming it meanwhile.
    const QString y = QStringLiteral("7b000000-0000-4000-8000-0000000000b2");
    inTransaction(second, insertIncident, {y, appliance[0][0]});
    QFuture<int> telemetry = first.submit([&](Session &s) {
        s.queryText(insertTelemetry, {QStringLiteral("race-2"), y, appliance[0][1], appliance[0][0]},
                    QStringLiteral("test"));
        return 1;
    });
    ASSERT_TRUE(waitUntil([&] { return advisoryWaiters(t) > 0; })) << "the telemetry's writer should wait";
    commit(second);
    telemetry.waitForFinished();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_orphan_refs WHERE ref = ?"), {y}).toInt(), 0);
    expectDerivedMatch(t, "after the concurrent writes");
}

// Pending orders and the telemetry that matches them, written by concurrent
// transactions in either order, still make their pair; and an agent's
// transaction of two statements and a technician's order for two appliances,
// interleaved, both finish (no deadlock between their locks).
TEST_F(LegacyAdoption, TelemetryAndAPendingOrderWrittenConcurrentlyAreStillMatched)
{
    t.migrate();
    const auto apps = t.rows(QStringLiteral("SELECT id::text, site_id FROM appliances ORDER BY id LIMIT 2"));
    ASSERT_EQ(apps.size(), 2);
    const QString insertTelemetry = QStringLiteral(
        "INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, success, "
        "resolution_level, started_at) VALUES (?, ?, ?, 'RB-WIN-SEC-001', 'h', true, 'L1', now())");
    const QString insertOrder =
        QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id, status, issued_at) "
                       "VALUES (?, ?::uuid, 'RB-WIN-SEC-001', 'pending', now() - interval '1 minute')");
    const auto pairs = [this](const QString &order) {
        return t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_order_match WHERE order_id = ?"), {order})
            .toInt();
    };
    Database agent(t.config());
    Database technician(t.config());
    // Telemetry first, uncommitted; the order meanwhile.
    inTransaction(agent, insertTelemetry, {QStringLiteral("race-o1"), apps[0][1], apps[0][0]});
    QFuture<int> order = technician.submit([&](Session &s) {
        s.queryText(insertOrder, {QStringLiteral("race-order-1"), apps[0][0]}, QStringLiteral("test"));
        return 1;
    });
    ASSERT_TRUE(waitUntil([&] { return advisoryWaiters(t) > 0; })) << "the order's writer should wait";
    commit(agent);
    order.waitForFinished();
    EXPECT_EQ(pairs(QStringLiteral("race-order-1")), 1);

    // The order first, uncommitted; telemetry meanwhile.
    inTransaction(technician, insertOrder, {QStringLiteral("race-order-2"), apps[1][0]});
    QFuture<int> telemetry = agent.submit([&](Session &s) {
        s.queryText(insertTelemetry, {QStringLiteral("race-o2"), apps[1][1], apps[1][0]}, QStringLiteral("test"));
        return 1;
    });
    ASSERT_TRUE(waitUntil([&] { return advisoryWaiters(t) > 0; })) << "the telemetry's writer should wait";
    commit(technician);
    telemetry.waitForFinished();
    EXPECT_EQ(pairs(QStringLiteral("race-order-2")), 1);

    // Interleaved: the agent's first statement, the technician's order for
    // two appliances (waits), the agent's second statement on the other
    // appliance, the agent's commit, then the technician's second order.
    inTransaction(agent, insertTelemetry, {QStringLiteral("race-o3"), apps[0][1], apps[0][0]});
    QFuture<int> siteOrder = technician.submit([&](Session &s) {
        s.script(QStringLiteral("BEGIN"), QStringLiteral("test"));
        s.queryText(insertOrder, {QStringLiteral("race-order-3"), apps[1][0]}, QStringLiteral("test"));
        s.queryText(insertOrder, {QStringLiteral("race-order-4"), apps[0][0]}, QStringLiteral("test"));
        s.script(QStringLiteral("COMMIT"), QStringLiteral("test"));
        return 1;
    });
    ASSERT_TRUE(waitUntil([&] { return advisoryWaiters(t) > 0; }));
    agent.runSync([&](Session &s) {
        s.queryText(insertTelemetry, {QStringLiteral("race-o4"), apps[1][1], apps[1][0]}, QStringLiteral("test"));
    });
    commit(agent);
    siteOrder.waitForFinished();
    EXPECT_EQ(pairs(QStringLiteral("race-order-3")), 2); // race-o2 and race-o4
    EXPECT_EQ(pairs(QStringLiteral("race-order-4")), 2); // race-o1 and race-o3
    expectDerivedMatch(t, "after the concurrent writes");
}

namespace {

// The names given in migrations 0001-0018 to the indexes and triggers they put
// on execution_telemetry: the partitioned table must carry every one of them,
// but for a trigger a later migration drops and does not create again (0021
// merges the keys' and orphan references' insert triggers into one).
QSet<QString> namedOnTelemetryBeforePartitioning(const QString &what)
{
    const QRegularExpression re(
        what == QLatin1String("index")
            ? QStringLiteral("CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(\\w+)\\s+ON\\s+execution_telemetry\\b")
            : QStringLiteral(
                  "CREATE\\s+TRIGGER\\s+(\\w+)\\s+(?:AFTER|BEFORE)\\s+[A-Z ,]+?\\s+ON\\s+execution_telemetry\\b"));
    const QRegularExpression dropped(QStringLiteral("DROP\\s+TRIGGER\\s+(\\w+)\\s+ON\\s+execution_telemetry\\b"));
    QSet<QString> names;
    QSet<QString> later;
    QSet<QString> droppedLater;
    for (const Migration &m : Migrator::available()) {
        const QString sql = QString::fromUtf8(m.sql);
        auto it = re.globalMatch(sql);
        while (it.hasNext())
            (m.version >= 19 ? later : names).insert(it.next().captured(1));
        if (m.version >= 19 && what != QLatin1String("index")) {
            auto d = dropped.globalMatch(sql);
            while (d.hasNext())
                droppedLater.insert(d.next().captured(1));
        }
    }
    QSet<QString> gone;
    for (const QString &name : std::as_const(droppedLater))
        if (!later.contains(name) && names.remove(name))
            gone.insert(name);
    // Only the two 0021 merged into healdesk_telemetry_insert: any other
    // dropped for good must be added here on purpose.
    if (what != QLatin1String("index")) {
        EXPECT_EQ(gone, (QSet<QString>{QStringLiteral("healdesk_orphan_refs_insert"),
                                       QStringLiteral("healdesk_sync_incident_tier")}));
    }
    return names;
}

QSet<QString> column(TestDatabase &t, const QString &sql)
{
    QSet<QString> out;
    for (const auto &r : t.rows(sql))
        out.insert(r.value(0).toString());
    return out;
}

} // namespace

TEST_F(LegacyAdoption, TelemetryMovesIntoMonthlyPartitionsAndKeepsItsKeysPoliciesAndTriggers)
{
    // A legacy row without a start time: it has no month.
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                          "success) SELECT 'no-start', site_id, id::text, 'L1-FIREWALL-001', hostname, true "
                          "FROM appliances ORDER BY id LIMIT 1"));
    // One that started at infinity (an agent's clock), also without a month.
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                          "success, started_at) SELECT 'at-infinity', site_id, id::text, 'L1-FIREWALL-001', hostname, "
                          "true, 'infinity' FROM appliances ORDER BY id LIMIT 1"));
    // And two from months the generated fleet does not reach.
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                          "success, started_at) SELECT 'old-' || n, site_id, id::text, 'L1-FIREWALL-001', hostname, "
                          "true, timestamptz '2024-12-31 23:59:59.5+00' + n * interval '5 months' "
                          "FROM appliances, generate_series(0, 1) n ORDER BY id LIMIT 2"));
    QMap<QString, qint64> perMonth;
    for (const auto &r : t.rows(QStringLiteral("SELECT to_char(started_at AT TIME ZONE 'UTC', 'YYYY_MM'), count(*) "
                                               "FROM execution_telemetry WHERE isfinite(started_at) GROUP BY 1")))
        perMonth.insert(r.value(0).toString(), r.value(1).toLongLong());
    ASSERT_GE(perMonth.size(), 3);
    const qint64 total = t.scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry")).toLongLong();
    const qint64 nextId = t.scalar(QStringLiteral("SELECT max(id) + 1 FROM execution_telemetry")).toLongLong();

    t.migrate();

    EXPECT_EQ(t.scalar(QStringLiteral("SELECT relkind::text FROM pg_class WHERE relname = 'execution_telemetry'")),
              QStringLiteral("p"));
    for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it)
        EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry_%1").arg(it.key())).toLongLong(),
                  it.value())
            << it.key().toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry_default")).toLongLong(), 2);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_telemetry_keys")).toLongLong(), total);
    // The views keep the options 0010 gave them: they read with the caller's row policies.
    for (const QString &view :
         {QStringLiteral("healdesk_order_matches"), QStringLiteral("healdesk_incident_tier_drift")})
        EXPECT_TRUE(t.scalar(QStringLiteral("SELECT 'security_invoker=true' = ANY (reloptions) FROM pg_class "
                                            "WHERE oid = ?::regclass"),
                             {view})
                        .toBool())
            << view.toStdString();

    // Everything Healdesk had put on the table is on the partitioned one.
    const QSet<QString> indexes =
        column(t, QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = "
                                 "'execution_telemetry'"));
    for (const QString &name : namedOnTelemetryBeforePartitioning(QStringLiteral("index")))
        EXPECT_TRUE(indexes.contains(name)) << name.toStdString();
    const QSet<QString> triggers =
        column(t, QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = 'execution_telemetry'::regclass"));
    const QSet<QString> expectedTriggers = namedOnTelemetryBeforePartitioning(QStringLiteral("trigger"));
    EXPECT_GE(expectedTriggers.size(), 10);
    EXPECT_TRUE(triggers.contains(QStringLiteral("healdesk_telemetry_insert")));
    for (const QString &name : expectedTriggers)
        EXPECT_TRUE(triggers.contains(name)) << name.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM pg_policies WHERE tablename = 'execution_telemetry' "
                                      "AND policyname = 'partner_scope'")),
              1);
    EXPECT_TRUE(
        t.scalar(QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE relname = 'execution_telemetry'")).toBool());
    EXPECT_TRUE(t.scalar(QStringLiteral("SELECT has_table_privilege('healdesk_technician', 'execution_telemetry', "
                                        "'SELECT')"))
                    .toBool());
    // The views read the new table, and the id sequence goes on where it was.
    EXPECT_GT(t.scalar(QStringLiteral("SELECT count(*) FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid "
                                      "WHERE d.refobjid = 'execution_telemetry'::regclass "
                                      "AND r.ev_class = 'healdesk_order_matches'::regclass"))
                  .toInt(),
              0);

    const auto site = t.rows(QStringLiteral("SELECT site_id, id::text FROM appliances ORDER BY id LIMIT 1"));
    const QString insert = QStringLiteral(
        "INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, success, "
        "started_at) VALUES (?, ?, ?, 'L1-FIREWALL-001', 'h', true, ?)");
    const QDateTime farMonth(QDate(2031, 3, 14), QTime(10, 0), Qt::UTC);
    t.exec(insert, {QStringLiteral("new-far"), site[0][0], site[0][1], farMonth});
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT id FROM execution_telemetry WHERE execution_id = 'new-far'")).toLongLong(),
        nextId);

    // An execution ID already recorded in another month is refused, as the
    // legacy UNIQUE constraint refused it, and nothing of the statement stays.
    const QString taken =
        t.scalar(QStringLiteral("SELECT execution_id FROM execution_telemetry_%1 LIMIT 1").arg(perMonth.firstKey()))
            .toString();
    try {
        t.exec(insert, {taken, site[0][0], site[0][1], farMonth});
        ADD_FAILURE() << "a duplicate execution_id was accepted";
    } catch (const Error &e) {
        EXPECT_EQ(e.sqlState(), QStringLiteral("23505")) << e.toString().toStdString();
    }
    EXPECT_THROW(t.exec(QStringLiteral("INSERT INTO execution_telemetry (id, execution_id, site_id, appliance_id, "
                                       "runbook_id, hostname, success, started_at) "
                                       "VALUES (?, 'fresh-id-taken', 'x', 'y', 'z', 'h', true, now())"),
                        {nextId}),
                 Error);
    // Two rows updated to the same keys collide, as in the legacy unique index.
    try {
        t.exec(QStringLiteral("UPDATE execution_telemetry SET id = ?, execution_id = 'new-far' "
                              "WHERE execution_id IN ('new-far', 'no-start')"),
               {nextId});
        ADD_FAILURE() << "two rows were given the same keys";
    } catch (const Error &e) {
        EXPECT_EQ(e.sqlState(), QStringLiteral("23505")) << e.toString().toStdString();
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry")).toLongLong(), total + 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_telemetry_keys")).toLongLong(), total + 1);

    // A month with no partition yet waits in the default one until it is made;
    // moving it changes no figure.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry_default")).toLongLong(), 3);
    const QString figures = QStringLiteral("SELECT sum(executions) || '/' || sum(successes) FROM "
                                           "healdesk_telemetry_rollup WHERE grain = 'a' AND fleet");
    t.db().runSync([](Session &s) { Rollups::drain(s); });
    const QString before = t.scalar(figures).toString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT healdesk_telemetry_partitions_ensure(?, ?)"), {farMonth, farMonth}), 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry_2031_03")).toLongLong(), 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry_default")).toLongLong(), 2);
    EXPECT_EQ(t.scalar(figures).toString(), before);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT healdesk_telemetry_partitions_ensure(?, ?)"), {farMonth, farMonth}), 0);

    // The drain makes the partitions of this month and the next three (the
    // furthest one is dropped here, as if the months had moved on).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    t.exec(QStringLiteral("DROP TABLE execution_telemetry_%1")
               .arg(QDate(today.year(), today.month(), 1).addMonths(3).toString(QStringLiteral("yyyy_MM"))));
    t.db().runSync([](Session &s) { Rollups::drain(s); });
    for (int ahead = 0; ahead <= 3; ++ahead) {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(ahead);
        EXPECT_TRUE(t.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                             {QStringLiteral("execution_telemetry_%1").arg(month.toString(QStringLiteral("yyyy_MM")))})
                        .toBool())
            << month.toString(Qt::ISODate).toStdString();
    }
}

// Two transactions insert executions of one incident at once, and the one
// with the later execution commits first: the other cannot see that row, so
// it leaves its own, earlier tier (docs/performance.md). The next drain works
// the incident out again and the stored tier converges on the definition.
TEST_F(LegacyAdoption, ConcurrentExecutionsOfOneIncidentConvergeOnItsTierAtTheNextDrain)
{
    t.migrate();
    // An incident of its own, with no execution and no tier yet: both inserts
    // change its tier, so both write it.
    const QString id = QStringLiteral("7b000000-0000-4000-8000-0000000000c1");
    t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity) "
                          "SELECT ?::uuid, id, 'race', 'low' FROM appliances ORDER BY id LIMIT 1"),
           {id});
    const auto incident = t.rows(QStringLiteral("SELECT i.id::text, a.id::text, a.site_id FROM incidents i "
                                                "JOIN appliances a ON a.id = i.appliance_id WHERE i.id = ?::uuid"),
                                 {id});
    ASSERT_EQ(incident.size(), 1);
    ASSERT_EQ(t.scalar(QStringLiteral("SELECT healdesk_tier FROM incidents WHERE id = ?::uuid"), {id}).toString(),
              QStringLiteral("none"));
    const QString insert = QStringLiteral(
        "INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, runbook_id, hostname, "
        " success, resolution_level, started_at, completed_at) "
        "VALUES (?, ?, ?, ?, 'RB-WIN-SEC-001', 'h', true, ?, ?::timestamptz, ?::timestamptz)");
    // Later than anything the generator wrote, an hour apart.
    const QString later = QStringLiteral("2030-01-01 12:00:00+00");
    const QString earlier = QStringLiteral("2030-01-01 11:00:00+00");
    Database first(t.config());
    Database second(t.config());
    inTransaction(first, insert,
                  {QStringLiteral("race-later"), id, incident[0][2], incident[0][1], QStringLiteral("L2"), later, later});
    QFuture<int> other = second.submit([&](Session &s) {
        s.queryText(insert,
                    {QStringLiteral("race-earlier"), id, incident[0][2], incident[0][1], QStringLiteral("L1"), earlier,
                     earlier},
                    QStringLiteral("test"));
        return 1;
    });
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                       "AND datname = current_database()"))
                   .toInt() > 0;
    })) << "the earlier execution's writer should wait for the incident's row";
    commit(first);
    other.waitForFinished();

    const QString tierOf = QStringLiteral("SELECT healdesk_tier || '/' || resolution_tier FROM incidents WHERE id = ?::uuid");
    // The race happened: the kept tier followed (the incident's own trigger
    // looked again after the wait), but the recorded tier is the earlier
    // execution's.
    ASSERT_EQ(t.scalar(tierOf, {id}).toString(), QStringLiteral("L2/L1"));
    ASSERT_EQ(tiersByDefinition(t).value(id), QStringLiteral("L2"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_tier_recheck WHERE incident_id = ?::uuid"), {id}).toInt(),
              2);

    // The other order: the incident already shows the later execution's tier,
    // so that insert changes nothing and locks nothing; the earlier one,
    // blind to it, writes its own tier into the kept tier as well.
    const QString id2 = QStringLiteral("7b000000-0000-4000-8000-0000000000c2");
    t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, resolution_tier) "
                          "VALUES (?::uuid, ?::uuid, 'race', 'low', 'L1')"),
           {id2, incident[0][1]});
    ASSERT_EQ(t.scalar(tierOf, {id2}).toString(), QStringLiteral("L1/L1"));
    inTransaction(first, insert,
                  {QStringLiteral("race2-later"), id2, incident[0][2], incident[0][1], QStringLiteral("L1"), later, later});
    second.runSync([&](Session &s) {
        s.queryText(insert,
                    {QStringLiteral("race2-earlier"), id2, incident[0][2], incident[0][1], QStringLiteral("L2"), earlier,
                     earlier},
                    QStringLiteral("test"));
    });
    commit(first);
    ASSERT_EQ(t.scalar(tierOf, {id2}).toString(), QStringLiteral("L2/L2"));
    ASSERT_EQ(tiersByDefinition(t).value(id2), QStringLiteral("L1"));

    EXPECT_GE(t.scalar(QStringLiteral("SELECT healdesk_rollup_drain()")).toLongLong(), 0);
    EXPECT_EQ(t.scalar(tierOf, {id}).toString(), QStringLiteral("L2/L2"));
    EXPECT_EQ(t.scalar(tierOf, {id2}).toString(), QStringLiteral("L1/L1"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_tier_recheck")).toInt(), 0);
    expectDerivedMatch(t, "after the drain");
}
