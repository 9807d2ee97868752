#include "Cli.h"

#include "ConnectionConfig.h"
#include "Database.h"
#include "Error.h"
#include "Generator.h"
#include "Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace hd::cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QStringList kSubcommands{QStringLiteral("migrate"), QStringLiteral("generate")};

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("PostgreSQL URI, e.g. postgresql://user@host:5432/dbname?sslmode=require "
                                             "(host= may name a socket folder). Without it, libpq's PG* variables apply."),
                              QStringLiteral("uri"));
}

// Parses the subcommand's own options; on --help or a bad option prints and returns an exit code.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << "unexpected argument: " << parser.positionalArguments().constFirst() << Qt::endl;
        return 2;
    }
    return std::nullopt;
}

int migrate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Print the plan and change nothing.")});
    if (auto code = parse(parser, args, QStringLiteral("Upgrade the database schema in place (adopting a legacy database).")))
        return *code;
    Database db(ConnectionConfig::fromUriOrEnvironment(parser.value(QStringLiteral("db"))));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const MigrationPlan plan = db.runSync([dryRun](Session &s) {
        return dryRun ? Migrator::plan(s) : Migrator::migrate(s);
    });
    for (const QString &line : plan.describe())
        out() << line << Qt::endl;
    if (!dryRun && !plan.isUpToDate())
        out() << "migrated to version " << plan.targetVersion << Qt::endl;
    return 0;
}

int generate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("size"), QStringLiteral("tiny, demo or large (default demo)."), QStringLiteral("size"),
                      QStringLiteral("demo")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed number (default 1)."), QStringLiteral("n"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("anchor"), QStringLiteral("The data set's \"now\", ISO 8601 (default: now)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("no-mapping"), QStringLiteral("Leave runbook_id_mapping empty.")});
    if (auto code = parse(parser, args, QStringLiteral("Fill an empty database with a deterministic fleet.")))
        return *code;
    GeneratorOptions options = GeneratorOptions::preset(parser.value(QStringLiteral("size")));
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toLongLong(&ok);
    if (!ok)
        throw Error(Error::Code::Config, QStringLiteral("--seed must be a whole number"));
    if (parser.isSet(QStringLiteral("anchor"))) {
        options.anchor = QDateTime::fromString(parser.value(QStringLiteral("anchor")), Qt::ISODateWithMs);
        if (!options.anchor.isValid())
            throw Error(Error::Code::Config, QStringLiteral("--anchor is not an ISO 8601 time"));
    }
    options.withMapping = !parser.isSet(QStringLiteral("no-mapping"));
    Database db(ConnectionConfig::fromUriOrEnvironment(parser.value(QStringLiteral("db"))));
    db.runSync([&options](Session &s) { Generator::generate(s, options); });
    out() << "generated " << options.telemetry << " executions, " << options.incidents << " incidents, "
          << options.sites * options.appliancesPerSite << " appliances" << Qt::endl;
    return 0;
}

} // namespace

bool isSubcommand(const QStringList &args)
{
    return args.size() > 1 && kSubcommands.contains(args.at(1));
}

int run(const QStringList &args)
{
    const QString command = args.value(1);
    QStringList rest = args;
    rest.removeAt(1);
    rest[0] = QCoreApplication::applicationName() + QLatin1Char(' ') + command;
    try {
        if (command == QLatin1String("migrate"))
            return migrate(rest);
        if (command == QLatin1String("generate"))
            return generate(rest);
    } catch (const Error &e) {
        err() << QCoreApplication::applicationName() << ' ' << command << ": " << e.toString().simplified() << Qt::endl;
        return e.exitCode();
    }
    err() << "unknown command: " << command << Qt::endl;
    return 2;
}

} // namespace hd::cli
