#pragma once

#include "Page.h"

#include <QCoro/QCoroTask>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hd {

class OrderModel;

// Orders with their live status; a pending order can be cancelled (audited).
class OrdersPage : public Page
{
    Q_OBJECT
public:
    explicit OrdersPage(Database *db, QWidget *parent = nullptr);
    QString title() const override { return tr("Orders"); }
    QStringList channels() const override;
    void setScope(const Scope &scope) override;
    void reload() override;
    bool hasData() const override;

    OrderModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Cancel order…: asks why (again while the answer is blank) and cancels the selected pending or held orders.
    QCoro::Task<> cancelSelected();

Q_SIGNALS:
    void issueRequested();

private:
    void updateButtons();

    OrderModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_status;
    QPushButton *m_cancel;
    QLabel *m_summary;
    bool m_loadedOnce = false;
};

} // namespace hd
