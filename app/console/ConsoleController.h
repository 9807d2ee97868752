#pragma once

#include "Database.h"
#include "Workers.h"

#include <QCoro/QCoroTask>
#include <QElapsedTimer>
#include <QFuture>
#include <QMap>
#include <QObject>
#include <QStringList>

class QTimer;

namespace hd {

class ChangeListener;

// What the console does besides showing pages (alerts are the worker's): the
// rollup drain while no worker runs, the outage state machine (reconnect with backoff), standby polling
// and the coalescing of change notifications. No widgets: MainWindow observes
// its signals and draws them, and a test drives it without a window.
class ConsoleController : public QObject
{
    Q_OBJECT
public:
    // listener may be null (no live refresh, e.g. in widget tests).
    ConsoleController(Database *db, ChangeListener *listener, QObject *parent = nullptr);
    ~ConsoleController() override;

    Database *database() const { return m_db; }
    ChangeListener *listener() const { return m_listener; }

    // The connection as the status bar and the offline banner show it.
    struct Connection
    {
        bool connected = false;
        QString message;   // where to, or why not
        bool live = false; // notifications flow (false also without a listener)
        QString liveMessage;
        bool outage = false;  // broke since the pages last loaded; reconnecting
        bool probing = false; // a reconnect attempt is under way
        int secondsLeft = 0;  // to the next attempt
    };
    const Connection &connection() const { return m_state; }

    // A page's load failed: a server that cannot be reached at all (the
    // console may have started while it was down) starts the reconnect loop.
    void loadFailed();
    // Tries to reconnect now instead of at the next tick of the backoff.
    void reconnectNow();

    // A reload that a batch of changes started is under way; batches wait for
    // it (at most a minute) until refreshFinished(), so a page whose query
    // takes longer than the gap between notifications still shows data.
    void refreshStarted();
    void refreshFinished();
    // Merges one notification into the batch that goes out 150 ms later.
    // Empty ids mean "anything on this channel" and are kept as "*".
    void noteChange(const QString &channel, const QStringList &ids);

    void setDrainInterval(int ms);
    bool isDraining() const;
    // Whether a `healdesk worker` leads (checked with each drain tick); while
    // none does, this console drains the rollups itself.
    const WorkerStatus &worker() const { return m_worker; }
    bool workerChecked() const { return m_workerChecked; }

    // The technician's signing key as the status bar shows it.
    struct Signing
    {
        bool checked = false; // the database and the keychain were asked
        QString login;
        QString keyId; // empty: this workstation holds no key for the login
        QString state; // pending, approved, expired, revoked; empty when the database does not know the key
        QString note;  // why there is no key (the keychain could not be reached, ...)
        bool admin = false;
    };
    const Signing &signing() const { return m_signing; }
    // Loads the login's key from the system keychain (off the GUI thread)
    // unless the connection signs already (the demo's key), and asks the
    // database for its state. Called on the first connection and after a key
    // was made.
    QCoro::Task<> loadSigner();

signals:
    void connectionChanged();
    // After an outage or a listener reconnect: anything may have changed.
    void reloadNeeded();
    // A batch of changes by channel; an empty list means "anything".
    void changesReady(const QMap<QString, QStringList> &changes);
    void readRouteChanged(const Database::ReadRoute &route);
    // Something went wrong in the background that the technician should see.
    void problem(const QString &message);
    void signingChanged();
    void workerChanged();

private:
    void setDbState(bool connected, const QString &message);
    void setLiveState(bool listening, const QString &message);
    void flushChanges();
    void scheduleReconnect();
    void enterOutage();
    QCoro::Task<> probe();
    QCoro::Task<> drainRollups();
    QCoro::Task<> checkStandby();

    Database *m_db;
    ChangeListener *m_listener;
    QTimer *m_changeTimer;
    QTimer *m_reconnectTick;
    QTimer *m_drainTimer;
    Connection m_state;
    int m_reconnectDelay = 1; // seconds, doubled after each failed attempt up to 30
    QMap<QString, QStringList> m_pendingChanges;
    bool m_refreshing = false;
    QElapsedTimer m_refreshStarted;
    bool m_checkingStandby = false;
    QFuture<Database::ReadRoute> m_standbyCheck;
    Signing m_signing;
    WorkerStatus m_worker;
    bool m_workerChecked = false;
    bool m_signerRequested = false;
};

} // namespace hd
