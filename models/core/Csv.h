#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace hd::Csv {

// One RFC 4180 record: every field quoted when it holds a comma, quote, CR or
// LF; quotes doubled; CRLF line end; UTF-8.
QByteArray line(const QStringList &fields);

// RFC 4180 records from bytes (CRLF or LF line ends, quoted fields may hold
// commas, quotes and line breaks). Throws Error(InvalidInput) on a stray quote
// or an unterminated quoted field, naming the line.
QList<QStringList> parse(const QByteArray &bytes);

} // namespace hd::Csv
