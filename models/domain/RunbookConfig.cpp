#include "RunbookConfig.h"

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

namespace {

struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(Admin)
};

Error refused(const QString &message)
{
    return Error(Error::Code::Refused, message);
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
            Audit::record(session, enabled ? QStringLiteral("runbook.enable") : QStringLiteral("runbook.disable"), runbookId,
                  details);
        }
        return int(changed.size());
    });
}

} // namespace RunbookConfig

} // namespace hd
