#include "Error.h"
#include "ChangeListener.h"
#include "Channels.h"
#include "Generator.h"
#include "Logins.h"
#include "Migrator.h"
#include "SchemaFingerprint.h"
#include "SqlLibrary.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

TEST(Migrations, EmbeddedFilesAreNumberedWithoutGapsAndBaselineIsTheLegacySchema)
{
    const auto migrations = Migrator::available();
    ASSERT_GE(migrations.size(), 6);
    for (int i = 0; i < migrations.size(); ++i)
        EXPECT_EQ(migrations[i].version, i + 1) << migrations[i].name.toStdString();
    // Migration 1 is byte for byte the production schema shipped in shared/legacy.
    // CI lays shared/ beside the clone; without it the comparison proves nothing.
    QFile legacy(QStringLiteral(HEALDESK_SOURCE_DIR "/../shared/legacy/schema.sql"));
    ASSERT_TRUE(legacy.open(QIODevice::ReadOnly))
        << legacy.fileName().toStdString() << ": " << legacy.errorString().toStdString();
    const QByteArray production = legacy.readAll();
    ASSERT_GT(production.size(), 1000);
    EXPECT_EQ(migrations[0].sql, production);
    EXPECT_EQ(migrations[0].checksum,
              QString::fromLatin1(QCryptographicHash::hash(migrations[0].sql, QCryptographicHash::Sha256).toHex()));
}

TEST(Migrations, FreshDatabaseGetsEveryMigrationAndASecondRunChangesNothing)
{
    TestDatabase t;
    const auto plan = t.db().runSync([](Session &s) { return Migrator::plan(s); });
    EXPECT_EQ(plan.start, MigrationPlan::Start::Fresh);
    EXPECT_EQ(plan.steps.size(), Migrator::available().size());
    // The plan alone changed nothing.
    EXPECT_TRUE(publicTables(t).isEmpty());

    t.migrate();
    const auto recorded =
        t.rows(QStringLiteral("SELECT version, checksum, adopted FROM healdesk_migrations ORDER BY version"));
    ASSERT_EQ(recorded.size(), Migrator::available().size());
    for (int i = 0; i < recorded.size(); ++i) {
        EXPECT_EQ(recorded[i][0].toInt(), Migrator::available()[i].version);
        EXPECT_EQ(recorded[i][1].toString(), Migrator::available()[i].checksum);
        EXPECT_FALSE(recorded[i][2].toBool());
    }
    EXPECT_TRUE(publicTables(t).contains(QStringLiteral("runbook_id_mapping")));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = "
                                      "'execution_telemetry' AND column_name = 'order_id'"))
                  .toInt(),
              1);

    const QString before = schemaFingerprint(t);
    const auto again = t.db().runSync([](Session &s) { return Migrator::migrate(s); });
    EXPECT_TRUE(again.isUpToDate());
    EXPECT_EQ(again.start, MigrationPlan::Start::Managed);
    EXPECT_EQ(schemaFingerprint(t), before);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_migrations")).toInt(), Migrator::available().size());
}

TEST(Migrations, AChangedMigrationStopsTheUpgrade)
{
    TestDatabase t;
    t.migrate();
    // What the database recorded no longer matches the embedded file: exactly
    // what happens when a file is edited after it was applied.
    t.exec(QStringLiteral("UPDATE healdesk_migrations SET checksum = md5('edited') WHERE version = 3"));
    const QString before = schemaFingerprint(t);
    try {
        t.migrate();
        FAIL() << "a changed migration was accepted";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Migration);
        EXPECT_TRUE(e.message().contains(QStringLiteral("migration 3"))) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("changed"))) << e.what();
    }
    EXPECT_EQ(schemaFingerprint(t), before);
}

TEST(Migrations, ADatabaseNewerThanTheProgramIsRefused)
{
    TestDatabase t;
    t.migrate();
    t.exec(QStringLiteral("INSERT INTO healdesk_migrations (version, name, checksum) VALUES (999, 'future', 'x')"));
    try {
        t.migrate();
        FAIL() << "a newer database was accepted";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Migration);
        EXPECT_TRUE(e.message().contains(QStringLiteral("999"))) << e.what();
    }
}

TEST(Migrations, AnUnknownSchemaIsRefusedUntouchedNamingWhatDiffers)
{
    TestDatabase t;
    t.exec(QStringLiteral("CREATE TABLE customers (id serial PRIMARY KEY, name text)"));
    t.exec(QStringLiteral("INSERT INTO customers (name) VALUES ('a'), ('b')"));
    const QString before = schemaFingerprint(t);
    try {
        t.migrate();
        FAIL() << "an unknown schema was migrated";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Schema);
        EXPECT_TRUE(e.message().contains(QStringLiteral("unexpected table customers"))) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("missing table execution_telemetry"))) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("nothing was changed"))) << e.what();
    }
    EXPECT_EQ(schemaFingerprint(t), before);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 2);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT to_regclass('public.healdesk_migrations') IS NULL")).toBool(), true);
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'healdesk_shape_probe'")).toInt(),
        0);
}

TEST(Migrations, ALegacyDatabaseWithAnAlteredColumnIsRefused)
{
    TestDatabase t;
    t.createLegacySchema();
    t.exec(QStringLiteral("ALTER TABLE orders ALTER COLUMN runbook_id TYPE varchar(20)"));
    t.exec(QStringLiteral("ALTER TABLE incidents ADD COLUMN notes text"));
    const QString before = schemaFingerprint(t);
    try {
        t.migrate();
        FAIL() << "an altered legacy schema was adopted";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Schema);
        EXPECT_TRUE(e.message().contains(QStringLiteral("column orders.runbook_id is character varying(20) not null, "
                                                        "expected character varying(100) not null")))
            << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("unexpected column incidents.notes"))) << e.what();
    }
    EXPECT_EQ(schemaFingerprint(t), before);
}

TEST(Migrations, DryRunOfALegacyDatabasePlansAdoptionAndChangesNothing)
{
    TestDatabase t;
    t.createLegacySchema();
    const QString before = schemaFingerprint(t);
    const auto plan = t.db().runSync([](Session &s) { return Migrator::plan(s); });
    EXPECT_EQ(plan.start, MigrationPlan::Start::Legacy);
    ASSERT_FALSE(plan.steps.isEmpty());
    EXPECT_EQ(plan.steps.first().action, MigrationStep::Action::Adopt);
    EXPECT_EQ(plan.steps.size(), Migrator::available().size());
    EXPECT_EQ(schemaFingerprint(t), before);
}

namespace {

// The newest version today's main applied, before definitions existed: a
// database it upgraded holds migrations 1 to 21 and no healdesk_definitions.
constexpr int kBeforeDefinitions = 21;

GeneratorOptions smallFleet()
{
    GeneratorOptions o = GeneratorOptions::preset(QStringLiteral("tiny"));
    o.seed = 11;
    o.incidents = 50;
    o.telemetry = 160;
    o.orders = 12;
    o.anchor = QDateTime(QDate(2026, 3, 15), QTime(9, 0), Qt::UTC);
    return o;
}

// Every public table's rows, as digests, so "no row changed" can be checked.
QMap<QString, TableDigest> everyRow(TestDatabase &t)
{
    QMap<QString, TableDigest> digests;
    for (const QString &table : publicTables(t))
        digests.insert(table, tableDigest(t, table, tableColumns(t, table)));
    return digests;
}

qint64 rowsIn(const QMap<QString, TableDigest> &digests)
{
    qint64 n = 0;
    for (const auto &d : digests)
        n += d.rows;
    return n;
}

// The objects each definition file creates, read from the file's text.
QMap<QString, QStringList> objectsByFile()
{
    static const QRegularExpression create(
        QStringLiteral("^CREATE OR REPLACE (FUNCTION|TRIGGER|VIEW) (\\w+)(?:[^;]*?\\bON (\\w+))?|"
                       "^CREATE POLICY (\\w+) ON (\\w+)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    QMap<QString, QStringList> objects;
    for (const Definition &d : Migrator::definitions()) {
        auto it = create.globalMatch(QString::fromUtf8(d.sql));
        while (it.hasNext()) {
            const auto m = it.next();
            const QString kind = m.captured(1).toLower();
            if (kind == QLatin1String("function") || kind == QLatin1String("view"))
                objects[d.name] << kind + QLatin1Char(' ') + m.captured(2).toLower();
            else if (kind == QLatin1String("trigger"))
                objects[d.name]
                    << QStringLiteral("trigger %1 on %2").arg(m.captured(2).toLower(), m.captured(3).toLower());
            else
                objects[d.name]
                    << QStringLiteral("policy %1 on %2").arg(m.captured(4).toLower(), m.captured(5).toLower());
        }
    }
    return objects;
}

QList<Definition> withEdit(const QString &name, const QByteArray &from, const QByteArray &to)
{
    QList<Definition> defs = Migrator::definitions();
    for (Definition &d : defs) {
        if (d.name != name)
            continue;
        QByteArray file = d.sql;
        if (!d.backfill.isEmpty())
            file += QByteArrayLiteral("-- healdesk:backfill") + d.backfill;
        EXPECT_TRUE(file.contains(from)) << name.toStdString() << " has no " << from.toStdString();
        file.replace(from, to);
        d = Migrator::parseDefinition(name, file);
    }
    return defs;
}

QMap<QString, QDateTime> appliedAt(TestDatabase &t)
{
    QMap<QString, QDateTime> at;
    for (const auto &r : t.rows(QStringLiteral("SELECT name, applied_at FROM healdesk_definitions")))
        at.insert(r.value(0).toString(), r.value(1).toDateTime());
    return at;
}

} // namespace

TEST(Definitions, EveryRuleHealdeskOwnsIsCreatedInExactlyOneDefinitionFile)
{
    TestDatabase t;
    t.migrate();
    const auto byFile = objectsByFile();
    QMap<QString, QStringList> homes; // object -> files creating it
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it)
        for (const QString &object : it.value())
            if (!homes[object].contains(it.key()))
                homes[object] << it.key();

    QSet<QString> live;
    for (const auto &r : t.rows(QStringLiteral(
             "SELECT 'function ' || p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
             "   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') "
             "UNION SELECT 'trigger ' || g.tgname || ' on ' || c.relname FROM pg_trigger g "
             "  JOIN pg_class c ON c.oid = g.tgrelid WHERE NOT g.tgisinternal AND NOT c.relispartition "
             "   AND c.relnamespace = 'public'::regnamespace "
             "UNION SELECT 'view ' || c.relname FROM pg_class c WHERE c.relkind = 'v' "
             "   AND c.relnamespace = 'public'::regnamespace "
             "UNION SELECT 'policy ' || policyname || ' on ' || tablename FROM pg_policies WHERE schemaname = "
             "'public'")))
        live << r.value(0).toString();
    // Proof the catalog query saw the rules: dozens of each kind exist.
    ASSERT_GT(live.size(), 100);
    for (const QString &object : live) {
        EXPECT_TRUE(homes.contains(object)) << object.toStdString() << " is created in no definition file";
        EXPECT_LE(homes.value(object).size(), 1) << object.toStdString() << " is created in "
                                                 << homes.value(object).join(QStringLiteral(", ")).toStdString();
    }
    for (auto it = homes.cbegin(); it != homes.cend(); ++it)
        EXPECT_TRUE(live.contains(it.key()))
            << it.key().toStdString() << " is in " << it.value().join(QLatin1Char(' ')).toStdString()
            << " but not in the database";
    // And none in a migration from now on: migrations after today's main hold
    // tables, columns, indexes, data moves and drops only.
    static const QRegularExpression rule(
        QStringLiteral("^\\s*CREATE\\s+(OR\\s+REPLACE\\s+)?(FUNCTION|TRIGGER|VIEW|POLICY)\\b"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    for (const Migration &m : Migrator::available()) {
        if (m.version > kBeforeDefinitions) {
            EXPECT_FALSE(rule.match(QString::fromUtf8(m.sql)).hasMatch())
                << "migration " << m.version << " creates a rule; it belongs in a definition file";
        }
    }
}

TEST(Definitions, UpgradedFreshAndAdoptedDatabasesEndInTheSameSchema)
{
    // Upgraded by today's main (migrations only), with data in it.
    TestDatabase upgraded;
    upgraded.migrate(kBeforeDefinitions);
    const auto options = smallFleet();
    upgraded.db().runSync([&](Session &s) { Generator::generate(s, options); });
    ASSERT_EQ(upgraded.scalar(QStringLiteral("SELECT to_regclass('healdesk_definitions') IS NULL")).toBool(), true);
    const auto rowsBefore = everyRow(upgraded);
    QMap<QString, QStringList> columnsBefore;
    for (const QString &table : publicTables(upgraded))
        columnsBefore.insert(table, tableColumns(upgraded, table));
    ASSERT_GT(rowsIn(rowsBefore), 300);
    const auto plan = upgraded.db().runSync([](Session &s) { return Migrator::plan(s); });
    EXPECT_EQ(plan.steps.size(), Migrator::available().size() - kBeforeDefinitions);
    ASSERT_EQ(plan.definitions.size(), Migrator::definitions().size());
    for (const DefinitionStep &step : plan.definitions)
        EXPECT_EQ(step.reason, DefinitionStep::Reason::New) << step.name.toStdString();
    upgraded.migrate();
    // The upgrade changed no row of any table that was there; the tables it
    // added (the definitions' bookkeeping, later migrations' queues) hold only
    // the bookkeeping.
    const auto rowsAfter = everyRow(upgraded);
    for (auto it = rowsBefore.cbegin(); it != rowsBefore.cend(); ++it) {
        // Over the columns the table had before: later migrations add columns (signatures, the audit chain).
        if (it.key() != QLatin1String("healdesk_migrations")) {
            EXPECT_EQ(tableDigest(upgraded, it.key(), columnsBefore.value(it.key())), it.value())
                << it.key().toStdString();
        }
    }
    EXPECT_EQ(rowsAfter.value(QStringLiteral("healdesk_migrations")).rows, Migrator::available().size());
    for (auto it = rowsAfter.cbegin(); it != rowsAfter.cend(); ++it) {
        if (it.key() == QLatin1String("healdesk_definitions")) {
            EXPECT_EQ(it.value().rows, Migrator::definitions().size());
        } else if (it.key() == QLatin1String("healdesk_signing_settings")) {
            EXPECT_EQ(it.value().rows, 1); // the installation's identity and signing default
        } else if (it.key() == QLatin1String("healdesk_incident_slas")) {
            EXPECT_EQ(it.value().rows, 4); // the fleet's default SLA per severity
        } else if (!rowsBefore.contains(it.key())) {
            EXPECT_EQ(it.value().rows, 0) << it.key().toStdString();
        }
    }

    TestDatabase fresh;
    fresh.migrate();

    TestDatabase adopted;
    adopted.createLegacySchema();
    adopted.db().runSync([&](Session &s) { Generator::generate(s, options); });
    adopted.migrate();

    const QStringList a = schemaLines(upgraded, Partitions::Excluded);
    const QStringList b = schemaLines(fresh, Partitions::Excluded);
    const QStringList c = schemaLines(adopted, Partitions::Excluded);
    ASSERT_GT(b.size(), 300);
    for (const QString &kind : {QStringLiteral("fn "), QStringLiteral("trg "), QStringLiteral("pol "),
                                QStringLiteral("view "), QStringLiteral("rel ")})
        EXPECT_TRUE(std::any_of(b.cbegin(), b.cend(), [&](const QString &l) { return l.startsWith(kind); }))
            << "the fingerprint holds no " << kind.toStdString() << "line";
    const auto diff = [](const QStringList &x, const QStringList &y) {
        QStringList only;
        for (const QString &l : x)
            if (!y.contains(l))
                only << l;
        return only.join(QLatin1Char('\n')).toStdString();
    };
    EXPECT_EQ(a, b) << "upgraded only:\n" << diff(a, b) << "\nfresh only:\n" << diff(b, a);
    EXPECT_EQ(c, b) << "adopted only:\n" << diff(c, b) << "\nfresh only:\n" << diff(b, c);
    EXPECT_EQ(appliedAt(upgraded).keys(), appliedAt(fresh).keys());
}

TEST(Definitions, EditingOneDefinitionReappliesThatFileAlone)
{
    TestDatabase t;
    t.migrate();
    const auto before = appliedAt(t);
    ASSERT_EQ(before.size(), Migrator::definitions().size());
    EXPECT_TRUE(t.db().runSync([](Session &s) { return Migrator::plan(s); }).isUpToDate());
    const auto status = [&] {
        return t.scalar(QStringLiteral("SELECT healdesk_appliance_status(now() - interval '10 minutes', now())"))
            .toString();
    };
    ASSERT_EQ(status(), QStringLiteral("stale"));

    // The fleet rule with a wider online limit.
    const auto edited = withEdit(QStringLiteral("20_fleet"), "interval '5 minutes' THEN 'online'",
                                 "interval '12 minutes' THEN 'online'");
    const auto plan = t.db().runSync([&](Session &s) { return Migrator::plan(s, 0, edited); });
    ASSERT_EQ(plan.definitions.size(), 1);
    EXPECT_EQ(plan.definitions[0].name, QStringLiteral("20_fleet"));
    EXPECT_EQ(plan.definitions[0].reason, DefinitionStep::Reason::Changed);
    EXPECT_TRUE(plan.describe().contains(QStringLiteral("define 20_fleet (changed)")))
        << plan.describe().join(QLatin1Char('\n')).toStdString();
    t.db().runSync([&](Session &s) { Migrator::migrate(s, 0, edited); });
    EXPECT_EQ(status(), QStringLiteral("online"));

    const auto after = appliedAt(t);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() == QLatin1String("20_fleet"))
            EXPECT_GT(after.value(it.key()), it.value());
        else
            EXPECT_EQ(after.value(it.key()), it.value()) << it.key().toStdString() << " was applied again";
    }
    const QString recorded =
        t.scalar(QStringLiteral("SELECT checksum FROM healdesk_definitions WHERE name = '20_fleet'")).toString();
    const auto fleet = std::find_if(edited.cbegin(), edited.cend(),
                                    [](const Definition &d) { return d.name == QLatin1String("20_fleet"); });
    EXPECT_EQ(recorded, fleet->checksum);
    EXPECT_TRUE(t.db().runSync([&](Session &s) { return Migrator::plan(s, 0, edited); }).isUpToDate());
    // The embedded file again: changed back.
    t.migrate();
    EXPECT_EQ(status(), QStringLiteral("stale"));
}

TEST(Definitions, ADisabledTriggerStaysDisabledWhenItsDefinitionIsApplied)
{
    TestDatabase t;
    t.migrate();
    t.exec(QStringLiteral("ALTER TABLE orders DISABLE TRIGGER healdesk_notify_orders_insert"));
    t.exec(QStringLiteral("ALTER TABLE execution_telemetry ENABLE ALWAYS TRIGGER healdesk_complete_order"));
    const auto edited =
        withEdit(QStringLiteral("90_notifications"), "CREATE OR REPLACE TRIGGER healdesk_notify_orders_insert",
                 "-- edited\nCREATE OR REPLACE TRIGGER healdesk_notify_orders_insert");
    const auto edited2 = [&] {
        auto defs = edited;
        for (Definition &d : defs)
            if (d.name == QLatin1String("80_orders"))
                d = Migrator::parseDefinition(d.name, d.sql + "\n-- edited\n");
        return defs;
    }();
    const auto plan = t.db().runSync([&](Session &s) { return Migrator::migrate(s, 0, edited2); });
    ASSERT_EQ(plan.definitions.size(), 2);
    const auto stateOf = [&](const char *table, const char *trigger) {
        return t
            .scalar(QStringLiteral("SELECT tgenabled::text FROM pg_trigger WHERE tgrelid = ?::regclass AND tgname = ?"),
                    {QLatin1String(table), QLatin1String(trigger)})
            .toString();
    };
    EXPECT_EQ(stateOf("orders", "healdesk_notify_orders_insert"), QStringLiteral("D"));
    EXPECT_EQ(stateOf("execution_telemetry", "healdesk_complete_order"), QStringLiteral("A"));
    EXPECT_EQ(stateOf("orders", "healdesk_notify_orders_update"), QStringLiteral("O"));
    // The partitions' clones kept the parent's state too.
    const int partitions =
        t.scalar(QStringLiteral("SELECT count(*) FROM pg_inherits WHERE inhparent = 'execution_telemetry'::regclass"))
            .toInt();
    ASSERT_GT(partitions, 0);
    EXPECT_EQ(
        t.scalar(QStringLiteral(
                     "SELECT count(*) FROM pg_trigger g JOIN pg_inherits i ON i.inhrelid = g.tgrelid "
                     "WHERE i.inhparent = 'execution_telemetry'::regclass AND g.tgname = 'healdesk_complete_order' "
                     "AND g.tgenabled = 'A'"))
            .toInt(),
        partitions);
}

TEST(Definitions, ABackfillRunsAfterItsDefinitionOnlyWhenTheFileIsNewOrChanged)
{
    TestDatabase t;
    t.migrate();
    t.exec(QStringLiteral("CREATE TABLE probe_log (n INTEGER)"));
    auto defs = Migrator::definitions();
    // Its backfill calls a function the same file defines: the definition ran first.
    const QByteArray file = "CREATE OR REPLACE FUNCTION probe_value() RETURNS INTEGER LANGUAGE sql AS $$ SELECT 7 $$;\n"
                            "-- healdesk:backfill\n"
                            "INSERT INTO probe_log SELECT probe_value();\n";
    defs << Migrator::parseDefinition(QStringLiteral("99_probe"), file);
    EXPECT_EQ(defs.last().sql.count("probe_log"), 0);
    EXPECT_EQ(defs.last().backfill.count("probe_log"), 1);
    t.db().runSync([&](Session &s) { Migrator::migrate(s, 0, defs); });
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT string_agg(n::text, ',') FROM probe_log")).toString(),
              QStringLiteral("7"));
    // Unchanged: nothing runs.
    const auto again = t.db().runSync([&](Session &s) { return Migrator::migrate(s, 0, defs); });
    EXPECT_TRUE(again.isUpToDate());
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM probe_log")).toInt(), 1);
    // Changed: the definition, then its backfill, once more.
    defs.last() =
        Migrator::parseDefinition(QStringLiteral("99_probe"), QByteArray(file).replace("SELECT 7", "SELECT 8"));
    t.db().runSync([&](Session &s) { Migrator::migrate(s, 0, defs); });
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT string_agg(n::text, ',' ORDER BY n) FROM probe_log")).toString(),
              QStringLiteral("7,8"));
}

TEST(Definitions, AFailingDefinitionLeavesEveryDefinitionAsItWas)
{
    TestDatabase t;
    t.migrate();
    const QString before = schemaFingerprint(t);
    const auto recorded = appliedAt(t);
    auto defs = withEdit(QStringLiteral("20_fleet"), "interval '5 minutes' THEN 'online'",
                         "interval '12 minutes' THEN 'online'");
    defs << Migrator::parseDefinition(QStringLiteral("99_broken"),
                                      "CREATE OR REPLACE FUNCTION broken() RETURNS INTEGER "
                                      "LANGUAGE sql AS $$ SELECT no_such_column FROM sites $$;\n");
    try {
        t.db().runSync([&](Session &s) { Migrator::migrate(s, 0, defs); });
        FAIL() << "a broken definition was applied";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("no_such_column")) ||
                    e.context().contains(QStringLiteral("99_broken")))
            << e.what();
        EXPECT_EQ(e.sqlState(), QStringLiteral("42703")) << e.what();
    }
    EXPECT_EQ(schemaFingerprint(t), before);
    EXPECT_EQ(appliedAt(t), recorded);
}

TEST(Definitions, TheNotificationChannelsOfTheTriggersAreTheOnesTheConsoleListensTo)
{
    TestDatabase t;
    t.migrate();
    QSet<QString> inSql;
    // Channels given to the notify function as trigger arguments, and those a function names itself.
    for (const auto &r : t.rows(QStringLiteral(
             "SELECT substring(pg_get_triggerdef(g.oid) FROM 'healdesk_notify_changed[(]''([a-z_]+)''[)]') "
             "  FROM pg_trigger g WHERE NOT g.tgisinternal AND g.tgfoid = 'healdesk_notify_changed'::regproc "
             "UNION SELECT (regexp_matches(p.prosrc, 'pg_notify[(]''([a-z_]+)''', 'g'))[1] "
             "  FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace")))
        inSql << r.value(0).toString();
    inSql.remove(QString());
    ASSERT_GE(inSql.size(), 4);
    const QStringList cpp = Channel::all();
    EXPECT_EQ(inSql, QSet<QString>(cpp.cbegin(), cpp.cend()));
    EXPECT_EQ(ChangeListener::channels(), cpp);
}

namespace {

// What the previous Healdesk left behind: its record under the old name, with
// migration 25's checksum over the text it had then, which named that table.
void restoreOldRecord(TestDatabase &t)
{
    const auto migrations = Migrator::available();
    const Migration &signing = migrations.at(24);
    ASSERT_EQ(signing.version, 25);
    QByteArray oldText = signing.sql;
    ASSERT_EQ(oldText.count("healdesk_migrations"), 1);
    oldText.replace("healdesk_migrations", "schema_migrations");
    const QString oldChecksum =
        QString::fromLatin1(QCryptographicHash::hash(oldText, QCryptographicHash::Sha256).toHex());
    t.exec(QStringLiteral("ALTER TABLE healdesk_migrations RENAME TO schema_migrations"));
    t.exec(QStringLiteral("ALTER INDEX healdesk_migrations_pkey RENAME TO schema_migrations_pkey"));
    t.exec(QStringLiteral("REVOKE SELECT ON schema_migrations FROM PUBLIC"));
    t.exec(QStringLiteral("UPDATE schema_migrations SET checksum = ? WHERE version = 25"), {oldChecksum});
}

} // namespace

TEST(Bookkeeping, HealdesksOldRecordIsCarriedOverWithItsRowsAndNothingElseChanges)
{
    TestDatabase t;
    t.migrate();
    const auto recorded = t.rows(QStringLiteral("SELECT version, name, checksum, applied_at, adopted "
                                                "FROM healdesk_migrations ORDER BY version"));
    ASSERT_EQ(recorded.size(), Migrator::available().size());
    restoreOldRecord(t);
    auto digests = everyRow(t);
    digests.remove(QStringLiteral("schema_migrations"));
    ASSERT_GT(digests.size(), 20);

    // A login with no rights on the old record still recognises it by its shape, from the catalogue.
    {
        Logins logins{t, {}};
        const QString outsider = logins.make(QStringLiteral("outsider"));
        Database db(ConnectionConfig::fromUri(uriFor(t, outsider)));
        const SchemaState seen = db.runSync([](Session &s) { return Migrator::state(s); });
        EXPECT_EQ(seen.kind, SchemaState::Kind::OldRecord) << seen.describe().toStdString();
        EXPECT_TRUE(seen.describe().contains(QStringLiteral("older Healdesk"))) << seen.describe().toStdString();
    }
    const SchemaState before = t.db().runSync([](Session &s) { return Migrator::state(s); });
    EXPECT_EQ(before.kind, SchemaState::Kind::OldRecord);
    EXPECT_EQ(before.version, Migrator::available().last().version);
    EXPECT_TRUE(before.describe().contains(QStringLiteral("healdesk migrate --dry-run"))) << before.describe().toStdString();

    const MigrationPlan plan = t.db().runSync([](Session &s) { return Migrator::plan(s); });
    EXPECT_TRUE(plan.carryOver);
    EXPECT_EQ(plan.rewritten, QList<int>{25});
    EXPECT_TRUE(plan.steps.isEmpty());
    EXPECT_FALSE(plan.isUpToDate());
    EXPECT_TRUE(plan.describe().join(QLatin1Char('\n')).contains(QStringLiteral("schema_migrations to healdesk_migrations")));
    // The plan alone moved nothing.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NOT NULL")).toBool(), true);

    t.migrate();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NULL")).toBool(), true);
    const auto after = t.rows(QStringLiteral("SELECT version, name, checksum, applied_at, adopted "
                                             "FROM healdesk_migrations ORDER BY version"));
    // Every row as it was, migration 25's checksum being its file's again.
    EXPECT_EQ(after, recorded);
    auto digestsAfter = everyRow(t);
    digestsAfter.remove(QStringLiteral("healdesk_migrations"));
    EXPECT_EQ(digestsAfter, digests);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT has_table_privilege('healdesk_technician', 'healdesk_migrations', "
                                      "'SELECT')"))
                  .toBool(),
              true);
    const SchemaState now = t.db().runSync([](Session &s) { return Migrator::state(s); });
    EXPECT_EQ(now.kind, SchemaState::Kind::Current) << now.describe().toStdString();
    EXPECT_TRUE(t.db().runSync([](Session &s) { return Migrator::plan(s); }).isUpToDate());
}

TEST(Bookkeeping, AChangedMigrationUnderTheOldNameStillStopsTheCarryOver)
{
    TestDatabase t;
    t.migrate();
    restoreOldRecord(t);
    t.exec(QStringLiteral("UPDATE schema_migrations SET checksum = md5('edited') WHERE version = 25"));
    const QString before = schemaFingerprint(t);
    try {
        t.migrate();
        FAIL() << "an edited record was carried over";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Migration);
        EXPECT_TRUE(e.message().contains(QStringLiteral("migration 25"))) << e.what();
    }
    EXPECT_EQ(schemaFingerprint(t), before);
}

// The upstream system's own migrations leave a schema_migrations of their own
// beside the production tables: Healdesk names it and touches nothing.
TEST(Bookkeeping, AnotherToolsSchemaMigrationsIsRefusedByNameAndLeftUntouched)
{
    TestDatabase t;
    t.createLegacySchema();
    t.exec(QStringLiteral("CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
                          "applied_at timestamptz NOT NULL DEFAULT now(), checksum text NOT NULL, "
                          "execution_time_ms integer NOT NULL)"));
    t.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (0, 'schema_migrations', now(), 'abc', 3), "
                          "(1, 'initial', now(), 'def', 120)"));
    t.exec(QStringLiteral("INSERT INTO partners (id, name) VALUES (gen_random_uuid(), 'Acme MSP')"));
    const QString schemaBefore = schemaFingerprint(t);
    const auto rowsBefore = everyRow(t);
    ASSERT_EQ(rowsBefore.value(QStringLiteral("schema_migrations")).rows, 2);
    ASSERT_EQ(rowsBefore.value(QStringLiteral("partners")).rows, 1);

    const SchemaState state = t.db().runSync([](Session &s) { return Migrator::state(s); });
    EXPECT_EQ(state.kind, SchemaState::Kind::Foreign);
    const QString columns = QStringLiteral("version, name, applied_at, checksum, execution_time_ms");
    EXPECT_TRUE(state.describe().contains(columns)) << state.describe().toStdString();
    for (bool dryRun : {true, false}) {
        try {
            t.db().runSync([dryRun](Session &s) { return dryRun ? Migrator::plan(s) : Migrator::migrate(s); });
            FAIL() << "another tool's schema_migrations was taken for Healdesk's";
        } catch (const Error &e) {
            EXPECT_EQ(e.code(), Error::Code::Schema);
            EXPECT_TRUE(e.message().contains(QStringLiteral("managed by another migration tool"))) << e.what();
            EXPECT_TRUE(e.message().contains(columns)) << e.what();
            EXPECT_TRUE(e.message().contains(QStringLiteral("nothing was changed"))) << e.what();
            EXPECT_FALSE(e.message().contains(QStringLiteral("newer than this program"))) << e.what();
        }
    }
    EXPECT_EQ(schemaFingerprint(t), schemaBefore);
    EXPECT_EQ(everyRow(t), rowsBefore);
}

TEST(Bookkeeping, TheSchemaStateNamesEachKindOfDatabase)
{
    TestDatabase t;
    const auto state = [&t] { return t.db().runSync([](Session &s) { return Migrator::state(s); }); };
    EXPECT_EQ(state().kind, SchemaState::Kind::Empty);
    t.createLegacySchema();
    EXPECT_EQ(state().kind, SchemaState::Kind::Production);
    const int last = Migrator::available().last().version;
    t.migrate(last - 2);
    SchemaState behind = state();
    EXPECT_EQ(behind.kind, SchemaState::Kind::Behind);
    EXPECT_EQ(behind.version, last - 2);
    EXPECT_EQ(behind.missingMigrations, 2);
    EXPECT_TRUE(behind.describe().contains(QStringLiteral("version %1 and this Healdesk needs %2").arg(last - 2).arg(last)))
        << behind.describe().toStdString();
    t.migrate();
    EXPECT_EQ(state().kind, SchemaState::Kind::Current);
    // One definition out of date is enough.
    t.exec(QStringLiteral("UPDATE healdesk_definitions SET checksum = 'old' WHERE name = '20_fleet'"));
    ASSERT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_definitions WHERE checksum = 'old'")).toInt(), 1);
    behind = state();
    EXPECT_EQ(behind.kind, SchemaState::Kind::Behind);
    EXPECT_EQ(behind.changedDefinitions, 1);
    EXPECT_TRUE(behind.describe().contains(QStringLiteral("(1 definition"))) << behind.describe().toStdString();
    t.migrate();
    t.exec(QStringLiteral("INSERT INTO healdesk_migrations (version, name, checksum) VALUES (?, 'future', 'x')"),
           {last + 1});
    const SchemaState newer = state();
    EXPECT_EQ(newer.kind, SchemaState::Kind::Newer);
    EXPECT_EQ(newer.version, last + 1);
    EXPECT_TRUE(newer.describe().contains(QStringLiteral("newer than this Healdesk"))) << newer.describe().toStdString();
}
