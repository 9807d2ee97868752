// Starts `healdesk --demo` under a real X server (Xvfb), opens every page,
// saves a screenshot of each under the build folder, and checks that the
// private cluster was stopped on exit; a second start reuses it.
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class Xvfb
{
public:
    Xvfb()
    {
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (exe.isEmpty())
            return;
        m_process.setProgram(exe);
        // -displayfd: the server picks a free display and writes its number to fd 1.
        m_process.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                QStringLiteral("0"), QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"),
                                QStringLiteral("tcp")});
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return;
        QByteArray out;
        while (!out.contains('\n') && m_process.waitForReadyRead(10000))
            out += m_process.readAllStandardOutput();
        m_display = QStringLiteral(":") + QString::fromLatin1(out.trimmed());
    }
    ~Xvfb()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};

struct DemoRun
{
    int code = -1;
    QString err;
};

DemoRun runDemo(const QString &display, const QString &demoDir, const QString &shots, const QString &config)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HEALDESK_DEMO_DIR"), demoDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    // The demo must need no server settings at all.
    for (const char *name : {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE"})
        env.remove(QString::fromLatin1(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HEALDESK_EXECUTABLE), {QStringLiteral("--demo"), QStringLiteral("--screenshots"), shots});
    const bool finished = p.waitForFinished(240000);
    if (!finished)
        p.kill();
    return {finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardError())};
}

} // namespace

TEST(Smoke, DemoOpensEveryPageUnderXvfbAndStopsItsCluster)
{
    Xvfb x;
    ASSERT_FALSE(x.display().isEmpty()) << "Xvfb did not start (scripts/test installs the xvfb package)";
    QTemporaryDir tmp(QStringLiteral("/tmp/healdesk-smoke-XXXXXX"));
    ASSERT_TRUE(tmp.isValid());
    // When the tests run as root the demo server runs as postgres, which must reach this folder.
    QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther);
    const QString demoDir = tmp.filePath(QStringLiteral("demo"));
    const QString shots = QStringLiteral(HEALDESK_BINARY_DIR "/screenshots");
    QDir(shots).removeRecursively();

    const DemoRun first = runDemo(x.display(), demoDir, shots, tmp.filePath(QStringLiteral("config")));
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains(QStringLiteral("demo fleet generated"))) << first.err.toStdString();
    const QStringList pngs = QDir(shots).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(pngs.size(), 12) << pngs.join(QLatin1Char(' ')).toStdString();
    for (const QString &png : pngs) {
        const QImage image(QDir(shots).filePath(png));
        // Pages are window grabs; the last picture is the run-runbook dialog.
        EXPECT_GE(image.width(),
                  png.contains(QStringLiteral("run-runbook")) || png.contains(QStringLiteral("shortcuts")) ? 400 : 800)
            << png.toStdString();
        EXPECT_GE(image.height(), 400) << png.toStdString();
        // A blank or single-colour grab would be a failed page.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int xx = 0; xx < image.width(); xx += 7)
                colours.insert(image.pixel(xx, y));
        EXPECT_GT(colours.size(), 20) << png.toStdString();
    }
    EXPECT_TRUE(QFileInfo::exists(demoDir + QStringLiteral("/PG_VERSION")));
    EXPECT_FALSE(QFileInfo::exists(demoDir + QStringLiteral("/postmaster.pid"))) << "the demo cluster is still running";

    const DemoRun second =
        runDemo(x.display(), demoDir, tmp.filePath(QStringLiteral("shots2")), tmp.filePath(QStringLiteral("config")));
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(QStringLiteral("reusing the demo database"))) << second.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(demoDir + QStringLiteral("/postmaster.pid")));
}
