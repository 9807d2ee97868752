#include "Keys.h"

#include "Audit.h"
#include "Error.h"
#include "Keychain.h"
#include "Scope.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace hd {

namespace {
struct KeysText
{
    Q_DECLARE_TR_FUNCTIONS(Keys)
};

Error refused(const QString &why)
{
    return Error(Error::Code::Refused, why);
}

QDateTime databaseNow(Session &session)
{
    auto q = session.query(QStringLiteral("clock_now"));
    q.next();
    return q.time("now_ms");
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// The session's signer, which must be an admin key for what follows.
const Signer &adminSigner(Session &session, const QString &what)
{
    const Signer *signer = session.signer();
    if (!signer) {
        throw refused(KeysText::tr("%1 needs your admin signing key, and this workstation's keychain holds none for "
                                   "this login: run healdesk key create --role admin and have it approved")
                          .arg(what));
    }
    return *signer;
}

} // namespace

TrustStore::Lookup KeyMaterial::lookup() const
{
    return [this](const QString &keyId) -> std::optional<KeyRecord> {
        const auto it = keys.constFind(keyId);
        if (it == keys.cend())
            return std::nullopt;
        return *it;
    };
}

QList<KeyRecord> KeyMaterial::chain(const QString &keyId) const
{
    QList<KeyRecord> out;
    QString next = keyId;
    for (int depth = 0; depth < 5 && !next.isEmpty(); ++depth) {
        const auto it = keys.constFind(next);
        if (it == keys.cend())
            break;
        out << *it;
        if (bootstrapped.value(next))
            break;
        next = it->approverKeyId;
    }
    return out;
}

namespace Keys {

KeyIdentity identity(Session &session)
{
    auto q = session.query(QStringLiteral("key_identity"));
    if (!q.next())
        throw Error(Error::Code::Schema, KeysText::tr("this database has no signing settings: run healdesk migrate"));
    return KeyIdentity{q.text("installation_id"), q.text("login"), q.text("partners"), q.flag("admin"),
                       q.flag("owner")};
}

QList<KeyRow> list(Session &session)
{
    QList<KeyRow> rows;
    auto q = session.query(QStringLiteral("key_list"));
    while (q.next()) {
        KeyRow r;
        r.keyId = q.text("key_id");
        r.login = q.text("login");
        r.role = q.text("role");
        r.label = q.text("label");
        r.state = q.text("state");
        r.createdAt = q.time("created_at");
        r.approvedBy = q.text("approved_by");
        r.approvedAt = q.time("approved_at");
        r.validUntil = q.time("valid_until");
        r.bootstrap = !q.isNull("bootstrap") && q.flag("bootstrap");
        r.revokedBy = q.text("revoked_by");
        r.revokedAt = q.time("revoked_at");
        r.revocationReason = q.text("revocation_reason");
        rows << r;
    }
    return rows;
}

KeyMaterial material(Session &session)
{
    KeyMaterial m;
    {
        auto q = session.query(QStringLiteral("key_records"));
        while (q.next()) {
            const KeyRecord k{q.text("key_id"),
                              q.text("public_key"),
                              q.text("login"),
                              q.text("role"),
                              q.text("approval_statement"),
                              q.text("approval_signature"),
                              q.text("approver_key_id")};
            m.keys.insert(k.keyId, k);
            m.bootstrapped.insert(k.keyId, q.flag("bootstrap"));
        }
    }
    {
        auto q = session.query(QStringLiteral("key_revocations"));
        while (q.next()) {
            m.revocations << RevocationRecord{q.text("key_id"),    q.text("revoker_key_id"), q.text("reason"),
                                              q.time("revoked_at"), q.text("statement"),      q.text("signature")};
        }
    }
    {
        auto q = session.query(QStringLiteral("signing_policies"));
        while (q.next()) {
            m.policies << PolicyRecord{q.text("partner_id"),     q.flag("required"),    q.time("set_at"),
                                       q.text("signing_key_id"), q.text("statement"), q.text("signature")};
        }
    }
    return m;
}

QString signerState(Session &session)
{
    const Signer *signer = session.signer();
    if (!signer)
        return {};
    auto q = session.query(QStringLiteral("key_state"), {{"key_id", signer->key->keyId()}});
    return q.next() ? q.text("state") : QString();
}

QString keychainEntry(const KeyIdentity &identity)
{
    return QStringLiteral("%1/%2").arg(identity.installationId, identity.login);
}

std::shared_ptr<SigningKey> loadLocal(const KeyIdentity &identity)
{
    QByteArray seed = Keychain::readSigningSeed(keychainEntry(identity));
    if (seed.isEmpty())
        return nullptr;
    return SigningKey::fromSeed(seed);
}

void storeLocal(const KeyIdentity &identity, const SigningKey &key)
{
    QByteArray seed = key.seedBase64ForKeychain();
    try {
        Keychain::writeSigningSeed(keychainEntry(identity), seed);
    } catch (...) {
        seed.fill('\0');
        throw;
    }
    seed.fill('\0');
}

void forgetLocal(const KeyIdentity &identity)
{
    Keychain::deleteSigningSeed(keychainEntry(identity));
}

bool registerKey(Session &session, const SigningKey &key, const QString &role, const QString &label)
{
    if (role != kTechnician && role != kAdmin && role != kService)
        throw Error(Error::Code::InvalidInput, KeysText::tr("a key's role is technician, admin or service"));
    const Statement st = Statements::make(Statements::kRegistration, {key.keyId(), key.publicKeyBase64(), role});
    const QByteArray bytes = st.bytes();
    return session.transaction([&] {
        auto q = session.query(QStringLiteral("key_register"), {{"key_id", key.keyId()},
                                                                 {"public_key", key.publicKeyBase64()},
                                                                 {"role", role},
                                                                 {"label", label},
                                                                 {"statement", QString::fromUtf8(bytes)},
                                                                 {"signature", b64(key.sign(bytes))}});
        q.next();
        const bool created = q.flag("created");
        if (created) {
            Audit::record(session, QStringLiteral("key.register"), key.keyId(),
                          QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("label"), label}});
        }
        return created;
    });
}

namespace {

// The approval statement of a key as it stands in the database, signed by
// approverKeyId ("bootstrap" for the first admin key).
Statement approvalOf(Session &session, const KeyIdentity &me, const QString &keyId, const QDateTime &approvedAt,
                     const QDateTime &validUntil, const QString &approverKeyId)
{
    const KeyMaterial m = material(session);
    const auto it = m.keys.constFind(keyId);
    if (it == m.keys.cend())
        throw refused(KeysText::tr("no key %1").arg(keyId));
    auto scope = session.query(QStringLiteral("key_scope"), {{"login", it->login}});
    scope.next();
    return Statements::make(Statements::kApproval,
                            {me.installationId, keyId, it->publicKey, it->login, it->role, scope.text("partners"),
                             signing::timeText(approvedAt), signing::timeText(validUntil), approverKeyId});
}

void checkDays(int validDays)
{
    if (validDays < 1 || validDays > 3 * 365)
        throw Error(Error::Code::InvalidInput, KeysText::tr("an approval is valid for 1 to 1095 days"));
}

} // namespace

void bootstrap(Session &session, const QString &keyId, int validDays)
{
    checkDays(validDays);
    session.transaction([&] {
        const KeyIdentity me = identity(session);
        const QDateTime now = databaseNow(session);
        const QDateTime until = now.addDays(validDays);
        const Statement st = approvalOf(session, me, keyId, now, until, QStringLiteral("bootstrap"));
        session.query(QStringLiteral("key_bootstrap"), {{"key_id", keyId},
                                                         {"approved_at", signing::timeText(now)},
                                                         {"valid_until", signing::timeText(until)},
                                                         {"statement", QString::fromUtf8(st.bytes())}});
        Audit::record(session, QStringLiteral("key.bootstrap"), keyId,
                      QJsonObject{{QStringLiteral("login"), st.value(QStringLiteral("login"))},
                                  {QStringLiteral("valid_until"), signing::timeText(until)}});
    });
}

void approve(Session &session, const QString &keyId, int validDays)
{
    checkDays(validDays);
    const Signer &signer = adminSigner(session, KeysText::tr("Approving a key"));
    session.transaction([&] {
        const KeyIdentity me = identity(session);
        const QDateTime now = databaseNow(session);
        const QDateTime until = now.addDays(validDays);
        const Statement st = approvalOf(session, me, keyId, now, until, signer.key->keyId());
        const QByteArray bytes = st.bytes();
        session.query(QStringLiteral("key_approve"), {{"key_id", keyId},
                                                       {"approver_key_id", signer.key->keyId()},
                                                       {"approved_at", signing::timeText(now)},
                                                       {"valid_until", signing::timeText(until)},
                                                       {"statement", QString::fromUtf8(bytes)},
                                                       {"signature", b64(signer.key->sign(bytes))}});
        Audit::record(session, QStringLiteral("key.approve"), keyId,
                      QJsonObject{{QStringLiteral("login"), st.value(QStringLiteral("login"))},
                                  {QStringLiteral("role"), st.value(QStringLiteral("role"))},
                                  {QStringLiteral("partners"), st.value(QStringLiteral("partners"))},
                                  {QStringLiteral("valid_until"), signing::timeText(until)},
                                  {QStringLiteral("approver_key_id"), signer.key->keyId()}});
    });
}

void revoke(Session &session, const QString &keyId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw Error(Error::Code::InvalidInput, KeysText::tr("a revocation needs a reason (--reason)"));
    const Signer &signer = adminSigner(session, KeysText::tr("Revoking a key"));
    session.transaction([&] {
        const KeyIdentity me = identity(session);
        const QDateTime now = databaseNow(session);
        const Statement st = Statements::make(
            Statements::kRevocation,
            {me.installationId, keyId, reason.trimmed(), signing::timeText(now), signer.key->keyId()});
        const QByteArray bytes = st.bytes();
        session.query(QStringLiteral("key_revoke"), {{"key_id", keyId},
                                                      {"revoker_key_id", signer.key->keyId()},
                                                      {"revoked_at", signing::timeText(now)},
                                                      {"reason", reason.trimmed()},
                                                      {"statement", QString::fromUtf8(bytes)},
                                                      {"signature", b64(signer.key->sign(bytes))}});
        Audit::record(session, QStringLiteral("key.revoke"), keyId,
                      QJsonObject{{QStringLiteral("reason"), reason.trimmed()},
                                  {QStringLiteral("revoker_key_id"), signer.key->keyId()}});
    });
}

void setPolicy(Session &session, const QString &partnerId, bool required)
{
    if (QUuid::fromString(partnerId).isNull())
        throw Error(Error::Code::InvalidInput, KeysText::tr("\"%1\" is not a partner ID").arg(partnerId));
    const Signer &signer = adminSigner(session, KeysText::tr("Setting the signing policy"));
    session.transaction([&] {
        const KeyIdentity me = identity(session);
        const QDateTime now = databaseNow(session);
        const Statement st = Statements::make(Statements::kPolicy,
                                              {me.installationId, partnerId.toLower(),
                                               required ? QStringLiteral("yes") : QStringLiteral("no"),
                                               signing::timeText(now), signer.key->keyId()});
        const QByteArray bytes = st.bytes();
        session.query(QStringLiteral("signing_policy_set"), {{"partner", partnerId.toLower()},
                                                              {"required", required},
                                                              {"key_id", signer.key->keyId()},
                                                              {"set_at", signing::timeText(now)},
                                                              {"statement", QString::fromUtf8(bytes)},
                                                              {"signature", b64(signer.key->sign(bytes))}});
        Audit::record(session, QStringLiteral("key.policy"), partnerId.toLower(),
                      QJsonObject{{QStringLiteral("required"), required}});
    });
}

TrustStore exportTrust(Session &session)
{
    return session.readSnapshot(QStringLiteral("export trust"), [&] {
        const KeyIdentity me = identity(session);
        const KeyMaterial m = material(session);
        TrustStore t;
        t.installationId = me.installationId;
        t.exportedAt = databaseNow(session);
        t.exportedBy = me.login;

        QStringList first;
        for (auto it = m.bootstrapped.cbegin(); it != m.bootstrapped.cend(); ++it) {
            if (it.value())
                first << it.key();
        }
        if (first.size() > 1) {
            throw Error(Error::Code::Schema,
                        KeysText::tr("%1 keys claim the first-admin approval, which Healdesk grants once: the key "
                                     "tables were written around Healdesk; check them before exporting trust")
                            .arg(first.size()));
        }
        if (first.isEmpty()) {
            throw refused(KeysText::tr("no admin key is approved yet: an admin runs healdesk key create --role admin, "
                                       "then the schema's owner runs healdesk key approve KEY_ID --bootstrap"));
        }
        auto anchorOf = [&](const KeyRecord &k, const Statement &st) {
            return TrustAnchor{k.keyId,
                               signing::strictBase64(k.publicKey),
                               k.login,
                               signing::parseTime(st.value(QStringLiteral("approved_at"))),
                               signing::parseTime(st.value(QStringLiteral("valid_until"))),
                               st.value(QStringLiteral("partners"))};
        };
        // The first admin key is an anchor because this export says so (its
        // statement must still be a well-formed first approval of that key).
        {
            const KeyRecord &k = m.keys.value(first.constFirst());
            const auto st = Statements::parse(k.approvalStatement.toUtf8(), Statements::kApproval);
            if (!st || st->value(QStringLiteral("key_id")) != k.keyId ||
                st->value(QStringLiteral("public_key")) != k.publicKey || k.role != Keys::kAdmin ||
                st->value(QStringLiteral("installation_id")) != me.installationId ||
                Ed25519::keyId(signing::strictBase64(k.publicKey)) != k.keyId) {
                throw Error(Error::Code::Schema,
                            KeysText::tr("the first admin key's approval does not describe key %1").arg(k.keyId));
            }
            t.anchors << anchorOf(k, *st);
        }
        // Then every admin key whose approval verifies against an anchor, until none is added.
        for (bool added = true; added;) {
            added = false;
            for (const KeyRecord &k : m.keys) {
                if (k.role != Keys::kAdmin || t.anchor(k.keyId) || k.approvalStatement.isEmpty())
                    continue;
                const auto st = Statements::parse(k.approvalStatement.toUtf8(), Statements::kApproval);
                if (!st)
                    continue;
                // Checked as of its approval: a key revoked or expired since
                // stays an anchor (with its revocation), so what it signed
                // before stays verifiable.
                const QDateTime approvedAt = signing::parseTime(st->value(QStringLiteral("approved_at")));
                if (!t.checkKey(k.keyId, approvedAt, m.lookup()).ok)
                    continue;
                t.anchors << anchorOf(k, *st);
                added = true;
            }
        }
        for (const RevocationRecord &r : m.revocations) {
            const KeyCheck revoker = t.checkKey(r.revokerKeyId, r.revokedAt, m.lookup());
            if (revoker.ok && revoker.role == Keys::kAdmin &&
                Ed25519::verify(revoker.publicKey, r.statement.toUtf8(), signing::strictBase64(r.signature)))
                t.revocations << r;
        }
        for (const PolicyRecord &p : m.policies) {
            const KeyCheck signer = t.checkKey(p.keyId, p.setAt, m.lookup());
            if (signer.ok && signer.role == Keys::kAdmin &&
                Ed25519::verify(signer.publicKey, p.statement.toUtf8(), signing::strictBase64(p.signature)))
                t.policies << p;
        }
        return t;
    });
}

} // namespace Keys

} // namespace hd
