#include "Learning.h"

#include "AdminText.h"
#include "Audit.h"
#include "Error.h"
#include "Mappings.h"
#include "Session.h"
#include "Stats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace hd {

using admin::AdminText;
using admin::refused;

namespace {

// A pattern awaiting promotion, or a refusal saying why not.
std::pair<QString, QString> awaitingPattern(Session &session, const QString &patternId)
{
    auto q = session.query(QStringLiteral("pattern_get"), {{"pattern", patternId}});
    if (!q.next())
        throw refused(AdminText::tr("unknown pattern \"%1\"").arg(patternId));
    const QString status = q.text("status");
    if (status != QLatin1String("pending") && status != QLatin1String("approved"))
        throw refused(AdminText::tr("pattern %1 is already %2").arg(patternId, status));
    return {q.text("pattern_signature"), q.text("incident_type")};
}

} // namespace

namespace Learning {

QList<PatternRow> awaiting(Session &session)
{
    QList<PatternRow> rows;
    auto q = session.query(QStringLiteral("pattern_list"));
    while (q.next()) {
        rows << PatternRow{q.text("pattern_id"), q.text("pattern_signature"), q.text("incident_type"),
                           q.text("status"),     q.int64("occurrences"),      q.maybeReal("success_rate"),
                           q.time("last_seen")};
    }
    return rows;
}

QString promote(Session &session, const QString &patternId, const QString &runbookId)
{
    return session.transaction([&] {
        const auto [signature, incidentType] = awaitingPattern(session, patternId);
        // L1-{TYPE}-{NNN}: the incident type in capitals, letters and digits only.
        QString type = incidentType.toUpper();
        type.replace(QRegularExpression(QStringLiteral("[^A-Z0-9]+")), QStringLiteral("-"));
        type = type.mid(0, 40);
        while (type.startsWith(QLatin1Char('-')))
            type.remove(0, 1);
        while (type.endsWith(QLatin1Char('-')))
            type.chop(1);
        if (type.isEmpty())
            type = QStringLiteral("PATTERN");
        const QString prefix = QStringLiteral("L1-%1-").arg(type);
        auto n = session.query(QStringLiteral("pattern_next_rule"), {{"prefix", prefix}});
        n.next();
        const QString ruleId = prefix + QStringLiteral("%1").arg(n.int32("next_number"), 3, 10, QLatin1Char('0'));
        session.query(QStringLiteral("pattern_promote"),
                      {{"rule", ruleId}, {"signature", signature}, {"incident_type", incidentType}});
        Mappings::setAllIn(session, {ruleId}, runbookId);
        session.query(QStringLiteral("pattern_set_status"),
                      {{"status", QStringLiteral("promoted")}, {"pattern", patternId}});
        Audit::record(session, QStringLiteral("pattern.promote"), patternId,
                      {{QStringLiteral("rule_id"), ruleId},
                       {QStringLiteral("runbook_id"), runbookId},
                       {QStringLiteral("pattern_signature"), signature}});
        return ruleId;
    });
}

void reject(Session &session, const QString &patternId)
{
    session.transaction([&] {
        const auto [signature, incidentType] = awaitingPattern(session, patternId);
        Q_UNUSED(incidentType)
        session.query(QStringLiteral("pattern_set_status"),
                      {{"status", QStringLiteral("rejected")}, {"pattern", patternId}});
        Audit::record(session, QStringLiteral("pattern.reject"), patternId,
                      {{QStringLiteral("pattern_signature"), signature}});
    });
}

} // namespace Learning

} // namespace hd
