// Runbook parameter schemas, checked without the database (the order dialog
// checks its form with them, and the fuzz target builds this file alone).
#include "ParameterSchema.h"

#include "CanonicalJson.h"
#include "Error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace hd::ParameterSchema {

namespace {

struct SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(ParameterSchema)
};

constexpr int kMaxSchemaBytes = 64 * 1024;
// Integers beyond 2^53 lose their last digits in a double.
constexpr double kMaxExactInteger = 9007199254740992.0;

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidInput, SchemaText::tr("the parameter schema is not valid: %1").arg(message));
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    if (value.isArray() || value.isObject()) {
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

QString check(const Field &field, const QJsonValue &value)
{
    if (field.type == QLatin1String("boolean")) {
        if (!value.isBool())
            return SchemaText::tr("must be true or false, not %1").arg(shown(value));
    } else if (field.type == QLatin1String("string")) {
        if (!value.isString())
            return SchemaText::tr("must be text, not %1").arg(shown(value));
    } else {
        if (!value.isDouble())
            return SchemaText::tr("must be a number, not %1").arg(shown(value));
        const double v = value.toDouble();
        if (field.type == QLatin1String("integer") && (std::floor(v) != v || std::fabs(v) > kMaxExactInteger))
            return SchemaText::tr("must be a whole number, not %1").arg(shown(value));
        if (field.minimum && v < *field.minimum)
            return SchemaText::tr("must be at least %1, not %2").arg(number(*field.minimum), shown(value));
        if (field.maximum && v > *field.maximum)
            return SchemaText::tr("must be at most %1, not %2").arg(number(*field.maximum), shown(value));
    }
    if (!field.enumValues.isEmpty() && !field.enumValues.contains(value)) {
        QStringList allowed;
        for (const QJsonValue &e : field.enumValues)
            allowed << shown(e);
        return SchemaText::tr("must be one of %1, not %2").arg(allowed.join(QStringLiteral(", ")), shown(value));
    }
    if (!field.pattern.isEmpty()) {
        const QRegularExpression re(field.pattern);
        if (!re.match(value.toString()).hasMatch())
            return SchemaText::tr("must match %1, not %2").arg(field.pattern, shown(value));
    }
    return {};
}

Schema parse(const QByteArray &json)
{
    if (json.size() > kMaxSchemaBytes)
        throw invalid(SchemaText::tr("it is %1 bytes; at most %2 are allowed").arg(json.size()).arg(kMaxSchemaBytes));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw invalid(SchemaText::tr("%1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        throw invalid(SchemaText::tr("it must be a JSON object"));
    // Qt keeps one of two same-named members; the schema is kept as written, so it must say each once.
    if (CanonicalJson::hasDuplicateNames(json))
        throw invalid(SchemaText::tr("it names a key twice; give each once"));
    const QJsonObject top = doc.object();
    static const QSet<QString> topKeys{QStringLiteral("type"),        QStringLiteral("properties"),
                                       QStringLiteral("required"),    QStringLiteral("additionalProperties"),
                                       QStringLiteral("description"), QStringLiteral("title"),
                                       QStringLiteral("$schema")};
    for (auto it = top.constBegin(); it != top.constEnd(); ++it) {
        if (!topKeys.contains(it.key()))
            throw invalid(SchemaText::tr("\"%1\" is not a keyword Healdesk checks").arg(it.key()));
    }
    if (top.contains(QStringLiteral("type")) &&
        top.value(QStringLiteral("type")) != QJsonValue(QStringLiteral("object")))
        throw invalid(SchemaText::tr("the parameters' type must be \"object\""));
    const QJsonValue properties = top.value(QStringLiteral("properties"));
    if (!properties.isObject())
        throw invalid(SchemaText::tr("\"properties\" must be an object naming each parameter"));
    Schema schema;
    const QJsonValue additional = top.value(QStringLiteral("additionalProperties"));
    if (!additional.isUndefined() && !additional.isBool())
        throw invalid(SchemaText::tr("\"additionalProperties\" must be true or false"));
    schema.additionalProperties = additional.toBool(false);
    schema.description = top.value(QStringLiteral("description")).toString();

    static const QSet<QString> fieldKeys{
        QStringLiteral("type"),    QStringLiteral("enum"),    QStringLiteral("minimum"), QStringLiteral("maximum"),
        QStringLiteral("pattern"), QStringLiteral("default"), QStringLiteral("title"),   QStringLiteral("description")};
    static const QSet<QString> types{QStringLiteral("string"), QStringLiteral("integer"), QStringLiteral("number"),
                                     QStringLiteral("boolean")};
    // QJsonObject sorts its keys; the form shows fields in the document's order.
    QStringList order;
    {
        static const QRegularExpression key(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:"));
        const QString text = QString::fromUtf8(json);
        const qsizetype at = text.indexOf(QStringLiteral("\"properties\""));
        auto it = key.globalMatch(text, at < 0 ? 0 : at);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (properties.toObject().contains(name) && !order.contains(name))
                order << name;
        }
        for (const QString &name : properties.toObject().keys())
            if (!order.contains(name))
                order << name;
    }
    for (const QString &name : order) {
        const QJsonValue spec = properties.toObject().value(name);
        if (!spec.isObject())
            throw invalid(SchemaText::tr("parameter %1 must be described by an object").arg(name));
        const QJsonObject o = spec.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!fieldKeys.contains(it.key()))
                throw invalid(
                    SchemaText::tr("parameter %1: \"%2\" is not a keyword Healdesk checks").arg(name, it.key()));
        }
        Field f;
        f.name = name;
        f.type = o.value(QStringLiteral("type")).toString();
        if (!types.contains(f.type))
            throw invalid(
                SchemaText::tr("parameter %1: the type must be string, integer, number or boolean").arg(name));
        const bool numeric = f.type == QLatin1String("integer") || f.type == QLatin1String("number");
        for (const char *bound : {"minimum", "maximum"}) {
            const QJsonValue v = o.value(QLatin1String(bound));
            if (v.isUndefined())
                continue;
            if (!numeric || !v.isDouble())
                throw invalid(SchemaText::tr("parameter %1: %2 needs a numeric type and a number")
                                  .arg(name, QLatin1String(bound)));
            (qstrcmp(bound, "minimum") == 0 ? f.minimum : f.maximum) = v.toDouble();
        }
        if (f.minimum && f.maximum && *f.minimum > *f.maximum)
            throw invalid(SchemaText::tr("parameter %1: the minimum is above the maximum").arg(name));
        if (o.contains(QStringLiteral("pattern"))) {
            f.pattern = o.value(QStringLiteral("pattern")).toString();
            const QRegularExpression re(f.pattern);
            if (f.type != QLatin1String("string") || f.pattern.isEmpty() || !re.isValid())
                throw invalid(
                    SchemaText::tr("parameter %1: the pattern must be a valid regular expression on text").arg(name));
        }
        if (o.contains(QStringLiteral("enum"))) {
            const QJsonValue e = o.value(QStringLiteral("enum"));
            if (!e.isArray() || e.toArray().isEmpty())
                throw invalid(SchemaText::tr("parameter %1: enum must list at least one value").arg(name));
            f.enumValues = e.toArray();
        }
        f.title = o.value(QStringLiteral("title")).toString();
        f.description = o.value(QStringLiteral("description")).toString();
        // Each allowed value must fit the field's other rules, and so must the default.
        Field bare = f;
        bare.enumValues = {};
        for (const QJsonValue &e : std::as_const(f.enumValues)) {
            const QString why = check(bare, e);
            if (!why.isEmpty())
                throw invalid(SchemaText::tr("parameter %1: the allowed value %2 %3").arg(name, shown(e), why));
        }
        if (o.contains(QStringLiteral("default"))) {
            f.defaultValue = o.value(QStringLiteral("default"));
            const QString why = check(f, f.defaultValue);
            if (!why.isEmpty())
                throw invalid(SchemaText::tr("parameter %1: the default %2").arg(name, why));
        }
        schema.fields << f;
    }
    const QJsonValue required = top.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isArray())
        throw invalid(SchemaText::tr("\"required\" must list parameter names"));
    for (const QJsonValue &r : required.toArray()) {
        const QString name = r.toString();
        auto f =
            std::find_if(schema.fields.begin(), schema.fields.end(), [&](const Field &x) { return x.name == name; });
        if (!r.isString() || f == schema.fields.end())
            throw invalid(SchemaText::tr("\"required\" names %1, which is not among the properties").arg(shown(r)));
        f->required = true;
    }
    return schema;
}

QJsonObject apply(const Schema &schema, const QJsonObject &parameters)
{
    QJsonObject result = parameters;
    QStringList problems;
    QStringList names;
    for (const Field &f : schema.fields) {
        names << f.name;
        const QJsonValue value = parameters.value(f.name);
        if (value.isUndefined()) {
            if (!f.defaultValue.isUndefined())
                result.insert(f.name, f.defaultValue);
            else if (f.required)
                problems << SchemaText::tr("%1 is required").arg(f.name);
            continue;
        }
        const QString why = check(f, value);
        if (!why.isEmpty())
            problems << QStringLiteral("%1 %2").arg(f.name, why);
    }
    if (!schema.additionalProperties) {
        for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
            if (!names.contains(it.key())) {
                problems << SchemaText::tr("%1 is not a parameter of this runbook (it takes %2)")
                                .arg(it.key(),
                                     names.isEmpty() ? SchemaText::tr("none") : names.join(QStringLiteral(", ")));
            }
        }
    }
    if (!problems.isEmpty())
        throw Error(
            Error::Code::Refused,
            SchemaText::tr("parameters refused, nothing was ordered: %1").arg(problems.join(QStringLiteral("; "))));
    return result;
}

} // namespace hd::ParameterSchema
