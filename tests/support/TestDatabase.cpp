#include "TestDatabase.h"

#include "Migrator.h"
#include "SqlLibrary.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <atomic>

namespace hd::test {

namespace {

Database &admin()
{
    static Database instance(TestDatabase::clusterConfig());
    return instance;
}

// Setup and teardown statements are safe to repeat; one retry covers a
// connection that a test's server restart left dead.
template <typename Fn> void runAdmin(Fn fn)
{
    try {
        admin().runSync(fn);
    } catch (const Error &e) {
        if (e.code() != Error::Code::ConnectionLost)
            throw;
        admin().runSync(fn);
    }
}

} // namespace

void requireCluster()
{
    if (qEnvironmentVariable("PGHOST").isEmpty()) {
        ADD_FAILURE() << "PGHOST is not set: run the tests through scripts/test, which starts a PostgreSQL cluster";
        std::abort();
    }
}

ConnectionConfig TestDatabase::clusterConfig()
{
    requireCluster();
    ConnectionConfig c;
    c.dbname = QStringLiteral("postgres");
    return c;
}

TestDatabase::TestDatabase()
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("hdtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString name = m_name;
    runAdmin([name](Session &s) {
        s.script(QStringLiteral("DROP DATABASE IF EXISTS ") + name, QStringLiteral("test setup"));
        s.script(QStringLiteral("CREATE DATABASE ") + name + QStringLiteral(" TEMPLATE template0"),
                 QStringLiteral("test setup"));
    });
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    const QString name = m_name;
    try {
        runAdmin([name](Session &s) {
            s.script(QStringLiteral("DROP DATABASE IF EXISTS ") + name + QStringLiteral(" WITH (FORCE)"),
                     QStringLiteral("test teardown"));
        });
    } catch (const Error &e) {
        ADD_FAILURE() << "could not drop " << name.toStdString() << ": " << e.what();
    }
}

ConnectionConfig TestDatabase::config() const
{
    return clusterConfig().withDatabase(m_name);
}

Database &TestDatabase::db()
{
    if (!m_db)
        m_db = std::make_unique<Database>(config());
    return *m_db;
}

void TestDatabase::exec(const QString &sql, const QVariantList &binds)
{
    db().runSync([&](Session &s) { s.queryText(sql, binds, QStringLiteral("test")); });
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &binds)
{
    return db().runSync([&](Session &s) {
        // Tests read any statement's first column, whatever its name.
        auto rows = s.queryText(sql, binds, QStringLiteral("test"));
        QSqlQuery &q = rows.query();
        return q.next() ? q.value(0) : QVariant();
    });
}

QList<QVariantList> TestDatabase::rows(const QString &sql, const QVariantList &binds)
{
    return db().runSync([&](Session &s) {
        QList<QVariantList> out;
        auto rows = s.queryText(sql, binds, QStringLiteral("test"));
        QSqlQuery &q = rows.query();
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    });
}

void TestDatabase::createLegacySchema()
{
    const QString ddl = QString::fromUtf8(SqlLibrary::file(QStringLiteral("migrations/0001_legacy_baseline.sql")));
    db().runSync([&](Session &s) { s.script(ddl, QStringLiteral("legacy schema")); });
}

void TestDatabase::migrate(int upTo)
{
    db().runSync([upTo](Session &s) { Migrator::migrate(s, upTo); });
}

DemoSigning TestDatabase::provisionSigning()
{
    DemoSigning signing = db().runSync([](Session &s) { return DemoSigning::provision(s); });
    db().setSigner(signing.technician);
    return signing;
}

void TestDatabase::allowUnsignedOrders()
{
    exec(QStringLiteral("UPDATE healdesk_signing_settings SET required_default = false"));
}

} // namespace hd::test
