#include "Reports.h"

#include "Audit.h"
#include "Branding.h"
#include "Database.h"
#include "Error.h"
#include "Fleet.h"
#include "Format.h"
#include "Keys.h"
#include "Session.h"
#include "Stats.h"

#include <QCoreApplication>
#include <QtAlgorithms>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace hd {

namespace {

struct ReportsText
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString count(qint64 n)
{
    return QString::number(n);
}

QString real(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

QString ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? real(double(part) / double(whole)) : QString();
}

QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

ReportColumn col(const char *key, const char *title, ReportKind kind = ReportKind::Text)
{
    return {QString::fromLatin1(key), ReportsText::tr(title), kind};
}

ReportSection section(const char *key, const char *title, QList<ReportColumn> columns, const char *emptyText,
                      const char *note = nullptr)
{
    ReportSection s;
    s.key = QString::fromLatin1(key);
    s.title = ReportsText::tr(title);
    s.columns = std::move(columns);
    s.emptyText = emptyText ? ReportsText::tr(emptyText) : QString();
    s.note = note ? ReportsText::tr(note) : QString();
    return s;
}

// Key/value sections (report facts, summary) carry a unit so the PDF can format
// each value and a CSV reader knows what the number means.
ReportSection keyValueSection(const char *key, const char *title)
{
    ReportSection s;
    s.key = QString::fromLatin1(key);
    s.title = ReportsText::tr(title);
    s.columns = {col("key", QT_TRANSLATE_NOOP("Reports", "Item"), ReportKind::Id),
                 col("value", QT_TRANSLATE_NOOP("Reports", "Value")),
                 col("unit", QT_TRANSLATE_NOOP("Reports", "Unit"), ReportKind::Id),
                 col("description", QT_TRANSLATE_NOOP("Reports", "Description"))};
    return s;
}

void addFact(ReportSection &s, const char *key, const QString &value, const char *unit, const char *description)
{
    s.rows << QStringList{QString::fromLatin1(key), value, QString::fromLatin1(unit), ReportsText::tr(description)};
}

const QStringList kSeverityOrder{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                 QStringLiteral("low")};

int severityRank(const QString &severity)
{
    const int i = kSeverityOrder.indexOf(severity);
    return i < 0 ? int(kSeverityOrder.size()) : i;
}

struct SeverityFigures
{
    qint64 incidents = 0;
    qint64 open = 0;
    qint64 resolvedWithTime = 0;
    double resolveSeconds = 0;
};

void stage(ReportProgress *progress, double fraction, const char *name)
{
    if (progress) {
        progress->check();
        progress->set(fraction, ReportsText::tr(name));
    }
}

// One section's CSV records: a header record, then its rows, each prefixed
// with the section key and the row number ("header" for the header record).
template <typename Fn> void forEachSectionRecord(const ReportSection &s, Fn &&fn)
{
    QStringList header{s.key, QStringLiteral("header")};
    for (const ReportColumn &c : s.columns)
        header << c.key;
    fn(header);
    qint64 n = 0;
    for (const QStringList &row : s.rows)
        fn(QStringList{s.key, QString::number(++n)} + row);
}

template <typename Fn> void forEachRecord(const ReportData &report, Fn &&fn)
{
    for (const ReportSection &s : report.sections)
        forEachSectionRecord(s, fn);
}

const QString kDigestSection = QStringLiteral("digest");
const QString kSignatureSection = QStringLiteral("signature");

} // namespace

int ReportSection::column(const QString &name) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == name)
            return i;
    }
    return -1;
}

QString ReportSection::value(const QString &rowKey) const
{
    for (const QStringList &row : rows) {
        if (row.value(0) == rowKey)
            return row.value(1);
    }
    return {};
}

const ReportSection *ReportData::section(const QString &key) const
{
    for (const ReportSection &s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QList<QStringList> ReportData::records() const
{
    QList<QStringList> out;
    forEachRecord(*this, [&out](const QStringList &r) { out << r; });
    return out;
}

QByteArray ReportData::encodedRecords() const
{
    if (!m_encoded.isEmpty())
        return m_encoded;
    QByteArray out;
    forEachRecord(*this, [&out](const QStringList &r) { out += Csv::line(r); });
    return out;
}

QString ReportData::digest() const
{
    if (!m_digest.isEmpty())
        return m_digest;
    return QString::fromLatin1(QCryptographicHash::hash(encodedRecords(), QCryptographicHash::Sha256).toHex());
}

void ReportData::seal()
{
    // Every section is encoded once. A long list's own digest (KEY_sha256) is
    // a report fact, and the facts come first in the file, so the sections
    // are encoded before the facts are filled in and the facts last.
    QList<QByteArray> encoded(sections.size());
    ReportSection *facts = nullptr;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections[i].key == QLatin1String("report")) {
            facts = &sections[i];
            continue;
        }
        forEachSectionRecord(sections[i], [&](const QStringList &r) { encoded[i] += Csv::line(r); });
    }
    for (qsizetype i = 0; facts && i < sections.size(); ++i) {
        const QString fact = sections[i].key + QStringLiteral("_sha256");
        for (QStringList &row : facts->rows) {
            if (row.value(0) == fact)
                row[1] = QString::fromLatin1(QCryptographicHash::hash(encoded[i], QCryptographicHash::Sha256).toHex());
        }
    }
    QByteArray out;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (&sections[i] == facts)
            forEachSectionRecord(sections[i], [&out](const QStringList &r) { out += Csv::line(r); });
        else
            out += encoded[i];
    }
    m_encoded = out;
    m_digest = QString::fromLatin1(QCryptographicHash::hash(m_encoded, QCryptographicHash::Sha256).toHex());
}

bool ReportData::isQuiet() const
{
    const ReportSection *s = section(QStringLiteral("summary"));
    if (!s)
        return true;
    return s->value(QStringLiteral("incidents")) == QLatin1String("0") &&
           s->value(QStringLiteral("executions")) == QLatin1String("0") &&
           s->value(QStringLiteral("orders")) == QLatin1String("0");
}

void ReportProgress::set(double fraction, const QString &stageName)
{
    setFraction(fraction);
    QMutexLocker lock(&m_mutex);
    m_stage = stageName;
}

QString ReportProgress::stage() const
{
    QMutexLocker lock(&m_mutex);
    return m_stage;
}

void ReportProgress::check() const
{
    if (m_cancelled)
        throw Error(Error::Code::Cancelled, ReportsText::tr("the report was cancelled"));
}

namespace {

// The sections of a report, one function each, read by build() in one
// snapshot. Each reads what it shows and returns the figures the summary needs.

// Who made the report, when, for which partner, on which schema version.
QString readHeader(Session &session, const Scope &scope, ReportData &r)
{
    QString schemaVersion;
    auto q = session.query(QStringLiteral("report_header"),
                           {{"partner", scope.partnerId.isEmpty() ? nullText() : QVariant(scope.partnerId.toLower())}});
    q.next();
    r.generatedBy = q.text("generated_by");
    r.generatedAt = q.time("generated_at").toUTC();
    r.partnerName = text(q.value("partner_name"));
    schemaVersion = text(q.value("schema_version"));
    if (!scope.partnerId.isEmpty() && q.isNull("partner_name"))
        throw Error(Error::Code::InvalidInput, ReportsText::tr("unknown partner \"%1\"").arg(scope.partnerId));
    return schemaVersion;
}

struct SiteFigures
{
    QList<SiteRow> sites;
    QStringList partnerIds, partnerNames;
};

SiteFigures readSites(Session &session, const Scope &scope)
{
    // Sites, and a refusal for any requested site the database does not have.
    const QList<SiteRow> sites = Fleet::sites(session, scope);
    for (const QString &id : scope.siteIds) {
        const bool found = std::any_of(sites.begin(), sites.end(), [&id](const SiteRow &s) { return s.id == id; });
        if (!found) {
            throw Error(Error::Code::InvalidInput,
                        scope.partnerId.isEmpty() ? ReportsText::tr("unknown site \"%1\"").arg(id)
                                                  : ReportsText::tr("unknown site \"%1\" for this partner").arg(id));
        }
    }
    QStringList partnerIds, partnerNames;
    for (const SiteRow &s : sites) {
        if (!partnerIds.contains(s.partnerId)) {
            partnerIds << s.partnerId;
            partnerNames << s.partnerName;
        }
    }
    return {sites, partnerIds, partnerNames};
}

// Passing, failing, stale and no-evidence (appliance, control) pairs, and the
// score they give: passing over passing and failing; none without either.
struct StateTally
{
    qint64 passing = 0, failing = 0, stale = 0, noEvidence = 0;
    std::optional<double> score() const
    {
        return passing + failing > 0 ? std::optional<double>(double(passing) / double(passing + failing))
                                     : std::nullopt;
    }
};

enum class PairState { Passing, Failing, Stale, NoEvidence };

struct Pair
{
    QString siteId, applianceId, hostname, control;
    PairState state = PairState::NoEvidence;
    QDateTime latestAt, failingSince;
};

void tally(StateTally &t, PairState state)
{
    switch (state) {
    case PairState::Passing:
        ++t.passing;
        break;
    case PairState::Failing:
        ++t.failing;
        break;
    case PairState::Stale:
        ++t.stale;
        break;
    case PairState::NoEvidence:
        ++t.noEvidence;
        break;
    }
}

struct ComplianceStates
{
    QList<Pair> pairs;
    StateTally total;
    QMap<QString, StateTally> bySite, byControl;
    QMap<QString, QStringList> failingHosts; // control -> hostnames whose pair fails
};

// Every (appliance in scope, control) pair's state as of asOf: the latest
// covering execution before it passed or failed, unless it is older than
// staleDays, or there is none (report_control_states.sql).
ComplianceStates readStates(Session &session, const Scope &scope, const QDateTime &asOf, int staleDays)
{
    ComplianceStates out;
    const QDateTime staleBefore = asOf.addDays(-staleDays);
    auto q = session.query(QStringLiteral("report_control_states"),
                           scope.binds() + Binds{{"as_of", asOf.toUTC().toString(Qt::ISODateWithMs)}});
    while (q.next()) {
        Pair p;
        p.siteId = q.text("site_id");
        p.applianceId = q.text("appliance_id");
        p.hostname = q.text("hostname");
        p.control = q.text("control");
        p.latestAt = q.time("latest_at");
        if (!p.latestAt.isValid())
            p.state = PairState::NoEvidence;
        else if (p.latestAt < staleBefore)
            p.state = PairState::Stale;
        else if (q.flag("latest_success"))
            p.state = PairState::Passing;
        else
            p.state = PairState::Failing;
        if (p.state == PairState::Failing) {
            p.failingSince = q.time("failing_since");
            out.failingHosts[p.control] << p.hostname;
        }
        tally(out.total, p.state);
        tally(out.bySite[p.siteId], p.state);
        tally(out.byControl[p.control], p.state);
        out.pairs << p;
    }
    return out;
}

// The period's executions per telemetry runbook ID and appliance, and what the
// report works out from them (report_runbook_activity.sql).
struct Activity
{
    QMap<QString, std::pair<qint64, qint64>> byCanonical; // executions, successes
    QSet<QString> reporting;                              // appliances with telemetry in the period
    QMap<QString, QSet<QString>> reportingBySite;
    QMap<QString, std::pair<QString, qint64>> mappingUsed; // telemetry ID -> (canonical, executions)
};

struct IncidentFigures
{
    QMap<QString, SeverityFigures> bySeverity;
    QMap<QString, qint64> byStatus;
    qint64 incidents = 0, incidentsOpen = 0, resolvedWithTime = 0, openBacklog = 0, openCritical = 0;
    double resolveSeconds = 0;
    qint64 resolvedByEnd = 0, healedAuto = 0;
};

IncidentFigures readIncidents(Session &session, const Binds &binds)
{
    QMap<QString, SeverityFigures> bySeverity;
    QMap<QString, qint64> byStatus;
    qint64 incidents = 0, incidentsOpen = 0, resolvedWithTime = 0, openBacklog = 0, openCritical = 0;
    double resolveSeconds = 0;
    qint64 resolvedByEnd = 0, healedAuto = 0;
    {
        auto q = session.query(QStringLiteral("report_incident_summary"), binds);
        while (q.next()) {
            const QString severity = q.text("severity");
            const QString status = q.text("status");
            const qint64 inPeriod = q.int64("in_period");
            const bool isOpen = status != QLatin1String("resolved") && status != QLatin1String("closed");
            SeverityFigures &f = bySeverity[severity];
            f.incidents += inPeriod;
            f.open += isOpen ? inPeriod : 0;
            f.resolvedWithTime += q.int64("resolved_with_time");
            f.resolveSeconds += q.real("resolve_seconds");
            if (inPeriod > 0)
                byStatus[status] += inPeriod;
            incidents += inPeriod;
            incidentsOpen += isOpen ? inPeriod : 0;
            resolvedWithTime += q.int64("resolved_with_time");
            resolveSeconds += q.real("resolve_seconds");
            openBacklog += q.int64("open_backlog");
            resolvedByEnd += q.int64("resolved_by_end");
            healedAuto += q.int64("healed_auto");
            if (severity == QLatin1String("critical"))
                openCritical += q.int64("open_backlog");
        }
    }
    return {bySeverity,  byStatus,     incidents,      incidentsOpen, resolvedWithTime,
            openBacklog, openCritical, resolveSeconds, resolvedByEnd, healedAuto};
}

QString score(const std::optional<double> &v)
{
    return real(v);
}

QString change(const std::optional<double> &now, const std::optional<double> &before)
{
    return now && before ? real(*now - *before) : QString();
}

// Control -> the runbooks that name it (report_control_covers.sql).
QMap<QString, QStringList> readCovers(Session &session)
{
    QMap<QString, QStringList> covers;
    auto q = session.query(QStringLiteral("report_control_covers"), {});
    while (q.next())
        covers[q.text("control")] << q.text("runbook_id");
    return covers;
}

ReportSection controlSection(const QMap<QString, QStringList> &covers, const ComplianceStates &now,
                             const ComplianceStates &before, const Activity &activity, int staleDays)
{
    ReportSection controls =
        section("controls", QT_TRANSLATE_NOOP("Reports", "HIPAA control matrix"),
                {col("control", QT_TRANSLATE_NOOP("Reports", "Control"), ReportKind::Id),
                 col("runbooks", QT_TRANSLATE_NOOP("Reports", "Runbooks"), ReportKind::Id),
                 col("pairs_passing", QT_TRANSLATE_NOOP("Reports", "Passing"), ReportKind::Count),
                 col("pairs_failing", QT_TRANSLATE_NOOP("Reports", "Failing"), ReportKind::Count),
                 col("pairs_stale", QT_TRANSLATE_NOOP("Reports", "Stale"), ReportKind::Count),
                 col("pairs_no_evidence", QT_TRANSLATE_NOOP("Reports", "No evidence"), ReportKind::Count),
                 col("score", QT_TRANSLATE_NOOP("Reports", "Score"), ReportKind::Ratio),
                 col("previous_score", QT_TRANSLATE_NOOP("Reports", "Previous period"), ReportKind::Ratio),
                 col("score_change", QT_TRANSLATE_NOOP("Reports", "Change"), ReportKind::Ratio),
                 col("executions", QT_TRANSLATE_NOOP("Reports", "Executions"), ReportKind::Count),
                 col("successes", QT_TRANSLATE_NOOP("Reports", "Succeeded"), ReportKind::Count),
                 col("failing_appliances", QT_TRANSLATE_NOOP("Reports", "Failing on"), ReportKind::Id)},
                QT_TRANSLATE_NOOP("Reports", "No runbook names a HIPAA control."));
    controls.note =
        ReportsText::tr("Each appliance in scope and each control form a pair. As of the period end a pair is passing "
                        "when the latest execution of a runbook covering the control succeeded, failing when it "
                        "failed, stale when that execution is more than %n day(s) older than the period end, and "
                        "without evidence when there is none. Score: passing over passing and failing pairs. "
                        "Executions and successes count the period's executions of the covering runbooks.",
                        nullptr, staleDays);
    for (auto it = covers.cbegin(); it != covers.cend(); ++it) {
        const StateTally t = now.byControl.value(it.key());
        const StateTally p = before.byControl.value(it.key());
        qint64 executions = 0, successes = 0;
        for (const QString &rb : it.value()) {
            executions += activity.byCanonical.value(rb).first;
            successes += activity.byCanonical.value(rb).second;
        }
        QStringList failing = now.failingHosts.value(it.key());
        failing.sort();
        controls.rows << QStringList{it.key(),
                                     it.value().join(QStringLiteral(", ")),
                                     count(t.passing),
                                     count(t.failing),
                                     count(t.stale),
                                     count(t.noEvidence),
                                     score(t.score()),
                                     score(p.score()),
                                     change(t.score(), p.score()),
                                     count(executions),
                                     count(successes),
                                     failing.join(QStringLiteral(", "))};
    }
    return controls;
}

ReportSection siteSection(const SiteFigures &sf, const ComplianceStates &states, const Activity &activity)
{
    ReportSection sites =
        section("sites", QT_TRANSLATE_NOOP("Reports", "Sites in scope"),
                {col("site_id", QT_TRANSLATE_NOOP("Reports", "Site ID"), ReportKind::Id),
                 col("site_name", QT_TRANSLATE_NOOP("Reports", "Site")),
                 col("partner_id", QT_TRANSLATE_NOOP("Reports", "Partner ID"), ReportKind::Id),
                 col("partner_name", QT_TRANSLATE_NOOP("Reports", "Partner")),
                 col("appliances", QT_TRANSLATE_NOOP("Reports", "Appliances"), ReportKind::Count),
                 col("appliances_reporting", QT_TRANSLATE_NOOP("Reports", "Reporting"), ReportKind::Count),
                 col("pairs_passing", QT_TRANSLATE_NOOP("Reports", "Passing"), ReportKind::Count),
                 col("pairs_failing", QT_TRANSLATE_NOOP("Reports", "Failing"), ReportKind::Count),
                 col("pairs_stale", QT_TRANSLATE_NOOP("Reports", "Stale"), ReportKind::Count),
                 col("pairs_no_evidence", QT_TRANSLATE_NOOP("Reports", "No evidence"), ReportKind::Count),
                 col("compliance_score", QT_TRANSLATE_NOOP("Reports", "Score"), ReportKind::Ratio)},
                QT_TRANSLATE_NOOP("Reports", "The partner has no sites."),
                QT_TRANSLATE_NOOP("Reports", "Appliances: in scope. Reporting: those that sent telemetry in the "
                                             "period. Pairs and score as of the period end, as in the control "
                                             "matrix."));
    for (const SiteRow &s : sf.sites) {
        const StateTally t = states.bySite.value(s.id);
        sites.rows << QStringList{s.id,
                                  s.name,
                                  s.partnerId,
                                  s.partnerName,
                                  count(s.appliances),
                                  count(activity.reportingBySite.value(s.id).size()),
                                  count(t.passing),
                                  count(t.failing),
                                  count(t.stale),
                                  count(t.noEvidence),
                                  score(t.score())};
    }
    return sites;
}

ReportSection failingPairSection(const ComplianceStates &states, const QDateTime &asOf)
{
    ReportSection failing = section(
        "failing_pairs", QT_TRANSLATE_NOOP("Reports", "Exceptions: controls failing at the period end"),
        {col("site_id", QT_TRANSLATE_NOOP("Reports", "Site"), ReportKind::Id),
         col("hostname", QT_TRANSLATE_NOOP("Reports", "Appliance"), ReportKind::Id),
         col("control", QT_TRANSLATE_NOOP("Reports", "Control"), ReportKind::Id),
         col("failing_since", QT_TRANSLATE_NOOP("Reports", "Failing since"), ReportKind::Time),
         col("failing_for", QT_TRANSLATE_NOOP("Reports", "Failing for"), ReportKind::Seconds)},
        QT_TRANSLATE_NOOP("Reports", "No (appliance, control) pair was failing at the period end."),
        QT_TRANSLATE_NOOP("Reports", "Pairs whose latest covering execution failed, with the first failure after "
                                     "their last success."));
    for (const Pair &p : states.pairs) {
        if (p.state != PairState::Failing)
            continue;
        failing.rows << QStringList{p.siteId, p.hostname, p.control, iso(p.failingSince),
                                    p.failingSince.isValid() ? count(p.failingSince.secsTo(asOf)) : QString()};
    }
    return failing;
}

ReportSection mappingSection(const Activity &activity)
{
    ReportSection mapping = section(
        "mapping_used", QT_TRANSLATE_NOOP("Reports", "Runbook ID mapping used"),
        {col("telemetry_runbook_id", QT_TRANSLATE_NOOP("Reports", "Telemetry runbook ID"), ReportKind::Id),
         col("runbook_id", QT_TRANSLATE_NOOP("Reports", "Counted as"), ReportKind::Id),
         col("executions", QT_TRANSLATE_NOOP("Reports", "Executions"), ReportKind::Count)},
        QT_TRANSLATE_NOOP("Reports", "No execution of the period went through the mapping."),
        QT_TRANSLATE_NOOP("Reports", "Every mapping row that resolved an execution of the period to a runbook. The "
                                     "report facts give the SHA-256 of the whole mapping as read."));
    for (auto it = activity.mappingUsed.cbegin(); it != activity.mappingUsed.cend(); ++it)
        mapping.rows << QStringList{it.key(), it.value().first, count(it.value().second)};
    return mapping;
}

struct IncidentExceptions
{
    ReportSection escalations, open;
};

IncidentExceptions readIncidentExceptions(Session &session, const Binds &binds)
{
    const QList<ReportColumn> incidentColumns{
        col("incident_id", QT_TRANSLATE_NOOP("Reports", "Incident"), ReportKind::Id),
        col("reported_at", QT_TRANSLATE_NOOP("Reports", "Reported"), ReportKind::Time),
        col("site_id", QT_TRANSLATE_NOOP("Reports", "Site"), ReportKind::Id),
        col("hostname", QT_TRANSLATE_NOOP("Reports", "Appliance"), ReportKind::Id),
        col("incident_type", QT_TRANSLATE_NOOP("Reports", "Type")),
        col("severity", QT_TRANSLATE_NOOP("Reports", "Severity"), ReportKind::Id),
        col("status", QT_TRANSLATE_NOOP("Reports", "Status"), ReportKind::Id),
        col("tier", QT_TRANSLATE_NOOP("Reports", "Tier"), ReportKind::Id)};
    ReportSection escalations = section(
        "l3_escalations", QT_TRANSLATE_NOOP("Reports", "Exceptions: incidents at tier L3"), incidentColumns,
        QT_TRANSLATE_NOOP("Reports", "No incident of the period is at tier L3."),
        QT_TRANSLATE_NOOP("Reports", "Incidents reported in the period whose tier is L3: a person healed them or was "
                                     "asked to."));
    ReportSection openIncidents = section(
        "open_incidents", QT_TRANSLATE_NOOP("Reports", "Exceptions: incidents open at the period end"), incidentColumns,
        QT_TRANSLATE_NOOP("Reports", "No incident was open at the period end."),
        QT_TRANSLATE_NOOP("Reports", "Incidents reported before the end of the period and not resolved or closed "
                                     "before it."));
    {
        auto q = session.query(QStringLiteral("report_incident_exceptions"), binds);
        while (q.next()) {
            const QStringList row{q.text("id"),
                                  iso(q.time("reported_at")),
                                  q.text("site_id"),
                                  q.text("hostname"),
                                  q.text("incident_type"),
                                  q.text("severity"),
                                  q.text("status"),
                                  q.text("tier")};
            if (q.flag("in_period") && row.at(7) == QLatin1String("L3"))
                escalations.rows << row;
            if (q.flag("is_open"))
                openIncidents.rows << row;
        }
    }
    return {escalations, openIncidents};
}

struct OrderFigures
{
    ReportSection exceptions, issued;
    qint64 cancelled = 0;
};

QString yesNo(bool v)
{
    return v ? QStringLiteral("yes") : QStringLiteral("no");
}

OrderFigures readOrders(Session &session, const Binds &binds, const QDateTime &periodEnd)
{
    ReportSection exceptions = section(
        "order_exceptions", QT_TRANSLATE_NOOP("Reports", "Exceptions: orders failed, rejected, expired or overdue"),
        {col("order_id", QT_TRANSLATE_NOOP("Reports", "Order"), ReportKind::Id),
         col("issued_at", QT_TRANSLATE_NOOP("Reports", "Issued"), ReportKind::Time),
         col("site_id", QT_TRANSLATE_NOOP("Reports", "Site"), ReportKind::Id),
         col("hostname", QT_TRANSLATE_NOOP("Reports", "Appliance"), ReportKind::Id),
         col("runbook_id", QT_TRANSLATE_NOOP("Reports", "Runbook"), ReportKind::Id),
         col("state_at_end", QT_TRANSLATE_NOOP("Reports", "At the period end"), ReportKind::Id),
         col("issued_by", QT_TRANSLATE_NOOP("Reports", "Issued by")),
         col("deadline", QT_TRANSLATE_NOOP("Reports", "Deadline"), ReportKind::Time),
         col("age", QT_TRANSLATE_NOOP("Reports", "Age at the period end"), ReportKind::Seconds)},
        QT_TRANSLATE_NOOP("Reports",
                          "No order failed, was rejected or expired in the period, and none was overdue at its end."),
        QT_TRANSLATE_NOOP("Reports", "Orders that failed, expired or were rejected by their appliance (a missing or "
                                     "bad signature, a replay) in the period, and orders issued before its end "
                                     "that were still not done at the end although their deadline had passed "
                                     "(overdue)."));
    {
        auto q = session.query(QStringLiteral("report_order_exceptions"), binds);
        while (q.next()) {
            const QDateTime issued = q.time("issued_at");
            exceptions.rows << QStringList{q.text("order_id"),
                                           iso(issued),
                                           q.text("site_id"),
                                           q.text("hostname"),
                                           q.text("runbook_id"),
                                           q.text("state_at_end"),
                                           text(q.value("issued_by")),
                                           iso(q.time("deadline")),
                                           count(issued.secsTo(periodEnd))};
        }
    }
    ReportSection orders = section("orders", QT_TRANSLATE_NOOP("Reports", "Human actions: orders issued"),
                                   {col("order_id", QT_TRANSLATE_NOOP("Reports", "Order"), ReportKind::Id),
                                    col("issued_at", QT_TRANSLATE_NOOP("Reports", "Issued"), ReportKind::Time),
                                    col("site_id", QT_TRANSLATE_NOOP("Reports", "Site"), ReportKind::Id),
                                    col("hostname", QT_TRANSLATE_NOOP("Reports", "Appliance"), ReportKind::Id),
                                    col("runbook_id", QT_TRANSLATE_NOOP("Reports", "Runbook"), ReportKind::Id),
                                    col("status", QT_TRANSLATE_NOOP("Reports", "Status"), ReportKind::Id),
                                    col("issued_by", QT_TRANSLATE_NOOP("Reports", "Issued by")),
                                    col("reason", QT_TRANSLATE_NOOP("Reports", "Reason")),
                                    col("result", QT_TRANSLATE_NOOP("Reports", "Result")),
                                    col("inferred", QT_TRANSLATE_NOOP("Reports", "Inferred"), ReportKind::Id)},
                                   QT_TRANSLATE_NOOP("Reports", "No order was issued in the period."));
    qint64 cancelled = 0;
    {
        auto q = session.query(QStringLiteral("report_orders"), binds);
        while (q.next()) {
            const QString status = q.text("status");
            orders.rows << QStringList{q.text("order_id"),         iso(q.time("issued_at")), q.text("site_id"),
                                       q.text("hostname"),         q.text("runbook_id"),     status,
                                       text(q.value("issued_by")), text(q.value("reason")),  text(q.value("result")),
                                       yesNo(q.flag("inferred"))};
            if (status == QLatin1String("cancelled"))
                ++cancelled;
        }
    }
    return {exceptions, orders, cancelled};
}

ReportSection readAudit(Session &session, const Binds &binds)
{
    ReportSection audit = section(
        "audit", QT_TRANSLATE_NOOP("Reports", "Human actions: audit log"),
        {col("audit_id", QT_TRANSLATE_NOOP("Reports", "Entry"), ReportKind::Id),
         col("created_at", QT_TRANSLATE_NOOP("Reports", "Time"), ReportKind::Time),
         col("username", QT_TRANSLATE_NOOP("Reports", "Database login")),
         col("action", QT_TRANSLATE_NOOP("Reports", "Action"), ReportKind::Id),
         col("target", QT_TRANSLATE_NOOP("Reports", "Target"), ReportKind::Id),
         col("details", QT_TRANSLATE_NOOP("Reports", "Details"))},
        QT_TRANSLATE_NOOP("Reports", "No audited action in the period."),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Actions on this scope's orders, and administrative changes that name a site in scope or no site."));
    {
        auto q = session.query(QStringLiteral("report_audit"), binds);
        while (q.next()) {
            audit.rows << QStringList{q.text("id"),     iso(q.time("created_at")), q.text("username"),
                                      q.text("action"), text(q.value("target")),   q.text("details")};
        }
    }
    return audit;
}

using Durations = QMap<QString, std::pair<std::optional<double>, std::optional<double>>>; // mean, p95

// What one pass over the period's executions gives (report_executions.sql):
// the evidence appendix, the failed executions, the activity per runbook and
// appliance, and the exact duration figures per runbook.
struct ExecutionScan
{
    ReportSection evidence, failed;
    Activity activity;
    Durations durations;
};

// The 95th percentile as PostgreSQL's percentile_cont(0.95): linear
// interpolation between the two nearest ranks of the sorted values.
std::optional<double> percentile95(QList<double> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double position = 0.95 * double(values.size() - 1);
    const auto lower = qsizetype(std::floor(position));
    const auto upper = qsizetype(std::ceil(position));
    return values.at(lower) + (position - double(lower)) * (values.at(upper) - values.at(lower));
}

// expected (the telemetry total) moves the progress bar.
ExecutionScan readExecutions(Session &session, const Binds &binds, ReportProgress *progress, qint64 expected)
{
    ExecutionScan out;
    out.evidence = section(
        "evidence", QT_TRANSLATE_NOOP("Reports", "Evidence appendix"),
        {col("execution_id", QT_TRANSLATE_NOOP("Reports", "Execution"), ReportKind::Id),
         col("started_at", QT_TRANSLATE_NOOP("Reports", "Started"), ReportKind::Time),
         col("hostname", QT_TRANSLATE_NOOP("Reports", "Appliance"), ReportKind::Id),
         col("runbook_id", QT_TRANSLATE_NOOP("Reports", "Runbook"), ReportKind::Id),
         col("tier", QT_TRANSLATE_NOOP("Reports", "Tier"), ReportKind::Id),
         col("result", QT_TRANSLATE_NOOP("Reports", "Result"), ReportKind::Id),
         col("state_after_sha256", QT_TRANSLATE_NOOP("Reports", "SHA-256 of state_after"), ReportKind::Hash)},
        QT_TRANSLATE_NOOP("Reports", "No execution in the period."),
        QT_TRANSLATE_NOOP("Reports", "Every execution in the period. The hash is SHA-256 of state_after as stored "
                                     "(PostgreSQL jsonb text); it "
                                     "is empty when the appliance recorded no state."));
    out.failed = section("failed_executions", QT_TRANSLATE_NOOP("Reports", "Exceptions: failed executions"),
                         {col("execution_id", QT_TRANSLATE_NOOP("Reports", "Execution"), ReportKind::Id),
                          col("started_at", QT_TRANSLATE_NOOP("Reports", "Started"), ReportKind::Time),
                          col("site_id", QT_TRANSLATE_NOOP("Reports", "Site"), ReportKind::Id),
                          col("hostname", QT_TRANSLATE_NOOP("Reports", "Appliance"), ReportKind::Id),
                          col("runbook_id", QT_TRANSLATE_NOOP("Reports", "Runbook"), ReportKind::Id),
                          col("tier", QT_TRANSLATE_NOOP("Reports", "Tier"), ReportKind::Id),
                          col("error_message", QT_TRANSLATE_NOOP("Reports", "Error"))},
                         QT_TRANSLATE_NOOP("Reports", "No execution failed in the period."));
    QHash<QString, QList<double>> durations;
    auto q = session.query(QStringLiteral("report_executions"), binds);
    const double total = double(std::max<qint64>(1, expected));
    while (q.next()) {
        const bool success = q.flag("success");
        const QString started = q.text("started_at");
        const QString hostname = q.text("hostname");
        const QString runbook = q.text("runbook");
        const QString tier = q.text("tier");
        out.evidence.rows << QStringList{q.text("execution_id"),
                                         started,
                                         hostname,
                                         runbook,
                                         tier,
                                         success ? QStringLiteral("success") : QStringLiteral("failure"),
                                         text(q.value("state_after_sha256"))};
        if (!success) {
            out.failed.rows << QStringList{
                q.text("execution_id"),        started, q.text("site_id"), hostname, runbook, tier,
                text(q.value("error_message"))};
        }
        const QString appliance = q.text("appliance_id");
        if (!q.isNull("canonical")) {
            auto &c = out.activity.byCanonical[q.text("canonical")];
            ++c.first;
            c.second += success ? 1 : 0;
        }
        out.activity.reporting.insert(appliance);
        out.activity.reportingBySite[q.text("site_id")].insert(appliance);
        if (!q.isNull("mapped_to")) {
            auto &m = out.activity.mappingUsed[q.text("raw_id")];
            m.first = q.text("mapped_to");
            ++m.second;
        }
        if (const std::optional<double> d = q.maybeReal("duration_seconds"))
            durations[runbook] << *d;
        if (progress && out.evidence.rows.size() % 2000 == 0) {
            progress->check();
            progress->setFraction(0.65 + 0.3 * std::min(1.0, double(out.evidence.rows.size()) / total));
        }
    }
    for (auto it = durations.begin(); it != durations.end(); ++it) {
        const double sum = std::accumulate(it.value().cbegin(), it.value().cend(), 0.0);
        const double mean = sum / double(it.value().size());
        out.durations.insert(it.key(), {mean, percentile95(it.value())});
    }
    return out;
}

struct ReportBasis
{
    QString schemaVersion;
    qint64 mappingRows = 0;
    QString mappingSha256;
    int staleDays = 30;
    bool cutAtNow = false;
    QDateTime requestedTo;
    QString logoSha256;
};

ReportSection factsSection(const ReportData &r, const Scope &scope, const SiteFigures &sf, const ReportBasis &basis)
{
    const QList<SiteRow> &sites = sf.sites;
    const QStringList &partnerIds = sf.partnerIds;
    const QStringList &partnerNames = sf.partnerNames;
    ReportSection facts = keyValueSection("report", QT_TRANSLATE_NOOP("Reports", "Report"));
    addFact(facts, "report_id", r.reportId, "text", QT_TRANSLATE_NOOP("Reports", "Report ID"));
    addFact(facts, "generated_at", iso(r.generatedAt), "time",
            QT_TRANSLATE_NOOP("Reports", "Generated at (database time, UTC)"));
    addFact(facts, "generated_by", r.generatedBy, "text",
            QT_TRANSLATE_NOOP("Reports", "Generated by (database login)"));
    addFact(facts, "period_from", iso(scope.from), "time", QT_TRANSLATE_NOOP("Reports", "Period start (inclusive)"));
    addFact(facts, "period_to", iso(scope.to), "time", QT_TRANSLATE_NOOP("Reports", "Period end (exclusive)"));
    addFact(facts, "period_cut_at_now", yesNo(basis.cutAtNow), "text",
            QT_TRANSLATE_NOOP("Reports", "The period asked for ends after the report was made, so it runs to that "
                                         "moment (so far)"));
    addFact(facts, "previous_period_from", iso(scope.from.addSecs(-scope.from.secsTo(scope.to))), "time",
            QT_TRANSLATE_NOOP("Reports", "Previous period of equal length: start (it ends where this one starts)"));
    addFact(facts, "stale_after_days", count(basis.staleDays), "count",
            QT_TRANSLATE_NOOP("Reports", "A pair is stale when its latest evidence is older than this many days "
                                         "before the period end"));
    addFact(facts, "mapping_rows", count(basis.mappingRows), "count",
            QT_TRANSLATE_NOOP("Reports", "Rows in the runbook ID mapping as read"));
    addFact(facts, "mapping_sha256", basis.mappingSha256, "text",
            QT_TRANSLATE_NOOP("Reports", "SHA-256 of the whole runbook ID mapping as read"));
    addFact(facts, "scope", scope.partnerId.isEmpty() ? QStringLiteral("sites") : QStringLiteral("partner"), "text",
            QT_TRANSLATE_NOOP("Reports", "Scope kind"));
    addFact(facts, "partner_id",
            scope.partnerId.isEmpty() ? partnerIds.join(QStringLiteral("; ")) : scope.partnerId.toLower(), "text",
            QT_TRANSLATE_NOOP("Reports", "Partner ID"));
    addFact(facts, "partner_name", scope.partnerId.isEmpty() ? partnerNames.join(QStringLiteral("; ")) : r.partnerName,
            "text", QT_TRANSLATE_NOOP("Reports", "Partner"));
    addFact(facts, "site_count", count(sites.size()), "count", QT_TRANSLATE_NOOP("Reports", "Sites in scope"));
    addFact(facts, "partner_logo_sha256", basis.logoSha256, "text",
            QT_TRANSLATE_NOOP("Reports", "SHA-256 of the partner's logo on the cover (none set: empty)"));
    // Filled by ReportData::seal(): the digests of the two lists a PDF may summarise.
    addFact(facts, "failed_executions_sha256", QString(), "text",
            QT_TRANSLATE_NOOP("Reports", "SHA-256 of the failed executions: the CSV's records of that section"));
    addFact(facts, "evidence_sha256", QString(), "text",
            QT_TRANSLATE_NOOP("Reports", "SHA-256 of the evidence list: the CSV's evidence records, header included"));
    addFact(facts, "schema_version", basis.schemaVersion, "text",
            QT_TRANSLATE_NOOP("Reports", "Database schema version"));
    addFact(facts, "patient_data", QStringLiteral("none"), "text", Reports::kNoPatientData);
    return facts;
}

ReportSection summarySection(const FleetStats &stats, const SiteFigures &sf, const Activity &activity,
                             const IncidentFigures &inc, const ComplianceStates &now, const ComplianceStates &before,
                             qint64 controlCount, const ReportSection &failed, const IncidentExceptions &ex,
                             const OrderFigures &of)
{
    qint64 executionSuccesses = 0;
    for (const TierCount &t : stats.executionsByTier)
        executionSuccesses += t.successes;
    qint64 appliances = 0;
    for (const SiteRow &s : sf.sites)
        appliances += s.appliances;
    ReportSection summary = keyValueSection("summary", QT_TRANSLATE_NOOP("Reports", "Summary"));
    summary.note = ReportsText::tr(
        "Incident figures count incidents reported in the period; execution figures count telemetry rows; the "
        "compliance figures count (appliance, control) pairs as of the period end. They are never added together.");
    addFact(summary, "compliance_score", score(now.total.score()), "ratio",
            QT_TRANSLATE_NOOP("Reports", "Compliance score: passing pairs over passing and failing pairs, as of the "
                                         "period end"));
    addFact(summary, "compliance_score_previous", score(before.total.score()), "ratio",
            QT_TRANSLATE_NOOP("Reports", "Compliance score at the end of the previous period"));
    addFact(summary, "compliance_score_change", change(now.total.score(), before.total.score()), "ratio",
            QT_TRANSLATE_NOOP("Reports", "Change of the compliance score since then"));
    addFact(summary, "pairs_passing", count(now.total.passing), "count",
            QT_TRANSLATE_NOOP("Reports", "Pairs passing: the latest covering execution succeeded"));
    addFact(summary, "pairs_failing", count(now.total.failing), "count",
            QT_TRANSLATE_NOOP("Reports", "Pairs failing: the latest covering execution failed"));
    addFact(summary, "pairs_stale", count(now.total.stale), "count",
            QT_TRANSLATE_NOOP("Reports", "Pairs stale: the latest covering execution is too old to count"));
    addFact(summary, "pairs_no_evidence", count(now.total.noEvidence), "count",
            QT_TRANSLATE_NOOP("Reports", "Pairs with no covering execution at all"));
    addFact(summary, "controls", count(controlCount), "count",
            QT_TRANSLATE_NOOP("Reports", "HIPAA controls named by a runbook"));
    addFact(summary, "appliances", count(appliances), "count", QT_TRANSLATE_NOOP("Reports", "Appliances in scope"));
    addFact(summary, "appliances_reporting", count(activity.reporting.size()), "count",
            QT_TRANSLATE_NOOP("Reports", "Appliances that reported telemetry in the period"));
    addFact(summary, "incidents", count(inc.incidents), "count",
            QT_TRANSLATE_NOOP("Reports", "Incidents reported in the period"));
    addFact(summary, "incidents_open", count(inc.incidentsOpen), "count",
            QT_TRANSLATE_NOOP("Reports", "Of those, not resolved or closed when the report was made"));
    addFact(summary, "incidents_resolved_by_end", count(inc.resolvedByEnd), "count",
            QT_TRANSLATE_NOOP("Reports", "Of those, resolved (with a resolution time) before the period end"));
    addFact(summary, "auto_healed_share", ratio(inc.healedAuto, inc.resolvedByEnd), "ratio",
            QT_TRANSLATE_NOOP("Reports",
                              "Healed automatically: L1 or L2 share of the incidents resolved by the period end"));
    addFact(summary, "mean_time_to_resolve",
            real(inc.resolvedWithTime > 0 ? std::optional<double>(inc.resolveSeconds / double(inc.resolvedWithTime))
                                          : std::nullopt),
            "seconds", QT_TRANSLATE_NOOP("Reports", "Mean time to resolve (incidents of the period resolved so far)"));
    addFact(summary, "open_incidents", count(inc.openBacklog), "count",
            QT_TRANSLATE_NOOP("Reports", "Incidents open at the period end (reported before it, whenever)"));
    addFact(summary, "open_critical", count(inc.openCritical), "count",
            QT_TRANSLATE_NOOP("Reports", "Critical incidents open at the period end"));
    addFact(summary, "executions", count(stats.telemetryTotal), "count",
            QT_TRANSLATE_NOOP("Reports", "Executions in the period"));
    addFact(summary, "executions_succeeded", count(executionSuccesses), "count",
            QT_TRANSLATE_NOOP("Reports", "Executions that succeeded"));
    addFact(summary, "failed_executions", count(failed.rows.size()), "count",
            QT_TRANSLATE_NOOP("Reports", "Executions that failed"));
    addFact(summary, "l3_escalations", count(ex.escalations.rows.size()), "count",
            QT_TRANSLATE_NOOP("Reports",
                              "Incidents of the period at tier L3 (healed by a person; not the status \"escalated\")"));
    addFact(summary, "orders", count(of.issued.rows.size()), "count",
            QT_TRANSLATE_NOOP("Reports", "Orders issued in the period"));
    addFact(summary, "orders_cancelled", count(of.cancelled), "count",
            QT_TRANSLATE_NOOP("Reports", "Orders cancelled"));
    addFact(summary, "order_exceptions", count(of.exceptions.rows.size()), "count",
            QT_TRANSLATE_NOOP("Reports", "Orders failed, rejected or expired in the period, or overdue at its end"));
    return summary;
}

ReportSection severitySection(const IncidentFigures &inc)
{
    ReportSection severity = section(
        "incidents_by_severity", QT_TRANSLATE_NOOP("Reports", "Incidents by severity"),
        {col("severity", QT_TRANSLATE_NOOP("Reports", "Severity"), ReportKind::Id),
         col("incidents", QT_TRANSLATE_NOOP("Reports", "Incidents"), ReportKind::Count),
         col("open", QT_TRANSLATE_NOOP("Reports", "Open"), ReportKind::Count),
         col("resolved", QT_TRANSLATE_NOOP("Reports", "Resolved or closed"), ReportKind::Count),
         col("mean_time_to_resolve", QT_TRANSLATE_NOOP("Reports", "Mean time to resolve"), ReportKind::Seconds)},
        QT_TRANSLATE_NOOP("Reports", "No incident was reported in the period."));
    QStringList severities = inc.bySeverity.keys();
    std::sort(severities.begin(), severities.end(), [](const QString &a, const QString &b) {
        return std::pair(severityRank(a), a) < std::pair(severityRank(b), b);
    });
    for (const QString &name : severities) {
        const SeverityFigures &f = inc.bySeverity[name];
        if (f.incidents == 0)
            continue;
        severity.rows << QStringList{name, count(f.incidents), count(f.open), count(f.incidents - f.open),
                                     real(f.resolvedWithTime > 0
                                              ? std::optional<double>(f.resolveSeconds / double(f.resolvedWithTime))
                                              : std::nullopt)};
    }
    return severity;
}

ReportSection statusSection(const IncidentFigures &inc)
{
    ReportSection status = section(
        "incidents_by_status", QT_TRANSLATE_NOOP("Reports", "Incidents by status"),
        {col("status", QT_TRANSLATE_NOOP("Reports", "Status"), ReportKind::Id),
         col("incidents", QT_TRANSLATE_NOOP("Reports", "Incidents"), ReportKind::Count)},
        QT_TRANSLATE_NOOP("Reports", "No incident was reported in the period."),
        QT_TRANSLATE_NOOP("Reports", "The status the agent keeps, as it is when the report was made. \"Escalated\" "
                                     "means the agent handed the incident to a person and it is not closed yet; the "
                                     "tier L3 means a person healed it or was asked to, whatever its status now."));
    for (auto it = inc.byStatus.cbegin(); it != inc.byStatus.cend(); ++it)
        status.rows << QStringList{it.key(), count(it.value())};
    return status;
}

ReportSection incidentTierSection(const FleetStats &stats, qint64 incidents)
{
    ReportSection incidentTiers =
        section("incidents_by_tier", QT_TRANSLATE_NOOP("Reports", "Incidents by healing tier"),
                {col("tier", QT_TRANSLATE_NOOP("Reports", "Tier"), ReportKind::Id),
                 col("incidents", QT_TRANSLATE_NOOP("Reports", "Incidents"), ReportKind::Count),
                 col("share", QT_TRANSLATE_NOOP("Reports", "Share"), ReportKind::Ratio)},
                nullptr,
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "An incident's tier is the tier of its latest execution, else its recorded tier; none when neither "
                    "is known."));
    for (const QString &t : kTiers + QStringList{QStringLiteral("none")}) {
        const qint64 n = stats.incidentsByTier.value(t);
        incidentTiers.rows << QStringList{t, count(n), ratio(n, incidents)};
    }
    return incidentTiers;
}

ReportSection executionTierSection(const FleetStats &stats)
{
    ReportSection executionTiers =
        section("executions_by_tier", QT_TRANSLATE_NOOP("Reports", "Executions by healing tier"),
                {col("tier", QT_TRANSLATE_NOOP("Reports", "Tier"), ReportKind::Id),
                 col("executions", QT_TRANSLATE_NOOP("Reports", "Executions"), ReportKind::Count),
                 col("successes", QT_TRANSLATE_NOOP("Reports", "Succeeded"), ReportKind::Count),
                 col("success_rate", QT_TRANSLATE_NOOP("Reports", "Success rate"), ReportKind::Ratio)},
                nullptr);
    for (const QString &t : kTiers + QStringList{QStringLiteral("unknown")}) {
        const TierCount c = stats.executionsByTier.value(t);
        executionTiers.rows << QStringList{t, count(c.executions), count(c.successes),
                                           ratio(c.successes, c.executions)};
    }
    return executionTiers;
}

ReportSection runbookSection(const FleetStats &stats, const Durations &durations)
{
    ReportSection runbooks =
        section("runbooks", QT_TRANSLATE_NOOP("Reports", "Executions by runbook"),
                {col("runbook_id", QT_TRANSLATE_NOOP("Reports", "Runbook"), ReportKind::Id),
                 col("name", QT_TRANSLATE_NOOP("Reports", "Name")),
                 col("hipaa_controls", QT_TRANSLATE_NOOP("Reports", "HIPAA controls"), ReportKind::Id),
                 col("executions", QT_TRANSLATE_NOOP("Reports", "Executions"), ReportKind::Count),
                 col("successes", QT_TRANSLATE_NOOP("Reports", "Succeeded"), ReportKind::Count),
                 col("pass_rate", QT_TRANSLATE_NOOP("Reports", "Pass rate"), ReportKind::Ratio),
                 col("avg_duration", QT_TRANSLATE_NOOP("Reports", "Average duration"), ReportKind::Seconds),
                 col("p95_duration", QT_TRANSLATE_NOOP("Reports", "p95 duration"), ReportKind::Seconds),
                 col("last_run", QT_TRANSLATE_NOOP("Reports", "Last run"), ReportKind::Time)},
                nullptr,
                QT_TRANSLATE_NOOP("Reports", "Telemetry runbook IDs resolved through the mapping table; IDs that "
                                             "resolve to no runbook are listed as unmapped, never dropped. Average "
                                             "and p95 (95th percentile, interpolated) are exact over the period's "
                                             "executions with a duration."));
    for (const RunbookStat &s : stats.runbooks + stats.unmapped) {
        runbooks.rows << QStringList{s.runbookId,
                                     s.unmapped ? ReportsText::tr("(unmapped telemetry ID)") : s.name,
                                     s.hipaaControls,
                                     count(s.executions),
                                     count(s.successes),
                                     ratio(s.successes, s.executions),
                                     real(durations.value(s.runbookId).first),
                                     real(durations.value(s.runbookId).second),
                                     iso(s.lastRun)};
    }
    return runbooks;
}

} // namespace

namespace Reports {

Scope lastFullMonth(const Scope &base, const QDateTime &now)
{
    Scope s = base;
    const QDate today = now.toUTC().date();
    const QDate thisMonth(today.year(), today.month(), 1);
    s.from = QDateTime(thisMonth.addMonths(-1), QTime(0, 0), Qt::UTC);
    s.to = QDateTime(thisMonth, QTime(0, 0), Qt::UTC);
    return s;
}

ReportData build(Session &session, const Scope &requested, ReportProgress *progress, const ReportOptions &options)
{
    if (requested.siteIds.isEmpty() && requested.partnerId.isEmpty())
        throw Error(Error::Code::InvalidInput,
                    ReportsText::tr("a report covers one or more sites or a partner; name them"));
    if (!requested.from.isValid() || !requested.to.isValid())
        throw Error(Error::Code::InvalidInput, ReportsText::tr("a report needs a period with a start and an end"));
    if (options.staleDays < 1 || options.staleDays > 3650)
        throw Error(Error::Code::InvalidInput, ReportsText::tr("the stale limit is a whole number of days, 1 to 3650"));
    requested.validate();

    return session.readSnapshot(QStringLiteral("report"), [&] {
        ReportData r;
        r.reportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        stage(progress, 0.01, QT_TRANSLATE_NOOP("Reports", "Reading the scope"));
        ReportBasis basis;
        basis.schemaVersion = readHeader(session, requested, r);
        basis.staleDays = options.staleDays;
        basis.requestedTo = requested.to;
        // The period as it can be reported: nothing yet for one that starts
        // after now; one that ends after now runs to now, and says so.
        Scope scope = requested;
        if (scope.from >= r.generatedAt)
            throw Error(Error::Code::InvalidInput,
                        ReportsText::tr("the period starts %1, after now (%2): there is nothing to report yet")
                            .arg(iso(scope.from), iso(r.generatedAt)));
        if (scope.to > r.generatedAt) {
            scope.to = r.generatedAt;
            basis.cutAtNow = true;
        }
        r.scope = scope;
        const Binds binds = scope.binds();
        Scope previous = scope;
        previous.from = scope.from.addSecs(-scope.from.secsTo(scope.to));
        previous.to = scope.from;
        {
            auto q = session.query(QStringLiteral("report_mapping_fingerprint"), {});
            q.next();
            basis.mappingRows = q.int64("rows");
            basis.mappingSha256 = q.text("sha256");
        }
        const SiteFigures sites = readSites(session, scope);
        // The partner's own brand on the cover: the scope's partner, or the one partner of the sites asked for.
        const QString brandPartner = !scope.partnerId.isEmpty()     ? scope.partnerId
                                     : sites.partnerIds.size() == 1 ? sites.partnerIds.constFirst()
                                                                    : QString();
        if (const auto logo = Branding::logo(session, brandPartner)) {
            r.partnerLogo = logo->png;
            basis.logoSha256 = logo->sha256;
        }
        stage(progress, 0.05, QT_TRANSLATE_NOOP("Reports", "Counting incidents"));
        const IncidentFigures incidents = readIncidents(session, binds);
        stage(progress, 0.15, QT_TRANSLATE_NOOP("Reports", "Counting executions by tier and runbook"));
        const FleetStats stats = Stats::loadInSnapshot(session, scope, false);
        stage(progress, 0.3, QT_TRANSLATE_NOOP("Reports", "Building the HIPAA control matrix"));
        const QMap<QString, QStringList> covers = readCovers(session);
        const ComplianceStates states = readStates(session, scope, scope.to, options.staleDays);
        const ComplianceStates before = readStates(session, scope, previous.to, options.staleDays);
        stage(progress, 0.5, QT_TRANSLATE_NOOP("Reports", "Listing escalations and open incidents"));
        const IncidentExceptions exceptions = readIncidentExceptions(session, binds);
        stage(progress, 0.55, QT_TRANSLATE_NOOP("Reports", "Listing orders"));
        const OrderFigures orders = readOrders(session, binds, scope.to);
        stage(progress, 0.6, QT_TRANSLATE_NOOP("Reports", "Reading the audit log"));
        const ReportSection audit = readAudit(session, binds);
        stage(progress, 0.65, QT_TRANSLATE_NOOP("Reports", "Collecting evidence"));
        const ExecutionScan executions = readExecutions(session, binds, progress, stats.telemetryTotal);
        const Activity &activity = executions.activity;
        const ReportSection &failed = executions.failed;
        const ReportSection &evidence = executions.evidence;
        const Durations &durations = executions.durations;

        r.sections = {factsSection(r, scope, sites, basis),
                      siteSection(sites, states, activity),
                      summarySection(stats, sites, activity, incidents, states, before, covers.size(), failed,
                                     exceptions, orders),
                      severitySection(incidents),
                      statusSection(incidents),
                      incidentTierSection(stats, incidents.incidents),
                      executionTierSection(stats),
                      controlSection(covers, states, before, activity, options.staleDays),
                      runbookSection(stats, durations),
                      mappingSection(activity),
                      failingPairSection(states, scope.to),
                      failed,
                      exceptions.escalations,
                      exceptions.open,
                      orders.exceptions,
                      orders.issued,
                      audit,
                      evidence};
        stage(progress, 0.97, QT_TRANSLATE_NOOP("Reports", "Computing the digest"));
        r.seal();
        if (progress)
            progress->set(1.0, ReportsText::tr("Report ready"));
        return r;
    });
}

QCoro::Task<ReportData> load(Database &db, Scope scope, std::shared_ptr<ReportProgress> progress, ReportOptions options)
{
    auto fetch = [scope, progress, options](Session &s) { return build(s, scope, progress.get(), options); };
    QFuture<ReportData> future = db.submitRead(std::move(fetch));
    ReportData data = co_await future;
    co_return data;
}

namespace {

QString signWith(Session &session, ReportData &report)
{
    const Signer *signer = session.signer();
    if (!signer)
        return ReportsText::tr("unsigned: this workstation's keychain holds no signing key for this login");
    const QString state = Keys::signerState(session);
    if (state != QLatin1String("approved")) {
        return ReportsText::tr("unsigned: your signing key %1 is %2, not approved")
            .arg(signer->key->keyId(), state.isEmpty() ? ReportsText::tr("not registered") : format::storedValue(state));
    }
    const KeyMaterial keys = Keys::material(session);
    const Statement st = Statements::make(Statements::kReport,
                                          {report.reportId, report.digest(),
                                           signing::timeText(QDateTime::currentDateTimeUtc()), signer->login,
                                           signer->key->keyId()});
    report.signature.statement = st.bytes();
    report.signature.signature = signer->key->sign(report.signature.statement);
    report.signature.chain = keys.chain(signer->key->keyId());
    report.signer = session.signerHandle();
    return {};
}

} // namespace

QString sign(Session &session, ReportData &report)
{
    report.unsignedReason = signWith(session, report);
    return report.unsignedReason;
}

QByteArray toCsv(const ReportData &report)
{
    QByteArray out = report.encodedRecords();
    out += Csv::line({kDigestSection, QStringLiteral("header"), QStringLiteral("algorithm"), QStringLiteral("value")});
    out += Csv::line({kDigestSection, QStringLiteral("1"), QStringLiteral("sha256"), report.digest()});
    if (!report.signature.isEmpty()) {
        out += Csv::line({kSignatureSection, QStringLiteral("header"), QStringLiteral("field"), QStringLiteral("value")});
        out += Csv::line({kSignatureSection, QStringLiteral("1"), QStringLiteral("statement"),
                          QString::fromUtf8(report.signature.statement)});
        out += Csv::line({kSignatureSection, QStringLiteral("2"), QStringLiteral("signature"),
                          QString::fromLatin1(report.signature.signature.toBase64())});
        out += Csv::line({kSignatureSection, QStringLiteral("3"), QStringLiteral("chain"),
                          QString::fromUtf8(report.signature.chainJson())});
    }
    return out;
}

namespace {
const QByteArray kPdfMarker = QByteArrayLiteral("\n%HealdeskSignature-v1 ");
} // namespace

QByteArray pdfSignatureTrailer(const ReportSignature &fileSignature)
{
    const QJsonObject o{{QStringLiteral("statement"), QString::fromUtf8(fileSignature.statement)},
                        {QStringLiteral("signature"), QString::fromLatin1(fileSignature.signature.toBase64())},
                        {QStringLiteral("chain"), QString::fromUtf8(fileSignature.chainJson())}};
    return kPdfMarker + QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64() + "\n%%EOF\n";
}

ReportSignature signPdf(const ReportData &report, const QByteArray &pdf, const Signer &signer)
{
    ReportSignature s;
    s.statement = Statements::make(Statements::kReportFile,
                                   {report.reportId, report.digest(),
                                    QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()),
                                    signing::timeText(QDateTime::currentDateTimeUtc()), signer.login,
                                    signer.key->keyId()})
                      .bytes();
    s.signature = signer.key->sign(s.statement);
    s.chain = report.signature.chain;
    return s;
}

PdfSignature splitPdfSignature(const QByteArray &pdf)
{
    PdfSignature out;
    const qsizetype at = pdf.lastIndexOf(kPdfMarker);
    if (at < 0) {
        out.signedBytes = pdf;
        return out;
    }
    const qsizetype start = at + kPdfMarker.size();
    const qsizetype end = pdf.indexOf('\n', start);
    // Nothing may follow the signed line but the end marker: bytes appended
    // after it (an incremental update) would change what a viewer shows.
    if (end < 0 || pdf.mid(end) != QByteArrayLiteral("\n%%EOF\n"))
        throw Error(Error::Code::InvalidInput,
                    ReportsText::tr("the PDF has bytes after its signature line: it was changed after signing"));
    const QByteArray encoded = pdf.mid(start, end - start);
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonObject o = decoded ? QJsonDocument::fromJson(decoded.decoded).object() : QJsonObject();
    if (o.isEmpty())
        throw Error(Error::Code::InvalidInput, ReportsText::tr("the PDF's signature line is damaged"));
    out.signature.statement = o.value(QStringLiteral("statement")).toString().toUtf8();
    out.signature.signature = signing::strictBase64(o.value(QStringLiteral("signature")).toString());
    out.signature.chain = ReportSignature::chainFromJson(o.value(QStringLiteral("chain")).toString().toUtf8());
    out.signedBytes = pdf.left(at);
    return out;
}

Verification verifyCsv(const QByteArray &bytes)
{
    const QList<QStringList> records = Csv::parse(bytes);
    Verification v;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool sawReport = false;
    for (const QStringList &r : records) {
        if (r.value(0) == kSignatureSection) {
            const QString field = r.value(2);
            if (field == QLatin1String("statement"))
                v.signature.statement = r.value(3).toUtf8();
            else if (field == QLatin1String("signature"))
                v.signature.signature = signing::strictBase64(r.value(3));
            else if (field == QLatin1String("chain"))
                v.signature.chain = ReportSignature::chainFromJson(r.value(3).toUtf8());
            continue;
        }
        if (r.value(0) == kDigestSection) {
            if (r.value(1) != QLatin1String("header")) {
                if (r.value(2) != QLatin1String("sha256"))
                    throw Error(Error::Code::InvalidInput,
                                ReportsText::tr("unknown digest algorithm \"%1\"").arg(r.value(2)));
                v.recorded = r.value(3).toLower();
            }
            continue;
        }
        if (r.value(0) == QLatin1String("report")) {
            sawReport = true;
            if (r.value(2) == QLatin1String("report_id"))
                v.reportId = r.value(3);
        }
        hash.addData(Csv::line(r));
        ++v.records;
    }
    if (!sawReport || v.recorded.isEmpty())
        throw Error(Error::Code::InvalidInput,
                    ReportsText::tr("not a Healdesk report CSV (no report section or no digest)"));
    v.computed = QString::fromLatin1(hash.result().toHex());
    return v;
}

} // namespace Reports

} // namespace hd
