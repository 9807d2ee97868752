#include "Format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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

QString timeLeft(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return QCoreApplication::translate("Format", "no SLA");
    const qint64 secs = now.secsTo(due);
    const qint64 minutes = (secs < 0 ? -secs : secs) / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    QString span;
    if (days >= 2)
        span = QCoreApplication::translate("Format", "%1 d %2 h").arg(days).arg(hours % 24);
    else if (hours >= 1)
        span = QCoreApplication::translate("Format", "%1 h %2 min").arg(hours).arg(minutes % 60);
    else
        span = QCoreApplication::translate("Format", "%1 min").arg(minutes);
    return secs < 0 ? QCoreApplication::translate("Format", "%1 over").arg(span)
                    : QCoreApplication::translate("Format", "%1 left").arg(span);
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
    return day(local.date()) + QLatin1Char(' ') + clockTime(local.time());
}

QString day(const QDate &date)
{
    const QLocale locale;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return date.toString(Qt::ISODate);
    // The locale's short date, but always with a four-digit year.
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, dateFormat);
}

QString timesIn(const QString &text)
{
    // PostgreSQL's text form of timestamptz (and ISO 8601): date, time, an optional fraction, a zone.
    static const QRegularExpression stamp(QStringLiteral(
        "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,6}))?(Z|[+-]\\d{2}(?::?\\d{2})?)"));
    QString out;
    qsizetype last = 0;
    for (auto it = stamp.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString zone = m.captured(4);
        if (zone.size() == 3)
            zone += QStringLiteral(":00"); // +00 -> +00:00
        else if (zone.size() == 5)
            zone.insert(3, QLatin1Char(':')); // +0530 -> +05:30
        const QString fraction = QString(m.captured(3) + QStringLiteral("000")).left(3);
        const QDateTime when = QDateTime::fromString(
            m.captured(1) + QLatin1Char('T') + m.captured(2) + QLatin1Char('.') + fraction + zone, Qt::ISODateWithMs);
        out += text.mid(last, m.capturedStart() - last);
        out += when.isValid() ? dateTime(when) : m.captured();
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

QString period(const QDateTime &from, const QDateTime &to)
{
    // Whole UTC days show as dates, and the text then says the days are UTC's.
    bool utcDays = false;
    const auto bound = [&utcDays](const QDateTime &t, bool end) {
        const QDateTime utc = t.toUTC();
        if (utc.time() != QTime(0, 0))
            return dateTime(t);
        utcDays = true;
        return day(end ? utc.date().addDays(-1) : utc.date());
    };
    QString text;
    if (!from.isValid() && !to.isValid())
        return QCoreApplication::translate("Format", "all time");
    if (!to.isValid())
        text = QCoreApplication::translate("Format", "since %1").arg(bound(from, false));
    else if (!from.isValid())
        text = QCoreApplication::translate("Format", "until %1").arg(bound(to, true));
    else
        text = QCoreApplication::translate("Format", "%1 to %2").arg(bound(from, false), bound(to, true));
    return utcDays ? text + QStringLiteral(" (UTC)") : text;
}

QString clockTime(const QTime &time)
{
    return QLocale().toString(time, QStringLiteral("HH:mm:ss"));
}

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + QStringLiteral(" %");
}

namespace {

// Stored keys and their words. The keys are what agents and Healdesk write
// (lower case); the words are translated in the "StoredValue" context.
const char *const kStoredValues[][2] = {
    {"critical", QT_TRANSLATE_NOOP("StoredValue", "critical")},
    {"high", QT_TRANSLATE_NOOP("StoredValue", "high")},
    {"medium", QT_TRANSLATE_NOOP("StoredValue", "medium")},
    {"low", QT_TRANSLATE_NOOP("StoredValue", "low")},
    {"open", QT_TRANSLATE_NOOP("StoredValue", "open")},
    {"resolved", QT_TRANSLATE_NOOP("StoredValue", "resolved")},
    {"closed", QT_TRANSLATE_NOOP("StoredValue", "closed")},
    {"escalated", QT_TRANSLATE_NOOP("StoredValue", "escalated")},
    {"in_progress", QT_TRANSLATE_NOOP("StoredValue", "in progress")},
    {"acknowledged", QT_TRANSLATE_NOOP("StoredValue", "acknowledged")},
    {"pending", QT_TRANSLATE_NOOP("StoredValue", "pending")},
    {"completed", QT_TRANSLATE_NOOP("StoredValue", "completed")},
    {"failed", QT_TRANSLATE_NOOP("StoredValue", "failed")},
    {"expired", QT_TRANSLATE_NOOP("StoredValue", "expired")},
    {"cancelled", QT_TRANSLATE_NOOP("StoredValue", "cancelled")},
    {"overdue", QT_TRANSLATE_NOOP("StoredValue", "overdue")},
    {"rejected", QT_TRANSLATE_NOOP("StoredValue", "rejected")},
    {"held", QT_TRANSLATE_NOOP("StoredValue", "held")},
    {"revoked", QT_TRANSLATE_NOOP("StoredValue", "revoked")},
    {"approved", QT_TRANSLATE_NOOP("StoredValue", "approved")},
    {"technician", QT_TRANSLATE_NOOP("StoredValue", "technician")},
    {"admin", QT_TRANSLATE_NOOP("StoredValue", "admin")},
    {"service", QT_TRANSLATE_NOOP("StoredValue", "service")},
    {"success", QT_TRANSLATE_NOOP("StoredValue", "success")},
    {"failure", QT_TRANSLATE_NOOP("StoredValue", "failure")},
    {"none", QT_TRANSLATE_NOOP("StoredValue", "none")},
    {"unknown", QT_TRANSLATE_NOOP("StoredValue", "unknown")},
    {"yes", QT_TRANSLATE_NOOP("StoredValue", "yes")},
    {"no", QT_TRANSLATE_NOOP("StoredValue", "no")},
    // Runbook categories.
    {"access", QT_TRANSLATE_NOOP("StoredValue", "access")},
    {"audit", QT_TRANSLATE_NOOP("StoredValue", "audit")},
    {"backup", QT_TRANSLATE_NOOP("StoredValue", "backup")},
    {"device", QT_TRANSLATE_NOOP("StoredValue", "device")},
    {"encryption", QT_TRANSLATE_NOOP("StoredValue", "encryption")},
    {"firewall", QT_TRANSLATE_NOOP("StoredValue", "firewall")},
    {"malware", QT_TRANSLATE_NOOP("StoredValue", "malware")},
    {"patching", QT_TRANSLATE_NOOP("StoredValue", "patching")},
    {"security", QT_TRANSLATE_NOOP("StoredValue", "security")},
};

} // namespace

QString storedValue(const QString &value)
{
    const QString key = value.trimmed().toLower();
    for (const auto &entry : kStoredValues) {
        if (key == QLatin1String(entry[0]))
            return QCoreApplication::translate("StoredValue", entry[1]);
    }
    return value;
}

QString jsonWords(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1Char('{')) || !trimmed.endsWith(QLatin1Char('}')))
        return text;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return text;
    const QJsonObject object = doc.object();
    if (object.isEmpty())
        return QString();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        QString shown;
        if (v.isString())
            shown = v.toString();
        else if (v.isBool())
            shown = storedValue(v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
        else if (v.isDouble())
            shown = QLocale().toString(v.toDouble(), 'g', 12);
        else if (v.isNull())
            shown = QStringLiteral("—");
        else {
            const QJsonDocument nested = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
            shown = QString::fromUtf8(nested.toJson(QJsonDocument::Compact));
        }
        parts << it.key().replace(QLatin1Char('_'), QLatin1Char(' ')) + QStringLiteral(": ") + shown;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace hd::format
