#pragma once

#include "Page.h"

#include <QCoro/QCoroTask>

#include <optional>

class QCheckBox;
class QComboBox;
class QStackedWidget;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hd {

class BatchModel;
class OrderDetailDialog;
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

    // Grouped by batch: each issue to several appliances with a progress bar of its targets' statuses.
    void setGroupedByBatch(bool grouped);
    bool groupedByBatch() const;
    BatchModel *batchModel() const { return m_batches; }
    QTableView *batchView() const { return m_batchView; }
    // Retry failed and expired: new orders to exactly the selected batch's failed and expired targets.
    QCoro::Task<> retrySelectedBatch();
    // Cancel the rest…: asks why, then cancels the selected batch's orders that have not started.
    QCoro::Task<> cancelRestOfSelectedBatch();
    // The order in full (double-click).
    OrderDetailDialog *openDetail(const QString &orderId);
    QLabel *noticeLabel() const { return m_notice; }

Q_SIGNALS:
    void issueRequested();
    void openIncident(const QString &incidentId);

private:
    void updateButtons();
    // Asks why, again while the answer is blank (the command line's sentence); nullopt when the technician gives up.
    std::optional<QString> askCancelReason(int orders);
    QString selectedBatch() const;
    void notice(const QString &message, bool bad);

    OrderModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_status;
    QPushButton *m_cancel;
    BatchModel *m_batches;
    QTableView *m_batchView;
    QStackedWidget *m_stack;
    QCheckBox *m_grouped;
    QPushButton *m_retry;
    QPushButton *m_cancelRest;
    QLabel *m_notice;
    bool m_batchesFitted = false;
    QLabel *m_summary;
    bool m_loadedOnce = false;
};

} // namespace hd
