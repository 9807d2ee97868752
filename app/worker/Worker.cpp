#include "Worker.h"

#include "Alerts.h"
#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "Keys.h"
#include "OrderSchedules.h"
#include "Orders.h"
#include "ReportArchive.h"
#include "ReportDocument.h"
#include "Reports.h"
#include "Rollups.h"
#include "Workers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>
#include <QTimer>

namespace hd {

namespace {
struct WorkerText
{
    Q_DECLARE_TR_FUNCTIONS(Worker)
};
} // namespace

Worker::Worker(Options options, std::shared_ptr<const Signer> signer, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_db(std::make_unique<Database>(m_options.config)),
      m_lock(std::make_unique<Database>(m_options.config)), m_id(QUuid::createUuid()), m_timer(new QTimer(this)),
      m_network(new QNetworkAccessManager(this))
{
    if (m_options.host.isEmpty())
        m_options.host = QHostInfo::localHostName();
    m_db->setSigner(std::move(signer));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Worker::tick);
}

Worker::~Worker() = default;

void Worker::start()
{
    log(WorkerText::tr("worker %1 on %2 (pid %3) started; checking every %4 s")
            .arg(m_id.toString(QUuid::WithoutBraces).left(8), m_options.host)
            .arg(QCoreApplication::applicationPid())
            .arg(m_options.intervalMs / 1000.0));
    QTimer::singleShot(0, this, &Worker::tick);
}

void Worker::log(const QString &line)
{
    QTextStream(stderr) << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ' ' << line << Qt::endl;
    emit logLine(line);
}

void Worker::failed(const QString &what, const Error &error)
{
    const QString line = WorkerText::tr("%1 failed: %2").arg(what, error.message().simplified());
    // The same problem every tick is said once, until it changes.
    if (line != m_lastProblem)
        log(line);
    m_lastProblem = line;
}

void Worker::beat()
{
    const QUuid id = m_id;
    const QString host = m_options.host;
    const qint64 pid = QCoreApplication::applicationPid();
    const bool leading = m_leading;
    m_db->runSync([&](Session &s) {
        Workers::beat(s, id, host, pid, QCoreApplication::applicationVersion(), leading);
    });
}

void Worker::lead()
{
    if (m_leading) {
        // The lock lives as long as its connection: if that broke, the lead is gone.
        try {
            m_lock->runSync([](Session &s) { s.script(QStringLiteral("SELECT 1"), QStringLiteral("worker lock")); });
        } catch (const Error &e) {
            m_leading = false;
            log(WorkerText::tr("lost the lead: %1").arg(e.message().simplified()));
        }
        return;
    }
    const bool got = m_lock->runSync([](Session &s) {
        auto q = s.query(QStringLiteral("worker_lock"));
        return q.next() && q.flag("got");
    });
    if (got) {
        m_leading = true;
        log(WorkerText::tr("leading: this worker runs the jobs"));
    }
}

void Worker::runJobs()
{
    auto job = [this](const QString &name, auto fn) {
        try {
            fn();
        } catch (const Error &e) {
            failed(name, e);
        }
    };
    job(QStringLiteral("drain"), [this] {
        const qint64 moved = m_db->runSync([](Session &s) { return Rollups::drain(s); });
        if (moved > 0)
            log(WorkerText::tr("drain: moved %n queued telemetry change(s) into the rollups", nullptr, int(moved)));
    });
    job(QStringLiteral("expire"), [this] {
        const int expired = m_db->runSync([](Session &s) { return Orders::expire(s); });
        if (expired > 0)
            log(WorkerText::tr("expire: %n order(s) passed their time to live", nullptr, expired));
    });
    job(QStringLiteral("archive"), [this] { archiveReports(); });
    if (!m_sinceSla.isValid() || m_sinceSla.hasExpired(60000)) {
        m_sinceSla.start();
        job(QStringLiteral("sla"), [this] {
            const int added = m_db->runSync([](Session &s) { return AlertOutbox::slaBreaches(s, Clock::now(s)); });
            if (added > 0)
                log(WorkerText::tr("sla: %n alert(s) for incidents past their SLA", nullptr, added));
            const int pruned = m_db->runSync([](Session &s) { return AlertOutbox::prune(s, Clock::now(s)); });
            if (pruned > 0)
                log(WorkerText::tr("alerts: %n delivered alert(s) older than 90 days removed", nullptr, pruned));
        });
    }
    job(QStringLiteral("alerts"), [this] { deliverAlerts(); });
    job(QStringLiteral("schedules"), [this] { releaseSchedules(); });
    job(QStringLiteral("release"), [this] {
        const QList<Orders::Released> released = m_db->runSync([](Session &s) {
            return Orders::releaseDue(s, Clock::now(s));
        });
        for (const Orders::Released &r : released) {
            log(WorkerText::tr("release: held order %1 written for appliance %2, expires %3")
                    .arg(r.orderId, r.applianceId, r.expiresAt.toUTC().toString(Qt::ISODate)));
        }
    });
}

void Worker::archiveReports()
{
    // A few reports a round, so a worker catching up after months away still beats and releases orders.
    const QList<ReportArchive::Due> due =
        m_db->runSync([](Session &s) { return ReportArchive::due(s, Clock::now(s), 3); });
    for (const ReportArchive::Due &d : due) {
        if (m_options.useLanguage)
            m_options.useLanguage(d.schedule.language);
        Scope scope;
        if (d.schedule.partnerId.isEmpty())
            scope.siteIds = {d.schedule.siteId};
        else
            scope.partnerId = d.schedule.partnerId;
        scope.from = d.from;
        scope.to = d.to;
        ReportOptions options;
        options.staleDays = d.schedule.staleDays;
        ReportData report = m_db->runSync([&scope, &options](Session &s) {
            ReportData r = Reports::build(s, scope, nullptr, options);
            Reports::sign(s, r);
            return r;
        });
        const QPageSize size(d.schedule.pageSize == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4);
        const QByteArray pdf =
            d.schedule.formats.contains(QLatin1String("pdf")) ? ReportWriter::pdfBytes(report, size) : QByteArray();
        const QByteArray csv = d.schedule.formats.contains(QLatin1String("csv")) ? Reports::toCsv(report) : QByteArray();
        if (m_options.useLanguage)
            m_options.useLanguage(QString());
        const QString keyId = report.signer ? report.signer->key->keyId() : QString();
        const bool stored = m_db->runSync([&](Session &s) {
            return ReportArchive::store(s, d, report.reportId, report.digest(), keyId, pdf, csv);
        });
        if (stored) {
            log(WorkerText::tr("archive: %1's report for %2 kept (%3)")
                    .arg(d.schedule.scopeName, d.from.toString(QStringLiteral("yyyy-MM")),
                         keyId.isEmpty() ? WorkerText::tr("unsigned: %1").arg(report.unsignedReason)
                                         : WorkerText::tr("signed with key %1").arg(keyId.left(12))));
        }
    }
}

void Worker::releaseSchedules()
{
    const QList<OrderSchedules::Due> due =
        m_db->runSync([](Session &s) { return OrderSchedules::due(s, Clock::now(s)); });
    if (due.isEmpty())
        return;
    QHash<qint64, OrderSchedule> schedules;
    for (const OrderSchedule &s : m_db->runSync([](Session &s) { return OrderSchedules::list(s, Clock::now(s)); }))
        schedules.insert(s.id, s);
    for (const OrderSchedules::Due &d : due) {
        const auto it = schedules.constFind(d.scheduleId);
        if (it == schedules.cend())
            continue;
        const QString when = d.at.toUTC().toString(Qt::ISODate);
        if (!d.due) {
            m_db->runSync([&d](Session &s) { OrderSchedules::markMissed(s, d.scheduleId, d.at); });
            log(WorkerText::tr("schedule %1: the occurrence of %2 was missed (no worker ran while it was due)")
                    .arg(d.scheduleId)
                    .arg(when));
            continue;
        }
        const OrderSchedule schedule = *it;
        const OrderBatch batch =
            m_db->runSync([&schedule, &d](Session &s) { return OrderSchedules::release(s, schedule, d.at); });
        log(batch.note.isEmpty()
                ? WorkerText::tr("schedule %1: the occurrence of %2 released as a batch of %n order(s)", nullptr,
                                 int(batch.orderIds.size()))
                      .arg(d.scheduleId)
                      .arg(when)
                : WorkerText::tr("schedule %1: the occurrence of %2 released as a batch of %n order(s); refused: %3",
                                 nullptr, int(batch.orderIds.size()))
                      .arg(d.scheduleId)
                      .arg(when, batch.note));
    }
}

QString Worker::alertSecret(qint64 routeId, QString *why)
{
    if (const auto it = m_secrets.constFind(routeId); it != m_secrets.cend())
        return *it;
    if (m_installation.isEmpty())
        m_installation = m_db->runSync([](Session &s) { return Keys::identity(s).installationId; });
    const QString secret = AlertRoutes::findSecret(m_installation, routeId, why);
    if (!secret.isEmpty())
        m_secrets.insert(routeId, secret);
    return secret;
}

void Worker::deliverAlerts()
{
    // One round at a time: the next claims what this one did not send.
    if (!m_alertsInFlight.isEmpty())
        return;
    const QUuid id = m_id;
    const QList<AlertOutbox::Batch> batches =
        m_db->runSync([&id](Session &s) { return AlertOutbox::claim(s, id, Clock::now(s)); });
    for (const AlertOutbox::Batch &batch : batches) {
        const QString what = batch.digest ? WorkerText::tr("digest of %n alert(s)", nullptr, int(batch.messages.size()))
                                          : batch.messages.first().key;
        QString why;
        const QString secret = batch.route.hasSecret ? alertSecret(batch.route.id, &why) : QString();
        if (batch.route.hasSecret && secret.isEmpty()) {
            m_db->runSync([&](Session &s) { AlertOutbox::failed(s, batch, Clock::now(s), why, false); });
            log(WorkerText::tr("alert: route %1 (%2): %3 not sent: %4").arg(batch.route.id).arg(batch.route.name, what, why));
            continue;
        }
        const AlertFormat::Request request = AlertFormat::request(batch, secret);
        QNetworkRequest r(request.url);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        r.setTransferTimeout(15000);
        QNetworkReply *reply = m_network->post(r, request.body);
        m_alertsInFlight.insert(reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, batch, secret, what] {
            m_alertsInFlight.remove(reply);
            reply->deleteLater();
            if (m_stopping)
                return; // its lease is given back; the next leader sends it
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QString error = status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
            // Never log or store the secret, which Qt's messages may quote in the URL.
            if (!secret.isEmpty())
                error.replace(secret, QStringLiteral("{secret}"));
            try {
                if (status >= 200 && status < 300) {
                    m_db->runSync([&](Session &s) { AlertOutbox::delivered(s, batch, Clock::now(s)); });
                    log(WorkerText::tr("alert: route %1 (%2): %3 delivered (%4)")
                            .arg(batch.route.id)
                            .arg(batch.route.name, what, error));
                } else {
                    // A 4xx other than 408 and 429 will not get better by asking again.
                    const bool permanent = status >= 400 && status < 500 && status != 408 && status != 429;
                    m_db->runSync([&](Session &s) { AlertOutbox::failed(s, batch, Clock::now(s), error, permanent); });
                    const int tries = batch.messages.first().attempts + 1;
                    log(permanent || tries >= AlertOutbox::kMaxAttempts
                            ? WorkerText::tr("alert: route %1 (%2): %3 given up after %4 tries: %5")
                                  .arg(batch.route.id)
                                  .arg(batch.route.name, what)
                                  .arg(tries)
                                  .arg(error)
                            : WorkerText::tr("alert: route %1 (%2): %3 failed (%4), tried again later")
                                  .arg(batch.route.id)
                                  .arg(batch.route.name, what, error));
                }
            } catch (const Error &e) {
                failed(QStringLiteral("alerts"), e); // the lease lapses and the alert is sent again
            }
        });
    }
}

void Worker::tick()
{
    if (m_stopping)
        return;
    try {
        lead();
        beat();
        if (m_leading)
            runJobs();
        if (m_backoffSeconds > 0)
            log(WorkerText::tr("database reachable again"));
        m_backoffSeconds = 0;
        m_lastProblem.clear();
    } catch (const Error &e) {
        // Unreachable or cut off: the lead (if any) went with the connection.
        if (m_leading)
            log(WorkerText::tr("lost the lead: %1").arg(e.message().simplified()));
        m_leading = false;
        m_backoffSeconds = m_backoffSeconds == 0 ? 1 : std::min(30, m_backoffSeconds * 2);
        failed(WorkerText::tr("database"), e);
        log(WorkerText::tr("retrying in %n s", nullptr, m_backoffSeconds));
        m_timer->start(m_backoffSeconds * 1000);
        return;
    }
    m_timer->start(m_options.intervalMs);
}

void Worker::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_timer->stop();
    const auto inFlight = m_alertsInFlight;
    for (QNetworkReply *reply : inFlight)
        reply->abort();
    try {
        const QUuid id = m_id;
        if (m_leading)
            m_db->runSync([&id](Session &s) { AlertOutbox::release(s, id); });
        if (m_leading)
            m_lock->runSync([](Session &s) { s.query(QStringLiteral("worker_unlock")); });
        m_db->runSync([&id](Session &s) { Workers::stopped(s, id); });
    } catch (const Error &e) {
        log(WorkerText::tr("stopping: %1").arg(e.message().simplified()));
    }
    m_leading = false;
    log(WorkerText::tr("stopped"));
    emit finished();
}

} // namespace hd
