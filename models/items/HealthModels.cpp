#include "HealthModels.h"

#include "Deliver.h"
#include "Error.h"
#include "Session.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace hd {

namespace {
struct HealthText
{
    Q_DECLARE_TR_FUNCTIONS(Health)
};
} // namespace

QList<DetectorRow> detectorRows(const HealthCounts &c)
{
    using D = Health::Detector;
    using F = Health::Fix;
    return {
        {D::Unmapped, HealthText::tr("Telemetry runbook IDs that resolve to no runbook"), c.unmappedDistinct,
         HealthText::tr("%n execution(s) in the unmapped bucket", nullptr, int(c.unmappedExecutions)),
         HealthText::tr("Map each ID to a runbook (Mapping editor)"), std::nullopt},
        {D::TierMissing,
         HealthText::tr("Incidents with no tier while telemetry has one"),
         c.tierMissing,
         {},
         HealthText::tr("Backfill tiers from telemetry"),
         F::Tiers},
        {D::TierMismatch,
         HealthText::tr("Incidents whose tier differs from their latest execution"),
         c.tierMismatch,
         {},
         HealthText::tr("Backfill tiers from telemetry"),
         F::Tiers},
        {D::StuckPending, HealthText::tr("Orders still pending past their deadline"), c.stuckPending,
         HealthText::tr("deadline: expires_at, or 1 h after issue for orders without one"),
         HealthText::tr("Reconcile first, then expire what nothing matches"), F::Expire},
        {D::Reconcilable,
         HealthText::tr("Pending orders with a matching execution"),
         c.reconcilable,
         {},
         HealthText::tr("Reconcile: complete or fail from the execution (marked inferred)"),
         F::Orders},
        {D::Orphans, HealthText::tr("Telemetry naming a missing appliance, incident or site"),
         c.orphanAppliance + c.orphanIncident + c.orphanSite,
         HealthText::tr("appliance %1 · incident %2 · site %3")
             .arg(c.orphanAppliance)
             .arg(c.orphanIncident)
             .arg(c.orphanSite),
         HealthText::tr("None: kept and counted, never dropped"), std::nullopt},
        {D::Rejected, HealthText::tr("Orders an appliance refused"), c.rejected,
         HealthText::tr("unsigned, badly signed, replayed, expired, or for another appliance"),
         HealthText::tr("None: find who wrote them (the audit log has every order Healdesk wrote)"), std::nullopt},
    };
}

QVariant DetectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Defect:
        return tr("Defect");
    case Count:
        return tr("Count");
    case Detail:
        return tr("Detail");
    case Repair:
        return tr("Repair");
    }
    return {};
}

QVariant DetectorModel::cell(const DetectorRow &row, int column, int role) const
{
    if (role == ToneRole)
        return column == Count ? (row.count > 0 ? QStringLiteral("warn") : QStringLiteral("good")) : QVariant();
    if (role == SortRole && column == Count)
        return row.count;
    if (role == Qt::TextAlignmentRole && column == Count)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Defect:
        return row.title;
    case Count:
        return QLocale().toString(row.count);
    case Detail:
        return row.detail;
    case Repair:
        return row.repair;
    }
    return {};
}

QCoro::Task<> DetectorModel::reload(Database &db)
{
    auto fetch = [](Session &s) { return Health::counts(s); };
    QCoro::Task<bool> done = deliver(
        this, db.submitRead(std::move(fetch)),
        [this](const HealthCounts &c) {
            m_counts = c;
            setRows(detectorRows(c));
            emit loaded();
        },
        [this](const Error &e) { emit loadFailed(e.toString()); });
    co_await done;
}

void HealthItemModel::setHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    m_rows.clear();
    endResetModel();
}

QVariant HealthItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

QVariant HealthItemModel::cell(const HealthItem &row, int column, int role) const
{
    const QString text = row.cells.value(column);
    if (role == SortRole) {
        bool number = false;
        const qlonglong n = text.toLongLong(&number);
        return number ? QVariant(n) : QVariant(text);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text;
    if (role == Qt::TextAlignmentRole) {
        bool number = false;
        text.toLongLong(&number);
        return number ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

} // namespace hd
