#pragma once

#include <QList>
#include <QString>

namespace hd {

// What changed between two JSON documents (state_before → state_after),
// flattened to dotted paths, for a readable diff in the incident pane.
struct JsonChange
{
    enum class Kind { Added, Removed, Changed, Same };
    QString path;
    QString before; // compact JSON of the old value, empty when added
    QString after;  // compact JSON of the new value, empty when removed
    Kind kind = Kind::Same;
};

struct JsonDiffResult
{
    QList<JsonChange> changes;
    // A side that is not valid JSON is reported, not hidden: its text is kept here.
    QString beforeError;
    QString afterError;
};

JsonDiffResult jsonDiff(const QString &before, const QString &after);

} // namespace hd
