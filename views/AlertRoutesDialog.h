#pragma once

#include "Alerts.h"

#include <QCoro/QCoroTask>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;

namespace hd {

class Database;
class HealthItemModel;

// Settings ▸ Alert routes…: where the worker sends alerts. Each route with
// its scope, format, events, minimum severity, digest and how delivery went;
// the selected route's latest alerts; adding one (its secret kept in this
// machine's keychain), removing one and sending a test, all audited. Shows
// live while open (a reload every few seconds): a test sent shows up as
// delivered when the worker has posted it.
class AlertRoutesDialog : public QDialog
{
    Q_OBJECT
public:
    AlertRoutesDialog(Database *db, QWidget *parent = nullptr);
    QCoro::Task<> reload();
    QCoro::Task<> addRoute(AlertRoute route, QString secret);
    QCoro::Task<> removeSelected();
    QCoro::Task<> testSelected();
    QTableView *view() const { return m_view; }
    QTableView *recentView() const { return m_recentView; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *secretEdit() const { return m_secret; }
    // The route the form describes.
    AlertRoute formRoute() const;

private:
    template <typename Fn> QCoro::Task<> change(Fn fn);
    QCoro::Task<> loadScopes();
    QCoro::Task<> loadRecent();
    qint64 selectedRoute() const;

    Database *m_db;
    HealthItemModel *m_model;
    QTableView *m_view;
    HealthItemModel *m_recent;
    QTableView *m_recentView;
    QLineEdit *m_name;
    QComboBox *m_scope;
    QLineEdit *m_url;
    QComboBox *m_format;
    QList<QCheckBox *> m_events;
    QComboBox *m_severity;
    QSpinBox *m_digest;
    QComboBox *m_inWindow;
    QLineEdit *m_secret;
    QLabel *m_legacy;
    QLabel *m_status;
    QTimer *m_refresh;
    bool m_loading = false;
};

} // namespace hd
