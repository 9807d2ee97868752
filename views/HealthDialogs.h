#pragma once

#include "Health.h"
#include "HealthModels.h"
#include "Mappings.h"

#include <QCoro/QCoroTask>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hd {

class Database;

// The preview of one fix: every row it would change, and Apply, which runs the
// fix in one transaction with its audit row and reports what it changed.
class FixDialog : public QDialog
{
    Q_OBJECT
public:
    FixDialog(Database *db, Health::Fix fix, QWidget *parent = nullptr);
    QCoro::Task<> loadPreview();
    QCoro::Task<> apply();
    int previewCount() const;
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void applied(int changed);

private:
    Database *m_db;
    Health::Fix m_fix;
    HealthItemModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_apply;
};

// The runbook ID mapping editor: unmapped telemetry IDs with their executions,
// the current pairs, map / remove / import, each checked and audited.
class MappingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MappingDialog(Database *db, QWidget *parent = nullptr);
    QCoro::Task<> reload();
    QCoro::Task<> mapSelected();
    QCoro::Task<> removeSelected();
    QCoro::Task<> importFile(QString path = {});
    QTableView *unmappedView() const { return m_unmappedView; }
    QTableView *mappingView() const { return m_mappingView; }
    QComboBox *runbookBox() const { return m_runbook; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *suggestionLabel() const { return m_suggestion; }

Q_SIGNALS:
    void changed();

private:
    template <typename Fn> QCoro::Task<> change(Fn fn);

    Database *m_db;
    HealthItemModel *m_unmapped;
    HealthItemModel *m_mappings;
    QTableView *m_unmappedView;
    QTableView *m_mappingView;
    QComboBox *m_runbook;
    QLabel *m_status;
    // What the last reload read, for suggesting a runbook for the selected unmapped ID.
    QList<MappingRow> m_mappingRows;
    QStringList m_runbookIds;
    QLabel *m_suggestion;
    void suggestRunbook();
    QCoro::Task<> suggestFromType(QString source);
};

} // namespace hd
