#pragma once

#include "LocalCluster.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace hd::test {

// A PostgreSQL cluster of the test's own, for tests that restart the server,
// need TCP, TLS or password logins, and so must not touch the shared cluster
// that scripts/test starts. useForTests() points TestDatabase at it.
class ScratchCluster
{
public:
    explicit ScratchCluster(bool tcp = false) : m_dir(QDir::tempPath() + QStringLiteral("/healdesk-scratch-XXXXXX"))
    {
        // The server may run as the postgres user (when the tests run as root).
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ReadOther | QFileDevice::ExeOther |
                                                QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        m_server = std::make_unique<LocalCluster>(m_dir.path() + QStringLiteral("/data"));
        m_server->setPort(LocalCluster::freePort());
        m_server->listenOnLoopback(tcp);
    }
    ~ScratchCluster() { m_server.reset(); }

    LocalCluster &server() { return *m_server; }
    QString dir() const { return m_dir.path(); }

    void useForTests()
    {
        qputenv("PGHOST", m_server->socketDir().toLocal8Bit());
        qputenv("PGPORT", QByteArray::number(m_server->port()));
        qputenv("PGUSER", "postgres");
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCluster> m_server;
};

} // namespace hd::test
