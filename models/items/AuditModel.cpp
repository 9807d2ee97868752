#include "AuditModel.h"

#include "Format.h"
#include "Scope.h"
#include "Session.h"
#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace hd {

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
            // As words ("reason: wrong site; ttl seconds: 3600"); the JSON itself is the tooltip and
            // "Copy details as JSON", and the CSV export keeps it.
            return format::timesIn(format::jsonWords(row.details));
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
