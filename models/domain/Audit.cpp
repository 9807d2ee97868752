#include "Audit.h"

#include "CanonicalJson.h"
#include "Database.h"
#include "Error.h"
#include "Keys.h"
#include "Trust.h"

#include "Format.h"
#include "Scope.h"
#include "Session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdlib>

namespace hd {

namespace {
struct AuditMsg
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};
} // namespace

namespace Audit {

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

Statement statementFor(const QString &login, const QString &action, const QString &target, const QJsonObject &details,
                       const QDateTime &signedAt, const QString &keyId)
{
    return Statements::make(Statements::kAudit,
                            {login, action, sha256Hex(target.toUtf8()),
                             sha256Hex(CanonicalJson::serialize(QJsonValue(details))), signing::timeText(signedAt),
                             keyId});
}

void record(Session &session, const QString &action, const QString &target, const QJsonObject &details)
{
    QVariant keyId = nullText(), signature = nullText(), statement = nullText();
    if (const Signer *signer = session.signer()) {
        const QByteArray bytes = statementFor(signer->login, action, target, details,
                                              QDateTime::currentDateTimeUtc(), signer->key->keyId())
                                     .bytes();
        keyId = signer->key->keyId();
        signature = QString::fromLatin1(signer->key->sign(bytes).toBase64());
        statement = QString::fromUtf8(bytes);
    }
    session.query(QStringLiteral("audit_insert"),
                  {{"action", action},
                   {"target", target},
                   {"details", QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
                   {"key_id", keyId},
                   {"signature", signature},
                   {"statement", statement}});
}

QList<AuditRow> list(Session &session, const AuditFilter &f)
{
    auto text = [](const QString &v) { return v.isEmpty() ? nullText() : QVariant(v); };
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : nullText();
    };
    const QVariant target = f.target.isEmpty() ? nullText() : QVariant(likeEscaped(f.target));
    QList<AuditRow> rows;
    auto q = session.query(QStringLiteral("audit_list"), {{"user", text(f.user)},
                                                          {"action", text(f.action)},
                                                          {"target", target},
                                                          {"from_ts", time(f.from)},
                                                          {"to_ts", time(f.to)},
                                                          {"row_limit", std::clamp(f.limit, 1, 100000)}});
    while (q.next()) {
        rows << AuditRow{q.int64("id"),    q.time("created_at"), q.text("username"),
                         q.text("action"), q.text("target"),     q.text("details")};
    }
    return rows;
}

QCoro::Task<qint64> exportCsv(Database &db, AuditFilter filter, QString path)
{
    filter.limit = 100000;
    auto fetch = [filter](Session &s) { return list(s, filter); };
    QFuture<QList<AuditRow>> rowsFuture = db.submitRead(std::move(fetch));
    const QList<AuditRow> rows = co_await rowsFuture;
    auto write = [rows, path]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        file.write(toCsv(rows));
        if (!file.commit())
            return file.errorString();
        return {};
    };
    QFuture<QString> written = QtConcurrent::run(std::move(write));
    const QString problem = co_await written;
    if (!problem.isEmpty())
        throw Error(Error::Code::Io, AuditMsg::tr("cannot write %1: %2").arg(path, problem));
    co_return qint64(rows.size());
}

QStringList csvHeader()
{
    return {QStringLiteral("id"),     QStringLiteral("created_at"), QStringLiteral("username"),
            QStringLiteral("action"), QStringLiteral("target"),     QStringLiteral("details")};
}

QStringList csvFields(const AuditRow &row)
{
    return {QString::number(row.id),
            row.createdAt.toUTC().toString(Qt::ISODateWithMs),
            row.username,
            row.action,
            row.target,
            row.details};
}

QByteArray toCsv(const QList<AuditRow> &rows)
{
    QByteArray out = Csv::line(csvHeader());
    for (const AuditRow &r : rows)
        out += Csv::line(csvFields(r));
    return out;
}

QByteArray chainText(const QList<std::optional<QString>> &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += '\n';
        if (!fields.at(i)) {
            out += '-';
            continue;
        }
        const QByteArray text = fields.at(i)->toUtf8();
        out += QByteArray::number(text.size()) + ':' + text;
    }
    return out;
}

namespace {

// Whether a signed row's statement describes the row and verifies against its
// key: the key as the database holds it, or, given a trust file, as the trust
// file reaches it on the day it was signed. Empty when it holds.
QString signatureProblem(const Rows &q, const KeyMaterial &keys, const TrustStore *trust)
{
    const QByteArray statement = q.text("signed_statement").toUtf8();
    QString why;
    const auto st = Statements::parse(statement, Statements::kAudit, &why);
    if (!st)
        return AuditMsg::tr("its signed statement is not an audit statement (%1)").arg(why);
    const QJsonObject details = QJsonDocument::fromJson(q.text("details").toUtf8()).object();
    if (st->value(QStringLiteral("login")) != q.text("username") ||
        st->value(QStringLiteral("action")) != q.text("action") ||
        st->value(QStringLiteral("target_sha256")) != sha256Hex(q.text("target").toUtf8()) ||
        st->value(QStringLiteral("details_sha256")) != sha256Hex(CanonicalJson::serialize(QJsonValue(details))) ||
        st->value(QStringLiteral("key_id")) != q.text("signing_key_id")) {
        return AuditMsg::tr("its signed statement no longer describes the row: it was changed after signing");
    }
    // Signed when the row was written (the time a statement names is its signer's to choose).
    const QDateTime signedAt = signing::parseTime(st->value(QStringLiteral("signed_at")));
    const QDateTime written = QDateTime::fromMSecsSinceEpoch(q.int64("created_us") / 1000, Qt::UTC);
    if (!signedAt.isValid() || std::abs(signedAt.secsTo(written)) > 600)
        return AuditMsg::tr("its signature is dated %1, not when the row was written").arg(signedAt.toString(Qt::ISODate));
    const QString keyId = st->value(QStringLiteral("key_id"));
    QByteArray publicKey;
    QString owner;
    if (trust) {
        const KeyCheck c = trust->checkKey(keyId, signedAt, keys.lookup(), keys.revocations);
        if (!c.ok)
            return AuditMsg::tr("it was signed by a key the trust file does not reach: %1").arg(c.problem);
        publicKey = c.publicKey;
        owner = c.login;
    } else {
        const auto it = keys.keys.constFind(keyId);
        if (it == keys.keys.cend())
            return AuditMsg::tr("it was signed by key %1, which the database does not have").arg(keyId);
        publicKey = signing::strictBase64(it->publicKey);
        owner = it->login;
    }
    // One login's key never vouches for another login's row.
    if (owner != q.text("username"))
        return AuditMsg::tr("it names %1, but was signed with the key of %2").arg(q.text("username"), owner);
    if (!Ed25519::verify(publicKey, statement, signing::strictBase64(q.text("signature"))))
        return AuditMsg::tr("its signature does not verify: the statement or the signature was changed");
    return {};
}

} // namespace

AuditChainCheck verifyChain(Session &session, const TrustStore *trust)
{
    const KeyMaterial keys = Keys::material(session);
    AuditChainCheck check;
    check.trustChecked = trust != nullptr;
    QString expected = QStringLiteral("genesis");
    qint64 previousId = -1;
    auto field = [](const Rows &q, const char *name) -> std::optional<QString> {
        if (q.isNull(name))
            return std::nullopt;
        return q.text(name);
    };
    auto q = session.query(QStringLiteral("audit_chain"));
    while (q.next()) {
        ++check.rows;
        const qint64 id = q.int64("id");
        auto fail = [&](const QString &problem) {
            check.brokenAt = id;
            check.problem = problem;
        };
        if (q.isNull("row_hash")) {
            if (check.chained == 0) {
                ++check.beforeChain;
                previousId = id;
                continue;
            }
            fail(AuditMsg::tr("row %1 has no link: it was inserted out of band, around the chain").arg(id));
            break;
        }
        const QString prev = q.text("prev_hash");
        if (prev != expected) {
            fail(check.chained == 0
                     ? AuditMsg::tr("row %1 is the first chained row but links to another row: the rows before "
                                    "it were deleted")
                           .arg(id)
                     : AuditMsg::tr("row %1 does not link to row %2 before it: a row between them was deleted, or "
                                    "row %2 was rewritten with its hash")
                           .arg(id)
                           .arg(previousId));
            break;
        }
        const QByteArray text = chainText({prev, QString::number(id), field(q, "username"), field(q, "action"),
                                           field(q, "target"), field(q, "details"), field(q, "created_us"),
                                           field(q, "signing_key_id"), field(q, "signature"),
                                           field(q, "signed_statement")});
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
        if (hash != q.text("row_hash")) {
            fail(AuditMsg::tr("row %1 was changed after it was written: its fields no longer give its hash").arg(id));
            break;
        }
        // Key approvals, revocations and policies are always signed: one that is not lost its signature.
        static const QStringList alwaysSigned{QStringLiteral("key.approve"), QStringLiteral("key.revoke"),
                                              QStringLiteral("key.policy")};
        if (q.isNull("signed_statement") && alwaysSigned.contains(q.text("action"))) {
            fail(AuditMsg::tr("row %1 (%2) is always signed by its admin, but carries no signature: it was stripped")
                     .arg(id)
                     .arg(q.text("action")));
            break;
        }
        if (!q.isNull("signed_statement") || !q.isNull("signature") || !q.isNull("signing_key_id")) {
            const QString problem = signatureProblem(q, keys, trust);
            if (!problem.isEmpty()) {
                fail(AuditMsg::tr("row %1 is signed, but %2").arg(id).arg(problem));
                break;
            }
            ++check.signedRows;
        }
        ++check.chained;
        expected = hash;
        previousId = id;
    }
    check.head = check.chained ? expected : QString();
    return check;
}

std::pair<QStringList, QStringList> choices(Session &session)
{
    QStringList users, actions;
    auto q = session.query(QStringLiteral("audit_choices"));
    while (q.next())
        (q.text("kind") == QLatin1String("user") ? users : actions) << q.text("value");
    return {users, actions};
}

} // namespace Audit

} // namespace hd
