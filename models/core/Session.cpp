#include "Session.h"

#include "Error.h"
#include "SqlLibrary.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <libpq-fe.h>

namespace hd {

namespace {
struct SessionMsg
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};
} // namespace

std::atomic<int> Session::s_guiThreadViolations{0};

Session::Session(QSqlDatabase db) : m_db(std::move(db)) {}

int Session::guiThreadViolations()
{
    return s_guiThreadViolations.load();
}

void Session::guardThread(const QString &context)
{
    const auto *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread()) {
        ++s_guiThreadViolations;
        throw Error(Error::Code::Sql, SessionMsg::tr("SQL must not run on the GUI thread"), {}, context);
    }
}

bool Session::isAlive() const
{
    if (!m_db.isOpen())
        return false;
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") != 0)
        return true;
    auto *conn = *static_cast<PGconn *const *>(handle.data());
    return conn && PQstatus(conn) == CONNECTION_OK;
}

void Session::raise(const QSqlError &error, const QString &context) const
{
    const QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString state = error.nativeErrorCode();
    // Class 08 (connection exception) and 57P (operator intervention: the
    // backend was terminated or the server is shutting down) mean this
    // connection is gone even if libpq has not noticed the closed socket yet.
    const bool connectionGone = state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"));
    // Healdesk's own refusals (RAISE ... USING ERRCODE 'HDKnn') are sentences
    // for a person: the first line, without "ERROR:" and PL/pgSQL's CONTEXT.
    if (state.startsWith(QLatin1String("HDK"))) {
        QString sentence = message.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (sentence.startsWith(QLatin1String("ERROR:")))
            sentence = sentence.mid(6).trimmed();
        throw Error(Error::Code::Refused, sentence);
    }
    if (connectionGone || !isAlive())
        throw Error(Error::Code::ConnectionLost, message, error.nativeErrorCode(), context);
    throw Error(Error::Code::Sql, message, error.nativeErrorCode(), context);
}

QVariantList Session::positional(const SqlLibrary::Statement &statement, const Binds &binds, const QString &name)
{
    QVariantList values;
    values.reserve(statement.params.size());
    for (const QString &param : statement.params) {
        const auto it = std::find_if(binds.items().cbegin(), binds.items().cend(),
                                     [&](const Bind &b) { return param == QLatin1String(b.name); });
        if (it == binds.items().cend())
            throw Error(Error::Code::Sql, SessionMsg::tr("no value for :%1").arg(param), {}, name);
        values << it->value;
    }
    for (qsizetype i = 0; i < binds.items().size(); ++i) {
        const Bind &b = binds.items().at(i);
        // Two values under one name (binds joined from two places): which one is meant is not clear.
        for (qsizetype j = 0; j < i; ++j) {
            if (qstrcmp(binds.items().at(j).name, b.name) == 0)
                throw Error(Error::Code::Sql, SessionMsg::tr("two values for :%1").arg(QLatin1String(b.name)), {},
                            name);
        }
        if (!statement.params.contains(QLatin1String(b.name)))
            throw Error(Error::Code::Sql, SessionMsg::tr("the statement has no :%1").arg(QLatin1String(b.name)), {},
                        name);
    }
    return values;
}

Rows Session::query(const QString &name, const Binds &binds)
{
    const SqlLibrary::Statement statement = SqlLibrary::statement(name);
    return Rows(run(statement.sql, positional(statement, binds, name), name), name);
}

Rows Session::prepared(const QString &name, const Binds &binds)
{
    const SqlLibrary::Statement statement = SqlLibrary::statement(name);
    const QVariantList values = positional(statement, binds, name);
    guardThread(name);
    auto it = m_prepared.find(name);
    if (it == m_prepared.end()) {
        it = m_prepared.try_emplace(name, m_db).first;
        if (!it->second.prepare(statement.sql)) {
            const QSqlError error = it->second.lastError();
            m_prepared.erase(it);
            raise(error, name);
        }
    }
    QSqlQuery &q = it->second;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        m_prepared.erase(it);
        raise(error, name);
    }
    return Rows(&q, name);
}

QSqlQuery Session::run(const QString &sql, const QVariantList &binds, const QString &context)
{
    guardThread(context);
    QSqlQuery q(m_db);
    // Not forward-only: Qt's PostgreSQL driver then streams rows in single-row
    // mode, and a second statement (or replacing a QSqlQuery variable) silently
    // truncates the first one's results. Every result here is bounded (pages,
    // aggregates), so it is read whole.
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            raise(q.lastError(), context);
        return q;
    }
    if (!q.prepare(sql))
        raise(q.lastError(), context);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        raise(q.lastError(), context);
    return q;
}

Rows Session::queryText(const QString &sql, const QVariantList &binds, const QString &context)
{
    return Rows(run(sql, binds, context), context);
}

void Session::script(const QString &sql, const QString &context)
{
    QSqlQuery q = run(sql, {}, context);
    // Qt's PostgreSQL driver judges a string of several statements by its
    // first result only: a later statement's error would surface at the next
    // query as "current transaction is aborted", or at COMMIT, or (outside a
    // transaction) not at all. Every result is walked, and the first error is
    // the script's.
    while (q.nextResult()) {
    }
    if (q.lastError().isValid())
        raise(q.lastError(), context);
}

void Session::begin()
{
    guardThread(QStringLiteral("BEGIN"));
    if (!m_db.transaction())
        raise(m_db.lastError(), QStringLiteral("BEGIN"));
}

void Session::commit()
{
    guardThread(QStringLiteral("COMMIT"));
    if (!m_db.commit())
        raise(m_db.lastError(), QStringLiteral("COMMIT"));
}

void Session::rollbackQuietly() noexcept
{
    if (m_db.isOpen())
        m_db.rollback();
}

} // namespace hd
