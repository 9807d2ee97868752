#pragma once

// What the command line's units share: the output streams, option parsing,
// the connection options, command groups and the signing key a write is
// signed with. Internal to app/cli.

#include "ConnectionConfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <initializer_list>
#include <optional>
#include <utility>

namespace hd {
class Database;
struct IssuedOrder;
}

namespace hd::cli::detail {

// Messages and help of the command line, translated like the console (context "Cli").
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out();
QTextStream &err();

QCommandLineOption dbOption();
QList<QCommandLineOption> connectionOptions();
ConnectionConfig connectionFrom(const QCommandLineParser &parser);

// Parses the subcommand's own options; on --help or a bad option prints and returns an exit code.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
                         int positionalArguments = 0, int maxPositional = -1);

// A command group (order, export, partner, key, audit): runs the action
// args[1] names with the group's arguments minus that word ("healdesk order"
// + "issue" as the program name). Without one of its actions: --help prints
// the usage and succeeds, anything else is a usage error.
using Action = int (*)(const QStringList &);
int dispatchGroup(const QStringList &args, std::initializer_list<std::pair<const char *, Action>> actions,
                  const QString &usage);

// What --partner, --site and --appliance values name (Names: an ID, or a name; ambiguous or unknown ones are
// refused listing what they could mean), resolved on db. Empty stays empty.
QString partnerArg(Database &db, const QString &given);
QString siteArg(Database &db, const QString &given);
QStringList siteArgs(Database &db, const QStringList &given);
QStringList applianceArgs(Database &db, const QStringList &given);

// Prints rows as columns padded to their widest cell, the header first.
void printColumns(const QStringList &header, const QList<QStringList> &rows);

// Refuses a destination that cannot be written before any query runs.
void checkWritable(const QString &path);

// The first positional argument as a numeric ID (a window's, a route's, a schedule's...); anything else is
// refused with `refusal` ("a route ID is a number").
qint64 numericId(const QCommandLineParser &parser, const QString &refusal);

// Signs this connection's writes (orders, audit rows, approvals, reports)
// with the login's key from the system keychain, when it holds one. Returns
// why there is none (no key, or the keychain could not be reached), empty
// when a key is attached. Never fails: a command that needs a key refuses
// with that reason.
QString attachSigner(Database &db);

// The proof commands (ProofCli.cpp): healdesk key ..., order verify,
// export verify and audit verify.
int keyCommand(const QStringList &args);
int orderVerify(const QStringList &args);
int exportVerify(const QStringList &args);
int auditVerify(const QStringList &args);

// WorkerCli.cpp: healdesk worker, healdesk window.
int workerCommand(const QStringList &args);
int windowCommand(const QStringList &args);
// healdesk export schedule ..., healdesk export archive ...
int exportSchedule(const QStringList &args);
int exportArchive(const QStringList &args);

// ScheduleCli.cpp: healdesk order schedule ...
int orderSchedule(const QStringList &args);

// AlertCli.cpp: healdesk alert route ..., healdesk alert test.
int alertCommand(const QStringList &args);

// IncidentCli.cpp: healdesk incident list|show|ack|assign|note|resolve|reopen.
int incidentCommand(const QStringList &args);
int slaCommand(const QStringList &args);
int orderShow(const QStringList &args);
int orderRetry(const QStringList &args);
// Waits up to waitSeconds for the issued orders (their IDs start with prefix) to finish; prints those that did not
// complete. Returns 0 when all completed, else 9.
int waitForOrders(Database &db, const QList<IssuedOrder> &issued, const QString &prefix, int waitSeconds);

// Exit code of a file or order that nothing proves: unsigned, or its signer
// not checked against a trust file.
constexpr int kExitUnproven = 10;

} // namespace hd::cli::detail
