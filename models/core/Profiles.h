#pragma once

#include "ConnectionConfig.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace hd {

// A named connection kept in the settings file: where the database is and how
// to check the server's certificate, never a password. The password, if the
// profile has one, lives in the system keychain (Keychain), keyed by name.
struct ConnectionProfile
{
    QString name;
    QString host;
    QString port;
    QString user;
    QString dbname;
    QString sslmode;     // empty: libpq's default (prefer)
    QString sslrootcert; // CA file for verify-ca / verify-full
    bool passwordInKeychain = false;
    // A read-only standby of the same database (issue 8): its host and port;
    // login, database, password and TLS settings are the primary's. Empty: none.
    QString standbyHost;
    QString standbyPort;
    int standbyMaxLag = 0; // seconds; 0: the console's default (30)

    // The connection, with the password given (read from the keychain by the caller).
    ConnectionConfig config(const QString &password = {}) const;
    // The standby's connection, if the profile names one.
    std::optional<ConnectionConfig> standbyConfig(const QString &password = {}) const;
    // A profile from a URI; its password, if any, is returned apart and never kept here.
    static ConnectionProfile fromConfig(const QString &name, const ConnectionConfig &config);
    // Throws Error(Config) naming what is wrong: an empty or odd name, an
    // unknown sslmode, a verify mode without a readable root certificate.
    void validate() const;
    QString describe() const;
};

namespace Profiles {

QStringList names();
std::optional<ConnectionProfile> load(const QString &name);
// Validates, then writes the profile to the settings file (no password).
void save(const ConnectionProfile &profile);
void remove(const QString &name);
// The connection a command line asks for: --db URI, --profile NAME (password
// from the keychain), or neither (libpq's PG* variables). Both is an error.
ConnectionConfig resolve(const QString &uri, const QString &profileName);
// The standby a profile names (password from the keychain, as resolve()), or
// nothing for no profile or a profile without one.
std::optional<ConnectionConfig> resolveStandby(const QString &profileName);

} // namespace Profiles

} // namespace hd
