#pragma once

#include "Rows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <atomic>
#include <map>
#include <memory>

namespace hd {

struct Signer;

namespace SqlLibrary {
struct Statement;
}

// What a database call receives on the database thread. Every statement runs
// through here, so here is where errors become typed and where running SQL on
// the GUI thread is caught.
class Session
{
public:
    explicit Session(QSqlDatabase db);

    // A named statement from resources/sql/queries/<name>.sql, values bound in order.
    // A named statement from resources/sql/queries/<name>.sql, each :name
    // placeholder bound from binds, its rows read by column name. A
    // placeholder without a value, or a value no placeholder takes, is
    // Error(Sql) before the statement runs.
    Rows query(const QString &name, const Binds &binds = {});

    // A named statement kept prepared on this connection, so the server plans it
    // once per connection (given plan_cache_mode = force_generic_plan in the
    // caller's transaction) instead of on every call. For statements whose
    // planning costs more than their execution (the rollup reads: 30 ms to plan,
    // a few ms to run). The query returned is the cached one: read it, then
    // finish() it, before the next prepared() call of the same name.
    Rows prepared(const QString &name, const Binds &binds);
    // A statement given as text (generator and migration steps), values bound in order.
    // Healdesk's own fixed statements kept in code (the migrator's
    // bookkeeping, the generator's parameters, tests), values bound in order;
    // never user input as text. Rows are read by column name all the same.
    Rows queryText(const QString &sql, const QVariantList &binds, const QString &context);
    // Several statements at once, no bound values (migration files). The
    // first statement that fails is the error, with its own SQLSTATE.
    void script(const QString &sql, const QString &context);

    // Runs fn inside BEGIN/COMMIT; any exception rolls back and propagates.
    template <typename Fn> auto transaction(Fn &&fn) -> decltype(fn())
    {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(fn())>) {
                fn();
                commit();
            } else {
                auto result = fn();
                commit();
                return result;
            }
        } catch (...) {
            rollbackQuietly();
            throw;
        }
    }
    // Runs fn inside a REPEATABLE READ READ ONLY transaction, so every figure it
    // reads comes from the same snapshot; an exception rolls back and propagates.
    template <typename Fn> auto readSnapshot(const QString &context, Fn &&fn) -> decltype(fn())
    {
        script(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), context);
        try {
            auto result = fn();
            script(QStringLiteral("COMMIT"), context);
            return result;
        } catch (...) {
            rollbackQuietly();
            throw;
        }
    }
    void begin();
    void commit();
    void rollbackQuietly() noexcept;

    QSqlDatabase &db() { return m_db; }
    // The key this connection's writes are signed with (orders, audit rows),
    // or null. Set by the Database before each call (Database::setSigner).
    const Signer *signer() const { return m_signer.get(); }
    const std::shared_ptr<const Signer> &signerHandle() const { return m_signer; }
    void setSigner(std::shared_ptr<const Signer> signer) { m_signer = std::move(signer); }
    // True when libpq still has a usable connection.
    bool isAlive() const;

    // How many times SQL was attempted on the application's main (GUI) thread.
    // Each attempt is also refused with an error; tests assert this stays zero.
    static int guiThreadViolations();

private:
    [[noreturn]] void raise(const class QSqlError &error, const QString &context) const;
    QSqlQuery run(const QString &sql, const QVariantList &binds, const QString &context);
    // The statement's values in placeholder order, checked against its names.
    static QVariantList positional(const SqlLibrary::Statement &statement, const Binds &binds, const QString &name);
    static void guardThread(const QString &context);

    QSqlDatabase m_db;
    std::shared_ptr<const Signer> m_signer;
    // Declared after m_db, so destroyed (and deallocated) before it. A map, so
    // a reference handed out stays valid when another name is added.
    std::map<QString, QSqlQuery> m_prepared;
    static std::atomic<int> s_guiThreadViolations;
};

} // namespace hd
