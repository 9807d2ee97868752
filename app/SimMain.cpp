// healdesk-sim: the appliance simulator used by the demo and the tests.
#include "ConnectionConfig.h"
#include "Database.h"
#include "Error.h"
#include "Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("healdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEALDESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates appliance agents: acknowledges and executes pending orders, reports telemetry, checks in, "
        "and optionally produces background drift."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("PostgreSQL URI; default: PG* variables."), QStringLiteral("uri")});
    parser.addOption({QStringLiteral("appliance"), QStringLiteral("Only these appliances (IDs, comma-separated)."),
                      QStringLiteral("ids")});
    parser.addOption({QStringLiteral("interval"), QStringLiteral("Poll interval in milliseconds (default 1000)."),
                      QStringLiteral("ms"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("failure-rate"), QStringLiteral("Share of executions that fail, 0..1 (default 0.1)."),
                      QStringLiteral("rate"), QStringLiteral("0.1")});
    parser.addOption({QStringLiteral("drift-rate"),
                      QStringLiteral("Chance per poll of a new drift incident, 0..1 (default 0)."), QStringLiteral("rate"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default: random)."), QStringLiteral("n"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("duration"), QStringLiteral("Stop after this many seconds (default: run until killed)."),
                      QStringLiteral("s"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("trust"),
                      QStringLiteral("The fleet's trust file (healdesk key export-trust): check every order's "
                                     "signature and mark the ones it does not vouch for rejected."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("Do not print each event.")});
    parser.process(app);

    QTextStream err(stderr);
    auto number = [&](const QString &name, double low, double high) {
        bool ok = false;
        const double v = parser.value(name).toDouble(&ok);
        if (!ok || v < low || v > high) {
            err << "healdesk-sim: --" << name << " must be a number from " << low << " to " << high << Qt::endl;
            std::exit(2);
        }
        return v;
    };
    hd::Simulator::Options options;
    if (parser.isSet(QStringLiteral("appliance")))
        options.appliances = parser.value(QStringLiteral("appliance")).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.intervalMs = int(number(QStringLiteral("interval"), 50, 3600000));
    options.failureRate = number(QStringLiteral("failure-rate"), 0, 1);
    options.driftRate = number(QStringLiteral("drift-rate"), 0, 1);
    options.seed = quint32(number(QStringLiteral("seed"), 0, 4294967295.0));
    options.durationSeconds = int(number(QStringLiteral("duration"), 0, 86400 * 365));
    options.trustFile = parser.value(QStringLiteral("trust"));

    try {
        hd::Database db(hd::ConnectionConfig::fromUriOrEnvironment(parser.value(QStringLiteral("db"))));
        // Fail fast on a bad connection rather than retrying silently.
        db.runSync([](hd::Session &s) { s.script(QStringLiteral("SELECT 1"), QStringLiteral("connect")); });
        hd::Simulator sim(&db, options);
        if (!parser.isSet(QStringLiteral("quiet")))
            QObject::connect(&sim, &hd::Simulator::message, [&err](const QString &line) { err << line << Qt::endl; });
        QObject::connect(&sim, &hd::Simulator::finished, &app, &QCoreApplication::quit);
        sim.start();
        const int code = app.exec();
        err << "healdesk-sim: " << sim.completed() << " completed, " << sim.failed() << " failed, " << sim.rejected()
            << " rejected, " << sim.drifted() << " drift incidents" << Qt::endl;
        return code;
    } catch (const hd::Error &e) {
        err << "healdesk-sim: " << e.toString().simplified() << Qt::endl;
        return e.exitCode();
    }
}
