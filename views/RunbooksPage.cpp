#include "RunbooksPage.h"

#include "Format.h"

#include "RunbookModel.h"
#include "StatsSource.h"
#include "Stats.h"
#include "TableSupport.h"
#include "Channels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hd {

namespace {

// Canonical runbooks first, the Unmapped group after them, whatever the sort column.
class RunbookProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setNeedle(const QString &needle)
    {
        m_needle = needle.trimmed();
        invalidateFilter();
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool lu = left.data(RowTypeRole).toString() == QLatin1String("unmapped");
        const bool ru = right.data(RowTypeRole).toString() == QLatin1String("unmapped");
        if (lu != ru)
            return sortOrder() == Qt::AscendingOrder ? ru : lu;
        return QSortFilterProxyModel::lessThan(left, right);
    }
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString &needle = m_needle;
        if (needle.isEmpty())
            return true;
        const auto *model = sourceModel();
        for (int c : {RunbookModel::RunbookId, RunbookModel::Name, RunbookModel::Category, RunbookModel::HipaaControls}) {
            if (model->index(row, c, parent).data().toString().contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_needle;
};

} // namespace

RunbooksPage::RunbooksPage(Database *db, StatsSource *stats, QWidget *parent)
    : StatsPage(db, stats, parent)
    , m_model(new RunbookModel(this))
    , m_proxy(new RunbookProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("runbooks"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunbookModel::Executions, Qt::DescendingOrder);
    // A new key: a layout saved with the old column order would put the widths on the wrong columns.
    setupTableView(m_view, QStringLiteral("runbooks/columns"));
    m_filter->setPlaceholderText(tr("Filter by ID, name, category or HIPAA control"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(280);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { static_cast<RunbookProxy *>(m_proxy)->setNeedle(text); });
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Loading…"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);
    connect(m_stats, &StatsSource::updated, this, &RunbooksPage::statsUpdated);
}

QStringList RunbooksPage::channels() const
{
    return {Channel::telemetry(), Channel::config()};
}

void RunbooksPage::statsUpdated()
{
    const FleetStats &s = m_stats->stats();
    m_model->setStats(s);
    qint64 mapped = 0, unmapped = 0;
    for (const RunbookStat &r : s.runbooks)
        mapped += r.executions;
    for (const RunbookStat &r : s.unmapped)
        unmapped += r.executions;
    const QLocale locale;
    const Scope scope = m_stats->scope();
    m_summary->setText(tr("Period: %1. ").arg(format::period(scope.from, scope.to)) +
                       tr("<b>%1 executions</b> in scope: %2 resolved to %3 runbooks, "
                          "<span style='color:#b25a00'>%4 under %5 unmapped telemetry IDs</span> (shown last, in italics).")
                           .arg(locale.toString(s.telemetryTotal), locale.toString(mapped))
                           .arg(s.runbooks.size())
                           .arg(locale.toString(unmapped))
                           .arg(s.unmapped.size()));
    m_summary->setTextFormat(Qt::RichText);
    emit dataShown();
}

} // namespace hd
