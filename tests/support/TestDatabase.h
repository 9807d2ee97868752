#pragma once

#include "ConnectionConfig.h"
#include "Database.h"
#include "DemoSigning.h"

#include <QString>
#include <QVariantList>

#include <QCoro/QCoroTask>
#include <QEventLoop>

#include <memory>
#include <optional>

#include <ostream>

// Readable QStrings in GoogleTest failure messages.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace hd::test {

// A fresh, empty database on the test cluster (PGHOST/PGPORT/PGUSER from
// scripts/test), dropped again when the object goes away.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    const QString &name() const { return m_name; }
    ConnectionConfig config() const;
    // The connection to this database (created on first use).
    Database &db();

    // Small helpers that run on the database thread and wait.
    void exec(const QString &sql, const QVariantList &binds = {});
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {});
    // Runs the embedded legacy baseline (migration 1) as the production DDL.
    void createLegacySchema();
    // Migrates to the newest version, or to upTo.
    void migrate(int upTo = 0);
    // For tests about something other than signatures that issue orders
    // without a key (often from a separate process): partners without a
    // policy of their own accept unsigned orders, as on an adopted database.
    void allowUnsignedOrders();
    // Signs this database's writes as the demo does: a demo admin approves
    // the test login's key (keys in memory only), and db() signs with it.
    DemoSigning provisionSigning();

    // Connection to the maintenance database of the cluster.
    static ConnectionConfig clusterConfig();

private:
    QString m_name;
    std::unique_ptr<Database> m_db;
};

namespace detail {
template <typename T>
QCoro::Task<> capture(QCoro::Task<T> &task, std::optional<T> &value, std::exception_ptr &error, QEventLoop &loop,
                      bool &done)
{
    try {
        value = co_await task;
    } catch (...) {
        error = std::current_exception();
    }
    done = true;
    loop.quit();
}
} // namespace detail

// Waits for a task in a nested event loop and rethrows what it threw
// (QCoro::waitFor in 0.8 would never return for a task that throws).
template <typename T> T awaitTask(QCoro::Task<T> task)
{
    std::optional<T> value;
    std::exception_ptr error;
    QEventLoop loop;
    bool done = false;
    auto runner = detail::capture(task, value, error, loop, done);
    if (!done)
        loop.exec();
    if (error)
        std::rethrow_exception(error);
    return std::move(*value);
}

namespace detail {
inline QCoro::Task<> captureVoid(QCoro::Task<> &task, std::exception_ptr &error, QEventLoop &loop, bool &done)
{
    try {
        co_await task;
    } catch (...) {
        error = std::current_exception();
    }
    done = true;
    loop.quit();
}
} // namespace detail

inline void awaitTask(QCoro::Task<> task)
{
    std::exception_ptr error;
    QEventLoop loop;
    bool done = false;
    auto runner = detail::captureVoid(task, error, loop, done);
    if (!done)
        loop.exec();
    if (error)
        std::rethrow_exception(error);
}

// A future from Database::submit, awaited as a coroutine would.
template <typename T> QCoro::Task<T> viaTask(QFuture<T> future)
{
    T value = co_await future;
    co_return value;
}

// The cluster must be there: scripts/test starts it and sets PGHOST.
void requireCluster();

} // namespace hd::test
