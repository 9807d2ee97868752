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

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

Statement parse(const QString &sql, const QString &context)
{
    Statement st;
    st.sql.reserve(sql.size());
    const qsizetype n = sql.size();
    qsizetype i = 0;
    const auto copyUntil = [&](qsizetype end) {
        st.sql += QStringView(sql).mid(i, end - i);
        i = end;
    };
    while (i < n) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) { // doubled: still inside
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            copyUntil(std::min(n, j + 1));
        } else if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? n : end; // comments are dropped: a quote in one would confuse Qt's scanner
        } else if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('$')) {
            qsizetype j = i + 1;
            while (j < n && isNameChar(sql.at(j)))
                ++j;
            if (j < n && sql.at(j) == QLatin1Char('$') && (j == i + 1 || isNameStart(sql.at(i + 1)))) {
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype end = sql.indexOf(tag, j + 1);
                copyUntil(end < 0 ? n : end + tag.size());
            } else {
                copyUntil(j);
            }
        } else if (c == QLatin1Char(':')) {
            if (i + 1 < n && sql.at(i + 1) == QLatin1Char(':')) {
                copyUntil(i + 2);
                continue;
            }
            const QChar before = i > 0 ? sql.at(i - 1) : QChar();
            if (i + 1 < n && isNameStart(sql.at(i + 1)) && !isNameChar(before) && before != QLatin1Char(']')) {
                qsizetype j = i + 1;
                while (j < n && isNameChar(sql.at(j)))
                    ++j;
                st.params << sql.mid(i + 1, j - i - 1);
                st.sql += QLatin1Char('?');
                i = j;
            } else {
                copyUntil(i + 1);
            }
        } else if (c == QLatin1Char('?')) {
            throw Error(Error::Code::Sql, SqlLibraryMsg::tr("a positional \"?\" placeholder: name every value (:name)"),
                        {}, context);
        } else {
            qsizetype j = i + 1;
            while (j < n && !QStringLiteral("'\"-/$:?").contains(sql.at(j)))
                ++j;
            copyUntil(j);
        }
    }
    return st;
}

Statement statement(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, Statement> cache;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(name);
        if (it != cache.cend())
            return it.value();
    }
    Statement st = parse(query(name), name);
    QMutexLocker lock(&mutex);
    cache.insert(name, st);
    return st;
}

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
