#include "Cli.h"

#include "ConnectionConfig.h"
#include "Database.h"
#include "Error.h"
#include "Generator.h"
#include "Migrator.h"
#include "Stats.h"

#include <QJsonDocument>

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

const QStringList kSubcommands{QStringLiteral("migrate"), QStringLiteral("generate"), QStringLiteral("stats")};

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

void addScopeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), QStringLiteral("Only these sites (IDs, comma-separated)."), QStringLiteral("ids")});
    parser.addOption({QStringLiteral("partner"), QStringLiteral("Only this partner's sites (partner ID)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("Start of the period, ISO 8601, inclusive."), QStringLiteral("time")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("End of the period, ISO 8601, exclusive (a date alone means the end of that day)."),
                      QStringLiteral("time")});
}

Scope scopeFrom(const QCommandLineParser &parser)
{
    Scope scope;
    if (parser.isSet(QStringLiteral("site")))
        scope.siteIds = parser.value(QStringLiteral("site")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("site")) && scope.siteIds.isEmpty())
        throw Error(Error::Code::InvalidInput, QStringLiteral("--site needs at least one site ID"));
    scope.partnerId = parser.value(QStringLiteral("partner"));
    if (parser.isSet(QStringLiteral("from")))
        scope.from = Scope::parseTime(parser.value(QStringLiteral("from")), false);
    if (parser.isSet(QStringLiteral("to")))
        scope.to = Scope::parseTime(parser.value(QStringLiteral("to")), true);
    scope.validate();
    return scope;
}

int stats(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    addScopeOptions(parser);
    if (auto code = parse(parser, args, QStringLiteral("Executions and incidents by tier, and per-runbook executions.")))
        return *code;
    const Scope scope = scopeFrom(parser);
    Database db(ConnectionConfig::fromUriOrEnvironment(parser.value(QStringLiteral("db"))));
    const FleetStats result = db.runSync([&scope](Session &s) {
        // Unknown site IDs are an error, not an empty answer.
        for (const QString &site : scope.siteIds) {
            auto q = s.queryText(QStringLiteral("SELECT 1 FROM sites WHERE id = ?"), {site}, QStringLiteral("stats"));
            if (!q.next())
                throw Error(Error::Code::InvalidInput, QStringLiteral("unknown site \"%1\"").arg(site));
        }
        if (!scope.partnerId.isEmpty()) {
            auto q = s.queryText(QStringLiteral("SELECT 1 FROM partners WHERE id = ?::uuid"), {scope.partnerId},
                                 QStringLiteral("stats"));
            if (!q.next())
                throw Error(Error::Code::InvalidInput, QStringLiteral("unknown partner \"%1\"").arg(scope.partnerId));
        }
        return Stats::load(s, scope, false);
    });
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    out() << "executions: " << result.telemetryTotal << Qt::endl;
    for (auto it = result.executionsByTier.cbegin(); it != result.executionsByTier.cend(); ++it)
        out() << "  " << it.key() << ": " << it.value().executions << " (" << it.value().successes << " succeeded)" << Qt::endl;
    out() << "incidents by tier:" << Qt::endl;
    for (auto it = result.incidentsByTier.cbegin(); it != result.incidentsByTier.cend(); ++it)
        out() << "  " << it.key() << ": " << it.value() << Qt::endl;
    out() << "runbooks:" << Qt::endl;
    for (const RunbookStat &r : result.runbooks)
        out() << "  " << r.runbookId << ": " << r.executions << Qt::endl;
    out() << "unmapped:" << Qt::endl;
    for (const RunbookStat &r : result.unmapped)
        out() << "  " << r.runbookId << ": " << r.executions << Qt::endl;
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
        if (command == QLatin1String("stats"))
            return stats(rest);
    } catch (const Error &e) {
        err() << QCoreApplication::applicationName() << ' ' << command << ": " << e.toString().simplified() << Qt::endl;
        return e.exitCode();
    }
    err() << "unknown command: " << command << Qt::endl;
    return 2;
}

} // namespace hd::cli
