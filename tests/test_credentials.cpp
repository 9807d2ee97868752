// Credentials and transport on servers of the test's own: passwords only in a
// real Secret Service (GNOME Keyring in a private D-Bus session, started by
// with-keyring.sh, on Xvfb from with-keyring-xvfb.sh), TLS checked against a test CA made here with openssl.

#include "CliRun.h"
#include "ConnectDialog.h"
#include "ConsoleController.h"
#include "Database.h"
#include "FleetFixture.h"
#include "FleetModels.h"
#include "FleetPage.h"
#include "Keychain.h"
#include "MainWindow.h"
#include "Migrator.h"
#include "Profiles.h"
#include "ScratchCluster.h"
#include "Wait.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QProcess>

#include <unistd.h>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

namespace {

void runOrFail(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    ASSERT_TRUE(p.waitForFinished(60000));
    ASSERT_EQ(p.exitCode(), 0) << program.toStdString() << ": " << p.readAll().toStdString();
}

// Hands a file to the server's user with the permissions PostgreSQL insists on.
void serverOwned(const QString &path)
{
    if (::geteuid() == 0)
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:"), path});
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

CliRun healdeskWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(HEALDESK_EXECUTABLE), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Every file under the settings folder, read whole.
QByteArray allSettingsText()
{
    QByteArray text;
    QDirIterator it(qEnvironmentVariable("XDG_CONFIG_HOME"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            text += f.readAll();
    }
    return text;
}

QString sslVersion(Database &db)
{
    return db.runSync([](Session &s) {
        auto q = s.queryText(QStringLiteral("SELECT coalesce((SELECT version FROM pg_stat_ssl WHERE pid = "
                                            "pg_backend_pid() AND ssl), 'off') AS tls"),
                             {}, QStringLiteral("tls check"));
        q.next();
        return q.text("tls");
    });
}

QString connectError(const ConnectionConfig &config)
{
    Database db(config);
    try {
        sslVersion(db);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

// Profiles written by the healdesk program are read here from the same settings file.
void actAsHealdesk()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Healdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("healdesk"));
}

} // namespace

TEST(Credentials, AProfilesPasswordLivesOnlyInTheKeychain)
{
    actAsHealdesk();
    ScratchCluster cluster(true);
    cluster.server().prependHba(QStringLiteral("host all healdesk_pw 127.0.0.1/32 scram-sha-256"));
    cluster.server().start();
    const QString password = QStringLiteral("Kx9'\"; pass wörd %_\\");
    {
        Database admin(cluster.server().connection());
        admin.runSync([&](Session &s) {
            s.queryText(QStringLiteral("SELECT set_config('password_encryption', 'scram-sha-256', false)"), {}, {});
            s.script(QStringLiteral("CREATE ROLE healdesk_pw LOGIN PASSWORD '%1'")
                         .arg(QString(password).replace(QLatin1Char('\''), QStringLiteral("''"))),
                     {});
        });
    }
    const QString uri = QStringLiteral("postgresql://healdesk_pw@127.0.0.1:%1/postgres").arg(cluster.server().port());

    // Without a password the server refuses: the login really needs one.
    EXPECT_FALSE(connectError(ConnectionConfig::fromUri(uri)).isEmpty());

    const CliRun saved = healdeskWithInput({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("clinic"),
                                            QStringLiteral("--db"), uri, QStringLiteral("--password-stdin")},
                                           password.toUtf8() + "\n");
    ASSERT_EQ(saved.code, 0) << saved.err.toStdString();
    EXPECT_TRUE(saved.out.contains(QStringLiteral("password in the system keychain"))) << saved.out.toStdString();

    // The settings file holds the profile and not the password, in any form.
    const QByteArray settings = allSettingsText();
    EXPECT_TRUE(settings.contains("healdesk_pw")) << "profile not in the settings file";
    EXPECT_FALSE(settings.contains(password.toUtf8()));
    EXPECT_FALSE(settings.contains("Kx9")) << settings.toStdString();
    EXPECT_EQ(Keychain::readPassword(QStringLiteral("clinic")), password);

    const CliRun check = runHealdesk({QStringLiteral("profile"), QStringLiteral("check"), QStringLiteral("clinic")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("connected as healdesk_pw"))) << check.out.toStdString();
    const CliRun list = runHealdesk({QStringLiteral("profile"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("clinic"))) << list.out.toStdString();
    EXPECT_FALSE(list.out.contains(QStringLiteral("Kx9")));

    // In-process, the same resolution the console uses for --profile.
    {
        Database db(Profiles::resolve({}, QStringLiteral("clinic")));
        EXPECT_EQ(db.runSync([](Session &s) {
            auto q = s.queryText(QStringLiteral("SELECT current_user::text AS login"), {}, {});
            q.next();
            return q.text("login");
        }),
                  QStringLiteral("healdesk_pw"));
    }

    // A wrong password in the keychain: refused, and no message repeats what was tried.
    Keychain::writePassword(QStringLiteral("clinic"), QStringLiteral("Wrong-Zq7"));
    const CliRun wrong = runHealdesk({QStringLiteral("stats"), QStringLiteral("--profile"), QStringLiteral("clinic")});
    EXPECT_NE(wrong.code, 0);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("password authentication failed"))) << wrong.err.toStdString();
    EXPECT_FALSE(QString(wrong.out + wrong.err).contains(QStringLiteral("Zq7")));

    // The password gone from the keychain: a clear error that says what to do.
    Keychain::deletePassword(QStringLiteral("clinic"));
    const CliRun gone = runHealdesk({QStringLiteral("profile"), QStringLiteral("check"), QStringLiteral("clinic")});
    EXPECT_NE(gone.code, 0);
    EXPECT_TRUE(gone.err.contains(QStringLiteral("not in the system keychain"))) << gone.err.toStdString();

    // Removing the profile removes it from the settings too; unknown names are named.
    EXPECT_EQ(runHealdesk({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("clinic")}).code, 0);
    EXPECT_FALSE(Profiles::load(QStringLiteral("clinic")).has_value());
    const CliRun unknown =
        runHealdesk({QStringLiteral("stats"), QStringLiteral("--profile"), QStringLiteral("clinic")});
    EXPECT_NE(unknown.code, 0);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no profile named \"clinic\""))) << unknown.err.toStdString();
    const CliRun both = runHealdesk(
        {QStringLiteral("stats"), QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("--db"), uri});
    EXPECT_TRUE(both.err.contains(QStringLiteral("not both"))) << both.err.toStdString();
}

TEST(Credentials, ProfilesRefuseBadNamesModesAndCertificates)
{
    actAsHealdesk();
    auto refusal = [](const QStringList &args) {
        const CliRun r = runHealdesk(QStringList{QStringLiteral("profile"), QStringLiteral("add")} + args);
        EXPECT_NE(r.code, 0) << args.join(QLatin1Char(' ')).toStdString();
        return r.err;
    };
    EXPECT_TRUE(refusal({QStringLiteral("bad name"), QStringLiteral("--db"), QStringLiteral("postgresql://h/db")})
                    .contains(QStringLiteral("profile name")));
    EXPECT_TRUE(refusal({QStringLiteral("p1"), QStringLiteral("--db"), QStringLiteral("postgresql://h/db"),
                         QStringLiteral("--sslmode"), QStringLiteral("verify-everything")})
                    .contains(QStringLiteral("sslmode")));
    EXPECT_TRUE(refusal({QStringLiteral("p2"), QStringLiteral("--db"), QStringLiteral("postgresql://h/db"),
                         QStringLiteral("--sslmode"), QStringLiteral("verify-full")})
                    .contains(QStringLiteral("root certificate")));
    EXPECT_TRUE(refusal({QStringLiteral("p3"), QStringLiteral("--db"), QStringLiteral("postgresql://h/db"),
                         QStringLiteral("--sslmode"), QStringLiteral("verify-full"), QStringLiteral("--sslrootcert"),
                         QStringLiteral("/nonexistent/ca.crt")})
                    .contains(QStringLiteral("not a readable file")));
    EXPECT_TRUE(Profiles::names().isEmpty()) << "a refused profile was saved";
}

TEST(Tls, VerifyFullConnectsWithTheRightCaAndHostAndRefusesOthers)
{
    ScratchCluster cluster(true);
    const QString dir = cluster.dir();
    const QString ec = QStringLiteral("ec");
    const QStringList curve{QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1")};
    const QString openssl = QStringLiteral("openssl");
    // A test CA, a server certificate it signs for "localhost" only, and an unrelated CA.
    runOrFail(openssl,
              QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec} + curve +
                  QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                              QStringLiteral("-out"), QStringLiteral("ca.crt"), QStringLiteral("-days"),
                              QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Healdesk Test CA")},
              dir);
    runOrFail(openssl,
              QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec} + curve +
                  QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("other.key"),
                              QStringLiteral("-out"), QStringLiteral("other.crt"), QStringLiteral("-days"),
                              QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Some Other CA")},
              dir);
    runOrFail(openssl,
              QStringList{QStringLiteral("req"), QStringLiteral("-newkey"), ec} + curve +
                  QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                              QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                              QStringLiteral("/CN=localhost")},
              dir);
    {
        QFile ext(dir + QStringLiteral("/san.ext"));
        ASSERT_TRUE(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=DNS:localhost\n");
    }
    runOrFail(openssl,
              {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
               QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
               QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.crt"),
               QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.ext")},
              dir);
    serverOwned(dir + QStringLiteral("/server.key"));

    cluster.server().addSetting(QStringLiteral("ssl=on"));
    cluster.server().addSetting(QStringLiteral("ssl_cert_file=") + dir + QStringLiteral("/server.crt"));
    cluster.server().addSetting(QStringLiteral("ssl_key_file=") + dir + QStringLiteral("/server.key"));
    // Over TCP only TLS is let in.
    cluster.server().prependHba(QStringLiteral("hostssl all all 127.0.0.1/32 trust"));
    cluster.server().prependHba(QStringLiteral("hostnossl all all 127.0.0.1/32 reject"));
    cluster.server().start();

    const QString port = QString::number(cluster.server().port());
    auto uri = [&](const QString &host, const QString &mode, const QString &ca) {
        return ConnectionConfig::fromUri(
            QStringLiteral("postgresql://postgres@%1:%2/postgres?sslmode=%3&sslrootcert=%4")
                .arg(host, port, mode, dir + QLatin1Char('/') + ca));
    };

    {
        Database good(uri(QStringLiteral("localhost"), QStringLiteral("verify-full"), QStringLiteral("ca.crt")));
        EXPECT_TRUE(sslVersion(good).startsWith(QStringLiteral("TLS"))) << sslVersion(good).toStdString();
    }
    const QString wrongCa =
        connectError(uri(QStringLiteral("localhost"), QStringLiteral("verify-full"), QStringLiteral("other.crt")));
    EXPECT_TRUE(wrongCa.contains(QStringLiteral("certificate verify failed"))) << wrongCa.toStdString();
    const QString wrongHost =
        connectError(uri(QStringLiteral("127.0.0.1"), QStringLiteral("verify-full"), QStringLiteral("ca.crt")));
    EXPECT_TRUE(wrongHost.contains(QStringLiteral("does not match host name"))) << wrongHost.toStdString();
    // verify-ca checks the CA only, so the same address is fine there.
    EXPECT_EQ(connectError(uri(QStringLiteral("127.0.0.1"), QStringLiteral("verify-ca"), QStringLiteral("ca.crt"))),
              QString());
    const QString plain = connectError(ConnectionConfig::fromUri(
        QStringLiteral("postgresql://postgres@localhost:%1/postgres?sslmode=disable").arg(port)));
    EXPECT_TRUE(plain.contains(QStringLiteral("no encryption"))) << plain.toStdString();

    // The same through a saved profile, as a technician would use it.
    const CliRun saved = runHealdesk(
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("tls"), QStringLiteral("--db"),
         QStringLiteral("postgresql://postgres@localhost:%1/postgres").arg(port), QStringLiteral("--sslmode"),
         QStringLiteral("verify-full"), QStringLiteral("--sslrootcert"), dir + QStringLiteral("/ca.crt")});
    ASSERT_EQ(saved.code, 0) << saved.err.toStdString();
    const CliRun check = runHealdesk({QStringLiteral("profile"), QStringLiteral("check"), QStringLiteral("tls")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("TLS TLSv1."))) << check.out.toStdString();
}

// The connection dialog: a wrong password shows the server's own message and connects nothing; the right one
// says who it connected as; Save as profile keeps the address in the profile store and the password, when asked,
// in the keychain only.
TEST(ConnectDialogTest, AWrongPasswordShowsTheServersMessageAndTheRightOneConnectsAndSaves)
{
    // On a real X server (the launcher starts Xvfb), as a technician's desktop shows the dialog.
    ASSERT_EQ(QGuiApplication::platformName(), QStringLiteral("xcb"));
    actAsHealdesk();
    ScratchCluster cluster(true);
    cluster.server().prependHba(QStringLiteral("host all healdesk_dlg 127.0.0.1/32 scram-sha-256"));
    cluster.server().start();
    const QString password = QStringLiteral("c0rrect horse");
    {
        Database admin(cluster.server().connection());
        admin.runSync([&](Session &s) {
            s.script(QStringLiteral("CREATE ROLE healdesk_dlg LOGIN PASSWORD '%1'").arg(password), QStringLiteral("role"));
        });
    }
    ConnectDialog dialog(QStringLiteral("cannot connect: no PGHOST"));
    EXPECT_TRUE(dialog.statusLabel()->text().contains(QStringLiteral("no PGHOST")));
    dialog.hostEdit()->setText(QStringLiteral("127.0.0.1"));
    dialog.portEdit()->setText(QString::number(cluster.server().port()));
    dialog.databaseEdit()->setText(QStringLiteral("postgres"));
    dialog.loginEdit()->setText(QStringLiteral("healdesk_dlg"));
    dialog.tlsBox()->setCurrentIndex(dialog.tlsBox()->findData(QStringLiteral("disable")));
    dialog.passwordEdit()->setText(QStringLiteral("wrong"));
    EXPECT_FALSE(awaitTask(dialog.test()));
    // The server's words, not a paraphrase.
    EXPECT_TRUE(dialog.statusLabel()->text().contains(QStringLiteral("password authentication failed for user "
                                                                     "\"healdesk_dlg\"")))
        << dialog.statusLabel()->text().toStdString();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    awaitTask(dialog.connectAndAccept());
    EXPECT_EQ(accepted.count(), 0) << "a failed connection closed the dialog";

    dialog.passwordEdit()->setText(password);
    EXPECT_TRUE(awaitTask(dialog.test()));
    EXPECT_EQ(dialog.statusLabel()->text(), QStringLiteral("Connected as healdesk_dlg, without TLS."));
    awaitTask(dialog.connectAndAccept());
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_EQ(connectError(dialog.config()), QString());

    const QString name = QStringLiteral("dialog-%1").arg(::getpid());
    dialog.rememberBox()->setChecked(true);
    ASSERT_EQ(dialog.saveProfile(name), QString());
    const auto saved = Profiles::load(name);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->port, QString::number(cluster.server().port()));
    EXPECT_EQ(saved->sslmode, QStringLiteral("disable"));
    EXPECT_TRUE(saved->passwordInKeychain);
    EXPECT_EQ(Keychain::readPassword(name), password);
    EXPECT_FALSE(allSettingsText().contains(password.toUtf8())) << "the password reached the settings file";
    EXPECT_EQ(connectError(Profiles::resolve({}, name)), QString());
    Keychain::deletePassword(name);
    Profiles::remove(name);
}

// File ▸ Recent profiles switches databases: the window asks to be replaced by one on the chosen profile's
// database, and the pages opened there show that database's fleet. Two scratch clusters with different fleets.
TEST(ConnectDialogTest, ARecentProfileSwitchesEveryPageToTheOtherDatabase)
{
    actAsHealdesk();
    ScratchCluster clusterA;
    clusterA.server().start();
    clusterA.useForTests();
    TestDatabase a;
    a.migrate();
    insertSite(a, QStringLiteral("alpha-1"), QStringLiteral("alpha"), {1});
    // The other cluster's database, made and filled through a connection of its own (TestDatabase keeps to the
    // first cluster).
    ScratchCluster clusterB;
    clusterB.server().start();
    const QString dbNameB = QStringLiteral("fleet_b");
    {
        Database admin(clusterB.server().connection());
        admin.runSync([&](Session &s) { s.script(QStringLiteral("CREATE DATABASE ") + dbNameB, QStringLiteral("b")); });
        Database fill(clusterB.server().connection(dbNameB));
        fill.runSync([](Session &s) {
            Migrator::migrate(s);
            s.script(QStringLiteral("INSERT INTO partners (id, name) VALUES ('%1', 'Beta MSP');"
                                    "INSERT INTO sites (id, name, partner_id) SELECT 'beta-' || n, 'Beta ' || n, '%1' "
                                    "  FROM generate_series(1, 3) n;"
                                    "INSERT INTO appliances (site_id, hostname, last_checkin) "
                                    "SELECT 'beta-' || n, 'hd' || n, now() FROM generate_series(1, 3) n")
                         .arg(uuidFor(QStringLiteral("beta"))),
                     QStringLiteral("fleet b"));
        });
    }
    const QString name = QStringLiteral("switch-%1").arg(::getpid());
    ConnectionProfile profile;
    profile.name = name;
    profile.host = clusterB.server().socketDir();
    profile.port = QString::number(clusterB.server().port());
    profile.user = QStringLiteral("postgres");
    profile.dbname = dbNameB;
    Profiles::save(profile);

    ConsoleController controllerA(&a.db(), nullptr);
    auto windowA = std::make_unique<MainWindow>(&controllerA);
    windowA->show();
    windowA->showPage(0);
    ASSERT_TRUE(waitUntil([&] { return windowA->fleetPage()->hasData(); }));
    EXPECT_EQ(windowA->fleetPage()->siteModel()->rowCount(), 1);
    EXPECT_TRUE(windowA->windowTitle().contains(a.name())) << windowA->windowTitle().toStdString();

    // The profile's entry under File ▸ Recent profiles.
    QAction *entry = nullptr;
    for (QAction *menu : windowA->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *item : menu->menu()->actions()) {
            if (!item->menu() || !item->text().contains(QStringLiteral("Recent")))
                continue;
            emit item->menu()->aboutToShow();
            for (QAction *p : item->menu()->actions())
                if (p->text().startsWith(name))
                    entry = p;
        }
    }
    ASSERT_NE(entry, nullptr) << "no Recent profiles entry for " << name.toStdString();
    QSignalSpy switched(windowA.get(), &MainWindow::switchDatabase);
    entry->trigger();
    ASSERT_EQ(switched.count(), 1);
    const auto next = switched.at(0).at(0).value<ConnectionConfig>();
    EXPECT_EQ(next.dbname, dbNameB);
    EXPECT_EQ(next.port, QString::number(clusterB.server().port()));
    windowA.reset();

    // What the console then opens: every page against the other database.
    Database dbB(next);
    ConsoleController controllerB(&dbB, nullptr);
    MainWindow windowB(&controllerB);
    windowB.show();
    windowB.showPage(0);
    ASSERT_TRUE(waitUntil([&] { return windowB.fleetPage()->hasData(); }));
    EXPECT_EQ(windowB.fleetPage()->siteModel()->rowCount(), 3);
    EXPECT_TRUE(windowB.windowTitle().contains(dbNameB)) << windowB.windowTitle().toStdString();
    Profiles::remove(name);
}
