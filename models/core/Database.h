#pragma once

#include "ConnectionConfig.h"
#include "Error.h"
#include "Session.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThread>

#include <QCoro/QCoroFuture>
#include <QCoro/QCoroTask>

#include <memory>
#include <optional>
#include <type_traits>

namespace hd {

namespace detail {

class DatabaseWorker;

// Resolves the future exactly once: with a value, with the thrown error, or,
// when the call never ran because the database went away, with Cancelled.
template <typename T> struct PromiseHolder
{
    QPromise<T> promise;
    bool done = false;
    PromiseHolder() { promise.start(); }
    ~PromiseHolder()
    {
        if (!done) {
            promise.setException(std::make_exception_ptr(Error(
                Error::Code::Cancelled, QStringLiteral("the database connection was closed before the call ran"))));
            promise.finish();
        }
    }
    void fail(std::exception_ptr error)
    {
        promise.setException(std::move(error));
        promise.finish();
        done = true;
    }
};

} // namespace detail

// The one owner of a QSqlDatabase. It lives on its own thread; callers post a
// function that receives a Session and co_await its typed result. SQL errors
// arrive as hd::Error (with the SQL state), never as an empty result. A broken
// connection fails the call with ConnectionLost and the next call reconnects.
class Database : public QObject
{
    Q_OBJECT
public:
    explicit Database(ConnectionConfig config, QObject *parent = nullptr);
    ~Database() override;

    const ConnectionConfig &config() const { return m_config; }

    template <typename Fn> auto submit(Fn fn) -> QFuture<std::invoke_result_t<Fn, Session &>>
    {
        using T = std::invoke_result_t<Fn, Session &>;
        auto holder = std::make_shared<detail::PromiseHolder<T>>();
        auto future = holder->promise.future();
        auto shared = std::make_shared<Fn>(std::move(fn));
        post([this, holder, shared]() {
            // Queued behind the call running when the database went away:
            // dropped, and the holder's end resolves it as Cancelled.
            if (m_closing.load())
                return;
            try {
                Session &session = acquire();
                session.setSigner(signer());
                if constexpr (std::is_void_v<T>) {
                    (*shared)(session);
                } else {
                    holder->promise.addResult((*shared)(session));
                }
                holder->promise.finish();
                holder->done = true;
            } catch (const Error &error) {
                release(error);
                holder->fail(std::current_exception());
            } catch (...) {
                holder->fail(std::current_exception());
            }
        });
        return future;
    }

    // Await the QFuture from a named variable:
    //     auto fetch = [scope](Session &s) { return rows(s, scope); };
    //     auto future = db.submit(std::move(fetch));
    //     auto rows = co_await future;
    // GCC 12 destroys a capturing lambda twice when it is a temporary inside a
    // co_await expression (a double free of its captures), so no lambda and no
    // call returning an awaitable is written inside co_await anywhere here.

    // A write this console makes (an order, a fix, an admin change): submitted
    // to this (the primary) database, and reads stay on the primary for the
    // lag limit, so the reload that follows reads the write back even with a
    // standby.
    template <typename Fn> auto submitWrite(Fn fn) -> QFuture<std::invoke_result_t<Fn, Session &>>
    {
        wrote();
        return submit(std::move(fn));
    }

    // Blocking variant for command-line tools and tests that have no event loop
    // running; the work still happens on the database thread.
    template <typename Fn> auto runSync(Fn fn) -> std::invoke_result_t<Fn, Session &>
    {
        auto future = submit(std::move(fn));
        future.waitForFinished();
        if constexpr (!std::is_void_v<std::invoke_result_t<Fn, Session &>>)
            return future.result();
    }

    bool isConnected() const { return m_connected.load(); }

    // The technician's signing key for this connection's writes: orders and
    // audit rows are signed with it (null: unsigned). Held in memory only.
    void setSigner(std::shared_ptr<const Signer> signer);
    std::shared_ptr<const Signer> signer() const;

    // Reads a read-only standby may answer: pages, statistics, reports. They
    // go to the standby while it is reachable, replaying and within the lag
    // limit, and not right after this console wrote something (so it reads
    // its own writes); otherwise to this database. Orders, fixes and admin
    // actions use submit(), which is always this (the primary) database.
    template <typename Fn> auto submitRead(Fn fn) -> QFuture<std::invoke_result_t<Fn, Session &>>
    {
        return readTarget().submit(std::move(fn));
    }
    template <typename Fn> auto runSyncRead(Fn fn) -> std::invoke_result_t<Fn, Session &>
    {
        return readTarget().runSync(std::move(fn));
    }

    // Names the standby (a hot standby of this database, e.g. made with
    // pg_basebackup -R). Reads use it only after checkStandby() found it fit.
    void setStandby(const ConnectionConfig &standby, int maxLagSeconds = 30);
    bool hasStandby() const { return m_standby != nullptr; }
    struct ReadRoute
    {
        bool standby = false; // reads go to the standby
        std::optional<double> lagSeconds;
        QString reason; // why reads go where they go, for the status bar
    };
    // Asks the standby how far behind it is (and the primary where it is) and
    // routes reads by the answer. Blocking: call it off the GUI thread (the
    // console runs it through QtConcurrent every few seconds).
    ReadRoute checkStandby();
    ReadRoute readRoute() const;

Q_SIGNALS:
    // Emitted (queued to the owner's thread) when a connection opens or breaks.
    void connectionChanged(bool connected, const QString &message);
    // Emitted when reads move between the standby and the primary.
    void readRouteChanged(bool standby, const QString &reason);

private:
    // This console just wrote: read from the primary for the lag limit.
    void wrote();
    void post(std::function<void()> job);
    Session &acquire();               // on the database thread
    void checkSchema();               // on the database thread, once per Database (requireCurrentSchema)
    void release(const Error &error); // on the database thread, after an error

    ConnectionConfig m_config;
    QString m_connectionName;
    QThread m_thread;
    QPointer<QObject> m_worker;
    std::optional<Session> m_session; // only touched on m_thread
    bool m_schemaChecked = false;     // only touched on m_thread
    std::atomic<bool> m_connected{false};
    std::atomic<bool> m_closing{false}; // set by the destructor: queued calls are dropped

    Database &readTarget();
    std::unique_ptr<Database> m_standby;
    int m_maxLagSeconds = 30;
    std::atomic<bool> m_standbyFit{false};
    std::atomic<qint64> m_primaryUntilMs{0}; // reads stay on the primary until then (after a write)
    mutable QMutex m_routeMutex;
    ReadRoute m_route;
    mutable QMutex m_signerMutex;
    std::shared_ptr<const Signer> m_signer;
};

} // namespace hd
