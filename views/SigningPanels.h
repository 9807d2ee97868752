#pragma once

#include <QCoro/QCoroTask>
#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hd {

class ConsoleController;
class Database;
class HealthItemModel;

// Settings ▸ Signing key: this login's key on this workstation, its state,
// and making one (the private key goes to the system keychain only, the
// public key to the database, pending until another admin approves it).
class SigningKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SigningKeyDialog(ConsoleController *controller, QWidget *parent = nullptr);
    QCoro::Task<> createKey();
    QLabel *stateLabel() const { return m_state; }
    QPushButton *createButton() const { return m_create; }

private:
    void showState();

    ConsoleController *m_controller;
    QLabel *m_state;
    QLabel *m_key;
    QComboBox *m_role;
    QLineEdit *m_label;
    QPushButton *m_create;
    QPushButton *m_copy;
    QLabel *m_status;
};

// Data health ▸ Signing keys (admins): every key with its state; approve a
// pending key or revoke one, signed with the admin's own key; whether each
// partner's orders must be signed; the fleet's trust file for appliances and
// auditors. Every change is signed and audited.
class SigningKeysPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SigningKeysPanel(Database *db, QWidget *parent = nullptr);
    QCoro::Task<> reload();
    QCoro::Task<> approveSelected(int days = 0);
    QCoro::Task<> revokeSelected(QString reason = {});
    QCoro::Task<> setPolicy(bool required);
    // Asks for a file name unless one is given (tests give one).
    QCoro::Task<> exportTrust(QString path = {});
    QTableView *view() const { return m_view; }
    QTableView *policyView() const { return m_policyView; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void changed();

private:
    Database *m_db;
    HealthItemModel *m_model;
    QTableView *m_view;
    HealthItemModel *m_policies;
    QTableView *m_policyView;
    QLabel *m_status;
};

} // namespace hd
