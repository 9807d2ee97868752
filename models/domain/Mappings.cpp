#include "Mappings.h"

#include "Audit.h"

#include "Csv.h"
#include "Error.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace hd::Mappings {

namespace {

struct MappingsText
{
    Q_DECLARE_TR_FUNCTIONS(Mappings)
};

Error refused(const QString &message)
{
    return Error(Error::Code::Refused, message);
}

void audit(Session &session, const char *action, const QString &source, const QJsonObject &details)
{
    Audit::record(session, QString::fromLatin1(action), source, details);
}

// Checks and writes one pair inside the caller's transaction.
SetResult setIn(Session &session, const QString &source, const QString &runbookId, const QString &origin)
{
    checkId(source, QT_TRANSLATE_NOOP("Mappings", "telemetry"));
    checkId(runbookId, QT_TRANSLATE_NOOP("Mappings", "runbook"));
    auto q = session.query(QStringLiteral("mapping_check"), {{"source", source}, {"target", runbookId}});
    q.next();
    if (q.int64("target_exists") == 0)
        throw refused(MappingsText::tr("there is no runbook \"%1\"").arg(runbookId));
    if (q.int64("source_is_runbook") > 0)
        throw refused(
            MappingsText::tr(
                "\"%1\" is itself a runbook ID; mapping it to \"%2\" would give one runbook two names (a cycle)")
                .arg(source, runbookId));
    if (q.int64("target_is_source") > 0)
        throw refused(MappingsText::tr("\"%1\" is a mapped telemetry ID, not a runbook (a cycle)").arg(runbookId));
    const QString existing = q.text("existing_target");
    const qint64 executions = q.int64("executions");
    if (!q.isNull("existing_target")) {
        if (existing == runbookId)
            return {false, executions};
        throw refused(MappingsText::tr("\"%1\" is already mapped to \"%2\" (a duplicate); remove that mapping first")
                          .arg(source, existing));
    }
    session.query(QStringLiteral("mapping_insert"), {{"source", source}, {"runbook", runbookId}});
    audit(session, "mapping.set", source,
          {{QStringLiteral("runbook_id"), runbookId},
           {QStringLiteral("executions"), executions},
           {QStringLiteral("origin"), origin}});
    return {true, executions};
}

} // namespace

Suggestion suggest(const QString &source, const QList<MappingRow> &mappings, const QStringList &runbookIds)
{
    static const QRegularExpression gaps(QStringLiteral("[\\s_]+"));
    const auto normal = [](const QString &id) { return id.trimmed().toUpper().replace(gaps, QStringLiteral("-")); };
    const QString wanted = normal(source);
    for (const QString &id : runbookIds) {
        if (normal(id) == wanted)
            return {id, {}};
    }
    for (const MappingRow &m : mappings) {
        if (m.source != source && normal(m.source) == wanted)
            return {m.runbookId, m.source};
    }
    return {};
}

Suggestion suggestFromType(Session &session, const QString &source)
{
    Suggestion s;
    auto q = session.query(QStringLiteral("mapping_suggest_type"), {{"source", source}});
    if (!q.next())
        return s;
    s.incidentType = q.text("incident_type");
    s.isRule = q.flag("is_rule");
    if (!q.isNull("sibling_runbook")) {
        s.runbookId = q.text("sibling_runbook");
        s.sibling = q.text("sibling");
    } else if (!q.isNull("direct_runbook")) {
        s.runbookId = q.text("direct_runbook");
        s.executions = q.int64("direct_executions");
    }
    return s;
}

QList<MappingRow> list(Session &session)
{
    QList<MappingRow> rows;
    auto q = session.query(QStringLiteral("mapping_list"));
    while (q.next())
        rows << MappingRow{q.text("l1_rule_id"), q.text("runbook_id"), q.time("created_at"), q.int64("executions")};
    return rows;
}

SetResult set(Session &session, const QString &source, const QString &runbookId)
{
    return session.transaction([&] { return setIn(session, source, runbookId, QStringLiteral("editor")); });
}

qint64 remove(Session &session, const QString &source)
{
    return removeAll(session, {source});
}

qint64 setAll(Session &session, const QStringList &sources, const QString &runbookId)
{
    return session.transaction([&] { return setAllIn(session, sources, runbookId); });
}

qint64 setAllIn(Session &session, const QStringList &sources, const QString &runbookId)
{
    qint64 moved = 0;
    for (const QString &source : sources)
        moved += setIn(session, source, runbookId, QStringLiteral("editor")).executions;
    return moved;
}

qint64 removeAll(Session &session, const QStringList &sources)
{
    return session.transaction([&] {
        qint64 moved = 0;
        for (const QString &source : sources) {
            auto check = session.query(QStringLiteral("mapping_check"), {{"source", source}, {"target", QString()}});
            check.next();
            const qint64 executions = check.int64("executions");
            auto q = session.query(QStringLiteral("mapping_delete"), {{"source", source}});
            if (!q.next())
                throw refused(MappingsText::tr("\"%1\" is not mapped").arg(source));
            audit(session, "mapping.remove", source,
                  {{QStringLiteral("runbook_id"), q.text("runbook_id")}, {QStringLiteral("executions"), executions}});
            moved += executions;
        }
        return moved;
    });
}

ImportResult import(Session &session, const QByteArray &csv)
{
    // The whole file is read and checked before anything is written.
    const QList<ImportPair> pairs = parseImportFile(csv);
    return session.transaction([&] {
        ImportResult result;
        for (const ImportPair &pair : pairs) {
            try {
                const SetResult s = setIn(session, pair.source, pair.runbookId, QStringLiteral("import"));
                (s.changed ? result.added : result.unchanged) += 1;
            } catch (const Error &e) {
                throw Error(e.code(), MappingsText::tr("line %1: %2").arg(pair.line).arg(e.message()), e.sqlState(),
                            e.context());
            }
        }
        return result;
    });
}

} // namespace hd::Mappings
