#pragma once

#include "ConnectionConfig.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace hd {

namespace detail {
class ListenerWorker;
}

// The dedicated LISTEN connection. It lives on its own thread, so a long query
// on the database thread never delays a notification. Payloads carry IDs only
// ("*" for a bulk change). When the connection breaks it reconnects with
// backoff, resubscribes, and says so with reconnected(), after which views
// reload everything they show.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    static const QStringList &channels();

    explicit ChangeListener(ConnectionConfig config, QObject *parent = nullptr);
    ~ChangeListener() override;

    void start();
    bool isListening() const;

Q_SIGNALS:
    // channel is e.g. "healdesk_incidents"; ids empty means "anything may have changed".
    void changed(const QString &channel, const QStringList &ids);
    void listeningChanged(bool listening, const QString &message);
    void reconnected();

private:
    QThread m_thread;
    detail::ListenerWorker *m_worker = nullptr;
};

} // namespace hd
