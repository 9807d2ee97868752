#include "Error.h"

namespace hd {

Error::Error(Code code, QString message, QString sqlState, QString context)
    : m_code(code), m_message(std::move(message)), m_sqlState(std::move(sqlState)), m_context(std::move(context))
{
    m_what = toString().toUtf8();
}

QString Error::toString() const
{
    QString text = m_message.trimmed();
    if (!m_sqlState.isEmpty())
        text += QStringLiteral(" [SQLSTATE %1]").arg(m_sqlState);
    if (!m_context.isEmpty())
        text += QStringLiteral(" (in %1)").arg(m_context);
    return text;
}

int Error::exitCode() const noexcept
{
    switch (m_code) {
    case Code::Config:
    case Code::InvalidInput:
        return 2;
    case Code::Connection:
    case Code::ConnectionLost:
        return 3;
    case Code::Sql:
        return 4;
    case Code::Schema:
    case Code::Migration:
        return 5;
    case Code::Io:
        return 6;
    case Code::Cancelled:
        return 7;
    case Code::Refused:
        return 8;
    case Code::SchemaState:
        return 11; // 9 is orders that failed, 10 an unproven file
    }
    return 1;
}

const char *Error::what() const noexcept
{
    return m_what.constData();
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::Config:
        return QStringLiteral("config");
    case Code::Connection:
        return QStringLiteral("connection");
    case Code::ConnectionLost:
        return QStringLiteral("connection-lost");
    case Code::Sql:
        return QStringLiteral("sql");
    case Code::Schema:
        return QStringLiteral("schema");
    case Code::Migration:
        return QStringLiteral("migration");
    case Code::Cancelled:
        return QStringLiteral("cancelled");
    case Code::Io:
        return QStringLiteral("io");
    case Code::InvalidInput:
        return QStringLiteral("invalid-input");
    case Code::Refused:
        return QStringLiteral("refused");
    case Code::SchemaState:
        return QStringLiteral("schema-state");
    }
    return QStringLiteral("unknown");
}

} // namespace hd
