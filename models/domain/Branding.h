#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hd {

class Session;

// A partner's own brand on the reports its clients receive: its logo (PNG).
namespace Branding {

struct Logo
{
    QByteArray png;
    QString sha256; // lower-case hex of png
};

// The partner's logo, if one is set and the login may see the partner.
std::optional<Logo> logo(Session &session, const QString &partnerId);
// Sets the logo in one transaction with its audit entry (partner.set_logo).
// Refuses (Error InvalidInput) bytes that are not a PNG or exceed 1 MiB, and
// an unknown partner; the database refuses a login that is not an admin.
Logo setLogo(Session &session, const QString &partnerId, const QByteArray &png);

} // namespace Branding

} // namespace hd
