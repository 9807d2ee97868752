#pragma once

#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace hd {

// A value bound by name: :name in a query file.
struct Bind
{
    const char *name; // a literal: the placeholder without its colon
    QVariant value;
};

// The values of one statement, by name. A query file's :name placeholders
// take their value from here, however often each appears; a name the file
// does not use, or a placeholder with no value, is an error before anything
// runs (Session::query).
class Binds
{
public:
    Binds() = default;
    Binds(std::initializer_list<Bind> binds) : m_binds(binds) {}
    Binds &operator+=(const Binds &other)
    {
        m_binds += other.m_binds;
        return *this;
    }
    friend Binds operator+(Binds a, const Binds &b) { return a += b; }
    const QList<Bind> &items() const { return m_binds; }

private:
    QList<Bind> m_binds;
};

// The rows of a statement, read by column name. A name the result does not
// have throws Error(Sql) naming the query and the columns it has, so a query
// and its reader cannot drift apart silently.
class Rows
{
public:
    Rows(QSqlQuery query, QString context);
    // Reads a query that lives elsewhere (a prepared statement kept by the session).
    Rows(QSqlQuery *query, QString context);
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    bool next() { return m_query->next(); }
    int affected() const { return m_query->numRowsAffected(); }

    QVariant value(const char *column) const;
    // Columns are read by name only.
    QVariant value(int) const = delete;
    bool isNull(const char *column) const { return value(column).isNull(); }
    QString text(const char *column) const { return value(column).toString(); }
    qint64 int64(const char *column) const { return value(column).toLongLong(); }
    int int32(const char *column) const { return value(column).toInt(); }
    double real(const char *column) const { return value(column).toDouble(); }
    bool flag(const char *column) const { return value(column).toBool(); }
    QDateTime time(const char *column) const { return value(column).toDateTime(); }
    std::optional<double> maybeReal(const char *column) const;
    std::optional<qint64> maybeInt64(const char *column) const;

    // The underlying query, for the few readers that walk it themselves.
    QSqlQuery &query() { return *m_query; }

private:
    int indexOf(const char *column) const;

    QSqlQuery m_own;
    QSqlQuery *m_query = &m_own;
    QString m_context;
    mutable QList<std::pair<QString, int>> m_columns;        // looked up once per name
    mutable QList<std::pair<const char *, int>> m_byPointer; // and remembered by the caller's pointer
};

} // namespace hd
