#pragma once

#include "Trust.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace hd {

class Session;

// Who the session is, as far as signing keys go.
struct KeyIdentity
{
    QString installationId;
    QString login;
    QString partners; // what an approval of this login's key names: "*" or sorted partner IDs
    bool admin = false;
    bool owner = false; // owns Healdesk's schema: may approve the first admin key
};

// A key as healdesk key list shows it.
struct KeyRow
{
    QString keyId;
    QString login;
    QString role;
    QString label;
    QString state; // pending, approved, expired, revoked
    QDateTime createdAt;
    QString approvedBy;
    QDateTime approvedAt;
    QDateTime validUntil;
    bool bootstrap = false;
    QString revokedBy;
    QDateTime revokedAt;
    QString revocationReason;
};

// Everything a chain check reads from the database: untrusted rows that only
// count where their signatures verify against a trust file.
struct KeyMaterial
{
    QHash<QString, KeyRecord> keys;
    QHash<QString, bool> bootstrapped; // key ID -> approved as the first admin key
    QList<RevocationRecord> revocations;
    QList<PolicyRecord> policies;

    TrustStore::Lookup lookup() const;
    // The key and its approvers, each the approver of the one before, up to
    // a first admin key or a key the database does not have.
    QList<KeyRecord> chain(const QString &keyId) const;
};

namespace Keys {

inline const QString kTechnician = QStringLiteral("technician");
inline const QString kAdmin = QStringLiteral("admin");
inline const QString kService = QStringLiteral("service");
constexpr int kDefaultValidDays = 365;

KeyIdentity identity(Session &session);
QList<KeyRow> list(Session &session);
KeyMaterial material(Session &session);
// The state of the session signer's key, or empty when there is no signer or
// the database does not know its key.
QString signerState(Session &session);

// The keychain entry that holds a login's key on this installation.
QString keychainEntry(const KeyIdentity &identity);
// The login's key from the system keychain, or null when it holds none.
// Throws Error(Config) when the keychain cannot be reached.
std::shared_ptr<SigningKey> loadLocal(const KeyIdentity &identity);
void storeLocal(const KeyIdentity &identity, const SigningKey &key);
void forgetLocal(const KeyIdentity &identity);

// Registers key as the session's own, pending, with its self-signed
// statement and an audit row. False when it was registered already.
bool registerKey(Session &session, const SigningKey &key, const QString &role, const QString &label);
// The first admin key, approved by the schema's owner while no admin key is
// approved. Audited.
void bootstrap(Session &session, const QString &keyId, int validDays = kDefaultValidDays);
// An admin approves another login's pending key with the session signer's
// own approved admin key: a signed statement over the key, its login, role,
// partner scope and validity. Audited.
void approve(Session &session, const QString &keyId, int validDays = kDefaultValidDays);
// Revokes a key with a reason, signed by the session signer's admin key. Audited.
void revoke(Session &session, const QString &keyId, const QString &reason);
// Whether a partner's orders must be signed, signed by the session signer's admin key. Audited.
void setPolicy(Session &session, const QString &partnerId, bool required);

// The fleet's trust file as of now: the admin keys that chain to the first
// admin key (each approval verified here), the revocations and signing
// policies those admins signed. Throws Error(Refused) while no admin key is
// approved, and Error(Schema) when two keys claim the first approval (rows
// written around Healdesk).
TrustStore exportTrust(Session &session);

} // namespace Keys

} // namespace hd
