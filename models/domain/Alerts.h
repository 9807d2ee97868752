#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <QCoro/QCoroTask>

class QNetworkAccessManager;

namespace hd {

class Database;
class Session;

// Posts a JSON payload to a webhook (Slack/Teams-style: a "text" field plus
// IDs and names, never secrets or patient data), with retries and backoff on
// network errors, 429 and 5xx. Runs on the event loop; never blocks.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    explicit WebhookSender(QObject *parent = nullptr);
    // Wakes every post() still waiting for a reply or a backoff, so none is
    // left suspended (and its coroutine frame leaked) when the sender goes.
    ~WebhookSender() override;
    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    bool isEnabled() const { return m_url.isValid() && !m_url.isEmpty(); }
    void setRetries(int retries, int firstBackoffMs);
    int requestsMade() const { return m_requests; }

    // True once the hook accepted it (2xx); false after the last retry.
    QCoro::Task<bool> post(QJsonObject payload);

Q_SIGNALS:
    void delivered(const QJsonObject &payload);
    void failed(const QJsonObject &payload, const QString &why);
    // A backoff is over (token), or the sender is closing (kClosing).
    void wake(int token);

private:
    static constexpr int kClosing = -1;
    int m_nextWake = 0;
    bool m_closing = false;
    QSet<QObject *> m_inFlight;
    QNetworkAccessManager *m_network;
    QUrl m_url;
    int m_retries = 3;
    int m_backoffMs = 500;
    int m_requests = 0;
};

// Turns live changes into alerts: a new critical incident, an order that failed.
// Each is sent once per console run.
class AlertDispatcher : public QObject
{
    Q_OBJECT
public:
    AlertDispatcher(Database *db, WebhookSender *sender, QObject *parent = nullptr);
    // Connect to ChangeListener::changed.
    void onChange(const QString &channel, const QStringList &ids);

    static QJsonObject incidentPayload(const QString &id, const QString &type, const QString &hostname,
                                       const QString &siteId, const QString &siteName);
    static QJsonObject orderPayload(const QString &orderId, const QString &runbookId, const QString &hostname,
                                    const QString &siteId, const QString &error,
                                    bool rejected = false);

Q_SIGNALS:
    // After each change was looked at (tests wait for it): how many alerts it produced.
    void considered(int alerts);

private:
    QCoro::Task<> handle(QString channel, QStringList ids);

    Database *m_db;
    WebhookSender *m_sender;
    QSet<QString> m_sent;
};

} // namespace hd
