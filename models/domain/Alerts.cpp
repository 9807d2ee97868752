#include "Alerts.h"

#include "Audit.h"
#include "Error.h"
#include "Keychain.h"
#include "Scope.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace hd {

namespace {
struct AlertsText
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};

Error invalid(const QString &why)
{
    return Error(Error::Code::InvalidInput, why);
}

QVariant textOrNull(const QString &v)
{
    return v.isEmpty() ? nullText() : QVariant(v);
}

QString ids(const QList<AlertMessage> &messages)
{
    QStringList out;
    for (const AlertMessage &m : messages)
        out << QString::number(m.id);
    return out.join(QLatin1Char(','));
}

AlertMessage messageFrom(const Rows &q)
{
    AlertMessage m;
    m.id = q.int64("id");
    m.routeId = q.int64("route_id");
    m.key = q.text("event_key");
    m.kind = q.text("kind");
    m.severity = q.text("severity");
    m.facts = QJsonDocument::fromJson(q.text("facts").toUtf8()).object();
    m.createdAt = q.time("created_at");
    m.attempts = q.int32("attempts");
    return m;
}

AlertRoute routeFrom(const Rows &q)
{
    AlertRoute r;
    r.id = q.int64("id");
    r.name = q.text("name");
    r.partnerId = q.text("partner_id");
    r.siteId = q.text("site_id");
    r.scopeName = q.text("scope_name");
    r.url = q.text("url");
    r.format = q.text("format");
    r.events = q.text("events").split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.minSeverity = q.text("min_severity");
    r.digestHours = q.int32("digest_hours");
    r.inWindow = q.text("in_window");
    r.hasSecret = q.flag("has_secret");
    r.createdBy = q.text("created_by");
    r.createdAt = q.time("created_at");
    r.pending = q.int32("pending");
    r.sent = q.int32("sent");
    r.givenUp = q.int32("given_up");
    r.lastSentAt = q.time("last_sent_at");
    r.lastError = q.text("last_error");
    return r;
}

const QString kSecret = QStringLiteral("{secret}");

// Why a URL written out looks like it carries a secret; empty when it does not.
QString secretWrittenOut(const QString &raw)
{
    const QUrl url(raw);
    if (!url.userInfo().isEmpty())
        return AlertsText::tr("it carries a user name or password (user:password@)");
    static const QRegularExpression secretName(
        QStringLiteral("^(sig|signature|token|access_token|key|api_key|apikey|secret|password|code|auth)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (secretName.match(name).hasMatch() && value != kSecret)
            return AlertsText::tr("its %1= parameter is a secret").arg(name);
    }
    // Slack's hooks are secret in their path: /services/T…/B…/token.
    if (url.host().compare(QLatin1String("hooks.slack.com"), Qt::CaseInsensitive) == 0 && !raw.contains(kSecret))
        return AlertsText::tr("a Slack hook's path is its secret");
    return {};
}

} // namespace

namespace AlertRoutes {

QStringList kinds()
{
    return {QStringLiteral("incident.critical"), QStringLiteral("incident.escalated"),
            QStringLiteral("incident.sla_breach"), QStringLiteral("order.failed"),
            QStringLiteral("order.rejected"), QStringLiteral("order.expired"),
            QStringLiteral("report.archived")};
}

QStringList formats()
{
    return {QStringLiteral("generic"), QStringLiteral("slack"), QStringLiteral("teams"), QStringLiteral("pagerduty")};
}

QStringList severities()
{
    return {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")};
}

QString pagerDutyUrl()
{
    return QStringLiteral("https://events.pagerduty.com/v2/enqueue");
}

qint64 add(Session &session, AlertRoute route, const std::function<void(qint64)> &storeSecret)
{
    route.name = route.name.trimmed();
    route.url = route.url.trimmed();
    route.format = route.format.trimmed().toLower();
    if (!formats().contains(route.format))
        throw invalid(AlertsText::tr("format: \"%1\" is not one of %2").arg(route.format, formats().join(QStringLiteral(", "))));
    if (route.url.isEmpty() && route.format == QLatin1String("pagerduty"))
        route.url = pagerDutyUrl();
    // "{secret}" is not a valid URL character sequence for QUrl's strict mode; check the rest.
    const QUrl url(QString(route.url).replace(kSecret, QStringLiteral("secret")), QUrl::StrictMode);
    if (route.url.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        throw invalid(AlertsText::tr("url: \"%1\" is not an http(s) URL").arg(route.url));
    if (const QString why = secretWrittenOut(route.url); !why.isEmpty()) {
        throw invalid(AlertsText::tr("url: %1, and a route's URL is kept in the database: write that part as "
                                     "{secret} and give its value with the route's secret, which stays on the "
                                     "machine that sends")
                          .arg(why));
    }
    if (route.url.contains(kSecret) || route.format == QLatin1String("pagerduty"))
        route.hasSecret = true;
    if (route.events.isEmpty())
        route.events = kinds();
    for (QString &e : route.events) {
        e = e.trimmed().toLower();
        if (!kinds().contains(e))
            throw invalid(AlertsText::tr("events: \"%1\" is not one of %2").arg(e, kinds().join(QStringLiteral(", "))));
    }
    route.events.removeDuplicates();
    route.minSeverity = route.minSeverity.trimmed().toLower();
    if (!severities().contains(route.minSeverity))
        throw invalid(AlertsText::tr("min-severity: \"%1\" is not one of %2")
                          .arg(route.minSeverity, severities().join(QStringLiteral(", "))));
    if (route.digestHours < 0 || route.digestHours > 168)
        throw invalid(AlertsText::tr("digest: whole hours from 1 to 168, or none"));
    if (route.inWindow != QLatin1String("mark") && route.inWindow != QLatin1String("hold"))
        throw invalid(AlertsText::tr("in-window: mark or hold, not \"%1\"").arg(route.inWindow));
    if (!route.partnerId.isEmpty() && !route.siteId.isEmpty())
        throw invalid(AlertsText::tr("name a partner or a site, not both"));
    if (!route.partnerId.isEmpty() && QUuid::fromString(route.partnerId).isNull())
        throw invalid(AlertsText::tr("\"%1\" is not a partner ID").arg(route.partnerId));
    if (route.name.isEmpty()) {
        const QString scope = route.siteId.isEmpty() ? (route.partnerId.isEmpty() ? AlertsText::tr("fleet")
                                                                                   : route.partnerId.left(8))
                                                     : route.siteId;
        route.name = QStringLiteral("%1 %2").arg(route.format, scope);
    }
    return session.transaction([&] {
        if (!route.partnerId.isEmpty()) {
            auto q = session.query(QStringLiteral("partner_exists"), {{"partner", route.partnerId}});
            if (!q.next() || q.int64("found") == 0)
                throw invalid(AlertsText::tr("unknown partner \"%1\"").arg(route.partnerId));
        } else if (!route.siteId.isEmpty()) {
            auto q = session.query(QStringLiteral("site_exists"), {{"site", route.siteId}});
            if (!q.next() || q.int64("found") == 0)
                throw invalid(AlertsText::tr("unknown site \"%1\"").arg(route.siteId));
        }
        auto q = session.query(QStringLiteral("alert_route_add"),
                               {{"name", route.name},
                                {"partner", textOrNull(route.partnerId.toLower())},
                                {"site", textOrNull(route.siteId)},
                                {"url", route.url},
                                {"format", route.format},
                                {"events", route.events.join(QLatin1Char(','))},
                                {"min_severity", route.minSeverity},
                                {"digest_hours", route.digestHours},
                                {"in_window", route.inWindow},
                                {"has_secret", route.hasSecret}});
        q.next();
        const qint64 id = q.int64("id");
        Audit::record(session, QStringLiteral("alert.route.add"), QString::number(id),
                      QJsonObject{{QStringLiteral("name"), route.name},
                                  {QStringLiteral("partner_id"), route.partnerId.isEmpty() ? QJsonValue() : QJsonValue(route.partnerId)},
                                  {QStringLiteral("site_id"), route.siteId.isEmpty() ? QJsonValue() : QJsonValue(route.siteId)},
                                  {QStringLiteral("url"), route.url},
                                  {QStringLiteral("format"), route.format},
                                  {QStringLiteral("events"), QJsonArray::fromStringList(route.events)},
                                  {QStringLiteral("min_severity"), route.minSeverity},
                                  {QStringLiteral("digest_hours"), route.digestHours},
                                  {QStringLiteral("in_window"), route.inWindow}});
        if (route.hasSecret && storeSecret)
            storeSecret(id);
        return id;
    });
}

QList<AlertRoute> list(Session &session)
{
    QList<AlertRoute> out;
    auto q = session.query(QStringLiteral("alert_routes"));
    while (q.next())
        out << routeFrom(q);
    return out;
}

void remove(Session &session, qint64 id)
{
    session.transaction([&] {
        auto q = session.query(QStringLiteral("alert_route_remove"), {{"id", id}});
        if (!q.next())
            throw Error(Error::Code::Refused, AlertsText::tr("no alert route %1 (for this login)").arg(id));
        Audit::record(session, QStringLiteral("alert.route.remove"), QString::number(id),
                      QJsonObject{{QStringLiteral("name"), q.text("name")}});
    });
}

QString test(Session &session, qint64 id)
{
    return session.transaction([&] {
        auto q = session.query(QStringLiteral("alert_test"), {{"id", id}});
        q.next();
        const QString key = q.text("event_key");
        Audit::record(session, QStringLiteral("alert.test"), QString::number(id),
                      QJsonObject{{QStringLiteral("event_key"), key}});
        return key;
    });
}

QList<AlertMessage> recent(Session &session, qint64 routeId, int limit)
{
    QList<AlertMessage> out;
    auto q = session.query(QStringLiteral("alert_recent"), {{"route", routeId}, {"row_limit", std::clamp(limit, 1, 1000)}});
    while (q.next()) {
        AlertMessage m = messageFrom(q);
        // The panel reads delivery from the facts it shows.
        m.facts.insert(QStringLiteral("_sent_at"), q.text("sent_at"));
        m.facts.insert(QStringLiteral("_given_up_at"), q.text("given_up_at"));
        m.facts.insert(QStringLiteral("_last_error"), q.text("last_error"));
        out << m;
    }
    return out;
}

QString credentialName(qint64 id)
{
    return QStringLiteral("healdesk-alert-%1").arg(id);
}

QString keychainEntry(const QString &installationId, qint64 id)
{
    return QStringLiteral("%1/route-%2").arg(installationId).arg(id);
}

QString findSecret(const QString &installationId, qint64 id, QString *why)
{
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!credentials.isEmpty()) {
        QFile file(credentials + QLatin1Char('/') + credentialName(id));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll()).trimmed();
    }
    try {
        const QString secret = Keychain::readAlertSecret(keychainEntry(installationId, id));
        if (secret.isEmpty() && why)
            *why = AlertsText::tr("no secret for route %1 on this machine: give it as the systemd credential %2 or "
                                  "store it with healdesk alert route secret %1")
                       .arg(id)
                       .arg(credentialName(id));
        return secret;
    } catch (const Error &e) {
        if (why)
            *why = AlertsText::tr("no secret for route %1 on this machine (systemd credential %2 absent; %3)")
                       .arg(id)
                       .arg(credentialName(id), e.message());
        return {};
    }
}

void storeSecret(const QString &installationId, qint64 id, const QString &secret)
{
    if (secret.trimmed().isEmpty())
        throw invalid(AlertsText::tr("the secret is empty"));
    Keychain::writeAlertSecret(keychainEntry(installationId, id), secret.trimmed());
}

} // namespace AlertRoutes

namespace AlertOutbox {

QList<Batch> claim(Session &session, const QUuid &worker, const QDateTime &now, int limit)
{
    QHash<qint64, AlertRoute> routes;
    QList<Batch> out;
    session.transaction([&] {
        const Binds binds{{"now", now.toUTC().toString(Qt::ISODateWithMs)},
                          {"worker", worker.toString(QUuid::WithoutBraces)},
                          {"row_limit", limit}};
        QList<AlertMessage> single;
        auto q = session.query(QStringLiteral("alert_claim"), binds);
        while (q.next())
            single << messageFrom(q);
        QList<AlertMessage> digested;
        auto d = session.query(QStringLiteral("alert_claim_digest"), {{"now", now.toUTC().toString(Qt::ISODateWithMs)},
                                                                        {"worker", worker.toString(QUuid::WithoutBraces)}});
        while (d.next())
            digested << messageFrom(d);
        if (single.isEmpty() && digested.isEmpty())
            return;
        for (const AlertRoute &r : AlertRoutes::list(session))
            routes.insert(r.id, r);
        for (const AlertMessage &m : std::as_const(single)) {
            if (routes.contains(m.routeId))
                out << Batch{routes.value(m.routeId), {m}, false};
        }
        QMap<qint64, QList<AlertMessage>> byRoute;
        for (const AlertMessage &m : std::as_const(digested))
            byRoute[m.routeId] << m;
        for (auto it = byRoute.cbegin(); it != byRoute.cend(); ++it) {
            if (routes.contains(it.key()))
                out << Batch{routes.value(it.key()), it.value(), true};
        }
    });
    return out;
}

void delivered(Session &session, const Batch &batch, const QDateTime &now)
{
    session.transaction([&] {
        const QString at = now.toUTC().toString(Qt::ISODateWithMs);
        session.query(QStringLiteral("alert_delivered"), {{"ids", ids(batch.messages)}, {"now", at}});
        if (batch.digest)
            session.query(QStringLiteral("alert_digest_done"), {{"route", batch.route.id}, {"now", at}});
    });
}

void failed(Session &session, const Batch &batch, const QDateTime &now, const QString &error, bool permanent)
{
    session.query(QStringLiteral("alert_failed"), {{"ids", ids(batch.messages)},
                                                   {"now", now.toUTC().toString(Qt::ISODateWithMs)},
                                                   {"error", error.left(500)},
                                                   {"permanent", permanent},
                                                   {"max_attempts", kMaxAttempts}});
}

void release(Session &session, const QUuid &worker)
{
    session.query(QStringLiteral("alert_release"), {{"worker", worker.toString(QUuid::WithoutBraces)}});
}

int slaBreaches(Session &session, const QDateTime &now)
{
    auto q = session.query(QStringLiteral("alert_sla"), {{"now", now.toUTC().toString(Qt::ISODateWithMs)}});
    return q.next() ? q.int32("added") : 0;
}

int prune(Session &session, const QDateTime &now)
{
    auto q = session.query(QStringLiteral("alert_prune"), {{"now", now.toUTC().toString(Qt::ISODateWithMs)}});
    return q.affected();
}

} // namespace AlertOutbox

namespace AlertFormat {

namespace {

QString fact(const AlertMessage &m, const char *name)
{
    const QJsonValue v = m.facts.value(QLatin1String(name));
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

QString where(const AlertMessage &m)
{
    const QString site = fact(m, "site_name").isEmpty() ? fact(m, "site_id") : fact(m, "site_name");
    return site.isEmpty() ? fact(m, "hostname") : QStringLiteral("%1 (%2)").arg(fact(m, "hostname"), site);
}

// PagerDuty's four severities.
QString pagerDutySeverity(const QString &severity)
{
    const QString s = severity.trimmed().toLower();
    if (s == QLatin1String("critical"))
        return QStringLiteral("critical");
    if (s == QLatin1String("high"))
        return QStringLiteral("error");
    if (s == QLatin1String("medium"))
        return QStringLiteral("warning");
    return QStringLiteral("info");
}

// Slack's mrkdwn reads &, < and > as markup.
QString slackEscaped(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

QString digestTitle(const AlertOutbox::Batch &batch)
{
    return AlertsText::tr("Healdesk: %n alert(s) for %1 in the last %2 h", nullptr, int(batch.messages.size()))
        .arg(batch.route.name)
        .arg(batch.route.digestHours);
}

constexpr int kDigestLines = 20;

QJsonObject generic(const AlertMessage &m)
{
    QJsonObject o = m.facts;
    o.insert(QStringLiteral("event"), m.kind);
    o.insert(QStringLiteral("key"), m.key);
    o.insert(QStringLiteral("severity"), m.severity);
    o.insert(QStringLiteral("text"), text(m));
    o.insert(QStringLiteral("created_at"), m.createdAt.toUTC().toString(Qt::ISODate));
    return o;
}

QJsonObject slack(const AlertOutbox::Batch &batch)
{
    QJsonArray blocks;
    QString summary;
    if (!batch.digest) {
        const AlertMessage &m = batch.messages.first();
        summary = text(m);
        blocks << QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                              {QStringLiteral("text"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                           {QStringLiteral("text"), QStringLiteral("*%1* %2").arg(
                                                                        m.severity.toUpper(), slackEscaped(summary))}}}};
        blocks << QJsonObject{
            {QStringLiteral("type"), QStringLiteral("context")},
            {QStringLiteral("elements"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                    {QStringLiteral("text"), slackEscaped(QStringLiteral("Healdesk · %1 · %2").arg(m.kind, m.key))}}}}};
    } else {
        summary = digestTitle(batch);
        QStringList lines;
        for (const AlertMessage &m : batch.messages.mid(0, kDigestLines))
            lines << QStringLiteral("• *%1* %2").arg(m.severity.toUpper(), slackEscaped(text(m)));
        if (batch.messages.size() > kDigestLines)
            lines << AlertsText::tr("… and %n more", nullptr, int(batch.messages.size() - kDigestLines));
        blocks << QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                                                                   {QStringLiteral("text"), summary.left(150)}}}};
        blocks << QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                                   {QStringLiteral("text"),
                                                                    lines.join(QLatin1Char('\n')).left(3000)}}}};
    }
    return {{QStringLiteral("text"), summary}, {QStringLiteral("blocks"), blocks}};
}

QJsonObject teams(const AlertOutbox::Batch &batch)
{
    QJsonArray body;
    auto block = [](const QString &text, bool bold, const QString &color) {
        QJsonObject b{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("wrap"), true}};
        if (bold)
            b.insert(QStringLiteral("weight"), QStringLiteral("Bolder"));
        if (!color.isEmpty())
            b.insert(QStringLiteral("color"), color);
        return b;
    };
    auto colorOf = [](const QString &severity) {
        const QString s = severity.toLower();
        return s == QLatin1String("critical") || s == QLatin1String("high") ? QStringLiteral("Attention")
               : s == QLatin1String("medium")                              ? QStringLiteral("Warning")
                                                                           : QStringLiteral("Default");
    };
    if (!batch.digest) {
        const AlertMessage &m = batch.messages.first();
        body << block(QStringLiteral("Healdesk · %1").arg(m.kind), true, colorOf(m.severity));
        body << block(text(m), false, QString());
        QJsonArray facts;
        auto add = [&facts](const QString &title, const QString &value) {
            if (!value.isEmpty())
                facts << QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("value"), value}};
        };
        add(AlertsText::tr("Severity"), m.severity);
        add(AlertsText::tr("Site"), fact(m, "site_name").isEmpty() ? fact(m, "site_id") : fact(m, "site_name"));
        add(AlertsText::tr("Appliance"), fact(m, "hostname"));
        add(AlertsText::tr("Event"), m.key);
        body << QJsonObject{{QStringLiteral("type"), QStringLiteral("FactSet")}, {QStringLiteral("facts"), facts}};
    } else {
        body << block(digestTitle(batch), true, QString());
        for (const AlertMessage &m : batch.messages.mid(0, kDigestLines))
            body << block(QStringLiteral("%1 · %2").arg(m.severity.toUpper(), text(m)), false, colorOf(m.severity));
        if (batch.messages.size() > kDigestLines)
            body << block(AlertsText::tr("… and %n more", nullptr, int(batch.messages.size() - kDigestLines)), false,
                          QString());
    }
    const QJsonObject card{{QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
                           {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
                           {QStringLiteral("version"), QStringLiteral("1.4")},
                           {QStringLiteral("body"), body}};
    return {{QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive")},
                                    {QStringLiteral("contentUrl"), QJsonValue::Null},
                                    {QStringLiteral("content"), card}}}}};
}

QJsonObject pagerDuty(const AlertOutbox::Batch &batch, const QString &routingKey)
{
    QJsonObject payload;
    QString dedup;
    if (!batch.digest) {
        const AlertMessage &m = batch.messages.first();
        dedup = m.key;
        const QString source = fact(m, "hostname").isEmpty() ? QStringLiteral("healdesk") : fact(m, "hostname");
        payload = {{QStringLiteral("summary"), text(m).left(1024)},
                   {QStringLiteral("source"), source},
                   {QStringLiteral("severity"), pagerDutySeverity(m.severity)},
                   {QStringLiteral("timestamp"), m.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                   {QStringLiteral("class"), m.kind},
                   {QStringLiteral("custom_details"), m.facts}};
        const QString component = fact(m, "incident_type").isEmpty() ? fact(m, "runbook_id") : fact(m, "incident_type");
        if (!component.isEmpty())
            payload.insert(QStringLiteral("component"), component);
        if (!fact(m, "site_id").isEmpty())
            payload.insert(QStringLiteral("group"), fact(m, "site_id"));
    } else {
        QString worst = QStringLiteral("low");
        QJsonArray lines;
        for (const AlertMessage &m : batch.messages) {
            if (AlertRoutes::severities().indexOf(m.severity.toLower()) > AlertRoutes::severities().indexOf(worst))
                worst = m.severity.toLower();
            if (lines.size() < 100)
                lines << QStringLiteral("%1 %2").arg(m.severity.toUpper(), text(m));
        }
        dedup = QStringLiteral("digest:%1:%2").arg(batch.route.id).arg(batch.messages.first().id);
        payload = {{QStringLiteral("summary"), digestTitle(batch).left(1024)},
                   {QStringLiteral("source"), QStringLiteral("healdesk")},
                   {QStringLiteral("severity"), pagerDutySeverity(worst)},
                   {QStringLiteral("timestamp"), batch.messages.last().createdAt.toUTC().toString(Qt::ISODateWithMs)},
                   {QStringLiteral("class"), QStringLiteral("digest")},
                   {QStringLiteral("custom_details"), QJsonObject{{QStringLiteral("alerts"), lines}}}};
    }
    return {{QStringLiteral("routing_key"), routingKey},
            {QStringLiteral("event_action"), QStringLiteral("trigger")},
            {QStringLiteral("dedup_key"), dedup.left(255)},
            {QStringLiteral("client"), QStringLiteral("Healdesk")},
            {QStringLiteral("payload"), payload}};
}

} // namespace

QString text(const AlertMessage &m)
{
    QString line;
    const QString error = fact(m, "error");
    const QString detail = error.isEmpty() ? QString() : QStringLiteral(": ") + error;
    if (m.kind == QLatin1String("incident.critical"))
        line = AlertsText::tr("Critical incident %1 on %2").arg(fact(m, "incident_type"), where(m));
    else if (m.kind == QLatin1String("incident.escalated"))
        line = AlertsText::tr("Incident %1 on %2 was escalated to a technician (L3)").arg(fact(m, "incident_type"), where(m));
    else if (m.kind == QLatin1String("incident.sla_breach"))
        line = AlertsText::tr("Incident %1 on %2 (%3) is past its %4 h SLA")
                   .arg(fact(m, "incident_type"), where(m), m.severity, fact(m, "sla_hours"));
    else if (m.kind == QLatin1String("order.failed"))
        line = AlertsText::tr("Order %1 (%2) failed on %3%4").arg(fact(m, "order_id"), fact(m, "runbook_id"), where(m), detail);
    else if (m.kind == QLatin1String("order.rejected"))
        // A security event: someone wrote an order its appliance does not trust.
        line = AlertsText::tr("Order %1 (%2) was REJECTED by %3%4").arg(fact(m, "order_id"), fact(m, "runbook_id"), where(m), detail);
    else if (m.kind == QLatin1String("order.expired"))
        line = AlertsText::tr("Order %1 (%2) expired on %3 without running").arg(fact(m, "order_id"), fact(m, "runbook_id"), where(m));
    else if (m.kind == QLatin1String("report.archived"))
    {
        // Whom and which days it covers (the period's end is exclusive: its last day is the one before); the
        // report's ID stays in the facts.
        const QDate last = QDate::fromString(fact(m, "period_to").left(10), Qt::ISODate).addDays(-1);
        line = AlertsText::tr("The report for %1, %2 to %3, was archived")
                   .arg(fact(m, "scope_name").isEmpty() ? fact(m, "report_id") : fact(m, "scope_name"),
                        fact(m, "period_from").left(10), last.isValid() ? last.toString(Qt::ISODate) : QString());
    }
    else if (m.kind == QLatin1String("test"))
        line = AlertsText::tr("Test alert for route \"%1\", asked for by %2").arg(fact(m, "route_name"), fact(m, "requested_by"));
    else
        line = m.kind;
    if (m.facts.value(QStringLiteral("in_maintenance_window")).toBool()) {
        const QDateTime ends = QDateTime::fromString(fact(m, "window_ends_at"), Qt::ISODate);
        line += QLatin1Char(' ') + AlertsText::tr("(reported during a maintenance window, until %1 UTC)")
                                       .arg(ends.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return QStringLiteral("Healdesk: ") + line;
}

Request request(const AlertOutbox::Batch &batch, const QString &secret)
{
    const AlertRoute &route = batch.route;
    if (route.hasSecret && secret.isEmpty())
        throw Error(Error::Code::Config, AlertsText::tr("route %1 needs its secret on this machine").arg(route.id));
    Request r;
    QString url = route.url;
    if (route.format != QLatin1String("pagerduty"))
        url.replace(kSecret, secret);
    r.url = QUrl(url);
    QJsonObject body;
    if (route.format == QLatin1String("slack")) {
        body = slack(batch);
    } else if (route.format == QLatin1String("teams")) {
        body = teams(batch);
    } else if (route.format == QLatin1String("pagerduty")) {
        body = pagerDuty(batch, secret);
    } else if (batch.digest) {
        QJsonArray alerts;
        for (const AlertMessage &m : batch.messages)
            alerts << generic(m);
        body = {{QStringLiteral("event"), QStringLiteral("digest")},
                {QStringLiteral("text"), digestTitle(batch)},
                {QStringLiteral("route"), route.name},
                {QStringLiteral("count"), int(batch.messages.size())},
                {QStringLiteral("alerts"), alerts}};
    } else {
        body = generic(batch.messages.first());
    }
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

} // namespace AlertFormat

} // namespace hd
