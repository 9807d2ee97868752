#pragma once

#include "TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

#include <csignal>
#include <memory>

namespace hd::test {

// A process of the suite's (a worker, the simulator), its output in a file so
// that nothing has to read a pipe, stopped (SIGTERM, then SIGKILL) when it
// goes.
struct Child
{
    std::unique_ptr<QProcess> p = std::make_unique<QProcess>();
    QTemporaryFile log;
    Child()
    {
        log.open();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setStandardOutputFile(log.fileName());
    }
    QString output()
    {
        QFile f(log.fileName());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    ~Child()
    {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            p->waitForFinished(2000);
        }
    }
};

// `healdesk worker` on a test database, its service key (base64 seed) handed
// over on standard input; env adds to the suite's environment.
inline std::unique_ptr<Child> startWorkerProcess(const QString &database, const QByteArray &seedBase64,
                                                 const QString &interval = QStringLiteral("0.5"),
                                                 const QProcessEnvironment &extra = {})
{
    auto c = std::make_unique<Child>();
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGDATABASE"), database);
    env.insert(extra);
    c->p->setProcessEnvironment(env);
    c->p->start(QStringLiteral(HEALDESK_EXECUTABLE),
                {QStringLiteral("worker"), QStringLiteral("--interval"), interval, QStringLiteral("--signing-key-stdin")});
    if (!c->p->waitForStarted())
        return c;
    c->p->write(seedBase64 + '\n');
    // The pipe is written only when asked to: a test may run no event loop.
    c->p->waitForBytesWritten(5000);
    c->p->closeWriteChannel();
    return c;
}

// Kills the leading one of two workers with SIGKILL (no chance to hand over) and returns it; nullptr when
// neither leads.
inline Child *killLeader(TestDatabase &t, Child *a, Child *b)
{
    const qint64 leader = t.scalar(QStringLiteral("SELECT pid FROM healdesk_workers WHERE is_leader AND stopped_at IS NULL "
                                                  "ORDER BY beat_at DESC LIMIT 1"))
                              .toLongLong();
    Child *dying = leader == a->p->processId() ? a : (leader == b->p->processId() ? b : nullptr);
    if (dying) {
        ::kill(pid_t(dying->p->processId()), SIGKILL);
        dying->p->waitForFinished(5000);
    }
    return dying;
}

} // namespace hd::test
