#include "SqlLibrary.h"

#include "Error.h"

#include <QFile>
#include <QHash>
#include <QMutex>

namespace hd::SqlLibrary {

QByteArray file(const QString &relativePath)
{
    QFile f(QStringLiteral(":/sql/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Code::Io, QStringLiteral("embedded SQL file is missing"), {}, relativePath);
    return f.readAll();
}

QString query(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(name);
    if (it == cache.cend())
        it = cache.insert(name, QString::fromUtf8(file(QStringLiteral("queries/") + name + QStringLiteral(".sql"))));
    return it.value();
}

} // namespace hd::SqlLibrary
