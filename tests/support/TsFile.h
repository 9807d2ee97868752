#pragma once

// Reads a Qt Linguist .ts file the way the tests need it: every message with its context, source
// text and translation forms (one, or one per plural form).
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace hd::test {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // the plural forms of a numerus message, else one text
    bool numerus = false;
    bool unfinished = false;
};

inline QList<TsMessage> readTsFile(const QString &path, QString *error = nullptr)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current =
                TsMessage{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!current.numerus) {
                current.translations << xml.readElementText();
                messages << current;
            } else {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
                messages << current;
            }
        }
    }
    if (xml.hasError() && error)
        *error = xml.errorString();
    return messages;
}

inline QString tsPath(const char *code)
{
    return QStringLiteral(HEALDESK_SOURCE_DIR "/translations/healdesk_%1.ts").arg(QLatin1String(code));
}

} // namespace hd::test
