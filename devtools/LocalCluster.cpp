#include "LocalCluster.h"

#include "Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

#include <unistd.h>

namespace hd {

namespace {
struct LocalClusterMsg
{
    Q_DECLARE_TR_FUNCTIONS(LocalCluster)
};
} // namespace

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

const QString kSuperuser = QStringLiteral("postgres");

} // namespace

LocalCluster::LocalCluster(QString dataDir) : m_dataDir(QDir(std::move(dataDir)).absolutePath()), m_binDir(findBinDir())
{
}

LocalCluster::~LocalCluster()
{
    try {
        stop();
    } catch (...) {
        // A destructor must not throw; stop() already reported what it could.
    }
}

QString LocalCluster::defaultDemoDir()
{
    if (isRoot())
        return QStringLiteral("/var/tmp/healdesk-demo-root");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/healdesk/demo-cluster");
}

QString LocalCluster::findBinDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString bestDir;
    const auto entries = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &v : entries) {
        const auto version = QVersionNumber::fromString(v);
        if (QFileInfo::exists(root.filePath(v + QStringLiteral("/bin/initdb"))) && version > best) {
            best = version;
            bestDir = root.filePath(v + QStringLiteral("/bin"));
        }
    }
    if (!bestDir.isEmpty())
        return bestDir;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return onPath.isEmpty() ? QString() : QFileInfo(onPath).absolutePath();
}

QString LocalCluster::run(const QString &program, const QStringList &args, int timeoutMs, bool *ok) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString exe = m_binDir + QLatin1Char('/') + program;
    if (isRoot()) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), kSuperuser, QStringLiteral("--"), exe} + args);
    } else {
        process.start(exe, args);
    }
    const bool finished = process.waitForStarted(10000) && process.waitForFinished(timeoutMs);
    *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromLocal8Bit(process.readAll()).trimmed();
}

bool LocalCluster::isRunning() const
{
    bool ok = false;
    run(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), m_dataDir}, 10000, &ok);
    return ok;
}

void LocalCluster::start()
{
    if (m_binDir.isEmpty()) {
        throw Error(Error::Code::Io,
                    LocalClusterMsg::tr("no PostgreSQL server binaries found (install postgresql-15)"));
    }
    if (!QFileInfo::exists(m_dataDir + QStringLiteral("/PG_VERSION"))) {
        makeDataDir();
        bool ok = false;
        const QString out =
            run(QStringLiteral("initdb"),
                {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), kSuperuser, QStringLiteral("--auth=trust"),
                 QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                180000, &ok);
        if (!ok)
            throw Error(Error::Code::Io, LocalClusterMsg::tr("initdb failed: %1").arg(out.right(400)));
        m_initialisedHere = true;
    }
    if (isRunning())
        return;
    writeHba();
    bool ok = false;
    const QString out = run(QStringLiteral("pg_ctl"),
                            {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                             QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
                             m_dataDir + QStringLiteral("/server.log"), QStringLiteral("-o"), serverOptions()},
                            90000, &ok);
    if (!ok)
        throw Error(Error::Code::Io,
                    LocalClusterMsg::tr("the demo database server did not start: %1").arg(out.right(400)));
    m_startedHere = true;
}

void LocalCluster::makeDataDir() const
{
    if (!QDir().mkpath(m_dataDir))
        throw Error(Error::Code::Io, LocalClusterMsg::tr("cannot create %1").arg(m_dataDir));
    QFile::setPermissions(m_dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (isRoot()) {
        bool chownOk = QProcess::execute(QStringLiteral("chown"), {kSuperuser + QStringLiteral(":"), m_dataDir}) == 0;
        if (!chownOk)
            throw Error(Error::Code::Io, LocalClusterMsg::tr("cannot hand %1 to the postgres user").arg(m_dataDir));
    }
}

void LocalCluster::cloneAsStandbyOf(const LocalCluster &primary)
{
    if (m_binDir.isEmpty())
        throw Error(Error::Code::Io,
                    LocalClusterMsg::tr("no PostgreSQL server binaries found (install postgresql-15)"));
    if (QFileInfo::exists(m_dataDir + QStringLiteral("/PG_VERSION")))
        throw Error(Error::Code::Io, LocalClusterMsg::tr("%1 already holds a cluster").arg(m_dataDir));
    makeDataDir();
    bool ok = false;
    const QString out = run(QStringLiteral("pg_basebackup"),
                            {QStringLiteral("-D"), m_dataDir, QStringLiteral("-R"), QStringLiteral("--checkpoint=fast"),
                             QStringLiteral("-X"), QStringLiteral("stream"), QStringLiteral("-h"),
                             // Streams over loopback TCP when the primary listens there.
                             primary.listensOnLoopback() ? QStringLiteral("127.0.0.1") : primary.socketDir(),
                             QStringLiteral("-p"), QString::number(primary.port()), QStringLiteral("-U"), kSuperuser},
                            300000, &ok);
    if (!ok)
        throw Error(Error::Code::Io, LocalClusterMsg::tr("pg_basebackup failed: %1").arg(out.right(400)));
}

void LocalCluster::stop()
{
    if (!m_startedHere)
        return;
    bool ok = false;
    const QString out = run(QStringLiteral("pg_ctl"),
                            {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
                             QStringLiteral("-D"), m_dataDir},
                            60000, &ok);
    m_startedHere = false;
    if (!ok)
        throw Error(Error::Code::Io,
                    LocalClusterMsg::tr("the demo database server did not stop: %1").arg(out.right(400)));
}

void LocalCluster::restart()
{
    bool ok = false;
    const QString out =
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("restart"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
             QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
             m_dataDir + QStringLiteral("/server.log"), QStringLiteral("-o"), serverOptions()},
            90000, &ok);
    if (!ok)
        throw Error(Error::Code::Io,
                    LocalClusterMsg::tr("the database server did not restart: %1").arg(out.right(400)));
    m_startedHere = true;
}

QString LocalCluster::serverOptions() const
{
    // The Unix socket lives in the data folder; TCP only on loopback, and only when asked.
    QString options = QStringLiteral("-c listen_addresses='%1' -c port=%2 -c unix_socket_directories='%3' "
                                     "-c fsync=off -c synchronous_commit=off")
                          .arg(m_tcp ? QStringLiteral("127.0.0.1") : QString())
                          .arg(m_port)
                          .arg(m_dataDir);
    for (const QString &setting : m_settings) {
        const auto eq = setting.indexOf(QLatin1Char('='));
        options += QStringLiteral(" -c %1='%2'").arg(setting.left(eq), setting.mid(eq + 1));
    }
    return options;
}

void LocalCluster::writeHba() const
{
    if (m_hba.isEmpty())
        return;
    QFile file(m_dataDir + QStringLiteral("/pg_hba.conf"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Code::Io, LocalClusterMsg::tr("cannot read %1").arg(file.fileName()));
    const QByteArray existing = file.readAll();
    file.close();
    const QByteArray marker = "# healdesk lines above\n";
    if (existing.contains(marker))
        return;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(Error::Code::Io, LocalClusterMsg::tr("cannot write %1").arg(file.fileName()));
    file.write(m_hba.join(QLatin1Char('\n')).toUtf8() + "\n" + marker + existing);
}

int LocalCluster::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw Error(Error::Code::Io, LocalClusterMsg::tr("no free TCP port on 127.0.0.1"));
    return probe.serverPort();
}

ConnectionConfig LocalCluster::connection(const QString &dbname) const
{
    ConnectionConfig c;
    c.host = socketDir();
    c.port = QString::number(m_port);
    c.user = kSuperuser;
    c.dbname = dbname;
    return c;
}

} // namespace hd
