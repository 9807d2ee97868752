#pragma once

#include "Orders.h"

#include <QCoro/QCoroTask>
#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace hd {

class Database;

// One order in full (Orders::detail), opened by double-clicking it on the Orders page: its parameters as a form of
// names and values, who issued it (and signed it) and why, in full; its timeline (issued, acknowledged, each
// execution with its steps and state change, then completed, failed, rejected, cancelled or expired); its batch
// and the incident it was run from, which a click opens. Read off the GUI thread.
class OrderDetailDialog : public QDialog
{
    Q_OBJECT
public:
    OrderDetailDialog(Database *db, const QString &orderId, QWidget *parent = nullptr);
    QCoro::Task<> load();
    QTextBrowser *view() const { return m_view; }
    bool isLoaded() const { return m_loaded; }
    const OrderDetail &detail() const { return m_detail; }

    // The page of it, kept apart from the widget for tests.
    static QString html(const OrderDetail &detail);

Q_SIGNALS:
    void openIncident(const QString &incidentId);

private:
    Database *m_db;
    QString m_orderId;
    QTextBrowser *m_view;
    OrderDetail m_detail;
    bool m_loaded = false;
};

} // namespace hd
