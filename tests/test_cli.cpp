#include "Cli.h"
#include "CliRun.h"
#include "SchemaFingerprint.h"
#include "TestDatabase.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

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
    EXPECT_GT(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_migrations")).toInt(), 0);
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

// The production schema before Healdesk upgraded it: every command that reads or writes the database says so in
// one line with its own exit code and the commands to run, and no SQL reaches the technician. migrate is the way
// out, and profile never connects.
TEST(Cli, EveryCommandOnANotUpgradedDatabaseSaysWhatToRunInOneLine)
{
    TestDatabase t;
    t.createLegacySchema();
    const QString before = schemaFingerprint(t);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString logo = dir.filePath(QStringLiteral("logo.png"));
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        ASSERT_TRUE(image.save(logo));
    }
    const QString partner = QStringLiteral("8d1f7a52-0d7e-4d3c-9a4e-3f1b2c6d7e80");
    const QList<QStringList> commands{
        {QStringLiteral("generate"), QStringLiteral("--size"), QStringLiteral("tiny")},
        {QStringLiteral("stats")},
        {QStringLiteral("order"), QStringLiteral("list")},
        {QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--partner"), partner, QStringLiteral("-o"),
         dir.filePath(QStringLiteral("r.csv"))},
        {QStringLiteral("health")},
        {QStringLiteral("fix"), QStringLiteral("--dry-run"), QStringLiteral("orders")},
        {QStringLiteral("mapping"), QStringLiteral("list")},
        {QStringLiteral("runbook"), QStringLiteral("disable"), QStringLiteral("RB-X"), QStringLiteral("--site"),
         QStringLiteral("clinic-1")},
        {QStringLiteral("pattern"), QStringLiteral("list")},
        {QStringLiteral("user"), QStringLiteral("grant"), QStringLiteral("bob"), QStringLiteral("--partner"), partner},
        {QStringLiteral("rollup"), QStringLiteral("status")},
        {QStringLiteral("partner"), QStringLiteral("set-logo"), partner, logo},
        {QStringLiteral("audit"), QStringLiteral("verify")},
        {QStringLiteral("key"), QStringLiteral("list")},
        {QStringLiteral("worker"), QStringLiteral("--check")},
        {QStringLiteral("window"), QStringLiteral("list")},
        {QStringLiteral("alert"), QStringLiteral("route"), QStringLiteral("list")},
        {QStringLiteral("list"), QStringLiteral("partners")},
        {QStringLiteral("incident"), QStringLiteral("list")},
        {QStringLiteral("sla"), QStringLiteral("show")},
    };
    // The list covers the registry: a new command must be added here.
    QSet<QString> covered{QStringLiteral("migrate"), QStringLiteral("profile")};
    for (const QStringList &c : commands)
        covered.insert(c.first());
    for (const hd::cli::Subcommand &c : hd::cli::subcommands())
        EXPECT_TRUE(covered.contains(c.name)) << c.name.toStdString() << " is not tried on a not-upgraded database";

    for (QStringList args : commands) {
        args << QStringLiteral("--db") << uri(t);
        const auto r = healdesk(args);
        const std::string what = args.mid(0, 3).join(QLatin1Char(' ')).toStdString() + ": " + r.err.toStdString();
        EXPECT_EQ(r.code, 11) << what;
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << what;
        EXPECT_TRUE(r.err.contains(QStringLiteral("has not been upgraded by Healdesk yet"))) << what;
        EXPECT_TRUE(r.err.contains(QStringLiteral("healdesk migrate --dry-run"))) << what;
        for (const char *sql : {"SELECT", "ERROR", "SQLSTATE", "does not exist", "relation"})
            EXPECT_FALSE(r.err.contains(QLatin1String(sql))) << what;
        EXPECT_TRUE(r.out.isEmpty()) << what << r.out.toStdString();
    }
    EXPECT_EQ(schemaFingerprint(t), before);

    // migrate --dry-run then migrate is the way out; afterwards the same command works.
    const auto dry = healdesk({QStringLiteral("migrate"), QStringLiteral("--dry-run"), QStringLiteral("--db"), uri(t)});
    EXPECT_EQ(dry.code, 0) << dry.err.toStdString();
    EXPECT_EQ(schemaFingerprint(t), before);
    ASSERT_EQ(healdesk({QStringLiteral("migrate"), QStringLiteral("--db"), uri(t)}).code, 0);
    const auto stats = healdesk({QStringLiteral("stats"), QStringLiteral("--db"), uri(t)});
    EXPECT_EQ(stats.code, 0) << stats.err.toStdString();

    // A database newer than the program says so, with the same exit code.
    t.exec(QStringLiteral("INSERT INTO healdesk_migrations (version, name, checksum) VALUES (9999, 'future', 'x')"));
    const auto newer = healdesk({QStringLiteral("stats"), QStringLiteral("--db"), uri(t)});
    EXPECT_EQ(newer.code, 11) << newer.err.toStdString();
    EXPECT_TRUE(newer.err.contains(QStringLiteral("schema version 9999, newer than this Healdesk")))
        << newer.err.toStdString();
}

// Wherever a partner, a site or an appliance is taken, its name works as well as its ID; a name that means several
// is refused with each listed, and one that means none is refused as unknown. healdesk list shows what there is.
TEST(Cli, NamesWorkWhereIdsDoAndAmbiguousOrUnknownOnesAreRefused)
{
    TestDatabase t;
    t.migrate();
    const QString north = QStringLiteral("11111111-0000-4000-8000-000000000001");
    const QString contoso = QStringLiteral("22222222-0000-4000-8000-000000000002");
    const QString contoso2 = QStringLiteral("33333333-0000-4000-8000-000000000003");
    t.exec(QStringLiteral("INSERT INTO partners (id, name) VALUES (?, 'Northwind Health'), (?, 'Contoso Care'), "
                          "(?, 'contoso  care')"),
           {north, contoso, contoso2});
    t.exec(QStringLiteral("INSERT INTO sites (id, name, partner_id) VALUES ('clinic-north-01', 'North Clinic', ?), "
                          "('clinic-south-01', 'South Clinic', ?), ('clinic-east-01', 'North Clinic', ?)"),
           {north, contoso, contoso2});
    const QString fwNorth = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    const QString fwSouth = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");
    const QString nasSouth = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003");
    t.exec(QStringLiteral("INSERT INTO appliances (id, site_id, hostname, last_checkin) VALUES "
                          "(?, 'clinic-north-01', 'fw01', now()), (?, 'clinic-south-01', 'fw01', now()), "
                          "(?, 'clinic-south-01', 'nas01', now() - interval '3 days')"),
           {fwNorth, fwSouth, nasSouth});
    t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity) "
                          "VALUES ('RB-NAMES-1', 'Names test', 'test', 'low')"));
    // Northwind's only: its figures must differ from another partner's for the name-versus-ID check to mean anything.
    t.exec(QStringLiteral("INSERT INTO incidents (appliance_id, incident_type, severity, resolution_tier) "
                          "VALUES (?, 'firewall_disabled', 'high', 'L1'), (?, 'firewall_disabled', 'low', 'L2')"),
           {fwNorth, fwNorth});
    const auto run = [&](QStringList args) {
        args << QStringLiteral("--db") << uri(t);
        return healdesk(args);
    };

    // healdesk list, narrowed by names.
    const auto partners = run({QStringLiteral("list"), QStringLiteral("partners"), QStringLiteral("--json")});
    ASSERT_EQ(partners.code, 0) << partners.err.toStdString();
    const QJsonArray partnerRows = QJsonDocument::fromJson(partners.out.toUtf8()).array();
    ASSERT_EQ(partnerRows.size(), 3) << partners.out.toStdString();
    QSet<QString> partnerIds;
    for (const QJsonValue &v : partnerRows)
        partnerIds.insert(v.toObject().value(QStringLiteral("id")).toString());
    EXPECT_EQ(partnerIds, (QSet<QString>{north, contoso, contoso2}));
    const auto sites = run({QStringLiteral("list"), QStringLiteral("sites"), QStringLiteral("--partner"),
                            QStringLiteral("northwind   HEALTH"), QStringLiteral("--json")});
    ASSERT_EQ(sites.code, 0) << sites.err.toStdString();
    const QJsonArray siteRows = QJsonDocument::fromJson(sites.out.toUtf8()).array();
    ASSERT_EQ(siteRows.size(), 1) << sites.out.toStdString();
    EXPECT_EQ(siteRows.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("clinic-north-01"));
    EXPECT_EQ(siteRows.at(0).toObject().value(QStringLiteral("partner")).toString(), QStringLiteral("Northwind Health"));
    const auto appliances = run({QStringLiteral("list"), QStringLiteral("appliances"), QStringLiteral("--site"),
                                 QStringLiteral("South Clinic"), QStringLiteral("--json")});
    ASSERT_EQ(appliances.code, 0) << appliances.err.toStdString();
    const QJsonArray applianceRows = QJsonDocument::fromJson(appliances.out.toUtf8()).array();
    ASSERT_EQ(applianceRows.size(), 2) << appliances.out.toStdString();
    for (const QJsonValue &v : applianceRows) {
        const QJsonObject o = v.toObject();
        EXPECT_EQ(o.value(QStringLiteral("site_id")).toString(), QStringLiteral("clinic-south-01"));
        const bool nas = o.value(QStringLiteral("id")).toString() == nasSouth;
        EXPECT_EQ(o.value(QStringLiteral("hostname")).toString(), nas ? QStringLiteral("nas01") : QStringLiteral("fw01"));
        EXPECT_EQ(o.value(QStringLiteral("status")).toString(), nas ? QStringLiteral("offline") : QStringLiteral("online"));
    }
    const auto text = run({QStringLiteral("list"), QStringLiteral("appliances")});
    EXPECT_EQ(text.code, 0);
    EXPECT_EQ(text.out.trimmed().split(QLatin1Char('\n')).size(), 4) << text.out.toStdString(); // header + 3
    EXPECT_TRUE(text.out.contains(QStringLiteral("clinic-south-01/nas01"))) << text.out.toStdString();

    // A unique name works like the ID.
    const auto byName = run({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--partner"),
                             QStringLiteral("Northwind Health")});
    const auto byId = run({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--partner"), north});
    ASSERT_EQ(byName.code, 0) << byName.err.toStdString();
    EXPECT_EQ(byName.out, byId.out);
    const QJsonObject northFigures = QJsonDocument::fromJson(byName.out.toUtf8()).object();
    int northIncidents = 0;
    for (const QJsonValue &v : northFigures.value(QStringLiteral("incidents_by_tier")).toObject())
        northIncidents += v.toInt();
    EXPECT_EQ(northIncidents, 2) << byName.out.toStdString();
    const auto other = run({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--partner"), contoso});
    EXPECT_NE(other.out, byName.out);

    // Ambiguous names list their candidates and change nothing; unknown ones are refused as such.
    const auto ambiguousPartner =
        run({QStringLiteral("stats"), QStringLiteral("--partner"), QStringLiteral("Contoso Care")});
    EXPECT_EQ(ambiguousPartner.code, 8);
    EXPECT_TRUE(ambiguousPartner.err.contains(contoso) && ambiguousPartner.err.contains(contoso2))
        << ambiguousPartner.err.toStdString();
    const auto ambiguousSite = run({QStringLiteral("window"), QStringLiteral("add"), QStringLiteral("--site"),
                                    QStringLiteral("north clinic"), QStringLiteral("--weekly"), QStringLiteral("Sun"),
                                    QStringLiteral("02:00-04:00"), QStringLiteral("--reason"), QStringLiteral("x")});
    EXPECT_EQ(ambiguousSite.code, 8);
    EXPECT_TRUE(ambiguousSite.err.contains(QStringLiteral("clinic-north-01")) &&
                ambiguousSite.err.contains(QStringLiteral("clinic-east-01")))
        << ambiguousSite.err.toStdString();
    const auto ambiguousAppliance = run({QStringLiteral("runbook"), QStringLiteral("disable"),
                                         QStringLiteral("RB-NAMES-1"), QStringLiteral("--appliance"),
                                         QStringLiteral("fw01")});
    EXPECT_EQ(ambiguousAppliance.code, 8);
    EXPECT_TRUE(ambiguousAppliance.err.contains(fwNorth) && ambiguousAppliance.err.contains(fwSouth))
        << ambiguousAppliance.err.toStdString();
    EXPECT_TRUE(ambiguousAppliance.err.contains(QStringLiteral("SITE/HOSTNAME"))) << ambiguousAppliance.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_maintenance_windows")).toInt(), 0);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM appliance_runbook_config")).toInt(), 0);
    for (const QStringList &args : QList<QStringList>{
             {QStringLiteral("stats"), QStringLiteral("--partner"), QStringLiteral("Nobody Inc")},
             {QStringLiteral("stats"), QStringLiteral("--site"), QStringLiteral("clinic-nowhere")},
             {QStringLiteral("runbook"), QStringLiteral("disable"), QStringLiteral("RB-NAMES-1"),
              QStringLiteral("--appliance"), QStringLiteral("printer99")}}) {
        const auto unknown = run(args);
        EXPECT_EQ(unknown.code, 8) << unknown.err.toStdString();
        EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown ")) && unknown.err.contains(args.at(args.size() - 1)))
            << unknown.err.toStdString();
    }

    // SITE/HOSTNAME, the site by ID or name, picks one; so does a site's name for a window.
    const auto one = run({QStringLiteral("runbook"), QStringLiteral("disable"), QStringLiteral("RB-NAMES-1"),
                          QStringLiteral("--appliance"), QStringLiteral("South Clinic/FW01")});
    EXPECT_EQ(one.code, 0) << one.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT string_agg(appliance_id::text, ',') FROM appliance_runbook_config "
                                      "WHERE runbook_id = 'RB-NAMES-1' AND NOT enabled"))
                  .toString(),
              fwSouth);
    const auto window = run({QStringLiteral("window"), QStringLiteral("add"), QStringLiteral("--site"),
                             QStringLiteral("South Clinic"), QStringLiteral("--weekly"), QStringLiteral("Sun"),
                             QStringLiteral("02:00-04:00"), QStringLiteral("--reason"), QStringLiteral("patching")});
    EXPECT_EQ(window.code, 0) << window.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT string_agg(site_id, ',') FROM healdesk_maintenance_windows")).toString(),
              QStringLiteral("clinic-south-01"));
}
