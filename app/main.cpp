#include "Cli.h"
#include "ConnectDialog.h"
#include "ConsoleController.h"
#include "Demo.h"
#include "Error.h"
#include "HttpInbox.h"
#include "Language.h"
#include "MainWindow.h"
#include "Migrator.h"
#include "Profiles.h"
#include "UpgradeDialog.h"

#include "ChangeListener.h"
#include "ConnectionConfig.h"
#include "Database.h"
#include "ScreenshotTour.h"
#include "Session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include "Icons.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTextStream>

#include <memory>
#include <optional>

namespace {

struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Healdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("healdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEALDESK_VERSION));
}

// The command line speaks the console's language (the View > Language setting, else the system
// locale); warnings about missing translations are for the console only.
void useLanguage(QCoreApplication &app)
{
    hd::Language::install(app, hd::Language::choose({}).code);
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        MainText::tr("Healdesk, the operations console for MSP technicians.\n\nCommands: %1 (run "
                     "\"healdesk COMMAND --help\").")
            .arg(hd::cli::names()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), MainText::tr("PostgreSQL URI (libpq form); default: PG* variables."),
                      QStringLiteral("uri")});
    parser.addOption({QStringLiteral("profile"),
                      MainText::tr("A saved connection profile (healdesk profile add); password from the system "
                                   "keychain."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("standby"),
                      MainText::tr("A read-only standby of the database (libpq URI): pages, statistics and reports "
                                   "read from it while it keeps up; orders, fixes and admin changes always go to the "
                                   "primary."),
                      QStringLiteral("uri")});
    parser.addOption({QStringLiteral("standby-max-lag"),
                      MainText::tr("Seconds the standby may lag before reads fall back to the primary (default 30)."),
                      QStringLiteral("seconds"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("demo"), MainText::tr("Start a private demo database and open it.")});
    parser.addOption({QStringLiteral("screenshots"),
                      MainText::tr("Open every page, save a PNG of each into DIR once it shows data, and quit "
                                   "(used by the smoke test and the user guide)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("window-size"),
                      MainText::tr("Open the window at WIDTHxHEIGHT pixels, e.g. 800x600 (for the screenshot tour at "
                                   "small and large screens)."),
                      QStringLiteral("size")});
    parser.addOption({QStringLiteral("lang"),
                      MainText::tr("Interface language: en, es or de (default: the View > Language setting, else "
                                   "the system locale)."),
                      QStringLiteral("code")});
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (const hd::cli::Subcommand *command = hd::cli::find(args)) {
        if (command->needsFonts) {
            // Printing a PDF needs fonts, hence a Gui application, but never a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            // The offscreen platform warns about XDG_RUNTIME_DIR, which a headless
            // export does not use; keep the command's output to its own lines.
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
                if (type == QtDebugMsg || message.startsWith(QLatin1String("QStandardPaths:")))
                    return;
                QTextStream(stderr) << message << Qt::endl;
            });
            QGuiApplication app(argc, argv);
            setIdentity();
            useLanguage(app);
            // An empty code goes back to the language the program started in.
            hd::cli::setLanguageHook([&app](const QString &code) {
                hd::Language::install(app, code.isEmpty() ? hd::Language::choose({}).code : code);
            });
            return hd::cli::run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        setIdentity();
        useLanguage(app);
        return hd::cli::run(app.arguments());
    }

    // A word that is neither a command nor an option (healdesk bogus) is refused here, in one line, rather than
    // opening a window (which, without a display, aborts). Qt's own options (-platform ...) fail this pre-parse
    // and are left to the application.
    {
        QCommandLineParser pre;
        describeOptions(pre);
        if (pre.parse(args) && !pre.positionalArguments().isEmpty()) {
            QCoreApplication app(argc, argv);
            setIdentity();
            useLanguage(app);
            const QString word = pre.positionalArguments().constFirst();
            // A command after an option (healdesk --db URI order list) is a command all the same, in the wrong place.
            const bool known = hd::cli::isSubcommand({QString(), word});
            QTextStream(stderr)
                << (known ? MainText::tr("healdesk: put the command first: healdesk %1 [options]").arg(word)
                          : MainText::tr("healdesk: unknown command \"%1\"; the commands are %2 "
                                         "(healdesk --help)")
                                .arg(word, hd::cli::names()))
                << Qt::endl;
            return 2;
        }
    }

    // --help and --version print and leave without a display.
    for (const QString &a : std::as_const(args)) {
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--help-all") ||
            a == QLatin1String("--version") || a == QLatin1String("-v")) {
            QCoreApplication app(argc, argv);
            setIdentity();
            useLanguage(app);
            QCommandLineParser parser;
            describeOptions(parser);
            parser.process(app);
            return 0;
        }
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Healdesk"));
    // The installed icon (hicolor theme) and the .desktop entry it belongs to.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("healdesk"), hd::Icons::icon(hd::Icons::Kind::App)));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.healdesk.Healdesk"));

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    QTextStream err(stderr);
    try {
        const hd::Language::Choice language = hd::Language::choose(parser.value(QStringLiteral("lang")));
        for (const QString &warning : hd::Language::install(app, language.code))
            err << "healdesk: " << warning << Qt::endl;
    } catch (const hd::Error &e) {
        err << "healdesk: " << e.message() << Qt::endl;
        return e.exitCode();
    }
    QSize windowSize;
    if (parser.isSet(QStringLiteral("window-size"))) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const auto m = sizePattern.match(parser.value(QStringLiteral("window-size")));
        if (!m.hasMatch()) {
            err << "healdesk: " << MainText::tr("--window-size takes WIDTHxHEIGHT, e.g. 800x600") << Qt::endl;
            return 2;
        }
        windowSize = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    std::unique_ptr<hd::Demo> demo;
    hd::ConnectionConfig config;
    // Starts the private demo cluster with its simulator and worker; its connection goes to config.
    // Which connection is the demo's: its signer, its alert inbox and "no connection dialog" belong to that
    // database alone, not to one the console switched to afterwards.
    hd::ConnectionConfig demoConfig;
    const auto startDemo = [&] {
        if (!demo) {
            demo = std::make_unique<hd::Demo>();
            err << MainText::tr("healdesk: preparing the demo database in ") << demo->dataDir() << Qt::endl;
            demoConfig = demo->prepare();
            demo->startSimulator(demoConfig);
            demo->startWorker(demoConfig);
        }
        config = demoConfig;
    };
    const auto isDemo = [&](const hd::ConnectionConfig &c) {
        return demo && c.host == demoConfig.host && c.port == demoConfig.port && c.dbname == demoConfig.dbname;
    };
    try {
        if (parser.isSet(QStringLiteral("demo")))
            startDemo();
        else
            config = hd::Profiles::resolve(parser.value(QStringLiteral("db")), parser.value(QStringLiteral("profile")));
    } catch (const hd::Error &e) {
        err << "healdesk: " << e.toString().simplified() << Qt::endl;
        return e.exitCode();
    }

    std::optional<hd::ConnectionConfig> standby;
    int maxLag = 30;
    try {
        // --standby on the command line, else the one the profile names (with its lag limit).
        const QString profileName = parser.value(QStringLiteral("profile"));
        QString lagText = parser.value(QStringLiteral("standby-max-lag"));
        if (parser.isSet(QStringLiteral("standby"))) {
            standby = hd::ConnectionConfig::fromUri(parser.value(QStringLiteral("standby")));
        } else if (!demo && !profileName.isEmpty()) {
            standby = hd::Profiles::resolveStandby(profileName);
            const auto profile = hd::Profiles::load(profileName);
            if (standby && profile && profile->standbyMaxLag > 0 && !parser.isSet(QStringLiteral("standby-max-lag")))
                lagText = QString::number(profile->standbyMaxLag);
        }
        bool ok = false;
        maxLag = lagText.toInt(&ok);
        if (!ok || maxLag < 1 || maxLag > 86400)
            throw hd::Error(hd::Error::Code::Config,
                            MainText::tr("--standby-max-lag takes whole seconds from 1 to 86400"));
    } catch (const hd::Error &e) {
        err << "healdesk: " << e.toString().simplified() << Qt::endl;
        return e.exitCode();
    }

    int code = 0;
    // One round per database: File ▸ Connect… or a recent profile closes the window and opens every page again
    // against the other database, with a listener of its own.
    bool wantDemo = false; // File ▸ Connect ▸ Try the demo: started before the next window, never under one
    for (bool again = true; again;) {
        again = false;
        if (wantDemo) {
            wantDemo = false;
            try {
                startDemo();
                standby.reset();
            } catch (const hd::Error &e) {
                QMessageBox::critical(nullptr, MainText::tr("Healdesk"), e.message());
                break;
            }
        }
        const bool demoRound = isDemo(config);
        // The dialogs before the window are windows too: closing the last of them must not end the program (Qt 6
        // posts the quit, and app.exec() would then return at once).
        app.setQuitOnLastWindowClosed(false);
        hd::Database db(config);
        if (standby)
            db.setStandby(*standby, maxLag);
        if (demoRound)
            db.setSigner(demo->signer());
        // A database not at this program's schema gets the upgrade dialog instead of pages that would fail on
        // every query; one that cannot be reached, the connection dialog. Asked on the database thread.
        std::optional<hd::SchemaState> schema;
        QString unreachable;
        try {
            schema = db.runSync([](hd::Session &s) { return hd::Migrator::state(s); });
        } catch (const hd::Error &e) {
            if (e.code() == hd::Error::Code::Connection)
                unreachable = e.message();
        }
        if (!unreachable.isEmpty() && !demoRound) {
            hd::ConnectDialog connect(unreachable);
            hd::ConnectionConfig shown = config;
            shown.password.clear();
            connect.setConfig(shown);
            if (connect.exec() != QDialog::Accepted)
                break;
            try {
                if (connect.demoChosen()) {
                    startDemo();
                    standby.reset();
                } else {
                    config = connect.config();
                    standby = connect.standby();
                }
            } catch (const hd::Error &e) {
                QMessageBox::critical(nullptr, MainText::tr("Healdesk"), e.message());
                break;
            }
            again = true;
            continue;
        }
        if (schema && !schema->isCurrent()) {
            hd::UpgradeDialog upgrade(&db, *schema);
            QCoro::Task<> loading = upgrade.load();
            if (upgrade.exec() != QDialog::Accepted)
                break;
        }
        hd::ChangeListener listener(config);
        listener.start();
        hd::ConsoleController controller(&db, &listener);
        hd::MainWindow window(&controller);
        QObject::connect(&window, &hd::MainWindow::switchDatabase, &window,
                         [&](const hd::ConnectionConfig &next, const std::optional<hd::ConnectionConfig> &nextStandby,
                             const QString &) {
                             config = next;
                             standby = nextStandby;
                             again = true;
                             window.close();
                         });
        QObject::connect(&window, &hd::MainWindow::demoRequested, &window, [&] {
            wantDemo = true;
            again = true;
            window.close();
        });
        app.setQuitOnLastWindowClosed(true);
        if (windowSize.isValid())
            window.resize(windowSize);
        window.show();
        if (demoRound && demo->inbox()) {
            // What the worker posts to the demo's route is counted in the status bar, the latest as its tooltip,
            // as a team's channel would show it.
            auto *inbox = new QLabel(MainText::tr("demo alert inbox: empty"), &window);
            window.statusBar()->insertPermanentWidget(0, inbox);
            QObject::connect(demo->inbox(), &hd::HttpInbox::received, inbox,
                             [inbox, count = 0](const QByteArray &, const QByteArray &body) mutable {
                                 const QString text =
                                     QJsonDocument::fromJson(body).object().value(QStringLiteral("text")).toString();
                                 inbox->setText(MainText::tr("demo alert inbox: %n alert(s)", nullptr, ++count));
                                 inbox->setToolTip(MainText::tr("Latest: %1").arg(text));
                             });
        }
        std::unique_ptr<hd::ScreenshotTour> tour;
        if (parser.isSet(QStringLiteral("screenshots")))
            tour = std::make_unique<hd::ScreenshotTour>(&window, parser.value(QStringLiteral("screenshots")));
        code = app.exec();
        if (tour && !tour->succeeded())
            code = 1;
    }
    // The GUI thread must never have run SQL; say so if it did.
    if (hd::Session::guiThreadViolations() > 0) {
        err << "healdesk: " << hd::Session::guiThreadViolations()
            << MainText::tr(" SQL statement(s) were attempted on the GUI thread") << Qt::endl;
        code = code == 0 ? 1 : code;
    }
    if (demo) {
        try {
            demo->stop();
        } catch (const hd::Error &e) {
            err << "healdesk: " << e.toString().simplified() << Qt::endl;
        }
    }
    return code;
}
