#pragma once

#include "Database.h"
#include "Scope.h"

#include <QCoro/QCoroTask>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QSet>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace hd {

class AlertDispatcher;
class AuditPage;
class ReportsPage;
class HealthPage;
class WebhookSender;
class ChangeListener;

class FleetPage;
class IncidentsPage;
class IssueOrderDialog;
class OrdersPage;
class Page;
class RunbooksPage;
class StatsSource;
class TiersPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // listener may be null (no live refresh, e.g. in widget tests).
    MainWindow(Database *db, ChangeListener *listener, QWidget *parent = nullptr);
    ~MainWindow() override;

    int pageCount() const;
    Page *page(int index) const;
    Page *currentPage() const;
    void showPage(int index);
    Scope currentScope() const;

    FleetPage *fleetPage() const { return m_fleet; }
    IncidentsPage *incidentsPage() const { return m_incidents; }
    TiersPage *tiersPage() const { return m_tiers; }
    RunbooksPage *runbooksPage() const { return m_runbooks; }
    OrdersPage *ordersPage() const { return m_orders; }
    AuditPage *auditPage() const { return m_audit; }
    ReportsPage *reportsPage() const { return m_reports; }
    HealthPage *healthPage() const { return m_health; }
    WebhookSender *webhook() const { return m_webhook; }
    // Opens the order dialog for the Fleet page's selection (or whole site).
    IssueOrderDialog *openIssueDialog(bool wholeSite);
    QComboBox *scopeBox() const { return m_scopeBox; }
    QComboBox *periodBox() const { return m_periodBox; }
    QLabel *connectionLabel() const { return m_connection; }
    // Shown while the database is unreachable; the pages keep what they showed.
    QWidget *offlineBanner() const { return m_banner; }

    // Applies the scope and period boxes to every page (marks hidden pages stale).
    void applyScope();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QCoro::Task<> buildScopeBox();
    void onChange(const QString &channel, const QStringList &ids);
    void flushChanges();
    void pageShown(int index);
    void setDbState(bool connected, const QString &message);
    void setLiveState(bool listening, const QString &message);
    void updateConnectionLabel();
    void updateBanner();
    void scheduleReconnect();
    void enterOutage();
    QCoro::Task<> probe();
    QCoro::Task<> drainRollups();
    QCoro::Task<> checkStandby();
    void showReadRoute(const Database::ReadRoute &route);
    void reloadAfterOutage();
    void showError(const QString &message);

    Database *m_db;
    ChangeListener *m_listener;
    StatsSource *m_stats;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    FleetPage *m_fleet;
    IncidentsPage *m_incidents;
    TiersPage *m_tiers;
    RunbooksPage *m_runbooks;
    OrdersPage *m_orders;
    AuditPage *m_audit;
    ReportsPage *m_reports = nullptr;
    HealthPage *m_health = nullptr;
    WebhookSender *m_webhook;
    AlertDispatcher *m_alerts;
    QList<Page *> m_pages;
    QComboBox *m_scopeBox;
    QComboBox *m_periodBox;
    QLabel *m_connection;
    QLabel *m_updated;
    QLabel *m_error;
    QTimer *m_changeTimer;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QTimer *m_reconnectTick;
    QTimer *m_drainTimer;
    QLabel *m_readRoute = nullptr; // only with a standby
    bool m_checkingStandby = false;
    QFuture<Database::ReadRoute> m_standbyCheck;
    int m_reconnectDelay = 1; // seconds, doubled after each failed attempt up to 30
    int m_secondsLeft = 0;
    bool m_probing = false;
    bool m_outage = false; // the connection broke since the pages last loaded
    QString m_lastLoaded;  // time the pages last showed fresh data
    QSet<Page *> m_stale;
    QMap<QString, QStringList> m_pendingChanges;
    // The current page's reload that a notification started, until it shows
    // data or fails: notifications meanwhile wait for it (see flushChanges).
    Page *m_refreshing = nullptr;
    QElapsedTimer m_refreshStarted;
    // Worked out once per scope or period change and handed to every page, so
    // pages sharing figures agree on the very same period bounds.
    Scope m_scope;
    bool m_dbConnected = false;
    QString m_dbMessage;
    bool m_listening = false;
    QString m_liveMessage;
};

} // namespace hd
