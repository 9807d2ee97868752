// libFuzzer target: the signature check an appliance runs on every order.
// Invariants: any bytes signed verify, and no single flipped bit does; an
// order statement that parses writes back the same bytes; an order whose
// statement verifies re-canonicalises to itself, and the appliance accepts
// it from a trusted key and rejects it after any flipped bit of its payload.
#include "CanonicalJson.h"
#include "Error.h"
#include "Signing.h"
#include "Trust.h"

#include <QCryptographicHash>

#include <cstdint>
#include <cstdlib>

namespace {

const hd::SigningKey &fuzzKey()
{
    static const std::shared_ptr<hd::SigningKey> key = [] {
        QByteArray seed = QByteArray(32, '\x2a').toBase64();
        return hd::SigningKey::fromSeed(seed);
    }();
    return *key;
}

// A bit of bytes chosen by their own hash, so the replay is deterministic.
QByteArray flipOneBit(const QByteArray &bytes)
{
    QByteArray out = bytes;
    const QByteArray h = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const quint64 pick = (quint64(quint8(h[0])) << 24) | (quint64(quint8(h[1])) << 16) |
                         (quint64(quint8(h[2])) << 8) | quint64(quint8(h[3]));
    const quint64 bit = pick % quint64(bytes.size() * 8);
    out[qsizetype(bit / 8)] = char(out[qsizetype(bit / 8)] ^ (1 << (bit % 8)));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace hd;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const SigningKey &key = fuzzKey();

    const QByteArray signature = key.sign(bytes);
    if (!Ed25519::verify(key.publicKey(), bytes, signature))
        std::abort();
    if (!bytes.isEmpty() && Ed25519::verify(key.publicKey(), flipOneBit(bytes), signature))
        std::abort();
    if (Ed25519::verify(key.publicKey(), bytes, flipOneBit(signature)))
        std::abort();

    const auto st = Statements::parse(bytes, Statements::kOrder);
    if (!st)
        return 0;
    try {
        if (st->bytes() != bytes)
            std::abort();
    } catch (const Error &) {
        std::abort(); // a statement that parsed has no value that cannot be written
    }

    // The appliance's check, with a trust file naming the key.
    OrderRecord order = OrderSigning::recordOf(*st);
    order.keyId = key.keyId();
    order.signature = QString::fromLatin1(key.sign(bytes).toBase64());
    order.signedPayload = QString::fromUtf8(bytes);
    order.partnerId = QStringLiteral("p");
    TrustStore trust;
    trust.installationId = QStringLiteral("fuzz");
    trust.anchors << TrustAnchor{key.keyId(), key.publicKey(), QStringLiteral("admin"),
                                 QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
                                 QDateTime::fromMSecsSinceEpoch(253402300799000LL, Qt::UTC)};
    OrderSigning::Context context;
    context.trust = &trust;
    context.applianceId = order.applianceId;
    context.now = order.issuedAt.isValid() ? order.issuedAt : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const OrderSigning::Check check = OrderSigning::check(order, context);
    if (check.accepted()) {
        // What verified is its own canonical form: the payload rebuilt from the row is the signed bytes.
        if (OrderSigning::payload(order) != bytes)
            std::abort();
        if (CanonicalJson::canonicalize(order.parameters.toUtf8()) != order.parameters.toUtf8())
            std::abort();
        if (st->value(QStringLiteral("key_id")) != key.keyId())
            std::abort();
    }
    // Any flipped bit of the signed payload is refused.
    OrderRecord flipped = order;
    flipped.signedPayload = QString::fromUtf8(flipOneBit(bytes));
    if (flipped.signedPayload.toUtf8() != bytes && OrderSigning::check(flipped, context).accepted())
        std::abort();
    return 0;
}
