#include "ConnectDialog.h"

#include "Database.h"
#include "Deliver.h"
#include "Error.h"
#include "Keychain.h"
#include "Profiles.h"
#include "Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace hd {

ConnectDialog::ConnectDialog(const QString &why, QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QLineEdit(this)), m_dbname(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this)),
      m_sslmode(new QComboBox(this)), m_rootCert(new QLineEdit(this)), m_standby(new QLineEdit(this)),
      m_status(new QLabel(this)), m_test(new QPushButton(tr("&Test"), this)),
      m_save(new QPushButton(tr("Save as &profile…"), this)), m_demoButton(new QPushButton(tr("Try the d&emo"), this)),
      m_connect(new QPushButton(tr("&Connect"), this))
{
    setWindowTitle(tr("Connect to a database — Healdesk"));
    setObjectName(QStringLiteral("connectDialog"));
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /run/postgresql"));
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_port->setMaximumWidth(90);
    m_dbname->setPlaceholderText(tr("the clinic database, e.g. healdesk"));
    m_user->setPlaceholderText(tr("your database login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty when the server needs none"));
    m_sslmode->addItem(tr("verify-full: encrypt, check the certificate and the host name (recommended)"),
                       QStringLiteral("verify-full"));
    m_sslmode->addItem(tr("verify-ca: encrypt and check the certificate"), QStringLiteral("verify-ca"));
    m_sslmode->addItem(tr("require: encrypt, check nothing"), QStringLiteral("require"));
    m_sslmode->addItem(tr("prefer: encrypt when the server can (libpq's default)"), QStringLiteral("prefer"));
    m_sslmode->addItem(tr("disable: never encrypt (a local socket)"), QStringLiteral("disable"));
    // Nothing chosen: libpq decides (PGSSLMODE, else prefer), as healdesk --db without sslmode= does.
    m_sslmode->insertItem(0, tr("as the environment says (PGSSLMODE; else prefer)"), QString());
    m_sslmode->setCurrentIndex(0);
    m_rootCert->setPlaceholderText(tr("the CA certificate the server's is signed by (verify modes)"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Root certificate"), {},
                                                          tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_rootCert->setText(file);
    });
    m_standby->setPlaceholderText(tr("optional: a read-only standby, postgresql://replica.example.org:5432"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!why.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color:#c62828"));
        m_status->setText(why);
    }

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), this));
    hostRow->addWidget(m_port);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_rootCert, 1);
    certRow->addWidget(browse);
    auto *form = new QFormLayout;
    // A row that holds a layout gets no buddy from the form: the label names its field itself.
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    auto *certLabel = new QLabel(tr("&Root certificate:"), this);
    certLabel->setBuddy(m_rootCert);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("&Database:"), m_dbname);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("TLS m&ode:"), m_sslmode);
    form->addRow(certLabel, certRow);
    form->addRow(tr("&Standby:"), m_standby);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_demoButton, QDialogButtonBox::ActionRole);
    m_connect->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Where is the clinic database? Your administrator can tell you its address, your "
                                "login and how the server proves who it is."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_connect, &QPushButton::clicked, this, [this] { QCoro::Task<> t = connectAndAccept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, [this] { QCoro::Task<bool> t = test(); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as profile"),
                                                   tr("A name for this connection (letters, digits, . _ -):"),
                                                   QLineEdit::Normal, m_dbname->text(), &ok);
        if (!ok)
            return;
        const QString why = saveProfile(name.trimmed());
        m_status->setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("color:#c62828"));
        m_status->setText(why.isEmpty() ? tr("Saved as profile %1: File ▸ Recent profiles and healdesk --profile %1 "
                                             "open it.")
                                              .arg(name.trimmed())
                                        : why);
    });
    connect(m_demoButton, &QPushButton::clicked, this, [this] {
        m_demo = true;
        accept();
    });
    resize(640, 460);
}

void ConnectDialog::setConfig(const ConnectionConfig &config)
{
    // Options the dialog has no field for (client certificates, application_name, ...) are kept as they were.
    m_base = config;
    m_host->setText(config.host);
    m_port->setText(config.port);
    m_dbname->setText(config.dbname);
    m_user->setText(config.user);
    m_password->setText(config.password);
    const QString sslmode = config.options.value(QStringLiteral("sslmode"));
    int mode = m_sslmode->findData(sslmode);
    if (mode < 0) { // allow, or a mode this list does not name: kept, not weakened to another
        m_sslmode->addItem(sslmode, sslmode);
        mode = m_sslmode->count() - 1;
    }
    m_sslmode->setCurrentIndex(mode);
    m_rootCert->setText(config.options.value(QStringLiteral("sslrootcert")));
}

ConnectionConfig ConnectDialog::config() const
{
    ConnectionConfig c = m_base;
    c.host = m_host->text().trimmed();
    c.port = m_port->text().trimmed();
    c.dbname = m_dbname->text().trimmed();
    c.user = m_user->text().trimmed();
    c.password = m_password->text();
    c.options.remove(QStringLiteral("sslmode"));
    c.options.remove(QStringLiteral("sslrootcert"));
    if (!m_sslmode->currentData().toString().isEmpty())
        c.options.insert(QStringLiteral("sslmode"), m_sslmode->currentData().toString());
    if (!m_rootCert->text().trimmed().isEmpty())
        c.options.insert(QStringLiteral("sslrootcert"), m_rootCert->text().trimmed());
    // A dialog that hangs for minutes on an address that drops packets helps nobody.
    c.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    return c;
}

std::optional<ConnectionConfig> ConnectDialog::standby() const
{
    const QString uri = m_standby->text().trimmed();
    if (uri.isEmpty())
        return std::nullopt;
    return ConnectionConfig::fromUri(uri);
}

void ConnectDialog::busy(bool on)
{
    m_busy = on;
    // The fields too: what Connect accepts must be what was tested.
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_test, m_save, m_demoButton, m_connect, m_host, m_port, m_dbname, m_user,
                                          m_password, m_remember, m_sslmode, m_rootCert, m_standby})
        w->setEnabled(!on);
    if (on) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Connecting…"));
    }
}

QCoro::Task<bool> ConnectDialog::test()
{
    if (m_busy)
        co_return false;
    ConnectionConfig c;
    try {
        c = config();
        if (c.port.size() && (c.port.toInt() < 1 || c.port.toInt() > 65535))
            throw Error(Error::Code::Config, tr("the port is a number from 1 to 65535"));
        standby(); // a malformed standby address is said now, not at connect
    } catch (const Error &e) {
        m_status->setStyleSheet(QStringLiteral("color:#c62828"));
        m_status->setText(e.message());
        co_return false;
    }
    busy(true);
    // A throwaway connection of its own: the console's, if any, stays as it is until this one works.
    auto probe = std::make_shared<Database>(c);
    struct Who
    {
        QString login;
        QString tls; // the protocol, or "off"
    };
    auto check = [](Session &s) {
        auto q = s.query(QStringLiteral("connection_check"));
        q.next();
        return Who{q.text("login"), q.text("tls")};
    };
    bool ok = false;
    auto show = [this, &ok](const Who &who) {
        ok = true;
        m_status->setStyleSheet(QStringLiteral("color:#2e7d32"));
        m_status->setText(who.tls == QLatin1String("off") ? tr("Connected as %1, without TLS.").arg(who.login)
                                                           : tr("Connected as %1, TLS %2.").arg(who.login, who.tls));
    };
    auto failed = [this](const Error &e) {
        m_status->setStyleSheet(QStringLiteral("color:#c62828"));
        m_status->setText(e.message());
    };
    QCoro::Task<bool> done = deliver(this, probe->submit(std::move(check)), std::move(show), std::move(failed));
    const bool alive = co_await done;
    if (alive)
        busy(false);
    co_return alive &&ok;
}

QCoro::Task<> ConnectDialog::connectAndAccept()
{
    QCoro::Task<bool> tried = test();
    if (co_await tried)
        accept();
}

QString ConnectDialog::saveProfile(const QString &name)
{
    try {
        ConnectionConfig c = config();
        // A profile keeps the address and TLS settings (set below), nothing else.
        c.options.clear();
        ConnectionProfile p = ConnectionProfile::fromConfig(name, c);
        p.sslmode = m_sslmode->currentData().toString();
        p.sslrootcert = m_rootCert->text().trimmed();
        if (const auto s = standby()) {
            p.standbyHost = s->host;
            p.standbyPort = s->port;
        }
        p.passwordInKeychain = m_remember->isChecked() && !m_password->text().isEmpty();
        p.validate();
        if (p.passwordInKeychain)
            Keychain::writePassword(name, m_password->text());
        Profiles::save(p);
        return {};
    } catch (const Error &e) {
        return e.message();
    }
}

} // namespace hd
