#pragma once

#include "StatsPage.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace hd {

class RunbookModel;
class StatsSource;

class RunbooksPage : public StatsPage
{
    Q_OBJECT
public:
    RunbooksPage(Database *db, StatsSource *stats, QWidget *parent = nullptr);
    QString title() const override { return tr("Runbooks"); }
    QStringList channels() const override;

    RunbookModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterBox() const { return m_filter; }

private:
    void statsUpdated();

    RunbookModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_summary;
};

} // namespace hd
