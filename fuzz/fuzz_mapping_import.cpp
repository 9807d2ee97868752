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
    QList<hd::Mappings::ImportPair> pairs;
    try {
        pairs = hd::Mappings::parseImportFile(bytes);
    } catch (const hd::Error &) {
        return 0; // a refused file is a clear error, as it should be
    }
    // Accepted pairs: valid IDs, lines in order, no source sent two ways. A
    // pair the parser accepted but the ID check refuses is a bug: outside the
    // try above, so the throw ends the run as a crash.
    QHash<QString, QString> seen;
    int lastLine = 0;
    for (const auto &pair : pairs) {
        try {
            hd::Mappings::checkId(pair.source, "telemetry");
            hd::Mappings::checkId(pair.runbookId, "runbook");
        } catch (const hd::Error &) {
            std::abort();
        }
        if (pair.line <= lastLine)
            std::abort();
        lastLine = pair.line;
        if (seen.contains(pair.source) && seen.value(pair.source) != pair.runbookId)
            std::abort();
        seen.insert(pair.source, pair.runbookId);
    }
    return 0;
}
