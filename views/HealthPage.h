#pragma once

#include "Health.h"
#include "HealthModels.h"
#include "Page.h"

#include <QCoro/QCoroTask>

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace hd {

class LearningPanel;
class SigningKeysPanel;
class RunbookSettingsPanel;

// Data health: every mismatch between components as a live count, the rows
// behind the selected one, and its repair with a preview (fixes) or the
// mapping editor (unmapped IDs); orphans are shown and counted, never dropped.
// Two more tabs hold the administration that keeps data honest: runbook
// switches per site, and promoting or rejecting learned patterns.
class HealthPage : public Page
{
    Q_OBJECT
public:
    explicit HealthPage(Database *db, QWidget *parent = nullptr);
    QString title() const override { return tr("Data health"); }
    QStringList channels() const override;
    void setScope(const Scope &scope) override;
    void reload() override;
    bool hasData() const override { return m_loadedOnce && m_privilegesKnown; }

    DetectorModel *detectors() const { return m_detectors; }
    HealthItemModel *details() const { return m_details; }
    QTableView *detectorView() const { return m_detectorView; }
    // Opens the fix or the editor for the selected detector.
    void repairSelected();
    QCoro::Task<> showDetails(Health::Detector detector);
    RunbookSettingsPanel *settingsPanel() const { return m_settings; }
    LearningPanel *learningPanel() const { return m_learning; }
    SigningKeysPanel *signingKeysPanel() const { return m_keys; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *repairButton() const { return m_repair; }
    // False until the database said this login may change configuration.
    bool adminActionsShown() const { return m_admin; }

private:
    DetectorModel *m_detectors;
    HealthItemModel *m_details;
    QTableView *m_detectorView;
    QTableView *m_detailView;
    QLabel *m_summary;
    QLabel *m_detailTitle;
    QPushButton *m_repair;
    QTabWidget *m_tabs;
    RunbookSettingsPanel *m_settings;
    LearningPanel *m_learning;
    SigningKeysPanel *m_keys;
    QCoro::Task<> checkPrivileges();

    int m_detailGeneration = 0;
    bool m_admin = false;
    bool m_privilegesKnown = false;
    bool m_loadedOnce = false;
};

} // namespace hd
