#pragma once

#include <QList>

#include <functional>
#include <QString>
#include <QStringList>

namespace hd::cli {

// One subcommand of the command line. The registry below is the only list of
// them: dispatch, --help and the tests all read it.
struct Subcommand
{
    QString name;
    int (*run)(const QStringList &args); // args[0] is "healdesk NAME"
    bool needsFonts = false;             // prints PDFs: run under a (display-less) Gui application
};

// Every subcommand, in the order --help lists them.
const QList<Subcommand> &subcommands();
// The subcommand the arguments name (args[1]), or nullptr.
const Subcommand *find(const QStringList &args);
// True when the arguments name a command-line subcommand (no window needed).
bool isSubcommand(const QStringList &args);
// The names, for --help: "migrate, generate, ...".
QString names();
// Runs a subcommand; returns the process exit code. Needs a QCoreApplication.
int run(const QStringList &args);

// How a command switches the language of what it writes (the worker's
// archived reports, each in its schedule's language): set by the program,
// which has the translations; without it, reports stay in the current one.
void setLanguageHook(std::function<void(const QString &code)> hook);
const std::function<void(const QString &code)> &languageHook();

} // namespace hd::cli
