#pragma once

#include "StatsPage.h"

class QGridLayout;
class QLabel;

class QChartView;
class QChart;

namespace hd {

class StatsSource;

// L1/L2/L3: executions by tier and incidents by tier side by side (never added
// together), executions per day by tier, and success rate per tier. Clicking a
// slice or a bar asks for the incident list filtered by that tier.
class TiersPage : public StatsPage
{
    Q_OBJECT
public:
    TiersPage(Database *db, StatsSource *stats, QWidget *parent = nullptr);
    QString title() const override { return tr("Healing tiers"); }
    QStringList channels() const override;

    QChart *executionsChart() const;
    QChart *incidentsChart() const;
    QChart *trendChart() const;
    QChart *successChart() const;

    // 2 side by side, or 1 when the page's viewport is too narrow for two.
    int chartColumns() const { return m_columns; }

Q_SIGNALS:
    void tierChosen(const QString &tier);

private:
    void placeCharts(int columns);
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    void rebuild();

    QLabel *m_caption;
    QChartView *m_executions;
    QChartView *m_incidents;
    QChartView *m_trend;
    QChartView *m_success;
};

} // namespace hd
