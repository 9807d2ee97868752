#pragma once

#include <QCoro/QCoroTask>
#include <QWidget>

class QLabel;
class QTableView;

namespace hd {

class Database;
class HealthItemModel;

// Reports ▸ Archive: the reports the worker archived after each month for
// the schedules (healdesk export schedule add), newest first; save one as
// PDF or CSV exactly as archived, or verify it here (its digest and its
// signature against the fleet's admin keys).
class ArchivePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ArchivePanel(Database *db, QWidget *parent = nullptr);
    QCoro::Task<> reload();
    // Asks for a file name unless one is given (tests give one).
    QCoro::Task<> saveSelected(QString path = {});
    QCoro::Task<> verifySelected();
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }

private:
    Database *m_db;
    HealthItemModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace hd
