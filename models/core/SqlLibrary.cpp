#include "SqlLibrary.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QStringList>

namespace hd::SqlLibrary {

namespace {
struct SqlLibraryMsg
{
    Q_DECLARE_TR_FUNCTIONS(SqlLibrary)
};
} // namespace

QByteArray file(const QString &relativePath)
{
    QFile f(QStringLiteral(":/sql/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Code::Io, SqlLibraryMsg::tr("embedded SQL file is missing"), {}, relativePath);
    return f.readAll();
}

namespace {

// Replaces each line "--#include NAME" with queries/NAME.sql, so a definition
// shared by several queries (the scope, an incident's tier) is written once.
QString expand(const QString &name, int depth)
{
    if (depth > 8)
        throw Error(Error::Code::Io, SqlLibraryMsg::tr("SQL includes nest too deeply"), {}, name);
    const QString text = QString::fromUtf8(file(QStringLiteral("queries/") + name + QStringLiteral(".sql")));
    static const QString directive = QStringLiteral("--#include ");
    QStringList out;
    const auto lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(directive))
            out << expand(line.mid(directive.size()).trimmed(), depth + 1);
        else if (line.trimmed().startsWith(QLatin1String("--")))
            continue; // Qt's placeholder scanner knows no comments: an apostrophe there would open a "string"
        else
            out << line;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString query(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(name);
    if (it == cache.cend())
        it = cache.insert(name, expand(name, 0));
    return it.value();
}

} // namespace hd::SqlLibrary
