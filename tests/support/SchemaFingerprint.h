#pragma once

#include "TestDatabase.h"

namespace hd::test {

// A digest of everything a migration can change in the public schema: tables,
// columns, indexes, functions, triggers and constraints. Equal digests mean no
// schema change.
inline QString schemaFingerprint(TestDatabase &t)
{
    return t
        .scalar(QStringLiteral(
            "SELECT md5(string_agg(x, E'\\n' ORDER BY x)) FROM ("
            " SELECT 'col ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' "
            "        || coalesce(column_default, '') AS x"
            "   FROM information_schema.columns WHERE table_schema = 'public'"
            " UNION ALL SELECT 'idx ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"
            " UNION ALL SELECT 'fn ' || p.proname || ' ' || md5(p.prosrc) FROM pg_proc p"
            "   JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'"
            " UNION ALL SELECT 'trg ' || tgname || ' ' || tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal"
            " UNION ALL SELECT 'con ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
            "   WHERE connamespace = 'public'::regnamespace"
            ") s"))
        .toString();
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
    for (const auto &r : t.rows(QStringLiteral("SELECT column_name FROM information_schema.columns "
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
