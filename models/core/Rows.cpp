#include "Rows.h"

#include "Error.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QStringList>

namespace hd {

namespace {
struct RowsMsg
{
    Q_DECLARE_TR_FUNCTIONS(Rows)
};
} // namespace

Rows::Rows(QSqlQuery query, QString context) : m_own(std::move(query)), m_context(std::move(context)) {}

Rows::Rows(QSqlQuery *query, QString context) : m_query(query), m_context(std::move(context)) {}

Rows::Rows(Rows &&other) noexcept
    : m_own(std::move(other.m_own)), m_query(other.m_query == &other.m_own ? &m_own : other.m_query),
      m_context(std::move(other.m_context)), m_columns(std::move(other.m_columns)),
      m_byPointer(std::move(other.m_byPointer))
{
}

Rows &Rows::operator=(Rows &&other) noexcept
{
    if (this != &other) {
        const bool owned = other.m_query == &other.m_own;
        m_own = std::move(other.m_own);
        m_query = owned ? &m_own : other.m_query;
        m_context = std::move(other.m_context);
        m_columns = std::move(other.m_columns);
        m_byPointer = std::move(other.m_byPointer);
    }
    return *this;
}

int Rows::indexOf(const char *column) const
{
    // Readers pass string literals, so the same column comes with the same
    // pointer: a row loop reading 14 columns of 100,000 rows compares
    // pointers, not names.
    for (const auto &[pointer, index] : m_byPointer) {
        if (pointer == column)
            return index;
    }
    const QLatin1String wanted(column);
    for (const auto &[name, index] : m_columns) {
        if (name == wanted) {
            m_byPointer.append({column, index});
            return index;
        }
    }
    const QSqlRecord record = m_query->record();
    const int index = record.indexOf(wanted);
    if (index < 0) {
        QStringList have;
        for (int i = 0; i < record.count(); ++i)
            have << record.fieldName(i);
        throw Error(Error::Code::Sql,
                    RowsMsg::tr("the result has no column \"%1\" (it has: %2)")
                        .arg(wanted, have.isEmpty() ? RowsMsg::tr("none") : have.join(QStringLiteral(", "))),
                    {}, m_context);
    }
    m_columns.append({QString(wanted), index});
    m_byPointer.append({column, index});
    return index;
}

QVariant Rows::value(const char *column) const
{
    return m_query->value(indexOf(column));
}

std::optional<double> Rows::maybeReal(const char *column) const
{
    const QVariant v = value(column);
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<qint64> Rows::maybeInt64(const char *column) const
{
    const QVariant v = value(column);
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace hd
