#pragma once

#include "Signing.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace hd {

// Every shape Healdesk signs, in one place: the type line and the field
// names in their fixed order (docs/order-signing.md gives the byte format).
namespace Statements {

inline const QString kRegistration = QStringLiteral("healdesk-key-registration-v1");
inline const QString kApproval = QStringLiteral("healdesk-key-approval-v1");
inline const QString kRevocation = QStringLiteral("healdesk-key-revocation-v1");
inline const QString kPolicy = QStringLiteral("healdesk-signing-policy-v1");
inline const QString kOrder = QStringLiteral("healdesk-order-v1");
inline const QString kReport = QStringLiteral("healdesk-report-v1");
inline const QString kReportFile = QStringLiteral("healdesk-report-file-v1");
inline const QString kAudit = QStringLiteral("healdesk-audit-v1");

// The field names of a statement type, in order; empty for an unknown type.
QStringList fields(const QString &type);
// A statement of type with these values, in fields(type) order.
Statement make(const QString &type, const QStringList &values);
// Parses bytes as a statement of type (exact fields, exact order).
std::optional<Statement> parse(const QByteArray &bytes, const QString &type, QString *why = nullptr);

// "*" when the login sees every partner, else the partner IDs sorted and comma-separated.
QString partnersText(const QStringList &partnerIds, bool all);

} // namespace Statements

// A signing key as the database (or a report's chain) holds it: untrusted
// until its approval verifies against the trust file.
struct KeyRecord
{
    QString keyId;
    QString publicKey; // base64, 32 bytes
    QString login;
    QString role; // technician, admin or service
    QString approvalStatement; // empty while pending
    QString approvalSignature; // base64; empty for a bootstrap approval
    QString approverKeyId;
};

// A revocation as an admin signed it.
struct RevocationRecord
{
    QString keyId;
    QString revokerKeyId;
    QString reason;
    QDateTime revokedAt;
    QString statement;
    QString signature; // base64
};

// A partner's signing policy as an admin signed it.
struct PolicyRecord
{
    QString partnerId;
    bool required = true;
    QDateTime setAt;
    QString keyId;
    QString statement;
    QString signature; // base64
};

// A fleet admin's public key that an appliance or an auditor trusts because
// the trust file names it. Every other key is trusted only through a chain of
// approvals that ends at one of these.
struct TrustAnchor
{
    QString keyId;
    QByteArray publicKey;
    QString login;
    QDateTime approvedAt;
    QDateTime validUntil;
    // The partners its own approval names: "*" for all, else the list. An
    // admin scoped to some partners signs for those only, and approves keys
    // for those only.
    QString partners = QStringLiteral("*");
};

// What checking a key found.
struct KeyCheck
{
    bool ok = false;
    QString keyId;
    QString login;
    QString role;
    QByteArray publicKey;
    bool allPartners = false;
    QStringList partners;
    QString approval;    // who approved it, when and until when, or "a trust anchor"
    QDateTime revokedAt; // when revoked (ok: after the time checked)
    QString revocationReason;
    QString problem; // when not ok, for people

    bool covers(const QString &partnerId) const { return allPartners || partners.contains(partnerId.toLower()); }
};

// The fleet's trust file (healdesk key export-trust): its admins' public keys,
// the revocations and signed signing policies known when it was written. What
// it names is trusted without a database; everything else must chain to it.
class TrustStore
{
public:
    static constexpr auto kFormat = "healdesk-trust-v1";

    QString installationId;
    QDateTime exportedAt;
    QString exportedBy;
    QList<TrustAnchor> anchors;
    QList<RevocationRecord> revocations;
    QList<PolicyRecord> policies;

    // Throws Error(InvalidInput) naming what is wrong; Error(Io) when the file cannot be read.
    static TrustStore fromJson(const QByteArray &bytes);
    static TrustStore load(const QString &path);
    QByteArray toJson() const;
    // The SHA-256 of the file's bytes, for reading out over the phone.
    static QString fingerprint(const QByteArray &bytes);

    const TrustAnchor *anchor(const QString &keyId) const;

    using Lookup = std::function<std::optional<KeyRecord>(const QString &keyId)>;
    // Checks a key as of at: an anchor, or approved (by a key that is itself
    // trusted as of the approval and not revoked by at, an admin, not the
    // key's own login, whose scope covers the partners approved) for at most
    // three years, within that validity and not revoked by then. Revocations
    // come from this file and from more (each trusted only when its own
    // signature verifies). Revoking an admin key voids the approvals it made:
    // a revoked key could date a new one before its revocation.
    KeyCheck checkKey(const QString &keyId, const QDateTime &at, const Lookup &lookup,
                      const QList<RevocationRecord> &more = {}) const;

    // Whether orders for this partner must be signed, as an appliance holding
    // this file sees it: yes, unless the newest policy for the partner (from
    // this file and more) that a trusted admin signed says no. Unsigned or
    // badly signed policies count for nothing.
    // A policy counts only while its signer's key is not revoked at at: a
    // revoked key could put any date on a policy.
    bool signaturesRequired(const QString &partnerId, const QList<PolicyRecord> &more, const Lookup &lookup,
                            const QList<RevocationRecord> &revocations, const QDateTime &at) const;

private:
    KeyCheck checkKeyAt(const QString &keyId, const QDateTime &at, const Lookup &lookup,
                        const QList<RevocationRecord> &revocations, int depth) const;
    std::optional<RevocationRecord> revocationOf(const QString &keyId, const Lookup &lookup,
                                                 const QList<RevocationRecord> &more, int depth) const;
};

// An order as a row holds it: what an appliance reads before running it.
struct OrderRecord
{
    QString orderId;
    QString applianceId;
    QString runbookId;
    QString parameters; // JSON text as stored
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString nonce;
    QString keyId;
    QString signature; // base64
    QString signedPayload;
    QString partnerId; // the appliance's partner
};

namespace OrderSigning {

// The payload signed for an order: the order statement over the row's
// fields, parameters in RFC 8785 canonical form. Throws Error(InvalidInput)
// when the parameters are not JSON.
QByteArray payload(const OrderRecord &order);
// The order a parsed order statement describes (times invalid where they do
// not parse); the signature columns are left empty.
OrderRecord recordOf(const Statement &statement);

struct Check
{
    enum class Result { Accepted, Unsigned, Rejected };
    Result result = Result::Rejected;
    QString reason; // why rejected, for the order's result
    KeyCheck signer;
    bool accepted() const { return result != Result::Rejected; }
};

// What an appliance needs besides the order.
struct Context
{
    const TrustStore *trust = nullptr;
    TrustStore::Lookup lookup;
    QList<RevocationRecord> revocations;
    bool signaturesRequired = true;
    QString applianceId; // the appliance about to run it; empty: not checked
    QDateTime now;
    // Another order that used this nonce already, or empty.
    std::function<QString(const QString &nonce, const QString &orderId)> nonceUsedBy;
};

// The appliance's check, in this order: unsigned (allowed only when
// signatures are not required), a payload that is not an order statement, a
// key the trust file does not reach (unknown, pending, revoked, expired,
// approved by its own owner or by no trusted admin), a signature that does not
// verify, the signed expiry passed, another appliance's order, a nonce seen
// before, a row that differs from what was signed, a partner the key's
// approval does not cover.
Check check(const OrderRecord &order, const Context &context);

} // namespace OrderSigning

// What a signed report carries besides its data: the statement over its
// digest, the signature, and the signer's key with the approvals up to an
// anchor.
struct ReportSignature
{
    QByteArray statement;
    QByteArray signature;
    QList<KeyRecord> chain; // the signer's key first

    bool isEmpty() const { return statement.isEmpty(); }
    // The chain as JSON text, for a CSV cell or a PDF trailer.
    QByteArray chainJson() const;
    static QList<KeyRecord> chainFromJson(const QByteArray &json);
};

struct ReportProof
{
    enum class State { Verified, Unsigned, Unchecked, Invalid };
    State state = State::Unsigned;
    KeyCheck signer;
    QDateTime signedAt;
    QString reportId;
    QString problem;
};

namespace ReportSigning {

// Checks a report statement (type kReport, or kReportFile with fileSha256)
// and its signature against the digest recomputed from the data (an empty
// digest is not compared: a PDF's data is covered by its file hash). Without a
// trust store, the signature is checked against the key the file carries
// and the result is Unchecked at best.
ReportProof check(const ReportSignature &sig, const QString &type, const QString &digest, const QString &fileSha256,
                  const TrustStore *trust);

} // namespace ReportSigning

} // namespace hd
