#pragma once

#include "Audit.h"
#include "AuditModel.h"
#include "Page.h"

#include <QCoro/QCoroTask>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace hd {

// Who did what and when: orders, cancellations, admin changes; filterable by
// user, action, target and the global period; exportable to CSV.
class AuditPage : public Page
{
    Q_OBJECT
public:
    explicit AuditPage(Database *db, QWidget *parent = nullptr);
    QString title() const override { return tr("Audit log"); }
    QStringList channels() const override;
    void setScope(const Scope &scope) override;
    void reload() override;
    bool hasData() const override;

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *userBox() const { return m_user; }
    QComboBox *actionBox() const { return m_action; }
    QLineEdit *targetBox() const { return m_target; }
    AuditFilter filter() const;
    // Asks for a file name unless one is given (tests give one).
    QCoro::Task<> exportCsv(QString path = {});
    // Walks the hash chain and every signed row's signature, off the GUI thread.
    QCoro::Task<> checkChain();
    QLabel *chainLabel() const { return m_chain; }

Q_SIGNALS:
    void exported(qint64 rows, const QString &path);

private:
    QCoro::Task<> loadChoices();

    Scope m_scope;
    AuditModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_user;
    QComboBox *m_action;
    QLineEdit *m_target;
    QLabel *m_summary;
    QLabel *m_chain;
    QTimer *m_debounce;
    QDateTime m_chainCheckedAt;
    bool m_loadedOnce = false;
};

} // namespace hd
