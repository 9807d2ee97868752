// Proof end to end, on real PostgreSQL, with healdesk-sim as a separate
// process playing signature-checking appliances and a GNOME Keyring of this
// test's own (the with-keyring.sh launcher): the genuine order runs, every
// forgery is rejected with its reason, the policy switch, signed reports that
// verify offline with the trust file alone and fail after any edit, signed
// audit rows, and no private key anywhere but the keychain.

#include "Audit.h"
#include "CliRun.h"
#include "Csv.h"
#include "DemoSigning.h"
#include "Error.h"
#include "FleetFixture.h"
#include "Health.h"
#include "Keychain.h"
#include "Keys.h"
#include "Logins.h"
#include "Orders.h"
#include "Reports.h"
#include "Session.h"
#include "Trust.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

namespace {

const QString kSim = QStringLiteral(HEALDESK_BINARY_DIR "/app/healdesk-sim");

// What the table's owner can do: recompute every chained row's hash after an edit, so the chain holds again.
void rebuildAuditChain(TestDatabase &t)
{
    t.exec(QStringLiteral(
        "DO $$ DECLARE r RECORD; prev TEXT := NULL; BEGIN "
        "FOR r IN SELECT * FROM admin_audit_log WHERE row_hash IS NOT NULL ORDER BY id LOOP "
        "prev := coalesce(prev, r.prev_hash); "
        "UPDATE admin_audit_log SET prev_hash = prev, row_hash = encode(sha256(convert_to(healdesk_audit_row_text("
        "prev, r.id, r.username, r.action, r.target, r.details::text, "
        "(extract(epoch FROM r.created_at) * 1000000)::bigint, r.signing_key_id, r.signature, r.signed_statement), "
        "'UTF8')), 'hex') WHERE id = r.id RETURNING row_hash INTO prev; END LOOP; END $$"));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class ProofTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.migrate();
        apps = insertSite(t, QStringLiteral("site-p"), QStringLiteral("p"), {1, 1, 1});
        t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity, enabled, is_disruptive) "
                              "VALUES ('RB-OK', 'Fine', 'c', 'low', true, false)"));
        signing = t.provisionSigning();
        trustPath = dir.filePath(QStringLiteral("fleet-keys.json"));
        writeFile(trustPath, signing.trust.toJson());
        installation = t.scalar(QStringLiteral("SELECT installation_id::text FROM healdesk_signing_settings")).toString();
    }

    // A genuine order, signed by the demo technician through Orders::issue.
    QString issue(const QString &appliance, const QString &parameters = QStringLiteral("{}"))
    {
        OrderRequest r;
        r.applianceIds = {appliance};
        r.runbookId = QStringLiteral("RB-OK");
        r.reason = QStringLiteral("proof test");
        r.parameters = parameters;
        const QList<IssuedOrder> issued = t.db().runSync([&r](Session &s) { return Orders::issue(s, r); });
        return issued.value(0).orderId;
    }

    // An order row written by SQL, signed with key when given (someone who
    // holds that private key), its row expiry rowExpires.
    void insertOrder(const QString &orderId, const QString &appliance, const SigningKey *key, const QDateTime &issued,
                     const QDateTime &signedExpiry, const QDateTime &rowExpires)
    {
        OrderRecord r{orderId, appliance, QStringLiteral("RB-OK"), QStringLiteral("{}"), issued, signedExpiry, {}, {}, {}, {}, {}};
        QVariant nonce, keyId, signature, payload;
        if (key) {
            r.nonce = signing::nonce();
            r.keyId = key->keyId();
            const QByteArray bytes = OrderSigning::payload(r);
            nonce = r.nonce;
            keyId = r.keyId;
            signature = QString::fromLatin1(key->sign(bytes).toBase64());
            payload = QString::fromUtf8(bytes);
        }
        t.exec(QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id, parameters, status, issued_at, "
                              "issued_by, reason, expires_at, signing_key_id, nonce, signature, signed_payload) "
                              "VALUES (?, ?::uuid, 'RB-OK', '{}', 'pending', ?::timestamptz, 'mallory', 'forged', "
                              "?::timestamptz, ?, ?, ?, ?)"),
               {orderId, appliance, signing::timeText(issued), signing::timeText(rowExpires), keyId, nonce, signature,
                payload});
    }

    // Runs the appliances for a few seconds as a separate process.
    CliRun runAppliances()
    {
        return runProgram(kSim,
                          {QStringLiteral("--trust"), trustPath, QStringLiteral("--duration"), QStringLiteral("3"),
                           QStringLiteral("--interval"), QStringLiteral("250"), QStringLiteral("--failure-rate"),
                           QStringLiteral("0")},
                          t.name());
    }

    QString status(const QString &orderId)
    {
        return t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = ?"), {orderId}).toString();
    }
    QString reason(const QString &orderId)
    {
        return t.scalar(QStringLiteral("SELECT coalesce(result->>'reason', '') FROM orders WHERE order_id = ?"),
                        {orderId})
            .toString();
    }

    // Registers a fresh key for login (as that login), returns it.
    std::shared_ptr<SigningKey> keyOf(const QString &login)
    {
        auto key = SigningKey::generate();
        t.db().runSync([&](Session &s) {
            DemoSigning::asRole(s, login, nullptr,
                                [&] { Keys::registerKey(s, *key, Keys::kTechnician, QStringLiteral("test")); });
        });
        return key;
    }
    template <typename Fn> void asAdmin(Fn fn)
    {
        t.db().runSync([&](Session &s) {
            DemoSigning::asRole(s, QLatin1String(DemoSigning::kAdminRole), signing.admin, [&] { fn(s); });
        });
    }

    TestDatabase t;
    QStringList apps;
    DemoSigning signing;
    QTemporaryDir dir;
    QString trustPath;
    QString installation;
};

TEST_F(ProofTest, AppliancesRunTheGenuineOrderAndRejectEachForgeryWithItsReason)
{
    Logins logins{t, {}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString partner = uuidFor(QStringLiteral("p"));

    const QString genuine = issue(apps[0]);
    ASSERT_FALSE(genuine.isEmpty());
    // Every order Healdesk writes carries its signature, key and nonce, over the documented payload.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT signing_key_id FROM orders WHERE order_id = ?"), {genuine}).toString(),
              signing.technician->key->keyId());
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT length(nonce) FROM orders WHERE order_id = ?"), {genuine}).toInt(), 32);

    // Parameters changed by direct SQL.
    const QString changed = issue(apps[1], QStringLiteral("{\"timeout_s\": 30}"));
    t.exec(QStringLiteral("UPDATE orders SET parameters = '{\"timeout_s\": 30, \"force\": true}' WHERE order_id = ?"),
           {changed});
    // The genuine order's row copied under a new ID: a replay.
    t.exec(QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id, parameters, status, issued_at, "
                          "issued_by, reason, expires_at, signing_key_id, nonce, signature, signed_payload) "
                          "SELECT 'copy-of-genuine', appliance_id, runbook_id, parameters, 'pending', issued_at, "
                          "issued_by, reason, expires_at, signing_key_id, nonce, signature, signed_payload "
                          "FROM orders WHERE order_id = ?"),
           {genuine});
    // Another appliance's order, moved to this one.
    const QString moved = issue(apps[0]);
    t.exec(QStringLiteral("UPDATE orders SET appliance_id = ?::uuid WHERE order_id = ?"), {apps[2], moved});
    // Signed with an expiry an hour ago; its row's expiry pushed into the future.
    insertOrder(QStringLiteral("expired"), apps[1], signing.technician->key.get(), now.addSecs(-7200),
                now.addSecs(-3600), now.addSecs(3600));

    // A revoked key.
    const QString techR = logins.make(QStringLiteral("tech_r"));
    t.exec(QStringLiteral("SELECT healdesk_grant_login(?, ?::uuid, false)"), {techR, partner});
    const auto revoked = keyOf(techR);
    asAdmin([&](Session &s) {
        Keys::approve(s, revoked->keyId());
        Keys::revoke(s, revoked->keyId(), QStringLiteral("laptop stolen"));
    });
    insertOrder(QStringLiteral("by-revoked"), apps[1], revoked.get(), now, now.addSecs(3600), now.addSecs(3600));

    // A pending key nobody approved.
    const QString techP = logins.make(QStringLiteral("tech_p"));
    t.exec(QStringLiteral("SELECT healdesk_grant_login(?, ?::uuid, false)"), {techP, partner});
    const auto pending = keyOf(techP);
    insertOrder(QStringLiteral("by-pending"), apps[1], pending.get(), now, now.addSecs(3600), now.addSecs(3600));

    // A key approved by its own owner: refused at approval...
    const QString adminRole = QLatin1String(DemoSigning::kAdminRole);
    const auto own = keyOf(adminRole);
    QString refusal;
    try {
        asAdmin([&](Session &s) { Keys::approve(s, own->keyId()); });
    } catch (const Error &e) {
        refusal = e.toString();
    }
    EXPECT_TRUE(refusal.contains(QStringLiteral("another admin must approve it"))) << refusal.toStdString();
    // ...and, forced in by SQL with a properly signed statement, rejected by the appliance.
    {
        const Statement st = Statements::make(
            Statements::kApproval,
            {installation, own->keyId(), own->publicKeyBase64(), adminRole, Keys::kTechnician, QString(),
             signing::timeText(now), signing::timeText(now.addDays(30)), signing.admin->key->keyId()});
        t.exec(QStringLiteral("INSERT INTO healdesk_key_approvals (key_id, approver_key_id, approved_at, valid_until, "
                              "statement, signature) VALUES (?, ?, ?::timestamptz, ?::timestamptz, ?, ?)"),
               {own->keyId(), signing.admin->key->keyId(), signing::timeText(now),
                signing::timeText(now.addDays(30)), QString::fromUtf8(st.bytes()),
                QString::fromLatin1(signing.admin->key->sign(st.bytes()).toBase64())});
    }
    insertOrder(QStringLiteral("by-own-approval"), apps[1], own.get(), now, now.addSecs(3600), now.addSecs(3600));

    // A key inserted by SQL with an approval signed by someone else than the admin it names.
    const auto eve = SigningKey::generate();
    {
        const auto mallory = SigningKey::generate();
        const Statement st = Statements::make(
            Statements::kApproval,
            {installation, eve->keyId(), eve->publicKeyBase64(), QStringLiteral("eve"), Keys::kTechnician,
             QStringLiteral("*"), signing::timeText(now), signing::timeText(now.addDays(30)),
             signing.admin->key->keyId()});
        t.exec(QStringLiteral("INSERT INTO healdesk_signing_keys (key_id, login, role, public_key, "
                              "registration_statement, registration_signature) VALUES (?, 'eve', 'technician', ?, "
                              "'x', 'y')"),
               {eve->keyId(), eve->publicKeyBase64()});
        t.exec(QStringLiteral("INSERT INTO healdesk_key_approvals (key_id, approver_key_id, approved_at, valid_until, "
                              "statement, signature) VALUES (?, ?, ?::timestamptz, ?::timestamptz, ?, ?)"),
               {eve->keyId(), signing.admin->key->keyId(), signing::timeText(now),
                signing::timeText(now.addDays(30)), QString::fromUtf8(st.bytes()),
                QString::fromLatin1(mallory->sign(st.bytes()).toBase64())});
    }
    insertOrder(QStringLiteral("by-forged-approval"), apps[1], eve.get(), now, now.addSecs(3600), now.addSecs(3600));
    // A key nobody has heard of.
    const auto stranger = SigningKey::generate();
    insertOrder(QStringLiteral("by-stranger"), apps[1], stranger.get(), now, now.addSecs(3600), now.addSecs(3600));
    // Unsigned, while the partner requires signatures (the default of a new installation).
    insertOrder(QStringLiteral("unsigned"), apps[1], nullptr, now, now.addSecs(3600), now.addSecs(3600));

    const CliRun sim = runAppliances();
    ASSERT_EQ(sim.code, 0) << sim.err.toStdString();

    EXPECT_EQ(status(genuine), QStringLiteral("completed")) << reason(genuine).toStdString();
    const QList<std::pair<QString, QString>> expected{
        {changed, QStringLiteral("parameters were changed after signing")},
        {QStringLiteral("copy-of-genuine"), QStringLiteral("replayed")},
        {moved, QStringLiteral("meant for appliance ") + apps[0]},
        {QStringLiteral("expired"), QStringLiteral("expired: its signed expiry was")},
        {QStringLiteral("by-revoked"), QStringLiteral("was revoked on")},
        {QStringLiteral("by-pending"), QStringLiteral("is pending: no admin approved it")},
        {QStringLiteral("by-own-approval"), QStringLiteral("approved by its own owner")},
        {QStringLiteral("by-forged-approval"), QStringLiteral("does not verify against")},
        {QStringLiteral("by-stranger"), QStringLiteral("is unknown")},
        {QStringLiteral("unsigned"), QStringLiteral("unsigned, and this partner's orders must be signed")},
    };
    for (const auto &[order, why] : expected) {
        EXPECT_EQ(status(order), QStringLiteral("rejected")) << order.toStdString();
        EXPECT_TRUE(reason(order).contains(why)) << order.toStdString() << ": " << reason(order).toStdString();
    }
    // Rejected orders are their own Data health detector and an exception in reports.
    EXPECT_EQ(t.db().runSync([](Session &s) { return Health::counts(s); }).rejected, expected.size());
    Scope scope;
    scope.partnerId = partner;
    scope.from = now.addDays(-1);
    scope.to = now.addSecs(3600);
    const ReportData report = t.db().runSync([&scope](Session &s) { return Reports::build(s, scope); });
    const ReportSection *exceptions = report.section(QStringLiteral("order_exceptions"));
    ASSERT_NE(exceptions, nullptr);
    QStringList rejectedInReport;
    for (const QStringList &row : exceptions->rows) {
        if (row.value(exceptions->column(QStringLiteral("state_at_end"))) == QLatin1String("rejected"))
            rejectedInReport << row.value(exceptions->column(QStringLiteral("order_id")));
    }
    for (const auto &[order, why] : expected)
        EXPECT_TRUE(rejectedInReport.contains(order)) << order.toStdString() << " is not a rejected exception";
    EXPECT_EQ(rejectedInReport.size(), expected.size());
    EXPECT_TRUE(sim.err.contains(QStringLiteral("1 completed, 0 failed, %1 rejected").arg(expected.size())))
        << sim.err.toStdString();

    // order verify reads the same verdict offline, naming the signer.
    const CliRun ok = runHealdesk({QStringLiteral("order"), QStringLiteral("verify"), genuine, QStringLiteral("--trust"),
                                   trustPath},
                                  t.name());
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("signed by %1").arg(signing.technician->login))) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("approved by %1").arg(adminRole))) << ok.out.toStdString();
    const CliRun bad = runHealdesk({QStringLiteral("order"), QStringLiteral("verify"), changed, QStringLiteral("--trust"),
                                    trustPath},
                                   t.name());
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("REJECTED: its parameters were changed"))) << bad.err.toStdString();
}

TEST_F(ProofTest, ThePolicySwitchDecidesWhetherUnsignedOrdersRunAndOnlyAnAdminsSignatureTurnsItOff)
{
    const QString partner = uuidFor(QStringLiteral("p"));
    // A console without a key (a second connection, no signer).
    Database plain(t.config());
    OrderRequest r;
    r.applianceIds = {apps[0]};
    r.runbookId = QStringLiteral("RB-OK");
    r.reason = QStringLiteral("no key");

    // Off, signed by an admin: the unsigned order is written and runs.
    asAdmin([&](Session &s) { Keys::setPolicy(s, partner, false); });
    const QList<IssuedOrder> unsignedOrder = plain.runSync([&r](Session &s) { return Orders::issue(s, r); });
    ASSERT_EQ(unsignedOrder.size(), 1);
    EXPECT_TRUE(t.scalar(QStringLiteral("SELECT signature IS NULL FROM orders WHERE order_id = ?"),
                         {unsignedOrder[0].orderId})
                    .toBool());
    ASSERT_EQ(runAppliances().code, 0);
    EXPECT_EQ(status(unsignedOrder[0].orderId), QStringLiteral("completed"));

    // Required: a technician without a key is refused before anything is written...
    asAdmin([&](Session &s) { Keys::setPolicy(s, partner, true); });
    const qint64 orders = t.scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong();
    const qint64 audits = t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log")).toLongLong();
    try {
        plain.runSync([&r](Session &s) { return Orders::issue(s, r); });
        ADD_FAILURE() << "an unsigned order was written while signatures are required";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::Refused);
        EXPECT_TRUE(e.message().contains(QStringLiteral("must be signed"))) << e.toString().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("healdesk key create"))) << e.toString().toStdString();
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(), orders);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log")).toLongLong(), audits);
    // ...and an unsigned order written by SQL is rejected by its appliance, even after someone turns the
    // policy row off by SQL: only an admin's signature makes "off" count.
    t.exec(QStringLiteral("UPDATE healdesk_signing_policy SET required = false, "
                          "statement = replace(statement, 'required=yes', 'required=no') WHERE partner_id = ?::uuid"),
           {partner});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    insertOrder(QStringLiteral("sql-unsigned"), apps[1], nullptr, now, now.addSecs(600), now.addSecs(600));
    ASSERT_EQ(runAppliances().code, 0);
    EXPECT_EQ(status(QStringLiteral("sql-unsigned")), QStringLiteral("rejected"));
    EXPECT_TRUE(reason(QStringLiteral("sql-unsigned")).contains(QStringLiteral("must be signed")))
        << reason(QStringLiteral("sql-unsigned")).toStdString();
    // The policy changes are audited, signed by the admin who made them.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'key.policy' AND "
                                      "signing_key_id = ?"),
                       {signing.admin->key->keyId()})
                  .toInt(),
              2);
}

TEST_F(ProofTest, ASignedAuditRowRewrittenWithItsChainIsNamedByItsSignature)
{
    issue(apps[0]);
    const qint64 id =
        t.scalar(QStringLiteral("SELECT id FROM admin_audit_log WHERE action = 'order.issue' AND signature IS NOT NULL"))
            .toLongLong();
    ASSERT_GT(id, 0);
    const CliRun before = runHealdesk({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--trust"),
                                       trustPath},
                                      t.name());
    ASSERT_EQ(before.code, 0) << before.err.toStdString();
    const int signedRows =
        t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE signature IS NOT NULL")).toInt();
    ASSERT_GT(signedRows, 1);
    EXPECT_TRUE(before.out.contains(
        QStringLiteral("%1 signed rows, each signer checked against the trust file").arg(signedRows)))
        << before.out.toStdString();

    // The table's owner changes the reason and rebuilds every hash after it: the chain holds again, the
    // signature does not.
    t.exec(QStringLiteral("UPDATE admin_audit_log SET details = jsonb_set(details, '{reason}', '\"nothing to see\"') "
                          "WHERE id = ?"),
           {id});
    rebuildAuditChain(t);
    const CliRun after = runHealdesk({QStringLiteral("audit"), QStringLiteral("verify")}, t.name());
    EXPECT_EQ(after.code, 1);
    EXPECT_TRUE(after.err.contains(QStringLiteral("BROKEN at row %1").arg(id))) << after.err.toStdString();
    EXPECT_TRUE(after.err.contains(QStringLiteral("no longer describes the row"))) << after.err.toStdString();
}

TEST_F(ProofTest, AuditRowsAreSignedByTheirOwnActorAndKeyChangesAlwaysCarryTheirSignature)
{
    // A row naming another login, signed with the technician's key, written through the chain's own trigger.
    const QJsonObject details{{QStringLiteral("reason"), QStringLiteral("covering my tracks")}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Statement st = Audit::statementFor(QStringLiteral("bob"), QStringLiteral("order.cancel"),
                                             QStringLiteral("ORD-9"), details, now, signing.technician->key->keyId());
    t.exec(QStringLiteral("INSERT INTO admin_audit_log (username, action, target, details, signing_key_id, signature, "
                          "signed_statement) VALUES ('bob', 'order.cancel', 'ORD-9', ?::jsonb, ?, ?, ?)"),
           {QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), signing.technician->key->keyId(),
            QString::fromLatin1(signing.technician->key->sign(st.bytes()).toBase64()), QString::fromUtf8(st.bytes())});
    CliRun r = runHealdesk({QStringLiteral("audit"), QStringLiteral("verify")}, t.name());
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("it names bob, but was signed with the key of %1")
                                   .arg(signing.technician->login)))
        << r.err.toStdString();

    // An approval's signature stripped and the chain rebuilt around it: named all the same.
    TestDatabase u;
    u.migrate();
    u.provisionSigning();
    const qint64 approval =
        u.scalar(QStringLiteral("SELECT id FROM admin_audit_log WHERE action = 'key.approve'")).toLongLong();
    ASSERT_GT(approval, 0);
    u.exec(QStringLiteral("UPDATE admin_audit_log SET signing_key_id = NULL, signature = NULL, signed_statement = NULL "
                          "WHERE id = ?"),
           {approval});
    rebuildAuditChain(u);
    r = runHealdesk({QStringLiteral("audit"), QStringLiteral("verify")}, u.name());
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("row %1 (key.approve) is always signed").arg(approval)))
        << r.err.toStdString();
}

TEST_F(ProofTest, AnOrderPutBackToPendingAfterItRanIsAReplay)
{
    const QString order = issue(apps[0]);
    QProcess sim;
    sim.setProcessChannelMode(QProcess::MergedChannels);
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGDATABASE"), t.name());
    sim.setProcessEnvironment(env);
    sim.start(kSim, {QStringLiteral("--trust"), trustPath, QStringLiteral("--interval"), QStringLiteral("200"),
                     QStringLiteral("--failure-rate"), QStringLiteral("0"), QStringLiteral("--quiet")});
    ASSERT_TRUE(sim.waitForStarted());
    auto waitFor = [&](const QString &wanted) {
        for (int i = 0; i < 150 && status(order) != wanted; ++i)
            QThread::msleep(100);
        return status(order);
    };
    EXPECT_EQ(waitFor(QStringLiteral("completed")), QStringLiteral("completed"));
    // Someone with write access to the table puts it back, hoping the appliance runs it again.
    t.exec(QStringLiteral("UPDATE orders SET status = 'pending', completed_at = NULL, result = NULL, "
                          "acknowledged_at = NULL WHERE order_id = ?"),
           {order});
    EXPECT_EQ(waitFor(QStringLiteral("rejected")), QStringLiteral("rejected"));
    EXPECT_TRUE(reason(order).contains(QStringLiteral("replayed"))) << reason(order).toStdString();
    sim.terminate();
    sim.waitForFinished(5000);
}

// The command line as technicians use it: keys made in the keychain, approved
// by another admin, orders and reports signed, offline checks with the trust
// file, a revocation, and no private key anywhere but the keychain.
TEST(ProofCli, KeysFromTheKeychainSignOrdersAndReportsThatVerifyOfflineAndLeakNowhere)
{
    TestDatabase t;
    t.migrate();
    const QStringList apps = insertSite(t, QStringLiteral("site-c"), QStringLiteral("c"), {1, 1});
    t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity, enabled, is_disruptive, "
                          "hipaa_controls) VALUES ('RB-OK', 'Fine', 'c', 'low', true, false, '{164.312(b)}')"));
    const QString partner = uuidFor(QStringLiteral("c"));
    Logins logins{t, {}};
    const QString admin = logins.make(QStringLiteral("admin"));
    const QString tech = logins.make(QStringLiteral("tech"));
    t.exec(QStringLiteral("SELECT healdesk_grant_login(?, ?::uuid, true)"), {admin, partner});
    t.exec(QStringLiteral("SELECT healdesk_grant_login(?, ?::uuid, false)"), {tech, partner});
    QTemporaryDir dir;
    QStringList outputs; // everything every command printed
    auto as = [&](const QString &login, QStringList args) {
        if (!login.isEmpty())
            args << QStringLiteral("--db") << uriFor(t, login);
        const CliRun r = runHealdesk(args, t.name());
        outputs << r.out << r.err;
        return r;
    };
    auto keyIdOf = [&](const QString &login) {
        const CliRun list = as({}, {QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            if (v.toObject().value(QStringLiteral("login")).toString() == login)
                return v.toObject();
        }
        return QJsonObject();
    };

    // The admin's key, approved by the schema's owner as the first admin key.
    CliRun r = as(admin, {QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--role"),
                          QStringLiteral("admin")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString adminKey = keyIdOf(admin).value(QStringLiteral("key_id")).toString();
    ASSERT_EQ(adminKey.size(), 32);
    EXPECT_EQ(keyIdOf(admin).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    r = as({}, {QStringLiteral("key"), QStringLiteral("approve"), adminKey, QStringLiteral("--bootstrap")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    // The technician's key: pending, the technician cannot order, another admin approves it.
    r = as(tech, {QStringLiteral("key"), QStringLiteral("create")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString techKey = keyIdOf(tech).value(QStringLiteral("key_id")).toString();
    ASSERT_EQ(keyIdOf(tech).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    const QStringList order{QStringLiteral("order"),    QStringLiteral("issue"),  QStringLiteral("--appliance"),
                            apps[0],                    QStringLiteral("--runbook"), QStringLiteral("RB-OK"),
                            QStringLiteral("--reason"), QStringLiteral("cli proof")};
    r = as(tech, order);
    EXPECT_EQ(r.code, 8);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is pending: ask an admin to run healdesk key approve %1").arg(techKey)))
        << r.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM orders")).toInt(), 0);
    r = as(tech, {QStringLiteral("key"), QStringLiteral("approve"), techKey});
    EXPECT_NE(r.code, 0) << "a technician approved a key";
    r = as(admin, {QStringLiteral("key"), QStringLiteral("approve"), techKey, QStringLiteral("--days"),
                   QStringLiteral("30")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject approved = keyIdOf(tech);
    EXPECT_EQ(approved.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    EXPECT_EQ(approved.value(QStringLiteral("approved_by")).toString(), admin);
    const QString trustPath = dir.filePath(QStringLiteral("fleet-keys.json"));
    r = as(admin, {QStringLiteral("key"), QStringLiteral("export-trust"), QStringLiteral("-o"), trustPath});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const TrustStore trust = TrustStore::load(trustPath);
    ASSERT_EQ(trust.anchors.size(), 1);
    EXPECT_EQ(trust.anchors[0].keyId, adminKey);

    // A signed order, run by a signature-checking appliance.
    QProcess sim;
    sim.setProcessChannelMode(QProcess::MergedChannels);
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGDATABASE"), t.name());
    sim.setProcessEnvironment(env);
    sim.start(kSim, {QStringLiteral("--trust"), trustPath, QStringLiteral("--interval"), QStringLiteral("200"),
                     QStringLiteral("--failure-rate"), QStringLiteral("0")});
    ASSERT_TRUE(sim.waitForStarted());
    r = as(tech, order + QStringList{QStringLiteral("--order-id"), QStringLiteral("cli-1"), QStringLiteral("--wait"),
                                     QStringLiteral("30")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    sim.terminate();
    sim.waitForFinished(5000);
    outputs << QString::fromUtf8(sim.readAll());
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = 'cli-1'")).toString(),
              QStringLiteral("completed"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT signing_key_id FROM orders WHERE order_id = 'cli-1'")).toString(),
              techKey);

    // A signed report: verifies offline with the trust file alone (no database: the URI is unreachable).
    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QDate today = QDate::currentDate();
    const QStringList period{QStringLiteral("--from"), today.addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"),
                             today.toString(Qt::ISODate)};
    for (const QString &file : {csv, pdf}) {
        r = as(tech, QStringList{QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--partner"),
                                 partner, QStringLiteral("-o"), file} +
                         period);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("signed with key %1").arg(techKey))) << r.out.toStdString();
    }
    auto verify = [&](const QString &file, const QString &trustFile) {
        QStringList args{QStringLiteral("export"), QStringLiteral("verify"), file};
        if (!trustFile.isEmpty())
            args << QStringLiteral("--trust") << trustFile;
        const CliRun v = runProgram(QStringLiteral(HEALDESK_EXECUTABLE), args);
        outputs << v.out << v.err;
        return v;
    };
    for (const QString &file : {csv, pdf}) {
        const CliRun v = verify(file, trustPath);
        EXPECT_EQ(v.code, 0) << file.toStdString() << ": " << v.err.toStdString();
        EXPECT_TRUE(v.out.contains(QStringLiteral("signed by %1 (key %2)").arg(tech, techKey.left(12))))
            << v.out.toStdString();
        EXPECT_TRUE(v.out.contains(QStringLiteral("approved by %1").arg(admin))) << v.out.toStdString();
        // Without the trust file nothing says the key is the fleet's.
        EXPECT_EQ(verify(file, {}).code, 10);
    }
    // A figure changed and the digest recomputed: the digest holds, the signature does not.
    const QByteArray original = readFile(csv);
    QList<QStringList> records = Csv::parse(original);
    QByteArray data;
    for (QStringList &rec : records) {
        if (rec.value(0) == QLatin1String("summary") && rec.value(1) != QLatin1String("header") &&
            rec.value(2) == QLatin1String("executions"))
            rec[3] = QString::number(rec[3].toInt() + 100);
        if (rec.value(0) != QLatin1String("digest") && rec.value(0) != QLatin1String("signature"))
            data += Csv::line(rec);
    }
    const QString recomputed =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QByteArray forged = data;
    for (const QStringList &rec : records) {
        if (rec.value(0) == QLatin1String("digest"))
            forged += Csv::line(rec.value(1) == QLatin1String("header") ? rec
                                                                        : QStringList{rec[0], rec[1], rec[2], recomputed});
        else if (rec.value(0) == QLatin1String("signature"))
            forged += Csv::line(rec);
    }
    ASSERT_NE(forged, original);
    const QString forgedPath = dir.filePath(QStringLiteral("forged.csv"));
    writeFile(forgedPath, forged);
    ASSERT_TRUE(Reports::verifyCsv(forged).ok()) << "the forger's digest must hold for this test to mean anything";
    CliRun v = verify(forgedPath, trustPath);
    EXPECT_EQ(v.code, 1);
    EXPECT_TRUE(v.err.contains(QStringLiteral("SIGNATURE INVALID"))) << v.err.toStdString();
    EXPECT_TRUE(v.err.contains(QStringLiteral("changed after signing"))) << v.err.toStdString();
    // One byte of the PDF changed: its signed last line no longer holds.
    QByteArray pdfBytes = readFile(pdf);
    pdfBytes[pdfBytes.size() / 2] = char(pdfBytes[pdfBytes.size() / 2] ^ 0x01);
    const QString pdfForged = dir.filePath(QStringLiteral("forged.pdf"));
    writeFile(pdfForged, pdfBytes);
    v = verify(pdfForged, trustPath);
    EXPECT_EQ(v.code, 1);
    EXPECT_TRUE(v.err.contains(QStringLiteral("file was changed after signing"))) << v.err.toStdString();
    // An incremental update appended after the signed line (what a PDF editor writes) is a change too.
    const QString pdfAppended = dir.filePath(QStringLiteral("appended.pdf"));
    writeFile(pdfAppended, readFile(pdf) + "1 0 obj\n<< /Type /Annot >>\nendobj\n%%EOF\n");
    v = verify(pdfAppended, trustPath);
    EXPECT_EQ(v.code, 1);
    EXPECT_TRUE(v.err.contains(QStringLiteral("bytes after its signature line"))) << v.err.toStdString();

    // Revoked: the technician's later orders are refused; the report signed before stays valid and says so.
    r = as(admin, {QStringLiteral("key"), QStringLiteral("revoke"), techKey, QStringLiteral("--reason"),
                   QStringLiteral("left the company")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(keyIdOf(tech).value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
    r = as(tech, order);
    EXPECT_EQ(r.code, 8);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is revoked"))) << r.err.toStdString();
    const QString trustAfter = dir.filePath(QStringLiteral("fleet-keys-2.json"));
    ASSERT_EQ(as(admin, {QStringLiteral("key"), QStringLiteral("export-trust"), QStringLiteral("-o"), trustAfter}).code,
              0);
    v = verify(csv, trustAfter);
    EXPECT_EQ(v.code, 0) << v.err.toStdString();
    EXPECT_TRUE(v.out.contains(QStringLiteral("revoked later"))) << v.out.toStdString();
    r = as({}, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--trust"), trustAfter});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();

    // No private key, nor any 8 bytes of one, in the settings folder, the database, the server's log or any
    // output: only the keychain holds them.
    QStringList needles;
    for (const QString &login : {admin, tech}) {
        const KeyIdentity id{trust.installationId, login, {}, false, false};
        QByteArray seed = QByteArray::fromBase64(Keychain::readSigningSeed(Keys::keychainEntry(id)));
        ASSERT_EQ(seed.size(), 32) << "the keychain holds " << login.toStdString() << "'s key";
        needles << QString::fromLatin1(seed.toBase64()) << QString::fromLatin1(seed.toHex());
        for (int i = 0; i + 8 <= seed.size(); ++i) {
            needles << QString::fromLatin1(seed.mid(i, 8).toHex());
            needles << QString::fromLatin1(seed.mid(i, 8).toHex().toUpper());
        }
        for (int i = 0; i + 12 <= seed.toBase64().size(); i += 4)
            needles << QString::fromLatin1(seed.toBase64().mid(i, 12));
    }
    QStringList haystacks = outputs;
    QProcess dump;
    dump.start(QStringLiteral("pg_dump"), {QStringLiteral("--no-owner"), t.name()});
    ASSERT_TRUE(dump.waitForFinished(60000));
    const QString dumped = QString::fromUtf8(dump.readAllStandardOutput());
    ASSERT_TRUE(dumped.contains(techKey)) << "the dump holds the keys' public halves";
    haystacks << dumped;
    haystacks << QString::fromUtf8(readFile(qEnvironmentVariable("PGHOST") + QStringLiteral("/server.log")));
    QDirIterator settings(QDir::homePath() + QStringLiteral("/.config"), QDir::Files, QDirIterator::Subdirectories);
    while (settings.hasNext())
        haystacks << QString::fromLatin1(readFile(settings.next()).toHex()) << QString::fromUtf8(readFile(settings.filePath()));
    for (const QString &needle : needles) {
        for (const QString &hay : haystacks)
            ASSERT_FALSE(hay.contains(needle, Qt::CaseSensitive)) << "a piece of a private key leaked: " << needle.toStdString();
    }
}
