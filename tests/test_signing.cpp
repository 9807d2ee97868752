// The signing groundwork: Ed25519 through OpenSSL against RFC 8032's own test
// vectors, RFC 8785 canonical JSON against the RFC's examples, signed
// statements, the database's key rules, and the audit log's hash chain
// against changes, deletions and rows inserted around it, on real PostgreSQL.

#include "Audit.h"
#include "CanonicalJson.h"
#include "CliRun.h"
#include "Error.h"
#include "Keys.h"
#include "Orders.h"
#include "Session.h"
#include "Signing.h"
#include "TestDatabase.h"
#include "Trust.h"

#include <QFile>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <ctime>

using namespace hd;
using namespace hd::test;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

struct Rfc8032Vector
{
    const char *secret;
    const char *publicKey;
    const char *message;
    const char *signature;
};

// RFC 8032 section 7.1, tests 1 to 3.
const Rfc8032Vector kVectors[] = {
    {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24"
     "655141438e7a100b"},
    {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aee"
     "b00d291612bb0c00"},
    {"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28d"
     "c027beceea1ec40a"},
};

} // namespace

TEST(Ed25519, SignsAndVerifiesTheRfc8032Vectors)
{
    for (const Rfc8032Vector &v : kVectors) {
        QByteArray seed = hex(v.secret).toBase64();
        const auto key = SigningKey::fromSeed(seed);
        EXPECT_TRUE(seed.isEmpty()) << "the seed buffer is wiped";
        EXPECT_EQ(key->publicKey().toHex(), QByteArray(v.publicKey));
        const QByteArray message = hex(v.message);
        const QByteArray signature = key->sign(message);
        EXPECT_EQ(signature.toHex(), QByteArray(v.signature));
        EXPECT_TRUE(Ed25519::verify(hex(v.publicKey), message, hex(v.signature)));
        // Every single flipped bit of the signature fails.
        for (int bit = 0; bit < signature.size() * 8; ++bit) {
            QByteArray bad = signature;
            bad[bit / 8] = char(bad[bit / 8] ^ (1 << (bit % 8)));
            ASSERT_FALSE(Ed25519::verify(key->publicKey(), message, bad)) << "bit " << bit;
        }
        EXPECT_FALSE(Ed25519::verify(key->publicKey(), message + 'x', signature));
        EXPECT_FALSE(Ed25519::verify(key->publicKey().left(31), message, signature));
    }
}

TEST(Ed25519, GeneratedKeysAreDistinctAndRoundTripThroughTheirSeed)
{
    const auto a = SigningKey::generate();
    const auto b = SigningKey::generate();
    EXPECT_NE(a->publicKey(), b->publicKey());
    EXPECT_EQ(a->keyId().size(), 32);
    QByteArray seed = a->seedBase64ForKeychain();
    const auto again = SigningKey::fromSeed(seed);
    EXPECT_EQ(again->publicKey(), a->publicKey());
    EXPECT_EQ(again->keyId(), a->keyId());
    const QByteArray message("healdesk");
    EXPECT_TRUE(Ed25519::verify(a->publicKey(), message, again->sign(message)));
    EXPECT_FALSE(Ed25519::verify(b->publicKey(), message, a->sign(message)));
    QByteArray damaged("c2hvcnQ=");
    EXPECT_THROW(SigningKey::fromSeed(damaged), Error);
}

TEST(CanonicalJson, NumbersAsEcmaScriptPrintsThem)
{
    // RFC 8785 appendix B and section 3.2.2.3.
    const std::pair<double, const char *> cases[] = {
        {0.0, "0"},
        {-0.0, "0"},
        {4.50, "4.5"},
        {2e-3, "0.002"},
        {1e-27, "1e-27"},
        {1e30, "1e+30"},
        {333333333.33333329, "333333333.3333333"},
        {1e21, "1e+21"},
        {1e20, "100000000000000000000"},
        {0.000001, "0.000001"},
        {1e-7, "1e-7"},
        {-99999999999.0, "-99999999999"},
        {9007199254740992.0, "9007199254740992"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {-1.5, "-1.5"},
        {123456789012345680000.0, "123456789012345680000"},
    };
    for (const auto &[value, text] : cases)
        EXPECT_EQ(CanonicalJson::number(value), QByteArray(text)) << text;
}

TEST(CanonicalJson, StringsAndMemberOrderFollowRfc8785)
{
    // Section 3.2.2.2's string example.
    EXPECT_EQ(CanonicalJson::canonicalize(R"("\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/")"),
              QByteArray("\"\xe2\x82\xac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\""));
    // Section 3.2.3: members sorted by UTF-16 code units (the emoji's surrogates before U+FB33).
    EXPECT_EQ(CanonicalJson::canonicalize(
                  R"({"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh",)"
                  R"("1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"})"),
              QByteArray("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xc2\x80\":\"Control\",\"\xc3\xb6\":\"Latin Small "
                         "Letter O With Diaeresis\",\"\xe2\x82\xac\":\"Euro Sign\",\"\xf0\x9f\x98\x80\":\"Emoji: Grinning "
                         "Face\",\"\xef\xac\xb3\":\"Hebrew Letter Dalet With Dagesh\"}"));
    EXPECT_EQ(CanonicalJson::canonicalize(R"( { "b" : [ 1 , true , null , { } ] , "a" : "x" } )"),
              QByteArray(R"({"a":"x","b":[1,true,null,{}]})"));
    // A key outside the BMP beside one above the surrogates keeps its value (Qt 6.4's own lookup loses it).
    EXPECT_EQ(CanonicalJson::canonicalize("{\"\xf0\x9f\x98\x80\":1,\"\xef\xac\xb3\":2}"),
              QByteArray("{\"\xf0\x9f\x98\x80\":1,\"\xef\xac\xb3\":2}"));
    EXPECT_TRUE(CanonicalJson::canonicalize("{\"a\":").isNull());
    // A member named twice is refused, however it is spelled; the same name in two objects is not a duplicate.
    EXPECT_TRUE(CanonicalJson::canonicalize(R"({"a":1,"a":2})").isNull());
    EXPECT_TRUE(CanonicalJson::canonicalize(R"({"\u0061":1,"b":{"a":3},"a":2})").isNull());
    EXPECT_EQ(CanonicalJson::canonicalize(R"({"a":{"a":1},"b":[{"a":2},{"a":3}],"c":"a,\"a\""})"),
              QByteArray(R"({"a":{"a":1},"b":[{"a":2},{"a":3}],"c":"a,\"a\""})"));
    EXPECT_TRUE(CanonicalJson::canonicalize("1, 2").isNull());
    // An order's parameters naming a field twice are refused when it is issued, saying so.
    try {
        Orders::checkParameters(QStringLiteral(R"({"force": true, "force": false})"));
        ADD_FAILURE() << "a field named twice was accepted";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("twice"))) << e.message().toStdString();
    }
    EXPECT_EQ(Orders::checkParameters(QStringLiteral(R"({"force": true, "depth": 2})")),
              QStringLiteral(R"({"depth":2,"force":true})"));
}

TEST(Statement, WritesAndParsesOnlyItsOwnShape)
{
    const Statement s{QStringLiteral("healdesk-test-v1"),
                      {{QStringLiteral("a"), QStringLiteral("x=y")}, {QStringLiteral("b"), QStringLiteral("é")}}};
    const QByteArray bytes = s.bytes();
    EXPECT_EQ(bytes, QByteArray("healdesk-test-v1\na=x=y\nb=\xc3\xa9\n"));
    const QStringList names{QStringLiteral("a"), QStringLiteral("b")};
    const auto parsed = Statement::parse(bytes, s.type, names);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->bytes(), bytes);
    EXPECT_EQ(parsed->value(QStringLiteral("b")), QStringLiteral("é"));
    QString why;
    EXPECT_FALSE(Statement::parse("healdesk-test-v1\nb=1\na=2\n", s.type, names, &why));
    EXPECT_FALSE(why.isEmpty());
    EXPECT_FALSE(Statement::parse(bytes + "c=3\n", s.type, names));
    EXPECT_FALSE(Statement::parse(bytes.chopped(1), s.type, names));
    EXPECT_FALSE(Statement::parse(bytes, QStringLiteral("healdesk-other-v1"), names));
    const Statement bad{QStringLiteral("healdesk-test-v1"), {{QStringLiteral("a"), QStringLiteral("two\nlines")}}};
    EXPECT_THROW(bad.bytes(), Error);
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-12-02T19:00:00.125Z"), Qt::ISODateWithMs);
    EXPECT_EQ(signing::timeText(t), QStringLiteral("2026-12-02T19:00:00.125Z"));
    EXPECT_EQ(signing::parseTime(QStringLiteral("2026-12-02T19:00:00.125Z")), t);
    EXPECT_FALSE(signing::parseTime(QStringLiteral("2026-12-02T19:00:00Z")).isValid());
    EXPECT_NE(signing::nonce(), signing::nonce());
    EXPECT_EQ(signing::nonce().size(), 32);
}

namespace {

// Registers key as the session's login with its self-signed statement.
void registerKey(TestDatabase &t, const SigningKey &key, const QString &role)
{
    const Statement st{QStringLiteral("healdesk-key-registration-v1"),
                       {{QStringLiteral("key_id"), key.keyId()},
                        {QStringLiteral("public_key"), key.publicKeyBase64()},
                        {QStringLiteral("role"), role}}};
    t.exec(QStringLiteral("SELECT healdesk_key_register(?, ?, ?, 'test', ?, ?)"),
           {key.keyId(), key.publicKeyBase64(), role, QString::fromUtf8(st.bytes()),
            QString::fromLatin1(key.sign(st.bytes()).toBase64())});
}

QString sqlError(TestDatabase &t, const QString &sql, const QVariantList &binds = {})
{
    try {
        t.exec(sql, binds);
    } catch (const Error &e) {
        return e.toString();
    }
    return {};
}

} // namespace

TEST(SigningRules, KeysRegisterPendingAndTheFirstAdminIsBootstrappedOnce)
{
    TestDatabase t;
    t.migrate();
    // A new installation requires signed orders; an adopted production database starts without,
    // because its appliances cannot verify yet.
    EXPECT_TRUE(t.scalar(QStringLiteral("SELECT required_default FROM healdesk_signing_settings")).toBool());
    {
        TestDatabase adopted;
        adopted.createLegacySchema();
        adopted.migrate();
        EXPECT_EQ(adopted.scalar(QStringLiteral("SELECT required_default FROM healdesk_signing_settings")),
                  QVariant(false));
    }

    const auto admin = SigningKey::generate();
    registerKey(t, *admin, QStringLiteral("admin"));
    // The database works the key ID out itself from the public key: a wrong one is refused.
    const auto other = SigningKey::generate();
    const QString mismatch =
        sqlError(t, QStringLiteral("SELECT healdesk_key_register(?, ?, 'technician', '', 'x', 'y')"),
                 {admin->keyId(), other->publicKeyBase64()});
    EXPECT_TRUE(mismatch.contains(QStringLiteral("is not the ID of that public key"))) << mismatch.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT state FROM healdesk_key_states WHERE key_id = ?"), {admin->keyId()})
                  .toString(),
              QStringLiteral("pending"));

    // A statement that does not name the key's public key, login, role and scope is refused.
    const QString bare = sqlError(t, QStringLiteral("SELECT healdesk_key_bootstrap(?, now(), now() + interval '1 year', ?)"),
                                  {admin->keyId(), QStringLiteral("healdesk-key-approval-v1\nkey_id=%1\n"
                                                                  "approver_key_id=bootstrap\n")
                                                       .arg(admin->keyId())});
    EXPECT_TRUE(bare.contains(QStringLiteral("does not name the key's public key"))) << bare.toStdString();
    t.db().runSync([&](Session &s) { Keys::bootstrap(s, admin->keyId(), 365); });
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT state FROM healdesk_key_states WHERE key_id = ?"), {admin->keyId()})
                  .toString(),
              QStringLiteral("approved"));

    // Only once: with an approved admin key, a second bootstrap is refused.
    registerKey(t, *other, QStringLiteral("admin"));
    QString second;
    try {
        t.db().runSync([&](Session &s) { Keys::bootstrap(s, other->keyId(), 365); });
    } catch (const Error &e) {
        second = e.toString();
    }
    EXPECT_TRUE(second.contains(QStringLiteral("already approved"))) << second.toStdString();

    // An admin never approves a key of their own login, however it is signed.
    const Statement approval{QStringLiteral("healdesk-key-approval-v1"), {{QStringLiteral("key_id"), other->keyId()}}};
    const QString own = sqlError(
        t, QStringLiteral("SELECT healdesk_key_approve(?, ?, now(), now() + interval '1 year', ?, ?)"),
        {other->keyId(), admin->keyId(), QString::fromUtf8(approval.bytes()),
         QString::fromLatin1(admin->sign(approval.bytes()).toBase64())});
    EXPECT_TRUE(own.contains(QStringLiteral("another admin must approve it"))) << own.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_key_approvals")).toInt(), 1);
}

namespace {

void writeAudit(TestDatabase &t, const QString &action, const QString &target)
{
    t.db().runSync([&](Session &s) {
        Audit::record(s, action, target, QJsonObject{{QStringLiteral("note"), QJsonValue(target + QString::fromUtf8(" \xc3\xbcn\xc3\xaf" "code"))}});
    });
}

AuditChainCheck chain(TestDatabase &t)
{
    return t.db().runSync([](Session &s) { return Audit::verifyChain(s); });
}

qint64 idOf(TestDatabase &t, const QString &target)
{
    return t.scalar(QStringLiteral("SELECT id FROM admin_audit_log WHERE target = ?"), {target}).toLongLong();
}

// Two rows from before the chain (written with its trigger off, as rows
// predating the migration are), then four chained ones.
void seedChain(TestDatabase &t)
{
    t.migrate();
    t.exec(QStringLiteral("ALTER TABLE admin_audit_log DISABLE TRIGGER healdesk_audit_chain"));
    t.exec(QStringLiteral("INSERT INTO admin_audit_log (username, action, target) VALUES ('legacy', 'old', 'L1'), "
                          "('legacy', 'old', 'L2')"));
    t.exec(QStringLiteral("ALTER TABLE admin_audit_log ENABLE TRIGGER healdesk_audit_chain"));
    for (int i = 1; i <= 4; ++i)
        writeAudit(t, QStringLiteral("test.write"), QStringLiteral("T%1").arg(i));
}

} // namespace

TEST(AuditChain, HoldsOverUntouchedRowsAndReadsOlderRowsAsBeforeTheChain)
{
    TestDatabase t;
    seedChain(t);
    const AuditChainCheck c = chain(t);
    EXPECT_TRUE(c.holds()) << c.problem.toStdString();
    EXPECT_EQ(c.rows, 6);
    EXPECT_EQ(c.beforeChain, 2);
    EXPECT_EQ(c.chained, 4);
    // The head is the newest row's stored hash, and the database's own hash of the first chained row
    // agrees with the C++ recomputation.
    EXPECT_EQ(c.head, t.scalar(QStringLiteral("SELECT row_hash FROM admin_audit_log ORDER BY id DESC LIMIT 1")));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT prev_hash FROM admin_audit_log WHERE target = 'T1'")).toString(),
              QStringLiteral("genesis"));

    const CliRun ok = runHealdesk({QStringLiteral("audit"), QStringLiteral("verify")}, t.name());
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("4 rows chained, 2 from before the chain began"))) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains(c.head)) << ok.out.toStdString();
}

TEST(AuditChain, NamesARowChangedBySql)
{
    TestDatabase t;
    seedChain(t);
    const qint64 changed = idOf(t, QStringLiteral("T2"));
    const QString head = chain(t).head;
    t.exec(QStringLiteral("UPDATE admin_audit_log SET details = '{\"note\": \"nothing happened\"}' WHERE id = ?"),
           {changed});
    const AuditChainCheck c = chain(t);
    EXPECT_FALSE(c.holds());
    EXPECT_EQ(c.brokenAt, changed);
    EXPECT_TRUE(c.problem.contains(QStringLiteral("was changed"))) << c.problem.toStdString();

    // Rewriting the hash too moves the break to the next row's link, which still names the changed row.
    t.exec(QStringLiteral("UPDATE admin_audit_log SET row_hash = encode(sha256(convert_to(healdesk_audit_row_text("
                          "prev_hash, id, username, action, target, details::text, "
                          "(extract(epoch FROM created_at) * 1000000)::bigint, signing_key_id, signature, "
                          "signed_statement), 'UTF8')), 'hex') WHERE id = ?"),
           {changed});
    const AuditChainCheck rewritten = chain(t);
    EXPECT_EQ(rewritten.brokenAt, idOf(t, QStringLiteral("T3")));
    EXPECT_TRUE(rewritten.problem.contains(QString::number(changed))) << rewritten.problem.toStdString();

    const CliRun broken = runHealdesk({QStringLiteral("audit"), QStringLiteral("verify")}, t.name());
    EXPECT_EQ(broken.code, 1);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("BROKEN at row %1").arg(idOf(t, QStringLiteral("T3")))))
        << broken.err.toStdString();
    (void)head;
}

TEST(AuditChain, NamesTheRowAfterADeletionAndARowInsertedAroundTheTrigger)
{
    TestDatabase t;
    seedChain(t);
    const QString head = chain(t).head;
    t.exec(QStringLiteral("DELETE FROM admin_audit_log WHERE target = 'T2'"));
    AuditChainCheck c = chain(t);
    EXPECT_EQ(c.brokenAt, idOf(t, QStringLiteral("T3")));
    EXPECT_TRUE(c.problem.contains(QStringLiteral("deleted"))) << c.problem.toStdString();

    TestDatabase u;
    seedChain(u);
    u.exec(QStringLiteral("ALTER TABLE admin_audit_log DISABLE TRIGGER healdesk_audit_chain"));
    u.exec(QStringLiteral("INSERT INTO admin_audit_log (username, action, target) VALUES ('mallory', 'order.issue', "
                          "'FORGED')"));
    u.exec(QStringLiteral("ALTER TABLE admin_audit_log ENABLE TRIGGER healdesk_audit_chain"));
    c = chain(u);
    EXPECT_EQ(c.brokenAt, idOf(u, QStringLiteral("FORGED")));
    EXPECT_TRUE(c.problem.contains(QStringLiteral("out of band"))) << c.problem.toStdString();

    // A head kept from before is checked too: after the first database lost T2, its old head is still
    // there (T4 was not touched), but a made-up one is not.
    const CliRun kept = runHealdesk({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
                                     QString(64, QLatin1Char('0'))},
                                    u.name());
    EXPECT_EQ(kept.code, 1);
    EXPECT_FALSE(head.isEmpty());
}

namespace {

// The fenced block right after "<!-- name -->" in docs/order-signing.md.
QString docBlock(const QString &doc, const QString &name)
{
    const qsizetype marker = doc.indexOf(QStringLiteral("<!-- %1 -->").arg(name));
    if (marker < 0)
        return {};
    const qsizetype open = doc.indexOf(QStringLiteral("```text\n"), marker);
    const qsizetype close = doc.indexOf(QStringLiteral("\n```"), open + 8);
    if (open < 0 || close < 0)
        return {};
    return doc.mid(open + 8, close - open - 8);
}

} // namespace

// The vectors vendors implement against were made with another Ed25519 and
// JCS implementation; Healdesk must produce the same bytes and signatures.
TEST(SigningDocs, TestVectorsMatchTheCode)
{
    QFile file(QStringLiteral(HEALDESK_SOURCE_DIR "/docs/order-signing.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());
    QByteArray techSeed = QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    QByteArray adminSeed = QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    const QString keys = docBlock(doc, QStringLiteral("vector-keys"));
    ASSERT_TRUE(keys.contains(QString::fromLatin1(techSeed)) && keys.contains(QString::fromLatin1(adminSeed)));
    QByteArray techB64 = QByteArray::fromHex(techSeed).toBase64();
    QByteArray adminB64 = QByteArray::fromHex(adminSeed).toBase64();
    const auto tech = SigningKey::fromSeed(techB64);
    const auto admin = SigningKey::fromSeed(adminB64);
    EXPECT_TRUE(keys.contains(QStringLiteral("technician public key: ") + tech->publicKeyBase64()));
    EXPECT_TRUE(keys.contains(QStringLiteral("technician key ID:     ") + tech->keyId()));
    EXPECT_TRUE(keys.contains(QStringLiteral("admin public key:      ") + admin->publicKeyBase64()));
    EXPECT_TRUE(keys.contains(QStringLiteral("admin key ID:          ") + admin->keyId()));

    for (int n : {1, 2}) {
        const QString payload = docBlock(doc, QStringLiteral("vector-%1-payload").arg(n)) + QLatin1Char('\n');
        const QString stored = docBlock(doc, QStringLiteral("vector-%1-parameters").arg(n));
        const QString signature = docBlock(doc, QStringLiteral("vector-%1-signature").arg(n));
        ASSERT_GT(payload.size(), 100) << n;
        ASSERT_FALSE(stored.isEmpty()) << n;
        // The payload Healdesk builds from the row (stored parameters, not yet canonical) is the documented one.
        const auto st = Statements::parse(payload.toUtf8(), Statements::kOrder);
        ASSERT_TRUE(st) << n;
        OrderRecord row = OrderSigning::recordOf(*st);
        row.parameters = stored;
        EXPECT_EQ(QString::fromUtf8(OrderSigning::payload(row)), payload) << n;
        EXPECT_EQ(st->value(QStringLiteral("key_id")), tech->keyId());
        // Ed25519 is deterministic: the same key signs the same bytes alike.
        EXPECT_EQ(QString::fromLatin1(tech->sign(payload.toUtf8()).toBase64()), signature) << n;
        EXPECT_TRUE(Ed25519::verify(tech->publicKey(), payload.toUtf8(), QByteArray::fromBase64(signature.toLatin1())));
    }
    const QString approval = docBlock(doc, QStringLiteral("vector-3-payload")) + QLatin1Char('\n');
    const auto st = Statements::parse(approval.toUtf8(), Statements::kApproval);
    ASSERT_TRUE(st);
    EXPECT_EQ(st->value(QStringLiteral("public_key")), tech->publicKeyBase64());
    EXPECT_EQ(st->value(QStringLiteral("approver_key_id")), admin->keyId());
    EXPECT_EQ(QString::fromLatin1(admin->sign(approval.toUtf8()).toBase64()),
              docBlock(doc, QStringLiteral("vector-3-signature")));

    // And the verifier accepts vector 1 as an appliance would, given a trust file naming the admin.
    TrustStore trust;
    trust.installationId = st->value(QStringLiteral("installation_id"));
    trust.anchors << TrustAnchor{admin->keyId(), admin->publicKey(), QStringLiteral("alice.admin"),
                                 signing::parseTime(QStringLiteral("2026-11-01T00:00:00.000Z")),
                                 signing::parseTime(QStringLiteral("2027-11-01T00:00:00.000Z"))};
    const KeyRecord carol{tech->keyId(), tech->publicKeyBase64(), QStringLiteral("carol.tech"),
                          QStringLiteral("technician"), approval,
                          docBlock(doc, QStringLiteral("vector-3-signature")), admin->keyId()};
    const QString payload1 = docBlock(doc, QStringLiteral("vector-1-payload")) + QLatin1Char('\n');
    const auto p1 = Statements::parse(payload1.toUtf8(), Statements::kOrder);
    ASSERT_TRUE(p1);
    OrderRecord order = OrderSigning::recordOf(*p1);
    order.parameters = QStringLiteral("{}");
    order.signature = docBlock(doc, QStringLiteral("vector-1-signature"));
    order.signedPayload = payload1;
    order.partnerId = QStringLiteral("5f0c2a8e-2d4b-4c7e-9a51-6c3b8e1f0a22");
    OrderSigning::Context context;
    context.trust = &trust;
    context.lookup = [&carol](const QString &id) -> std::optional<KeyRecord> {
        return id == carol.keyId ? std::optional<KeyRecord>(carol) : std::nullopt;
    };
    context.applianceId = order.applianceId;
    context.now = signing::parseTime(QStringLiteral("2026-12-01T02:30:00.000Z"));
    OrderSigning::Check check = OrderSigning::check(order, context);
    EXPECT_EQ(check.result, OrderSigning::Check::Result::Accepted) << check.reason.toStdString();
    EXPECT_EQ(check.signer.login, QStringLiteral("carol.tech"));
    // The same order for a partner the approval does not name, or an hour late, is refused.
    order.partnerId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    check = OrderSigning::check(order, context);
    EXPECT_TRUE(check.reason.contains(QStringLiteral("does not cover"))) << check.reason.toStdString();
    order.partnerId = QStringLiteral("5f0c2a8e-2d4b-4c7e-9a51-6c3b8e1f0a22");
    context.now = context.now.addSecs(3600);
    check = OrderSigning::check(order, context);
    EXPECT_TRUE(check.reason.contains(QStringLiteral("expired"))) << check.reason.toStdString();
}

namespace {

// A key approved by approver (an anchor or not) with the given scope and times.
KeyRecord approvedBy(const SigningKey &key, const QString &login, const SigningKey &approver, const QString &partners,
                     const QDateTime &from, const QDateTime &until, const QString &installation)
{
    const Statement st = Statements::make(Statements::kApproval,
                                          {installation, key.keyId(), key.publicKeyBase64(), login,
                                           QStringLiteral("technician"), partners, signing::timeText(from),
                                           signing::timeText(until), approver.keyId()});
    return KeyRecord{key.keyId(),
                     key.publicKeyBase64(),
                     login,
                     QStringLiteral("technician"),
                     QString::fromUtf8(st.bytes()),
                     QString::fromLatin1(approver.sign(st.bytes()).toBase64()),
                     approver.keyId()};
}

} // namespace

// What the review of the first version found: a revoked admin could date a new approval before its
// revocation, an approval could run for decades, a partner-scoped admin was trusted for every partner.
TEST(TrustChain, RevokingAnAdminVoidsItsApprovalsAndScopesAndValidityHold)
{
    const QString installation = QStringLiteral("inst");
    const auto admin = SigningKey::generate();
    const auto scoped = SigningKey::generate();
    const auto tech = SigningKey::generate();
    const QDateTime t0 = signing::parseTime(QStringLiteral("2026-01-01T00:00:00.000Z"));
    TrustStore trust;
    trust.installationId = installation;
    trust.exportedAt = t0;
    trust.anchors << TrustAnchor{admin->keyId(), admin->publicKey(), QStringLiteral("alice"), t0, t0.addYears(2)};
    trust.anchors << TrustAnchor{scoped->keyId(), scoped->publicKey(), QStringLiteral("sam"), t0, t0.addYears(2),
                                 QStringLiteral("p1")};
    QHash<QString, KeyRecord> db;
    const TrustStore::Lookup lookup = [&db](const QString &id) -> std::optional<KeyRecord> {
        return db.contains(id) ? std::optional<KeyRecord>(db.value(id)) : std::nullopt;
    };

    db.insert(tech->keyId(), approvedBy(*tech, QStringLiteral("carol"), *admin, QStringLiteral("*"), t0.addDays(1),
                                        t0.addYears(1), installation));
    EXPECT_TRUE(trust.checkKey(tech->keyId(), t0.addDays(10), lookup).ok);

    // The admin's key is revoked on day 20: carol's key, approved on day 1, stops counting from then on; what she
    // signed before stays checkable as of then; an approval "dated" day 19 by the revoked key counts for nothing.
    const Statement rev = Statements::make(Statements::kRevocation,
                                           {installation, admin->keyId(), QStringLiteral("stolen"),
                                            signing::timeText(t0.addDays(20)), scoped->keyId()});
    trust.revocations << RevocationRecord{admin->keyId(),        scoped->keyId(), QStringLiteral("stolen"),
                                          t0.addDays(20),        QString::fromUtf8(rev.bytes()),
                                          QString::fromLatin1(scoped->sign(rev.bytes()).toBase64())};
    EXPECT_TRUE(trust.checkKey(tech->keyId(), t0.addDays(10), lookup).ok);
    KeyCheck after = trust.checkKey(tech->keyId(), t0.addDays(30), lookup);
    EXPECT_FALSE(after.ok);
    EXPECT_TRUE(after.problem.contains(QStringLiteral("whose key was revoked"))) << after.problem.toStdString();
    const auto late = SigningKey::generate();
    db.insert(late->keyId(), approvedBy(*late, QStringLiteral("mallory"), *admin, QStringLiteral("*"), t0.addDays(19),
                                        t0.addYears(1), installation));
    EXPECT_FALSE(trust.checkKey(late->keyId(), t0.addDays(30), lookup).ok);

    // At most three years.
    const auto decades = SigningKey::generate();
    db.insert(decades->keyId(), approvedBy(*decades, QStringLiteral("dave"), *scoped, QStringLiteral("p1"),
                                           t0.addDays(1), t0.addYears(30), installation));
    after = trust.checkKey(decades->keyId(), t0.addDays(2), lookup);
    EXPECT_FALSE(after.ok);
    EXPECT_TRUE(after.problem.contains(QStringLiteral("more than three years"))) << after.problem.toStdString();

    // An admin scoped to p1 approves keys for p1 only, and its own signature covers p1 only.
    const auto p1 = SigningKey::generate();
    const auto p2 = SigningKey::generate();
    db.insert(p1->keyId(), approvedBy(*p1, QStringLiteral("erin"), *scoped, QStringLiteral("p1"), t0.addDays(1),
                                      t0.addYears(1), installation));
    db.insert(p2->keyId(), approvedBy(*p2, QStringLiteral("frank"), *scoped, QStringLiteral("p1,p2"), t0.addDays(1),
                                      t0.addYears(1), installation));
    const KeyCheck ok = trust.checkKey(p1->keyId(), t0.addDays(2), lookup);
    EXPECT_TRUE(ok.ok) << ok.problem.toStdString();
    EXPECT_TRUE(ok.covers(QStringLiteral("p1")));
    EXPECT_FALSE(ok.covers(QStringLiteral("p2")));
    after = trust.checkKey(p2->keyId(), t0.addDays(2), lookup);
    EXPECT_FALSE(after.ok);
    EXPECT_TRUE(after.problem.contains(QStringLiteral("beyond those of its approver"))) << after.problem.toStdString();
    const KeyCheck anchor = trust.checkKey(scoped->keyId(), t0.addDays(2), lookup);
    EXPECT_TRUE(anchor.ok);
    EXPECT_FALSE(anchor.covers(QStringLiteral("p2")));
    // The scope travels in the trust file.
    const TrustStore reread = TrustStore::fromJson(trust.toJson());
    EXPECT_EQ(reread.anchor(scoped->keyId())->partners, QStringLiteral("p1"));
    EXPECT_EQ(reread.anchor(admin->keyId())->partners, QStringLiteral("*"));
}

TEST(Statement, TimesAreReadAsUtcWhateverTheLocalZoneAndBase64HasOneSpelling)
{
    const QByteArray before = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    // 02:30 on 2026-03-29 does not exist in Berlin (clocks jump from 02:00 to 03:00); in UTC it does.
    const QDateTime gap = signing::parseTime(QStringLiteral("2026-03-29T02:30:00.000Z"));
    EXPECT_TRUE(gap.isValid());
    EXPECT_EQ(gap, QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC));
    EXPECT_EQ(signing::timeText(gap), QStringLiteral("2026-03-29T02:30:00.000Z"));
    if (before.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", before);
    tzset();

    const QByteArray sig(64, '\x5a');
    const QString b64 = QString::fromLatin1(sig.toBase64());
    EXPECT_EQ(signing::strictBase64(b64), sig);
    EXPECT_TRUE(signing::strictBase64(b64 + QLatin1Char('\n')).isEmpty());
    EXPECT_TRUE(signing::strictBase64(QStringLiteral(" ") + b64).isEmpty());
    EXPECT_TRUE(signing::strictBase64(b64.left(b64.size() - 2)).isEmpty()) << "no padding";
}
