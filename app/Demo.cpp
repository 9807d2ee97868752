#include "Demo.h"

#include "Database.h"
#include "Generator.h"
#include "LocalCluster.h"
#include "Migrator.h"

#include <QSqlQuery>
#include <QTextStream>

namespace hd {

namespace {
const QString kDemoDatabase = QStringLiteral("healdesk_demo");
}

Demo::Demo()
    : m_cluster(std::make_unique<LocalCluster>(
          qEnvironmentVariableIsSet("HEALDESK_DEMO_DIR") ? qEnvironmentVariable("HEALDESK_DEMO_DIR")
                                                          : LocalCluster::defaultDemoDir()))
{
}

Demo::~Demo() = default;

QString Demo::dataDir() const
{
    return m_cluster->dataDir();
}

ConnectionConfig Demo::prepare()
{
    m_cluster->start();
    {
        Database admin(m_cluster->connection(QStringLiteral("postgres")));
        admin.runSync([](Session &s) {
            auto q = s.queryText(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {kDemoDatabase},
                                 QStringLiteral("demo"));
            if (!q.next())
                s.script(QStringLiteral("CREATE DATABASE ") + kDemoDatabase, QStringLiteral("demo"));
        });
    }
    const ConnectionConfig config = m_cluster->connection(kDemoDatabase);
    Database db(config);
    const bool generated = db.runSync([](Session &s) {
        Migrator::migrate(s);
        auto q = s.queryText(QStringLiteral("SELECT count(*) FROM sites"), {}, QStringLiteral("demo"));
        if (q.next() && q.value(0).toLongLong() > 0)
            return false;
        Generator::generate(s, GeneratorOptions::preset(QStringLiteral("demo")));
        return true;
    });
    QTextStream(stderr) << (generated ? "healdesk: demo fleet generated" : "healdesk: reusing the demo database")
                        << Qt::endl;
    return config;
}

void Demo::stop()
{
    m_cluster->stop();
}

} // namespace hd
