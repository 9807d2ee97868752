#pragma once

#include <QString>

namespace hd {

// Passwords in the system keychain (the Secret Service on Linux: GNOME
// Keyring, KWallet), through QtKeychain. Never written anywhere else: no
// plain-text fallback. Each call waits for the keychain with a local event
// loop, so it is for start-up and the command line, not the middle of a page.
namespace Keychain {

// Empty when no password is stored under that profile name. Throws
// Error(Config) when the keychain cannot be reached or refuses.
QString readPassword(const QString &profile);
void writePassword(const QString &profile, const QString &password);
// Removing a password that is not there is not an error.
void deletePassword(const QString &profile);

// Signing keys' 32-byte seeds (base64), under a service of their own, one
// entry per installation and login (Keys::keychainEntry). Never anywhere
// else. readSigningSeed is empty when there is none.
QByteArray readSigningSeed(const QString &entry);
void writeSigningSeed(const QString &entry, const QByteArray &seedBase64);
void deleteSigningSeed(const QString &entry);

// Alert routes' secrets (a webhook URL's secret part, a PagerDuty routing
// key), under a service of their own, one entry per installation and route
// (AlertRoutes::keychainEntry). readAlertSecret is empty when there is none.
QString readAlertSecret(const QString &entry);
void writeAlertSecret(const QString &entry, const QString &secret);

} // namespace Keychain

} // namespace hd
