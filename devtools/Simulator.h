#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <memory>

#include <QCoro/QCoroTask>

class QTimer;

namespace hd {

class Database;
class TrustStore;

// healdesk-sim: stands in for the agents on appliances. Each tick it checks
// the appliances in, expires orders past their TTL, acknowledges pending
// orders, and a moment later reports each execution to execution_telemetry
// with its order_id (the trigger completes or fails the order). Optionally it
// produces background drift: new incidents healed on L1, L2 or L3.
class Simulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QStringList appliances; // empty: every appliance
        int intervalMs = 1000;
        double failureRate = 0.1;
        double driftRate = 0.0;  // chance per tick of a new drift incident
        quint32 seed = 0;        // 0: random
        int durationSeconds = 0; // 0: until stopped
        int minExecMs = 200;
        int maxExecMs = 1500;
        // The fleet's trust file (healdesk key export-trust). Given one, the
        // simulator plays a signature-checking appliance: it runs only orders
        // the trust file vouches for and marks the rest rejected, with why.
        QString trustFile;
    };

    // Throws Error when the trust file cannot be read.
    Simulator(Database *db, Options options, QObject *parent = nullptr);
    ~Simulator() override;
    void start();

    int completed() const { return m_completed; }
    int failed() const { return m_failed; }
    int drifted() const { return m_drifted; }
    int rejected() const { return m_rejected; }

Q_SIGNALS:
    void finished();
    void message(const QString &line);

private:
    QCoro::Task<> tick();
    QCoro::Task<> execute(QString orderId, QString applianceId, QString runbookId);
    QCoro::Task<> drift();

    Database *m_db;
    Options m_options;
    QRandomGenerator m_random;
    QTimer *m_timer;
    QStringList m_knownAppliances;
    bool m_busy = false;
    int m_completed = 0;
    int m_failed = 0;
    int m_drifted = 0;
    int m_rejected = 0;
    std::shared_ptr<const TrustStore> m_trust;
    QSet<QString> m_ranNonces; // what a checking appliance remembers having run
    int m_inFlight = 0;
};

} // namespace hd
