// libFuzzer target: RFC 8785 canonical JSON, what every signed order's
// parameters go through. Whatever parses is canonicalised to JSON that
// canonicalises to itself, with no white space outside strings and no raw
// control character anywhere.
#include "CanonicalJson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray canonical = hd::CanonicalJson::canonicalize(text);
    if (canonical.isNull())
        return 0;
    if (canonical.isEmpty() || hd::CanonicalJson::canonicalize(canonical) != canonical)
        std::abort();
    bool inString = false;
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(canonical.at(i));
        if (c < 0x20)
            std::abort();
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ' ') {
            std::abort();
        }
    }
    if (inString)
        std::abort();
    return 0;
}
