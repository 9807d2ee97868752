#pragma once

#include "ConnectionConfig.h"
#include "Signing.h"

#include <QDateTime>
#include <QObject>
#include <QUuid>

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace hd {

class Database;

// `healdesk worker`: what must happen with no console open. Several may run
// at once; the one holding the advisory lock (7321, 2) on a connection of its
// own leads and runs the jobs (rollup drain, order expiry, releasing held
// orders, recurring orders, scheduled reports, alert delivery); the others wait for the lock and take over within one interval of
// the leader's death, when PostgreSQL drops its connection and its lock. Every
// job's effect is keyed in the database, so even two leaders (a network split)
// would not do one twice. Each worker records a heartbeat. A lost database is
// retried with backoff (1 s doubling to 30 s). One line per job that did
// something, and per change of state, goes to the log (stderr: journald).
class Worker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ConnectionConfig config;
        int intervalMs = 5000;
        QString host; // for the heartbeat; default the machine's name
        // Switches the language archived reports are written in ("" goes
        // back to the program's own); null: reports keep the current one.
        std::function<void(const QString &code)> useLanguage;
    };

    // signer: the worker's approved service key (orders it releases are
    // signed with it), or null.
    Worker(Options options, std::shared_ptr<const Signer> signer, QObject *parent = nullptr);
    ~Worker() override;

    void start();
    // Gives up the lead and marks the heartbeat stopped; then finished().
    void stop();
    bool isLeading() const { return m_leading; }
    QUuid id() const { return m_id; }

    static constexpr int kLockClass = 7321;
    static constexpr int kLockObject = 2;

Q_SIGNALS:
    void finished();
    void logLine(const QString &line);

private:
    void tick();
    void lead();
    void runJobs();
    void archiveReports();
    void releaseSchedules();
    void deliverAlerts();
    QString alertSecret(qint64 routeId, QString *why);
    void beat();
    void log(const QString &line);
    void failed(const QString &what, const class Error &error);

    Options m_options;
    std::unique_ptr<Database> m_db;   // the jobs
    std::unique_ptr<Database> m_lock; // holds the lead, nothing else
    QUuid m_id;
    QTimer *m_timer;
    bool m_leading = false;
    bool m_stopping = false;
    int m_backoffSeconds = 0; // while the database is unreachable
    QString m_lastProblem;
    QNetworkAccessManager *m_network;
    QSet<QNetworkReply *> m_alertsInFlight;       // aborted when the worker stops
    QString m_installation;                       // where this database's secrets are filed in the keychain
    QHash<qint64, QString> m_secrets;             // routes' secrets found so far
    QElapsedTimer m_sinceSla;                     // SLA breaches and the outbox prune: about once a minute
};

} // namespace hd
