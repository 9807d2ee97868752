#pragma once

#include "Maintenance.h"

#include <QCoro/QCoroTask>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimeEdit;

namespace hd {

class Database;
class HealthItemModel;

// A site's maintenance windows (Fleet ▸ right-click ▸ Maintenance windows…):
// the weekly and one-off windows in the clinic's time zone, the next few
// occurrences as the clinic's clocks will show them, adding and removing one
// (with a reason; audited). Disruptive runbooks issued outside every window
// are held until the next one opens.
class MaintenanceDialog : public QDialog
{
    Q_OBJECT
public:
    MaintenanceDialog(Database *db, QString siteId, QString siteName, QWidget *parent = nullptr);
    QCoro::Task<> reload();
    QCoro::Task<> addWeekly(int weekday, QTime start, QTime end, QString reason);
    QCoro::Task<> addOnce(QDateTime from, QDateTime to, QString reason);
    QCoro::Task<> removeSelected();
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void changed();

private:
    template <typename Fn> QCoro::Task<> change(Fn fn);

    Database *m_db;
    QString m_siteId;
    QString m_zone;
    HealthItemModel *m_model;
    QTableView *m_view;
    QLabel *m_zoneLabel;
    QLabel *m_upcoming;
    QComboBox *m_day;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_reason;
    QLabel *m_status;
};

} // namespace hd
