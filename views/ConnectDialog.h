#pragma once

#include "ConnectionConfig.h"

#include <QCoro/QCoroTask>
#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hd {

// Where the clinic database is, asked inside the console: at start when no
// connection was given or the given one failed, and from File ▸ Connect….
// Test connects once and shows the server's own message or "connected as
// tech, TLS TLSv1.3"; Connect tests the same way and closes only when it
// works; Save as profile keeps the address in the profile store and the
// password in the keychain, only when asked; Try the demo asks for the demo.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // why: what went wrong with the connection tried before (empty: none tried).
    explicit ConnectDialog(const QString &why = {}, QWidget *parent = nullptr);

    void setConfig(const ConnectionConfig &config);
    // The connection the fields describe (password included), and the standby if one is given.
    ConnectionConfig config() const;
    std::optional<ConnectionConfig> standby() const;
    bool demoChosen() const { return m_demo; }

    QCoro::Task<bool> test();
    QCoro::Task<> connectAndAccept();
    // Saves the fields as a profile (the password to the keychain when "remember" is ticked); returns why not.
    QString saveProfile(const QString &name);

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_dbname; }
    QLineEdit *loginEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *tlsBox() const { return m_sslmode; }
    QLineEdit *rootCertEdit() const { return m_rootCert; }
    QLineEdit *standbyEdit() const { return m_standby; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *statusLabel() const { return m_status; }

private:
    void busy(bool on);

    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_dbname;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QComboBox *m_sslmode;
    QLineEdit *m_rootCert;
    QLineEdit *m_standby;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_demoButton;
    QPushButton *m_connect;
    ConnectionConfig m_base; // what setConfig() gave, for the options the dialog does not show
    bool m_demo = false;
    bool m_busy = false;
};

} // namespace hd
