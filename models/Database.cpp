#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
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

void Database::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

Session &Database::acquire()
{
    if (m_session && m_session->db().isOpen())
        return *m_session;
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
    m_session->script(QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("connect"));
    if (!m_connected.exchange(true))
        emit connectionChanged(true, m_config.describe());
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

} // namespace hd
