#include "Admin.h"

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

namespace {

struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(Admin)
};

Error refused(const QString &message)
{
    return Error(Error::Code::Refused, message);
}

void audit(Session &session, const QString &action, const QString &target, const QJsonObject &details)
{
    session.query(QStringLiteral("audit_insert"),
                  {action, target, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
}

// A pattern awaiting promotion, or a refusal saying why not.
std::pair<QString, QString> awaitingPattern(Session &session, const QString &patternId)
{
    auto q = session.query(QStringLiteral("pattern_get"), {patternId});
    if (!q.next())
        throw refused(AdminText::tr("unknown pattern \"%1\"").arg(patternId));
    const QString status = q.value(3).toString();
    if (status != QLatin1String("pending") && status != QLatin1String("approved"))
        throw refused(AdminText::tr("pattern %1 is already %2").arg(patternId, status));
    return {q.value(1).toString(), q.value(2).toString()};
}

} // namespace

namespace RunbookConfig {

QList<RunbookSiteConfig> forSite(Session &session, const QString &siteId)
{
    QList<RunbookSiteConfig> rows;
    auto q = session.query(QStringLiteral("runbook_config_site"), {siteId});
    while (q.next()) {
        rows << RunbookSiteConfig{q.value(0).toString(),  q.value(1).toString(),   q.value(2).toBool(),
                                  q.value(3).toBool(),    q.value(4).toLongLong(), q.value(5).toLongLong(),
                                  q.value(6).toLongLong()};
    }
    return rows;
}

int set(Session &session, const QString &siteId, const QStringList &applianceIds, const QString &runbookId,
        bool enabled)
{
    return session.transaction([&] {
        {
            auto r = session.query(QStringLiteral("order_runbook"), {runbookId});
            if (!r.next())
                throw refused(AdminText::tr("unknown runbook \"%1\"").arg(runbookId));
        }
        const QVariant site = siteId.isEmpty() ? nullText() : QVariant(siteId);
        const QVariant ids = applianceIds.isEmpty() ? nullText() : QVariant(applianceIds.join(QLatin1Char(',')));
        QStringList targets, sites;
        {
            auto q = session.query(QStringLiteral("runbook_config_targets"), {site, site, ids});
            while (q.next()) {
                targets << q.value(0).toString();
                if (!sites.contains(q.value(1).toString()))
                    sites << q.value(1).toString();
            }
        }
        if (targets.isEmpty())
            throw refused(siteId.isEmpty() ? AdminText::tr("no such appliance")
                                           : AdminText::tr("site \"%1\" has no appliances").arg(siteId));
        for (const QString &id : applianceIds) {
            if (!targets.contains(id.toLower()))
                throw refused(AdminText::tr("no such appliance \"%1\"").arg(id));
        }
        QJsonArray changed;
        for (const QString &id : targets) {
            auto q = session.query(QStringLiteral("runbook_config_upsert"), {id, runbookId, enabled});
            if (q.next())
                changed.append(id);
        }
        if (!changed.isEmpty()) {
            QJsonObject details{{QStringLiteral("runbook_id"), runbookId},
                                {QStringLiteral("enabled"), enabled},
                                {QStringLiteral("appliances"), changed}};
            // A change at one site names it, so that site's compliance report shows it.
            if (sites.size() == 1)
                details.insert(QStringLiteral("site_id"), sites.constFirst());
            audit(session, enabled ? QStringLiteral("runbook.enable") : QStringLiteral("runbook.disable"), runbookId,
                  details);
        }
        return int(changed.size());
    });
}

} // namespace RunbookConfig

namespace Learning {

QList<PatternRow> awaiting(Session &session)
{
    QList<PatternRow> rows;
    auto q = session.query(QStringLiteral("pattern_list"));
    while (q.next()) {
        rows << PatternRow{q.value(0).toString(),  q.value(1).toString(),   q.value(2).toString(),
                           q.value(3).toString(),  q.value(4).toLongLong(), optionalDouble(q.value(5)),
                           q.value(6).toDateTime()};
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
        auto n = session.query(QStringLiteral("pattern_next_rule"), {prefix, prefix, prefix});
        n.next();
        const QString ruleId = prefix + QStringLiteral("%1").arg(n.value(0).toInt(), 3, 10, QLatin1Char('0'));
        session.query(QStringLiteral("pattern_promote"), {ruleId, signature, incidentType});
        Mappings::setAllIn(session, {ruleId}, runbookId);
        session.query(QStringLiteral("pattern_set_status"), {QStringLiteral("promoted"), patternId});
        audit(session, QStringLiteral("pattern.promote"), patternId,
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
        session.query(QStringLiteral("pattern_set_status"), {QStringLiteral("rejected"), patternId});
        audit(session, QStringLiteral("pattern.reject"), patternId, {{QStringLiteral("pattern_signature"), signature}});
    });
}

} // namespace Learning

namespace Users {

int grant(Session &session, const QString &login, const QStringList &partnerIds, bool admin)
{
    if (login.trimmed().isEmpty() || login.size() > 63 || login.contains(QChar(0)))
        throw refused(AdminText::tr("\"%1\" is not a database login name").arg(login));
    if (partnerIds.isEmpty())
        throw refused(AdminText::tr("name at least one partner"));
    return session.transaction([&] {
        int added = 0;
        for (const QString &partner : partnerIds) {
            if (QUuid::fromString(partner).isNull())
                throw refused(AdminText::tr("partner \"%1\" is not a partner ID (a UUID)").arg(partner));
            auto check = session.query(QStringLiteral("user_check"), {login, login, partner.toLower()});
            check.next();
            if (check.value(0).toLongLong() == 0)
                throw refused(
                    AdminText::tr("there is no database login \"%1\" (create it first: CREATE ROLE ... LOGIN)")
                        .arg(login));
            if (check.value(1).toLongLong() == 0)
                throw refused(AdminText::tr("\"%1\" is a role that cannot log in").arg(login));
            if (check.value(2).toLongLong() == 0)
                throw refused(AdminText::tr("unknown partner \"%1\"").arg(partner));
            auto q = session.query(QStringLiteral("user_grant"), {login, partner.toLower(), admin});
            q.next();
            added += q.value(0).toBool() ? 1 : 0;
        }
        audit(session, QStringLiteral("user.grant"), login,
              {{QStringLiteral("partners"), QJsonArray::fromStringList(partnerIds)},
               {QStringLiteral("role"),
                admin ? QStringLiteral("healdesk_admin") : QStringLiteral("healdesk_technician")}});
        return added;
    });
}

Privileges privileges(Session &session)
{
    auto q = session.query(QStringLiteral("user_privileges"));
    q.next();
    return {q.value(0).toString(), q.value(1).toBool()};
}

} // namespace Users

} // namespace hd
