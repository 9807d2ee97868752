#pragma once

#include "Database.h"
#include "Scope.h"

#include <QCoro/QCoroTask>
#include <QMainWindow>
#include <QMap>

#include <optional>
#include <QSet>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace hd {

class AuditPage;
class ConsoleController;
class SigningKeyDialog;
class MaintenanceDialog;
class FleetPage;
class ReportsPage;
class HealthPage;
class QueuePage;

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
    // Shows what controller does in the background (connection, outage,
    // standby, batched changes) and reloads pages when it says so.
    explicit MainWindow(ConsoleController *controller, QWidget *parent = nullptr);
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
    QueuePage *queuePage() const { return m_queue; }
    // Settings ▸ Signing key.
    SigningKeyDialog *openSigningKeyDialog();
    Database *database() const { return m_db; }
    // Fleet ▸ a site ▸ Maintenance windows.
    MaintenanceDialog *openMaintenanceDialog(const QString &siteId, const QString &siteName);
    QLabel *signingLabel() const { return m_signing; }
    QLabel *workerLabel() const { return m_workerLabel; }
    ConsoleController *controller() const { return m_controller; }
    // Opens the order dialog for the Fleet page's selection (or whole site).
    IssueOrderDialog *openIssueDialog(bool wholeSite);
    // Run a runbook for an incident: the order dialog on its appliance with the suggested runbook and why
    // (Incidents::suggestRunbook); the order is linked to the incident. Resolves once the dialog is open.
    QCoro::Task<IssueOrderDialog *> openIncidentOrder(QString incidentId);
    QComboBox *scopeBox() const { return m_scopeBox; }
    QComboBox *periodBox() const { return m_periodBox; }
    QLabel *connectionLabel() const { return m_connection; }
    // Shown while the database is unreachable; the pages keep what they showed.
    QWidget *offlineBanner() const { return m_banner; }

    // Applies the scope and period boxes to every page (marks hidden pages stale).
    void applyScope();

Q_SIGNALS:
    // File ▸ Connect… or a recent profile: the console should close this
    // window and open the pages again against that database.
    void switchDatabase(const hd::ConnectionConfig &config, const std::optional<hd::ConnectionConfig> &standby,
                        const QString &label);
    // The connection dialog's Try the demo.
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QCoro::Task<> buildScopeBox();
    void applyChanges(const QMap<QString, QStringList> &changes);
    void pageShown(int index);
    void updateConnectionLabel();
    void updateBanner();
    void showReadRoute(const Database::ReadRoute &route);
    void reloadAfterOutage();
    void showError(const QString &message);
    void updateSigningLabel();
    void updateWorkerLabel();
    void fillRecentProfiles(QMenu *menu);

    ConsoleController *m_controller;
    Database *m_db;
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
    QueuePage *m_queue = nullptr;
    // The console opens on the escalation queue when it holds something, unless the technician has chosen a page
    // by then (or it was asked once already).
    bool m_startChosen = false;
    bool m_constructed = false;
    QList<Page *> m_pages;
    QComboBox *m_scopeBox;
    QComboBox *m_periodBox;
    QLabel *m_connection;
    QLabel *m_signing;
    QLabel *m_workerLabel;
    QLabel *m_updated;
    QLabel *m_error;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QLabel *m_readRoute = nullptr; // only with a standby
    QString m_lastLoaded;          // time the pages last showed fresh data
    QSet<Page *> m_stale;
    // The current page's reload that a batch of changes started, until it
    // shows data or fails: the controller holds later batches meanwhile.
    Page *m_refreshing = nullptr;
    // Worked out once per scope or period change and handed to every page, so
    // pages sharing figures agree on the very same period bounds.
    Scope m_scope;
};

} // namespace hd
