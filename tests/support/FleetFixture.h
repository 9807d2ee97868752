#pragma once

#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace hd::test {

// Stable lower-case UUIDs from readable keys.
inline QString uuidFor(const QString &key)
{
    const QByteArray md5 = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(md5.left(8) + '-' + md5.mid(8, 4) + '-' + md5.mid(12, 4) + '-' + md5.mid(16, 4) + '-' +
                               md5.mid(20, 12));
}

inline QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Inserts a partner, a site and appliances checked in the given minutes ago
// (negative: never). Returns the appliance ids in order.
inline QStringList insertSite(TestDatabase &t, const QString &siteId, const QString &partnerKey,
                              const QList<int> &checkinMinutesAgo)
{
    t.exec(QStringLiteral("INSERT INTO partners (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING"),
           {uuidFor(partnerKey), QString(QStringLiteral("Partner ") + partnerKey)});
    t.exec(QStringLiteral("INSERT INTO sites (id, name, partner_id) VALUES (?, ?, ?)"),
           {siteId, QString(QStringLiteral("Site ") + siteId), uuidFor(partnerKey)});
    QStringList ids;
    int n = 0;
    for (int minutes : checkinMinutesAgo) {
        const QString id = uuidFor(siteId + QStringLiteral("/") + QString::number(n));
        const QVariant checkin = minutes < 0 ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(isoTime(QDateTime::currentDateTimeUtc().addSecs(-60LL * minutes)));
        t.exec(QStringLiteral("INSERT INTO appliances (id, site_id, hostname, agent_version, last_checkin) "
                              "VALUES (?, ?, ?, '2.5.0', ?)"),
               {id, siteId, QString(siteId + QStringLiteral("-hd") + QString::number(++n)), checkin});
        ids << id;
    }
    return ids;
}

} // namespace hd::test
