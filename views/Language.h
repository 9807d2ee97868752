#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace hd::Language {

// The interface languages shipped in the binary, English (the source language) first.
QStringList available();
// A language's own name ("Español"), for the language menu.
QString nativeName(const QString &code);

// Which language to use: the command line's choice, else the saved setting, else the first of the
// system's UI languages that Healdesk ships, else English. Unknown codes are refused with a message.
struct Choice
{
    QString code;   // "en", "es" or "de"
    QString reason; // "command line", "setting" or "system locale"
};
Choice choose(const QString &commandLine);

// Installs Healdesk's and Qt's own translations for `code` (both owned by the application), in place
// of those an earlier call installed, and makes the matching locale the default, so numbers, dates
// and durations follow it. Returns the warnings (a missing Qt translation file), empty when
// everything loaded.
QStringList install(QCoreApplication &app, const QString &code);

} // namespace hd::Language
