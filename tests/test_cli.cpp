#include "Cli.h"
#include "CliRun.h"
#include "SchemaFingerprint.h"
#include "TestDatabase.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace hd::test;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result healdesk(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HEALDESK_EXECUTABLE), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString uri(const TestDatabase &t)
{
    // host= names the socket folder, as a technician would write it.
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
        .arg(t.name(), qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT", QStringLiteral("5432")),
             qEnvironmentVariable("PGUSER", QStringLiteral("postgres")));
}

} // namespace

TEST(Cli, MigrateDryRunThenMigrateALegacyDatabase)
{
    TestDatabase t;
    t.createLegacySchema();
    const QString before = schemaFingerprint(t);

    auto dry = healdesk({QStringLiteral("migrate"), QStringLiteral("--dry-run"), QStringLiteral("--db"), uri(t)});
    EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("adopt 0001 legacy_baseline"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("apply 0002 runbook_id_mapping"))) << dry.out.toStdString();
    EXPECT_EQ(schemaFingerprint(t), before);

    auto run = healdesk({QStringLiteral("migrate"), QStringLiteral("--db"), uri(t)});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("migrated to version"))) << run.out.toStdString();
    EXPECT_NE(schemaFingerprint(t), before);

    auto again = healdesk({QStringLiteral("migrate"), QStringLiteral("--db"), uri(t)});
    EXPECT_EQ(again.code, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("up to date"))) << again.out.toStdString();
}

TEST(Cli, MigrateUsesPgEnvironmentWithoutDb)
{
    TestDatabase t;
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGDATABASE"), t.name());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HEALDESK_EXECUTABLE), {QStringLiteral("migrate")});
    p.waitForFinished(120000);
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_GT(t.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(), 0);
}

TEST(Cli, FailuresExitNonZeroWithOneLine)
{
    TestDatabase t;
    t.exec(QStringLiteral("CREATE TABLE mystery (x int)"));
    const QString before = schemaFingerprint(t);

    auto refused = healdesk({QStringLiteral("migrate"), QStringLiteral("--db"), uri(t)});
    EXPECT_EQ(refused.code, 5);
    EXPECT_EQ(refused.err.trimmed().count(QLatin1Char('\n')), 0) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("unexpected table mystery"))) << refused.err.toStdString();
    EXPECT_EQ(schemaFingerprint(t), before);

    auto unreachable =
        healdesk({QStringLiteral("migrate"), QStringLiteral("--db"), QStringLiteral("postgresql:///x?host=/no/such/dir")});
    EXPECT_EQ(unreachable.code, 3);
    EXPECT_EQ(unreachable.err.trimmed().count(QLatin1Char('\n')), 0) << unreachable.err.toStdString();

    auto wrongUser = healdesk({QStringLiteral("migrate"), QStringLiteral("--db"),
                               uri(t).replace(QStringLiteral("user=postgres"), QStringLiteral("user=nobody_here"))});
    EXPECT_EQ(wrongUser.code, 3);
    EXPECT_TRUE(wrongUser.err.contains(QStringLiteral("nobody_here"))) << wrongUser.err.toStdString();

    auto badUri = healdesk({QStringLiteral("migrate"), QStringLiteral("--db"), QStringLiteral("mysql://x")});
    EXPECT_EQ(badUri.code, 2);
    EXPECT_EQ(badUri.err.trimmed().count(QLatin1Char('\n')), 0);

    auto badOption = healdesk({QStringLiteral("migrate"), QStringLiteral("--frobnicate")});
    EXPECT_EQ(badOption.code, 2);
}

// The registry is the one list of subcommands: each answers --help, the
// top-level --help names each, and a name outside it is no subcommand.
TEST(Cli, EverySubcommandOfTheRegistryAnswersHelpAndTheTopLevelHelpNamesIt)
{
    const auto &commands = hd::cli::subcommands();
    ASSERT_GE(commands.size(), 13);
    const CliRun top = runHealdesk({QStringLiteral("--help")});
    ASSERT_EQ(top.code, 0) << top.err.toStdString();
    for (const hd::cli::Subcommand &c : commands) {
        EXPECT_TRUE(top.out.contains(c.name)) << c.name.toStdString() << " is missing from --help";
        const CliRun help = runHealdesk({c.name, QStringLiteral("--help")});
        EXPECT_EQ(help.code, 0) << c.name.toStdString() << ": " << help.err.toStdString();
        EXPECT_FALSE(help.out.trimmed().isEmpty()) << c.name.toStdString();
        EXPECT_TRUE(hd::cli::isSubcommand({QStringLiteral("healdesk"), c.name}));
    }
    EXPECT_TRUE(top.out.contains(QStringLiteral("rollup")));
    EXPECT_FALSE(hd::cli::isSubcommand({QStringLiteral("healdesk"), QStringLiteral("bogus")}));
    EXPECT_FALSE(hd::cli::isSubcommand({QStringLiteral("healdesk")}));
}

// Words the command line does not know are refused in one line, before any window or query, and a subcommand's
// --help names the subcommand in its usage line.
TEST(Cli, UnknownWordsAreRefusedInOneLineAndUsageLinesNameTheirCommand)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HEALDESK_EXECUTABLE), {QStringLiteral("bogus")});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 2) << err.toStdString();
    EXPECT_EQ(err.trimmed().count(QLatin1Char('\n')), 0) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("unknown command \"bogus\""))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("migrate")) && err.contains(QStringLiteral("order"))) << err.toStdString();

    // A command after an option is a command in the wrong place, and says so.
    const auto late = healdesk({QStringLiteral("--db"), QStringLiteral("postgresql:///x"), QStringLiteral("order"),
                                QStringLiteral("list")});
    EXPECT_EQ(late.code, 2) << late.err.toStdString();
    EXPECT_TRUE(late.err.contains(QStringLiteral("put the command first: healdesk order"))) << late.err.toStdString();

    TestDatabase t;
    const auto badStatus = healdesk({QStringLiteral("order"), QStringLiteral("list"), QStringLiteral("--db"), uri(t),
                                     QStringLiteral("--status"), QStringLiteral("bogus")});
    EXPECT_EQ(badStatus.code, 2) << badStatus.err.toStdString();
    EXPECT_TRUE(badStatus.out.isEmpty());
    EXPECT_TRUE(badStatus.err.contains(QStringLiteral("unknown status \"bogus\""))) << badStatus.err.toStdString();
    EXPECT_TRUE(badStatus.err.contains(QStringLiteral("pending, acknowledged"))) << badStatus.err.toStdString();

    const struct
    {
        QStringList args;
        QString usage;
    } helps[] = {
        {{QStringLiteral("order"), QStringLiteral("cancel"), QStringLiteral("--help")}, QStringLiteral("healdesk order cancel [options]")},
        {{QStringLiteral("migrate"), QStringLiteral("--help")}, QStringLiteral("healdesk migrate [options]")},
        {{QStringLiteral("alert"), QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("--help")},
         QStringLiteral("healdesk alert route add [options]")},
    };
    for (const auto &h : helps) {
        const auto help = healdesk(h.args);
        EXPECT_EQ(help.code, 0) << help.err.toStdString();
        EXPECT_TRUE(help.out.section(QLatin1Char('\n'), 0, 0).contains(h.usage)) << help.out.left(200).toStdString();
    }
}
