#pragma once

#include <QString>

#include <exception>

namespace hd {

// The one error type of Healdesk. Database calls never answer an error with an
// empty result: they throw this, carrying the SQL state and which query failed.
class Error : public std::exception
{
public:
    enum class Code {
        Config,         // bad --db URI, bad option, bad argument
        Connection,     // could not connect (unreachable, wrong password, ...)
        ConnectionLost, // the connection broke during a call; the next call reconnects
        Sql,            // the server rejected a statement
        Schema,         // the database has a shape Healdesk refuses to touch
        Migration,      // an applied migration changed, or the database is newer
        Cancelled,      // the database object went away before the call ran
        Io,             // a file could not be read or written
        InvalidInput,   // a value given by the user is not acceptable
        Refused,        // a request that is understood but not allowed (disabled runbook, no confirmation, ...)
        SchemaState,    // the database is not at this program's schema (not upgraded yet, or newer)
    };

    Error(Code code, QString message, QString sqlState = {}, QString context = {});

    Code code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }
    const QString &sqlState() const noexcept { return m_sqlState; }
    const QString &context() const noexcept { return m_context; }

    // One line for a log or a terminal: message, SQL state and context.
    QString toString() const;
    // Distinct exit codes for the command line.
    int exitCode() const noexcept;
    const char *what() const noexcept override;

    static QString codeName(Code code);

private:
    Code m_code;
    QString m_message;
    QString m_sqlState;
    QString m_context;
    QByteArray m_what;
};

} // namespace hd
