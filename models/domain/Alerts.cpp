#include "Alerts.h"

#include "Channels.h"
#include "Database.h"
#include "Deliver.h"

#include <QCoreApplication>
#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroSignal>
#include <QCoro/QCoroTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSqlQuery>
#include <QTimer>

namespace hd {

namespace {
struct AlertsMsg
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};
} // namespace

WebhookSender::WebhookSender(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

WebhookSender::~WebhookSender()
{
    m_closing = true;
    emit wake(kClosing);
    const auto replies = m_inFlight;
    for (QObject *reply : replies)
        static_cast<QNetworkReply *>(reply)->abort();
}

void WebhookSender::setRetries(int retries, int firstBackoffMs)
{
    m_retries = retries;
    m_backoffMs = firstBackoffMs;
}

QCoro::Task<bool> WebhookSender::post(QJsonObject payload)
{
    QPointer<WebhookSender> self(this);
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QString why;
    for (int attempt = 0; attempt <= m_retries; ++attempt) {
        if (attempt > 0) {
            const int token = ++m_nextWake;
            QTimer::singleShot(m_backoffMs << (attempt - 1), this, [this, token] { emit wake(token); });
            for (;;) {
                auto waiting = qCoro(this, &WebhookSender::wake);
                const int woke = co_await waiting;
                if (woke == token || woke == kClosing)
                    break;
            }
            if (!self || m_closing)
                co_return false;
        }
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setTransferTimeout(15000);
        ++m_requests;
        QNetworkReply *reply = m_network->post(request, body);
        m_inFlight.insert(reply);
        co_await reply;
        if (!self)
            co_return false; // the reply went with the sender's network manager
        m_inFlight.remove(reply);
        if (m_closing) {
            reply->deleteLater();
            co_return false;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        why = error == QNetworkReply::NoError || status > 0 ? QStringLiteral("HTTP %1").arg(status)
                                                            : reply->errorString();
        reply->deleteLater();
        if (status >= 200 && status < 300) {
            emit delivered(payload);
            co_return true;
        }
        // A 4xx other than 429 will not get better by asking again.
        if (status >= 400 && status < 500 && status != 429)
            break;
    }
    emit failed(payload, why);
    co_return false;
}

AlertDispatcher::AlertDispatcher(Database *db, WebhookSender *sender, QObject *parent)
    : QObject(parent), m_db(db), m_sender(sender)
{
}

QJsonObject AlertDispatcher::incidentPayload(const QString &id, const QString &type, const QString &hostname,
                                             const QString &siteId, const QString &siteName)
{
    return {{QStringLiteral("text"),
             AlertsMsg::tr("Healdesk: critical incident %1 on %2 at %3 (%4)").arg(type, hostname, siteName, id)},
            {QStringLiteral("event"), QStringLiteral("incident.critical")},
            {QStringLiteral("incident_id"), id},
            {QStringLiteral("incident_type"), type},
            {QStringLiteral("hostname"), hostname},
            {QStringLiteral("site_id"), siteId}};
}

QJsonObject AlertDispatcher::orderPayload(const QString &orderId, const QString &runbookId, const QString &hostname,
                                          const QString &siteId, const QString &error, bool rejected)
{
    const QString detail = error.isEmpty() ? QString() : QStringLiteral(": ") + error;
    // A rejected order is a security event: someone wrote an order its appliance does not trust.
    return {{QStringLiteral("text"),
             rejected ? AlertsMsg::tr("Healdesk: order %1 (%2) was REJECTED by %3%4").arg(orderId, runbookId, hostname, detail)
                      : AlertsMsg::tr("Healdesk: order %1 (%2) failed on %3%4").arg(orderId, runbookId, hostname, detail)},
            {QStringLiteral("event"), rejected ? QStringLiteral("order.rejected") : QStringLiteral("order.failed")},
            {QStringLiteral("order_id"), orderId},
            {QStringLiteral("runbook_id"), runbookId},
            {QStringLiteral("hostname"), hostname},
            {QStringLiteral("site_id"), siteId}};
}

void AlertDispatcher::onChange(const QString &channel, const QStringList &ids)
{
    // A bulk change ("*", no ids) is a reload, not a stream of news.
    if (!m_sender->isEnabled() || ids.isEmpty() || (channel != Channel::incidents() && channel != Channel::orders())) {
        emit considered(0);
        return;
    }
    handle(channel, ids);
}

QCoro::Task<> AlertDispatcher::handle(QString channel, QStringList ids)
{
    const bool incidents = channel == Channel::incidents();
    const QString list = ids.join(QLatin1Char(','));
    auto fetch = [incidents, list](Session &s) {
        QList<QJsonObject> payloads;
        QStringList keys;
        auto q =
            s.query(incidents ? QStringLiteral("alert_incidents") : QStringLiteral("alert_orders"), {{"ids", list}});
        while (q.next()) {
            if (incidents) {
                keys << QStringLiteral("incident:") + q.text("incident_id");
                payloads << incidentPayload(q.text("incident_id"), q.text("incident_type"), q.text("hostname"),
                                            q.text("site_id"), q.text("site_name"));
            } else {
                keys << QStringLiteral("order:") + q.text("order_id");
                payloads << orderPayload(q.text("order_id"), q.text("runbook_id"), q.text("hostname"),
                                         q.text("site_id"), q.text("error"), q.text("status") == QLatin1String("rejected"));
            }
        }
        return std::make_pair(keys, payloads);
    };
    QCoro::Task<bool> done = deliver(
        this, m_db->submit(std::move(fetch)),
        [this](const std::pair<QStringList, QList<QJsonObject>> &found) {
            const auto &[keys, payloads] = found;
            int sent = 0;
            for (int i = 0; i < keys.size(); ++i) {
                if (m_sent.contains(keys[i]))
                    continue;
                m_sent.insert(keys[i]);
                ++sent;
                m_sender->post(payloads[i]); // delivery retries on its own; nothing waits for it
            }
            emit considered(sent);
        },
        // The next change tries again; alerts are best effort and never block the console.
        [this](const Error &) { emit considered(0); });
    co_await done;
}

} // namespace hd
