#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace hd {

// JSON in the canonical form of RFC 8785 (the JSON Canonicalization Scheme):
// no white space, object members sorted by their names' UTF-16 code units,
// strings with only the escapes JSON requires (\" \\ \b \f \n \r \t, other
// control characters as \u00xx), numbers as ECMAScript prints them (the
// shortest digits that read back the same double; 1e21 and 1e-7 in exponent
// form, -0 as 0). Two parties that agree on the value agree on the bytes, so
// an appliance can verify signed parameters with any JCS library.
namespace CanonicalJson {

QByteArray serialize(const QJsonValue &value);
// One number, as ECMAScript's Number.prototype.toString writes it.
QByteArray number(double value);
// Parses text as JSON and serialises it canonically. Empty (null
// QByteArray) when text is not JSON, or names a member of one object twice
// (Qt's parser keeps the last; another verifier might read the first).
QByteArray canonicalize(const QByteArray &text);
// True when some object of text (valid JSON) names a member twice, spelled
// alike or not ("a" and "\u0061").
bool hasDuplicateNames(const QByteArray &text);

} // namespace CanonicalJson

} // namespace hd
