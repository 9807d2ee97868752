#include "Database.h"
#include "Migrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hd {

namespace {
struct DatabaseMsg
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

Database::Database(ConnectionConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)),
      m_connectionName(QStringLiteral("healdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_thread.setObjectName(QStringLiteral("healdesk-db"));
    auto *worker = new QObject;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start();
}

Database::~Database()
{
    // Close the connection on its own thread, then stop the thread. Jobs still
    // queued are dropped; their futures resolve with Cancelled.
    m_closing = true;
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker,
            [this]() {
                m_session.reset();
                if (QSqlDatabase::contains(m_connectionName)) {
                    QSqlDatabase::database(m_connectionName, false).close();
                    QSqlDatabase::removeDatabase(m_connectionName);
                }
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void Database::setSigner(std::shared_ptr<const Signer> signer)
{
    QMutexLocker lock(&m_signerMutex);
    m_signer = std::move(signer);
}

std::shared_ptr<const Signer> Database::signer() const
{
    QMutexLocker lock(&m_signerMutex);
    return m_signer;
}

void Database::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

void Database::checkSchema()
{
    if (!m_config.requireCurrentSchema || m_schemaChecked)
        return;
    const SchemaState state = Migrator::state(*m_session);
    if (!state.isCurrent())
        throw Error(Error::Code::SchemaState, state.describe());
    m_schemaChecked = true;
}

Session &Database::acquire()
{
    if (m_session && m_session->db().isOpen()) {
        checkSchema();
        return *m_session;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        throw Error(Error::Code::Connection,
                    DatabaseMsg::tr("the Qt PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql"));
    }
    m_config.applyTo(db);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        if (m_connected.exchange(false))
            emit connectionChanged(false, text);
        throw Error(Error::Code::Connection,
                    DatabaseMsg::tr("cannot connect to %1: %2").arg(m_config.describe(), text.trimmed()),
                    error.nativeErrorCode());
    }
    m_session.emplace(db);
    // Timestamps come back in UTC whatever the server's zone; the UI localises.
    // No JIT: the console's statements are short, and on a large fleet the
    // planner's estimates (a correlated count per site, say) pass the JIT
    // threshold, so compiling took 200-400 ms of a 30 ms query (BENCHMARKS.md).
    m_session->script(QStringLiteral("SET TIME ZONE 'UTC'; SET jit = off"), QStringLiteral("connect"));
    if (!m_connected.exchange(true))
        emit connectionChanged(true, m_config.describe());
    checkSchema();
    return *m_session;
}

void Database::release(const Error &error)
{
    if (error.code() != Error::Code::ConnectionLost)
        return;
    // Forget the broken connection; the next call opens a new one.
    m_session.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_connected.exchange(false))
        emit connectionChanged(false, error.message());
}

void Database::setStandby(const ConnectionConfig &standby, int maxLagSeconds)
{
    ConnectionConfig config = standby;
    // A standby that does not answer must not hold up the check (or the exit) for long.
    if (!config.options.contains(QStringLiteral("connect_timeout")))
        config.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    m_standby = std::make_unique<Database>(config);
    m_maxLagSeconds = std::max(1, maxLagSeconds);
    m_standbyFit = false;
    const QMutexLocker lock(&m_routeMutex);
    m_route = ReadRoute{false, std::nullopt, DatabaseMsg::tr("standby not checked yet; reading from the primary")};
}

Database &Database::readTarget()
{
    if (m_standby && m_standbyFit.load() && QDateTime::currentMSecsSinceEpoch() >= m_primaryUntilMs.load())
        return *m_standby;
    return *this;
}

void Database::wrote()
{
    if (m_standby)
        m_primaryUntilMs = QDateTime::currentMSecsSinceEpoch() + qint64(m_maxLagSeconds) * 1000;
}

Database::ReadRoute Database::readRoute() const
{
    const QMutexLocker lock(&m_routeMutex);
    return m_route;
}

Database::ReadRoute Database::checkStandby()
{
    if (!m_standby)
        return ReadRoute{false, std::nullopt, DatabaseMsg::tr("no standby configured")};
    ReadRoute route;
    try {
        struct Status
        {
            bool recovering;
            QString lsn;
            std::optional<double> age;
        };
        const Status st = m_standby->runSync([](Session &s) {
            auto q = s.query(QStringLiteral("standby_status"));
            q.next();
            return Status{q.flag("recovering"), q.text("replayed"), q.maybeReal("age_seconds")};
        });
        if (!st.recovering) {
            route.reason = DatabaseMsg::tr("the standby is not in recovery (promoted or not a standby); reading from "
                                           "the primary");
        } else {
            const QString lsn = st.lsn;
            const double behind = runSync([lsn](Session &s) {
                auto q = s.query(QStringLiteral("primary_wal_behind"), {{"replayed", lsn}});
                q.next();
                return q.real("bytes_behind");
            });
            // Caught up: no lag, however old its last transaction is. Behind:
            // the lag is the age of the last transaction it replayed.
            const double lag = behind <= 0 ? 0.0 : st.age.value_or(double(m_maxLagSeconds) + 1);
            route.lagSeconds = lag;
            route.standby = lag <= m_maxLagSeconds;
            route.reason = route.standby
                               ? DatabaseMsg::tr("reading from the standby (%1 s behind)").arg(qRound(lag))
                               : DatabaseMsg::tr("the standby is %1 s behind (limit %2 s); reading from the primary")
                                     .arg(qRound(lag))
                                     .arg(m_maxLagSeconds);
        }
    } catch (const Error &e) {
        route.standby = false;
        route.reason =
            DatabaseMsg::tr("standby unreachable (%1); reading from the primary").arg(e.message().simplified());
    }
    const bool changed = m_standbyFit.exchange(route.standby) != route.standby;
    {
        const QMutexLocker lock(&m_routeMutex);
        m_route = route;
    }
    if (changed)
        emit readRouteChanged(route.standby, route.reason);
    return route;
}

} // namespace hd
