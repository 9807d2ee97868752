#include "Audit.h"

#include "Database.h"
#include "Error.h"

#include "Format.h"
#include "Scope.h"
#include "Session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace hd {

namespace {
struct AuditMsg
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};
} // namespace

namespace Audit {

void record(Session &session, const QString &action, const QString &target, const QJsonObject &details)
{
    session.query(QStringLiteral("audit_insert"),
                  {{"action", action},
                   {"target", target},
                   {"details", QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))}});
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

AuditChainCheck verifyChain(Session &session)
{
    AuditChainCheck check;
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
