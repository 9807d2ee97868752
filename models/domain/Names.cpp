#include "Names.h"

#include "Error.h"
#include "Session.h"

#include <QCoreApplication>

namespace hd::Names {

namespace {

struct NamesText
{
    Q_DECLARE_TR_FUNCTIONS(Names)
};

struct Candidate
{
    QString id;
    QString label; // how the refusal lists it
    bool byId = false;
};

// The one rule for every kind: an ID match wins; else exactly one name match; else refused.
struct Refusals
{
    QString unknown;   // %1 the value
    QString ambiguous; // %1 the value, %2 the candidates, %n how many
};

QString choose(const QList<Candidate> &found, const QString &given, const Refusals &refusals)
{
    if (!found.isEmpty() && found.first().byId)
        return found.first().id;
    if (found.size() == 1)
        return found.first().id;
    if (found.isEmpty())
        throw Error(Error::Code::Refused, refusals.unknown.arg(given));
    QStringList labels;
    for (const Candidate &c : found)
        labels << c.label;
    throw Error(Error::Code::Refused, refusals.ambiguous.arg(given, labels.join(QStringLiteral("; "))));
}

} // namespace

QString partner(Session &session, const QString &given)
{
    if (given.trimmed().isEmpty())
        return {};
    QList<Candidate> found;
    auto q = session.query(QStringLiteral("names_partner"), {{"given", given}});
    while (q.next())
        found << Candidate{q.text("id"), QStringLiteral("%1 (%2)").arg(q.text("name"), q.text("id")), q.flag("by_id")};
    return choose(
        found, given,
        {NamesText::tr("unknown partner \"%1\": none has that ID or name (healdesk list partners shows them)"),
         NamesText::tr("\"%1\" names %n partners: %2; give the ID", nullptr, int(found.size()))});
}

QString site(Session &session, const QString &given)
{
    if (given.trimmed().isEmpty())
        return {};
    QList<Candidate> found;
    auto q = session.query(QStringLiteral("names_site"), {{"given", given}});
    while (q.next()) {
        const QString partnerName = q.text("partner");
        found << Candidate{q.text("id"),
                           partnerName.isEmpty()
                               ? QStringLiteral("%1 (%2)").arg(q.text("name"), q.text("id"))
                               : QStringLiteral("%1 (%2, %3)").arg(q.text("name"), q.text("id"), partnerName),
                           q.flag("by_id")};
    }
    return choose(found, given,
                  {NamesText::tr("unknown site \"%1\": none has that ID or name (healdesk list sites shows them)"),
                   NamesText::tr("\"%1\" names %n sites: %2; give the site ID", nullptr, int(found.size()))});
}

QString appliance(Session &session, const QString &given)
{
    if (given.trimmed().isEmpty())
        return {};
    const qsizetype slash = given.lastIndexOf(QLatin1Char('/'));
    const QString siteGiven = slash < 0 ? QString() : given.left(slash);
    const QString hostname = slash < 0 ? given : given.mid(slash + 1);
    QList<Candidate> found;
    auto q = session.query(QStringLiteral("names_appliance"),
                           {{"given", given}, {"hostname", hostname}, {"site", siteGiven.trimmed()}});
    while (q.next()) {
        found << Candidate{q.text("id"),
                           QStringLiteral("%1/%2 (%3)").arg(q.text("site_id"), q.text("hostname"), q.text("id")),
                           q.flag("by_id")};
    }
    return choose(
        found, given,
        {NamesText::tr("unknown appliance \"%1\": none has that ID or host name (healdesk list appliances shows "
                       "them)"),
         NamesText::tr("\"%1\" names %n appliances: %2; give the ID, or SITE/HOSTNAME", nullptr, int(found.size()))});
}

QStringList sites(Session &session, const QStringList &given)
{
    QStringList ids;
    for (const QString &g : given)
        ids << site(session, g);
    return ids;
}

QStringList appliances(Session &session, const QStringList &given)
{
    QStringList ids;
    for (const QString &g : given)
        ids << appliance(session, g);
    return ids;
}

QList<Listed> list(Session &session, const QString &what, const QString &partnerId, const QString &siteId)
{
    QList<Listed> rows;
    if (what == QLatin1String("partners")) {
        auto q = session.query(QStringLiteral("list_partners"), {{"partner", partnerId}});
        while (q.next())
            rows << Listed{q.text("id"), q.text("name"), {}, {}, q.int64("sites"), {}, {}, {}};
    } else if (what == QLatin1String("sites")) {
        auto q = session.query(QStringLiteral("list_sites"), {{"partner", partnerId}, {"site", siteId}});
        while (q.next()) {
            rows << Listed{q.text("id"),
                           q.text("name"),
                           q.text("partner_id"),
                           q.text("partner"),
                           q.int64("appliances"),
                           {},
                           {},
                           {}};
        }
    } else if (what == QLatin1String("appliances")) {
        auto q = session.query(QStringLiteral("list_appliances"), {{"partner", partnerId}, {"site", siteId}});
        while (q.next()) {
            rows << Listed{q.text("id"),
                           q.text("hostname"),
                           q.text("site_id"),
                           q.text("site"),
                           0,
                           q.text("status"),
                           q.text("agent_version"),
                           q.value("last_checkin").toDateTime()};
        }
    } else {
        throw Error(Error::Code::InvalidInput,
                    NamesText::tr("list what? partners, sites or appliances, not \"%1\"").arg(what));
    }
    return rows;
}

} // namespace hd::Names
