#include "Database.h"
#include "Error.h"
#include "SqlLibrary.h"
#include "TestDatabase.h"

#include <QCoro/QCoroTask>
#include <QDir>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

using hd::Binds;
using hd::Database;
using hd::Error;
using hd::Session;
using hd::test::TestDatabase;
namespace SqlLibrary = hd::SqlLibrary;

namespace {

QCoro::Task<int> fetchValue(Database &db, int value)
{
    auto fetch = [value](Session &s) {
        // pg_sleep makes the calls overlap in time if anything ran them in parallel.
        auto q = s.queryText(QStringLiteral("SELECT ?::int * 2 AS doubled, pg_sleep(0.01)"), {value},
                             QStringLiteral("test"));
        q.next();
        return q.int32("doubled");
    };
    QFuture<int> future = db.submit(std::move(fetch));
    const int result = co_await future;
    co_return result;
}

QCoro::Task<QList<int>> fetchMany(Database &db, int count)
{
    std::vector<QCoro::Task<int>> tasks;
    for (int i = 0; i < count; ++i)
        tasks.push_back(fetchValue(db, i));
    QList<int> results;
    for (auto &task : tasks)
        results << co_await task;
    co_return results;
}

} // namespace

TEST(Database, ConcurrentCallersEachGetTheirOwnTypedResult)
{
    TestDatabase t;
    QThread *dbThread = t.db().runSync([](Session &) { return QThread::currentThread(); });
    EXPECT_NE(dbThread, QThread::currentThread());

    const QList<int> results = hd::test::awaitTask(fetchMany(t.db(), 25));
    ASSERT_EQ(results.size(), 25);
    for (int i = 0; i < 25; ++i)
        EXPECT_EQ(results[i], i * 2);

    // Callers on other threads too: each waits for its own future.
    QList<QFuture<int>> futures;
    std::vector<std::unique_ptr<QThread>> threads;
    QMutex mutex;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back(QThread::create([&t, &futures, &mutex, i] {
            auto f = t.db().submit([i](Session &s) {
                auto q = s.queryText(QStringLiteral("SELECT ?::int + 1000 AS shifted"), {i}, QStringLiteral("test"));
                q.next();
                return q.int32("shifted");
            });
            QMutexLocker lock(&mutex);
            futures << f;
        }));
        threads.back()->start();
    }
    for (auto &th : threads)
        th->wait();
    QList<int> sums;
    for (auto &f : futures)
        sums << f.result();
    std::sort(sums.begin(), sums.end());
    EXPECT_EQ(sums, (QList<int>{1000, 1001, 1002, 1003}));
}

TEST(Database, SqlErrorArrivesAsTypedErrorWithSqlState)
{
    TestDatabase t;
    try {
        auto fetch = [](Session &s) {
            s.queryText(QStringLiteral("SELECT * FROM no_such_table"), {}, QStringLiteral("missing-table query"));
            return 1;
        };
        hd::test::awaitTask(hd::test::viaTask(t.db().submit(std::move(fetch))));
        FAIL() << "no error for a missing table";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Sql);
        EXPECT_EQ(e.sqlState(), QStringLiteral("42P01"));
        EXPECT_EQ(e.context(), QStringLiteral("missing-table query"));
        EXPECT_TRUE(e.message().contains(QStringLiteral("no_such_table"))) << e.what();
    }
    try {
        t.scalar(QStringLiteral("SELECT 1 / ?::int"), {0});
        FAIL() << "no error for division by zero";
    } catch (const Error &e) {
        EXPECT_EQ(e.sqlState(), QStringLiteral("22012"));
    }
    // The connection is still usable after an ordinary SQL error.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT 41 + 1")).toInt(), 42);
}

TEST(Database, TransactionRollsBackOnError)
{
    TestDatabase t;
    t.exec(QStringLiteral("CREATE TABLE items (n int PRIMARY KEY)"));
    EXPECT_THROW(t.db().runSync([](Session &s) {
        s.transaction([&] {
            s.queryText(QStringLiteral("INSERT INTO items VALUES (1)"), {}, QStringLiteral("t"));
            s.queryText(QStringLiteral("INSERT INTO items VALUES (1)"), {}, QStringLiteral("t"));
        });
    }),
                 Error);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM items")).toInt(), 0);
}

// A script of several statements whose later one fails: the error is that
// statement's own, raised by script() itself, and nothing of the script is
// kept (inside a transaction or not).
TEST(Database, AScriptFailingAfterItsFirstStatementSaysWhyAndKeepsNothing)
{
    TestDatabase t;
    t.exec(QStringLiteral("CREATE TABLE items (n int PRIMARY KEY)"));
    for (const bool inTransaction : {true, false}) {
        try {
            t.db().runSync([&](Session &s) {
                const auto run = [&] {
                    s.script(QStringLiteral("INSERT INTO items VALUES (1); INSERT INTO items VALUES (2); "
                                            "DO $$ BEGIN RAISE EXCEPTION 'the third statement refuses'; END $$; "
                                            "INSERT INTO items VALUES (3)"),
                             QStringLiteral("script"));
                };
                if (inTransaction)
                    s.transaction(run);
                else
                    run();
            });
            FAIL() << "no error from the script's third statement";
        } catch (const Error &e) {
            EXPECT_EQ(e.sqlState(), QStringLiteral("P0001")) << e.what();
            EXPECT_TRUE(e.message().contains(QStringLiteral("the third statement refuses"))) << e.what();
            EXPECT_EQ(e.context(), QStringLiteral("script"));
        }
        EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM items")).toInt(), 0) << inTransaction;
    }
    // And the connection goes on.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT 41 + 1")).toInt(), 42);
}

TEST(Database, LostConnectionIsAnErrorAndTheNextCallReconnects)
{
    TestDatabase t;
    QList<bool> states;
    QObject::connect(&t.db(), &Database::connectionChanged,
                     [&states](bool connected, const QString &) { states << connected; });
    const int pid = t.scalar(QStringLiteral("SELECT pg_backend_pid()")).toInt();
    ASSERT_GT(pid, 0);

    Database killer(TestDatabase::clusterConfig());
    EXPECT_TRUE(killer.runSync([pid](Session &s) {
        auto q =
            s.queryText(QStringLiteral("SELECT pg_terminate_backend(?) AS terminated"), {pid}, QStringLiteral("kill"));
        return q.next() && q.flag("terminated");
    }));

    try {
        t.scalar(QStringLiteral("SELECT 1"));
        FAIL() << "a terminated backend answered";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::ConnectionLost) << e.what();
    }
    const int newPid = t.scalar(QStringLiteral("SELECT pg_backend_pid()")).toInt();
    EXPECT_GT(newPid, 0);
    EXPECT_NE(newPid, pid);
    QCoreApplication::processEvents();
    EXPECT_EQ(states, (QList<bool>{true, false, true}));
    // A new connection gets the session settings again: UTC and no JIT.
    EXPECT_EQ(t.scalar(QStringLiteral("SHOW jit")).toString(), QStringLiteral("off"));
    EXPECT_EQ(t.scalar(QStringLiteral("SHOW TimeZone")).toString(), QStringLiteral("UTC"));
}

TEST(Database, UnreachableServerIsAConnectionError)
{
    hd::ConnectionConfig c;
    c.host = QStringLiteral("/nonexistent-socket-folder");
    c.dbname = QStringLiteral("x");
    Database db(c);
    try {
        db.runSync([](Session &) { return 0; });
        FAIL() << "connected to nothing";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Connection);
        EXPECT_TRUE(e.message().contains(QStringLiteral("/nonexistent-socket-folder"))) << e.what();
    }
}

TEST(Database, SqlOnTheGuiThreadIsRefusedAndCounted)
{
    TestDatabase t;
    const int before = Session::guiThreadViolations();
    // Legitimate calls never count.
    t.scalar(QStringLiteral("SELECT 1"));
    EXPECT_EQ(Session::guiThreadViolations(), before);
    // A Session driven from the GUI thread is refused before any SQL reaches the server.
    Session rogue{QSqlDatabase()};
    EXPECT_THROW(rogue.queryText(QStringLiteral("SELECT 1"), {}, QStringLiteral("rogue")), Error);
    EXPECT_EQ(Session::guiThreadViolations(), before + 1);
}

TEST(Database, CallsQueuedWhenTheDatabaseGoesAwayResolveAsCancelled)
{
    TestDatabase t;
    QFuture<int> pending;
    {
        Database db(t.config());
        db.submit([](Session &s) {
            s.queryText(QStringLiteral("SELECT pg_sleep(0.3)"), {}, QStringLiteral("slow"));
            return 0;
        });
        pending = db.submit([](Session &) { return 7; });
    }
    ASSERT_TRUE(pending.isFinished());
    // The slow call holds the thread when the database goes away, so the
    // queued one never runs: it must report Cancelled, not a value or nothing.
    try {
        const int value = pending.result();
        FAIL() << "the queued call answered " << value << " instead of Cancelled";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Cancelled) << e.what();
    }
}

// Named placeholders: a name used twice binds once, casts, literals, quoted
// names, dollar quotes, comments and slices are left alone, and a positional
// "?" is refused.
TEST(SqlLibrary, NamedPlaceholdersBecomePositionalOutsideLiteralsCastsAndComments)
{
    const SqlLibrary::Statement st = SqlLibrary::parse(
        QStringLiteral("SELECT :a::int, ':not_me', \"col:x\", $$ :nor_me $$, $t$ :no $t$, arr[1:n], :b -- :c\n"
                       "/* :d */ , :a, x::text"),
        QStringLiteral("test"));
    EXPECT_EQ(st.params, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}));
    EXPECT_EQ(st.sql, QStringLiteral("SELECT ?::int, ':not_me', \"col:x\", $$ :nor_me $$, $t$ :no $t$, arr[1:n], ? \n"
                                     " , ?, x::text"));
    try {
        SqlLibrary::parse(QStringLiteral("SELECT ? , :a"), QStringLiteral("mixed"));
        FAIL() << "a positional placeholder was accepted";
    } catch (const Error &e) {
        EXPECT_EQ(e.context(), QStringLiteral("mixed"));
    }
    // Every shipped query parses, and none is left positional.
    const QDir dir(QStringLiteral(":/sql/queries"));
    int parsed = 0;
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        if (file.startsWith(QLatin1Char('_')))
            continue; // partials are parsed inside the queries that include them
        const QString name = file.chopped(4);
        EXPECT_NO_THROW(SqlLibrary::statement(name)) << name.toStdString();
        ++parsed;
    }
    EXPECT_GT(parsed, 80);
}

TEST(Session, BindsAreCheckedByNameAndColumnsAreReadByName)
{
    TestDatabase t;
    t.migrate();
    // A placeholder without a value, and a value no placeholder takes: refused before anything runs.
    for (const Binds &binds : {Binds{}, Binds{{"site", QStringLiteral("x")}, {"typo", 1}},
                               Binds{{"site", QStringLiteral("x")}, {"site", QStringLiteral("y")}}}) {
        try {
            t.db().runSync([&](Session &s) { s.query(QStringLiteral("site_exists"), binds); });
            FAIL() << "a statement ran with mismatched binds";
        } catch (const Error &e) {
            EXPECT_EQ(e.code(), Error::Code::Sql);
            EXPECT_EQ(e.context(), QStringLiteral("site_exists"));
            EXPECT_TRUE(e.message().contains(QStringLiteral(":site")) ||
                        e.message().contains(QStringLiteral(":typo")) ||
                        e.message().contains(QStringLiteral("two values")))
                << e.what();
        }
    }
    // A name the file uses twice is bound once: audit_list tests :user for NULL and compares with it.
    t.exec(QStringLiteral("INSERT INTO sites (id, name) VALUES ('s-1', 'One')"));
    t.exec(QStringLiteral("INSERT INTO admin_audit_log (username, action, target) VALUES ('alice', 'a', 'x'), "
                          "('bob', 'a', 'y'), ('alice', 'b', 'z')"));
    const QStringList targets = t.db().runSync([](Session &s) {
        auto q = s.query(QStringLiteral("audit_list"), {{"user", QStringLiteral("alice")},
                                                        {"action", QVariant(QMetaType::fromType<QString>())},
                                                        {"target", QVariant(QMetaType::fromType<QString>())},
                                                        {"from_ts", QVariant(QMetaType::fromType<QString>())},
                                                        {"to_ts", QVariant(QMetaType::fromType<QString>())},
                                                        {"row_limit", 10}});
        QStringList out;
        while (q.next())
            out << q.text("target");
        return out;
    });
    EXPECT_EQ(QSet<QString>(targets.cbegin(), targets.cend()),
              (QSet<QString>{QStringLiteral("x"), QStringLiteral("z")}));
    // A column the result does not have fails loudly, naming the ones it has.
    try {
        t.db().runSync([](Session &s) {
            auto q = s.query(QStringLiteral("site_exists"), {{"site", QStringLiteral("s-1")}});
            q.next();
            return q.int64("count");
        });
        FAIL() << "a missing column was read";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("\"count\""))) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("found"))) << e.what();
        EXPECT_EQ(e.context(), QStringLiteral("site_exists"));
    }
}
