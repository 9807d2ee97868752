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

struct MigrationPlan
{
    enum class Start {
        Fresh,   // no tables: every migration applies
        Legacy,  // the production schema without schema_migrations: adopted as version 1
        Managed, // schema_migrations present
    };
    Start start = Start::Fresh;
    int currentVersion = 0;
    int targetVersion = 0;
    QList<MigrationStep> steps;

    bool isUpToDate() const { return steps.isEmpty(); }
    // Human-readable, one line per step.
    QStringList describe() const;
};

// Versioned schema migrations embedded under :/sql/migrations (NNNN_name.sql).
// Each is applied in its own transaction and recorded with its checksum in
// schema_migrations. Migrations change schema only; they never rewrite rows.
namespace Migrator {

QList<Migration> available();

// Works out what migrate() would do, changing nothing. Throws Error(Schema)
// for a database of unknown shape (naming what differs) and Error(Migration)
// when an applied migration's file changed or the database is newer. With
// upTo > 0, steps past that version are left out.
MigrationPlan plan(Session &session, int upTo = 0);

// Applies the plan under an advisory lock, one transaction per step.
MigrationPlan migrate(Session &session, int upTo = 0);

// Differences between the public schema and the legacy baseline (empty when it
// matches). Runs the baseline in a scratch schema inside a rolled-back
// transaction, so nothing is changed.
QStringList legacyShapeDifferences(Session &session);

} // namespace Migrator

} // namespace hd
