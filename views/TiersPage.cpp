#include "TiersPage.h"

#include "Format.h"

#include "StatsSource.h"
#include "Stats.h"
#include "TableSupport.h"
#include "Channels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <QVBoxLayout>

namespace hd {

namespace {

QChartView *makeView(QWidget *parent, const QString &name)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

// Empties a chart before it is drawn again for new figures.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QString tierLabel(const QString &tier)
{
    if (tier == QLatin1String("unknown"))
        return TiersPage::tr("unknown");
    if (tier == QLatin1String("none"))
        return TiersPage::tr("no tier");
    return tier;
}

} // namespace

TiersPage::TiersPage(Database *db, StatsSource *stats, QWidget *parent)
    : StatsPage(db, stats, parent)
    , m_caption(new QLabel(this))
    , m_executions(makeView(this, QStringLiteral("executionsByTier")))
    , m_incidents(makeView(this, QStringLiteral("incidentsByTier")))
    , m_trend(makeView(this, QStringLiteral("tierTrend")))
    , m_success(makeView(this, QStringLiteral("tierSuccess")))
{
    m_caption->setWordWrap(true);
    m_caption->setText(tr("Loading…"));
    m_grid = new QGridLayout;
    placeCharts(2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addLayout(m_grid, 1);
    connect(m_stats, &StatsSource::updated, this, &TiersPage::rebuild);
    // Too narrow for two columns (an 800x600 screen): the charts stand in one, whole, and the page scrolls down
    // instead of sideways.
    onRoomChanged(this, [this](int width) {
        const QMargins m = this->layout()->contentsMargins();
        const int twoColumns = 2 * m_executions->minimumWidth() + m_grid->spacing() + m.left() + m.right() + 100;
        placeCharts(width < twoColumns ? 1 : 2);
    });
}

void TiersPage::placeCharts(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<QChartView *> charts{m_executions, m_incidents, m_trend, m_success};
    for (QChartView *chart : charts)
        m_grid->removeWidget(chart);
    for (int i = 0; i < charts.size(); ++i)
        m_grid->addWidget(charts[i], i / columns, i % columns);
}


QStringList TiersPage::channels() const
{
    return {Channel::incidents(), Channel::telemetry()};
}

QChart *TiersPage::executionsChart() const { return m_executions->chart(); }
QChart *TiersPage::incidentsChart() const { return m_incidents->chart(); }
QChart *TiersPage::trendChart() const { return m_trend->chart(); }
QChart *TiersPage::successChart() const { return m_success->chart(); }

void TiersPage::rebuild()
{
    const FleetStats &s = m_stats->stats();
    const QLocale locale;
    qint64 incidentTotal = 0;
    for (auto v : s.incidentsByTier)
        incidentTotal += v;
    const Scope scope = m_stats->scope();
    m_caption->setText(tr("Period: %1. ").arg(format::period(scope.from, scope.to)) +
                       tr("<b>%1 executions</b> (telemetry rows) and <b>%2 incidents</b> in scope. The two are "
                          "different counts and are never added together. Click a slice or a bar to list the "
                          "incidents of that tier.")
                           .arg(locale.toString(s.telemetryTotal), locale.toString(incidentTotal)));

    auto pie = [this](QChartView *view, const QString &title, const QList<std::pair<QString, qint64>> &values) {
        QChart *chart = view->chart();
        clearChart(chart);
        chart->setTitle(title);
        auto *series = new QPieSeries;
        qint64 total = 0;
        for (const auto &v : values)
            total += v.second;
        for (const auto &[tier, count] : values) {
            if (count == 0)
                continue;
            auto *slice = series->append(QStringLiteral("%1: %2 (%3)")
                                             .arg(tierLabel(tier), QLocale().toString(count),
                                                  QLocale().toString(100.0 * double(count) / double(total), 'f', 1) +
                                                      QStringLiteral(" %")),
                                         double(count));
            slice->setColor(tierColor(tier));
            slice->setProperty("tier", tier);
            // "unknown" is an execution spelling, not an incident tier: nothing to list.
            if (tier != QLatin1String("unknown"))
                connect(slice, &QPieSlice::clicked, this, [this, tier] { emit tierChosen(tier); });
            connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
        }
        series->setPieSize(0.75);
        chart->addSeries(series);
    };
    QList<std::pair<QString, qint64>> executions;
    for (const QString &t : kTiers + QStringList{QStringLiteral("unknown")})
        executions.append({t, s.executionsByTier.value(t).executions});
    pie(m_executions, tr("Executions by tier (telemetry rows)"), executions);
    QList<std::pair<QString, qint64>> incidents;
    for (const QString &t : kTiers + QStringList{QStringLiteral("none")})
        incidents.append({t, s.incidentsByTier.value(t)});
    pie(m_incidents, tr("Incidents by tier (latest execution)"), incidents);

    // Trend: executions per day, one line per tier. L1 runs tens of times more often than the others; on one
    // scale L2 and L3 lie flat along zero, so when they are that much smaller they get a scale of their own, on
    // the right, and their legend says so.
    {
        QChart *chart = m_trend->chart();
        clearChart(chart);
        chart->setTitle(tr("Executions per day by tier"));
        auto *x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("MMM d"));
        x->setTickCount(6);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        QDate first, last;
        QMap<QString, QMap<QDate, qint64>> perTier;
        for (const TierTrendPoint &p : s.trend) {
            perTier[p.tier][p.day] += p.executions;
            if (!first.isValid() || p.day < first)
                first = p.day;
            if (!last.isValid() || p.day > last)
                last = p.day;
        }
        const auto peak = [&perTier](const QString &tier) {
            qint64 m = 0;
            for (qint64 v : perTier.value(tier))
                m = std::max(m, v);
            return m;
        };
        qint64 mainMax = std::max<qint64>(1, peak(QStringLiteral("L1")));
        qint64 smallMax = 1;
        for (const QString &tier : {QStringLiteral("L2"), QStringLiteral("L3"), QStringLiteral("unknown")})
            smallMax = std::max(smallMax, peak(tier));
        QValueAxis *right = nullptr;
        if (perTier.contains(QStringLiteral("L1")) && smallMax * 4 <= mainMax) {
            right = new QValueAxis;
            right->setLabelFormat(QStringLiteral("%d"));
            right->setTitleText(tr("L2, L3, unknown"));
            y->setTitleText(tr("L1"));
            chart->addAxis(right, Qt::AlignRight);
        } else {
            mainMax = std::max(mainMax, smallMax);
        }
        for (const QString &tier : kTiers + QStringList{QStringLiteral("unknown")}) {
            const QMap<QDate, qint64> perDay = perTier.value(tier);
            if (perDay.isEmpty())
                continue;
            auto *series = new QLineSeries;
            const bool onRight = right && tier != QLatin1String("L1");
            series->setName(onRight ? tr("%1 (right scale)").arg(tierLabel(tier)) : tierLabel(tier));
            series->setColor(tierColor(tier));
            for (QDate d = first; d.isValid() && d <= last; d = d.addDays(1))
                series->append(double(QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()),
                               double(perDay.value(d)));
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(onRight ? right : y);
            if (tier != QLatin1String("unknown"))
                connect(series, &QLineSeries::clicked, this, [this, tier] { emit tierChosen(tier); });
        }
        if (first.isValid()) {
            x->setRange(QDateTime(first, QTime(0, 0), Qt::UTC), QDateTime(last, QTime(23, 59), Qt::UTC));
            x->setTickCount(std::clamp(int(first.daysTo(last)) + 1, 2, 7));
        }
        y->setRange(0, double(mainMax) * 1.1);
        y->applyNiceNumbers();
        if (right) {
            right->setRange(0, double(smallMax) * 1.1);
            right->applyNiceNumbers();
        }
    }

    // Success rate per tier.
    {
        QChart *chart = m_success->chart();
        clearChart(chart);
        chart->setTitle(tr("Success rate per tier (successful executions / executions)"));
        chart->legend()->setVisible(false);
        auto *set = new QBarSet(tr("Success rate"));
        QStringList categories;
        QStringList tiers;
        for (const QString &tier : kTiers + QStringList{QStringLiteral("unknown")}) {
            const TierCount c = s.executionsByTier.value(tier);
            if (c.executions == 0 && tier == QLatin1String("unknown"))
                continue;
            categories << tierLabel(tier);
            tiers << tier;
            *set << (c.executions > 0 ? 100.0 * double(c.successes) / double(c.executions) : 0.0);
        }
        set->setColor(QColor(0x43, 0xa0, 0x47));
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value %"));
        series->setLabelsPrecision(3);
        // Upright along the bar, from its top: a narrow bar (an 800-pixel screen) cut "90.6 %" to "0.6 %" when
        // the label lay across it.
        series->setLabelsAngle(-90);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        auto *y = new QValueAxis;
        y->setRange(0, 100);
        y->setLabelFormat(QStringLiteral("%d %"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(set, &QBarSet::clicked, this, [this, tiers](int index) {
            if (index >= 0 && index < tiers.size() && tiers[index] != QLatin1String("unknown"))
                emit tierChosen(tiers[index]);
        });
    }
    emit dataShown();
}

} // namespace hd
