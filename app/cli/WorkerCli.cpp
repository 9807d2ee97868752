// healdesk worker (the headless service) and healdesk window (maintenance windows).

#include "Cli.h"
#include "CliSupport.h"

#include "Database.h"
#include "Error.h"
#include "Keys.h"
#include "Maintenance.h"
#include "ReportArchive.h"
#include "Clock.h"
#include "Scope.h"
#include "Worker.h"
#include "Workers.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimeZone>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace hd::cli::detail {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// The worker's service key: systemd's credential (LoadCredentialEncrypted=
// healdesk-signing-key, in a memory-only folder only the service can read),
// else one line of base64 on standard input (--signing-key-stdin: how the
// demo hands over its in-memory key), else the system keychain of the login.
std::shared_ptr<const Signer> workerSigner(Database &db, bool fromStdin, QString *note)
{
    const KeyIdentity me = db.runSync([](Session &s) { return Keys::identity(s); });
    QByteArray seed;
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw Error(Error::Code::Io, CliText::tr("cannot read the signing key from standard input"));
        seed = in.readLine().trimmed();
    } else if (!credentials.isEmpty() && QFile::exists(credentials + QStringLiteral("/healdesk-signing-key"))) {
        QFile file(credentials + QStringLiteral("/healdesk-signing-key"));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Code::Io, CliText::tr("cannot read the systemd credential healdesk-signing-key"));
        seed = file.readAll().trimmed();
    } else {
        try {
            const std::shared_ptr<SigningKey> key = Keys::loadLocal(me);
            if (!key) {
                *note = CliText::tr("no service key: orders for partners that require signatures stay held");
                return nullptr;
            }
            return std::make_shared<const Signer>(Signer{key, me.login, me.installationId});
        } catch (const Error &e) {
            *note = e.message();
            return nullptr;
        }
    }
    return std::make_shared<const Signer>(Signer{SigningKey::fromSeed(seed), me.login, me.installationId});
}

int workerCheck(Database &db)
{
    const WorkerStatus s = db.runSync([](Session &session) { return Workers::status(session); });
    if (!s.leading) {
        err() << CliText::tr("no worker holds the lead: orders held for windows, schedules and reports wait")
              << Qt::endl;
        return 1;
    }
    out() << CliText::tr("worker: running on %1 (pid %2), last heartbeat %3 s ago, %4 waiting")
                 .arg(s.host)
                 .arg(s.pid)
                 .arg(s.beatAgeSeconds)
                 .arg(s.standby)
          << Qt::endl;
    return 0;
}

} // namespace

int workerCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("check"),
                      CliText::tr("Exit 0 when some worker holds the lead, 1 when none does (for monitoring).")});
    parser.addOption({QStringLiteral("interval"), CliText::tr("Seconds between rounds of jobs (default 5)."),
                      QStringLiteral("s"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("signing-key-stdin"),
                      CliText::tr("Read the service signing key (base64) from standard input.")});
    if (auto code = parse(parser, args,
                          CliText::tr("Run the jobs that need no console: the rollup drain, order expiry, releasing "
                                      "held orders. Several workers may run; one leads. Stops on SIGTERM.")))
        return *code;
    bool ok = false;
    const double interval = parser.value(QStringLiteral("interval")).toDouble(&ok);
    if (!ok || interval < 0.2 || interval > 3600)
        throw Error(Error::Code::InvalidInput, CliText::tr("--interval takes seconds from 0.2 to 3600"));
    Worker::Options options;
    options.config = connectionFrom(parser);
    options.intervalMs = int(interval * 1000);
    options.useLanguage = languageHook();
    if (parser.isSet(QStringLiteral("check"))) {
        Database db(options.config);
        return workerCheck(db);
    }
    std::shared_ptr<const Signer> signer;
    {
        Database db(options.config);
        QString note;
        signer = workerSigner(db, parser.isSet(QStringLiteral("signing-key-stdin")), &note);
        if (!note.isEmpty())
            err() << CliText::tr("healdesk worker: ") << note << Qt::endl;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        throw Error(Error::Code::Config, CliText::tr("cannot set up signal handling"));
    Worker worker(options, signer);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &worker, [&worker] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        worker.stop();
    });
    QObject::connect(&worker, &Worker::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    worker.start();
    return QCoreApplication::exec();
}

namespace {

// An instant as a technician types it: with a zone or offset, or else in the site's zone.
QDateTime instantIn(const QString &text, const QString &zone)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid())
        throw Error(Error::Code::InvalidInput, CliText::tr("\"%1\" is not a time such as 2026-12-06T02:00").arg(text));
    const QString trimmed = text.trimmed();
    const bool hasZone = trimmed.endsWith(QLatin1Char('Z')) ||
                         QRegularExpression(QStringLiteral("[+-]\\d\\d:?\\d\\d$")).match(trimmed).hasMatch();
    if (!hasZone)
        t = QDateTime(t.date(), t.time(), QTimeZone(zone.toUtf8()));
    return t.toUTC();
}

int windowAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("site"), CliText::tr("The site, by ID or name."), QStringLiteral("site")});
    parser.addOption({QStringLiteral("weekly"),
                      CliText::tr("Every week on this day (Mon..Sun), the span following it: --weekly Sun 02:00-04:00, "
                                  "in the site's time zone."),
                      QStringLiteral("day")});
    parser.addOption({QStringLiteral("from"), CliText::tr("A one-off window's start (the site's zone unless given)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("to"), CliText::tr("A one-off window's end."), QStringLiteral("time")});
    parser.addOption({QStringLiteral("reason"), CliText::tr("Why (required; audited)."), QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("span"), CliText::tr("With --weekly: HH:MM-HH:MM."),
                                 QStringLiteral("[span]"));
    if (auto code = parse(parser, args,
                          CliText::tr("Add a maintenance window to a site: disruptive runbooks issued outside every "
                                      "window are held until the next one opens."),
                          0, 1))
        return *code;
    if (parser.value(QStringLiteral("site")).isEmpty())
        throw Error(Error::Code::InvalidInput, CliText::tr("--site is required"));
    const bool weekly = parser.isSet(QStringLiteral("weekly"));
    const bool once = parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"));
    if (weekly == once)
        throw Error(Error::Code::InvalidInput, CliText::tr("give either --weekly DAY HH:MM-HH:MM or --from and --to"));
    const QString reason = parser.value(QStringLiteral("reason"));
    Database db(connectionFrom(parser));
    const QString site = siteArg(db, parser.value(QStringLiteral("site")));
    attachSigner(db);
    qint64 id = 0;
    if (weekly) {
        const int day = Maintenance::parseWeekday(parser.value(QStringLiteral("weekly")));
        if (day == 0)
            throw Error(Error::Code::InvalidInput, CliText::tr("the day is Mon, Tue, Wed, Thu, Fri, Sat or Sun"));
        const auto [start, end] = Maintenance::parseSpan(parser.positionalArguments().value(0));
        id = db.runSync([&](Session &s) { return Maintenance::addWeekly(s, site, day, start, end, reason); });
    } else {
        const QString zone = db.runSync([&site](Session &s) { return Maintenance::timeZone(s, site); });
        const QDateTime from = instantIn(parser.value(QStringLiteral("from")), zone);
        const QDateTime to = instantIn(parser.value(QStringLiteral("to")), zone);
        id = db.runSync([&](Session &s) { return Maintenance::addOnce(s, site, from, to, reason); });
    }
    out() << CliText::tr("added window %1 to %2").arg(id).arg(site) << Qt::endl;
    return 0;
}

int windowList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("site"), CliText::tr("Only this site (its ID or name)."), QStringLiteral("site")});
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON array.")});
    if (auto code = parse(parser, args, CliText::tr("List maintenance windows, with the time zone each is read in.")))
        return *code;
    Database db(connectionFrom(parser));
    const QString site = siteArg(db, parser.value(QStringLiteral("site")));
    const QList<MaintenanceWindow> windows = db.runSync([&site](Session &s) { return Maintenance::list(s, site); });
    static const QStringList days{QString(),          QStringLiteral("Mon"), QStringLiteral("Tue"),
                                  QStringLiteral("Wed"), QStringLiteral("Thu"), QStringLiteral("Fri"),
                                  QStringLiteral("Sat"), QStringLiteral("Sun")};
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const MaintenanceWindow &w : windows) {
            QJsonObject o{{QStringLiteral("id"), w.id},
                          {QStringLiteral("site_id"), w.siteId},
                          {QStringLiteral("time_zone"), w.timeZone},
                          {QStringLiteral("reason"), w.reason},
                          {QStringLiteral("created_by"), w.createdBy}};
            if (w.weekly()) {
                o.insert(QStringLiteral("weekday"), days.at(w.weekday));
                o.insert(QStringLiteral("start"), w.startTime.toString(QStringLiteral("HH:mm")));
                o.insert(QStringLiteral("end"), w.endTime.toString(QStringLiteral("HH:mm")));
            } else {
                o.insert(QStringLiteral("from"), w.startsAt.toUTC().toString(Qt::ISODate));
                o.insert(QStringLiteral("to"), w.endsAt.toUTC().toString(Qt::ISODate));
            }
            array.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (const MaintenanceWindow &w : windows) {
        const QString when =
            w.weekly() ? QStringLiteral("%1 %2-%3 %4")
                             .arg(days.at(w.weekday), w.startTime.toString(QStringLiteral("HH:mm")),
                                  w.endTime.toString(QStringLiteral("HH:mm")), w.timeZone)
                       : QStringLiteral("%1 to %2")
                             .arg(w.startsAt.toUTC().toString(Qt::ISODate), w.endsAt.toUTC().toString(Qt::ISODate));
        out() << w.id << '\t' << w.siteId << '\t' << when << '\t' << w.reason << Qt::endl;
    }
    return 0;
}

int windowRemove(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addPositionalArgument(QStringLiteral("id"), CliText::tr("The window (healdesk window list)."));
    if (auto code = parse(parser, args, CliText::tr("Remove a maintenance window (audited)."), 1))
        return *code;
    const qint64 id = numericId(parser, CliText::tr("a window ID is a number"));
    Database db(connectionFrom(parser));
    attachSigner(db);
    db.runSync([id](Session &s) { Maintenance::remove(s, id); });
    out() << CliText::tr("removed window %1").arg(id) << Qt::endl;
    return 0;
}

int windowTimeZone(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("site"), CliText::tr("The site, by ID or name."), QStringLiteral("site")});
    parser.addOption({QStringLiteral("partner"),
                      CliText::tr("The partner, by ID or name (its sites without a zone of their own)."),
                      QStringLiteral("partner")});
    parser.addPositionalArgument(QStringLiteral("zone"),
                                 CliText::tr("An IANA time zone such as America/New_York; \"inherit\" clears it."));
    if (auto code = parse(parser, args,
                          CliText::tr("Set the time zone a site's (or a partner's sites') windows are read in "
                                      "(admins; audited)."),
                          1))
        return *code;
    QString zone = parser.positionalArguments().constFirst();
    if (zone == QLatin1String("inherit"))
        zone.clear();
    Database db(connectionFrom(parser));
    attachSigner(db);
    const QString site = siteArg(db, parser.value(QStringLiteral("site")));
    const QString partner = partnerArg(db, parser.value(QStringLiteral("partner")));
    db.runSync([&](Session &s) { Maintenance::setTimeZone(s, site, partner, zone); });
    out() << CliText::tr("time zone of %1: %2").arg(site.isEmpty() ? parser.value(QStringLiteral("partner")) : site,
                                                    zone.isEmpty() ? CliText::tr("inherited") : zone)
          << Qt::endl;
    return 0;
}

} // namespace

int windowCommand(const QStringList &args)
{
    return dispatchGroup(args,
                         {{"add", windowAdd}, {"list", windowList}, {"remove", windowRemove},
                          {"time-zone", windowTimeZone}},
                         CliText::tr("usage: healdesk window add|list|remove|time-zone [options] (see healdesk window "
                                     "add --help)"));
}

namespace {

int scheduleAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("partner"), CliText::tr("Every site of this partner (its ID or name)."),
                      QStringLiteral("partner")});
    parser.addOption({QStringLiteral("site"), CliText::tr("This site (its ID or name)."), QStringLiteral("site")});
    parser.addOption({QStringLiteral("format"), CliText::tr("pdf, csv or both (default pdf,csv)."),
                      QStringLiteral("formats"), QStringLiteral("pdf,csv")});
    parser.addOption({QStringLiteral("lang"), CliText::tr("The report's language: en, es or de (default en)."),
                      QStringLiteral("code"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("page-size"), CliText::tr("a4 (default) or letter."), QStringLiteral("size"),
                      QStringLiteral("a4")});
    parser.addOption({QStringLiteral("stale-days"), CliText::tr("The stale limit in days (default 30)."),
                      QStringLiteral("days"), QStringLiteral("30")});
    if (auto code = parse(parser, args,
                          CliText::tr("Have the worker write a partner's or a site's compliance report after each "
                                      "month into the archive; last month's comes at once.")))
        return *code;
    bool ok = false;
    const int staleDays = parser.value(QStringLiteral("stale-days")).toInt(&ok);
    if (!ok)
        throw Error(Error::Code::InvalidInput, CliText::tr("--stale-days takes whole days from 1 to 3650"));
    Database db(connectionFrom(parser));
    const QString partner = partnerArg(db, parser.value(QStringLiteral("partner")));
    const QString site = siteArg(db, parser.value(QStringLiteral("site")));
    attachSigner(db);
    const QStringList formats =
        parser.value(QStringLiteral("format")).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString language = parser.value(QStringLiteral("lang")).toLower();
    const QString pageSize = parser.value(QStringLiteral("page-size")).toLower();
    const qint64 id = db.runSync([&](Session &s) {
        return ReportArchive::addSchedule(s, partner, site, formats, pageSize, language, staleDays, Clock::now(s));
    });
    out() << CliText::tr("added report schedule %1; the worker archives last month's report at its next round")
                 .arg(id)
          << Qt::endl;
    return 0;
}

int scheduleList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON array.")});
    if (auto code = parse(parser, args, CliText::tr("List report schedules.")))
        return *code;
    Database db(connectionFrom(parser));
    const QList<ReportSchedule> rows = db.runSync([](Session &s) { return ReportArchive::schedules(s); });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ReportSchedule &r : rows) {
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("partner_id"), r.partnerId.isEmpty() ? QJsonValue() : QJsonValue(r.partnerId)},
                                     {QStringLiteral("site_id"), r.siteId.isEmpty() ? QJsonValue() : QJsonValue(r.siteId)},
                                     {QStringLiteral("scope"), r.scopeName},
                                     {QStringLiteral("formats"), QJsonArray::fromStringList(r.formats)},
                                     {QStringLiteral("language"), r.language},
                                     {QStringLiteral("page_size"), r.pageSize},
                                     {QStringLiteral("first_period"), r.firstPeriod.toString(Qt::ISODate)},
                                     {QStringLiteral("created_by"), r.createdBy}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (const ReportSchedule &r : rows) {
        out() << r.id << '\t' << r.scopeName << '\t' << r.formats.join(QLatin1Char(',')) << '\t' << r.language << '\t'
              << r.pageSize << '\t' << r.createdBy << Qt::endl;
    }
    return 0;
}

int scheduleRemove(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addPositionalArgument(QStringLiteral("id"), CliText::tr("The schedule (healdesk export schedule list)."));
    if (auto code = parse(parser, args, CliText::tr("Stop a report schedule; what it archived stays."), 1))
        return *code;
    const qint64 id = numericId(parser, CliText::tr("a schedule ID is a number"));
    Database db(connectionFrom(parser));
    attachSigner(db);
    db.runSync([id](Session &s) { ReportArchive::removeSchedule(s, id); });
    out() << CliText::tr("removed report schedule %1").arg(id) << Qt::endl;
    return 0;
}

int archiveList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON array.")});
    if (auto code = parse(parser, args, CliText::tr("List the archived reports, newest period first.")))
        return *code;
    Database db(connectionFrom(parser));
    const QList<ArchivedReport> rows = db.runSync([](Session &s) { return ReportArchive::list(s); });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ArchivedReport &a : rows) {
            QJsonArray formats;
            if (a.hasPdf)
                formats.append(QStringLiteral("pdf"));
            if (a.hasCsv)
                formats.append(QStringLiteral("csv"));
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("schedule_id"), a.scheduleId},
                                     {QStringLiteral("scope"), a.scopeName},
                                     {QStringLiteral("period_from"), a.from.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("period_to"), a.to.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("report_id"), a.reportId},
                                     {QStringLiteral("digest"), a.digest},
                                     {QStringLiteral("signed_by"), a.signedBy.isEmpty() ? QJsonValue() : QJsonValue(a.signedBy)},
                                     {QStringLiteral("signing_key_id"),
                                      a.signingKeyId.isEmpty() ? QJsonValue() : QJsonValue(a.signingKeyId)},
                                     {QStringLiteral("language"), a.language},
                                     {QStringLiteral("formats"), formats},
                                     {QStringLiteral("generated_at"), a.generatedAt.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("generated_by"), a.generatedBy}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (const ArchivedReport &a : rows) {
        out() << a.id << '\t' << a.scopeName << '\t' << a.from.toUTC().toString(QStringLiteral("yyyy-MM")) << '\t'
              << a.reportId << '\t' << (a.signedBy.isEmpty() ? CliText::tr("unsigned") : a.signedBy) << Qt::endl;
    }
    return 0;
}

int archiveGet(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, CliText::tr("File to write."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("format"), CliText::tr("pdf or csv (default: from the file name)."),
                      QStringLiteral("format")});
    parser.addPositionalArgument(QStringLiteral("id"), CliText::tr("The archived report (healdesk export archive list)."));
    if (auto code = parse(parser, args,
                          CliText::tr("Write an archived report to a file, as it was archived (its signature "
                                      "included: healdesk export verify checks it)."),
                          1))
        return *code;
    const qint64 id = numericId(parser, CliText::tr("an archived report's ID is a number"));
    const QString path = parser.value(QStringLiteral("output"));
    checkWritable(path);
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(path).suffix().toLower();
    Database db(connectionFrom(parser));
    const auto [reportId, bytes] = db.runSync([id, &format](Session &s) { return ReportArchive::file(s, id, format); });
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::Code::Io, CliText::tr("cannot write %1: %2").arg(path, file.errorString()));
    out() << CliText::tr("wrote %1 (report %2)").arg(path, reportId) << Qt::endl;
    return 0;
}

} // namespace

int exportSchedule(const QStringList &args)
{
    return dispatchGroup(args, {{"add", scheduleAdd}, {"list", scheduleList}, {"remove", scheduleRemove}},
                         CliText::tr("usage: healdesk export schedule add|list|remove [options]"));
}

int exportArchive(const QStringList &args)
{
    return dispatchGroup(args, {{"list", archiveList}, {"get", archiveGet}},
                         CliText::tr("usage: healdesk export archive list|get [options]"));
}

} // namespace hd::cli::detail
