#include "Migrator.h"

#include "Error.h"
#include "Session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace hd {
namespace {
struct MigratorMsg
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};
} // namespace
} // namespace hd

namespace hd::Migrator {

namespace {

const QString kProbeSchema = QStringLiteral("healdesk_shape_probe");
const QString kLockKey = QStringLiteral("healdesk-schema-migrations");

struct Column
{
    QString type;
    bool nullable = true;
    bool operator==(const Column &other) const { return type == other.type && nullable == other.nullable; }
};
using Shape = QMap<QString, QMap<QString, Column>>; // table -> column -> definition

Shape readShape(Session &session, const QString &schema)
{
    Shape shape;
    auto q = session.queryText(
        QStringLiteral("SELECT c.table_name, c.column_name, "
                       "       c.data_type || coalesce('(' || c.character_maximum_length || ')', '') AS type, "
                       "       c.is_nullable = 'YES' AS nullable "
                       "  FROM information_schema.columns c "
                       "  JOIN information_schema.tables t "
                       "    ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                       " WHERE c.table_schema = ? AND t.table_type = 'BASE TABLE' "
                       "   AND c.table_name <> 'healdesk_migrations'"),
        {schema}, QStringLiteral("read schema shape"));
    while (q.next())
        shape[q.text("table_name")][q.text("column_name")] = Column{q.text("type"), q.flag("nullable")};
    return shape;
}

QStringList compareShapes(const Shape &expected, const Shape &actual)
{
    QStringList diffs;
    for (auto t = expected.cbegin(); t != expected.cend(); ++t) {
        if (!actual.contains(t.key())) {
            diffs << MigratorMsg::tr("missing table %1").arg(t.key());
            continue;
        }
        const auto &have = actual[t.key()];
        for (auto c = t.value().cbegin(); c != t.value().cend(); ++c) {
            if (!have.contains(c.key())) {
                diffs << MigratorMsg::tr("missing column %1.%2").arg(t.key(), c.key());
            } else if (!(have[c.key()] == c.value())) {
                const auto &got = have[c.key()];
                diffs << QStringLiteral("column %1.%2 is %3%4, expected %5%6")
                             .arg(t.key(), c.key(), got.type, got.nullable ? QString() : QStringLiteral(" not null"),
                                  c.value().type, c.value().nullable ? QString() : QStringLiteral(" not null"));
            }
        }
        for (auto c = have.cbegin(); c != have.cend(); ++c) {
            if (!t.value().contains(c.key()))
                diffs << MigratorMsg::tr("unexpected column %1.%2").arg(t.key(), c.key());
        }
    }
    for (auto t = actual.cbegin(); t != actual.cend(); ++t) {
        if (!expected.contains(t.key()))
            diffs << MigratorMsg::tr("unexpected table %1").arg(t.key());
    }
    return diffs;
}

bool tableExists(Session &session, const QString &name)
{
    auto q = session.queryText(QStringLiteral("SELECT to_regclass(?) IS NOT NULL AS present"),
                               {QString(QStringLiteral("public.") + name)}, QStringLiteral("check table"));
    return q.next() && q.flag("present");
}

int countPublicTables(Session &session)
{
    auto q = session.queryText(QStringLiteral("SELECT count(*) AS tables FROM information_schema.tables "
                                              " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"),
                               {}, QStringLiteral("count tables"));
    return q.next() ? q.int32("tables") : 0;
}

// Healdesk's record of its migrations. Until schema version 30 it was called
// schema_migrations, a name many migration tools use (the upstream system
// whose schema Healdesk adopts among them); a database carrying it under that
// name, in exactly the shape below, is carried over. Anyone may read it: the
// schema check every command makes reads it.
const QString kMigrationsTable = QStringLiteral("healdesk_migrations");
const QString kOldMigrationsTable = QStringLiteral("schema_migrations");
const QString kCreateMigrationsTable = QStringLiteral("CREATE TABLE healdesk_migrations ("
                                                      "    version INTEGER PRIMARY KEY,"
                                                      "    name TEXT NOT NULL,"
                                                      "    checksum TEXT NOT NULL,"
                                                      "    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),"
                                                      "    adopted BOOLEAN NOT NULL DEFAULT false);"
                                                      "GRANT SELECT ON healdesk_migrations TO PUBLIC");
// The old table's columns as Healdesk created them, in order: how it is told
// from another tool's.
const QString kOldShape = QStringLiteral("version integer not null, name text not null, checksum text not null, "
                                         "applied_at timestamp with time zone not null, adopted boolean not null");

// Migrations whose file was rewritten after release for the table's new name
// alone: the checksums their old text was recorded with. A carried-over
// record is updated to the new checksum; any other checksum still refuses.
const QMap<int, QStringList> &rewrittenMigrations()
{
    static const QMap<int, QStringList> rewritten{
        {25, {QStringLiteral("8379357626e14bbd3404aee235b8f32fab46d42cd9ea1e42dfd4c56f847c4b40")}},
    };
    return rewritten;
}

// The columns of a public table in order, as "name type[ not null]". From the catalogue, not
// information_schema, which lists only the columns this login may read: a login without rights on the
// table would see none and take Healdesk's old record for another tool's.
QStringList tableColumns(Session &session, const QString &table)
{
    QStringList columns;
    auto q = session.queryText(QStringLiteral("SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || "
                                              "       CASE WHEN a.attnotnull THEN ' not null' ELSE '' END AS c "
                                              "  FROM pg_attribute a "
                                              " WHERE a.attrelid = to_regclass('public.' || quote_ident(?)) "
                                              "   AND a.attnum > 0 AND NOT a.attisdropped "
                                              " ORDER BY a.attnum"),
                               {table}, QStringLiteral("read the columns of ") + table);
    while (q.next())
        columns << q.text("c");
    return columns;
}

// Refuses a schema_migrations that is not Healdesk's old record, naming its columns.
void checkOldBookkeeping(Session &session)
{
    const QStringList columns = tableColumns(session, kOldMigrationsTable);
    if (columns.join(QStringLiteral(", ")) == kOldShape)
        return;
    QStringList names;
    for (const QString &c : columns)
        names << c.section(QLatin1Char(' '), 0, 0);
    throw Error(Error::Code::Schema,
                MigratorMsg::tr("this database is managed by another migration tool (its schema_migrations has %1); "
                                "Healdesk adopts only an empty database or the production schema described in "
                                "shared/legacy/schema.sql (its migration 1); nothing was changed")
                    .arg(names.join(QStringLiteral(", "))));
}

const QString kCreateDefinitionsTable = QStringLiteral("CREATE TABLE IF NOT EXISTS healdesk_definitions ("
                                                       "    name TEXT PRIMARY KEY,"
                                                       "    checksum TEXT NOT NULL,"
                                                       "    applied_at TIMESTAMPTZ NOT NULL DEFAULT now());"
                                                       "GRANT SELECT ON healdesk_definitions TO PUBLIC");

const QByteArray kBackfillMarker = QByteArrayLiteral("-- healdesk:backfill");

// Triggers not in their default state (disabled, replica, always), as the
// statements that put them back: CREATE OR REPLACE TRIGGER enables a trigger
// again, and an operator who disabled one meant it to stay so. Parents come
// before partitions, whose clones a parent's statement also sets.
QStringList triggerStates(Session &session)
{
    QStringList statements;
    auto q = session.queryText(
        QStringLiteral("SELECT format('ALTER TABLE %s %s TRIGGER %I', t.tgrelid::regclass, "
                       "              CASE t.tgenabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA' "
                       "                               ELSE 'ENABLE ALWAYS' END, t.tgname) AS statement "
                       "  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                       " WHERE NOT t.tgisinternal AND t.tgenabled <> 'O' "
                       "   AND c.relnamespace = 'public'::regnamespace "
                       " ORDER BY c.relispartition, c.relname, t.tgname"),
        {}, QStringLiteral("read trigger states"));
    while (q.next())
        statements << q.text("statement");
    return statements;
}

QMap<QString, QString> recordedDefinitions(Session &session)
{
    QMap<QString, QString> recorded; // name -> checksum
    if (!tableExists(session, QStringLiteral("healdesk_definitions")))
        return recorded;
    auto q = session.queryText(QStringLiteral("SELECT name, checksum FROM healdesk_definitions"), {},
                               QStringLiteral("read healdesk_definitions"));
    while (q.next())
        recorded.insert(q.text("name"), q.text("checksum"));
    return recorded;
}

void planDefinitions(Session &session, MigrationPlan &plan, const QList<Definition> &defs)
{
    const auto recorded = recordedDefinitions(session);
    const bool migrationsRun = !plan.steps.isEmpty();
    for (const Definition &d : defs) {
        const auto it = recorded.constFind(d.name);
        DefinitionStep step{d.name, DefinitionStep::Reason::New, !d.backfill.trimmed().isEmpty()};
        if (it != recorded.cend() && it.value() == d.checksum) {
            if (!migrationsRun)
                continue;
            // A migration may have dropped what the file creates (a view over
            // a column it changes); applying unchanged definitions costs little.
            step.reason = DefinitionStep::Reason::AfterMigrations;
            step.backfill = false;
        } else if (it != recorded.cend()) {
            step.reason = DefinitionStep::Reason::Changed;
        }
        plan.definitions << step;
    }
}

} // namespace

Definition parseDefinition(const QString &name, const QByteArray &file)
{
    Definition d;
    d.name = name;
    d.checksum = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    // The marker counts only as a line of its own.
    qsizetype at = -1;
    for (qsizetype from = 0; (from = file.indexOf(kBackfillMarker, from)) >= 0; from += kBackfillMarker.size()) {
        const bool lineStart = from == 0 || file.at(from - 1) == '\n';
        const qsizetype end = from + kBackfillMarker.size();
        const bool lineEnd = end == file.size() || file.at(end) == '\n' || file.at(end) == '\r';
        if (lineStart && lineEnd) {
            at = from;
            break;
        }
    }
    d.sql = at < 0 ? file : file.left(at);
    d.backfill = at < 0 ? QByteArray() : file.mid(at + kBackfillMarker.size());
    return d;
}

namespace {

// The embedded files of a folder whose names match pattern, in name order,
// each with its name's match and its bytes.
template <typename Fn> void forEachEmbedded(const QString &folder, const QRegularExpression &pattern, Fn fn)
{
    const QDir dir(folder);
    const auto files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            fn(m, f.readAll());
    }
}

} // namespace

QList<Definition> definitions()
{
    static const QList<Definition> defs = [] {
        QList<Definition> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2}_[a-z0-9_]+)\\.sql$"));
        forEachEmbedded(QStringLiteral(":/sql/definitions"), pattern,
                        [&](const QRegularExpressionMatch &m, const QByteArray &bytes) {
                            list << parseDefinition(m.captured(1), bytes);
                        });
        return list;
    }();
    return defs;
}

QList<Migration> available()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        forEachEmbedded(QStringLiteral(":/sql/migrations"), pattern,
                        [&](const QRegularExpressionMatch &m, const QByteArray &bytes) {
                            Migration migration;
                            migration.version = m.captured(1).toInt();
                            migration.name = m.captured(2);
                            migration.sql = bytes;
                            migration.checksum = QString::fromLatin1(
                                QCryptographicHash::hash(migration.sql, QCryptographicHash::Sha256).toHex());
                            list << migration;
                        });
        return list;
    }();
    return migrations;
}

QStringList legacyShapeDifferences(Session &session)
{
    const Migration baseline = available().value(0);
    QStringList diffs;
    session.begin();
    try {
        session.script(QStringLiteral("CREATE SCHEMA ") + kProbeSchema, QStringLiteral("shape probe"));
        session.script(QStringLiteral("SET LOCAL search_path = ") + kProbeSchema + QStringLiteral(", public"),
                       QStringLiteral("shape probe"));
        session.script(QString::fromUtf8(baseline.sql), QStringLiteral("shape probe: legacy baseline"));
        diffs = compareShapes(readShape(session, kProbeSchema), readShape(session, QStringLiteral("public")));
    } catch (...) {
        session.rollbackQuietly();
        throw;
    }
    session.rollbackQuietly();
    return diffs;
}

namespace {

MigrationPlan planMigrations(Session &session, int upTo)
{
    const auto migrations = available();
    MigrationPlan plan;
    plan.targetVersion = migrations.isEmpty() ? 0 : migrations.last().version;
    // Past upTo: known (an applied one is still checked) but not planned.
    const auto planned = [&](const Migration &m) { return upTo <= 0 || m.version <= upTo; };
    if (upTo > 0)
        plan.targetVersion = std::min(plan.targetVersion, upTo);

    const bool current = tableExists(session, kMigrationsTable);
    if (!current && tableExists(session, kOldMigrationsTable)) {
        checkOldBookkeeping(session);
        plan.carryOver = true;
    }
    if (current || plan.carryOver) {
        const QString table = current ? kMigrationsTable : kOldMigrationsTable;
        plan.start = MigrationPlan::Start::Managed;
        QMap<int, QPair<QString, QString>> applied; // version -> (name, checksum)
        auto q = session.queryText(QStringLiteral("SELECT version, name, checksum FROM %1 ORDER BY version").arg(table),
                                   {}, QStringLiteral("read ") + table);
        while (q.next())
            applied.insert(q.int32("version"), {q.text("name"), q.text("checksum")});
        for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
            const auto known = std::find_if(migrations.cbegin(), migrations.cend(),
                                            [&](const Migration &m) { return m.version == it.key(); });
            if (known == migrations.cend()) {
                throw Error(Error::Code::Migration,
                            MigratorMsg::tr("the database has migration %1 (%2), which this Healdesk does not know; "
                                            "it is newer than this program (which knows up to %3)")
                                .arg(it.key())
                                .arg(it.value().first)
                                .arg(plan.targetVersion));
            }
            if (known->checksum != it.value().second && plan.carryOver &&
                rewrittenMigrations().value(known->version).contains(it.value().second)) {
                plan.rewritten << known->version;
            } else if (known->checksum != it.value().second) {
                throw Error(Error::Code::Migration,
                            MigratorMsg::tr("migration %1 (%2) was changed after it was applied: recorded checksum %3, "
                                            "file checksum %4; refusing to upgrade")
                                .arg(known->version)
                                .arg(known->name, it.value().second.left(12), known->checksum.left(12)));
            }
            plan.currentVersion = std::max(plan.currentVersion, it.key());
        }
        for (const Migration &m : migrations) {
            if (!applied.contains(m.version) && planned(m))
                plan.steps << MigrationStep{m.version, m.name, MigrationStep::Action::Apply};
        }
        return plan;
    }

    if (countPublicTables(session) == 0) {
        plan.start = MigrationPlan::Start::Fresh;
        for (const Migration &m : migrations)
            if (planned(m))
                plan.steps << MigrationStep{m.version, m.name, MigrationStep::Action::Apply};
        return plan;
    }

    const QStringList diffs = legacyShapeDifferences(session);
    if (!diffs.isEmpty()) {
        throw Error(Error::Code::Schema,
                    MigratorMsg::tr("the database is neither empty nor the known production schema; nothing was "
                                    "changed. Differences: %1")
                        .arg(diffs.join(QStringLiteral("; "))));
    }
    plan.start = MigrationPlan::Start::Legacy;
    plan.currentVersion = 1;
    for (const Migration &m : migrations) {
        if (planned(m))
            plan.steps << MigrationStep{m.version, m.name,
                                        m.version == 1 ? MigrationStep::Action::Adopt : MigrationStep::Action::Apply};
    }
    return plan;
}

} // namespace

SchemaState state(Session &session)
{
    SchemaState st;
    const auto migrations = available();
    st.target = migrations.isEmpty() ? 0 : migrations.last().version;
    if (!tableExists(session, kMigrationsTable)) {
        if (tableExists(session, kOldMigrationsTable)) {
            const QStringList columns = tableColumns(session, kOldMigrationsTable);
            if (columns.join(QStringLiteral(", ")) == kOldShape) {
                st.kind = SchemaState::Kind::OldRecord;
                // Its version only when this login may read it; the state is the same either way.
                auto readable = session.queryText(
                    QStringLiteral("SELECT has_table_privilege('public.schema_migrations', 'SELECT') AS readable"), {},
                    QStringLiteral("check schema_migrations"));
                if (readable.next() && readable.flag("readable")) {
                    auto q = session.queryText(
                        QStringLiteral("SELECT coalesce(max(version), 0) AS v FROM schema_migrations"), {},
                        QStringLiteral("read schema_migrations"));
                    st.version = q.next() ? q.int32("v") : 0;
                }
            } else {
                st.kind = SchemaState::Kind::Foreign;
                QStringList names;
                for (const QString &c : columns)
                    names << c.section(QLatin1Char(' '), 0, 0);
                st.foreignColumns = names.join(QStringLiteral(", "));
            }
        } else {
            st.kind = countPublicTables(session) == 0 ? SchemaState::Kind::Empty : SchemaState::Kind::Production;
        }
        return st;
    }
    QSet<int> known;
    for (const Migration &m : migrations)
        known.insert(m.version);
    bool unknown = false;
    QSet<int> applied;
    auto q = session.queryText(QStringLiteral("SELECT version FROM healdesk_migrations"), {},
                               QStringLiteral("read healdesk_migrations"));
    while (q.next()) {
        const int v = q.int32("version");
        applied.insert(v);
        st.version = std::max(st.version, v);
        unknown = unknown || !known.contains(v);
    }
    if (unknown) {
        st.kind = SchemaState::Kind::Newer;
        return st;
    }
    // A login that may not read the definitions' record (granted to everyone since the record moved to
    // healdesk_migrations) takes the migrations' word for it.
    auto readable = session.queryText(
        QStringLiteral("SELECT to_regclass('public.healdesk_definitions') IS NOT NULL "
                       "   AND has_table_privilege('public.healdesk_definitions', 'SELECT') AS readable"),
        {}, QStringLiteral("check healdesk_definitions"));
    if (readable.next() && readable.flag("readable")) {
        const QMap<QString, QString> recorded = recordedDefinitions(session);
        for (const Definition &d : definitions())
            st.changedDefinitions += recorded.value(d.name) != d.checksum ? 1 : 0;
    }
    st.missingMigrations = int((known - applied).size());
    if (st.missingMigrations > 0 || st.changedDefinitions > 0)
        st.kind = SchemaState::Kind::Behind;
    return st;
}

UpgradeRight upgradeRight(Session &session)
{
    auto q = session.queryText(
        QStringLiteral(
            "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
            "    OR (coalesce(bool_and(pg_has_role(current_user, c.relowner, 'USAGE')), true) "
            "        AND has_database_privilege(current_database(), 'CREATE') "
            "        AND has_schema_privilege('public', 'CREATE') "
            "        AND (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'healdesk_technician') "
            "             OR (SELECT rolcreaterole FROM pg_roles WHERE rolname = current_user))) AS allowed, "
            "       coalesce(string_agg(DISTINCT pg_get_userbyid(c.relowner), ', '), "
            "                (SELECT pg_get_userbyid(datdba) FROM pg_database "
            "                  WHERE datname = current_database())) AS owners "
            "  FROM pg_class c "
            " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')"),
        {}, QStringLiteral("who may upgrade"));
    UpgradeRight right;
    if (q.next()) {
        right.allowed = q.flag("allowed");
        right.owners = q.text("owners");
    }
    return right;
}

MigrationPlan plan(Session &session, int upTo, const QList<Definition> &defs)
{
    MigrationPlan thePlan = planMigrations(session, upTo);
    // Definitions describe the newest schema; a run that stops at a version
    // (tests of one migration) applies migrations only.
    if (upTo <= 0)
        planDefinitions(session, thePlan, defs);
    return thePlan;
}

MigrationPlan plan(Session &session, int upTo)
{
    return plan(session, upTo, definitions());
}

MigrationPlan migrate(Session &session, int upTo)
{
    return migrate(session, upTo, definitions());
}

MigrationPlan migrate(Session &session, int upTo, const QList<Definition> &defs)
{
    session.queryText(QStringLiteral("SELECT pg_advisory_lock(hashtext(?))"), {kLockKey}, QStringLiteral("lock"));
    struct Unlock
    {
        Session &s;
        ~Unlock()
        {
            try {
                s.queryText(QStringLiteral("SELECT pg_advisory_unlock(hashtext(?))"), {kLockKey},
                            QStringLiteral("unlock"));
            } catch (...) {
                // The lock goes with the connection anyway.
            }
        }
    } unlock{session};

    const MigrationPlan thePlan = plan(session, upTo, defs);
    const auto migrations = available();
    if (thePlan.carryOver) {
        session.transaction([&] {
            const QString context = QStringLiteral("carry over schema_migrations");
            session.script(QStringLiteral("ALTER TABLE schema_migrations RENAME TO healdesk_migrations; "
                                          "ALTER INDEX IF EXISTS schema_migrations_pkey "
                                          "RENAME TO healdesk_migrations_pkey; "
                                          "GRANT SELECT ON healdesk_migrations TO PUBLIC"),
                           context);
            if (tableExists(session, QStringLiteral("healdesk_definitions")))
                session.script(QStringLiteral("GRANT SELECT ON healdesk_definitions TO PUBLIC"), context);
            for (int version : thePlan.rewritten) {
                const auto m = std::find_if(migrations.cbegin(), migrations.cend(),
                                            [&](const Migration &x) { return x.version == version; });
                session.queryText(QStringLiteral("UPDATE healdesk_migrations SET checksum = ? WHERE version = ?"),
                                  {m->checksum, version}, context);
            }
        });
    }
    for (const MigrationStep &step : thePlan.steps) {
        const auto m = std::find_if(migrations.cbegin(), migrations.cend(),
                                    [&](const Migration &x) { return x.version == step.version; });
        const QString context = QStringLiteral("migration %1 (%2)").arg(step.version).arg(step.name);
        session.transaction([&] {
            if (!tableExists(session, kMigrationsTable))
                session.script(kCreateMigrationsTable, context);
            if (step.action == MigrationStep::Action::Apply)
                session.script(QString::fromUtf8(m->sql), context);
            session.queryText(
                QStringLiteral(
                    "INSERT INTO healdesk_migrations (version, name, checksum, adopted) VALUES (?, ?, ?, ?)"),
                {m->version, m->name, m->checksum, step.action == MigrationStep::Action::Adopt}, context);
        });
    }
    if (thePlan.definitions.isEmpty())
        return thePlan;
    session.transaction([&] {
        session.script(kCreateDefinitionsTable, QStringLiteral("definitions"));
        const QStringList states = triggerStates(session);
        const auto find = [&](const QString &name) {
            return *std::find_if(defs.cbegin(), defs.cend(), [&](const Definition &d) { return d.name == name; });
        };
        for (const DefinitionStep &step : thePlan.definitions) {
            const Definition &d = find(step.name);
            const QString context = QStringLiteral("definition %1").arg(d.name);
            session.script(QString::fromUtf8(d.sql), context);
            session.queryText(QStringLiteral("INSERT INTO healdesk_definitions AS r (name, checksum) VALUES (?, ?) "
                                             "ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, "
                                             "applied_at = now()"),
                              {d.name, d.checksum}, context);
        }
        for (const QString &statement : states)
            session.script(statement, QStringLiteral("keep trigger states"));
        for (const DefinitionStep &step : thePlan.definitions) {
            if (step.backfill)
                session.script(QString::fromUtf8(find(step.name).backfill),
                               QStringLiteral("definition %1: backfill").arg(step.name));
        }
    });
    return thePlan;
}

} // namespace hd::Migrator

namespace hd {

QString SchemaState::summary() const
{
    switch (kind) {
    case Kind::Current:
        return MigratorMsg::tr("the database is at schema version %1, this Healdesk's").arg(version);
    case Kind::Empty:
        return MigratorMsg::tr("the database is empty");
    case Kind::Production:
        return MigratorMsg::tr("the database has not been upgraded by Healdesk yet");
    case Kind::OldRecord:
        if (version == 0) // its record is not this login's to read
            return MigratorMsg::tr("the database was upgraded by an older Healdesk");
        return MigratorMsg::tr("the database was upgraded by an older Healdesk (schema version %1)").arg(version);
    case Kind::Foreign:
        return MigratorMsg::tr("the database is managed by another migration tool (its schema_migrations has %1)")
            .arg(foreignColumns);
    case Kind::Behind:
        if (missingMigrations == 0)
            return MigratorMsg::tr("the database's rules are older than this Healdesk's (%n definition(s) changed)",
                                   nullptr, changedDefinitions);
        return MigratorMsg::tr("the database is at schema version %1 and this Healdesk needs %2")
            .arg(version)
            .arg(target);
    case Kind::Newer:
        return MigratorMsg::tr("the database is at schema version %1, newer than this Healdesk (%2)")
            .arg(version)
            .arg(target);
    }
    return {};
}

QString SchemaState::describe() const
{
    switch (kind) {
    case Kind::Current:
        return summary();
    case Kind::Foreign:
        return MigratorMsg::tr("%1: Healdesk cannot use it").arg(summary());
    case Kind::Newer:
        return MigratorMsg::tr("%1: use a newer Healdesk").arg(summary());
    default:
        return MigratorMsg::tr("%1: run healdesk migrate --dry-run to see the plan, then healdesk migrate")
            .arg(summary());
    }
}

QStringList MigrationPlan::describe() const
{
    QStringList lines;
    switch (start) {
    case Start::Fresh:
        lines << MigratorMsg::tr("empty database: every migration will be applied");
        break;
    case Start::Legacy:
        lines << MigratorMsg::tr("production schema not yet managed by Healdesk: adopted as version 1, rows untouched");
        break;
    case Start::Managed:
        lines << MigratorMsg::tr("database at version %1").arg(currentVersion);
        break;
    }
    if (carryOver) {
        lines << MigratorMsg::tr("move Healdesk's record of migrations from schema_migrations to healdesk_migrations, "
                                 "rows as they are");
    }
    for (int version : rewritten)
        lines << MigratorMsg::tr("record the new checksum of migration %1, rewritten for that name alone").arg(version);
    if (isUpToDate()) {
        lines << MigratorMsg::tr("up to date at version %1").arg(targetVersion);
        return lines;
    }
    for (const MigrationStep &step : steps) {
        lines << QStringLiteral("%1 %2 %3")
                     .arg(step.action == MigrationStep::Action::Adopt ? QStringLiteral("adopt")
                                                                      : QStringLiteral("apply"))
                     .arg(step.version, 4, 10, QLatin1Char('0'))
                     .arg(step.name);
    }
    for (const DefinitionStep &step : definitions) {
        QString why;
        switch (step.reason) {
        case DefinitionStep::Reason::New:
            why = MigratorMsg::tr("new");
            break;
        case DefinitionStep::Reason::Changed:
            why = MigratorMsg::tr("changed");
            break;
        case DefinitionStep::Reason::AfterMigrations:
            why = MigratorMsg::tr("unchanged, again after the migrations");
            break;
        }
        if (step.backfill)
            why += MigratorMsg::tr(", then its backfill");
        lines << QStringLiteral("define %1 (%2)").arg(step.name, why);
    }
    return lines;
}

} // namespace hd
