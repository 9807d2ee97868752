#include "CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace hd::CanonicalJson {

namespace {

void string(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void value(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out += "null"; break;
    case QJsonValue::Bool: out += v.toBool() ? "true" : "false"; break;
    case QJsonValue::Double: out += number(v.toDouble()); break;
    case QJsonValue::String: string(out, v.toString()); break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ',';
            value(out, array.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = v.toObject();
        // Members read by iterating, never looked up by key: Qt 6.4 keeps a
        // parsed object's keys in an order its own lookup disagrees with when
        // a key outside the BMP meets one above the surrogates (U+FB33 and
        // U+1F600, say), and value() then answers undefined (found by
        // fuzz_canonical_json).
        QList<std::pair<QString, QJsonValue>> members;
        members.reserve(object.size());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            members.append({it.key(), it.value()});
        // QString's operator< compares UTF-16 code units, as RFC 8785 sorts.
        std::sort(members.begin(), members.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        out += '{';
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i)
                out += ',';
            string(out, members.at(i).first);
            out += ':';
            value(out, members.at(i).second);
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray number(double d)
{
    if (!std::isfinite(d))
        return "null"; // JSON has no spelling for these; QJsonDocument never yields them
    if (d == 0)
        return "0";
    // Shortest round-trip digits and the decimal exponent, e.g. "1.2345e+02".
    const QByteArray e = QByteArray::number(std::fabs(d), 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = e.indexOf('e');
    QByteArray digits = e.first(ePos);
    digits.replace(".", "");
    const int exponent = e.sliced(ePos + 1).toInt();
    const int k = int(digits.size());
    const int n = exponent + 1; // the decimal point sits after n digits
    QByteArray out = d < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + QByteArray(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.first(n) + '.' + digits.sliced(n);
    } else if (-6 < n && n <= 0) {
        out += "0." + QByteArray(-n, '0') + digits;
    } else {
        out += digits.first(1);
        if (k > 1)
            out += '.' + digits.sliced(1);
        out += 'e';
        out += n - 1 >= 0 ? '+' : '-';
        out += QByteArray::number(std::abs(n - 1));
    }
    return out;
}

QByteArray serialize(const QJsonValue &v)
{
    QByteArray out;
    value(out, v);
    return out;
}

namespace {

// RFC 8785 has no spelling for a lone surrogate (Qt's parser lets "\ud83d"
// through, and it would come out as "?"): such text is refused, not guessed at.
bool wellFormed(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString().isValidUtf16();
    case QJsonValue::Array: {
        const QJsonArray array = v.toArray();
        return std::all_of(array.begin(), array.end(), [](const QJsonValue &x) { return wellFormed(x); });
    }
    case QJsonValue::Object: {
        // A name twice in one object is refused too: Qt 6.4's parser keeps both copies of a duplicate when its
        // key order is confused (a key outside the BMP beside one above the surrogates, found by
        // fuzz_canonical_json), and which of two values a verifier reads would then depend on its parser.
        const QJsonObject object = v.toObject();
        QSet<QString> keys;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.key().isValidUtf16() || !wellFormed(it.value()))
                return false;
            keys.insert(it.key());
        }
        return keys.size() == object.size();
    }
    default:
        return true;
    }
}

} // namespace

bool hasDuplicateNames(const QByteArray &text)
{
    // A scan of the raw text, since the parsed object has already merged them.
    struct Level
    {
        bool object = false;
        bool expectName = false;
        QSet<QString> names;
    };
    QList<Level> stack;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"') {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != '"')
                end += text.at(end) == '\\' ? 2 : 1;
            if (!stack.isEmpty() && stack.last().object && stack.last().expectName) {
                // The name as JSON reads it, escapes and all.
                const QJsonDocument name = QJsonDocument::fromJson("[" + text.mid(i, end - i + 1) + "]");
                const QString key = name.array().at(0).toString();
                if (stack.last().names.contains(key))
                    return true;
                stack.last().names.insert(key);
                stack.last().expectName = false;
            }
            i = end;
        } else if (c == '{') {
            stack.append({true, true, {}});
        } else if (c == '[') {
            stack.append({false, false, {}});
        } else if ((c == '}' || c == ']') && !stack.isEmpty()) {
            stack.removeLast();
        } else if (c == ',' && !stack.isEmpty() && stack.last().object) {
            stack.last().expectName = true;
        }
    }
    return false;
}

QByteArray canonicalize(const QByteArray &text)
{
    // Wrapped, so a bare scalar parses too.
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1 ||
        !wellFormed(doc.array().at(0)) || hasDuplicateNames(text))
        return {};
    return serialize(doc.array().at(0));
}

} // namespace hd::CanonicalJson
