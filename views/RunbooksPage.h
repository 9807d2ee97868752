#pragma once

#include "Page.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace hd {

class RunbookModel;
class StatsSource;

class RunbooksPage : public Page
{
    Q_OBJECT
public:
    RunbooksPage(Database *db, StatsSource *stats, QWidget *parent = nullptr);
    QString title() const override { return tr("Runbooks"); }
    QStringList channels() const override;
    void setScope(const Scope &scope) override;
    void reload() override;
    bool hasData() const override;

    RunbookModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterBox() const { return m_filter; }

private:
    void statsUpdated();

    StatsSource *m_stats;
    Scope m_scope;
    RunbookModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_summary;
};

} // namespace hd
