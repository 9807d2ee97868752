// libFuzzer target: the connection URI given with --db or saved in a profile.
#include "ConnectionConfig.h"
#include "Error.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString uri = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const hd::ConnectionConfig config = hd::ConnectionConfig::fromUri(uri);
        // What a parsed URI promises the rest of the program.
        if (!config.port.isEmpty()) {
            bool ok = false;
            const int port = config.port.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                std::abort();
        }
        for (auto it = config.options.cbegin(); it != config.options.cend(); ++it) {
            if (it.value().contains(QLatin1Char(';')) || it.key().isEmpty())
                std::abort();
        }
        // Messages never carry the password.
        hd::ConnectionConfig without = config;
        without.password.clear();
        if (config.describe() != without.describe())
            std::abort();
    } catch (const hd::Error &) {
        // A refusal with a reason is the expected answer to bad input.
    }
    return 0;
}
