#include "Cli.h"
#include "CliSupport.h"

#include "Audit.h"
#include "Branding.h"
#include "ConnectionConfig.h"
#include "Database.h"
#include "Error.h"
#include "Generator.h"
#include "Health.h"
#include "Keychain.h"
#include "Learning.h"
#include "Mappings.h"
#include "Migrator.h"
#include "Names.h"
#include "Orders.h"
#include "ParameterSchema.h"
#include "Profiles.h"
#include "ReportDocument.h"
#include "Reports.h"
#include "Rollups.h"
#include "RunbookConfig.h"
#include "Stats.h"
#include "Users.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUuid>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <limits>

namespace hd::cli {

namespace detail {

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

QCommandLineOption dbOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        CliText::tr("PostgreSQL URI, e.g. postgresql://user@host:5432/dbname?sslmode=verify-full&sslrootcert=ca.crt "
                    "(host= may name a socket folder). Without it (and --profile), libpq's PG* variables apply."),
        QStringLiteral("uri"));
}

QList<QCommandLineOption> connectionOptions()
{
    return {dbOption(),
            QCommandLineOption(QStringLiteral("profile"),
                               CliText::tr("A saved connection profile (see healdesk profile); its password comes "
                                           "from the system keychain."),
                               QStringLiteral("name"))};
}

ConnectionConfig connectionFrom(const QCommandLineParser &parser)
{
    ConnectionConfig config =
        Profiles::resolve(parser.value(QStringLiteral("db")), parser.value(QStringLiteral("profile")));
    // Every command but migrate first checks that the database is at this program's schema.
    config.requireCurrentSchema = true;
    return config;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
                         int positionalArguments, int maxPositional)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program in the usage line as it was started ("healdesk [options]"); a subcommand's names
        // the command too ("healdesk order cancel [options] order-id").
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0) + QLatin1Char(' ');
        const qsizetype at = help.indexOf(program);
        if (at >= 0 && at < help.indexOf(QLatin1Char('\n')) && !args.value(0).isEmpty())
            help.replace(at, program.size(), args.value(0) + QLatin1Char(' '));
        out() << help;
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const int most = std::max(positionalArguments, maxPositional);
    if (positional.size() > most) {
        err() << CliText::tr("unexpected argument: ") << positional.value(most) << Qt::endl;
        return 2;
    }
    if (positional.size() < positionalArguments) {
        err() << CliText::tr("missing argument: see --help") << Qt::endl;
        return 2;
    }
    return std::nullopt;
}

int dispatchGroup(const QStringList &args, std::initializer_list<std::pair<const char *, Action>> actions,
                  const QString &usage)
{
    const QString action = args.value(1);
    for (const auto &[name, run] : actions) {
        if (action == QLatin1String(name)) {
            QStringList rest = args;
            rest.removeAt(1);
            rest[0] = args.value(0) + QLatin1Char(' ') + action;
            return run(rest);
        }
    }
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        out() << usage << Qt::endl;
        return 0;
    }
    err() << usage << Qt::endl;
    return 2;
}

QString partnerArg(Database &db, const QString &given)
{
    return given.isEmpty() ? given : db.runSync([given](Session &s) { return Names::partner(s, given); });
}

QString siteArg(Database &db, const QString &given)
{
    return given.isEmpty() ? given : db.runSync([given](Session &s) { return Names::site(s, given); });
}

QStringList siteArgs(Database &db, const QStringList &given)
{
    return given.isEmpty() ? given : db.runSync([given](Session &s) { return Names::sites(s, given); });
}

QStringList applianceArgs(Database &db, const QStringList &given)
{
    return given.isEmpty() ? given : db.runSync([given](Session &s) { return Names::appliances(s, given); });
}

qint64 numericId(const QCommandLineParser &parser, const QString &refusal)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        throw Error(Error::Code::InvalidInput, refusal);
    return id;
}

void checkWritable(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        throw Error(Error::Code::InvalidInput, CliText::tr("-o FILE is required"));
    if (info.isDir())
        throw Error(Error::Code::Io, CliText::tr("cannot write %1: it is a folder").arg(path));
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir())
        throw Error(Error::Code::Io,
                    CliText::tr("cannot write %1: folder %2 does not exist").arg(path, dir.filePath()));
    if (!dir.isWritable() || (info.exists() && !info.isWritable()))
        throw Error(Error::Code::Io, CliText::tr("cannot write %1: permission denied").arg(path));
}

// Prints rows as columns padded to their widest cell, the header first.
void printColumns(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], r.at(i).size());
    const auto line = [&widths](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 == cells.size() ? cells.at(i) : cells.at(i).leftJustified(widths.at(i) + 2);
        out() << text << Qt::endl;
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
}

} // namespace detail

namespace {

using namespace detail;

int migrate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("dry-run"), CliText::tr("Print the plan and change nothing.")});
    if (auto code =
            parse(parser, args, CliText::tr("Upgrade the database schema in place (adopting a legacy database).")))
        return *code;
    ConnectionConfig config = connectionFrom(parser);
    config.requireCurrentSchema = false;
    Database db(config);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const MigrationPlan plan =
        db.runSync([dryRun](Session &s) { return dryRun ? Migrator::plan(s) : Migrator::migrate(s); });
    for (const QString &line : plan.describe())
        out() << line << Qt::endl;
    if (!dryRun && !plan.isUpToDate())
        out() << CliText::tr("migrated to version ") << plan.targetVersion << Qt::endl;
    return 0;
}

int generate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("size"), CliText::tr("tiny, demo, medium or large (default demo)."),
                      QStringLiteral("size"), QStringLiteral("demo")});
    parser.addOption(
        {QStringLiteral("seed"), CliText::tr("Seed number (default 1)."), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("anchor"), CliText::tr("The data set's \"now\", ISO 8601 (default: now)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("no-mapping"), CliText::tr("Leave runbook_id_mapping empty.")});
    if (auto code = parse(parser, args, CliText::tr("Fill an empty database with a deterministic fleet.")))
        return *code;
    GeneratorOptions options = GeneratorOptions::preset(parser.value(QStringLiteral("size")));
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toLongLong(&ok);
    if (!ok)
        throw Error(Error::Code::Config, CliText::tr("--seed must be a whole number"));
    if (parser.isSet(QStringLiteral("anchor"))) {
        options.anchor = QDateTime::fromString(parser.value(QStringLiteral("anchor")), Qt::ISODateWithMs);
        if (!options.anchor.isValid())
            throw Error(Error::Code::Config, CliText::tr("--anchor is not an ISO 8601 time"));
    }
    options.withMapping = !parser.isSet(QStringLiteral("no-mapping"));
    Database db(connectionFrom(parser));
    db.runSync([&options](Session &s) { Generator::generate(s, options); });
    out() << CliText::tr("generated ") << options.telemetry << CliText::tr(" executions, ") << options.incidents
          << CliText::tr(" incidents, ") << options.sites * options.appliancesPerSite << CliText::tr(" appliances")
          << Qt::endl;
    return 0;
}

void addScopeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), CliText::tr("Only these sites (IDs or names, comma-separated)."),
                      QStringLiteral("sites")});
    parser.addOption({QStringLiteral("partner"), CliText::tr("Only this partner's sites (its ID or name)."),
                      QStringLiteral("partner")});
    parser.addOption(
        {QStringLiteral("from"), CliText::tr("Start of the period, ISO 8601, inclusive."), QStringLiteral("time")});
    parser.addOption({QStringLiteral("to"),
                      CliText::tr("End of the period, ISO 8601, exclusive (a date alone means the end of that day)."),
                      QStringLiteral("time")});
}

Scope scopeFrom(const QCommandLineParser &parser)
{
    Scope scope;
    if (parser.isSet(QStringLiteral("site")))
        scope.siteIds = parser.value(QStringLiteral("site")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("site")) && scope.siteIds.isEmpty())
        throw Error(Error::Code::InvalidInput, CliText::tr("--site needs at least one site ID"));
    if (parser.isSet(QStringLiteral("from")))
        scope.from = Scope::parseTime(parser.value(QStringLiteral("from")), false);
    if (parser.isSet(QStringLiteral("to")))
        scope.to = Scope::parseTime(parser.value(QStringLiteral("to")), true);
    // Sites and the period now; the partner, which may be a name, once resolveScope() has its ID.
    scope.validate();
    scope.partnerId = parser.value(QStringLiteral("partner"));
    return scope;
}

// The scope's site and partner names as IDs; refuses unknown and ambiguous ones.
void resolveScope(Database &db, Scope &scope)
{
    scope.siteIds = siteArgs(db, scope.siteIds);
    scope.partnerId = partnerArg(db, scope.partnerId);
    scope.validate();
}

int stats(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("json"), CliText::tr("Print one JSON object.")});
    parser.addOption({QStringLiteral("raw"), CliText::tr("Scan telemetry instead of reading the rollups (slow on a "
                                                         "large fleet; the figures are the same).")});
    addScopeOptions(parser);
    if (auto code = parse(parser, args, CliText::tr("Executions and incidents by tier, and per-runbook executions.")))
        return *code;
    Scope scope = scopeFrom(parser);
    const Stats::Source source = parser.isSet(QStringLiteral("raw")) ? Stats::Source::Raw : Stats::Source::Rollups;
    Database db(connectionFrom(parser));
    // Unknown sites and partners are an error, not an empty answer.
    resolveScope(db, scope);
    const FleetStats result =
        db.runSync([&scope, source](Session &s) { return Stats::load(s, scope, false, source); });
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    out() << CliText::tr("executions: ") << result.telemetryTotal << Qt::endl;
    for (auto it = result.executionsByTier.cbegin(); it != result.executionsByTier.cend(); ++it)
        out() << "  " << it.key() << ": " << it.value().executions << " (" << it.value().successes
              << CliText::tr(" succeeded)") << Qt::endl;
    out() << CliText::tr("incidents by tier:") << Qt::endl;
    for (auto it = result.incidentsByTier.cbegin(); it != result.incidentsByTier.cend(); ++it)
        out() << "  " << it.key() << ": " << it.value() << Qt::endl;
    out() << CliText::tr("runbooks:") << Qt::endl;
    for (const RunbookStat &r : result.runbooks)
        out() << "  " << r.runbookId << ": " << r.executions << Qt::endl;
    out() << CliText::tr("unmapped:") << Qt::endl;
    for (const RunbookStat &r : result.unmapped)
        out() << "  " << r.runbookId << ": " << r.executions << Qt::endl;
    return 0;
}

// Runs fn, and once more if the connection broke mid-call: every write here is
// idempotent (client-made order ids), so a retry never doubles anything.
template <typename Fn> auto withOneRetry(Database &db, Fn fn)
{
    try {
        return db.runSync(fn);
    } catch (const Error &e) {
        if (e.code() != Error::Code::ConnectionLost)
            throw;
        err() << CliText::tr("connection lost (") << e.message().simplified() << CliText::tr("); retrying once")
              << Qt::endl;
        return db.runSync(fn);
    }
}

bool isFinal(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("failed") ||
           status == QLatin1String("cancelled") || status == QLatin1String("expired") ||
           status == QLatin1String("rejected");
}

} // namespace

// Shared with OrderCli.cpp (order retry --wait).
int detail::waitForOrders(Database &db, const QList<IssuedOrder> &issued, const QString &prefix, int waitSeconds)
{
    QMap<QString, QString> status;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const QList<OrderRow> rows = db.runSync([&prefix](Session &s) { return Orders::list(s, {}, prefix, 10000); });
        bool allFinal = true;
        for (const IssuedOrder &o : issued) {
            const auto it =
                std::find_if(rows.cbegin(), rows.cend(), [&](const OrderRow &r) { return r.orderId == o.orderId; });
            status[o.orderId] = it == rows.cend() ? QStringLiteral("missing") : it->status;
            allFinal = allFinal && isFinal(status[o.orderId]);
        }
        if (allFinal || timer.elapsed() > qint64(waitSeconds) * 1000)
            break;
        QThread::msleep(300);
    }
    int bad = 0;
    for (auto it = status.cbegin(); it != status.cend(); ++it) {
        if (it.value() != QLatin1String("completed")) {
            ++bad;
            err() << it.key() << ": "
                  << (isFinal(it.value()) ? it.value() : CliText::tr("not finished in time (%1)").arg(it.value()))
                  << Qt::endl;
        }
    }
    return bad == 0 ? 0 : 9;
}

namespace {

int orderIssue(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("appliance"),
                      CliText::tr("Appliances (IDs or host names, SITE/HOSTNAME where a name repeats; "
                                  "comma-separated)."),
                      QStringLiteral("appliances")});
    parser.addOption(
        {QStringLiteral("site"), CliText::tr("Every appliance of this site (its ID or name)."), QStringLiteral("site")});
    parser.addOption({QStringLiteral("runbook"), CliText::tr("Runbook ID (RB-...)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("params"), CliText::tr("Parameters, a JSON object (default {})."),
                      QStringLiteral("json"), QStringLiteral("{}")});
    parser.addOption(
        {QStringLiteral("reason"), CliText::tr("Why: goes into the audit log (required)."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("confirm-disruptive"), CliText::tr("Confirm a disruptive runbook.")});
    parser.addOption({QStringLiteral("order-id"),
                      CliText::tr("Client-made order ID for idempotent retries (several appliances get -1, -2, ...)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("ttl"), CliText::tr("Seconds before a pending order expires (default 3600)."),
                      QStringLiteral("s"), QStringLiteral("3600")});
    parser.addOption({QStringLiteral("wait"), CliText::tr("Wait up to this many seconds for every order to finish."),
                      QStringLiteral("s")});
    parser.addOption({QStringLiteral("hold-until"),
                      CliText::tr("Keep the orders back until this time (ISO 8601; UTC unless it names a zone); the "
                                  "worker sends them then."),
                      QStringLiteral("time")});
    if (auto code = parse(parser, args, CliText::tr("Issue a runbook order to appliances.")))
        return *code;
    OrderRequest request;
    if (parser.isSet(QStringLiteral("appliance")))
        request.applianceIds = parser.value(QStringLiteral("appliance")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.siteId = parser.value(QStringLiteral("site"));
    request.runbookId = parser.value(QStringLiteral("runbook"));
    if (request.runbookId.isEmpty())
        throw Error(Error::Code::InvalidInput, CliText::tr("--runbook is required"));
    request.parameters = parser.value(QStringLiteral("params"));
    request.reason = parser.value(QStringLiteral("reason"));
    request.confirmDisruptive = parser.isSet(QStringLiteral("confirm-disruptive"));
    // Made here, before the first attempt, so a retry names the same orders.
    request.orderId = parser.isSet(QStringLiteral("order-id")) ? parser.value(QStringLiteral("order-id"))
                                                               : QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    const qint64 ttl = parser.value(QStringLiteral("ttl")).toLongLong(&ok);
    if (!ok)
        throw Error(Error::Code::InvalidInput, CliText::tr("--ttl must be a whole number of seconds"));
    // A number past an int's range is out of the allowed one too: the check that refuses it names the range.
    request.ttlSeconds = int(std::clamp<qint64>(ttl, -1, 7LL * 86400 + 1));
    if (parser.isSet(QStringLiteral("hold-until"))) {
        request.holdUntil = Scope::parseTime(parser.value(QStringLiteral("hold-until")), false);
        if (!request.holdUntil.isValid())
            throw Error(Error::Code::InvalidInput, CliText::tr("--hold-until takes a time such as 2026-12-06T02:00Z"));
    }
    int waitSeconds = 0;
    if (parser.isSet(QStringLiteral("wait"))) {
        waitSeconds = parser.value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || waitSeconds < 1)
            throw Error(Error::Code::InvalidInput, CliText::tr("--wait must be a positive number of seconds"));
    }

    Database db(connectionFrom(parser));
    request.applianceIds = applianceArgs(db, request.applianceIds);
    request.siteId = siteArg(db, request.siteId);
    attachSigner(db);
    const QList<IssuedOrder> issued = withOneRetry(db, [&request](Session &s) { return Orders::issue(s, request); });
    for (const IssuedOrder &o : issued) {
        if (!o.held) {
            out() << o.orderId << Qt::endl;
            continue;
        }
        out() << o.orderId << '\t'
              << (o.releaseAt.isValid()
                      ? CliText::tr("held until %1").arg(o.releaseAt.toUTC().toString(Qt::ISODate))
                      : CliText::tr("held: no maintenance window ahead"))
              << Qt::endl;
    }
    if (waitSeconds == 0)
        return 0;

    return waitForOrders(db, issued, request.orderId, waitSeconds);
}

int orderList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption(
        {QStringLiteral("status"), CliText::tr("Only orders with this status."), QStringLiteral("status")});
    parser.addOption({QStringLiteral("limit"), CliText::tr("At most this many (default 500)."), QStringLiteral("n"),
                      QStringLiteral("500")});
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON array.")});
    if (auto code = parse(parser, args, CliText::tr("List orders, newest first.")))
        return *code;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        throw Error(Error::Code::InvalidInput, CliText::tr("--limit must be a positive number"));
    const QString status = parser.value(QStringLiteral("status"));
    if (parser.isSet(QStringLiteral("status")) && !Orders::statuses().contains(status))
        throw Error(Error::Code::InvalidInput, CliText::tr("unknown status \"%1\": give one of %2")
                                                   .arg(status, Orders::statuses().join(QStringLiteral(", "))));
    Database db(connectionFrom(parser));
    const QList<OrderRow> rows = db.runSync([&](Session &s) { return Orders::list(s, status, {}, limit); });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const OrderRow &r : rows) {
            array.append(QJsonObject{
                {QStringLiteral("order_id"), r.orderId},
                {QStringLiteral("appliance_id"), r.applianceId},
                {QStringLiteral("hostname"), r.hostname},
                {QStringLiteral("runbook_id"), r.runbookId},
                {QStringLiteral("status"), r.status},
                {QStringLiteral("display_status"), r.displayStatus()},
                {QStringLiteral("issued_by"), r.issuedBy},
                {QStringLiteral("reason"), r.reason},
                {QStringLiteral("issued_at"), r.issuedAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("completed_at"),
                 r.completedAt.isValid() ? QJsonValue(r.completedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
                {QStringLiteral("result"),
                 r.result.isEmpty() ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(r.result.toUtf8()).object())}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (const OrderRow &r : rows) {
        out() << r.orderId << '\t' << r.displayStatus() << '\t' << r.runbookId << '\t' << r.hostname << '\t'
              << r.issuedAt.toUTC().toString(Qt::ISODate) << '\t' << r.issuedBy << '\t' << r.reason << Qt::endl;
    }
    return 0;
}

int orderCancel(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("reason"), CliText::tr("Why (required; goes into the audit log)."),
                      QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("order-id"), CliText::tr("The order to cancel."));
    if (auto code = parse(parser, args, CliText::tr("Cancel a pending or held order."), 1))
        return *code;
    const QString orderId = parser.positionalArguments().constFirst();
    const QString reason = parser.value(QStringLiteral("reason"));
    Orders::checkCancelReason(reason);
    Database db(connectionFrom(parser));
    attachSigner(db);
    db.runSync([&](Session &s) { Orders::cancel(s, orderId, reason); });
    out() << CliText::tr("cancelled ") << orderId << Qt::endl;
    return 0;
}

int order(const QStringList &args)
{
    return dispatchGroup(
        args,
        {{"issue", orderIssue}, {"list", orderList}, {"show", orderShow}, {"retry", orderRetry}, {"cancel", orderCancel},
         {"verify", orderVerify}, {"schedule", orderSchedule}},
        CliText::tr("usage: healdesk order issue|list|show|retry|cancel|verify|schedule [options] (see healdesk order "
                    "issue --help)"));
}

int exportReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    addScopeOptions(parser);
    parser.addOption(
        {QStringLiteral("format"), CliText::tr("pdf or csv (default: from the file name)."), QStringLiteral("format")});
    parser.addOption({QStringLiteral("page-size"), CliText::tr("PDF page size: a4 (default) or letter."),
                      QStringLiteral("size"), QStringLiteral("a4")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, CliText::tr("File to write."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("stale-days"),
                      CliText::tr("A control's evidence older than this many days before the period end is stale "
                                  "(default 30)."),
                      QStringLiteral("days"), QStringLiteral("30")});
    if (auto code = parse(parser, args,
                          CliText::tr("Write a compliance report for sites or a partner over a period (default: the "
                                      "last full calendar month, UTC). The file appears whole or not at all.")))
        return *code;
    Scope scope = scopeFrom(parser);
    if (scope.siteIds.isEmpty() && scope.partnerId.isEmpty())
        throw Error(Error::Code::InvalidInput, CliText::tr("name the scope with --site ID[,ID...] or --partner ID"));
    if (parser.isSet(QStringLiteral("from")) != parser.isSet(QStringLiteral("to")))
        throw Error(Error::Code::InvalidInput, CliText::tr("give both --from and --to, or neither for last month"));
    if (!scope.from.isValid())
        scope = Reports::lastFullMonth(scope);
    const QString path = parser.value(QStringLiteral("output"));
    checkWritable(path);
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(path).suffix().toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        throw Error(Error::Code::InvalidInput, CliText::tr("--format must be pdf or csv"));
    const QString pageName = parser.value(QStringLiteral("page-size")).toLower();
    if (pageName != QLatin1String("a4") && pageName != QLatin1String("letter"))
        throw Error(Error::Code::InvalidInput, CliText::tr("--page-size must be a4 or letter"));

    bool daysOk = false;
    ReportOptions options;
    options.staleDays = parser.value(QStringLiteral("stale-days")).toInt(&daysOk);
    if (!daysOk || options.staleDays < 1 || options.staleDays > 3650)
        throw Error(Error::Code::InvalidInput, CliText::tr("--stale-days takes whole days from 1 to 3650"));

    Database db(connectionFrom(parser));
    resolveScope(db, scope);
    attachSigner(db);
    ReportData report =
        db.runSync([&scope, &options](Session &s) { return Reports::build(s, scope, nullptr, options); });
    const QString unsignedWhy = db.runSync([&report](Session &s) { return Reports::sign(s, report); });
    ReportWriter::write(report, format == QLatin1String("pdf") ? ReportWriter::Format::Pdf : ReportWriter::Format::Csv,
                        path, QPageSize(pageName == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter));
    out() << CliText::tr("wrote ") << path << CliText::tr(" (report ") << report.reportId
          << CliText::tr(", digest sha256:") << report.digest() << ")" << Qt::endl;
    if (unsignedWhy.isEmpty())
        out() << CliText::tr("signed with key %1").arg(report.signer->key->keyId()) << Qt::endl;
    else
        err() << CliText::tr("the report is %1; export verify will say so").arg(unsignedWhy) << Qt::endl;
    if (report.section(QStringLiteral("report"))->value(QStringLiteral("period_cut_at_now")) == QLatin1String("yes"))
        out() << CliText::tr("the period ends after now: the report runs to %1, so far")
                     .arg(report.scope.to.toUTC().toString(Qt::ISODate))
              << Qt::endl;
    return 0;
}

int exportCommand(const QStringList &args)
{
    return dispatchGroup(
        args,
        {{"report", exportReport}, {"verify", exportVerify}, {"schedule", exportSchedule}, {"archive", exportArchive}},
        CliText::tr("usage: healdesk export report|verify|schedule|archive [options] (see healdesk export report "
                    "--help)"));
}

int health(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("json"), CliText::tr("Print one JSON object.")});
    if (auto code = parse(parser, args,
                          CliText::tr("Count every data defect: unmapped runbook IDs, incident tiers "
                                      "missing or differing from telemetry, stuck and reconcilable "
                                      "orders, orphan telemetry, orders an appliance rejected.")))
        return *code;
    Database db(connectionFrom(parser));
    const HealthCounts c = db.runSync([](Session &s) { return Health::counts(s); });
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    out() << CliText::tr("unmapped runbook IDs: ") << c.unmappedDistinct << " (" << c.unmappedExecutions
          << CliText::tr(" executions)") << Qt::endl
          << CliText::tr("incidents with no tier but telemetry with one: ") << c.tierMissing << Qt::endl
          << CliText::tr("incidents whose tier differs from telemetry: ") << c.tierMismatch << Qt::endl
          << CliText::tr("orders pending past their deadline: ") << c.stuckPending << Qt::endl
          << CliText::tr("pending orders with a matching execution: ") << c.reconcilable << Qt::endl
          << CliText::tr("orphan telemetry: appliance ") << c.orphanAppliance << CliText::tr(", incident ")
          << c.orphanIncident << CliText::tr(", site ") << c.orphanSite << Qt::endl
          << CliText::tr("orders an appliance rejected: ") << c.rejected << Qt::endl;
    return 0;
}

int fix(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("dry-run"), CliText::tr("Print what would change and change nothing.")});
    parser.addPositionalArgument(QStringLiteral("what"),
                                 CliText::tr("tiers (backfill incident tiers from telemetry), orders (reconcile "
                                             "pending orders with their matching execution) or expire (expire "
                                             "pending orders past their deadline that nothing matches)."));
    if (auto code = parse(parser, args,
                          CliText::tr("Repair one kind of data defect in one transaction with an audit row; "
                                      "running it again changes nothing."),
                          1))
        return *code;
    const Health::Fix which = Health::parseFix(parser.positionalArguments().constFirst());
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    Database db(connectionFrom(parser));
    attachSigner(db);
    const QList<FixChange> changes = db.runSync(
        [which, dryRun](Session &s) { return dryRun ? Health::preview(s, which) : Health::apply(s, which); });
    const int n = int(changes.size());
    out() << (dryRun ? CliText::tr("fix %1: %n row(s) would change (dry run, nothing written)", nullptr, n)
                     : CliText::tr("fix %1: %n row(s) changed", nullptr, n))
                     .arg(Health::fixName(which))
          << Qt::endl;
    for (const FixChange &c : changes) {
        out() << "  " << c.target << ": " << (c.before.isEmpty() ? CliText::tr("(none)") : c.before) << " -> "
              << c.after << "  (" << c.evidence << ")" << Qt::endl;
    }
    return 0;
}

int mapping(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addPositionalArgument(QStringLiteral("action"),
                                 CliText::tr("list | set TELEMETRY-ID RB-ID | remove TELEMETRY-ID | import FILE.csv"));
    if (auto code = parse(parser, args,
                          CliText::tr("Edit the runbook ID mapping (telemetry ID -> runbook); every change is "
                                      "checked and audited."),
                          1, 3))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const int wanted = action == QLatin1String("list") ? 1 : action == QLatin1String("set") ? 3 : 2;
    if (pos.isEmpty() || pos.size() != wanted ||
        !QStringList{QStringLiteral("list"), QStringLiteral("set"), QStringLiteral("remove"), QStringLiteral("import")}
             .contains(action)) {
        err() << CliText::tr(
                     "usage: healdesk mapping list | set TELEMETRY-ID RB-ID | remove TELEMETRY-ID | import FILE.csv")
              << Qt::endl;
        return 2;
    }
    Database db(connectionFrom(parser));
    attachSigner(db);
    if (action == QLatin1String("list")) {
        const QList<MappingRow> rows = db.runSync([](Session &s) { return Mappings::list(s); });
        for (const MappingRow &r : rows)
            out() << r.source << '\t' << r.runbookId << '\t' << r.executions << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("set")) {
        const QString source = pos.at(1), target = pos.at(2);
        const Mappings::SetResult r = db.runSync([&](Session &s) { return Mappings::set(s, source, target); });
        out() << (r.changed ? CliText::tr("mapped ") : CliText::tr("already mapped: ")) << source << " -> " << target
              << " (" << r.executions << CliText::tr(" executions)") << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("remove")) {
        const QString source = pos.at(1);
        const qint64 n = db.runSync([&](Session &s) { return Mappings::remove(s, source); });
        out() << CliText::tr("removed ") << source << " (" << n << CliText::tr(" executions are unmapped again)")
              << Qt::endl;
        return 0;
    }
    QFile file(pos.at(1));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Code::Io, CliText::tr("cannot read %1: %2").arg(pos.at(1), file.errorString()));
    const QByteArray bytes = file.readAll();
    const Mappings::ImportResult r = db.runSync([&bytes](Session &s) { return Mappings::import(s, bytes); });
    out() << CliText::tr("imported %n mapping(s), %1 already present", nullptr, int(r.added)).arg(r.unchanged)
          << Qt::endl;
    return 0;
}

// healdesk runbook params|set-params|clear-params RB-ID [FILE]
int runbookParams(const QCommandLineParser &parser, const QString &action, const QString &runbookId)
{
    QByteArray schema;
    if (action == QLatin1String("set-params")) {
        const QString path = parser.positionalArguments().value(2);
        if (path.isEmpty())
            throw Error(Error::Code::InvalidInput, CliText::tr("set-params needs the schema file: healdesk runbook "
                                                               "set-params RB-ID FILE.json"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Code::Io, CliText::tr("cannot read %1: %2").arg(path, file.errorString()));
        schema = file.read(1024 * 1024);
        if (schema.trimmed().isEmpty())
            throw Error(Error::Code::InvalidInput,
                        CliText::tr("%1 is empty; to remove the schema use clear-params").arg(path));
        ParameterSchema::parse(schema); // a bad file is refused before connecting
    } else if (parser.positionalArguments().size() > 2) {
        throw Error(Error::Code::InvalidInput, CliText::tr("unexpected argument: ") + parser.positionalArguments().at(2));
    }
    Database db(connectionFrom(parser));
    if (action == QLatin1String("params")) {
        const QString current = db.runSync([&](Session &s) { return RunbookConfig::parameterSchema(s, runbookId); });
        if (current.isEmpty()) {
            err() << CliText::tr("%1 has no parameter schema: its orders take any JSON object").arg(runbookId)
                  << Qt::endl;
            return 0;
        }
        out() << QString::fromUtf8(QJsonDocument::fromJson(current.toUtf8()).toJson(QJsonDocument::Indented));
        return 0;
    }
    attachSigner(db);
    const bool changed =
        db.runSync([&](Session &s) { return RunbookConfig::setParameterSchema(s, runbookId, schema); });
    if (!changed)
        out() << CliText::tr("%1: no change").arg(runbookId) << Qt::endl;
    else if (schema.isEmpty())
        out() << CliText::tr("%1: parameter schema removed; its orders take any JSON object").arg(runbookId) << Qt::endl;
    else
        out() << CliText::tr("%1: parameter schema set (%n parameter(s))", nullptr,
                             int(ParameterSchema::parse(schema).fields.size()))
                     .arg(runbookId)
              << Qt::endl;
    return 0;
}

int runbook(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption(
        {QStringLiteral("site"), CliText::tr("Every appliance of this site (its ID or name)."), QStringLiteral("site")});
    parser.addOption({QStringLiteral("appliance"),
                      CliText::tr("These appliances (IDs or host names, SITE/HOSTNAME where a name repeats; "
                                  "comma-separated)."),
                      QStringLiteral("appliances")});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 CliText::tr("enable | disable | params | set-params | clear-params"));
    parser.addPositionalArgument(QStringLiteral("runbook"), CliText::tr("RB-* runbook ID"));
    parser.addPositionalArgument(QStringLiteral("file"), CliText::tr("With set-params: the schema, a JSON file."),
                                 QStringLiteral("[file]"));
    if (auto code = parse(parser, args,
                          CliText::tr("Switch a runbook on or off per appliance or per site "
                                      "(appliance_runbook_config), audited; orders respect it at once. Or show, set "
                                      "or clear its parameter schema (admins; audited): orders, the order dialog's "
                                      "form and recurring orders then take only the parameters it describes."),
                          2, 3))
        return *code;
    const QString action = parser.positionalArguments().at(0);
    const QString runbookId = parser.positionalArguments().at(1);
    if (action == QLatin1String("params") || action == QLatin1String("set-params") ||
        action == QLatin1String("clear-params"))
        return runbookParams(parser, action, runbookId);
    if (action != QLatin1String("enable") && action != QLatin1String("disable"))
        throw Error(Error::Code::InvalidInput,
                    CliText::tr("the action is enable, disable, params, set-params or clear-params, not \"%1\"")
                        .arg(action));
    if (parser.positionalArguments().size() > 2)
        throw Error(Error::Code::InvalidInput,
                    CliText::tr("unexpected argument: ") + parser.positionalArguments().at(2));
    QString site = parser.value(QStringLiteral("site"));
    QStringList appliances = parser.value(QStringLiteral("appliance")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (site.isEmpty() == appliances.isEmpty())
        throw Error(Error::Code::InvalidInput, CliText::tr("name either --site or --appliance"));
    const bool enable = action == QLatin1String("enable");
    Database db(connectionFrom(parser));
    site = siteArg(db, site);
    appliances = applianceArgs(db, appliances);
    attachSigner(db);
    const int changed =
        db.runSync([&](Session &s) { return RunbookConfig::set(s, site, appliances, runbookId, enable); });
    out() << (enable ? CliText::tr("%1 enabled on %n appliance(s)", nullptr, changed)
                     : CliText::tr("%1 disabled on %n appliance(s)", nullptr, changed))
                     .arg(runbookId)
          << (changed == 0 ? CliText::tr(" (already so; nothing written)") : QString()) << Qt::endl;
    return 0;
}

int pattern(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("list | promote PAT-ID RB-ID | reject PAT-ID"));
    if (auto code = parse(parser, args,
                          CliText::tr("Patterns awaiting promotion to L1 rules: list them, promote one (creates the "
                                      "l1_rules row and its mapping) or reject it; audited."),
                          1, 3))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const int wanted = action == QLatin1String("list") ? 1 : action == QLatin1String("promote") ? 3 : 2;
    if (pos.size() != wanted ||
        !QStringList{QStringLiteral("list"), QStringLiteral("promote"), QStringLiteral("reject")}.contains(action)) {
        err() << CliText::tr("usage: healdesk pattern list | promote PAT-ID RB-ID | reject PAT-ID") << Qt::endl;
        return 2;
    }
    Database db(connectionFrom(parser));
    attachSigner(db);
    if (action == QLatin1String("list")) {
        const QList<PatternRow> rows = db.runSync([](Session &s) { return Learning::awaiting(s); });
        for (const PatternRow &p : rows) {
            out() << p.patternId << '\t' << p.status << '\t' << p.occurrences << '\t'
                  << (p.successRate ? QString::number(*p.successRate) : QStringLiteral("-")) << '\t' << p.incidentType
                  << '\t' << p.signature << Qt::endl;
        }
        return 0;
    }
    const QString id = pos.at(1);
    if (action == QLatin1String("promote")) {
        const QString target = pos.at(2);
        const QString rule = db.runSync([&](Session &s) { return Learning::promote(s, id, target); });
        out() << CliText::tr("promoted ") << id << CliText::tr(" as ") << rule << " -> " << target << Qt::endl;
        return 0;
    }
    db.runSync([&](Session &s) { Learning::reject(s, id); });
    out() << CliText::tr("rejected ") << id << Qt::endl;
    return 0;
}

int user(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("partner"),
                      CliText::tr("A partner the login serves, by ID or name (repeat or comma-separate)."),
                      QStringLiteral("partner")});
    parser.addOption(
        {QStringLiteral("admin"), CliText::tr("Also allow mappings, runbook settings, fixes, promotions.")});
    parser.addPositionalArgument(QStringLiteral("grant"), QStringLiteral("grant"));
    parser.addPositionalArgument(QStringLiteral("login"), CliText::tr("An existing database login"));
    if (auto code = parse(parser, args,
                          CliText::tr("Grant a database login the technician (or admin) role and the partners it "
                                      "serves; row-level security then limits it to those partners' sites."),
                          2))
        return *code;
    if (parser.positionalArguments().at(0) != QLatin1String("grant")) {
        err() << CliText::tr("usage: healdesk user grant LOGIN --partner PARTNER [--admin]") << Qt::endl;
        return 2;
    }
    const QString login = parser.positionalArguments().at(1);
    QStringList partners;
    for (const QString &value : parser.values(QStringLiteral("partner")))
        partners += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool admin = parser.isSet(QStringLiteral("admin"));
    Database db(connectionFrom(parser));
    for (QString &p : partners)
        p = partnerArg(db, p);
    attachSigner(db);
    const int added = db.runSync([&](Session &s) { return Users::grant(s, login, partners, admin); });
    out() << CliText::tr("granted %1 %2 for %n partner(s) (%3 new)", nullptr, int(partners.size()))
                 .arg(login, admin ? QStringLiteral("healdesk_admin") : QStringLiteral("healdesk_technician"))
                 .arg(added)
          << Qt::endl;
    return 0;
}

int profile(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("sslmode"),
                      CliText::tr("disable, allow, prefer, require, verify-ca or verify-full."),
                      QStringLiteral("mode")});
    parser.addOption({QStringLiteral("sslrootcert"),
                      CliText::tr("The CA certificate that signed the server's certificate."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("password-stdin"),
                      CliText::tr("Read the password from the first line of standard input and keep it in the "
                                  "system keychain.")});
    parser.addOption({QStringLiteral("standby"),
                      CliText::tr("A read-only standby of the same database (libpq URI; its host and port are kept, "
                                  "the login, database and TLS settings are the primary's). The console reads "
                                  "pages, statistics and reports from it."),
                      QStringLiteral("uri")});
    parser.addOption({QStringLiteral("standby-max-lag"),
                      CliText::tr("Seconds the standby may lag before reads fall back to the primary (default 30)."),
                      QStringLiteral("seconds")});
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("add, list, remove or check"));
    parser.addPositionalArgument(QStringLiteral("name"), CliText::tr("Profile name"));
    if (auto code = parse(parser, args,
                          CliText::tr("Saved connections: the settings file keeps where the database is and how to "
                                      "check its certificate; passwords go to the system keychain only."),
                          1, 2))
        return *code;
    const QString action = parser.positionalArguments().at(0);
    const QString name = parser.positionalArguments().value(1);
    if (action == QLatin1String("list")) {
        for (const QString &n : Profiles::names()) {
            const auto p = Profiles::load(n);
            out() << n << '\t' << p->describe() << '\t'
                  << (p->passwordInKeychain ? CliText::tr("password in keychain") : CliText::tr("no password"))
                  << Qt::endl;
        }
        return 0;
    }
    if (name.isEmpty()) {
        err() << CliText::tr("usage: healdesk profile add|remove|check NAME") << Qt::endl;
        return 2;
    }
    if (action == QLatin1String("remove")) {
        const auto p = Profiles::load(name);
        if (p && p->passwordInKeychain)
            Keychain::deletePassword(name);
        Profiles::remove(name);
        out() << CliText::tr("removed profile ") << name << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("check")) {
        Database db(Profiles::resolve({}, name));
        const QString line = db.runSync([](Session &s) {
            auto q = s.query(QStringLiteral("connection_check"));
            q.next();
            return CliText::tr("connected as %1, TLS %2").arg(q.text("login"), q.text("tls"));
        });
        out() << line << Qt::endl;
        return 0;
    }
    if (action != QLatin1String("add")) {
        err() << CliText::tr("unknown profile action \"") << action << CliText::tr("\": use add, list, remove or check")
              << Qt::endl;
        return 2;
    }
    ConnectionConfig config =
        ConnectionConfig::fromUri(parser.value(QStringLiteral("db")).isEmpty() ? QStringLiteral("postgresql://")
                                                                               : parser.value(QStringLiteral("db")));
    if (parser.isSet(QStringLiteral("sslmode")))
        config.options.insert(QStringLiteral("sslmode"), parser.value(QStringLiteral("sslmode")));
    if (parser.isSet(QStringLiteral("sslrootcert")))
        config.options.insert(QStringLiteral("sslrootcert"), parser.value(QStringLiteral("sslrootcert")));
    QString password = config.password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        password = in.readLine();
        if (password.isEmpty()) {
            err() << CliText::tr("healdesk profile: --password-stdin read an empty line; nothing was saved")
                  << Qt::endl;
            return 2;
        }
    } else if (!password.isEmpty()) {
        err() << CliText::tr("healdesk profile: note: a password on the command line is visible to other users of "
                             "this machine; prefer --password-stdin")
              << Qt::endl;
    }
    ConnectionProfile p = ConnectionProfile::fromConfig(name, config);
    p.passwordInKeychain = !password.isEmpty();
    if (parser.isSet(QStringLiteral("standby"))) {
        const ConnectionConfig standby = ConnectionConfig::fromUri(parser.value(QStringLiteral("standby")));
        if (standby.host.isEmpty()) {
            err() << CliText::tr("healdesk profile: --standby needs a host (postgresql://HOST:PORT); nothing was saved")
                  << Qt::endl;
            return 2;
        }
        p.standbyHost = standby.host;
        p.standbyPort = standby.port;
    }
    if (parser.isSet(QStringLiteral("standby-max-lag"))) {
        bool ok = false;
        p.standbyMaxLag = parser.value(QStringLiteral("standby-max-lag")).toInt(&ok);
        if (!ok || p.standbyMaxLag < 1) {
            err() << CliText::tr("healdesk profile: --standby-max-lag takes whole seconds from 1 to 86400; nothing "
                                 "was saved")
                  << Qt::endl;
            return 2;
        }
    }
    p.validate();
    // Keychain first: a profile is never saved pointing at a password that is not there.
    // A profile without one needs no keychain at all (trust, peer or .pgpass logins).
    const auto previous = Profiles::load(name);
    if (p.passwordInKeychain)
        Keychain::writePassword(name, password);
    else if (previous && previous->passwordInKeychain)
        Keychain::deletePassword(name);
    Profiles::save(p);
    out() << CliText::tr("saved profile ") << name << ": " << p.describe()
          << (p.passwordInKeychain ? CliText::tr(" (password in the system keychain)") : QString()) << Qt::endl;
    return 0;
}

int partnerSetLogo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addPositionalArgument(QStringLiteral("partner"), CliText::tr("The partner, by ID or name."));
    parser.addPositionalArgument(QStringLiteral("file"), CliText::tr("A PNG image, at most 1 MiB."));
    if (auto code = parse(parser, args,
                          CliText::tr("Set the logo on the cover of the partner's compliance reports (kept in the "
                                      "database, audited; admins only)."),
                          2))
        return *code;
    const QStringList pos = parser.positionalArguments();
    QFile file(pos.at(1));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Code::Io, CliText::tr("cannot read %1: %2").arg(pos.at(1), file.errorString()));
    const QByteArray png = file.read(2 * 1024 * 1024);
    Database db(connectionFrom(parser));
    const QString partnerId = partnerArg(db, pos.at(0));
    attachSigner(db);
    const Branding::Logo logo =
        db.runSync([&partnerId, &png](Session &s) { return Branding::setLogo(s, partnerId, png); });
    out() << CliText::tr("logo set for partner %1 (%2 bytes, sha256:%3)").arg(pos.at(0)).arg(png.size()).arg(logo.sha256)
          << Qt::endl;
    return 0;
}

int partner(const QStringList &args)
{
    return dispatchGroup(args, {{"set-logo", partnerSetLogo}},
                         CliText::tr("usage: healdesk partner set-logo PARTNER FILE.png"));
}

int audit(const QStringList &args)
{
    return dispatchGroup(args, {{"verify", auditVerify}},
                         CliText::tr("usage: healdesk audit verify [--head SHA256] [--trust fleet-keys.json]"));
}


int listCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("partner"), CliText::tr("Only what belongs to this partner (its ID or name)."),
                      QStringLiteral("partner")});
    parser.addOption({QStringLiteral("site"), CliText::tr("Only what belongs to this site (its ID or name)."),
                      QStringLiteral("site")});
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON array.")});
    parser.addPositionalArgument(QStringLiteral("what"), CliText::tr("partners, sites or appliances"));
    if (auto code = parse(parser, args,
                          CliText::tr("List the partners, sites or appliances this login may see, with the IDs and "
                                      "names other commands accept."),
                          1))
        return *code;
    const QString what = parser.positionalArguments().constFirst();
    if (what != QLatin1String("partners") && what != QLatin1String("sites") && what != QLatin1String("appliances"))
        throw Error(Error::Code::InvalidInput,
                    CliText::tr("list partners, sites or appliances, not \"%1\"").arg(what));
    Database db(connectionFrom(parser));
    const QString partner = partnerArg(db, parser.value(QStringLiteral("partner")));
    const QString site = siteArg(db, parser.value(QStringLiteral("site")));
    const QList<Names::Listed> rows =
        db.runSync([&](Session &s) { return Names::list(s, what, partner, site); });
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Names::Listed &r : rows) {
            if (what == QLatin1String("partners")) {
                array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("name"), r.name},
                                         {QStringLiteral("sites"), r.count}});
            } else if (what == QLatin1String("sites")) {
                array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("name"), r.name},
                                         {QStringLiteral("partner_id"), r.parentId},
                                         {QStringLiteral("partner"), r.parent},
                                         {QStringLiteral("appliances"), r.count}});
            } else {
                array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("hostname"), r.name},
                                         {QStringLiteral("site_id"), r.parentId},
                                         {QStringLiteral("site"), r.parent},
                                         {QStringLiteral("status"), r.status},
                                         {QStringLiteral("agent_version"), r.agentVersion},
                                         {QStringLiteral("last_checkin"), r.lastCheckin.isValid()
                                                                              ? QJsonValue(when(r.lastCheckin))
                                                                              : QJsonValue()}});
            }
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    QList<QStringList> cells;
    for (const Names::Listed &r : rows) {
        if (what == QLatin1String("partners"))
            cells << QStringList{r.name, QString::number(r.count), r.id};
        else if (what == QLatin1String("sites"))
            cells << QStringList{r.id, r.name, r.parent, QString::number(r.count)};
        else
            cells << QStringList{r.parentId + QLatin1Char('/') + r.name, r.status, r.agentVersion,
                                 when(r.lastCheckin), r.id};
    }
    if (what == QLatin1String("partners"))
        printColumns({CliText::tr("NAME"), CliText::tr("SITES"), CliText::tr("ID")}, cells);
    else if (what == QLatin1String("sites"))
        printColumns({CliText::tr("ID"), CliText::tr("NAME"), CliText::tr("PARTNER"), CliText::tr("APPLIANCES")}, cells);
    else
        printColumns({CliText::tr("SITE/HOSTNAME"), CliText::tr("STATUS"), CliText::tr("AGENT"),
                      CliText::tr("LAST CHECK-IN (UTC)"), CliText::tr("ID")},
                     cells);
    return 0;
}

int rollup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("every"), CliText::tr("With drain: keep draining every N seconds until stopped."),
                      QStringLiteral("n")});
    parser.addPositionalArgument(
        QStringLiteral("action"),
        CliText::tr("status, drain (move queued telemetry changes into the rollups), rebuild (build them again "
                    "from telemetry) or mode (job or trigger)."));
    parser.addPositionalArgument(QStringLiteral("mode"), CliText::tr("With mode: job or trigger."),
                                 QStringLiteral("[mode]"));
    if (auto code =
            parse(parser, args, CliText::tr("The telemetry rollups that serve the dashboard and reports."), 1, 2))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.constFirst();
    Database db(connectionFrom(parser));
    if (action == QLatin1String("status")) {
        const RollupStatus st = db.runSync([](Session &s) { return Rollups::status(s); });
        out() << CliText::tr("mode: ") << st.mode << Qt::endl
              << CliText::tr("queued changes: ") << st.queued << Qt::endl
              << CliText::tr("rollup rows: ") << st.rows << Qt::endl
              << CliText::tr("last drain: ")
              << (st.drainedAt.isValid() ? st.drainedAt.toUTC().toString(Qt::ISODate) : CliText::tr("never"))
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("drain")) {
        int every = 0;
        if (parser.isSet(QStringLiteral("every"))) {
            bool ok = false;
            every = parser.value(QStringLiteral("every")).toInt(&ok);
            if (!ok || every < 1 || every > 86400) {
                err() << CliText::tr("--every takes whole seconds from 1 to 86400") << Qt::endl;
                return 2;
            }
        }
        for (;;) {
            const qint64 moved = db.runSync([](Session &s) { return Rollups::drain(s); });
            if (moved < 0)
                out() << CliText::tr("another drain is running; it moves the queue") << Qt::endl;
            else
                out() << CliText::tr("drained %n queued change(s)", nullptr,
                                     int(std::min<qint64>(moved, std::numeric_limits<int>::max())))
                      << Qt::endl;
            if (every == 0)
                return 0;
            QThread::sleep(every);
        }
    }
    if (action == QLatin1String("rebuild")) {
        const qint64 total = db.runSync([](Session &s) { return Rollups::rebuild(s); });
        out() << CliText::tr("rebuilt the rollups from %n execution(s)", nullptr,
                             int(std::min<qint64>(total, std::numeric_limits<int>::max())))
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("mode")) {
        if (pos.size() < 2) {
            err() << CliText::tr("missing argument: job or trigger") << Qt::endl;
            return 2;
        }
        const QString mode = pos.at(1);
        db.runSync([mode](Session &s) { Rollups::setMode(s, mode); });
        out() << CliText::tr("rollup mode: ") << mode << Qt::endl;
        return 0;
    }
    err() << CliText::tr("unknown action \"%1\": use status, drain, rebuild or mode").arg(action) << Qt::endl;
    return 2;
}

} // namespace

namespace {
std::function<void(const QString &)> &hookStorage()
{
    static std::function<void(const QString &)> hook;
    return hook;
}
} // namespace

void setLanguageHook(std::function<void(const QString &code)> hook)
{
    hookStorage() = std::move(hook);
}

const std::function<void(const QString &code)> &languageHook()
{
    return hookStorage();
}

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list{
        {QStringLiteral("migrate"), migrate},
        {QStringLiteral("generate"), generate},
        {QStringLiteral("stats"), stats},
        {QStringLiteral("order"), order},
        {QStringLiteral("export"), exportCommand, true},
        {QStringLiteral("health"), health},
        {QStringLiteral("fix"), fix},
        {QStringLiteral("mapping"), mapping},
        {QStringLiteral("runbook"), runbook},
        {QStringLiteral("pattern"), pattern},
        {QStringLiteral("user"), user},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("rollup"), rollup},
        {QStringLiteral("partner"), partner},
        {QStringLiteral("audit"), audit},
        {QStringLiteral("key"), keyCommand},
        {QStringLiteral("worker"), workerCommand, true},
        {QStringLiteral("window"), windowCommand},
        {QStringLiteral("alert"), alertCommand},
        {QStringLiteral("list"), listCommand},
        {QStringLiteral("incident"), incidentCommand},
        {QStringLiteral("sla"), slaCommand},
    };
    return list;
}

const Subcommand *find(const QStringList &args)
{
    if (args.size() < 2)
        return nullptr;
    for (const Subcommand &c : subcommands()) {
        if (c.name == args.at(1))
            return &c;
    }
    return nullptr;
}

bool isSubcommand(const QStringList &args)
{
    return find(args) != nullptr;
}

QString names()
{
    QStringList out;
    for (const Subcommand &c : subcommands())
        out << c.name;
    return out.join(QStringLiteral(", "));
}

int run(const QStringList &args)
{
    const QString command = args.value(1);
    const Subcommand *c = find(args);
    if (!c) {
        err() << CliText::tr("unknown command: ") << command << Qt::endl;
        return 2;
    }
    QStringList rest = args;
    rest.removeAt(1);
    rest[0] = QCoreApplication::applicationName() + QLatin1Char(' ') + command;
    try {
        return c->run(rest);
    } catch (const Error &e) {
        err() << QCoreApplication::applicationName() << ' ' << command << ": " << e.toString().simplified() << Qt::endl;
        return e.exitCode();
    }
}

} // namespace hd::cli
