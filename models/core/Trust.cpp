#include "Trust.h"

#include "CanonicalJson.h"
#include "Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hd {

namespace {
struct TrustText
{
    Q_DECLARE_TR_FUNCTIONS(Trust)
};

constexpr int kMaxChain = 4;


QString shortId(const QString &keyId)
{
    return keyId.left(12);
}

QString when(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

namespace Statements {

QStringList fields(const QString &type)
{
    if (type == kRegistration)
        return {QStringLiteral("key_id"), QStringLiteral("public_key"), QStringLiteral("role")};
    if (type == kApproval) {
        return {QStringLiteral("installation_id"), QStringLiteral("key_id"),      QStringLiteral("public_key"),
                QStringLiteral("login"),           QStringLiteral("role"),        QStringLiteral("partners"),
                QStringLiteral("approved_at"),     QStringLiteral("valid_until"), QStringLiteral("approver_key_id")};
    }
    if (type == kRevocation) {
        return {QStringLiteral("installation_id"), QStringLiteral("key_id"), QStringLiteral("reason"),
                QStringLiteral("revoked_at"), QStringLiteral("revoker_key_id")};
    }
    if (type == kPolicy) {
        return {QStringLiteral("installation_id"), QStringLiteral("partner_id"), QStringLiteral("required"),
                QStringLiteral("set_at"), QStringLiteral("key_id")};
    }
    if (type == kOrder) {
        return {QStringLiteral("order_id"),   QStringLiteral("appliance_id"), QStringLiteral("runbook_id"),
                QStringLiteral("parameters"), QStringLiteral("issued_at"),    QStringLiteral("expires_at"),
                QStringLiteral("nonce"),      QStringLiteral("key_id")};
    }
    if (type == kReport) {
        return {QStringLiteral("report_id"), QStringLiteral("digest"), QStringLiteral("signed_at"),
                QStringLiteral("login"), QStringLiteral("key_id")};
    }
    if (type == kReportFile) {
        return {QStringLiteral("report_id"), QStringLiteral("digest"), QStringLiteral("file_sha256"),
                QStringLiteral("signed_at"), QStringLiteral("login"),  QStringLiteral("key_id")};
    }
    if (type == kAudit) {
        return {QStringLiteral("login"),          QStringLiteral("action"),    QStringLiteral("target_sha256"),
                QStringLiteral("details_sha256"), QStringLiteral("signed_at"), QStringLiteral("key_id")};
    }
    return {};
}

Statement make(const QString &type, const QStringList &values)
{
    const QStringList names = fields(type);
    Q_ASSERT(names.size() == values.size());
    Statement s{type, {}};
    for (qsizetype i = 0; i < names.size(); ++i)
        s.fields.append({names.at(i), values.value(i)});
    return s;
}

std::optional<Statement> parse(const QByteArray &bytes, const QString &type, QString *why)
{
    return Statement::parse(bytes, type, fields(type), why);
}

QString partnersText(const QStringList &partnerIds, bool all)
{
    if (all)
        return QStringLiteral("*");
    QStringList ids;
    for (const QString &id : partnerIds)
        ids << id.toLower();
    ids.sort();
    ids.removeDuplicates();
    return ids.join(QLatin1Char(','));
}

} // namespace Statements

// ---- the trust file

namespace {

QString requiredText(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        throw Error(Error::Code::InvalidInput,
                    TrustText::tr("the trust file's %1 has no \"%2\"").arg(where, key));
    }
    return v.toString();
}

QDateTime requiredTime(const QJsonObject &o, const QString &key, const QString &where)
{
    const QDateTime t = signing::parseTime(requiredText(o, key, where));
    if (!t.isValid()) {
        throw Error(Error::Code::InvalidInput,
                    TrustText::tr("the trust file's %1 has a \"%2\" that is not a time").arg(where, key));
    }
    return t;
}

} // namespace

TrustStore TrustStore::fromJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject()) {
        throw Error(Error::Code::InvalidInput,
                    TrustText::tr("not a trust file: %1").arg(error.error == QJsonParseError::NoError
                                                                   ? TrustText::tr("not a JSON object")
                                                                   : error.errorString()));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        throw Error(Error::Code::InvalidInput,
                    TrustText::tr("not a trust file: its format is not %1").arg(QLatin1String(kFormat)));
    }
    TrustStore t;
    const QString top = TrustText::tr("header");
    t.installationId = requiredText(root, QStringLiteral("installation_id"), top);
    t.exportedAt = requiredTime(root, QStringLiteral("exported_at"), top);
    t.exportedBy = root.value(QStringLiteral("exported_by")).toString();
    const QJsonArray anchors = root.value(QStringLiteral("anchors")).toArray();
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const QJsonObject o = anchors.at(i).toObject();
        const QString where = TrustText::tr("anchor %1").arg(i + 1);
        TrustAnchor a;
        a.keyId = requiredText(o, QStringLiteral("key_id"), where);
        a.publicKey = signing::strictBase64(requiredText(o, QStringLiteral("public_key"), where));
        if (Ed25519::keyId(a.publicKey) != a.keyId) {
            throw Error(Error::Code::InvalidInput,
                        TrustText::tr("the trust file's %1: key ID %2 is not the ID of its public key")
                            .arg(where, a.keyId));
        }
        a.login = requiredText(o, QStringLiteral("login"), where);
        a.approvedAt = requiredTime(o, QStringLiteral("approved_at"), where);
        a.validUntil = requiredTime(o, QStringLiteral("valid_until"), where);
        a.partners = requiredText(o, QStringLiteral("partners"), where);
        t.anchors << a;
    }
    if (t.anchors.isEmpty())
        throw Error(Error::Code::InvalidInput, TrustText::tr("the trust file names no admin key"));
    const QJsonArray revocations = root.value(QStringLiteral("revocations")).toArray();
    for (qsizetype i = 0; i < revocations.size(); ++i) {
        const QJsonObject o = revocations.at(i).toObject();
        const QString where = TrustText::tr("revocation %1").arg(i + 1);
        t.revocations << RevocationRecord{requiredText(o, QStringLiteral("key_id"), where),
                                          requiredText(o, QStringLiteral("revoker_key_id"), where),
                                          requiredText(o, QStringLiteral("reason"), where),
                                          requiredTime(o, QStringLiteral("revoked_at"), where),
                                          requiredText(o, QStringLiteral("statement"), where),
                                          requiredText(o, QStringLiteral("signature"), where)};
    }
    const QJsonArray policies = root.value(QStringLiteral("policies")).toArray();
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const QJsonObject o = policies.at(i).toObject();
        const QString where = TrustText::tr("policy %1").arg(i + 1);
        t.policies << PolicyRecord{requiredText(o, QStringLiteral("partner_id"), where),
                                   o.value(QStringLiteral("required")).toBool(true),
                                   requiredTime(o, QStringLiteral("set_at"), where),
                                   requiredText(o, QStringLiteral("key_id"), where),
                                   requiredText(o, QStringLiteral("statement"), where),
                                   requiredText(o, QStringLiteral("signature"), where)};
    }
    return t;
}

TrustStore TrustStore::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Code::Io, TrustText::tr("cannot read the trust file %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll());
}

QByteArray TrustStore::toJson() const
{
    QJsonArray a;
    for (const TrustAnchor &x : anchors) {
        a.append(QJsonObject{{QStringLiteral("key_id"), x.keyId},
                             {QStringLiteral("public_key"), QString::fromLatin1(x.publicKey.toBase64())},
                             {QStringLiteral("login"), x.login},
                             {QStringLiteral("approved_at"), signing::timeText(x.approvedAt)},
                             {QStringLiteral("valid_until"), signing::timeText(x.validUntil)},
                             {QStringLiteral("partners"), x.partners}});
    }
    QJsonArray r;
    for (const RevocationRecord &x : revocations) {
        r.append(QJsonObject{{QStringLiteral("key_id"), x.keyId},
                             {QStringLiteral("revoker_key_id"), x.revokerKeyId},
                             {QStringLiteral("reason"), x.reason},
                             {QStringLiteral("revoked_at"), signing::timeText(x.revokedAt)},
                             {QStringLiteral("statement"), x.statement},
                             {QStringLiteral("signature"), x.signature}});
    }
    QJsonArray p;
    for (const PolicyRecord &x : policies) {
        p.append(QJsonObject{{QStringLiteral("partner_id"), x.partnerId},
                             {QStringLiteral("required"), x.required},
                             {QStringLiteral("set_at"), signing::timeText(x.setAt)},
                             {QStringLiteral("key_id"), x.keyId},
                             {QStringLiteral("statement"), x.statement},
                             {QStringLiteral("signature"), x.signature}});
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("installation_id"), installationId},
                           {QStringLiteral("exported_at"), signing::timeText(exportedAt)},
                           {QStringLiteral("exported_by"), exportedBy},
                           {QStringLiteral("anchors"), a},
                           {QStringLiteral("revocations"), r},
                           {QStringLiteral("policies"), p}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString TrustStore::fingerprint(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const TrustAnchor *TrustStore::anchor(const QString &keyId) const
{
    for (const TrustAnchor &a : anchors) {
        if (a.keyId == keyId)
            return &a;
    }
    return nullptr;
}

KeyCheck TrustStore::checkKey(const QString &keyId, const QDateTime &at, const Lookup &lookup,
                              const QList<RevocationRecord> &more) const
{
    return checkKeyAt(keyId, at, lookup, more, 0);
}

std::optional<RevocationRecord> TrustStore::revocationOf(const QString &keyId, const Lookup &lookup,
                                                         const QList<RevocationRecord> &more, int depth) const
{
    std::optional<RevocationRecord> earliest;
    auto consider = [&earliest](const RevocationRecord &r) {
        if (!earliest || r.revokedAt < earliest->revokedAt)
            earliest = r;
    };
    // The file's own revocations are as trusted as its anchors.
    for (const RevocationRecord &r : revocations) {
        if (r.keyId == keyId)
            consider(r);
    }
    // A database's count only when a trusted admin signed them.
    for (const RevocationRecord &r : more) {
        if (r.keyId != keyId || depth >= kMaxChain)
            continue;
        const auto st = Statements::parse(r.statement.toUtf8(), Statements::kRevocation);
        if (!st || st->value(QStringLiteral("key_id")) != keyId ||
            st->value(QStringLiteral("revoker_key_id")) != r.revokerKeyId ||
            signing::parseTime(st->value(QStringLiteral("revoked_at"))) != r.revokedAt ||
            st->value(QStringLiteral("installation_id")) != installationId) {
            continue;
        }
        const KeyCheck revoker = checkKeyAt(r.revokerKeyId, r.revokedAt, lookup, {}, depth + 1);
        if (!revoker.ok || revoker.role != QLatin1String("admin") ||
            !Ed25519::verify(revoker.publicKey, r.statement.toUtf8(), signing::strictBase64(r.signature))) {
            continue;
        }
        consider(r);
    }
    return earliest;
}

KeyCheck TrustStore::checkKeyAt(const QString &keyId, const QDateTime &at, const Lookup &lookup,
                                const QList<RevocationRecord> &more, int depth) const
{
    KeyCheck c;
    c.keyId = keyId;
    auto fail = [&c](const QString &problem) {
        c.ok = false;
        c.problem = problem;
        return c;
    };
    if (depth > kMaxChain)
        return fail(TrustText::tr("its chain of approvals is longer than %1 keys").arg(kMaxChain));
    if (keyId.isEmpty())
        return fail(TrustText::tr("it names no key"));
    const std::optional<RevocationRecord> revocation = revocationOf(keyId, lookup, more, depth);
    auto revoked = [&]() -> bool {
        if (!revocation)
            return false;
        c.revokedAt = revocation->revokedAt;
        c.revocationReason = revocation->reason;
        return revocation->revokedAt <= at;
    };
    auto revokedText = [&] {
        return TrustText::tr("key %1 of %2 was revoked on %3 (%4)")
            .arg(shortId(keyId), c.login, when(c.revokedAt), c.revocationReason);
    };

    if (const TrustAnchor *a = anchor(keyId)) {
        c.login = a->login;
        c.role = QStringLiteral("admin");
        c.publicKey = a->publicKey;
        c.allPartners = a->partners == QLatin1String("*");
        if (!c.allPartners)
            c.partners = a->partners.split(QLatin1Char(','), Qt::SkipEmptyParts);
        c.approval = TrustText::tr("a fleet admin key in the trust file (%1)").arg(a->login);
        if (revoked())
            return fail(revokedText());
        if (at < a->approvedAt || at > a->validUntil) {
            return fail(TrustText::tr("admin key %1 of %2 is valid from %3 to %4, not on %5")
                            .arg(shortId(keyId), a->login, when(a->approvedAt), when(a->validUntil), when(at)));
        }
        c.ok = true;
        return c;
    }

    const std::optional<KeyRecord> record = lookup ? lookup(keyId) : std::nullopt;
    if (!record)
        return fail(TrustText::tr("key %1 is unknown: neither the trust file nor the database has it").arg(shortId(keyId)));
    c.login = record->login;
    c.role = record->role;
    c.publicKey = signing::strictBase64(record->publicKey);
    if (Ed25519::keyId(c.publicKey) != keyId)
        return fail(TrustText::tr("key %1 is not the ID of the public key stored with it").arg(shortId(keyId)));
    if (record->approvalStatement.isEmpty())
        return fail(TrustText::tr("key %1 of %2 is pending: no admin approved it").arg(shortId(keyId), c.login));
    QString why;
    const auto st = Statements::parse(record->approvalStatement.toUtf8(), Statements::kApproval, &why);
    if (!st)
        return fail(TrustText::tr("the approval of key %1 is not an approval statement (%2)").arg(shortId(keyId), why));
    if (st->value(QStringLiteral("installation_id")) != installationId)
        return fail(TrustText::tr("key %1 was approved for another installation").arg(shortId(keyId)));
    if (st->value(QStringLiteral("key_id")) != keyId || st->value(QStringLiteral("public_key")) != record->publicKey ||
        st->value(QStringLiteral("login")) != record->login || st->value(QStringLiteral("role")) != record->role) {
        return fail(TrustText::tr("the approval of key %1 names another key, login or role").arg(shortId(keyId)));
    }
    const QString approverId = st->value(QStringLiteral("approver_key_id"));
    if (approverId == QLatin1String("bootstrap")) {
        return fail(TrustText::tr("key %1 of %2 was approved only as the first admin key, and the trust file does "
                                  "not name it")
                        .arg(shortId(keyId), c.login));
    }
    const QDateTime approvedAt = signing::parseTime(st->value(QStringLiteral("approved_at")));
    const QDateTime validUntil = signing::parseTime(st->value(QStringLiteral("valid_until")));
    if (!approvedAt.isValid() || !validUntil.isValid())
        return fail(TrustText::tr("the approval of key %1 has no valid times").arg(shortId(keyId)));
    const KeyCheck approver = checkKeyAt(approverId, approvedAt, lookup, more, depth + 1);
    if (!approver.ok) {
        return fail(TrustText::tr("key %1 of %2 was approved by key %3, which is not trusted: %4")
                        .arg(shortId(keyId), c.login, shortId(approverId), approver.problem));
    }
    if (approver.revokedAt.isValid() && approver.revokedAt <= at) {
        return fail(TrustText::tr("key %1 of %2 was approved by %3, whose key was revoked on %4: the approvals it made "
                                  "no longer count until another admin approves the key again")
                        .arg(shortId(keyId), c.login, approver.login, when(approver.revokedAt)));
    }
    if (validUntil > approvedAt.addYears(3)) {
        return fail(TrustText::tr("the approval of key %1 of %2 runs for more than three years").arg(shortId(keyId),
                                                                                                    c.login));
    }
    if (approver.role != QLatin1String("admin")) {
        return fail(TrustText::tr("key %1 of %2 was approved by %3, whose key is not an admin key")
                        .arg(shortId(keyId), c.login, approver.login));
    }
    if (approver.login == c.login) {
        return fail(TrustText::tr("key %1 of %2 was approved by its own owner; another admin must approve it")
                        .arg(shortId(keyId), c.login));
    }
    if (!Ed25519::verify(approver.publicKey, record->approvalStatement.toUtf8(),
                         signing::strictBase64(record->approvalSignature))) {
        return fail(TrustText::tr("the approval of key %1 of %2 does not verify against %3's key: it is forged or "
                                  "was changed")
                        .arg(shortId(keyId), c.login, approver.login));
    }
    const QString partners = st->value(QStringLiteral("partners"));
    c.allPartners = partners == QLatin1String("*");
    if (!c.allPartners)
        c.partners = partners.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!approver.allPartners &&
        (c.allPartners || std::any_of(c.partners.cbegin(), c.partners.cend(),
                                      [&approver](const QString &p) { return !approver.partners.contains(p); }))) {
        return fail(TrustText::tr("key %1 of %2 was approved for partners beyond those of its approver %3")
                        .arg(shortId(keyId), c.login, approver.login));
    }
    c.approval = TrustText::tr("approved by %1 (key %2) on %3, valid until %4")
                     .arg(approver.login, shortId(approverId), when(approvedAt), when(validUntil));
    if (revoked())
        return fail(revokedText());
    if (at < approvedAt)
        return fail(TrustText::tr("key %1 of %2 was not yet approved on %3").arg(shortId(keyId), c.login, when(at)));
    if (at > validUntil) {
        return fail(
            TrustText::tr("the approval of key %1 of %2 expired on %3").arg(shortId(keyId), c.login, when(validUntil)));
    }
    c.ok = true;
    return c;
}

bool TrustStore::signaturesRequired(const QString &partnerId, const QList<PolicyRecord> &more, const Lookup &lookup,
                                    const QList<RevocationRecord> &revocationsMore, const QDateTime &at) const
{
    std::optional<PolicyRecord> newest;
    auto consider = [&](const PolicyRecord &p) {
        if (p.partnerId.compare(partnerId, Qt::CaseInsensitive) != 0)
            return;
        const auto st = Statements::parse(p.statement.toUtf8(), Statements::kPolicy);
        if (!st || st->value(QStringLiteral("installation_id")) != installationId ||
            st->value(QStringLiteral("partner_id")).compare(partnerId, Qt::CaseInsensitive) != 0 ||
            st->value(QStringLiteral("key_id")) != p.keyId) {
            return;
        }
        const QString required = st->value(QStringLiteral("required"));
        const QDateTime setAt = signing::parseTime(st->value(QStringLiteral("set_at")));
        if ((required != QLatin1String("yes") && required != QLatin1String("no")) || !setAt.isValid())
            return;
        const KeyCheck signer = checkKey(p.keyId, setAt, lookup, revocationsMore);
        if (!signer.ok || signer.role != QLatin1String("admin") || !signer.covers(partnerId) ||
            (signer.revokedAt.isValid() && signer.revokedAt <= at) ||
            !Ed25519::verify(signer.publicKey, p.statement.toUtf8(), signing::strictBase64(p.signature))) {
            return;
        }
        if (!newest || setAt > newest->setAt) {
            PolicyRecord signedOne = p;
            signedOne.required = required == QLatin1String("yes");
            signedOne.setAt = setAt;
            newest = signedOne;
        }
    };
    for (const PolicyRecord &p : policies)
        consider(p);
    for (const PolicyRecord &p : more)
        consider(p);
    return newest ? newest->required : true;
}

// ---- orders

namespace OrderSigning {

QByteArray payload(const OrderRecord &order)
{
    const QByteArray parameters = CanonicalJson::canonicalize(order.parameters.toUtf8());
    if (parameters.isNull())
        throw Error(Error::Code::InvalidInput, TrustText::tr("the order's parameters are not JSON"));
    return Statements::make(Statements::kOrder,
                            {order.orderId, order.applianceId.toLower(), order.runbookId, QString::fromUtf8(parameters),
                             signing::timeText(order.issuedAt), signing::timeText(order.expiresAt), order.nonce,
                             order.keyId})
        .bytes();
}

OrderRecord recordOf(const Statement &st)
{
    return OrderRecord{st.value(QStringLiteral("order_id")),
                       st.value(QStringLiteral("appliance_id")),
                       st.value(QStringLiteral("runbook_id")),
                       st.value(QStringLiteral("parameters")),
                       signing::parseTime(st.value(QStringLiteral("issued_at"))),
                       signing::parseTime(st.value(QStringLiteral("expires_at"))),
                       st.value(QStringLiteral("nonce")),
                       st.value(QStringLiteral("key_id")),
                       {},
                       {},
                       {}};
}

Check check(const OrderRecord &order, const Context &context)
{
    Check c;
    auto reject = [&c](const QString &reason) {
        c.result = Check::Result::Rejected;
        c.reason = reason;
        return c;
    };
    if (order.signature.isEmpty() && order.signedPayload.isEmpty() && order.keyId.isEmpty()) {
        if (context.signaturesRequired)
            return reject(TrustText::tr("unsigned, and this partner's orders must be signed"));
        c.result = Check::Result::Unsigned;
        return c;
    }
    QString why;
    const auto st = Statements::parse(order.signedPayload.toUtf8(), Statements::kOrder, &why);
    if (!st)
        return reject(TrustText::tr("its signed payload is not an order statement (%1)").arg(why));
    // Only the one spelling Healdesk signs: canonical parameters, a lower-case
    // appliance ID, times with milliseconds. Anything else is not an order
    // Healdesk made, whoever signed it.
    {
        const OrderRecord rebuilt = recordOf(*st);
        bool canonical = rebuilt.issuedAt.isValid() && rebuilt.expiresAt.isValid();
        try {
            canonical = canonical && payload(rebuilt) == order.signedPayload.toUtf8();
        } catch (const Error &) {
            canonical = false;
        }
        if (!canonical)
            return reject(TrustText::tr("its signed payload is not in the canonical form Healdesk signs"));
    }
    const QString keyId = st->value(QStringLiteral("key_id"));
    if (!context.trust)
        return reject(TrustText::tr("no trust file to check its signer against"));
    c.signer = context.trust->checkKey(keyId, context.now, context.lookup, context.revocations);
    if (!c.signer.ok)
        return reject(TrustText::tr("signed by a key the fleet does not trust: %1").arg(c.signer.problem));
    if (!Ed25519::verify(c.signer.publicKey, order.signedPayload.toUtf8(), signing::strictBase64(order.signature))) {
        return reject(TrustText::tr("the signature does not verify against %1's key: the signed payload was changed or "
                                    "signed by someone else")
                          .arg(c.signer.login));
    }
    const QDateTime expires = signing::parseTime(st->value(QStringLiteral("expires_at")));
    const QDateTime issued = signing::parseTime(st->value(QStringLiteral("issued_at")));
    if (!expires.isValid() || !issued.isValid())
        return reject(TrustText::tr("its signed times are not valid times"));
    if (context.now > expires)
        return reject(TrustText::tr("expired: its signed expiry was %1").arg(when(expires)));
    const QString signedAppliance = st->value(QStringLiteral("appliance_id"));
    if (!context.applianceId.isEmpty() && signedAppliance.compare(context.applianceId, Qt::CaseInsensitive) != 0) {
        return reject(
            TrustText::tr("meant for appliance %1, not this one (%2)").arg(signedAppliance, context.applianceId));
    }
    const QString signedOrder = st->value(QStringLiteral("order_id"));
    if (context.nonceUsedBy) {
        const QString other = context.nonceUsedBy(st->value(QStringLiteral("nonce")), order.orderId);
        if (!other.isEmpty())
            return reject(TrustText::tr("replayed: its nonce was already used by order %1").arg(other));
    }
    if (signedOrder != order.orderId)
        return reject(TrustText::tr("replayed: a copy of order %1 under the new ID %2").arg(signedOrder, order.orderId));
    if (signedAppliance.compare(order.applianceId, Qt::CaseInsensitive) != 0)
        return reject(TrustText::tr("its appliance was changed after signing (signed for %1)").arg(signedAppliance));
    if (st->value(QStringLiteral("runbook_id")) != order.runbookId) {
        return reject(TrustText::tr("its runbook was changed after signing (signed: %1)")
                          .arg(st->value(QStringLiteral("runbook_id"))));
    }
    const QByteArray rowParameters = CanonicalJson::canonicalize(order.parameters.toUtf8());
    if (rowParameters.isNull() || QString::fromUtf8(rowParameters) != st->value(QStringLiteral("parameters"))) {
        return reject(TrustText::tr("its parameters were changed after signing (signed: %1)")
                          .arg(st->value(QStringLiteral("parameters"))));
    }
    if (issued != order.issuedAt || expires != order.expiresAt)
        return reject(TrustText::tr("its issue or expiry time was changed after signing"));
    if (st->value(QStringLiteral("nonce")) != order.nonce || keyId != order.keyId)
        return reject(TrustText::tr("its nonce or key column does not match the signed payload"));
    if (!c.signer.covers(order.partnerId)) {
        return reject(TrustText::tr("signed by %1, whose approval does not cover this appliance's partner")
                          .arg(c.signer.login));
    }
    c.result = Check::Result::Accepted;
    return c;
}

} // namespace OrderSigning

// ---- reports

QByteArray ReportSignature::chainJson() const
{
    QJsonArray array;
    for (const KeyRecord &k : chain) {
        array.append(QJsonObject{{QStringLiteral("key_id"), k.keyId},
                                 {QStringLiteral("public_key"), k.publicKey},
                                 {QStringLiteral("login"), k.login},
                                 {QStringLiteral("role"), k.role},
                                 {QStringLiteral("approval_statement"), k.approvalStatement},
                                 {QStringLiteral("approval_signature"), k.approvalSignature},
                                 {QStringLiteral("approver_key_id"), k.approverKeyId}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<KeyRecord> ReportSignature::chainFromJson(const QByteArray &json)
{
    QList<KeyRecord> out;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out << KeyRecord{o.value(QStringLiteral("key_id")).toString(),
                         o.value(QStringLiteral("public_key")).toString(),
                         o.value(QStringLiteral("login")).toString(),
                         o.value(QStringLiteral("role")).toString(),
                         o.value(QStringLiteral("approval_statement")).toString(),
                         o.value(QStringLiteral("approval_signature")).toString(),
                         o.value(QStringLiteral("approver_key_id")).toString()};
    }
    return out;
}

namespace ReportSigning {

ReportProof check(const ReportSignature &sig, const QString &type, const QString &digest, const QString &fileSha256,
                  const TrustStore *trust)
{
    ReportProof p;
    auto invalid = [&p](const QString &problem) {
        p.state = ReportProof::State::Invalid;
        p.problem = problem;
        return p;
    };
    if (sig.isEmpty()) {
        p.state = ReportProof::State::Unsigned;
        return p;
    }
    QString why;
    const auto st = Statements::parse(sig.statement, type, &why);
    if (!st)
        return invalid(TrustText::tr("the signature block is not a report statement (%1)").arg(why));
    p.reportId = st->value(QStringLiteral("report_id"));
    p.signedAt = signing::parseTime(st->value(QStringLiteral("signed_at")));
    if (!p.signedAt.isValid())
        return invalid(TrustText::tr("the signature block has no valid signing time"));
    if (!digest.isEmpty() && st->value(QStringLiteral("digest")) != digest) {
        return invalid(TrustText::tr("the signature covers digest %1, but the data's digest is now %2: the report was "
                                     "changed after signing")
                           .arg(st->value(QStringLiteral("digest")), digest));
    }
    if (type == Statements::kReportFile && st->value(QStringLiteral("file_sha256")) != fileSha256) {
        return invalid(TrustText::tr("the signature covers file SHA-256 %1, but the file's is now %2: the file was "
                                     "changed after signing")
                           .arg(st->value(QStringLiteral("file_sha256")), fileSha256));
    }
    const QString keyId = st->value(QStringLiteral("key_id"));
    auto lookup = [&sig](const QString &id) -> std::optional<KeyRecord> {
        for (const KeyRecord &k : sig.chain) {
            if (k.keyId == id)
                return k;
        }
        return std::nullopt;
    };
    if (!trust) {
        const std::optional<KeyRecord> own = lookup(keyId);
        p.signer.keyId = keyId;
        if (!own)
            return invalid(TrustText::tr("the file does not carry the signing key %1").arg(shortId(keyId)));
        p.signer.login = own->login;
        p.signer.publicKey = signing::strictBase64(own->publicKey);
        if (Ed25519::keyId(p.signer.publicKey) != keyId ||
            !Ed25519::verify(p.signer.publicKey, sig.statement, sig.signature)) {
            return invalid(TrustText::tr("the signature does not verify against the key the file carries"));
        }
        p.state = ReportProof::State::Unchecked;
        return p;
    }
    p.signer = trust->checkKey(keyId, p.signedAt, lookup);
    if (!p.signer.ok)
        return invalid(TrustText::tr("signed by a key the trust file does not reach: %1").arg(p.signer.problem));
    if (!Ed25519::verify(p.signer.publicKey, sig.statement, sig.signature))
        return invalid(TrustText::tr("the signature does not verify against %1's key").arg(p.signer.login));
    if (st->value(QStringLiteral("login")) != p.signer.login)
        return invalid(TrustText::tr("the statement names %1, but the key is %2's")
                           .arg(st->value(QStringLiteral("login")), p.signer.login));
    p.state = ReportProof::State::Verified;
    return p;
}

} // namespace ReportSigning

} // namespace hd
