#pragma once

#include <optional>

#include "Incidents.h"
#include "IncidentModel.h"
#include "Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;

namespace hd {
class IncidentDesk;
}

namespace hd {

class IncidentsPage : public Page
{
    Q_OBJECT
public:
    explicit IncidentsPage(Database *db, QWidget *parent = nullptr);
    QString title() const override { return tr("Incidents"); }
    QStringList channels() const override;
    void setScope(const Scope &scope) override;
    void reload() override;
    void handleChange(const QString &channel, const QStringList &ids) override;
    bool hasData() const override;

    // Filters set from other pages (a tier slice, an appliance).
    void showTier(const QString &tier);
    void showAppliance(const QString &applianceId, const QString &hostname);

    IncidentModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QTextBrowser *detailView() const { return m_detail; }
    QComboBox *tierBox() const { return m_tier; }
    IncidentDesk *desk() const { return m_desk; }

    // The action on the selected incidents, with what this view showed of each (for the stale-view check).
    IncidentAction selectedAction(IncidentActionKind kind) const;
    // Asks for a note, a resolution or a login as the action needs, then applies it to the selection.
    QCoro::Task<> actOnSelection(IncidentActionKind kind);
    // Applies an action off the GUI thread; says what happened (actionApplied), then reloads.
    QCoro::Task<> applyAction(IncidentAction action);
    const QString &lastActionMessage() const;
    QLabel *noticeLabel() const;

Q_SIGNALS:
    void actionApplied(const QString &message);

private:
    void applyFilter();
    QCoro::Task<> loadAppliances();
    void updateCount();

    Scope m_scope;
    IncidentModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QComboBox *m_appliance;
    QComboBox *m_severity;
    QComboBox *m_status;
    QComboBox *m_tier;
    QLineEdit *m_search;
    QLabel *m_count;
    QTimer *m_debounce;
    std::optional<bool> m_narrow; // how the filters and the detail stand now (see onRoomChanged)
    QSplitter *m_splitter;
    bool m_filterApplied = false;
    IncidentDesk *m_desk;
};

// HTML for the detail pane: the incident and every execution, with the
// state_before → state_after diff. Kept apart from the widget for tests.
QString incidentDetailHtml(const IncidentDetail &detail);
// The executions, numbered, each with its runbook (through the mapping), tier, result, duration, errors, steps and
// state diff: the incident's detail and the order's detail both list them so.
QString executionsHtml(const QList<ExecutionRow> &executions);

} // namespace hd
