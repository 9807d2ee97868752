#include "SigningPanels.h"

#include "AdminSupport.h"
#include "ConsoleController.h"
#include "Database.h"
#include "Format.h"
#include "HealthModels.h"
#include "Keys.h"
#include "OffThread.h"
#include "TableSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace hd {

namespace {

QString day(const QDateTime &t)
{
    return t.isValid() ? format::dateTime(t) : QString();
}

} // namespace

SigningKeyDialog::SigningKeyDialog(ConsoleController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_state(new QLabel(this)), m_key(new QLabel(this)),
      m_role(new QComboBox(this)), m_label(new QLineEdit(this)), m_create(new QPushButton(tr("&Create key"), this)),
      m_copy(new QPushButton(tr("Copy key &ID"), this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Signing key"));
    auto *about = new QLabel(
        tr("Healdesk signs every order you issue, every report you export and every change you make with your own "
           "Ed25519 key, so appliances and auditors can tell it was you and that nothing changed since. The "
           "private key is made here and kept in this workstation's keychain only; the database holds the public "
           "key, which another admin approves before appliances trust it."),
        this);
    about->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("signingState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_role->addItem(tr("Technician"), Keys::kTechnician);
    m_role->addItem(tr("Admin (approves other keys)"), Keys::kAdmin);
    m_label->setText(QHostInfo::localHostName());
    m_label->setToolTip(tr("A note that tells your keys apart, such as this workstation's name"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Key ID:"), m_key);
    form->addRow(tr("Role of a new key:"), m_role);
    form->addRow(tr("Label:"), m_label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] { createKey(); });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_controller->signing().keyId); });
    connect(m_controller, &ConsoleController::signingChanged, this, &SigningKeyDialog::showState);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    showState();
}

void SigningKeyDialog::showState()
{
    const ConsoleController::Signing &s = m_controller->signing();
    m_key->setText(s.keyId.isEmpty() ? tr("none") : s.keyId);
    m_copy->setEnabled(!s.keyId.isEmpty());
    m_role->setEnabled(s.admin);
    if (!s.admin)
        m_role->setCurrentIndex(0);
    bool canCreate = true;
    if (!s.checked) {
        m_state->setText(tr("Checking…"));
        canCreate = false;
    } else if (s.keyId.isEmpty()) {
        m_state->setText(s.note.isEmpty()
                             ? tr("This workstation holds no signing key for %1: orders for partners that require "
                                  "signatures are refused, and reports are marked unsigned.")
                                   .arg(s.login)
                             : tr("No signing key: %1").arg(s.note));
    } else if (s.state == QLatin1String("approved")) {
        m_state->setText(tr("Approved: your orders, reports and changes are signed."));
        canCreate = false;
    } else if (s.state == QLatin1String("pending")) {
        m_state->setText(tr("Pending: another admin approves it in Data health ▸ Signing keys, or with healdesk key "
                            "approve %1")
                             .arg(s.keyId));
        canCreate = false;
    } else {
        m_state->setText(s.state.isEmpty() ? tr("The database does not know this key: create it again.")
                                           : tr("This key is %1: create a new one and have it approved.")
                                                 .arg(format::storedValue(s.state)));
    }
    m_create->setEnabled(canCreate);
    m_create->setText(s.keyId.isEmpty() ? tr("&Create key") : tr("&Create a new key"));
}

QCoro::Task<> SigningKeyDialog::createKey()
{
    QPointer<SigningKeyDialog> self(this);
    Database *db = m_controller->database();
    const QString role = m_role->currentData().toString();
    const QString label = m_label->text().trimmed();
    m_create->setEnabled(false);
    m_status->setText(tr("Making the key…"));
    try {
        auto who = [](Session &s) { return Keys::identity(s); };
        QFuture<KeyIdentity> asked = db->submit(std::move(who));
        const KeyIdentity me = co_await asked;
        std::shared_ptr<SigningKey> key = SigningKey::generate();
        // The keychain first: a key the database knows always has its private half somewhere.
        auto keep = [me, key] { Keys::storeLocal(me, *key); };
        QCoro::Task<> keeping = offThread(std::move(keep));
        co_await keeping;
        auto registering = [key, role, label](Session &s) { return Keys::registerKey(s, *key, role, label); };
        QFuture<bool> registered = db->submitWrite(std::move(registering));
        co_await registered;
        db->setSigner(std::make_shared<const Signer>(Signer{key, me.login, me.installationId}));
        if (!self)
            co_return;
        m_status->setText(tr("Key %1 is registered and pending. Ask another admin to approve it (Data health ▸ "
                             "Signing keys, or healdesk key approve %1).")
                              .arg(key->keyId()));
        QCoro::Task<> reloading = m_controller->loadSigner();
        co_await reloading;
    } catch (const Error &e) {
        if (self) {
            m_status->setText(tr("No key was made: %1").arg(e.message()));
            showState();
        }
    }
}

SigningKeysPanel::SigningKeysPanel(Database *db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new HealthItemModel(this)),
      m_view(makeSortedTable(m_model, QStringLiteral("health/signingKeys"), this)),
      m_policies(new HealthItemModel(this)),
      m_policyView(makeSortedTable(m_policies, QStringLiteral("health/signingPolicy"), this)),
      m_status(new QLabel(this))
{
    m_model->setHeaders({tr("Key ID"), tr("Login"), tr("Role"), tr("State"), tr("Approved by"), tr("Valid until"),
                         tr("Label"), tr("Created")});
    m_policies->setHeaders({tr("Partner"), tr("Orders must be signed"), tr("Set by")});
    auto *approve = new QPushButton(tr("&Approve…"), this);
    auto *revoke = new QPushButton(tr("Re&voke…"), this);
    auto *exportTrustButton = new QPushButton(tr("E&xport trust file…"), this);
    approve->setToolTip(tr("Approve the selected pending key with your own admin key"));
    revoke->setToolTip(tr("Revoke the selected key: what it signs from now on is refused"));
    exportTrustButton->setToolTip(tr("The fleet's admin keys, for appliances and auditors (fleet-keys.json)"));
    connect(approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(revoke, &QPushButton::clicked, this, [this] { revokeSelected(); });
    connect(exportTrustButton, &QPushButton::clicked, this, [this] { exportTrust(); });
    auto *require = new QPushButton(tr("&Require signed orders"), this);
    auto *allow = new QPushButton(tr("Allow &unsigned orders"), this);
    allow->setToolTip(tr("For appliances that cannot check signatures yet; signed by your admin key and audited"));
    connect(require, &QPushButton::clicked, this, [this] { setPolicy(true); });
    connect(allow, &QPushButton::clicked, this, [this] { setPolicy(false); });
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(approve);
    keyButtons->addWidget(revoke);
    keyButtons->addStretch(1);
    keyButtons->addWidget(exportTrustButton);
    auto *policyButtons = new QHBoxLayout;
    policyButtons->addWidget(require);
    policyButtons->addWidget(allow);
    policyButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    // Texts wrap: one long line would widen the page past a small screen.
    auto *intro = new QLabel(tr("Technicians' signing keys. A pending key signs nothing appliances trust until "
                                "an admin other than its owner approves it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_view, 3);
    layout->addLayout(keyButtons);
    auto *policyTitle = new QLabel(tr("Whether each partner's appliances run only signed orders:"), this);
    policyTitle->setWordWrap(true);
    layout->addWidget(policyTitle);
    layout->addWidget(m_policyView, 2);
    auto *policyNote = new QLabel(tr("Appliances that hold the trust file run unsigned orders only where an admin "
                                     "signed \"off\" here; the installation default decides only what consoles "
                                     "refuse before writing."),
                                  this);
    policyNote->setWordWrap(true);
    layout->addWidget(policyNote);
    layout->addLayout(policyButtons);
    layout->addWidget(m_status);
}

QCoro::Task<> SigningKeysPanel::reload()
{
    struct Found
    {
        QList<KeyRow> keys;
        QList<HealthItem> policies;
    };
    auto fetch = [](Session &s) {
        Found f;
        f.keys = Keys::list(s);
        auto q = s.query(QStringLiteral("signing_policy_list"));
        while (q.next()) {
            f.policies << HealthItem{q.text("partner_id"),
                                     {q.text("name"),
                                      q.flag("required") ? tr("required") : tr("off"),
                                      q.flag("own_policy") ? q.text("set_by") : tr("installation default")}};
        }
        return f;
    };
    auto show = [this](const Found &f) {
        QList<HealthItem> items;
        for (const KeyRow &k : f.keys) {
            items << HealthItem{k.keyId,
                                {k.keyId, k.login, format::storedValue(k.role), format::storedValue(k.state),
                                 k.bootstrap ? tr("first admin key") : k.approvedBy, day(k.validUntil), k.label,
                                 day(k.createdAt)}};
        }
        m_model->setRows(items);
        m_policies->setRows(f.policies);
    };
    QCoro::Task<bool> done = deliver(this, m_db->submit(std::move(fetch)), std::move(show),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

QCoro::Task<> SigningKeysPanel::approveSelected(int days)
{
    const QStringList keys = selectedKeys(m_view);
    if (keys.size() != 1) {
        m_status->setText(tr("Select one pending key to approve."));
        co_return;
    }
    if (days <= 0) {
        bool ok = false;
        days = QInputDialog::getInt(this, tr("Approve key"),
                                    tr("Approve key %1 for how many days? The approval is signed with your admin key "
                                       "and names its login, role and partners.")
                                        .arg(keys.first()),
                                    Keys::kDefaultValidDays, 1, 3 * 365, 1, &ok);
        if (!ok)
            co_return;
    }
    const QString keyId = keys.first();
    auto fn = [keyId, days](Session &s) {
        Keys::approve(s, keyId, days);
        return tr("Approved %1 for %n day(s).", nullptr, days).arg(keyId);
    };
    QCoro::Task<bool> applying = applyChange(this, m_db, m_status, std::move(fn));
    if (co_await applying) {
        emit changed();
        QCoro::Task<> again = reload();
        co_await again;
    }
}

QCoro::Task<> SigningKeysPanel::revokeSelected(QString reason)
{
    const QStringList keys = selectedKeys(m_view);
    if (keys.size() != 1) {
        m_status->setText(tr("Select one key to revoke."));
        co_return;
    }
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Revoke key"),
                                       tr("Why is key %1 revoked? (required; signed and audited)").arg(keys.first()),
                                       QLineEdit::Normal, {}, &ok);
        if (!ok)
            co_return;
        if (reason.trimmed().isEmpty()) {
            m_status->setText(tr("Not revoked: a revocation needs a reason."));
            co_return;
        }
    }
    const QString keyId = keys.first();
    auto fn = [keyId, reason](Session &s) {
        Keys::revoke(s, keyId, reason);
        return tr("Revoked %1. Export the trust file again so appliances and auditors know.").arg(keyId);
    };
    QCoro::Task<bool> applying = applyChange(this, m_db, m_status, std::move(fn));
    if (co_await applying) {
        emit changed();
        QCoro::Task<> again = reload();
        co_await again;
    }
}

QCoro::Task<> SigningKeysPanel::setPolicy(bool required)
{
    const QStringList partners = selectedKeys(m_policyView);
    if (partners.isEmpty()) {
        m_status->setText(tr("Select the partners first."));
        co_return;
    }
    auto fn = [partners, required](Session &s) {
        for (const QString &p : partners)
            Keys::setPolicy(s, p, required);
        return required ? tr("%n partner(s) now require signed orders.", nullptr, int(partners.size()))
                        : tr("%n partner(s) now accept unsigned orders.", nullptr, int(partners.size()));
    };
    QCoro::Task<bool> applying = applyChange(this, m_db, m_status, std::move(fn));
    if (co_await applying) {
        QCoro::Task<> again = reload();
        co_await again;
    }
}

QCoro::Task<> SigningKeysPanel::exportTrust(QString path)
{
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export the fleet's trust file"),
                                            QStringLiteral("fleet-keys.json"), tr("Trust files (*.json)"));
        if (path.isEmpty())
            co_return;
    }
    QPointer<SigningKeysPanel> self(this);
    try {
        auto fetch = [](Session &s) { return Keys::exportTrust(s); };
        QFuture<TrustStore> fetched = m_db->submit(std::move(fetch));
        const TrustStore trust = co_await fetched;
        const QByteArray bytes = trust.toJson();
        auto write = [path, bytes] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                throw Error(Error::Code::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
        };
        QCoro::Task<> writing = offThread(std::move(write));
        co_await writing;
        if (self) {
            m_status->setText(tr("Wrote %1: %n admin key(s). Its SHA-256 is %2; read it to whoever receives the file, "
                                 "over another channel.",
                                 nullptr, int(trust.anchors.size()))
                                  .arg(path, TrustStore::fingerprint(bytes)));
        }
    } catch (const Error &e) {
        if (self)
            m_status->setText(tr("No trust file written: %1").arg(e.message()));
    }
}

} // namespace hd
