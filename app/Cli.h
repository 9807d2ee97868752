#pragma once

#include <QStringList>

namespace hd::cli {

// True when the arguments name a command-line subcommand (no window needed).
bool isSubcommand(const QStringList &args);
// Runs a subcommand; returns the process exit code. Needs a QCoreApplication.
int run(const QStringList &args);

} // namespace hd::cli
