#pragma once

#include <QDateTime>
#include <functional>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace hd {

class Session;

// Alerts routed once. The database turns each event (a new critical
// incident, a new L3 escalation, an SLA breach, an order that failed, was
// rejected or expired, a report archived) into one outbox row per route that
// wants it (92_alerts.sql); the leading worker delivers them with retries.
// Consoles send nothing.

// Where alerts go: a partner's, a site's or (admins) the whole fleet's.
struct AlertRoute
{
    qint64 id = 0;
    QString name;
    QString partnerId; // at most one of partnerId and siteId; neither: fleet-wide
    QString siteId;
    QString scopeName; // the partner's or site's name; empty when fleet-wide
    // May hold "{secret}", the part kept on the sending machine (never in the database).
    QString url;
    QString format = QStringLiteral("generic"); // generic, slack, teams, pagerduty
    QStringList events;                          // kinds; empty when adding: every kind
    QString minSeverity = QStringLiteral("low");
    int digestHours = 0;                         // 0: one message per event
    QString inWindow = QStringLiteral("mark");   // incidents inside a maintenance window: mark, hold
    bool hasSecret = false; // the URL's {secret}, or PagerDuty's routing key
    QString createdBy;
    QDateTime createdAt;
    // Delivery so far.
    int pending = 0;
    int sent = 0;
    int givenUp = 0;
    QDateTime lastSentAt;
    QString lastError;
};

// One outbox row: an event for a route.
struct AlertMessage
{
    qint64 id = 0;
    qint64 routeId = 0;
    QString key; // kind:object, unique per route
    QString kind;
    QString severity;
    QJsonObject facts;
    QDateTime createdAt;
    int attempts = 0;
};

namespace AlertRoutes {

// The event kinds a route may take.
QStringList kinds();
QStringList formats();
QStringList severities();
// PagerDuty's Events API v2 endpoint, a pagerduty route's URL unless given.
QString pagerDutyUrl();

// Checks and adds a route (audited) and returns its ID. Errors name the
// field: an unknown format, kind or severity, a URL that is not http(s) or
// carries a secret written out (user:password@, a sig=, token=, key= ...
// parameter, a Slack hook's path) instead of "{secret}", a PagerDuty route
// without a routing key, an unknown or unseen partner or site. storeSecret,
// when given, keeps the secret on this machine and runs before the commit,
// so a keychain that refuses leaves no route behind.
qint64 add(Session &session, AlertRoute route, const std::function<void(qint64 id)> &storeSecret = {});
QList<AlertRoute> list(Session &session);
// Stops a route (audited); its undelivered alerts are not sent.
void remove(Session &session, qint64 id);
// Queues a test alert for the route (audited); the worker delivers it like
// any other, never in a digest. Returns its event key.
QString test(Session &session, qint64 id);
// The outbox rows of one route, newest first (for the routes panel).
QList<AlertMessage> recent(Session &session, qint64 routeId, int limit = 50);

// Where the sending machine keeps a route's secret: the systemd credential
// $CREDENTIALS_DIRECTORY/healdesk-alert-ID, else the keychain entry
// "INSTALLATION/route-ID" of the healdesk-alert service.
QString credentialName(qint64 id);
QString keychainEntry(const QString &installationId, qint64 id);
// The secret, and where it was found; empty when neither holds it. A
// keychain that cannot be reached counts as holding none (why says so).
QString findSecret(const QString &installationId, qint64 id, QString *why = nullptr);
void storeSecret(const QString &installationId, qint64 id, const QString &secret);

} // namespace AlertRoutes

namespace AlertOutbox {

// What one POST carries: one message, or a route's digest.
struct Batch
{
    AlertRoute route;
    QList<AlertMessage> messages;
    bool digest = false;
};

// Leases the due alerts to this worker for two minutes: each route's
// undelivered rows whose time has come (a digest route's when its digest is
// due; tests at once), as batches.
QList<Batch> claim(Session &session, const QUuid &worker, const QDateTime &now, int limit = 100);
void delivered(Session &session, const Batch &batch, const QDateTime &now);
// A failed try: retried after a backoff (5 s doubling, at most an hour),
// given up after kMaxAttempts tries, or at once when permanent (a 4xx).
void failed(Session &session, const Batch &batch, const QDateTime &now, const QString &error, bool permanent);
constexpr int kMaxAttempts = 12;
// A stopping worker's leases, back for the next leader.
void release(Session &session, const QUuid &worker);
// Open incidents past their SLA become incident.sla_breach alerts (once
// each); returns the outbox rows added.
int slaBreaches(Session &session, const QDateTime &now);
// Delivered and given-up rows older than 90 days go; returns how many.
int prune(Session &session, const QDateTime &now);

} // namespace AlertOutbox

namespace AlertFormat {

// One line a person reads, in the program's language.
QString text(const AlertMessage &message);

struct Request
{
    QUrl url;
    QByteArray body; // JSON
};
// The POST for a batch in its route's format, the secret put in its place.
// Throws Error(Config) when the route needs a secret and none is given.
Request request(const AlertOutbox::Batch &batch, const QString &secret);

} // namespace AlertFormat

} // namespace hd
