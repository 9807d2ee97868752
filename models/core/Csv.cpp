#include "Csv.h"

#include "Error.h"

#include <QCoreApplication>

namespace hd::Csv {

QByteArray line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields) {
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n')) ||
            field.contains(QLatin1Char('\r'))) {
            QString quoted = field;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out << QLatin1Char('"') + quoted + QLatin1Char('"');
        } else {
            out << field;
        }
    }
    return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QList<QStringList> parse(const QByteArray &bytes)
{
    const QString s = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and has closed
    bool fieldStarted = false;
    int line = 1;
    auto endField = [&] {
        record << field;
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        records << record;
        record.clear();
    };
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && s.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && s.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted || wasQuoted)
                throw Error(
                    Error::Code::InvalidInput,
                    QCoreApplication::translate("Reports", "CSV line %1: a quote inside an unquoted field").arg(line));
            quoted = true;
            fieldStarted = true;
        } else {
            if (wasQuoted)
                throw Error(
                    Error::Code::InvalidInput,
                    QCoreApplication::translate("Reports", "CSV line %1: text after a closing quote").arg(line));
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        throw Error(Error::Code::InvalidInput,
                    QCoreApplication::translate("Reports", "CSV line %1: a quoted field never ends").arg(line));
    if (fieldStarted || wasQuoted || !record.isEmpty())
        endRecord();
    return records;
}

} // namespace hd::Csv
