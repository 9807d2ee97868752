// The proof commands: signing keys (healdesk key ...), and the checks an
// appliance vendor or an auditor runs with the fleet's trust file alone
// (order verify, export verify, audit verify).

#include "CliSupport.h"

#include "Audit.h"
#include "Database.h"
#include "Error.h"
#include "Keys.h"
#include "Orders.h"
#include "Reports.h"
#include "Trust.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hd::cli::detail {

QString attachSigner(Database &db)
{
    try {
        const KeyIdentity me = db.runSync([](Session &s) { return Keys::identity(s); });
        std::shared_ptr<SigningKey> key = Keys::loadLocal(me);
        if (!key) {
            return CliText::tr("this workstation's keychain holds no signing key for %1 (healdesk key create)")
                .arg(me.login);
        }
        db.setSigner(std::make_shared<const Signer>(Signer{std::move(key), me.login, me.installationId}));
        return {};
    } catch (const Error &e) {
        return e.message();
    }
}

namespace {

QString shortKey(const QString &keyId)
{
    return keyId.left(12);
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

std::optional<TrustStore> trustFrom(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("trust")))
        return std::nullopt;
    return TrustStore::load(parser.value(QStringLiteral("trust")));
}

QCommandLineOption trustOption()
{
    return {QStringLiteral("trust"),
            CliText::tr("The fleet's trust file (healdesk key export-trust): its admin keys are what every signature "
                        "must chain to."),
            QStringLiteral("file")};
}

int keyCreate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("role"), CliText::tr("technician (default), admin, or service (for the worker)."),
                      QStringLiteral("role"), Keys::kTechnician});
    parser.addOption({QStringLiteral("label"), CliText::tr("A note to tell your keys apart (e.g. the workstation)."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("replace"),
                      CliText::tr("Make a new key even though the keychain holds one (the old one stays in the "
                                  "database until an admin revokes it).")});
    if (auto code = parse(parser, args,
                          CliText::tr("Make your Ed25519 signing key on this workstation: the private key goes to the "
                                      "system keychain only, the public key to the database, pending until another "
                                      "admin approves it.")))
        return *code;
    const QString role = parser.value(QStringLiteral("role"));
    if (role != Keys::kTechnician && role != Keys::kAdmin && role != Keys::kService)
        throw Error(Error::Code::InvalidInput, CliText::tr("--role is technician, admin or service"));
    Database db(connectionFrom(parser));
    const KeyIdentity me = db.runSync([](Session &s) { return Keys::identity(s); });
    std::shared_ptr<SigningKey> key = Keys::loadLocal(me);
    const QList<KeyRow> keys = db.runSync([](Session &s) { return Keys::list(s); });
    auto stateOf = [&keys](const QString &id) {
        for (const KeyRow &k : keys) {
            if (k.keyId == id)
                return k.state;
        }
        return QString();
    };
    if (key && !parser.isSet(QStringLiteral("replace")) && !stateOf(key->keyId()).isEmpty()) {
        out() << CliText::tr("you already have key %1 (%2); --replace makes a new one")
                     .arg(key->keyId(), stateOf(key->keyId()))
              << Qt::endl;
        return 0;
    }
    if (!key || parser.isSet(QStringLiteral("replace"))) {
        key = SigningKey::generate();
        // Kept first, so a key the database knows always has its private half somewhere.
        Keys::storeLocal(me, *key);
    }
    const QString label = parser.value(QStringLiteral("label"));
    db.runSync([&](Session &s) { Keys::registerKey(s, *key, role, label); });
    out() << CliText::tr("key %1 of %2 (%3) is registered and pending; the private key is in this workstation's "
                         "keychain only")
                 .arg(key->keyId(), me.login, role)
          << Qt::endl;
    bool anyAdmin = false;
    for (const KeyRow &k : keys)
        anyAdmin = anyAdmin || (k.role == Keys::kAdmin && k.state == QLatin1String("approved"));
    if (role == Keys::kAdmin && !anyAdmin) {
        out() << CliText::tr("no admin key is approved yet: the owner of Healdesk's schema approves this first one "
                             "with: healdesk key approve %1 --bootstrap")
                     .arg(key->keyId())
              << Qt::endl;
    } else {
        out() << CliText::tr("another admin approves it with: healdesk key approve %1").arg(key->keyId()) << Qt::endl;
    }
    return 0;
}

int keyList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("json"), CliText::tr("Print a JSON array.")});
    if (auto code = parse(parser, args, CliText::tr("List the signing keys with their state.")))
        return *code;
    Database db(connectionFrom(parser));
    const QList<KeyRow> keys = db.runSync([](Session &s) { return Keys::list(s); });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(utc(t)) : QJsonValue(); };
        auto text = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
        for (const KeyRow &k : keys) {
            array.append(QJsonObject{{QStringLiteral("key_id"), k.keyId},
                                     {QStringLiteral("login"), k.login},
                                     {QStringLiteral("role"), k.role},
                                     {QStringLiteral("state"), k.state},
                                     {QStringLiteral("label"), k.label},
                                     {QStringLiteral("created_at"), time(k.createdAt)},
                                     {QStringLiteral("approved_by"), text(k.approvedBy)},
                                     {QStringLiteral("approved_at"), time(k.approvedAt)},
                                     {QStringLiteral("valid_until"), time(k.validUntil)},
                                     {QStringLiteral("first_admin"), k.bootstrap},
                                     {QStringLiteral("revoked_by"), text(k.revokedBy)},
                                     {QStringLiteral("revoked_at"), time(k.revokedAt)},
                                     {QStringLiteral("revocation_reason"), text(k.revocationReason)}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (const KeyRow &k : keys) {
        out() << k.keyId << '\t' << k.login << '\t' << k.role << '\t' << k.state << '\t'
              << (k.bootstrap ? CliText::tr("first admin") : k.approvedBy) << '\t' << utc(k.validUntil) << '\t'
              << k.label << Qt::endl;
    }
    return 0;
}

int keyApprove(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("days"), CliText::tr("How long the approval holds, in days (default 365)."),
                      QStringLiteral("n"), QString::number(Keys::kDefaultValidDays)});
    parser.addOption({QStringLiteral("bootstrap"),
                      CliText::tr("Approve the first admin key as the owner of Healdesk's schema (only while no admin "
                                  "key is approved).")});
    parser.addPositionalArgument(QStringLiteral("key-id"), CliText::tr("The key to approve."));
    if (auto code = parse(parser, args,
                          CliText::tr("Approve another login's pending key, signed with your own approved admin key: "
                                      "the approval names the key, its login, role, partners and validity; audited."),
                          1))
        return *code;
    bool ok = false;
    const int days = parser.value(QStringLiteral("days")).toInt(&ok);
    if (!ok)
        throw Error(Error::Code::InvalidInput, CliText::tr("--days takes a whole number of days"));
    const QString keyId = parser.positionalArguments().constFirst();
    Database db(connectionFrom(parser));
    if (parser.isSet(QStringLiteral("bootstrap"))) {
        db.runSync([&](Session &s) { Keys::bootstrap(s, keyId, days); });
        out() << CliText::tr("approved %1 as the first admin key; now export the fleet's trust file: healdesk key "
                             "export-trust -o fleet-keys.json")
                     .arg(keyId)
              << Qt::endl;
        return 0;
    }
    const QString why = attachSigner(db);
    if (!why.isEmpty())
        throw Error(Error::Code::Refused, CliText::tr("approving needs your admin signing key: %1").arg(why));
    db.runSync([&](Session &s) { Keys::approve(s, keyId, days); });
    out() << CliText::tr("approved %1 for %2 days").arg(keyId).arg(days) << Qt::endl;
    return 0;
}

int keyRevoke(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("reason"), CliText::tr("Why (required; signed and audited)."),
                      QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("key-id"), CliText::tr("The key to revoke."));
    if (auto code = parse(parser, args,
                          CliText::tr("Revoke a key, signed with your admin key: what it signs later fails; what it "
                                      "signed before stays valid and says so."),
                          1))
        return *code;
    const QString reason = parser.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        throw Error(Error::Code::InvalidInput, CliText::tr("--reason is required"));
    const QString keyId = parser.positionalArguments().constFirst();
    Database db(connectionFrom(parser));
    const QString why = attachSigner(db);
    if (!why.isEmpty())
        throw Error(Error::Code::Refused, CliText::tr("revoking needs your admin signing key: %1").arg(why));
    db.runSync([&](Session &s) { Keys::revoke(s, keyId, reason); });
    out() << CliText::tr("revoked %1; export the trust file again so appliances and auditors know").arg(keyId)
          << Qt::endl;
    return 0;
}

int keyExportTrust(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, CliText::tr("File to write."), QStringLiteral("file")});
    if (auto code = parse(parser, args,
                          CliText::tr("Write the fleet's trust file: the admin keys that chain to the first admin "
                                      "key, and the revocations and signing policies they signed. Appliances and "
                                      "auditors hold it.")))
        return *code;
    const QString path = parser.value(QStringLiteral("output"));
    checkWritable(path);
    Database db(connectionFrom(parser));
    const TrustStore trust = db.runSync([](Session &s) { return Keys::exportTrust(s); });
    const QByteArray bytes = trust.toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::Code::Io, CliText::tr("cannot write %1: %2").arg(path, file.errorString()));
    out() << CliText::tr("wrote %1: %2, %3, %4")
                 .arg(path, CliText::tr("%n admin key(s)", nullptr, int(trust.anchors.size())),
                      CliText::tr("%n revocation(s)", nullptr, int(trust.revocations.size())),
                      CliText::tr("%n signed policy(ies)", nullptr, int(trust.policies.size())))
          << Qt::endl;
    for (const TrustAnchor &a : trust.anchors)
        out() << "  " << a.keyId << '\t' << a.login << '\t' << utc(a.validUntil) << Qt::endl;
    out() << CliText::tr("fingerprint sha256:%1 (read it to whoever receives the file, over another channel)")
                 .arg(TrustStore::fingerprint(bytes))
          << Qt::endl;
    return 0;
}

int keyPolicy(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("partner"), CliText::tr("The partner, by ID or name."), QStringLiteral("partner")});
    parser.addPositionalArgument(QStringLiteral("setting"), CliText::tr("required or off; without it, list."),
                                 QStringLiteral("[required|off]"));
    if (auto code = parse(parser, args,
                          CliText::tr("Whether a partner's orders must be signed (admins; signed and audited). "
                                      "Without a setting, list every partner's policy."),
                          0, 1))
        return *code;
    Database db(connectionFrom(parser));
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty()) {
        const auto rows = db.runSync([](Session &s) {
            QList<QStringList> out;
            auto q = s.query(QStringLiteral("signing_policy_list"));
            while (q.next()) {
                out << QStringList{q.text("partner_id"), q.text("name"),
                                   q.flag("required") ? QStringLiteral("required") : QStringLiteral("off"),
                                   q.flag("own_policy") ? q.text("set_by") : QStringLiteral("default")};
            }
            return out;
        });
        for (const QStringList &r : rows)
            out() << r.join(QLatin1Char('\t')) << Qt::endl;
        return 0;
    }
    const QString setting = pos.constFirst();
    if (setting != QLatin1String("required") && setting != QLatin1String("off"))
        throw Error(Error::Code::InvalidInput, CliText::tr("the setting is required or off, not \"%1\"").arg(setting));
    if (parser.value(QStringLiteral("partner")).isEmpty())
        throw Error(Error::Code::InvalidInput, CliText::tr("--partner is required"));
    const QString partner = partnerArg(db, parser.value(QStringLiteral("partner")));
    const QString why = attachSigner(db);
    if (!why.isEmpty())
        throw Error(Error::Code::Refused, CliText::tr("setting the policy needs your admin signing key: %1").arg(why));
    const bool required = setting == QLatin1String("required");
    db.runSync([&](Session &s) { Keys::setPolicy(s, partner, required); });
    out() << (required ? CliText::tr("orders for partner %1 must now be signed").arg(partner)
                       : CliText::tr("orders for partner %1 may now be unsigned").arg(partner))
          << Qt::endl;
    return 0;
}

} // namespace

int keyCommand(const QStringList &args)
{
    return dispatchGroup(args,
                         {{"create", keyCreate},
                          {"list", keyList},
                          {"approve", keyApprove},
                          {"revoke", keyRevoke},
                          {"export-trust", keyExportTrust},
                          {"policy", keyPolicy}},
                         CliText::tr("usage: healdesk key create|list|approve|revoke|export-trust|policy [options] "
                                     "(see healdesk key create --help)"));
}

int orderVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption(trustOption());
    parser.addPositionalArgument(QStringLiteral("order-id"), CliText::tr("The order to check."));
    if (auto code = parse(parser, args,
                          CliText::tr("Check one order's signature as an appliance would, against the trust file; "
                                      "print who signed it."),
                          1))
        return *code;
    const std::optional<TrustStore> trust = trustFrom(parser);
    if (!trust)
        throw Error(Error::Code::InvalidInput, CliText::tr("--trust fleet-keys.json is required"));
    const QString orderId = parser.positionalArguments().constFirst();
    Database db(connectionFrom(parser));
    QDateTime issuedAt;
    const auto check = db.runSync([&](Session &s) {
        const std::optional<OrderRecord> order = Orders::record(s, orderId);
        if (!order)
            throw Error(Error::Code::InvalidInput, CliText::tr("unknown order \"%1\"").arg(orderId));
        issuedAt = order->issuedAt;
        // As of when it was issued: an order that ran long ago is not "expired" now.
        return Orders::verify(s, *trust, Keys::material(s), *order, {}, order->issuedAt);
    });
    switch (check.result) {
    case OrderSigning::Check::Result::Accepted:
        out() << CliText::tr("%1: signed by %2 (key %3), %4; checked as of its issue time, %5")
                     .arg(orderId, check.signer.login, shortKey(check.signer.keyId), check.signer.approval,
                          utc(issuedAt))
              << Qt::endl;
        if (check.signer.revokedAt.isValid()) {
            out() << CliText::tr("the key was revoked later, on %1: %2")
                         .arg(utc(check.signer.revokedAt), check.signer.revocationReason)
                  << Qt::endl;
        }
        return 0;
    case OrderSigning::Check::Result::Unsigned:
        out() << CliText::tr("%1: UNSIGNED; its partner's policy allows unsigned orders").arg(orderId) << Qt::endl;
        return kExitUnproven;
    case OrderSigning::Check::Result::Rejected:
        break;
    }
    err() << CliText::tr("%1: REJECTED: %2").arg(orderId, check.reason) << Qt::endl;
    return 1;
}

namespace {

// Prints what a report's proof says and returns the exit code.
int reportOutcome(const QString &path, const ReportProof &proof, const QString &dataLine)
{
    switch (proof.state) {
    case ReportProof::State::Verified:
        out() << path << CliText::tr(": OK, ") << dataLine << Qt::endl;
        out() << CliText::tr("signed by %1 (key %2) on %3, %4")
                     .arg(proof.signer.login, shortKey(proof.signer.keyId), utc(proof.signedAt), proof.signer.approval)
              << Qt::endl;
        if (proof.signer.revokedAt.isValid()) {
            out() << CliText::tr("the key was revoked later, on %1 (%2): this signature predates it and stays valid")
                         .arg(utc(proof.signer.revokedAt), proof.signer.revocationReason)
                  << Qt::endl;
        }
        return 0;
    case ReportProof::State::Unsigned:
        err() << path << CliText::tr(": UNSIGNED: ") << dataLine
              << CliText::tr("; nothing proves who made it or that the digest was not recomputed") << Qt::endl;
        return kExitUnproven;
    case ReportProof::State::Unchecked:
        err() << path << CliText::tr(": NOT CHECKED: ") << dataLine
              << CliText::tr("; it carries a signature by %1 (key %2), but without --trust fleet-keys.json nothing "
                             "says that key is the fleet's")
                     .arg(proof.signer.login, shortKey(proof.signer.keyId))
              << Qt::endl;
        return kExitUnproven;
    case ReportProof::State::Invalid:
        break;
    }
    err() << path << CliText::tr(": SIGNATURE INVALID: ") << proof.problem << Qt::endl;
    return 1;
}

} // namespace

int exportVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(trustOption());
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CliText::tr("A report (CSV or PDF) written by healdesk export report."));
    if (auto code = parse(parser, args,
                          CliText::tr("Check a report's digest and signature offline; exit 0 only when both hold and "
                                      "the signer chains to the trust file."),
                          1))
        return *code;
    const QString path = parser.positionalArguments().constFirst();
    const std::optional<TrustStore> trust = trustFrom(parser);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Code::Io, CliText::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const TrustStore *t = trust ? &*trust : nullptr;
    if (bytes.startsWith("%PDF-")) {
        Reports::PdfSignature pdf;
        try {
            pdf = Reports::splitPdfSignature(bytes);
        } catch (const Error &e) {
            err() << path << CliText::tr(": SIGNATURE INVALID: ") << e.message() << Qt::endl;
            return 1;
        }
        const QString fileSha =
            QString::fromLatin1(QCryptographicHash::hash(pdf.signedBytes, QCryptographicHash::Sha256).toHex());
        const ReportProof proof = ReportSigning::check(pdf.signature, Statements::kReportFile, {}, fileSha, t);
        const auto st = Statements::parse(pdf.signature.statement, Statements::kReportFile);
        const QString line =
            st ? CliText::tr("report %1, data sha256:%2, file sha256:%3")
                     .arg(st->value(QStringLiteral("report_id")), st->value(QStringLiteral("digest")), fileSha)
               : CliText::tr("PDF file sha256:%1 (its data: pdfdetach -saveall, then verify the CSV)").arg(fileSha);
        return reportOutcome(path, proof, line);
    }
    const Reports::Verification v = Reports::verifyCsv(bytes);
    if (!v.ok()) {
        err() << CliText::tr("healdesk export verify: ") << path << CliText::tr(": digest MISMATCH (recorded ")
              << v.recorded << CliText::tr(", computed ") << v.computed
              << CliText::tr("): the data was changed after export") << Qt::endl;
        return 1;
    }
    const ReportProof proof = ReportSigning::check(v.signature, Statements::kReport, v.computed, {}, t);
    if (proof.state != ReportProof::State::Unsigned && proof.reportId != v.reportId &&
        proof.state != ReportProof::State::Invalid) {
        err() << path << CliText::tr(": SIGNATURE INVALID: the signature is for report %1, this is report %2")
                         .arg(proof.reportId, v.reportId)
              << Qt::endl;
        return 1;
    }
    return reportOutcome(path, proof,
                         CliText::tr("report %1, %2 records, sha256:%3").arg(v.reportId).arg(v.records).arg(v.computed));
}

int auditVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOptions(connectionOptions());
    parser.addOption({QStringLiteral("head"),
                      CliText::tr("A head hash printed by an earlier verify: fail unless that row is still in the "
                                  "chain."),
                      QStringLiteral("sha256")});
    parser.addOption(trustOption());
    if (auto code = parse(parser, args,
                          CliText::tr("Walk the audit log's hash chain and check every signed row's signature; exit 0 "
                                      "only when every chained row holds."),
                          0))
        return *code;
    const std::optional<TrustStore> trust = trustFrom(parser);
    Database db(connectionFrom(parser));
    const QString head = parser.value(QStringLiteral("head")).toLower();
    const auto [check, headFound] = db.runSync([&head, &trust](Session &s) {
        const AuditChainCheck c = Audit::verifyChain(s, trust ? &*trust : nullptr);
        bool found = head.isEmpty();
        if (!found) {
            auto q = s.queryText(QStringLiteral("SELECT 1 AS found FROM admin_audit_log WHERE row_hash = ?"), {head},
                                 QStringLiteral("audit head"));
            found = q.next();
        }
        return std::make_pair(c, found);
    });
    if (!check.holds()) {
        err() << CliText::tr("healdesk audit verify: the chain is BROKEN at row %1: %2")
                     .arg(check.brokenAt)
                     .arg(check.problem)
              << Qt::endl;
        return 1;
    }
    if (!headFound) {
        err() << CliText::tr("healdesk audit verify: no row has the head %1 any more: rows after it were removed "
                             "and the chain rebuilt")
                     .arg(head)
              << Qt::endl;
        return 1;
    }
    out() << CliText::tr("audit chain holds: %1 rows chained, %2 from before the chain began")
                 .arg(check.chained)
                 .arg(check.beforeChain)
          << Qt::endl;
    out() << (check.trustChecked
                  ? CliText::tr("%n signed row(s), each signer checked against the trust file", nullptr,
                                int(check.signedRows))
                  : CliText::tr("%n signed row(s), checked against the database's keys (give --trust to check the "
                                "signers are the fleet's)",
                                nullptr, int(check.signedRows)))
          << Qt::endl;
    if (!check.head.isEmpty())
        out() << CliText::tr("head sha256:%1 (keep it: verify --head checks it is still in the chain)").arg(check.head)
              << Qt::endl;
    return 0;
}

} // namespace hd::cli::detail
