#include "ChangeListener.h"

#include "Channels.h"

#include "Error.h"
#include "Session.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <optional>

namespace hd {

namespace detail {

// Named so an administrator (and the tests) can tell the listening backend apart.
ConnectionConfig withApplicationName(ConnectionConfig config)
{
    if (!config.options.contains(QStringLiteral("application_name")))
        config.options.insert(QStringLiteral("application_name"), QStringLiteral("healdesk-listen"));
    return config;
}

class ListenerWorker : public QObject
{
    Q_OBJECT
public:
    explicit ListenerWorker(ConnectionConfig config)
        : m_config(withApplicationName(std::move(config))),
          m_name(QStringLiteral("healdesk-listen-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
    }

    ~ListenerWorker() override { closeConnection(); }

    std::atomic<bool> listening{false};

public Q_SLOTS:
    void start()
    {
        m_health = new QTimer(this);
        // A liveness check of the listening socket itself, not a poll for data:
        // libpq only notices a dead connection when it is used.
        m_health->setInterval(2000);
        connect(m_health, &QTimer::timeout, this, &ListenerWorker::check);
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &ListenerWorker::connectNow);
        connectNow();
    }

Q_SIGNALS:
    void changed(const QString &channel, const QStringList &ids);
    void listeningChanged(bool listening, const QString &message);
    void reconnected();

private:
    void connectNow()
    {
        closeConnection();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_config.applyTo(db);
        if (!db.open()) {
            const QString message = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
            fail(message);
            return;
        }
        bool ok = true;
        for (const QString &channel : ChangeListener::channels())
            ok = db.driver()->subscribeToNotification(channel) && ok;
        if (!ok) {
            const QString message = db.driver()->lastError().text();
            db = QSqlDatabase();
            closeConnection();
            fail(message);
            return;
        }
        connect(db.driver(), &QSqlDriver::notification, this, &ListenerWorker::onNotification, Qt::UniqueConnection);
        const bool wasEverUp = m_everUp;
        m_everUp = true;
        m_backoffMs = 500;
        listening = true;
        emit listeningChanged(true, m_config.describe());
        if (wasEverUp)
            emit reconnected();
        m_health->start();
    }

    void check()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        std::optional<QString> failure;
        {
            // The handle is released before fail() removes the connection.
            Session session(QSqlDatabase::database(m_name, false));
            try {
                session.script(QStringLiteral("SELECT 1"), QStringLiteral("listener health"));
            } catch (const Error &error) {
                failure = error.message(); // may be empty ("database not open")
            }
        }
        if (failure)
            fail(*failure);
    }

    void fail(const QString &message)
    {
        m_health->stop();
        closeConnection();
        if (listening.exchange(false) || !m_reportedDown) {
            m_reportedDown = true;
            emit listeningChanged(false, message.trimmed());
        }
        m_retry->start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, 15000);
    }

    void closeConnection()
    {
        if (QSqlDatabase::contains(m_name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                if (db.isOpen()) {
                    disconnect(db.driver(), nullptr, this, nullptr);
                    db.close();
                }
            }
            QSqlDatabase::removeDatabase(m_name);
        }
    }

    void onNotification(const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload)
    {
        const QString text = payload.toString();
        QStringList ids;
        if (text != QLatin1String("*"))
            ids = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        m_reportedDown = false;
        emit changed(channel, ids);
    }

    ConnectionConfig m_config;
    QString m_name;
    QTimer *m_health = nullptr;
    QTimer *m_retry = nullptr;
    int m_backoffMs = 500;
    bool m_everUp = false;
    bool m_reportedDown = false;
};

} // namespace detail

const QStringList &ChangeListener::channels()
{
    static const QStringList list = Channel::all();
    return list;
}

ChangeListener::ChangeListener(ConnectionConfig config, QObject *parent)
    : QObject(parent), m_worker(new detail::ListenerWorker(std::move(config)))
{
    m_thread.setObjectName(QStringLiteral("healdesk-listen"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &detail::ListenerWorker::changed, this, &ChangeListener::changed);
    connect(m_worker, &detail::ListenerWorker::listeningChanged, this, &ChangeListener::listeningChanged);
    connect(m_worker, &detail::ListenerWorker::reconnected, this, &ChangeListener::reconnected);
}

ChangeListener::~ChangeListener()
{
    m_thread.quit();
    m_thread.wait();
}

void ChangeListener::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &detail::ListenerWorker::start, Qt::QueuedConnection);
}

bool ChangeListener::isListening() const
{
    return m_worker && m_worker->listening.load();
}

} // namespace hd

#include "ChangeListener.moc"
