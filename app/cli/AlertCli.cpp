// healdesk alert: the routes the worker sends alerts along, and a test.

#include "Cli.h"
#include "CliSupport.h"

#include "Alerts.h"
#include "Database.h"
#include "Error.h"
#include "Keys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hd::cli::detail {

namespace {

QString readSecret()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw Error(Error::Code::Io, CliText::tr("cannot read the secret from standard input"));
    const QString secret = QString::fromUtf8(in.readLine()).trimmed();
    if (secret.isEmpty())
        throw Error(Error::Code::InvalidInput, CliText::tr("standard input held no secret (one line expected)"));
    return secret;
}

int routeAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("url"),
                      CliText::tr("Where to POST; write its secret part as {secret} (default for pagerduty: %1).")
                          .arg(AlertRoutes::pagerDutyUrl()),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("format"), CliText::tr("generic, slack, teams or pagerduty (default generic)."),
                      QStringLiteral("format"), QStringLiteral("generic")});
    parser.addOption({QStringLiteral("partner"), CliText::tr("Only this partner's events (its ID or name)."),
                      QStringLiteral("partner")});
    parser.addOption(
        {QStringLiteral("site"), CliText::tr("Only this site's events (its ID or name)."), QStringLiteral("site")});
    parser.addOption({QStringLiteral("events"),
                      CliText::tr("Comma-separated kinds (default all): %1.").arg(AlertRoutes::kinds().join(QStringLiteral(", "))),
                      QStringLiteral("kinds")});
    parser.addOption({QStringLiteral("min-severity"), CliText::tr("low (default), medium, high or critical."),
                      QStringLiteral("s"), QStringLiteral("low")});
    parser.addOption({QStringLiteral("digest"), CliText::tr("Send one digest every N hours (1-168) instead of each event."),
                      QStringLiteral("hours")});
    parser.addOption({QStringLiteral("in-window"),
                      CliText::tr("Incidents reported in a maintenance window: mark (default) or hold until it ends."),
                      QStringLiteral("mode"), QStringLiteral("mark")});
    parser.addOption({QStringLiteral("name"), CliText::tr("A name to know it by."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("secret-stdin"),
                      CliText::tr("Read the route's secret (the URL's {secret}, or PagerDuty's routing key) from "
                                  "standard input and keep it in this machine's keychain.")});
    if (auto code = parse(parser, args,
                          CliText::tr("Add an alert route: the worker POSTs each event of its kinds, at or above its "
                                      "severity, in its scope, once (audited). Fleet-wide routes are for admins.")))
        return *code;
    AlertRoute route;
    route.url = parser.value(QStringLiteral("url"));
    route.format = parser.value(QStringLiteral("format"));
    route.partnerId = parser.value(QStringLiteral("partner"));
    route.siteId = parser.value(QStringLiteral("site"));
    route.events = parser.value(QStringLiteral("events")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    route.minSeverity = parser.value(QStringLiteral("min-severity"));
    route.inWindow = parser.value(QStringLiteral("in-window")).toLower();
    route.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("digest"))) {
        bool ok = false;
        route.digestHours = parser.value(QStringLiteral("digest")).toInt(&ok);
        if (!ok || route.digestHours < 1 || route.digestHours > 168)
            throw Error(Error::Code::InvalidInput, CliText::tr("--digest takes whole hours from 1 to 168"));
    }
    const QString secret = parser.isSet(QStringLiteral("secret-stdin")) ? readSecret() : QString();
    Database db(connectionFrom(parser));
    route.partnerId = partnerArg(db, route.partnerId);
    route.siteId = siteArg(db, route.siteId);
    attachSigner(db);
    // The secret goes to the keychain before the route commits: no route is left without it.
    const qint64 id = db.runSync([&](Session &s) {
        const QString installation = Keys::identity(s).installationId;
        return AlertRoutes::add(s, route, [&](qint64 routeId) {
            if (!secret.isEmpty())
                AlertRoutes::storeSecret(installation, routeId, secret);
        });
    });
    out() << CliText::tr("added alert route %1").arg(id) << Qt::endl;
    const bool needsSecret = route.url.contains(QStringLiteral("{secret}")) ||
                             route.format.trimmed().toLower() == QLatin1String("pagerduty");
    if (needsSecret) {
        err() << (secret.isEmpty() ? CliText::tr("its secret is on no machine yet: ")
                                   : CliText::tr("its secret is in this machine's keychain; "))
              << CliText::tr("a worker elsewhere reads it from the systemd credential %1 (README, \"Running the worker\")")
                     .arg(AlertRoutes::credentialName(id))
              << Qt::endl;
    }
    return 0;
}

int routeSecret(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addPositionalArgument(QStringLiteral("route"), CliText::tr("The route (healdesk alert route list)."));
    if (auto code = parse(parser, args,
                          CliText::tr("Keep a route's secret, read from standard input, in this machine's keychain "
                                      "(for a worker run by hand on it)."),
                          1))
        return *code;
    const qint64 id = numericId(parser, CliText::tr("a route ID is a number"));
    const QString secret = readSecret();
    Database db(connectionFrom(parser));
    const QString installation = db.runSync([id](Session &s) {
        for (const AlertRoute &r : AlertRoutes::list(s)) {
            if (r.id == id)
                return Keys::identity(s).installationId;
        }
        throw Error(Error::Code::InvalidInput, CliText::tr("no alert route %1 (for this login)").arg(id));
    });
    AlertRoutes::storeSecret(installation, id, secret);
    out() << CliText::tr("kept the secret of route %1 in this machine's keychain").arg(id) << Qt::endl;
    return 0;
}

int routeList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON array.")});
    if (auto code = parse(parser, args, CliText::tr("List alert routes and how their delivery went.")))
        return *code;
    Database db(connectionFrom(parser));
    const QList<AlertRoute> routes = db.runSync([](Session &s) { return AlertRoutes::list(s); });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AlertRoute &r : routes) {
            array.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("name"), r.name},
                {QStringLiteral("partner_id"), r.partnerId.isEmpty() ? QJsonValue() : QJsonValue(r.partnerId)},
                {QStringLiteral("site_id"), r.siteId.isEmpty() ? QJsonValue() : QJsonValue(r.siteId)},
                {QStringLiteral("url"), r.url},
                {QStringLiteral("format"), r.format},
                {QStringLiteral("events"), QJsonArray::fromStringList(r.events)},
                {QStringLiteral("min_severity"), r.minSeverity},
                {QStringLiteral("digest_hours"), r.digestHours > 0 ? QJsonValue(r.digestHours) : QJsonValue()},
                {QStringLiteral("in_window"), r.inWindow},
                {QStringLiteral("has_secret"), r.hasSecret},
                {QStringLiteral("pending"), r.pending},
                {QStringLiteral("sent"), r.sent},
                {QStringLiteral("given_up"), r.givenUp},
                {QStringLiteral("last_sent_at"),
                 r.lastSentAt.isValid() ? QJsonValue(r.lastSentAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("last_error"), r.lastError.isEmpty() ? QJsonValue() : QJsonValue(r.lastError)},
                {QStringLiteral("created_by"), r.createdBy}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (const AlertRoute &r : routes) {
        const QString scope = !r.siteId.isEmpty()      ? CliText::tr("site %1").arg(r.siteId)
                              : !r.partnerId.isEmpty() ? CliText::tr("partner %1").arg(r.scopeName)
                                                       : CliText::tr("fleet");
        out() << r.id << '\t' << r.name << '\t' << scope << '\t' << r.format << '\t' << r.url << '\t'
              << CliText::tr("%1 sent, %2 pending, %3 given up").arg(r.sent).arg(r.pending).arg(r.givenUp)
              << (r.lastError.isEmpty() ? QString() : QStringLiteral("\t") + r.lastError) << Qt::endl;
    }
    return 0;
}

int routeRemove(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addPositionalArgument(QStringLiteral("route"), CliText::tr("The route (healdesk alert route list)."));
    if (auto code = parse(parser, args, CliText::tr("Remove an alert route (audited); what it has not sent is dropped."), 1))
        return *code;
    const qint64 id = numericId(parser, CliText::tr("a route ID is a number"));
    Database db(connectionFrom(parser));
    attachSigner(db);
    db.runSync([id](Session &s) { AlertRoutes::remove(s, id); });
    out() << CliText::tr("removed alert route %1").arg(id) << Qt::endl;
    return 0;
}

int routeCommand(const QStringList &args)
{
    return dispatchGroup(args,
                         {{"add", routeAdd}, {"list", routeList}, {"remove", routeRemove}, {"secret", routeSecret}},
                         CliText::tr("usage: healdesk alert route add|list|remove|secret [options]"));
}

int alertTest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addPositionalArgument(QStringLiteral("route"), CliText::tr("The route (healdesk alert route list)."));
    if (auto code = parse(parser, args,
                          CliText::tr("Queue a test alert on a route; the leading worker posts it (healdesk alert "
                                      "route list shows it sent)."),
                          1))
        return *code;
    const qint64 id = numericId(parser, CliText::tr("a route ID is a number"));
    Database db(connectionFrom(parser));
    attachSigner(db);
    const QString key = db.runSync([id](Session &s) { return AlertRoutes::test(s, id); });
    out() << CliText::tr("queued test alert %1 on route %2; the worker sends it").arg(key).arg(id) << Qt::endl;
    return 0;
}

} // namespace

int alertCommand(const QStringList &args)
{
    return dispatchGroup(args, {{"route", routeCommand}, {"test", alertTest}},
                         CliText::tr("usage: healdesk alert route add|list|remove|secret, healdesk alert test ROUTE"));
}

} // namespace hd::cli::detail
