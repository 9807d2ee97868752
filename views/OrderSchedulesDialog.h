#pragma once

#include "OrderSchedules.h"

#include <QCoro/QCoroTask>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimeEdit;

namespace hd {

class Database;
class HealthItemModel;

// Orders ▸ Recurring orders…: runbooks the worker releases on a schedule, in
// each site's time zone (at each maintenance window, daily, monthly), with
// the next occurrence in clinic time and the technician's, and the selected
// schedule's batches. Add, pause or resume, and remove; all audited.
class OrderSchedulesDialog : public QDialog
{
    Q_OBJECT
public:
    OrderSchedulesDialog(Database *db, QWidget *parent = nullptr);
    QCoro::Task<> reload();
    QCoro::Task<> addSchedule(OrderSchedule schedule, bool confirmDisruptive);
    QCoro::Task<> pauseSelected(bool paused);
    QCoro::Task<> removeSelected();
    QTableView *view() const { return m_view; }
    QTableView *batchView() const { return m_batchView; }
    QLabel *statusLabel() const { return m_status; }
    QComboBox *siteBox() const { return m_site; }
    QComboBox *runbookBox() const { return m_runbook; }
    QComboBox *recurrenceBox() const { return m_recurrence; }
    QLineEdit *reasonEdit() const { return m_reason; }
    // The schedule the form describes.
    OrderSchedule formSchedule() const;

private:
    template <typename Fn> QCoro::Task<> change(Fn fn);
    QCoro::Task<> loadChoices();
    QCoro::Task<> loadBatches();

    Database *m_db;
    HealthItemModel *m_model;
    QTableView *m_view;
    HealthItemModel *m_batches;
    QTableView *m_batchView;
    QComboBox *m_site;
    QComboBox *m_runbook;
    QComboBox *m_recurrence;
    QTimeEdit *m_at;
    QSpinBox *m_day;
    QLineEdit *m_params;
    QLineEdit *m_reason;
    QCheckBox *m_confirm;
    QLabel *m_status;
};

} // namespace hd
