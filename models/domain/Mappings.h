#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace hd {

class Session;

struct MappingRow
{
    QString source; // the telemetry ID (L1-*)
    QString runbookId;
    QDateTime createdAt;
    qint64 executions = 0; // telemetry rows the pair resolves
};

// The runbook ID mapping editor (admin). Every change is checked, written with
// its audit row in one transaction, and says how many executions move.
namespace Mappings {

QList<MappingRow> list(Session &session);

struct SetResult
{
    bool changed = false; // false: the pair already existed
    qint64 executions = 0;
};
// Maps source to runbookId. Refused (Error::Refused) when the target is no
// runbook, the source is itself a runbook ID or the target a mapped ID (a
// cycle), or the source is already mapped elsewhere (a duplicate; remove first).
SetResult set(Session &session, const QString &source, const QString &runbookId);
// Removes a pair; returns the executions that become unmapped. Refused for an unknown source.
qint64 remove(Session &session, const QString &source);
// Several sources to one runbook, or several removals, all or nothing;
// return the executions that move.
qint64 setAll(Session &session, const QStringList &sources, const QString &runbookId);
qint64 removeAll(Session &session, const QStringList &sources);
// setAll inside a transaction the caller holds (a pattern's promotion).
qint64 setAllIn(Session &session, const QStringList &sources, const QString &runbookId);

struct ImportResult
{
    int added = 0;
    int unchanged = 0;
};
// A file of known pairs: CSV "telemetry ID,runbook ID" per line, an optional
// header, blank lines ignored. All or nothing: one bad line refuses the whole
// file, naming the line.
ImportResult import(Session &session, const QByteArray &csv);

// The file side of import(), no database: CSV records "telemetry ID, runbook
// ID", an optional l1_rule_id header, blank lines skipped. Checks the shape,
// each ID (checkId) and pairs that contradict each other; throws
// Error(Refused) or Error(InvalidInput) naming the line.
struct ImportPair
{
    int line = 0;
    QString source;
    QString runbookId;
};
QList<ImportPair> parseImportFile(const QByteArray &csv);
// The runbook an unmapped telemetry ID plainly means, when one does: a runbook whose ID it is but for case,
// spacing or underscores ("rb-win-sec-001"), else the runbook of a mapped ID it equals that way ("l1_usb_001"
// when L1-USB-001 is mapped). No database: the editor has the lists already.
struct Suggestion
{
    QString runbookId;  // empty: nothing plain to suggest
    QString mappedFrom; // the mapped ID it follows, or empty when it names the runbook itself
    // Set only by suggestFromType: the incident type the suggestion rests on, whether the ID is that type's L1
    // rule, and the evidence: another L1 rule of the type that resolves to the runbook (sibling), else how many
    // executions of the type ran the runbook under its own ID.
    QString incidentType;
    bool isRule = false;
    QString sibling;
    qint64 executions = 0;
};
Suggestion suggest(const QString &source, const QList<MappingRow> &mappings, const QStringList &runbookIds);
// When no variant names a runbook: the runbook the ID's incident type points to (see mapping_suggest_type.sql).
// Reads the database; runbookId is empty when the type points nowhere, incidentType when the ID has none.
Suggestion suggestFromType(Session &session, const QString &source);

// An ID is not empty, has no surrounding spaces, no NUL, at most 100 characters.
// `what` names the ID in the message: a QT_TRANSLATE_NOOP("Mappings", ...) word.
void checkId(const QString &id, const char *what);

} // namespace Mappings

} // namespace hd
