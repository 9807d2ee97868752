#pragma once

#include <QProcess>
#include <QStringList>

namespace hd::test {

// A finished child process: exit code (-1 when it crashed or timed out) and its output.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs program with args, on the test cluster's database when one is named.
inline CliRun runProgram(const QString &program, const QStringList &args, const QString &database = {})
{
    QProcess p;
    if (!database.isEmpty()) {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDATABASE"), database);
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    if (!p.waitForFinished(180000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline CliRun runHealdesk(const QStringList &args, const QString &database = {})
{
    return runProgram(QStringLiteral(HEALDESK_EXECUTABLE), args, database);
}

} // namespace hd::test
