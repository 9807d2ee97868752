#pragma once

#include <QMap>
#include <QString>

class QSqlDatabase;

namespace hd {

// Where the database is. Either parsed from a libpq URI given with --db, or left
// empty so that libpq reads its own PG* environment variables (PGHOST, PGPORT,
// PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE, ...).
struct ConnectionConfig
{
    QString host; // host name, IP address or a Unix socket folder
    QString port;
    QString user;
    QString password;
    QString dbname;
    QMap<QString, QString> options; // sslmode, sslrootcert, connect_timeout, application_name, ...
    // A Database opened with this refuses its first call, with Error(SchemaState) and one line saying what to
    // run, unless the database is at this program's schema (Migrator::state). Commands set it; migrate does not.
    bool requireCurrentSchema = false;

    // postgresql://[user[:password]@][host][:port][/dbname][?key=value&...]
    // Throws Error(Config) with the reason when the URI is malformed.
    static ConnectionConfig fromUri(const QString &uri);
    // The configuration to use for a command line that may or may not give --db.
    static ConnectionConfig fromUriOrEnvironment(const QString &uriOrEmpty);

    // Same server, another database (used by tests and the demo).
    ConnectionConfig withDatabase(const QString &name) const;

    void applyTo(QSqlDatabase &db) const;
    // For messages: user@host:port/dbname, never the password; "(PG* environment)"
    // for the parts libpq fills in itself.
    QString describe() const;
};

} // namespace hd
