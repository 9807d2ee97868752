#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

class Session;

struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
    QString checksum; // SHA-256 of the file, hex
};

struct MigrationStep
{
    enum class Action { Apply, Adopt };
    int version = 0;
    QString name;
    Action action = Action::Apply;
};

// A current definition: one rule family's functions, views, triggers and
// policies under :/sql/definitions (NN_family.sql), written as CREATE OR
// REPLACE statements. Applied after the migrations whenever its checksum
// differs from the recorded one. Statements after a line
// "-- healdesk:backfill" are the backfill the definition needs: they run
// after every definition of the run, and only when the file is new or changed.
struct Definition
{
    QString name; // the file name without .sql, e.g. 40_incident_tier
    QByteArray sql;
    QByteArray backfill;
    QString checksum; // SHA-256 of the whole file, hex
};

struct DefinitionStep
{
    enum class Reason {
        New,             // never applied to this database
        Changed,         // its file changed since it was applied
        AfterMigrations, // unchanged, applied again because migrations ran before it
    };
    QString name;
    Reason reason = Reason::New;
    bool backfill = false; // its backfill runs too
};

struct MigrationPlan
{
    enum class Start {
        Fresh,   // no tables: every migration applies
        Legacy,  // the production schema without Healdesk's bookkeeping: adopted as version 1
        Managed, // healdesk_migrations (or its old name, schema_migrations) present
    };
    Start start = Start::Fresh;
    int currentVersion = 0;
    int targetVersion = 0;
    QList<MigrationStep> steps;
    // The definitions to apply after the steps, in order (none when migrating
    // up to a given version: definitions describe the newest schema).
    QList<DefinitionStep> definitions;
    // Healdesk's record still has its old name, schema_migrations: it is
    // renamed to healdesk_migrations first, in a transaction of its own.
    bool carryOver = false;
    // Versions whose recorded checksum is that of their file before it was
    // rewritten for the new name; the carry-over records the new one.
    QList<int> rewritten;

    bool isUpToDate() const { return steps.isEmpty() && definitions.isEmpty() && !carryOver; }
    // Human-readable, one line per step.
    QStringList describe() const;
};

// What a command finds before it runs: whether the database is at this
// program's schema and, when it is not, what it is and what to run.
struct SchemaState
{
    enum class Kind {
        Current,    // every migration and definition of this program applied
        Empty,      // no tables
        Production, // tables but no record of Healdesk's: the production schema, or something else (migrate says)
        OldRecord,  // Healdesk's record under its old name, schema_migrations
        Foreign,    // a schema_migrations of another tool's
        Behind,     // migrations or definitions of this program not applied yet
        Newer,      // migrations this program does not know
    };
    Kind kind = Kind::Current;
    int version = 0; // the newest recorded migration
    int target = 0;  // this program's newest
    int missingMigrations = 0;
    int changedDefinitions = 0;
    QString foreignColumns; // Foreign: the other table's columns

    bool isCurrent() const { return kind == Kind::Current; }
    // What the database is, in a few words ("the database is empty").
    QString summary() const;
    // One line, no SQL: the summary and the command to run.
    QString describe() const;
};

// Versioned schema migrations embedded under :/sql/migrations (NNNN_name.sql).
// Each is applied in its own transaction and recorded with its checksum in
// healdesk_migrations. Migrations hold tables, columns, indexes, data moves and
// drops; every function, view, trigger and policy lives in a definition file,
// applied after them in one transaction and recorded in healdesk_definitions.
namespace Migrator {

QList<Migration> available();
// The embedded definitions in the order they are applied (by file name).
QList<Definition> definitions();

// Works out what migrate() would do, changing nothing. Throws Error(Schema)
// for a database of unknown shape (naming what differs) and Error(Migration)
// when an applied migration's file changed or the database is newer. With
// upTo > 0, steps past that version are left out.
MigrationPlan plan(Session &session, int upTo = 0);
// The same against a given set of definitions (tests edit one).
MigrationPlan plan(Session &session, int upTo, const QList<Definition> &defs);

// Applies the plan under an advisory lock, one transaction per migration,
// then every planned definition and the backfills in one more transaction
// under the same lock. Triggers an operator disabled stay disabled.
MigrationPlan migrate(Session &session, int upTo = 0);
MigrationPlan migrate(Session &session, int upTo, const QList<Definition> &defs);

// The database's schema state, from a few catalogue reads (no probe, no
// write): cheap enough for every command to ask first.
SchemaState state(Session &session);

// Whether this login may upgrade the database (migrate needs to own its
// tables, create schemas and, before the roles exist, create roles), and who
// may: the owners of its tables, else of the database.
struct UpgradeRight
{
    bool allowed = false;
    QString owners;
};
UpgradeRight upgradeRight(Session &session);

// Splits a definition file into its definition and its backfill.
Definition parseDefinition(const QString &name, const QByteArray &file);

// Differences between the public schema and the legacy baseline (empty when it
// matches). Runs the baseline in a scratch schema inside a rolled-back
// transaction, so nothing is changed.
QStringList legacyShapeDifferences(Session &session);

} // namespace Migrator

} // namespace hd
