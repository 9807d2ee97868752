#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace hd::format {

QString ago(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return QCoreApplication::translate("Format", "never");
    const qint64 secs = when.secsTo(now);
    if (secs < -60)
        return QCoreApplication::translate("Format", "in the future (%1)").arg(dateTime(when));
    if (secs < 60)
        return QCoreApplication::translate("Format", "just now");
    // The counts are computed apart from the translate() calls: lupdate 6.4 loops forever on a
    // division inside the argument list.
    const int minutes = int(secs / 60);
    const int hours = int(secs / 3600);
    const int days = int(secs / 86400);
    if (secs < 3600)
        return QCoreApplication::translate("Format", "%n min ago", nullptr, minutes);
    if (secs < 86400)
        return QCoreApplication::translate("Format", "%n h ago", nullptr, hours);
    return QCoreApplication::translate("Format", "%n day(s) ago", nullptr, days);
}

QString duration(const std::optional<double> &seconds)
{
    if (!seconds)
        return QStringLiteral("—");
    const QLocale locale;
    const double s = *seconds;
    if (s < 10)
        return QCoreApplication::translate("Format", "%1 s").arg(locale.toString(s, 'f', 1));
    if (s < 60)
        return QCoreApplication::translate("Format", "%1 s").arg(locale.toString(qRound(s)));
    const qint64 total = qRound64(s);
    if (total < 3600)
        return QCoreApplication::translate("Format", "%1 min %2 s").arg(total / 60).arg(total % 60);
    return QCoreApplication::translate("Format", "%1 h %2 min").arg(total / 3600).arg((total % 3600) / 60);
}

QString dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    // English (and the C locale) keep the unambiguous ISO form; other languages write the date their
    // way (31.10.26, 31/10/26) with a 24-hour time to the second.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return locale.toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
}

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + QStringLiteral(" %");
}

} // namespace hd::format
