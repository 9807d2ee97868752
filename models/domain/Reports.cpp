#include "Reports.h"

#include "Audit.h"
#include "Database.h"
#include "Error.h"
#include "Fleet.h"
#include "Session.h"
#include "Stats.h"

#include <QCoreApplication>
#include <QtAlgorithms>

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

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

template <typename Fn> void forEachRecord(const ReportData &report, Fn &&fn)
{
    for (const ReportSection &s : report.sections) {
        QStringList header{s.key, QStringLiteral("header")};
        for (const ReportColumn &c : s.columns)
            header << c.key;
        fn(header);
        qint64 n = 0;
        for (const QStringList &row : s.rows)
            fn(QStringList{s.key, QString::number(++n)} + row);
    }
}

const QString kDigestSection = QStringLiteral("digest");

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

QString ReportData::digest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    forEachRecord(*this, [&hash](const QStringList &r) { hash.addData(Csv::line(r)); });
    return QString::fromLatin1(hash.result().toHex());
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
    ReportSection section;
    qint64 appliances = 0, online = 0, stale = 0, offline = 0;
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
    ReportSection siteSection =
        section("sites", QT_TRANSLATE_NOOP("Reports", "Sites in scope"),
                {col("site_id", QT_TRANSLATE_NOOP("Reports", "Site ID"), ReportKind::Id),
                 col("site_name", QT_TRANSLATE_NOOP("Reports", "Site")),
                 col("partner_id", QT_TRANSLATE_NOOP("Reports", "Partner ID"), ReportKind::Id),
                 col("partner_name", QT_TRANSLATE_NOOP("Reports", "Partner")),
                 col("appliances", QT_TRANSLATE_NOOP("Reports", "Appliances"), ReportKind::Count),
                 col("online", QT_TRANSLATE_NOOP("Reports", "Online"), ReportKind::Count),
                 col("stale", QT_TRANSLATE_NOOP("Reports", "Stale"), ReportKind::Count),
                 col("offline", QT_TRANSLATE_NOOP("Reports", "Offline"), ReportKind::Count),
                 col("open_incidents", QT_TRANSLATE_NOOP("Reports", "Open incidents"), ReportKind::Count)},
                QT_TRANSLATE_NOOP("Reports", "The partner has no sites."),
                QT_TRANSLATE_NOOP("Reports", "Appliance status as of the time the report was generated."));
    qint64 appliances = 0, online = 0, stale = 0, offline = 0;
    for (const SiteRow &s : sites) {
        siteSection.rows << QStringList{s.id,
                                        s.name,
                                        s.partnerId,
                                        s.partnerName,
                                        count(s.appliances),
                                        count(s.online),
                                        count(s.stale),
                                        count(s.offline),
                                        count(s.openIncidents)};
        appliances += s.appliances;
        online += s.online;
        stale += s.stale;
        offline += s.offline;
    }
    QStringList partnerIds, partnerNames;
    for (const SiteRow &s : sites) {
        if (!partnerIds.contains(s.partnerId)) {
            partnerIds << s.partnerId;
            partnerNames << s.partnerName;
        }
    }
    return {sites, siteSection, appliances, online, stale, offline, partnerIds, partnerNames};
}

struct IncidentFigures
{
    QMap<QString, SeverityFigures> bySeverity;
    QMap<QString, qint64> byStatus;
    qint64 incidents = 0, incidentsOpen = 0, resolvedWithTime = 0, openBacklog = 0, openCritical = 0;
    double resolveSeconds = 0;
};

IncidentFigures readIncidents(Session &session, const Binds &binds)
{
    QMap<QString, SeverityFigures> bySeverity;
    QMap<QString, qint64> byStatus;
    qint64 incidents = 0, incidentsOpen = 0, resolvedWithTime = 0, openBacklog = 0, openCritical = 0;
    double resolveSeconds = 0;
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
            if (severity == QLatin1String("critical"))
                openCritical += q.int64("open_backlog");
        }
    }
    return {bySeverity,       byStatus,    incidents,    incidentsOpen,
            resolvedWithTime, openBacklog, openCritical, resolveSeconds};
}

struct ControlFigures
{
    ReportSection section;
    qint64 verified = 0, failing = 0, noEvidence = 0, count = 0;
};

ControlFigures readControls(Session &session, const Binds &binds)
{
    ReportSection controls = section(
        "controls", QT_TRANSLATE_NOOP("Reports", "HIPAA control matrix"),
        {col("control", QT_TRANSLATE_NOOP("Reports", "Control"), ReportKind::Id),
         col("runbooks", QT_TRANSLATE_NOOP("Reports", "Runbooks"), ReportKind::Id),
         col("executions", QT_TRANSLATE_NOOP("Reports", "Executions"), ReportKind::Count),
         col("successes", QT_TRANSLATE_NOOP("Reports", "Succeeded"), ReportKind::Count),
         col("pass_rate", QT_TRANSLATE_NOOP("Reports", "Pass rate"), ReportKind::Ratio),
         col("last_success", QT_TRANSLATE_NOOP("Reports", "Last success"), ReportKind::Time),
         col("unhealed", QT_TRANSLATE_NOOP("Reports", "Unhealed"), ReportKind::Count),
         col("status", QT_TRANSLATE_NOOP("Reports", "Status"), ReportKind::Id)},
        QT_TRANSLATE_NOOP("Reports", "No runbook names a HIPAA control."),
        QT_TRANSLATE_NOOP(
            "Reports", "Every control named by a runbook. Verified: executions in the period and, on every appliance, "
                       "the most recent one succeeded. Failing: on at least one appliance the most recent execution "
                       "failed (unhealed). No evidence: no execution of a covering runbook in the period."));
    qint64 verified = 0, failing = 0, noEvidence = 0;
    {
        auto q = session.query(QStringLiteral("report_controls"), binds);
        while (q.next()) {
            const qint64 executions = q.int64("executions");
            const qint64 successes = q.int64("successes");
            const qint64 unhealed = q.int64("unhealed");
            QString status;
            if (executions == 0) {
                status = QStringLiteral("no_evidence");
                ++noEvidence;
            } else if (unhealed > 0) {
                status = QStringLiteral("failing");
                ++failing;
            } else {
                status = QStringLiteral("verified");
                ++verified;
            }
            controls.rows << QStringList{q.text("control"),
                                         q.text("runbooks"),
                                         count(executions),
                                         count(successes),
                                         ratio(successes, executions),
                                         iso(q.time("last_success")),
                                         count(unhealed),
                                         status};
        }
    }
    const qint64 controlCount = controls.rows.size();
    return {controls, verified, failing, noEvidence, controlCount};
}

ReportSection readFailedExecutions(Session &session, const Binds &binds)
{
    ReportSection failed = section("failed_executions", QT_TRANSLATE_NOOP("Reports", "Exceptions: failed executions"),
                                   {col("execution_id", QT_TRANSLATE_NOOP("Reports", "Execution"), ReportKind::Id),
                                    col("started_at", QT_TRANSLATE_NOOP("Reports", "Started"), ReportKind::Time),
                                    col("site_id", QT_TRANSLATE_NOOP("Reports", "Site"), ReportKind::Id),
                                    col("hostname", QT_TRANSLATE_NOOP("Reports", "Appliance")),
                                    col("runbook_id", QT_TRANSLATE_NOOP("Reports", "Runbook"), ReportKind::Id),
                                    col("tier", QT_TRANSLATE_NOOP("Reports", "Tier"), ReportKind::Id),
                                    col("error_message", QT_TRANSLATE_NOOP("Reports", "Error"))},
                                   QT_TRANSLATE_NOOP("Reports", "No execution failed in the period."));
    {
        auto q = session.query(QStringLiteral("report_failed_executions"), binds);
        while (q.next()) {
            failed.rows << QStringList{q.text("execution_id"),
                                       iso(q.time("started_at")),
                                       q.text("site_id"),
                                       q.text("hostname"),
                                       q.text("runbook"),
                                       q.text("tier"),
                                       text(q.value("error_message"))};
        }
    }
    return failed;
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
        col("hostname", QT_TRANSLATE_NOOP("Reports", "Appliance")),
        col("incident_type", QT_TRANSLATE_NOOP("Reports", "Type")),
        col("severity", QT_TRANSLATE_NOOP("Reports", "Severity"), ReportKind::Id),
        col("status", QT_TRANSLATE_NOOP("Reports", "Status"), ReportKind::Id),
        col("tier", QT_TRANSLATE_NOOP("Reports", "Tier"), ReportKind::Id)};
    ReportSection escalations = section(
        "l3_escalations", QT_TRANSLATE_NOOP("Reports", "Exceptions: L3 escalations"), incidentColumns,
        QT_TRANSLATE_NOOP("Reports", "No incident was escalated to L3 in the period."),
        QT_TRANSLATE_NOOP("Reports", "Incidents reported in the period whose tier is L3 (escalated to a person)."));
    ReportSection openIncidents = section(
        "open_incidents", QT_TRANSLATE_NOOP("Reports", "Exceptions: incidents still open"), incidentColumns,
        QT_TRANSLATE_NOOP("Reports", "No incident is open."),
        QT_TRANSLATE_NOOP("Reports",
                          "Incidents reported before the end of the period that are neither resolved nor closed."));
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
    ReportSection failed, issued;
    qint64 cancelled = 0;
};

OrderFigures readOrders(Session &session, const Binds &binds)
{
    const QList<ReportColumn> orderColumns{col("order_id", QT_TRANSLATE_NOOP("Reports", "Order"), ReportKind::Id),
                                           col("issued_at", QT_TRANSLATE_NOOP("Reports", "Issued"), ReportKind::Time),
                                           col("site_id", QT_TRANSLATE_NOOP("Reports", "Site"), ReportKind::Id),
                                           col("hostname", QT_TRANSLATE_NOOP("Reports", "Appliance")),
                                           col("runbook_id", QT_TRANSLATE_NOOP("Reports", "Runbook"), ReportKind::Id),
                                           col("status", QT_TRANSLATE_NOOP("Reports", "Status"), ReportKind::Id),
                                           col("issued_by", QT_TRANSLATE_NOOP("Reports", "Issued by")),
                                           col("reason", QT_TRANSLATE_NOOP("Reports", "Reason")),
                                           col("result", QT_TRANSLATE_NOOP("Reports", "Result")),
                                           col("inferred", QT_TRANSLATE_NOOP("Reports", "Inferred"), ReportKind::Id)};
    ReportSection failedOrders =
        section("failed_orders", QT_TRANSLATE_NOOP("Reports", "Exceptions: orders that failed or expired"),
                orderColumns, QT_TRANSLATE_NOOP("Reports", "No order issued in the period failed or expired."));
    ReportSection orders = section("orders", QT_TRANSLATE_NOOP("Reports", "Human actions: orders issued"), orderColumns,
                                   QT_TRANSLATE_NOOP("Reports", "No order was issued in the period."));
    qint64 cancelled = 0;
    {
        auto q = session.query(QStringLiteral("report_orders"), binds);
        while (q.next()) {
            const QString status = q.text("status");
            const QStringList row{
                q.text("order_id"),         iso(q.time("issued_at")),
                q.text("site_id"),          q.text("hostname"),
                q.text("runbook_id"),       status,
                text(q.value("issued_by")), text(q.value("reason")),
                text(q.value("result")),    q.flag("inferred") ? QStringLiteral("true") : QStringLiteral("false")};
            orders.rows << row;
            if (status == QLatin1String("failed") || status == QLatin1String("expired"))
                failedOrders.rows << row;
            if (status == QLatin1String("cancelled"))
                ++cancelled;
        }
    }
    return {failedOrders, orders, cancelled};
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

// Every execution of the period; expected (the telemetry total) moves the progress bar.
ReportSection readEvidence(Session &session, const Binds &binds, ReportProgress *progress, qint64 expected)
{
    ReportSection evidence = section(
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
    {
        auto q = session.query(QStringLiteral("report_evidence"), binds);
        const double total = double(std::max<qint64>(1, expected));
        while (q.next()) {
            evidence.rows << QStringList{q.text("execution_id"),
                                         iso(q.time("started_at")),
                                         q.text("hostname"),
                                         q.text("runbook"),
                                         q.text("tier"),
                                         q.flag("success") ? QStringLiteral("success") : QStringLiteral("failure"),
                                         text(q.value("state_after_sha256"))};
            if (progress && evidence.rows.size() % 2000 == 0) {
                progress->check();
                progress->setFraction(0.65 + 0.34 * std::min(1.0, double(evidence.rows.size()) / total));
            }
        }
    }
    return evidence;
}

ReportSection factsSection(const ReportData &r, const Scope &scope, const SiteFigures &sf, const QString &schemaVersion)
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
    addFact(facts, "scope", scope.partnerId.isEmpty() ? QStringLiteral("sites") : QStringLiteral("partner"), "text",
            QT_TRANSLATE_NOOP("Reports", "Scope kind"));
    addFact(facts, "partner_id",
            scope.partnerId.isEmpty() ? partnerIds.join(QStringLiteral("; ")) : scope.partnerId.toLower(), "text",
            QT_TRANSLATE_NOOP("Reports", "Partner ID"));
    addFact(facts, "partner_name", scope.partnerId.isEmpty() ? partnerNames.join(QStringLiteral("; ")) : r.partnerName,
            "text", QT_TRANSLATE_NOOP("Reports", "Partner"));
    addFact(facts, "site_count", count(sites.size()), "count", QT_TRANSLATE_NOOP("Reports", "Sites in scope"));
    addFact(facts, "schema_version", schemaVersion, "text", QT_TRANSLATE_NOOP("Reports", "Database schema version"));
    addFact(facts, "patient_data", QStringLiteral("none"), "text", Reports::kNoPatientData);
    return facts;
}

ReportSection summarySection(const FleetStats &stats, const SiteFigures &sf, const IncidentFigures &inc,
                             const ControlFigures &cf, const ReportSection &failed, const IncidentExceptions &ex,
                             const OrderFigures &of)
{
    const qint64 autoHealed =
        stats.incidentsByTier.value(QStringLiteral("L1")) + stats.incidentsByTier.value(QStringLiteral("L2"));
    qint64 executionSuccesses = 0;
    for (const TierCount &t : stats.executionsByTier)
        executionSuccesses += t.successes;
    ReportSection summary = keyValueSection("summary", QT_TRANSLATE_NOOP("Reports", "Summary"));
    summary.note = ReportsText::tr(
        "Incident figures count incidents reported in the period; execution figures count telemetry rows. "
        "The two are never added together.");
    addFact(summary, "compliance_score", ratio(cf.verified, cf.count), "ratio",
            QT_TRANSLATE_NOOP("Reports", "Compliance score: share of HIPAA controls verified in the period"));
    addFact(summary, "appliances", count(sf.appliances), "count", QT_TRANSLATE_NOOP("Reports", "Appliances"));
    addFact(summary, "appliances_online", count(sf.online), "count",
            QT_TRANSLATE_NOOP("Reports", "Appliances online (checked in within 5 min)"));
    addFact(summary, "appliances_stale", count(sf.stale), "count",
            QT_TRANSLATE_NOOP("Reports", "Appliances stale (within 15 min)"));
    addFact(summary, "appliances_offline", count(sf.offline), "count",
            QT_TRANSLATE_NOOP("Reports", "Appliances offline"));
    addFact(summary, "incidents", count(inc.incidents), "count",
            QT_TRANSLATE_NOOP("Reports", "Incidents reported in the period"));
    addFact(summary, "incidents_open", count(inc.incidentsOpen), "count",
            QT_TRANSLATE_NOOP("Reports", "Of those, still open"));
    addFact(summary, "auto_healed_share", ratio(autoHealed, inc.incidents), "ratio",
            QT_TRANSLATE_NOOP("Reports", "Healed automatically (incidents whose tier is L1 or L2)"));
    addFact(summary, "mean_time_to_resolve",
            real(inc.resolvedWithTime > 0 ? std::optional<double>(inc.resolveSeconds / double(inc.resolvedWithTime))
                                          : std::nullopt),
            "seconds", QT_TRANSLATE_NOOP("Reports", "Mean time to resolve (incidents of the period resolved so far)"));
    addFact(summary, "open_incidents", count(inc.openBacklog), "count",
            QT_TRANSLATE_NOOP("Reports", "Incidents open now (reported before the period end)"));
    addFact(summary, "open_critical", count(inc.openCritical), "count",
            QT_TRANSLATE_NOOP("Reports", "Critical incidents open now"));
    addFact(summary, "executions", count(stats.telemetryTotal), "count",
            QT_TRANSLATE_NOOP("Reports", "Executions in the period"));
    addFact(summary, "executions_succeeded", count(executionSuccesses), "count",
            QT_TRANSLATE_NOOP("Reports", "Executions that succeeded"));
    addFact(summary, "failed_executions", count(failed.rows.size()), "count",
            QT_TRANSLATE_NOOP("Reports", "Executions that failed"));
    addFact(summary, "l3_escalations", count(ex.escalations.rows.size()), "count",
            QT_TRANSLATE_NOOP("Reports", "Incidents escalated to L3"));
    addFact(summary, "orders", count(of.issued.rows.size()), "count",
            QT_TRANSLATE_NOOP("Reports", "Orders issued in the period"));
    addFact(summary, "orders_cancelled", count(of.cancelled), "count",
            QT_TRANSLATE_NOOP("Reports", "Orders cancelled"));
    addFact(summary, "orders_failed_or_expired", count(of.failed.rows.size()), "count",
            QT_TRANSLATE_NOOP("Reports", "Orders that failed or expired"));
    addFact(summary, "controls", count(cf.count), "count", QT_TRANSLATE_NOOP("Reports", "HIPAA controls"));
    addFact(summary, "controls_verified", count(cf.verified), "count",
            QT_TRANSLATE_NOOP("Reports", "Controls verified"));
    addFact(summary, "controls_failing", count(cf.failing), "count", QT_TRANSLATE_NOOP("Reports", "Controls failing"));
    addFact(summary, "controls_no_evidence", count(cf.noEvidence), "count",
            QT_TRANSLATE_NOOP("Reports", "Controls with no evidence in the period"));
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
    ReportSection status = section("incidents_by_status", QT_TRANSLATE_NOOP("Reports", "Incidents by status"),
                                   {col("status", QT_TRANSLATE_NOOP("Reports", "Status"), ReportKind::Id),
                                    col("incidents", QT_TRANSLATE_NOOP("Reports", "Incidents"), ReportKind::Count)},
                                   QT_TRANSLATE_NOOP("Reports", "No incident was reported in the period."));
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

ReportSection runbookSection(const FleetStats &stats)
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
                                             "resolve to no runbook are listed as "
                                             "unmapped, never dropped."));
    for (const RunbookStat &s : stats.runbooks + stats.unmapped) {
        runbooks.rows << QStringList{
            s.runbookId,         s.unmapped ? ReportsText::tr("(unmapped telemetry ID)") : s.name,
            s.hipaaControls,     count(s.executions),
            count(s.successes),  ratio(s.successes, s.executions),
            real(s.avgDuration), real(s.p95Duration),
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

ReportData build(Session &session, const Scope &scope, ReportProgress *progress)
{
    if (scope.siteIds.isEmpty() && scope.partnerId.isEmpty())
        throw Error(Error::Code::InvalidInput,
                    ReportsText::tr("a report covers one or more sites or a partner; name them"));
    if (!scope.from.isValid() || !scope.to.isValid())
        throw Error(Error::Code::InvalidInput, ReportsText::tr("a report needs a period with a start and an end"));
    scope.validate();
    const Binds binds = scope.binds();

    return session.readSnapshot(QStringLiteral("report"), [&] {
        ReportData r;
        r.reportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.scope = scope;
        stage(progress, 0.01, QT_TRANSLATE_NOOP("Reports", "Reading the scope"));
        const QString schemaVersion = readHeader(session, scope, r);
        const SiteFigures sites = readSites(session, scope);
        stage(progress, 0.05, QT_TRANSLATE_NOOP("Reports", "Counting incidents"));
        const IncidentFigures incidents = readIncidents(session, binds);
        stage(progress, 0.15, QT_TRANSLATE_NOOP("Reports", "Counting executions by tier and runbook"));
        const FleetStats stats = Stats::loadInSnapshot(session, scope, false);
        stage(progress, 0.35, QT_TRANSLATE_NOOP("Reports", "Building the HIPAA control matrix"));
        const ControlFigures controls = readControls(session, binds);
        stage(progress, 0.45, QT_TRANSLATE_NOOP("Reports", "Listing failed executions"));
        const ReportSection failed = readFailedExecutions(session, binds);
        stage(progress, 0.5, QT_TRANSLATE_NOOP("Reports", "Listing escalations and open incidents"));
        const IncidentExceptions exceptions = readIncidentExceptions(session, binds);
        stage(progress, 0.55, QT_TRANSLATE_NOOP("Reports", "Listing orders"));
        const OrderFigures orders = readOrders(session, binds);
        stage(progress, 0.6, QT_TRANSLATE_NOOP("Reports", "Reading the audit log"));
        const ReportSection audit = readAudit(session, binds);
        stage(progress, 0.65, QT_TRANSLATE_NOOP("Reports", "Collecting evidence"));
        const ReportSection evidence = readEvidence(session, binds, progress, stats.telemetryTotal);

        r.sections = {factsSection(r, scope, sites, schemaVersion),
                      sites.section,
                      summarySection(stats, sites, incidents, controls, failed, exceptions, orders),
                      severitySection(incidents),
                      statusSection(incidents),
                      incidentTierSection(stats, incidents.incidents),
                      executionTierSection(stats),
                      controls.section,
                      runbookSection(stats),
                      failed,
                      exceptions.escalations,
                      exceptions.open,
                      orders.failed,
                      orders.issued,
                      audit,
                      evidence};
        if (progress)
            progress->set(1.0, ReportsText::tr("Report ready"));
        return r;
    });
}

QCoro::Task<ReportData> load(Database &db, Scope scope, std::shared_ptr<ReportProgress> progress)
{
    auto fetch = [scope, progress](Session &s) { return build(s, scope, progress.get()); };
    QFuture<ReportData> future = db.submitRead(std::move(fetch));
    ReportData data = co_await future;
    co_return data;
}

QByteArray toCsv(const ReportData &report)
{
    QByteArray out;
    forEachRecord(report, [&out](const QStringList &r) { out += Csv::line(r); });
    out += Csv::line({kDigestSection, QStringLiteral("header"), QStringLiteral("algorithm"), QStringLiteral("value")});
    out += Csv::line({kDigestSection, QStringLiteral("1"), QStringLiteral("sha256"), report.digest()});
    return out;
}

Verification verifyCsv(const QByteArray &bytes)
{
    const QList<QStringList> records = Csv::parse(bytes);
    Verification v;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool sawReport = false;
    for (const QStringList &r : records) {
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
