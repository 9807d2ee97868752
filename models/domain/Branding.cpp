#include "Branding.h"

#include "Audit.h"
#include "Error.h"
#include "Session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QUuid>

namespace hd {

namespace {

struct BrandingText
{
    Q_DECLARE_TR_FUNCTIONS(Branding)
};

constexpr qsizetype kMaxLogoBytes = 1024 * 1024;

// The PNG signature, then an IHDR chunk first: what every PNG starts with.
bool looksLikePng(const QByteArray &bytes)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    return bytes.size() > 24 && bytes.startsWith(signature) && bytes.mid(12, 4) == "IHDR";
}

} // namespace

namespace Branding {

std::optional<Logo> logo(Session &session, const QString &partnerId)
{
    if (QUuid::fromString(partnerId).isNull())
        return std::nullopt;
    auto q = session.query(QStringLiteral("partner_logo"), {{"partner", partnerId.toLower()}});
    if (!q.next())
        return std::nullopt;
    return Logo{q.value("png").toByteArray(), q.text("sha256")};
}

Logo setLogo(Session &session, const QString &partnerId, const QByteArray &png)
{
    if (QUuid::fromString(partnerId).isNull())
        throw Error(Error::Code::InvalidInput,
                    BrandingText::tr("partner \"%1\" is not a partner ID (a UUID)").arg(partnerId));
    if (!looksLikePng(png))
        throw Error(Error::Code::InvalidInput, BrandingText::tr("the logo must be a PNG image"));
    if (png.size() > kMaxLogoBytes)
        throw Error(Error::Code::InvalidInput,
                    BrandingText::tr("the logo is %1 bytes; at most 1 MiB (1,048,576 bytes) is kept").arg(png.size()));
    const Logo logo{png, QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex())};
    session.transaction([&] {
        auto found = session.query(QStringLiteral("partner_exists"), {{"partner", partnerId.toLower()}});
        found.next();
        if (found.int64("found") == 0)
            throw Error(Error::Code::InvalidInput, BrandingText::tr("unknown partner \"%1\"").arg(partnerId));
        session.query(QStringLiteral("partner_logo_set"),
                      {{"partner", partnerId.toLower()}, {"png", png}, {"sha256", logo.sha256}});
        Audit::record(session, QStringLiteral("partner.set_logo"), partnerId.toLower(),
                      QJsonObject{{QStringLiteral("partner_id"), partnerId.toLower()},
                                  {QStringLiteral("sha256"), logo.sha256},
                                  {QStringLiteral("bytes"), png.size()}});
    });
    return logo;
}

} // namespace Branding

} // namespace hd
