#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace hd {

// A runbook's parameters, described by a small subset of JSON Schema (kept
// per runbook by admins, docs in README "Runbook parameters"):
//
//   {"type": "object",
//    "properties": {
//      "timeout_s": {"type": "integer", "minimum": 1, "maximum": 3600, "default": 300,
//                    "description": "Seconds before the runbook gives up"},
//      "mode": {"type": "string", "enum": ["quick", "full"], "default": "quick"}},
//    "required": ["timeout_s"]}
//
// Per field: type (string, integer, number or boolean), enum, minimum,
// maximum, pattern (a regular expression the text must contain a match of,
// as in JSON Schema), default, description, title. At the top: type
// ("object"), properties, required, additionalProperties, description,
// title. Unlike JSON Schema, a field the schema does not name is refused
// unless "additionalProperties": true. Any other keyword is refused, so a
// schema never says more than Healdesk checks.
namespace ParameterSchema {

struct Field
{
    QString name;
    QString type; // string, integer, number, boolean
    QJsonArray enumValues;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QString pattern;
    QJsonValue defaultValue{QJsonValue::Undefined}; // Undefined: none
    QString title;
    QString description;
    bool required = false;
};

struct Schema
{
    QList<Field> fields; // in the order the document lists them
    bool additionalProperties = false;
    QString description;
};

// Parses and checks a schema document (at most 64 KiB); throws
// Error(InvalidInput) saying what is wrong, naming the field.
Schema parse(const QByteArray &json);

// The parameters with every missing default filled in; throws
// Error(Refused) naming each field that breaks the schema and how.
QJsonObject apply(const Schema &schema, const QJsonObject &parameters);

// Why one value does not fit its field, or empty when it does (the form
// checks each field as it is typed).
QString check(const Field &field, const QJsonValue &value);

} // namespace ParameterSchema

} // namespace hd
