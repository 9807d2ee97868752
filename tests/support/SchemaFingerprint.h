#pragma once

#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QStringList>

namespace hd::test {

// Everything a migration or a definition can change in the public schema, one
// line an object: tables' columns, indexes, constraints, functions (their
// bodies, attributes and grants), triggers (their definitions and whether
// they are enabled), views (their queries and options), row policies, and
// each relation's grants and row-security switches. Without partitions, the
// lines leave out the telemetry partitions, which follow the months a
// database's rows fall in, so databases with different data can be compared.
enum class Partitions { Included, Excluded };

inline QStringList schemaLines(TestDatabase &t, Partitions partitions = Partitions::Included)
{
    const QString keep =
        partitions == Partitions::Included ? QStringLiteral("true") : QStringLiteral("NOT c.relispartition");
    QStringList lines;
    const auto rows = t.rows(
        QStringLiteral(
            "SELECT x FROM ("
            " SELECT 'col ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' '"
            "        || a.attnotnull::text || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') AS x"
            "   FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
            "   LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            "  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v') AND a.attnum > 0"
            "    AND NOT a.attisdropped AND %1"
            " UNION ALL SELECT 'idx ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = "
            "i.indrelid"
            "  WHERE c.relnamespace = 'public'::regnamespace AND %1"
            " UNION ALL SELECT 'fn ' || p.oid::regprocedure::text || ' ' || md5(p.prosrc) || ' ' || p.prosecdef::text"
            "        || ' ' || p.provolatile::text || ' ' || coalesce(p.proconfig::text, '') || ' '"
            "        || coalesce(p.proacl::text, '')"
            "   FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
            " UNION ALL SELECT 'trg ' || pg_get_triggerdef(g.oid) || ' ' || g.tgenabled::text"
            "   FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid"
            "  WHERE NOT g.tgisinternal AND c.relnamespace = 'public'::regnamespace AND %1"
            " UNION ALL SELECT 'con ' || c.relname || ' ' || n.conname || ' ' || pg_get_constraintdef(n.oid)"
            "   FROM pg_constraint n JOIN pg_class c ON c.oid = n.conrelid"
            "  WHERE n.connamespace = 'public'::regnamespace AND %1"
            " UNION ALL SELECT 'view ' || c.relname || ' ' || md5(pg_get_viewdef(c.oid)) || ' '"
            "        || coalesce(c.reloptions::text, '')"
            "   FROM pg_class c WHERE c.relkind = 'v' AND c.relnamespace = 'public'::regnamespace"
            " UNION ALL SELECT 'pol ' || tablename || ' ' || policyname || ' ' || permissive || ' ' || roles::text"
            "        || ' ' || cmd || ' ' || coalesce(qual, '') || ' ' || coalesce(with_check, '')"
            "   FROM pg_policies WHERE schemaname = 'public'"
            " UNION ALL SELECT 'rel ' || c.relname || ' ' || c.relkind::text || ' ' || coalesce(c.relacl::text, '')"
            "        || ' ' || c.relrowsecurity::text || ' ' || c.relforcerowsecurity::text"
            "   FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'S')"
            "    AND %1"
            ") s ORDER BY x")
            .arg(keep));
    for (const auto &r : rows)
        lines << r.value(0).toString();
    return lines;
}

// A digest of schemaLines(): equal digests mean no schema change.
inline QString schemaFingerprint(TestDatabase &t, Partitions partitions = Partitions::Included)
{
    const QStringList lines = schemaLines(t, partitions);
    // Proof the query saw a schema: an empty one would make every digest equal.
    if (lines.isEmpty())
        return QStringLiteral("(no schema)");
    return QString::fromLatin1(
        QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Md5).toHex());
}

// Row count and a digest of every row of a table, over the given columns only,
// in a stable order.
struct TableDigest
{
    qint64 rows = 0;
    QString hash;
    bool operator==(const TableDigest &o) const { return rows == o.rows && hash == o.hash; }
};

inline TableDigest tableDigest(TestDatabase &t, const QString &table, const QStringList &columns)
{
    // Identifiers come from information_schema of the test's own database.
    const QString cols = columns.join(QStringLiteral(", "));
    const auto row = t.rows(QStringLiteral("SELECT count(*), coalesce(md5(string_agg(r, E'\\n' ORDER BY r)), '') FROM "
                                           "(SELECT ROW(%1)::text AS r FROM %2) s")
                                .arg(cols, table));
    return TableDigest{row.value(0).value(0).toLongLong(), row.value(0).value(1).toString()};
}

inline QStringList tableColumns(TestDatabase &t, const QString &table)
{
    QStringList cols;
    for (const auto &r :
         t.rows(QStringLiteral("SELECT column_name FROM information_schema.columns "
                               "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position"),
                {table}))
        cols << r.value(0).toString();
    return cols;
}

inline QStringList publicTables(TestDatabase &t)
{
    QStringList tables;
    for (const auto &r : t.rows(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                               "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' "
                                               "ORDER BY table_name")))
        tables << r.value(0).toString();
    return tables;
}

} // namespace hd::test
