#pragma once

#include "ConnectionConfig.h"

#include <QString>
#include <QStringList>

namespace hd {

// A private PostgreSQL cluster from the machine's own PostgreSQL binaries:
// initdb into a folder, Unix socket in that folder, no TCP port. Used by
// `healdesk --demo`. When the caller is root the server runs as the
// `postgres` user, since PostgreSQL refuses to run as root.
class LocalCluster
{
public:
    explicit LocalCluster(QString dataDir);
    ~LocalCluster();

    // The default place for the demo cluster: the user's data folder, or a
    // folder the postgres user can reach when running as root.
    static QString defaultDemoDir();
    // Folder holding initdb/pg_ctl (highest installed version); empty if none.
    static QString findBinDir();

    // initdb when the folder is new, then start unless already running.
    // Throws Error(Io) with pg_ctl's own words on failure.
    void start();
    // Fills this new folder with a base backup of primary (running), set up
    // as its streaming standby (pg_basebackup -R); start() then starts it.
    void cloneAsStandbyOf(const LocalCluster &primary);
    // Stops the server if this object started it.
    void stop();
    // pg_ctl restart -m fast: every connection is cut, as in a server restart.
    void restart();

    // Before start(): also listen on 127.0.0.1:port (the Unix socket keeps the
    // same port number), add "name=value" server settings, and put lines at
    // the top of pg_hba.conf. Used by tests that need TCP, TLS or passwords.
    void setPort(int port) { m_port = port; }
    void listenOnLoopback(bool on) { m_tcp = on; }
    bool listensOnLoopback() const { return m_tcp; }
    void addSetting(const QString &nameEqualsValue) { m_settings << nameEqualsValue; }
    void prependHba(const QString &line) { m_hba << line; }
    int port() const { return m_port; }
    // A TCP port nobody listens on right now.
    static int freePort();

    bool startedHere() const { return m_startedHere; }
    bool initialisedHere() const { return m_initialisedHere; }
    QString dataDir() const { return m_dataDir; }
    QString socketDir() const { return m_dataDir; }
    ConnectionConfig connection(const QString &dbname = QStringLiteral("postgres")) const;

private:
    QString run(const QString &program, const QStringList &args, int timeoutMs, bool *ok) const;
    bool isRunning() const;
    void makeDataDir() const;
    QString serverOptions() const;
    void writeHba() const;

    QString m_dataDir;
    QString m_binDir;
    bool m_startedHere = false;
    bool m_initialisedHere = false;
    int m_port = 5432;
    bool m_tcp = false;
    QStringList m_settings;
    QStringList m_hba;
};

} // namespace hd
