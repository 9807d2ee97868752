#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace hd {

// Ed25519 through OpenSSL 3's EVP interface (libcrypto, which Qt Network
// already loads for TLS): one more library would be one more thing to keep
// patched, and Debian keeps OpenSSL's security updates flowing.
namespace Ed25519 {

constexpr int kPublicKeyBytes = 32;
constexpr int kSignatureBytes = 64;

// True when signature (64 bytes) is publicKey's (32 bytes) over message.
// Any malformed input is simply false.
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

// A key's ID: the first 16 bytes of SHA-256 over its 32 public bytes, as 32
// lower-case hex digits. Empty for a key that is not 32 bytes.
QString keyId(const QByteArray &publicKey);

} // namespace Ed25519

// A private signing key held in memory only. It is made here or read back
// from the system keychain (Keys::loadSigner); its secret bytes are never
// handed out except to the keychain, and are wiped from every buffer Healdesk
// touched. Shared between threads: signing is const and thread-safe.
class SigningKey
{
public:
    ~SigningKey();
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    static std::shared_ptr<SigningKey> generate();
    // From the 32-byte seed kept in the keychain (base64). The buffer is wiped.
    static std::shared_ptr<SigningKey> fromSeed(QByteArray &seedBase64);

    const QByteArray &publicKey() const { return m_public; }
    QString publicKeyBase64() const { return QString::fromLatin1(m_public.toBase64()); }
    const QString &keyId() const { return m_keyId; }
    QByteArray sign(const QByteArray &message) const;
    // The seed, base64, for the keychain and nothing else.
    QByteArray seedBase64ForKeychain() const;

private:
    explicit SigningKey(void *pkey);
    void *m_pkey; // EVP_PKEY
    QByteArray m_public;
    QString m_keyId;
};

// What a Session signs with: the key and the login it belongs to. Set on a
// Database (Database::setSigner); every write on its thread can reach it.
struct Signer
{
    std::shared_ptr<const SigningKey> key;
    QString login;
    QString installationId;
};

// A signed statement: a type line, then one "name=value" line per field, in
// a fixed order, each ending in LF, UTF-8. Values may not hold control
// characters. The bytes are what gets signed; docs/order-signing.md gives
// the format to appliance vendors.
struct Statement
{
    QString type;
    QList<std::pair<QString, QString>> fields;

    QString value(const QString &name) const;
    // Throws Error(InvalidInput) naming the field whose value cannot be written.
    QByteArray bytes() const;
    // Parses bytes strictly: the given type and exactly these field names in
    // this order, nothing before or after. Empty when they do not match;
    // why says how.
    static std::optional<Statement> parse(const QByteArray &bytes, const QString &type, const QStringList &names,
                                          QString *why = nullptr);
};

namespace signing {

// Times in signed statements: ISO 8601 UTC with milliseconds and a Z.
QString timeText(const QDateTime &t);
QDateTime parseTime(const QString &text);
// 16 random bytes from the system's generator, as 32 hex digits.
QString nonce();
// Standard base64 with padding, in its one canonical spelling; empty for
// anything else (keys and signatures have no second spelling).
QByteArray strictBase64(const QString &text);

} // namespace signing

} // namespace hd
