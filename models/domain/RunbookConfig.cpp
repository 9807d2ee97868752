#include "RunbookConfig.h"
#include "ParameterSchema.h"

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

namespace RunbookConfig {

QList<RunbookSiteConfig> forSite(Session &session, const QString &siteId)
{
    QList<RunbookSiteConfig> rows;
    auto q = session.query(QStringLiteral("runbook_config_site"), {{"site", siteId}});
    while (q.next()) {
        rows << RunbookSiteConfig{q.text("runbook_id"),   q.text("name"),        q.flag("enabled"),
                                  q.flag("disruptive"),   q.int64("appliances"), q.int64("disabled"),
                                  q.int64("enabled_here")};
    }
    return rows;
}

int set(Session &session, const QString &siteId, const QStringList &applianceIds, const QString &runbookId,
        bool enabled)
{
    return session.transaction([&] {
        {
            auto r = session.query(QStringLiteral("order_runbook"), {{"runbook", runbookId}});
            if (!r.next())
                throw refused(AdminText::tr("unknown runbook \"%1\"").arg(runbookId));
        }
        const QVariant site = siteId.isEmpty() ? nullText() : QVariant(siteId);
        const QVariant ids = applianceIds.isEmpty() ? nullText() : QVariant(applianceIds.join(QLatin1Char(',')));
        QStringList targets, sites;
        {
            auto q = session.query(QStringLiteral("runbook_config_targets"), {{"site", site}, {"appliances", ids}});
            while (q.next()) {
                targets << q.text("id");
                if (!sites.contains(q.text("site_id")))
                    sites << q.text("site_id");
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
            auto q = session.query(QStringLiteral("runbook_config_upsert"),
                                   {{"appliance", id}, {"runbook", runbookId}, {"enabled", enabled}});
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
            Audit::record(session, enabled ? QStringLiteral("runbook.enable") : QStringLiteral("runbook.disable"),
                          runbookId, details);
        }
        return int(changed.size());
    });
}

QString parameterSchema(Session &session, const QString &runbookId)
{
    auto q = session.query(QStringLiteral("runbook_params_get"), {{"runbook", runbookId}});
    if (!q.next())
        throw refused(AdminText::tr("unknown runbook \"%1\"").arg(runbookId));
    return q.text("schema");
}

bool setParameterSchema(Session &session, const QString &runbookId, const QByteArray &schema)
{
    const bool clear = schema.trimmed().isEmpty();
    QJsonObject document;
    if (!clear) {
        ParameterSchema::parse(schema); // refuses a bad one, naming what is wrong
        document = QJsonDocument::fromJson(schema).object();
    }
    return session.transaction([&] {
        const QString before = parameterSchema(session, runbookId);
        // Kept as written (a json column): the fields' order is the form's.
        const QString after = clear ? QString() : QString::fromUtf8(schema.trimmed());
        if (clear && before.isEmpty())
            return false;
        if (!clear && !before.isEmpty() &&
            QJsonDocument::fromJson(before.toUtf8()).object() == document)
            return false;
        auto q = clear ? session.query(QStringLiteral("runbook_params_clear"), {{"runbook", runbookId}})
                       : session.query(QStringLiteral("runbook_params_set"), {{"runbook", runbookId}, {"schema", after}});
        q.next();
        QJsonObject details{{QStringLiteral("runbook_id"), runbookId},
                            {QStringLiteral("before"), before.isEmpty()
                                                           ? QJsonValue()
                                                           : QJsonValue(QJsonDocument::fromJson(before.toUtf8()).object())},
                            {QStringLiteral("after"), clear ? QJsonValue() : QJsonValue(document)}};
        Audit::record(session, QStringLiteral("runbook.parameters"), runbookId, details);
        return true;
    });
}

} // namespace RunbookConfig

} // namespace hd
