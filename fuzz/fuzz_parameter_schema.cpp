// libFuzzer target: a runbook's parameter schema (healdesk runbook set-params)
// and the parameters checked against it (order issue, the dialog's form). The
// input is the schema, a NUL byte, then the parameters.
#include "Error.h"
#include "ParameterSchema.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = input.indexOf('\0');
    const QByteArray schemaText = cut < 0 ? input : input.left(cut);
    const QByteArray parametersText = cut < 0 ? QByteArrayLiteral("{}") : input.mid(cut + 1);
    hd::ParameterSchema::Schema schema;
    try {
        schema = hd::ParameterSchema::parse(schemaText);
    } catch (const hd::Error &) {
        return 0;
    }
    // Every default of an accepted schema fits its own field.
    for (const auto &f : schema.fields) {
        if (!f.defaultValue.isUndefined() && !hd::ParameterSchema::check(f, f.defaultValue).isEmpty())
            std::abort();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(parametersText);
    if (!doc.isObject())
        return 0;
    try {
        const QJsonObject filled = hd::ParameterSchema::apply(schema, doc.object());
        // Accepted parameters are accepted again unchanged, and keep every value that was given.
        if (hd::ParameterSchema::apply(schema, filled) != filled)
            std::abort();
        const QJsonObject given = doc.object();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            if (filled.value(it.key()) != it.value())
                std::abort();
        }
    } catch (const hd::Error &) {
    }
    return 0;
}
