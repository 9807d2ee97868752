#include "Scope.h"

#include "Error.h"

#include <QCoreApplication>
#include <QUuid>

namespace hd {

namespace {
struct ScopeMsg
{
    Q_DECLARE_TR_FUNCTIONS(Scope)
};
} // namespace

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

void Scope::validate() const
{
    if (!partnerId.isEmpty() && QUuid::fromString(partnerId).isNull())
        throw Error(Error::Code::InvalidInput,
                    ScopeMsg::tr("partner \"%1\" is not a partner ID (a UUID)").arg(partnerId));
    for (const QString &site : siteIds) {
        // PostgreSQL text cannot hold NUL: such an ID names no site, and saying so
        // beats the server's encoding error.
        if (site.trimmed().isEmpty() || site.contains(QLatin1Char(',')) || site.contains(QChar(0)))
            throw Error(Error::Code::InvalidInput, ScopeMsg::tr("site ID \"%1\" is not valid").arg(site));
    }
    if (from.isValid() && to.isValid() && from >= to)
        throw Error(Error::Code::InvalidInput, ScopeMsg::tr("the period is empty or inverted (from %1 to %2)")
                                                   .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

Binds Scope::binds() const
{
    validate();
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : nullText();
    };
    return {{"scope_sites", siteIds.isEmpty() ? nullText() : QVariant(siteIds.join(QLatin1Char(',')))},
            {"scope_partner", partnerId.isEmpty() ? nullText() : QVariant(partnerId.toLower())},
            {"scope_from", time(from)},
            {"scope_to", time(to)}};
}

QDateTime Scope::parseTime(const QString &text, bool isEnd)
{
    const QString t = text.trimmed();
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid() && t.size() == 10) {
        const QDate day = isEnd ? date.addDays(1) : date;
        return QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        throw Error(Error::Code::InvalidInput, ScopeMsg::tr("\"%1\" is not an ISO 8601 date or time").arg(text));
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt;
}

QString likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isNull()) {
            // PostgreSQL text cannot hold NUL, so no stored value contains one and
            // the search must match nothing; a noncharacter keeps that meaning.
            out += QChar(0xFFFF);
            continue;
        }
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace hd
