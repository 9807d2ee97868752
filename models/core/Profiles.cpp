#include "Profiles.h"

#include "Error.h"
#include "Keychain.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace hd {

namespace {
struct ProfilesMsg
{
    Q_DECLARE_TR_FUNCTIONS(Profiles)
};
} // namespace

namespace {

const QString kGroup = QStringLiteral("profiles");

Error configError(const QString &message)
{
    return Error(Error::Code::Config, message, {}, QStringLiteral("profile"));
}

} // namespace

ConnectionConfig ConnectionProfile::config(const QString &password) const
{
    ConnectionConfig c;
    c.host = host;
    c.port = port;
    c.user = user;
    c.dbname = dbname;
    c.password = password;
    if (!sslmode.isEmpty())
        c.options.insert(QStringLiteral("sslmode"), sslmode);
    if (!sslrootcert.isEmpty())
        c.options.insert(QStringLiteral("sslrootcert"), sslrootcert);
    return c;
}

std::optional<ConnectionConfig> ConnectionProfile::standbyConfig(const QString &password) const
{
    if (standbyHost.isEmpty())
        return std::nullopt;
    ConnectionConfig c = config(password);
    c.host = standbyHost;
    c.port = standbyPort;
    return c;
}

ConnectionProfile ConnectionProfile::fromConfig(const QString &name, const ConnectionConfig &config)
{
    ConnectionProfile p;
    p.name = name;
    p.host = config.host;
    p.port = config.port;
    p.user = config.user;
    p.dbname = config.dbname;
    p.sslmode = config.options.value(QStringLiteral("sslmode"));
    p.sslrootcert = config.options.value(QStringLiteral("sslrootcert"));
    for (auto it = config.options.cbegin(); it != config.options.cend(); ++it) {
        if (it.key() != QLatin1String("sslmode") && it.key() != QLatin1String("sslrootcert")) {
            throw configError(ProfilesMsg::tr("a profile keeps host, port, user, database, sslmode and sslrootcert; "
                                              "\"%1\" is not one of them")
                                  .arg(it.key()));
        }
    }
    return p;
}

void ConnectionProfile::validate() const
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (!namePattern.match(name).hasMatch()) {
        throw configError(ProfilesMsg::tr("profile name \"%1\" must be 1 to 63 letters, digits, '.', '_' or '-', "
                                          "starting with a letter or digit")
                              .arg(name.left(80)));
    }
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!sslmode.isEmpty() && !modes.contains(sslmode)) {
        throw configError(
            ProfilesMsg::tr("sslmode \"%1\" is not one of %2").arg(sslmode, modes.join(QStringLiteral(", "))));
    }
    if (!sslrootcert.isEmpty() && !QFileInfo(sslrootcert).isReadable())
        throw configError(ProfilesMsg::tr("root certificate \"%1\" is not a readable file").arg(sslrootcert));
    if ((sslmode == QLatin1String("verify-ca") || sslmode == QLatin1String("verify-full")) && sslrootcert.isEmpty()) {
        throw configError(ProfilesMsg::tr("sslmode %1 checks the server against a root certificate: "
                                          "give one with --sslrootcert")
                              .arg(sslmode));
    }
    for (const QString &value : {port, standbyPort}) {
        if (value.isEmpty())
            continue;
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number <= 0 || number > 65535)
            throw configError(ProfilesMsg::tr("port \"%1\" is not a number from 1 to 65535").arg(value));
    }
    if (standbyHost.isEmpty() && (!standbyPort.isEmpty() || standbyMaxLag != 0))
        throw configError(ProfilesMsg::tr("a standby port or lag limit needs a standby host"));
    if (!standbyHost.isEmpty() && standbyHost == host && standbyPort == port)
        throw configError(ProfilesMsg::tr("the standby is the primary itself (same host and port)"));
    if (standbyMaxLag < 0 || standbyMaxLag > 86400)
        throw configError(ProfilesMsg::tr("the standby lag limit takes whole seconds from 1 to 86400"));
}

QString ConnectionProfile::describe() const
{
    QString text = config().describe();
    if (!sslmode.isEmpty())
        text += QStringLiteral(" sslmode=") + sslmode;
    if (!standbyHost.isEmpty()) {
        text += QStringLiteral(" standby=") + standbyHost +
                (standbyPort.isEmpty() ? QString() : QStringLiteral(":") + standbyPort);
        if (standbyMaxLag > 0)
            text += QStringLiteral(" max-lag=%1s").arg(standbyMaxLag);
    }
    return text;
}

namespace Profiles {

QStringList names()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QStringList list = settings.childGroups();
    list.sort();
    return list;
}

std::optional<ConnectionProfile> load(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!settings.childGroups().contains(name))
        return std::nullopt;
    settings.beginGroup(name);
    ConnectionProfile p;
    p.name = name;
    p.host = settings.value(QStringLiteral("host")).toString();
    p.port = settings.value(QStringLiteral("port")).toString();
    p.user = settings.value(QStringLiteral("user")).toString();
    p.dbname = settings.value(QStringLiteral("dbname")).toString();
    p.sslmode = settings.value(QStringLiteral("sslmode")).toString();
    p.sslrootcert = settings.value(QStringLiteral("sslrootcert")).toString();
    p.passwordInKeychain = settings.value(QStringLiteral("passwordInKeychain"), false).toBool();
    p.standbyHost = settings.value(QStringLiteral("standbyHost")).toString();
    p.standbyPort = settings.value(QStringLiteral("standbyPort")).toString();
    p.standbyMaxLag = settings.value(QStringLiteral("standbyMaxLag"), 0).toInt();
    return p;
}

void save(const ConnectionProfile &profile)
{
    profile.validate();
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(profile.name);
    settings.beginGroup(profile.name);
    settings.setValue(QStringLiteral("host"), profile.host);
    settings.setValue(QStringLiteral("port"), profile.port);
    settings.setValue(QStringLiteral("user"), profile.user);
    settings.setValue(QStringLiteral("dbname"), profile.dbname);
    settings.setValue(QStringLiteral("sslmode"), profile.sslmode);
    settings.setValue(QStringLiteral("sslrootcert"), profile.sslrootcert);
    settings.setValue(QStringLiteral("passwordInKeychain"), profile.passwordInKeychain);
    if (!profile.standbyHost.isEmpty()) {
        settings.setValue(QStringLiteral("standbyHost"), profile.standbyHost);
        settings.setValue(QStringLiteral("standbyPort"), profile.standbyPort);
        settings.setValue(QStringLiteral("standbyMaxLag"), profile.standbyMaxLag);
    }
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        throw Error(Error::Code::Io, ProfilesMsg::tr("cannot write the settings file %1").arg(settings.fileName()));
}

void remove(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!settings.childGroups().contains(name))
        throw configError(ProfilesMsg::tr("no profile named \"%1\"").arg(name));
    settings.remove(name);
    settings.sync();
}

namespace {
// The saved profile and its password from the keychain; a clear error when
// either is missing.
std::pair<ConnectionProfile, QString> loadWithPassword(const QString &profileName)
{
    const auto profile = load(profileName);
    if (!profile) {
        const QStringList known = names();
        throw configError(ProfilesMsg::tr("no profile named \"%1\" (%2)")
                              .arg(profileName, known.isEmpty()
                                                    ? ProfilesMsg::tr("none saved yet")
                                                    : QStringLiteral("saved: ") + known.join(QStringLiteral(", "))));
    }
    QString password;
    if (profile->passwordInKeychain) {
        password = Keychain::readPassword(profileName);
        if (password.isEmpty()) {
            throw configError(ProfilesMsg::tr("the password of profile \"%1\" is not in the system keychain any more; "
                                              "save it again with healdesk profile add %1 --password-stdin")
                                  .arg(profileName));
        }
    }
    return {*profile, password};
}
} // namespace

ConnectionConfig resolve(const QString &uri, const QString &profileName)
{
    if (profileName.isEmpty())
        return ConnectionConfig::fromUriOrEnvironment(uri);
    if (!uri.trimmed().isEmpty())
        throw configError(ProfilesMsg::tr("give --db or --profile, not both"));
    const auto [profile, password] = loadWithPassword(profileName);
    return profile.config(password);
}

std::optional<ConnectionConfig> resolveStandby(const QString &profileName)
{
    if (profileName.isEmpty())
        return std::nullopt;
    const auto profile = load(profileName);
    if (!profile || profile->standbyHost.isEmpty())
        return std::nullopt;
    const auto [loaded, password] = loadWithPassword(profileName);
    return loaded.standbyConfig(password);
}

} // namespace Profiles

} // namespace hd
