// libFuzzer target: a mapping import file (healdesk mapping import, the
// mapping editor's Import button).
#include "Error.h"
#include "Mappings.h"

#include <QHash>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const QList<hd::Mappings::ImportPair> pairs = hd::Mappings::parseImportFile(bytes);
        // Accepted pairs: valid IDs, lines in order, no source sent two ways.
        QHash<QString, QString> seen;
        int lastLine = 0;
        for (const auto &pair : pairs) {
            hd::Mappings::checkId(pair.source, "telemetry"); // throws: a bug, caught below as a crash
            hd::Mappings::checkId(pair.runbookId, "runbook");
            if (pair.line <= lastLine)
                std::abort();
            lastLine = pair.line;
            if (seen.contains(pair.source) && seen.value(pair.source) != pair.runbookId)
                std::abort();
            seen.insert(pair.source, pair.runbookId);
        }
    } catch (const hd::Error &) {
        return 0;
    }
    return 0;
}
