// libFuzzer target: the parameters of a runbook order (dialog, CLI --params).
#include "Error.h"
#include "Orders.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const QString checked = hd::Orders::checkParameters(text);
        // Accepted parameters are a compact JSON object that checks the same again.
        if (!QJsonDocument::fromJson(checked.toUtf8()).isObject())
            std::abort();
        if (hd::Orders::checkParameters(checked) != checked)
            std::abort();
    } catch (const hd::Error &) {
    }
    return 0;
}
