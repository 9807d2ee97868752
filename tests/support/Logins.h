#pragma once

#include "TestDatabase.h"

#include <QStringList>

namespace hd::test {

// Logins are cluster-wide: made per test database (named after it) and
// dropped at the end.
struct Logins
{
    TestDatabase &t;
    QStringList names;
    QString make(const QString &suffix)
    {
        const QString name = t.name() + QLatin1Char('_') + suffix;
        t.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(name));
        names << name;
        return name;
    }
    ~Logins()
    {
        for (const QString &n : names) {
            try {
                t.exec(QStringLiteral("DROP OWNED BY %1").arg(n));
                t.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(n));
            } catch (...) {
            }
        }
    }
};

// The test database's URI as one of those logins (Unix socket, no password).
inline QString uriFor(const TestDatabase &t, const QString &login)
{
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
        .arg(t.name(), qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", QStringLiteral("5432")), login);
}

} // namespace hd::test
