#include "ConnectionConfig.h"

#include "Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

namespace hd {

namespace {
struct ConnectionConfigMsg
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionConfig)
};
} // namespace

namespace {

QString decode(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// libpq conninfo quoting: single quotes around the value, with \ and ' escaped.
QString quoteConnValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

const QStringList &validSslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

} // namespace

ConnectionConfig ConnectionConfig::fromUri(const QString &uri)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^postgres(?:ql)?://(?:([^@/?]*)@)?(\\[[^\\]]*\\]|[^:/?]*)(?::([^/?]*))?(?:/([^?]*))?(?:\\?(.*))?$"));
    const auto match = pattern.match(uri.trimmed());
    if (!match.hasMatch()) {
        throw Error(
            Error::Code::Config,
            ConnectionConfigMsg::tr("not a PostgreSQL URI: expected postgresql://user@host:port/dbname?options"), {},
            QStringLiteral("--db"));
    }
    ConnectionConfig config;
    const QString userInfo = match.captured(1);
    if (!userInfo.isEmpty()) {
        const auto colon = userInfo.indexOf(QLatin1Char(':'));
        config.user = decode(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            config.password = decode(userInfo.mid(colon + 1));
    }
    QString host = decode(match.captured(2));
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    config.host = host;
    config.port = match.captured(3);
    config.dbname = decode(match.captured(4));

    const QString query = match.captured(5);
    if (!query.isEmpty()) {
        for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const auto eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                throw Error(Error::Code::Config, ConnectionConfigMsg::tr("URI option \"%1\" has no value").arg(pair),
                            {}, QStringLiteral("--db"));
            }
            const QString key = decode(pair.left(eq));
            const QString value = decode(pair.mid(eq + 1));
            static const QRegularExpression keyPattern(QStringLiteral("^[a-z_]+$"));
            if (!keyPattern.match(key).hasMatch()) {
                throw Error(Error::Code::Config,
                            ConnectionConfigMsg::tr("URI option \"%1\" is not a libpq keyword").arg(key), {},
                            QStringLiteral("--db"));
            }
            if (key == QLatin1String("host"))
                config.host = value;
            else if (key == QLatin1String("port"))
                config.port = value;
            else if (key == QLatin1String("user"))
                config.user = value;
            else if (key == QLatin1String("password"))
                config.password = value;
            else if (key == QLatin1String("dbname"))
                config.dbname = value;
            else
                config.options.insert(key, value);
        }
    }
    if (!config.port.isEmpty()) {
        bool ok = false;
        const int port = config.port.toInt(&ok);
        if (!ok || port <= 0 || port > 65535) {
            throw Error(Error::Code::Config,
                        ConnectionConfigMsg::tr("port \"%1\" is not a number from 1 to 65535").arg(config.port), {},
                        QStringLiteral("--db"));
        }
    }
    const QString sslmode = config.options.value(QStringLiteral("sslmode"));
    if (!sslmode.isEmpty() && !validSslModes().contains(sslmode)) {
        throw Error(Error::Code::Config,
                    ConnectionConfigMsg::tr("sslmode \"%1\" is not one of %2")
                        .arg(sslmode, validSslModes().join(QStringLiteral(", "))),
                    {}, QStringLiteral("--db"));
    }
    for (auto it = config.options.cbegin(); it != config.options.cend(); ++it) {
        // Qt's driver splits its option string at ';'.
        if (it.value().contains(QLatin1Char(';'))) {
            throw Error(Error::Code::Config,
                        ConnectionConfigMsg::tr("URI option \"%1\" may not contain ';'").arg(it.key()), {},
                        QStringLiteral("--db"));
        }
    }
    return config;
}

ConnectionConfig ConnectionConfig::fromUriOrEnvironment(const QString &uriOrEmpty)
{
    if (uriOrEmpty.trimmed().isEmpty())
        return {};
    return fromUri(uriOrEmpty);
}

ConnectionConfig ConnectionConfig::withDatabase(const QString &name) const
{
    ConnectionConfig copy = *this;
    copy.dbname = name;
    return copy;
}

void ConnectionConfig::applyTo(QSqlDatabase &db) const
{
    // Empty fields are left out so libpq falls back to its PG* variables.
    if (!host.isEmpty())
        db.setHostName(host);
    if (!port.isEmpty())
        db.setPort(port.toInt());
    if (!user.isEmpty())
        db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!dbname.isEmpty())
        db.setDatabaseName(dbname);
    QStringList opts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        opts << it.key() + QLatin1Char('=') + quoteConnValue(it.value());
    db.setConnectOptions(opts.join(QLatin1Char(';')));
}

QString ConnectionConfig::describe() const
{
    const QString env = QStringLiteral("(PG* environment)");
    const QString envHost = qEnvironmentVariable("PGHOST");
    const QString shownHost = !host.isEmpty() ? host : (!envHost.isEmpty() ? envHost : env);
    QString text = (user.isEmpty() ? qEnvironmentVariable("PGUSER") : user);
    if (!text.isEmpty())
        text += QLatin1Char('@');
    text += shownHost;
    const QString shownPort = !port.isEmpty() ? port : qEnvironmentVariable("PGPORT");
    if (!shownPort.isEmpty())
        text += QLatin1Char(':') + shownPort;
    const QString shownDb = !dbname.isEmpty() ? dbname : qEnvironmentVariable("PGDATABASE");
    if (!shownDb.isEmpty())
        text += QLatin1Char('/') + shownDb;
    return text;
}

} // namespace hd
