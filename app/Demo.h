#pragma once

#include "ConnectionConfig.h"
#include "Signing.h"

#include <memory>

class QProcess;

namespace hd {

class HttpInbox;
class LocalCluster;

// `healdesk --demo`: a private cluster from the machine's PostgreSQL binaries,
// migrated and filled with the generator's demo fleet on first use, reused on
// later starts, stopped when the demo ends.
class Demo
{
public:
    Demo();
    ~Demo();
    // Starts (or reuses) the cluster, creates, migrates and fills the demo
    // database if needed. Throws hd::Error.
    ConnectionConfig prepare();
    // Starts healdesk-sim (from the folder of this executable) on the demo
    // database, so orders issued in the demo complete within seconds.
    void startSimulator(const ConnectionConfig &config);
    void stop();
    QString dataDir() const;
    // The demo technician's approved key, in memory only (see DemoSigning).
    std::shared_ptr<const Signer> signer() const { return m_signer; }
    // The fleet's trust file, written beside the cluster for the simulator.
    QString trustFile() const;
    // Starts `healdesk worker` on the demo database with the demo's service
    // key (handed over on its standard input, never in a file).
    void startWorker(const ConnectionConfig &config);
    // The demo's alert inbox: a local HTTP receiver the route "Demo inbox"
    // points at, so Send test (and every alert) arrives somewhere visible.
    HttpInbox *inbox() const { return m_inbox.get(); }

private:
    std::unique_ptr<LocalCluster> m_cluster;
    std::unique_ptr<QProcess> m_simulator;
    std::unique_ptr<QProcess> m_worker;
    std::unique_ptr<HttpInbox> m_inbox;
    std::shared_ptr<const Signer> m_signer;
    std::shared_ptr<const Signer> m_service;
};

} // namespace hd
