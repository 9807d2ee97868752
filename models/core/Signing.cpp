#include "Signing.h"

#include "Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace hd {

namespace {
struct SigningMsg
{
    Q_DECLARE_TR_FUNCTIONS(Signing)
};

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

struct MdCtx
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~MdCtx() { EVP_MD_CTX_free(ctx); }
};

Error cryptoError(const QString &what)
{
    return Error(Error::Code::Config, SigningMsg::tr("the cryptographic library could not %1").arg(what));
}

} // namespace

namespace Ed25519 {

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes)
        return false;
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                                size_t(publicKey.size()));
    if (!key)
        return false;
    MdCtx md;
    bool ok = md.ctx && EVP_DigestVerifyInit(md.ctx, nullptr, nullptr, nullptr, key) == 1 &&
              EVP_DigestVerify(md.ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                               size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
                               size_t(message.size())) == 1;
    EVP_PKEY_free(key);
    return ok;
}

QString keyId(const QByteArray &publicKey)
{
    if (publicKey.size() != kPublicKeyBytes)
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex());
}

} // namespace Ed25519

SigningKey::SigningKey(void *pkey) : m_pkey(pkey)
{
    size_t length = Ed25519::kPublicKeyBytes;
    m_public.resize(Ed25519::kPublicKeyBytes);
    if (EVP_PKEY_get_raw_public_key(static_cast<EVP_PKEY *>(m_pkey), reinterpret_cast<unsigned char *>(m_public.data()),
                                    &length) != 1 ||
        length != size_t(Ed25519::kPublicKeyBytes)) {
        EVP_PKEY_free(static_cast<EVP_PKEY *>(m_pkey));
        throw cryptoError(SigningMsg::tr("read a public key"));
    }
    m_keyId = Ed25519::keyId(m_public);
}

SigningKey::~SigningKey()
{
    EVP_PKEY_free(static_cast<EVP_PKEY *>(m_pkey));
}

std::shared_ptr<SigningKey> SigningKey::generate()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        throw cryptoError(SigningMsg::tr("make an Ed25519 key"));
    return std::shared_ptr<SigningKey>(new SigningKey(key));
}

std::shared_ptr<SigningKey> SigningKey::fromSeed(QByteArray &seedBase64)
{
    QByteArray seed = QByteArray::fromBase64(seedBase64);
    wipe(seedBase64);
    if (seed.size() != 32) {
        wipe(seed);
        throw Error(Error::Code::Config, SigningMsg::tr("the signing key in the keychain is damaged (not 32 bytes)"));
    }
    EVP_PKEY *key = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(seed.constData()), size_t(seed.size()));
    wipe(seed);
    if (!key)
        throw cryptoError(SigningMsg::tr("load the signing key"));
    return std::shared_ptr<SigningKey>(new SigningKey(key));
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    MdCtx md;
    QByteArray signature(Ed25519::kSignatureBytes, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    if (!md.ctx || EVP_DigestSignInit(md.ctx, nullptr, nullptr, nullptr, static_cast<EVP_PKEY *>(m_pkey)) != 1 ||
        EVP_DigestSign(md.ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) != 1 ||
        length != size_t(Ed25519::kSignatureBytes)) {
        throw cryptoError(SigningMsg::tr("sign"));
    }
    return signature;
}

QByteArray SigningKey::seedBase64ForKeychain() const
{
    QByteArray seed(32, Qt::Uninitialized);
    size_t length = size_t(seed.size());
    if (EVP_PKEY_get_raw_private_key(static_cast<EVP_PKEY *>(m_pkey), reinterpret_cast<unsigned char *>(seed.data()),
                                     &length) != 1 ||
        length != 32) {
        wipe(seed);
        throw cryptoError(SigningMsg::tr("read the signing key"));
    }
    QByteArray encoded = seed.toBase64();
    wipe(seed);
    return encoded;
}

QString Statement::value(const QString &name) const
{
    for (const auto &f : fields) {
        if (f.first == name)
            return f.second;
    }
    return {};
}

namespace {
bool hasControl(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}
} // namespace

QByteArray Statement::bytes() const
{
    QByteArray out = type.toUtf8() + '\n';
    for (const auto &[name, value] : fields) {
        if (hasControl(value)) {
            throw Error(Error::Code::InvalidInput,
                        SigningMsg::tr("%1 holds a control character (a line break or a tab) and cannot be signed")
                            .arg(name));
        }
        out += name.toUtf8() + '=' + value.toUtf8() + '\n';
    }
    return out;
}

std::optional<Statement> Statement::parse(const QByteArray &bytes, const QString &type, const QStringList &names,
                                          QString *why)
{
    auto fail = [why](const QString &text) -> std::optional<Statement> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (!bytes.endsWith('\n'))
        return fail(SigningMsg::tr("the statement does not end with a line break"));
    const QList<QByteArray> lines = bytes.first(bytes.size() - 1).split('\n');
    if (lines.size() != names.size() + 1)
        return fail(SigningMsg::tr("the statement has %1 lines, not %2").arg(lines.size()).arg(names.size() + 1));
    Statement s;
    s.type = QString::fromUtf8(lines.at(0));
    if (s.type != type)
        return fail(SigningMsg::tr("the statement is a \"%1\", not a \"%2\"").arg(s.type, type));
    for (int i = 0; i < names.size(); ++i) {
        const QByteArray &line = lines.at(i + 1);
        const qsizetype eq = line.indexOf('=');
        if (eq < 0 || QString::fromUtf8(line.first(eq)) != names.at(i))
            return fail(SigningMsg::tr("line %1 should give %2").arg(i + 2).arg(names.at(i)));
        const QString value = QString::fromUtf8(line.sliced(eq + 1));
        if (hasControl(value) || value.toUtf8() != line.sliced(eq + 1))
            return fail(SigningMsg::tr("line %1 is not clean UTF-8 text").arg(i + 2));
        s.fields.append({names.at(i), value});
    }
    return s;
}

namespace signing {

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDateTime parseTime(const QString &text)
{
    if (text.size() != 24 || text.at(10) != QLatin1Char('T') || !text.endsWith(QLatin1Char('Z')))
        return {};
    // Date and time read apart and joined as UTC: parsed as a whole, the text
    // would be read in the local zone first, and an instant that falls in its
    // spring-forward gap would not exist.
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11, 12), QStringLiteral("HH:mm:ss.zzz"));
    if (!date.isValid() || !time.isValid())
        return {};
    const QDateTime t(date, time, Qt::UTC);
    // Only the one spelling: a time that does not print back the same is not canonical.
    return timeText(t) == text ? t : QDateTime();
}

QByteArray strictBase64(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    // One spelling only: what decodes must encode back to the same text.
    if (!decoded || QString::fromLatin1(decoded.decoded.toBase64()) != text)
        return {};
    return decoded.decoded;
}

QString nonce()
{
    QByteArray bytes(16, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size())) != 1)
        throw cryptoError(SigningMsg::tr("draw a random nonce"));
    return QString::fromLatin1(bytes.toHex());
}

} // namespace signing

} // namespace hd
