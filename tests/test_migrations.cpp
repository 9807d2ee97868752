#include "Error.h"
#include "Migrator.h"
#include "SchemaFingerprint.h"
#include "SqlLibrary.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>

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
    QFile legacy(QStringLiteral(HEALDESK_SOURCE_DIR "/../shared/legacy/schema.sql"));
    if (legacy.open(QIODevice::ReadOnly)) {
        EXPECT_EQ(migrations[0].sql, legacy.readAll());
    }
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
    const auto recorded = t.rows(QStringLiteral("SELECT version, checksum, adopted FROM schema_migrations ORDER BY version"));
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
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(), Migrator::available().size());
}

TEST(Migrations, AChangedMigrationStopsTheUpgrade)
{
    TestDatabase t;
    t.migrate();
    // What the database recorded no longer matches the embedded file: exactly
    // what happens when a file is edited after it was applied.
    t.exec(QStringLiteral("UPDATE schema_migrations SET checksum = md5('edited') WHERE version = 3"));
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
    t.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) VALUES (999, 'future', 'x')"));
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
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NULL")).toBool(), true);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'healdesk_shape_probe'")).toInt(), 0);
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
