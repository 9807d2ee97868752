#include "JsonDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace hd {

namespace {

QString compact(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(value.toString());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void flatten(const QJsonValue &value, const QString &prefix, QMap<QString, QString> &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), out);
        return;
    }
    out.insert(prefix.isEmpty() ? QStringLiteral("(value)") : prefix, compact(value));
}

QMap<QString, QString> parse(const QString &text, QString &error)
{
    QMap<QString, QString> out;
    if (text.trimmed().isEmpty())
        return out;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = text;
        return out;
    }
    if (doc.isObject())
        flatten(doc.object(), {}, out);
    else if (doc.isArray())
        flatten(doc.array(), {}, out);
    return out;
}

} // namespace

JsonDiffResult jsonDiff(const QString &before, const QString &after)
{
    JsonDiffResult result;
    const auto a = parse(before, result.beforeError);
    const auto b = parse(after, result.afterError);
    QStringList paths = a.keys() + b.keys();
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    for (const QString &path : paths) {
        JsonChange c;
        c.path = path;
        c.before = a.value(path);
        c.after = b.value(path);
        if (!a.contains(path))
            c.kind = JsonChange::Kind::Added;
        else if (!b.contains(path))
            c.kind = JsonChange::Kind::Removed;
        else
            c.kind = c.before == c.after ? JsonChange::Kind::Same : JsonChange::Kind::Changed;
        result.changes << c;
    }
    return result;
}

} // namespace hd
