#include "ConnectionConfig.h"
#include "Error.h"

#include <QSqlDatabase>

#include <gtest/gtest.h>

using hd::ConnectionConfig;
using hd::Error;

TEST(ConnectionConfig, ParsesFullUri)
{
    const auto c = ConnectionConfig::fromUri(
        QStringLiteral("postgresql://tech%40msp:s%3Acret@db.example.org:6543/health%20desk?sslmode=verify-full&"
                       "sslrootcert=/etc/ssl/root.crt&application_name=healdesk"));
    EXPECT_EQ(c.user, QStringLiteral("tech@msp"));
    EXPECT_EQ(c.password, QStringLiteral("s:cret"));
    EXPECT_EQ(c.host, QStringLiteral("db.example.org"));
    EXPECT_EQ(c.port, QStringLiteral("6543"));
    EXPECT_EQ(c.dbname, QStringLiteral("health desk"));
    EXPECT_EQ(c.options.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    EXPECT_EQ(c.options.value(QStringLiteral("sslrootcert")), QStringLiteral("/etc/ssl/root.crt"));
    EXPECT_EQ(c.options.size(), 3);
}

TEST(ConnectionConfig, HostQueryParameterNamesASocketFolder)
{
    const auto c = ConnectionConfig::fromUri(QStringLiteral("postgresql:///healdesk?host=/run/postgresql&user=ops"));
    EXPECT_EQ(c.host, QStringLiteral("/run/postgresql"));
    EXPECT_EQ(c.user, QStringLiteral("ops"));
    EXPECT_EQ(c.dbname, QStringLiteral("healdesk"));
    EXPECT_TRUE(c.port.isEmpty());
    EXPECT_TRUE(c.options.isEmpty());
}

TEST(ConnectionConfig, PercentEncodedSocketHostAndIpv6)
{
    EXPECT_EQ(ConnectionConfig::fromUri(QStringLiteral("postgres://%2Fvar%2Frun%2Fpg/db")).host,
              QStringLiteral("/var/run/pg"));
    const auto v6 = ConnectionConfig::fromUri(QStringLiteral("postgresql://u@[::1]:5433/db"));
    EXPECT_EQ(v6.host, QStringLiteral("::1"));
    EXPECT_EQ(v6.port, QStringLiteral("5433"));
}

TEST(ConnectionConfig, EmptyUriMeansLibpqEnvironment)
{
    const auto c = ConnectionConfig::fromUriOrEnvironment(QString());
    EXPECT_TRUE(c.host.isEmpty());
    EXPECT_TRUE(c.user.isEmpty());
    EXPECT_TRUE(c.dbname.isEmpty());
}

TEST(ConnectionConfig, RejectsMalformedInputWithReason)
{
    const QStringList bad{QStringLiteral("mysql://host/db"), QStringLiteral("postgresql://h:99999/db"),
                          QStringLiteral("postgresql://h:abc/db"), QStringLiteral("postgresql://h/db?sslmode=sometimes"),
                          QStringLiteral("postgresql://h/db?novalue"), QStringLiteral("postgresql://h/db?Bad-Key=1"),
                          QStringLiteral("postgresql://h/db?application_name=a;b")};
    for (const QString &uri : bad) {
        try {
            ConnectionConfig::fromUri(uri);
            ADD_FAILURE() << "accepted " << uri.toStdString();
        } catch (const Error &e) {
            EXPECT_EQ(e.code(), Error::Code::Config) << uri.toStdString();
            EXPECT_FALSE(e.message().isEmpty());
            EXPECT_EQ(e.exitCode(), 2);
        }
    }
}

TEST(ConnectionConfig, DescribeNeverShowsThePassword)
{
    const auto c = ConnectionConfig::fromUri(QStringLiteral("postgresql://ops:hunter2@db:5432/healdesk"));
    EXPECT_EQ(c.describe(), QStringLiteral("ops@db:5432/healdesk"));
    EXPECT_FALSE(c.describe().contains(QStringLiteral("hunter2")));
}

TEST(ConnectionConfig, OptionsAreQuotedForLibpq)
{
    auto c = ConnectionConfig::fromUri(QStringLiteral("postgresql://h/db?application_name=it%27s%20me"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("quote-test"));
    c.applyTo(db);
    EXPECT_EQ(db.connectOptions(), QStringLiteral("application_name='it\\'s me'"));
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("quote-test"));
}
