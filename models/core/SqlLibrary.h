#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hd {

// SQL lives in .sql files embedded under :/sql, loaded by name; C++ never
// builds statements from user input.
namespace SqlLibrary {
// A query file made ready to run: its :name placeholders replaced by
// positional ones, and the names in the order they stand (a name used twice
// is listed twice).
struct Statement
{
    QString sql;
    QStringList params;
};
// :/sql/queries/<name>.sql with its includes; throws Error(Io) when there is no such query.
QString query(const QString &name);
Statement statement(const QString &name);
// The same for a text: :name outside literals, quoted names, dollar quotes and
// comments is a placeholder ("::" is a cast, and "[1:n]" a slice). Throws
// Error(Sql) for a text that mixes in positional "?" placeholders.
Statement parse(const QString &sql, const QString &context);
// Any embedded file under :/sql, by its path relative to :/sql.
QByteArray file(const QString &relativePath);
} // namespace SqlLibrary

} // namespace hd
