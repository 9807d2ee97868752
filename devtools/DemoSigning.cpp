#include "DemoSigning.h"

#include "Keys.h"
#include "Session.h"

#include <QCryptographicHash>

namespace hd {


DemoSigning DemoSigning::provision(Session &session)
{
    const QString adminRole = QLatin1String(kAdminRole);
    // BYPASSRLS: the demo admin serves every partner, so the keys it approves may too.
    session.script(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                  "CREATE ROLE %1 NOLOGIN BYPASSRLS; END IF; END $$; ALTER ROLE %1 BYPASSRLS; "
                                  "GRANT healdesk_admin TO %1")
                       .arg(adminRole),
                   QStringLiteral("demo signing"));
    const KeyIdentity me = Keys::identity(session);

    const QByteArray label =
        QByteArrayLiteral("healdesk demo admin key, published, worthless outside a demo: ") + me.installationId.toUtf8();
    QByteArray seed = QCryptographicHash::hash(label, QCryptographicHash::Sha256).toBase64();
    DemoSigning out;
    out.admin = std::make_shared<const Signer>(Signer{SigningKey::fromSeed(seed), adminRole, me.installationId});
    const QString adminKey = out.admin->key->keyId();

    auto stateOf = [&session](const QString &keyId) {
        for (const KeyRow &k : Keys::list(session)) {
            if (k.keyId == keyId)
                return k.state;
        }
        return QString();
    };
    if (stateOf(adminKey).isEmpty())
        asRole(session, adminRole, nullptr, [&] { Keys::registerKey(session, *out.admin->key, Keys::kAdmin, QStringLiteral("demo")); });
    if (stateOf(adminKey) == QLatin1String("pending"))
        Keys::bootstrap(session, adminKey);

    auto technician = SigningKey::generate();
    auto service = SigningKey::generate();
    const QString techKey = technician->keyId();
    const QString serviceKey = service->keyId();
    Keys::registerKey(session, *technician, Keys::kTechnician, QStringLiteral("demo"));
    Keys::registerKey(session, *service, Keys::kService, QStringLiteral("demo"));
    asRole(session, adminRole, out.admin, [&] {
        for (const KeyRow &k : Keys::list(session)) {
            if (k.login == me.login && k.label == QLatin1String("demo") && k.keyId != techKey &&
                k.keyId != serviceKey && k.state == QLatin1String("approved")) {
                Keys::revoke(session, k.keyId, QStringLiteral("superseded: the demo's keys live in memory only"));
            }
        }
        Keys::approve(session, techKey);
        Keys::approve(session, serviceKey);
    });
    out.technician = std::make_shared<const Signer>(Signer{std::move(technician), me.login, me.installationId});
    out.service = std::make_shared<const Signer>(Signer{std::move(service), me.login, me.installationId});
    out.trust = Keys::exportTrust(session);
    return out;
}

} // namespace hd
