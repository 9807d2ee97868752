#include "Demo.h"

#include "Alerts.h"
#include "Database.h"
#include "DemoSigning.h"
#include "Generator.h"
#include "HttpInbox.h"
#include "LocalCluster.h"
#include "Maintenance.h"
#include "ReportArchive.h"
#include "Migrator.h"
#include "OrderSchedules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextStream>
#include <QUrl>

namespace hd {

namespace {

struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

const QString kDemoDatabase = QStringLiteral("healdesk_demo");
} // namespace

Demo::Demo()
    : m_cluster(std::make_unique<LocalCluster>(qEnvironmentVariableIsSet("HEALDESK_DEMO_DIR")
                                                   ? qEnvironmentVariable("HEALDESK_DEMO_DIR")
                                                   : LocalCluster::defaultDemoDir()))
{
}

Demo::~Demo() = default;

QString Demo::dataDir() const
{
    return m_cluster->dataDir();
}

QString Demo::trustFile() const
{
    return m_cluster->dataDir() + QStringLiteral("/fleet-keys.json");
}

ConnectionConfig Demo::prepare()
{
    m_cluster->start();
    {
        Database admin(m_cluster->connection(QStringLiteral("postgres")));
        admin.runSync([](Session &s) {
            auto q = s.query(QStringLiteral("database_exists"), {{"database", kDemoDatabase}});
            if (!q.next() || q.int64("found") == 0)
                s.script(QStringLiteral("CREATE DATABASE ") + kDemoDatabase, QStringLiteral("demo"));
        });
    }
    const ConnectionConfig config = m_cluster->connection(kDemoDatabase);
    Database db(config);
    const bool generated = db.runSync([](Session &s) {
        Migrator::migrate(s);
        auto q = s.query(QStringLiteral("site_count"));
        if (q.next() && q.int64("sites") > 0)
            return false;
        Generator::generate(s, GeneratorOptions::preset(QStringLiteral("demo")));
        return true;
    });
    if (generated) {
        // Clinics keep their own hours: the demo's partners are in US time zones, and two sites have windows
        // for disruptive work, so a held order can be seen at once.
        db.runSync([](Session &s) {
            auto q = s.queryText(QStringLiteral("SELECT p.id::text AS id FROM partners p ORDER BY p.name"), {},
                                 QStringLiteral("demo time zones"));
            const QStringList zones{QStringLiteral("America/New_York"), QStringLiteral("America/Chicago"),
                                    QStringLiteral("America/Los_Angeles")};
            int i = 0;
            QStringList partners;
            while (q.next())
                partners << q.text("id");
            for (const QString &p : partners)
                Maintenance::setTimeZone(s, {}, p, zones.at(i++ % zones.size()));
            auto sites = s.queryText(QStringLiteral("SELECT id FROM sites ORDER BY name, id LIMIT 2"), {},
                                     QStringLiteral("demo windows"));
            QStringList ids;
            while (sites.next())
                ids << sites.text("id");
            for (const QString &site : ids) {
                Maintenance::addWeekly(s, site, 7, QTime(2, 0), QTime(4, 0), QStringLiteral("patch night"));
                Maintenance::addWeekly(s, site, 3, QTime(22, 0), QTime(1, 0), QStringLiteral("backups, past midnight"));
            }
            // A recurring check in the first site's windows, for Orders > Recurring orders.
            if (!ids.isEmpty()) {
                OrderSchedule check;
                check.siteId = ids.first();
                check.runbookId = QStringLiteral("RB-WIN-SEC-001");
                check.recurrence = QStringLiteral("window");
                check.reason = QStringLiteral("firewall baseline in each patch window");
                OrderSchedules::add(s, check, true);
            }
            // Yesterday's site-wide order on a third site, partly failed and partly expired, for Orders > Group by
            // batch > Retry failed and expired (the walk-through of issue 23).
            s.queryText(QStringLiteral(
                            "WITH site AS (SELECT id FROM sites ORDER BY name, id OFFSET 2 LIMIT 1), "
                            "targets AS (SELECT a.id, row_number() OVER (ORDER BY a.hostname) AS n FROM appliances a "
                            "JOIN site ON a.site_id = site.id) "
                            "INSERT INTO orders (order_id, appliance_id, runbook_id, parameters, status, issued_at, "
                            "issued_by, reason, expires_at, acknowledged_at, completed_at, result, batch_id) "
                            "SELECT 'demo-batch-' || t.n, t.id, 'RB-WIN-SEC-001', '{}', "
                            "CASE t.n % 4 WHEN 1 THEN 'failed' WHEN 2 THEN 'expired' ELSE 'completed' END, "
                            "now() - interval '1 day', current_user, "
                            "'Site-wide firewall baseline after the quarterly audit', "
                            "now() - interval '23 hours', "
                            "CASE WHEN t.n % 4 <> 2 THEN now() - interval '1 day' + interval '1 minute' END, "
                            "CASE WHEN t.n % 4 <> 2 THEN now() - interval '1 day' + interval '2 minutes' "
                            "ELSE now() - interval '23 hours' END, "
                            "CASE t.n % 4 WHEN 1 THEN '{\"error_message\": \"verification failed: setting "
                            "reverted by group policy\"}'::jsonb END, "
                            "'7d3f2a10-5b6c-4e8f-9a01-23456789abcd' FROM targets t"),
                        {}, QStringLiteral("demo batch"));
            // The first partner's monthly report: the worker archives last month's at once.
            if (!partners.isEmpty()) {
                ReportArchive::addSchedule(s, partners.first(), {}, {QStringLiteral("pdf"), QStringLiteral("csv")},
                                           QStringLiteral("a4"), QStringLiteral("en"), 30,
                                           QDateTime::currentDateTimeUtc());
            }
        });
    }
    // The demo's alert inbox listens on a port of its own each run; its route follows it.
    m_inbox = std::make_unique<HttpInbox>();
    const QString inboxUrl = m_inbox->url(QStringLiteral("/demo-inbox"));
    db.runSync([&inboxUrl](Session &s) {
        auto q = s.queryText(QStringLiteral("UPDATE healdesk_alert_routes SET url = ? "
                                            "WHERE name = 'Demo inbox' AND removed_at IS NULL RETURNING id"),
                             {inboxUrl}, QStringLiteral("demo inbox"));
        if (q.next())
            return;
        AlertRoute route;
        route.name = QStringLiteral("Demo inbox");
        route.url = inboxUrl;
        route.events = {QStringLiteral("incident.critical"), QStringLiteral("order.failed"),
                        QStringLiteral("order.rejected"), QStringLiteral("report.archived")};
        AlertRoutes::add(s, route);
    });
    // Every demo order is signed by the demo technician and checked by the simulator.
    const DemoSigning signing = db.runSync([](Session &s) { return DemoSigning::provision(s); });
    m_signer = signing.technician;
    m_service = signing.service;
    QSaveFile trust(trustFile());
    const QByteArray trustBytes = signing.trust.toJson();
    if (!trust.open(QIODevice::WriteOnly) || trust.write(trustBytes) != trustBytes.size() || !trust.commit()) {
        throw Error(Error::Code::Io,
                    MainText::tr("cannot write the demo's trust file %1: %2").arg(trustFile(), trust.errorString()));
    }
    QTextStream(stderr) << (generated ? MainText::tr("healdesk: demo fleet generated")
                                      : MainText::tr("healdesk: reusing the demo database"))
                        << Qt::endl;
    return config;
}

void Demo::startSimulator(const ConnectionConfig &config)
{
    const QString exe = QCoreApplication::applicationDirPath() + QStringLiteral("/healdesk-sim");
    if (!QFileInfo(exe).isExecutable()) {
        QTextStream(stderr) << MainText::tr("healdesk: no simulator at ") << exe
                            << MainText::tr("; orders will stay pending") << Qt::endl;
        return;
    }
    const QString uri =
        QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
            .arg(config.dbname, QString::fromLatin1(QUrl::toPercentEncoding(config.host)), config.port, config.user);
    m_simulator = std::make_unique<QProcess>();
    m_simulator->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_simulator->start(exe, {QStringLiteral("--db"), uri, QStringLiteral("--interval"), QStringLiteral("1000"),
                             QStringLiteral("--failure-rate"), QStringLiteral("0.1"), QStringLiteral("--drift-rate"),
                             QStringLiteral("0.1"), QStringLiteral("--trust"), trustFile(), QStringLiteral("--quiet")});
}

void Demo::startWorker(const ConnectionConfig &config)
{
    const QString exe = QCoreApplication::applicationFilePath();
    const QString uri =
        QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
            .arg(config.dbname, QString::fromLatin1(QUrl::toPercentEncoding(config.host)), config.port, config.user);
    m_worker = std::make_unique<QProcess>();
    m_worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_worker->start(exe, {QStringLiteral("worker"), QStringLiteral("--db"), uri, QStringLiteral("--interval"),
                          QStringLiteral("2"), QStringLiteral("--signing-key-stdin")});
    if (m_worker->waitForStarted(5000) && m_service) {
        QByteArray seed = m_service->key->seedBase64ForKeychain();
        m_worker->write(seed + '\n');
        seed.fill('\0');
        m_worker->closeWriteChannel();
    }
}

void Demo::stop()
{
    if (m_worker) {
        m_worker->terminate();
        if (!m_worker->waitForFinished(5000))
            m_worker->kill();
        m_worker.reset();
    }
    if (m_simulator) {
        m_simulator->terminate();
        if (!m_simulator->waitForFinished(5000))
            m_simulator->kill();
        m_simulator.reset();
    }
    m_cluster->stop();
}

} // namespace hd
