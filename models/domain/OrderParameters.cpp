// Order parameters as typed by a technician: checked without the database,
// so the fuzz target (fuzz/fuzz_order_parameters) builds this file alone.
#include "CanonicalJson.h"
#include "Error.h"
#include "Orders.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace hd {

namespace {
struct InputParsersMsg
{
    Q_DECLARE_TR_FUNCTIONS(InputParsers)
};
} // namespace

namespace Orders {

QString checkParameters(const QString &json)
{
    const QByteArray bytes = json.trimmed().isEmpty() ? QByteArrayLiteral("{}") : json.toUtf8();
    if (bytes.size() > kMaxParameterBytes) {
        throw Error(Error::Code::Refused, InputParsersMsg::tr("parameters are %1 bytes; at most %2 are allowed")
                                              .arg(bytes.size())
                                              .arg(kMaxParameterBytes));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        throw Error(Error::Code::Refused, InputParsersMsg::tr("parameters are not valid JSON: %1 at offset %2")
                                              .arg(error.errorString())
                                              .arg(error.offset));
    }
    if (!doc.isObject())
        throw Error(Error::Code::Refused,
                    InputParsersMsg::tr("parameters must be a JSON object, like {\"force\": true}"));
    // Qt keeps the last of two same-named members; the technician may have meant the first.
    if (CanonicalJson::hasDuplicateNames(bytes))
        throw Error(Error::Code::Refused, InputParsersMsg::tr("parameters name a field twice; give each field once"));
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace Orders

} // namespace hd
