#include "Audit.h"

#include "Format.h"
#include "Scope.h"
#include "Session.h"

#include <QCoreApplication>
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

QList<AuditRow> list(Session &session, const AuditFilter &f)
{
    auto text = [](const QString &v) { return v.isEmpty() ? nullText() : QVariant(v); };
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : nullText();
    };
    const QVariant target = f.target.isEmpty() ? nullText() : QVariant(likeEscaped(f.target));
    QList<AuditRow> rows;
    auto q = session.query(QStringLiteral("audit_list"),
                           {text(f.user), text(f.user), text(f.action), text(f.action), target, target, time(f.from),
                            time(f.from), time(f.to), time(f.to), std::clamp(f.limit, 1, 100000)});
    while (q.next()) {
        rows << AuditRow{q.value(0).toLongLong(), q.value(1).toDateTime(), q.value(2).toString(),
                         q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString()};
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

QByteArray toCsv(const QList<AuditRow> &rows)
{
    QByteArray out = Csv::line(AuditModel::csvHeader());
    for (const AuditRow &r : rows)
        out += Csv::line(AuditModel::csvFields(r));
    return out;
}

std::pair<QStringList, QStringList> choices(Session &session)
{
    QStringList users, actions;
    auto q = session.query(QStringLiteral("audit_choices"));
    while (q.next())
        (q.value(0).toString() == QLatin1String("user") ? users : actions) << q.value(1).toString();
    return {users, actions};
}

} // namespace Audit

QStringList AuditModel::csvHeader()
{
    return {QStringLiteral("id"),     QStringLiteral("created_at"), QStringLiteral("username"),
            QStringLiteral("action"), QStringLiteral("target"),     QStringLiteral("details")};
}

QStringList AuditModel::csvFields(const AuditRow &row)
{
    return {QString::number(row.id),
            row.createdAt.toUTC().toString(Qt::ISODateWithMs),
            row.username,
            row.action,
            row.target,
            row.details};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Details:
        return tr("Details");
    }
    return {};
}

QVariant AuditModel::cell(const AuditRow &row, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Time:
            return format::dateTime(row.createdAt);
        case User:
            return row.username;
        case Action:
            return row.action;
        case Target:
            return row.target;
        case Details:
            return row.details;
        }
    }
    if (role == SortRole)
        return column == Time ? QVariant(row.createdAt) : cell(row, column, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && column == Details)
        return row.details;
    return {};
}

QCoro::Task<> AuditModel::reload(Database &db, AuditFilter filter)
{
    auto fetch = [filter](Session &s) { return Audit::list(s, filter); };
    return load(db, std::move(fetch));
}

} // namespace hd
