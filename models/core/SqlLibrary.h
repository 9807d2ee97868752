#pragma once

#include <QByteArray>
#include <QString>

namespace hd {

// SQL lives in .sql files embedded under :/sql, loaded by name; C++ never
// builds statements from user input.
namespace SqlLibrary {
// :/sql/queries/<name>.sql; throws Error(Io) when there is no such query.
QString query(const QString &name);
// Any embedded file under :/sql, by its path relative to :/sql.
QByteArray file(const QString &relativePath);
} // namespace SqlLibrary

} // namespace hd
