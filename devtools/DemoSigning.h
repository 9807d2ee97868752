#pragma once

#include "Session.h"
#include "Signing.h"
#include "Trust.h"

#include <memory>

namespace hd {

class Session;

// Signing for the demo and the tests, with keys held in memory only: a demo
// admin role whose key is approved as the first admin key, and a technician
// key for the session's own login, approved by that admin. The admin key is
// derived from the installation ID and a published label, so a reused demo
// database keeps its anchor; it is public knowledge and worth nothing outside
// a demo. Each run's technician key is new; the previous run's keys of the
// same login are revoked as superseded.
struct DemoSigning
{
    std::shared_ptr<const Signer> admin;
    std::shared_ptr<const Signer> technician;
    std::shared_ptr<const Signer> service; // the demo worker's, same login, role service
    TrustStore trust;

    static constexpr auto kAdminRole = "healdesk_demo_admin";

    // Runs on a session whose login may create roles and owns Healdesk's
    // schema (the demo's and the tests' superuser). Throws hd::Error.
    static DemoSigning provision(Session &session);

    // Runs fn as another login on a superuser's session (SET SESSION
    // AUTHORIZATION), signing with signer, and returns to the session's own
    // login and signer whatever fn does.
    template <typename Fn> static void asRole(Session &session, const QString &role, std::shared_ptr<const Signer> signer, Fn fn)
    {
        const std::shared_ptr<const Signer> before = session.signerHandle();
        session.script(QStringLiteral("SET SESSION AUTHORIZATION ") + role, QStringLiteral("as ") + role);
        session.setSigner(std::move(signer));
        auto back = [&] {
            session.script(QStringLiteral("RESET SESSION AUTHORIZATION"), QStringLiteral("as ") + role);
            session.setSigner(before);
        };
        try {
            fn();
        } catch (...) {
            back();
            throw;
        }
        back();
    }
};

} // namespace hd
