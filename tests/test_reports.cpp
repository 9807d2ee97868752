// Compliance reports: figures against values worked out here from the rows the
// test inserts, the CSV digest, the PDF read back with poppler's pdftotext and
// pdfdetach, the command line's refusals, and the Reports page.
#include "ArchivePanel.h"
#include "CliRun.h"
#include "Error.h"
#include "FleetFixture.h"
#include "ReportArchive.h"
#include "ReportDocument.h"
#include "Reports.h"
#include "ReportsPage.h"
#include "Session.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <map>
#include <set>

using namespace hd;
using namespace hd::test;

namespace {

const QDateTime kFrom(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
const QDateTime kTo(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

// A site name that CSV and PDF must carry intact: comma, quotes, a newline,
// accents, Cyrillic and Greek (scripts the bundled DejaVu fonts cover).
const QString kOddName = QStringLiteral("Clínica \"Ñandú\", Norte\nАла Ωμέγα");

QString at(int day, int minute = 0)
{
    return isoTime(kFrom.addDays(day).addSecs(qint64(minute) * 60));
}

struct Runbook
{
    QString id;
    QStringList controls;
};

struct Tel
{
    QString key;
    QString appliance; // appliance key
    QString runbook;   // as telemetry stores it
    std::optional<QString> level;
    bool success = true;
    int day = 0;                       // days after the period start; negative is before it
    QString incident;                  // incident key or ""
    std::optional<QString> stateAfter; // jsonb text form, or NULL
    QString error;
};

struct Inc
{
    QString key;
    QString appliance;
    QString severity;
    QString status;
    std::optional<QString> tier;
    int day = 0;
    std::optional<int> resolvedAfterMinutes;
};

struct Ord
{
    QString id;
    QString appliance;
    QString runbook;
    QString status;
    int day = 0;
};

struct Aud
{
    QString action;
    QString target;
    QString details;
    int day = 0;
};

// The fleet: partner "north" (sites clinic-a with the odd name, clinic-b),
// partner "south" (clinic-c, out of scope), partner "calm" (clinic-quiet, no
// activity in the period).
struct Fixture
{
    QMap<QString, QString> applianceSite; // appliance key -> site
    QMap<QString, QString> applianceId;   // appliance key -> uuid
    QMap<QString, QString> hostname;
    QList<Runbook> runbooks{
        {QStringLiteral("RB-FW-001"), {QStringLiteral("164.312(e)(1)"), QStringLiteral("164.312(b)")}},
        {QStringLiteral("RB-AUD-001"), {QStringLiteral("164.312(b)")}},
        {QStringLiteral("RB-LOG-001"), {QStringLiteral("164.312(c)(1)")}},
        {QStringLiteral("RB-BKP-001"), {QStringLiteral("164.308(a)(7)(ii)(A)")}},
        {QStringLiteral("RB-NOCTL-001"), {}}};
    QMap<QString, QString> mapping{{QStringLiteral("L1-FW-001"), QStringLiteral("RB-FW-001")}};
    QList<Tel> telemetry{
        {QStringLiteral("t1"),
         QStringLiteral("a1"),
         QStringLiteral("L1-FW-001"),
         QStringLiteral("L1"),
         true,
         2,
         QStringLiteral("i1"),
         QStringLiteral(R"({"firewall": "on"})"),
         {}},
        {QStringLiteral("t2"), QStringLiteral("a1"), QStringLiteral("RB-FW-001"), QStringLiteral("L1"), false, 3,
         QStringLiteral("i1"), QStringLiteral(R"({"firewall": "off"})"), QStringLiteral("blocked, \"by policy\"")},
        {QStringLiteral("t3"),
         QStringLiteral("a2"),
         QStringLiteral("RB-FW-001"),
         QStringLiteral("L2"),
         true,
         4,
         QStringLiteral("i2"),
         QStringLiteral(R"({"firewall": "on"})"),
         {}},
        {QStringLiteral("t4"),
         QStringLiteral("b1"),
         QStringLiteral("RB-AUD-001"),
         QStringLiteral("l1 "),
         true,
         5,
         {},
         QStringLiteral(R"({"auditd": "running"})"),
         {}},
        {QStringLiteral("t5"), QStringLiteral("b1"), QStringLiteral("RB-AUD-001"), QStringLiteral("L3"), false, 6,
         QStringLiteral("i3"), QStringLiteral(R"({"auditd": "stopped"})"), QStringLiteral("needs a person")},
        {QStringLiteral("t6"),
         QStringLiteral("a1"),
         QStringLiteral("L1-UNKNOWN-9"),
         QStringLiteral("L1"),
         true,
         7,
         {},
         QStringLiteral(R"({"x": 1})"),
         {}},
        {QStringLiteral("t7"),
         QStringLiteral("a2"),
         QStringLiteral("RB-FW-001"),
         std::nullopt,
         true,
         8,
         {},
         std::nullopt,
         {}},
        {QStringLiteral("t8"),
         QStringLiteral("a1"),
         QStringLiteral("RB-AUD-001"),
         QStringLiteral("L1"),
         true,
         -3,
         {},
         QStringLiteral(R"({"auditd": "running"})"),
         {}},
        {QStringLiteral("t9"),
         QStringLiteral("c1"),
         QStringLiteral("RB-BKP-001"),
         QStringLiteral("L1"),
         true,
         2,
         {},
         QStringLiteral(R"({"backup": "ok"})"),
         {}},
        {QStringLiteral("t10"),
         QStringLiteral("b1"),
         QStringLiteral("RB-LOG-001"),
         QStringLiteral("L1"),
         true,
         9,
         {},
         QStringLiteral(R"({"retention": 90})"),
         {}},
        {QStringLiteral("t11"),
         QStringLiteral("q1"),
         QStringLiteral("RB-LOG-001"),
         QStringLiteral("L1"),
         true,
         -20,
         {},
         QStringLiteral(R"({"retention": 90})"),
         {}},
    };
    QList<Inc> incidents{
        {QStringLiteral("i1"), QStringLiteral("a1"), QStringLiteral("critical"), QStringLiteral("resolved"),
         std::nullopt, 2, 30},
        {QStringLiteral("i2"),
         QStringLiteral("a2"),
         QStringLiteral("high"),
         QStringLiteral("open"),
         std::nullopt,
         4,
         {}},
        {QStringLiteral("i3"),
         QStringLiteral("b1"),
         QStringLiteral("critical"),
         QStringLiteral("escalated"),
         QStringLiteral("L3"),
         6,
         {}},
        {QStringLiteral("i4"), QStringLiteral("b1"), QStringLiteral("low"), QStringLiteral("resolved"),
         QStringLiteral("l1"), 5, 90},
        {QStringLiteral("i5"),
         QStringLiteral("a1"),
         QStringLiteral("CRITICAL"),
         QStringLiteral("open"),
         std::nullopt,
         -40,
         {}},
        {QStringLiteral("i6"),
         QStringLiteral("c1"),
         QStringLiteral("critical"),
         QStringLiteral("open"),
         std::nullopt,
         3,
         {}},
    };
    QList<Ord> orders{
        {QStringLiteral("o1"), QStringLiteral("a1"), QStringLiteral("RB-FW-001"), QStringLiteral("completed"), 3},
        {QStringLiteral("o2"), QStringLiteral("b1"), QStringLiteral("RB-AUD-001"), QStringLiteral("failed"), 6},
        {QStringLiteral("o3"), QStringLiteral("a2"), QStringLiteral("RB-FW-001"), QStringLiteral("expired"), 7},
        {QStringLiteral("o4"), QStringLiteral("a1"), QStringLiteral("RB-FW-001"), QStringLiteral("cancelled"), 8},
        {QStringLiteral("o5"), QStringLiteral("c1"), QStringLiteral("RB-BKP-001"), QStringLiteral("failed"), 3},
        {QStringLiteral("o6"), QStringLiteral("a1"), QStringLiteral("RB-FW-001"), QStringLiteral("pending"), -5},
    };
    QList<Aud> audit{
        {QStringLiteral("order.issue"), QStringLiteral("o1"), QStringLiteral(R"({"site_id": "clinic-a"})"), 3},
        {QStringLiteral("order.cancel"), QStringLiteral("o4"), QStringLiteral(R"({"reason": "wrong box"})"), 8},
        {QStringLiteral("order.issue"), QStringLiteral("o5"), QStringLiteral(R"({"site_id": "clinic-c"})"), 3},
        {QStringLiteral("mapping.set"), QStringLiteral("L1-FW-001"), QStringLiteral(R"({"runbook_id": "RB-FW-001"})"),
         4},
        {QStringLiteral("config.change"), QStringLiteral("RB-BKP-001"), QStringLiteral(R"({"site_id": "clinic-c"})"),
         5},
        {QStringLiteral("mapping.set"), QStringLiteral("L1-OLD"), QStringLiteral("{}"), -2},
    };
    QStringList northSites{QStringLiteral("clinic-a"), QStringLiteral("clinic-b")};

    void insert(TestDatabase &t)
    {
        const QStringList a = insertSite(t, QStringLiteral("clinic-a"), QStringLiteral("north"), {1, 10});
        const QStringList b = insertSite(t, QStringLiteral("clinic-b"), QStringLiteral("north"), {60});
        const QStringList c = insertSite(t, QStringLiteral("clinic-c"), QStringLiteral("south"), {1});
        const QStringList q = insertSite(t, QStringLiteral("clinic-quiet"), QStringLiteral("calm"), {2});
        t.exec(QStringLiteral("UPDATE sites SET name = ? WHERE id = 'clinic-a'"), {kOddName});
        const QList<std::tuple<QString, QString, QString>> apps{
            {QStringLiteral("a1"), QStringLiteral("clinic-a"), a[0]},
            {QStringLiteral("a2"), QStringLiteral("clinic-a"), a[1]},
            {QStringLiteral("b1"), QStringLiteral("clinic-b"), b[0]},
            {QStringLiteral("c1"), QStringLiteral("clinic-c"), c[0]},
            {QStringLiteral("q1"), QStringLiteral("clinic-quiet"), q[0]}};
        for (const auto &[key, site, id] : apps) {
            applianceSite[key] = site;
            applianceId[key] = id;
            hostname[key] =
                t.scalar(QStringLiteral("SELECT hostname FROM appliances WHERE id = ?::uuid"), {id}).toString();
        }
        for (const Runbook &r : runbooks) {
            t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity, hipaa_controls) "
                                  "VALUES (?, ?, 'security', 'high', ?::text[])"),
                   {r.id, QString(QStringLiteral("Runbook ") + r.id),
                    r.controls.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                         : QVariant(QStringLiteral("{\"") + r.controls.join(QStringLiteral("\",\"")) +
                                                    QStringLiteral("\"}"))});
        }
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            t.exec(QStringLiteral("INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id) VALUES (?, ?)"),
                   {it.key(), it.value()});
        for (const Inc &i : incidents) {
            t.exec(QStringLiteral(
                       "INSERT INTO incidents (id, appliance_id, incident_type, severity, resolution_tier, status, "
                       "reported_at, resolved_at) VALUES (?::uuid, ?::uuid, 'drift', ?, ?, ?, ?, ?)"),
                   {uuidFor(i.key), applianceId[i.appliance], i.severity,
                    i.tier ? QVariant(*i.tier) : QVariant(QMetaType::fromType<QString>()), i.status, at(i.day),
                    i.resolvedAfterMinutes ? QVariant(at(i.day, *i.resolvedAfterMinutes))
                                           : QVariant(QMetaType::fromType<QString>())});
        }
        for (const Tel &e : telemetry) {
            t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, "
                                  "runbook_id, hostname, started_at, completed_at, duration_seconds, success, "
                                  "resolution_level, state_after, error_message) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 12.5, ?, ?, ?::jsonb, ?)"),
                   {QString(QStringLiteral("exec-") + e.key),
                    e.incident.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(uuidFor(e.incident)),
                    applianceSite[e.appliance], applianceId[e.appliance], e.runbook, hostname[e.appliance],
                    at(e.day, 10), at(e.day, 11), e.success,
                    e.level ? QVariant(*e.level) : QVariant(QMetaType::fromType<QString>()),
                    e.stateAfter ? QVariant(*e.stateAfter) : QVariant(QMetaType::fromType<QString>()),
                    e.error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.error)});
        }
        for (const Ord &o : orders) {
            t.exec(QStringLiteral(
                       "INSERT INTO orders (order_id, appliance_id, runbook_id, status, issued_at, issued_by, reason) "
                       "VALUES (?, ?::uuid, ?, ?, ?, 'tech', 'drift')"),
                   {o.id, applianceId[o.appliance], o.runbook, o.status, at(o.day)});
        }
        for (const Aud &l : audit) {
            t.exec(QStringLiteral("INSERT INTO admin_audit_log (username, action, target, details, created_at) "
                                  "VALUES ('tech', ?, ?, ?::jsonb, ?)"),
                   {l.action, l.target, l.details, at(l.day, 5)});
        }
    }

    bool inNorthPeriod(const QString &appliance, int day) const
    {
        return northSites.contains(applianceSite[appliance]) && day >= 0 && day < kFrom.daysTo(kTo);
    }

    // The canonical runbook of a telemetry ID, or "" when unmapped.
    QString canonical(const QString &raw) const
    {
        if (mapping.contains(raw))
            return mapping[raw];
        for (const Runbook &r : runbooks) {
            if (r.id == raw)
                return raw;
        }
        return {};
    }

    QString normalisedTier(const std::optional<QString> &level) const
    {
        if (!level)
            return {};
        const QString t = level->trimmed().toUpper();
        return t == QLatin1String("L1") || t == QLatin1String("L2") || t == QLatin1String("L3") ? t : QString();
    }

    // Tier of an incident: its latest execution with a known tier, else its own.
    QString incidentTier(const Inc &i) const
    {
        QString tier;
        int latest = std::numeric_limits<int>::min();
        for (const Tel &e : telemetry) {
            if (e.incident == i.key && !normalisedTier(e.level).isEmpty() && e.day > latest) {
                latest = e.day;
                tier = normalisedTier(e.level);
            }
        }
        if (tier.isEmpty())
            tier = normalisedTier(i.tier);
        return tier.isEmpty() ? QStringLiteral("none") : tier;
    }
};

ReportData buildReport(TestDatabase &t, const Scope &scope)
{
    return t.db().runSync([scope](Session &s) { return Reports::build(s, scope); });
}

Scope northScope()
{
    Scope s;
    s.partnerId = uuidFor(QStringLiteral("north"));
    s.from = kFrom;
    s.to = kTo;
    return s;
}

// Rows of one section of a parsed report CSV, header excluded.
QList<QStringList> sectionRows(const QList<QStringList> &records, const QString &section)
{
    QList<QStringList> rows;
    for (const QStringList &r : records) {
        if (r.value(0) == section && r.value(1) != QLatin1String("header"))
            rows << r.mid(2);
    }
    return rows;
}

QString fact(const QList<QStringList> &records, const QString &section, const QString &key)
{
    for (const QStringList &r : sectionRows(records, section)) {
        if (r.value(0) == key)
            return r.value(1);
    }
    return QStringLiteral("<missing %1>").arg(key);
}

using Outcome = CliRun;

Outcome run(const QString &program, const QStringList &args, const QString &database = {})
{
    return runProgram(program, args, database);
}

Outcome healdesk(const QStringList &args, const QString &database)
{
    return runHealdesk(args, database);
}

QString pdfText(const QString &pdf)
{
    const Outcome r = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    return r.out;
}

int pdfPages(const QString &pdf)
{
    const Outcome r = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(r.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The file with the summary's executions figure changed from one value to another.
QByteArray withExecutions(QByteArray csv, int from, int to)
{
    const QRegularExpression figure(QStringLiteral("summary,(\\d+),executions,%1,").arg(from));
    const QString text = QString::fromUtf8(csv);
    const QRegularExpressionMatch m = figure.match(text);
    EXPECT_TRUE(m.hasMatch());
    QString changed = text;
    changed.replace(m.capturedStart(), m.capturedLength(),
                    QStringLiteral("summary,%1,executions,%2,").arg(m.captured(1)).arg(to));
    return changed.toUtf8();
}

QStringList northArgs()
{
    return {QStringLiteral("export"),         QStringLiteral("report"),    QStringLiteral("--partner"),
            uuidFor(QStringLiteral("north")), QStringLiteral("--from"),    QStringLiteral("2026-10-01"),
            QStringLiteral("--to"),           QStringLiteral("2026-10-31")};
}

} // namespace

TEST(Reports, CsvFiguresEqualIndependentlyComputedValues)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    const ReportData report = buildReport(t, northScope());
    const QList<QStringList> records = Csv::parse(Reports::toCsv(report));

    // Executions in scope and period, and what they say per runbook and control.
    QList<Tel> scoped;
    for (const Tel &e : f.telemetry) {
        if (f.inNorthPeriod(e.appliance, e.day))
            scoped << e;
    }
    ASSERT_EQ(scoped.size(), 8); // the fixture itself: t1-t7 and t10
    qint64 succeeded = 0;
    for (const Tel &e : scoped)
        succeeded += e.success ? 1 : 0;
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("executions")), QString::number(scoped.size()));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("executions_succeeded")),
              QString::number(succeeded));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("failed_executions")),
              QString::number(scoped.size() - succeeded));

    // Incidents of the period, by severity, status and tier; open backlog.
    qint64 inPeriod = 0, openInPeriod = 0, backlog = 0, openCritical = 0, resolvedCount = 0, autoHealed = 0,
           resolvedByEnd = 0;
    double resolveSeconds = 0;
    std::map<QString, qint64> bySeverity, byTier;
    for (const Inc &i : f.incidents) {
        if (!f.northSites.contains(f.applianceSite[i.appliance]))
            continue;
        const bool open =
            i.status.toLower() != QLatin1String("resolved") && i.status.toLower() != QLatin1String("closed");
        if (open && i.day < kFrom.daysTo(kTo)) {
            ++backlog;
            openCritical += i.severity.toLower() == QLatin1String("critical") ? 1 : 0;
        }
        if (i.day < 0 || i.day >= kFrom.daysTo(kTo))
            continue;
        ++inPeriod;
        openInPeriod += open ? 1 : 0;
        bySeverity[i.severity.toLower()] += 1;
        const QString tier = f.incidentTier(i);
        byTier[tier] += 1;
        if (!open && i.resolvedAfterMinutes) {
            ++resolvedCount;
            resolveSeconds += *i.resolvedAfterMinutes * 60.0;
            // Resolved before the period end: the healed share's whole.
            if (QDateTime::fromString(at(i.day, *i.resolvedAfterMinutes), Qt::ISODateWithMs) < kTo) {
                ++resolvedByEnd;
                autoHealed += tier == QLatin1String("L1") || tier == QLatin1String("L2") ? 1 : 0;
            }
        }
    }
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("incidents")), QString::number(inPeriod));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("incidents_open")),
              QString::number(openInPeriod));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("open_incidents")), QString::number(backlog));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("open_critical")), QString::number(openCritical));
    EXPECT_DOUBLE_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("mean_time_to_resolve")).toDouble(),
                     resolveSeconds / double(resolvedCount));
    ASSERT_GT(resolvedByEnd, 0);
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("incidents_resolved_by_end")),
              QString::number(resolvedByEnd));
    EXPECT_NEAR(fact(records, QStringLiteral("summary"), QStringLiteral("auto_healed_share")).toDouble(),
                double(autoHealed) / double(resolvedByEnd), 1e-9);
    for (const QStringList &row : sectionRows(records, QStringLiteral("incidents_by_severity")))
        EXPECT_EQ(row.value(1), QString::number(bySeverity[row.value(0)])) << row.value(0).toStdString();
    EXPECT_EQ(sectionRows(records, QStringLiteral("incidents_by_severity")).size(), qsizetype(bySeverity.size()));
    for (const QStringList &row : sectionRows(records, QStringLiteral("incidents_by_tier")))
        EXPECT_EQ(row.value(1), QString::number(byTier[row.value(0)])) << row.value(0).toStdString();

    // The HIPAA control matrix: every control of every runbook; each north
    // appliance's state per control as of the period end (and as of its start,
    // for the previous period), and the period's executions, worked out here.
    std::map<QString, std::set<QString>> controlRunbooks;
    for (const Runbook &r : f.runbooks) {
        for (const QString &c : r.controls)
            controlRunbooks[c].insert(r.id);
    }
    QStringList northAppliances;
    for (auto it = f.applianceSite.cbegin(); it != f.applianceSite.cend(); ++it)
        if (f.northSites.contains(it.value()))
            northAppliances << it.key();
    ASSERT_EQ(northAppliances.size(), 3);
    // 0 passing, 1 failing, 2 stale, 3 no evidence; latest covering execution
    // before asOf, later in the fixture's (insert) order on a tie.
    auto stateOf = [&](const QString &appliance, const QString &control, const QDateTime &asOf) {
        const Tel *latest = nullptr;
        QDateTime latestAt;
        for (const Tel &e : f.telemetry) {
            const QDateTime started = QDateTime::fromString(at(e.day, 10), Qt::ISODateWithMs);
            if (e.appliance != appliance || !controlRunbooks[control].count(f.canonical(e.runbook)) || started >= asOf)
                continue;
            if (!latest || started >= latestAt) {
                latest = &e;
                latestAt = started;
            }
        }
        if (!latest)
            return 3;
        if (latestAt < asOf.addDays(-30))
            return 2;
        return latest->success ? 0 : 1;
    };
    auto scoreOf = std::function<QString(qint64, qint64)>([](qint64 pass, qint64 fail) {
        return pass + fail > 0 ? QString::number(double(pass) / double(pass + fail), 'g', 12) : QString();
    });
    const QList<QStringList> controls = sectionRows(records, QStringLiteral("controls"));
    ASSERT_EQ(controls.size(), qsizetype(controlRunbooks.size()));
    qint64 totals[4] = {0, 0, 0, 0}, totalsBefore[4] = {0, 0, 0, 0};
    std::set<int> statesSeen;
    for (const QStringList &row : controls) {
        const QString control = row.value(0);
        ASSERT_TRUE(controlRunbooks.count(control)) << control.toStdString();
        const std::set<QString> &rbs = controlRunbooks[control];
        qint64 n[4] = {0, 0, 0, 0}, before[4] = {0, 0, 0, 0};
        QStringList failingOn;
        for (const QString &a : northAppliances) {
            const int state = stateOf(a, control, kTo);
            statesSeen.insert(state);
            ++n[state];
            ++totals[state];
            if (state == 1)
                failingOn << f.hostname[a];
            const int was = stateOf(a, control, kFrom);
            ++before[was];
            ++totalsBefore[was];
        }
        failingOn.sort();
        qint64 executions = 0, passes = 0;
        for (const Tel &e : scoped) {
            if (!rbs.count(f.canonical(e.runbook)))
                continue;
            ++executions;
            passes += e.success ? 1 : 0;
        }
        const std::string c = control.toStdString();
        EXPECT_EQ(row.value(1), QStringList(rbs.begin(), rbs.end()).join(QStringLiteral(", "))) << c;
        for (int k = 0; k < 4; ++k)
            EXPECT_EQ(row.value(2 + k), QString::number(n[k])) << c << " state " << k;
        EXPECT_EQ(row.value(6), scoreOf(n[0], n[1])) << c;
        EXPECT_EQ(row.value(7), scoreOf(before[0], before[1])) << c;
        EXPECT_EQ(row.value(9), QString::number(executions)) << c;
        EXPECT_EQ(row.value(10), QString::number(passes)) << c;
        EXPECT_EQ(row.value(11), failingOn.join(QStringLiteral(", "))) << c;
    }
    // The fixture reaches passing, failing and no evidence here, or the
    // comparison above proves less (stale pairs: ComplianceStatesAnd... below).
    EXPECT_EQ(statesSeen, (std::set<int>{0, 1, 3}));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("compliance_score")),
              scoreOf(totals[0], totals[1]));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("compliance_score_previous")),
              scoreOf(totalsBefore[0], totalsBefore[1]));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("pairs_passing")), QString::number(totals[0]));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("pairs_failing")), QString::number(totals[1]));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("pairs_stale")), QString::number(totals[2]));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("pairs_no_evidence")),
              QString::number(totals[3]));

    // Exceptions.
    QStringList failedIds;
    for (const Tel &e : scoped) {
        if (!e.success)
            failedIds << QString(QStringLiteral("exec-") + e.key);
    }
    QStringList reportedFailed;
    for (const QStringList &row : sectionRows(records, QStringLiteral("failed_executions")))
        reportedFailed << row.value(0);
    EXPECT_EQ(reportedFailed, failedIds);
    const QList<QStringList> failedRows = sectionRows(records, QStringLiteral("failed_executions"));
    EXPECT_EQ(failedRows.value(0).value(6), QStringLiteral("blocked, \"by policy\""));
    QStringList l3, open;
    for (const Inc &i : f.incidents) {
        if (!f.northSites.contains(f.applianceSite[i.appliance]))
            continue;
        if (i.day >= 0 && f.incidentTier(i) == QLatin1String("L3"))
            l3 << uuidFor(i.key);
        if (i.status.toLower() != QLatin1String("resolved") && i.status.toLower() != QLatin1String("closed"))
            open << uuidFor(i.key);
    }
    auto firstColumn = [&records](const char *section) {
        QStringList ids;
        for (const QStringList &row : sectionRows(records, QString::fromLatin1(section)))
            ids << row.value(0);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    std::sort(l3.begin(), l3.end());
    std::sort(open.begin(), open.end());
    EXPECT_EQ(firstColumn("l3_escalations"), l3);
    EXPECT_EQ(firstColumn("open_incidents"), open);

    // Orders and the audit log of the period, in scope.
    QStringList orders, failedOrders;
    qint64 cancelled = 0;
    for (const Ord &o : f.orders) {
        // Exceptions: failed or expired (deadline: issued + 1 h) in the period,
        // or still pending at its end past the deadline, whenever issued.
        const bool north = f.northSites.contains(f.applianceSite[o.appliance]);
        if (north && o.status == QLatin1String("pending") && o.day < kFrom.daysTo(kTo))
            failedOrders << o.id;
        if (!f.inNorthPeriod(o.appliance, o.day))
            continue;
        orders << o.id;
        if (o.status == QLatin1String("failed") || o.status == QLatin1String("expired"))
            failedOrders << o.id;
        cancelled += o.status == QLatin1String("cancelled") ? 1 : 0;
    }
    std::sort(orders.begin(), orders.end());
    std::sort(failedOrders.begin(), failedOrders.end());
    EXPECT_EQ(firstColumn("orders"), orders);
    ASSERT_EQ(failedOrders.size(), 3); // failed, expired and overdue: the fixture has each
    EXPECT_EQ(firstColumn("order_exceptions"), failedOrders);
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("orders_cancelled")), QString::number(cancelled));
    QStringList expectedAudit;
    QList<Aud> byDay = f.audit;
    std::stable_sort(byDay.begin(), byDay.end(), [](const Aud &a, const Aud &b) { return a.day < b.day; });
    for (const Aud &l : byDay) {
        if (l.day < 0)
            continue;
        const bool orderAction = l.action.startsWith(QLatin1String("order."));
        bool inScope = false;
        if (orderAction) {
            for (const Ord &o : f.orders)
                inScope = inScope || (o.id == l.target && f.northSites.contains(f.applianceSite[o.appliance]));
        } else {
            inScope = !l.details.contains(QLatin1String("site_id")) || l.details.contains(QLatin1String("clinic-a")) ||
                      l.details.contains(QLatin1String("clinic-b"));
        }
        if (inScope)
            expectedAudit << l.action + QLatin1Char(' ') + l.target;
    }
    QStringList reportedAudit;
    for (const QStringList &row : sectionRows(records, QStringLiteral("audit")))
        reportedAudit << row.value(3) + QLatin1Char(' ') + row.value(4);
    EXPECT_EQ(reportedAudit, expectedAudit);

    // The evidence appendix: every scoped execution with SHA-256 of state_after.
    const QList<QStringList> evidence = sectionRows(records, QStringLiteral("evidence"));
    ASSERT_EQ(evidence.size(), scoped.size());
    for (const Tel &e : scoped) {
        const QString id = QStringLiteral("exec-") + e.key;
        const auto row =
            std::find_if(evidence.begin(), evidence.end(), [&id](const QStringList &r) { return r.value(0) == id; });
        ASSERT_NE(row, evidence.end()) << id.toStdString();
        const QString hash =
            e.stateAfter ? QString::fromLatin1(
                               QCryptographicHash::hash(e.stateAfter->toUtf8(), QCryptographicHash::Sha256).toHex())
                         : QString();
        EXPECT_EQ(row->value(6), hash) << id.toStdString();
        EXPECT_EQ(row->value(5), e.success ? QStringLiteral("success") : QStringLiteral("failure"));
        const QString rb = f.canonical(e.runbook);
        EXPECT_EQ(row->value(3), rb.isEmpty() ? e.runbook : rb) << id.toStdString();
    }

    // Scope: both north sites with names intact, nothing of the other partners.
    const QList<QStringList> sites = sectionRows(records, QStringLiteral("sites"));
    ASSERT_EQ(sites.size(), 2);
    EXPECT_EQ(sites[0].value(0), QStringLiteral("clinic-a"));
    EXPECT_EQ(sites[0].value(1), kOddName);
    EXPECT_EQ(sites[0].value(4), QStringLiteral("2"));
    for (int i = 0; i < 2; ++i) {
        QSet<QString> reporting;
        qint64 n[4] = {0, 0, 0, 0};
        for (const Tel &e : scoped)
            if (f.applianceSite[e.appliance] == sites[i].value(0))
                reporting.insert(e.appliance);
        for (const QString &a : northAppliances) {
            if (f.applianceSite[a] != sites[i].value(0))
                continue;
            for (const auto &[control, rbs] : controlRunbooks)
                ++n[stateOf(a, control, kTo)];
        }
        EXPECT_EQ(sites[i].value(5), QString::number(reporting.size())) << i;
        for (int k = 0; k < 4; ++k)
            EXPECT_EQ(sites[i].value(6 + k), QString::number(n[k])) << i << " state " << k;
        EXPECT_EQ(sites[i].value(10), scoreOf(n[0], n[1])) << i;
    }
    const QByteArray csv = Reports::toCsv(report);
    EXPECT_FALSE(csv.contains("clinic-c"));
    EXPECT_FALSE(csv.contains("exec-t9"));
    EXPECT_TRUE(csv.contains(Reports::kNoPatientData));
}

TEST(Reports, DigestVerifiesAndCatchesOneChangedFigure)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    const ReportData report = buildReport(t, northScope());
    const QByteArray csv = Reports::toCsv(report);
    const Reports::Verification ok = Reports::verifyCsv(csv);
    EXPECT_TRUE(ok.ok());
    EXPECT_EQ(ok.computed, report.digest());
    EXPECT_EQ(ok.reportId, report.reportId);
    // The digest is SHA-256 over the records, worked out here from the parsed file.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QStringList &r : Csv::parse(csv)) {
        if (r.value(0) == QLatin1String("digest"))
            continue;
        QStringList quoted;
        for (QString field : r) {
            if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')))
                field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            quoted << field;
        }
        hash.addData(QByteArray(quoted.join(QLatin1Char(',')).toUtf8() + "\r\n"));
    }
    EXPECT_EQ(QString::fromLatin1(hash.result().toHex()), report.digest());

    // One figure changed: the executions count of the summary.
    const QByteArray tampered = withExecutions(csv, 8, 9);
    ASSERT_NE(tampered, csv);
    const Reports::Verification bad = Reports::verifyCsv(tampered);
    EXPECT_FALSE(bad.ok());
    EXPECT_EQ(bad.recorded, report.digest());
    // Quoting and line ends may change (a spreadsheet re-saving it); the data may not.
    QByteArray resaved = csv;
    resaved.replace("\r\n", "\n");
    EXPECT_TRUE(Reports::verifyCsv(resaved).ok());
    EXPECT_THROW(Reports::verifyCsv("just,some\r\ncsv,\"unterminated"), Error);
    EXPECT_THROW(Reports::verifyCsv("a,b\r\nc,d\r\n"), Error);
}

TEST(Reports, CommandLineWritesPdfAndCsvThatAgree)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("north.csv"));
    const QString pdfPath = dir.filePath(QStringLiteral("north.pdf"));
    Outcome csv = healdesk(
        northArgs() + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csvPath},
        t.name());
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    // No keychain holds a key here: the report is written, and says it is unsigned.
    EXPECT_TRUE(csv.err.contains(QStringLiteral("unsigned"))) << csv.err.toStdString();
    Outcome pdf = healdesk(
        northArgs() + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdfPath},
        t.name());
    ASSERT_EQ(pdf.code, 0) << pdf.err.toStdString();

    // The data matches its digest, but nothing proves who made it: not OK, exit 10.
    Outcome verify = healdesk({QStringLiteral("export"), QStringLiteral("verify"), csvPath}, t.name());
    EXPECT_EQ(verify.code, 10) << verify.err.toStdString();
    EXPECT_TRUE(verify.err.contains(QStringLiteral(": UNSIGNED"))) << verify.err.toStdString();
    EXPECT_FALSE(verify.out.contains(QStringLiteral(": OK"))) << verify.out.toStdString();

    // Change one figure in the file: verify must fail.
    QFile file(csvPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const QByteArray tampered = withExecutions(bytes, 8, 7);
    ASSERT_NE(tampered, bytes);
    const QString tamperedPath = dir.filePath(QStringLiteral("tampered.csv"));
    QFile out(tamperedPath);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(tampered);
    out.close();
    Outcome bad = healdesk({QStringLiteral("export"), QStringLiteral("verify"), tamperedPath}, t.name());
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("MISMATCH"))) << bad.err.toStdString();

    // The PDF: the scope, every control, and the same figures as the CSV; every page says it is unsigned.
    const QString text = pdfText(pdfPath);
    EXPECT_EQ(text.count(QStringLiteral("UNSIGNED")), pdfPages(pdfPath)) << text.left(2000).toStdString();
    EXPECT_GT(pdfPages(pdfPath), 1);
    EXPECT_TRUE(text.contains(QStringLiteral("Partner north"))) << text.left(3000).toStdString();
    EXPECT_TRUE(text.contains(uuidFor(QStringLiteral("north"))));
    EXPECT_TRUE(text.contains(QStringLiteral("clinic-a")));
    EXPECT_TRUE(text.contains(QStringLiteral("clinic-b")));
    EXPECT_FALSE(text.contains(QStringLiteral("clinic-c")));
    EXPECT_TRUE(text.contains(QString::fromLatin1(Reports::kNoPatientData).left(40)));
    for (const Runbook &r : f.runbooks) {
        for (const QString &c : r.controls)
            EXPECT_TRUE(text.contains(c)) << c.toStdString();
    }
    const QList<QStringList> records = Csv::parse(bytes);
    for (const QStringList &row : sectionRows(records, QStringLiteral("summary"))) {
        const QString shown = ReportDocument::displayUnit(row.value(1), row.value(2));
        const QRegularExpression line(QRegularExpression::escape(row.value(3)) + QStringLiteral("\\s+") +
                                      QRegularExpression::escape(shown));
        EXPECT_TRUE(line.match(text).hasMatch()) << row.value(3).toStdString() << " = " << shown.toStdString();
    }
    for (const QStringList &row : sectionRows(records, QStringLiteral("evidence")))
        EXPECT_TRUE(text.contains(row.value(0))) << row.value(0).toStdString();

    // Every page carries the digest, and it is the digest of the CSV attached to the PDF.
    const QRegularExpression digestLine(QStringLiteral("Data digest \\(SHA-256\\): ([0-9a-f]{64})"));
    QStringList digests;
    for (auto it = digestLine.globalMatch(text); it.hasNext();)
        digests << it.next().captured(1);
    const int pages = pdfPages(pdfPath);
    ASSERT_GT(pages, 1);
    EXPECT_EQ(digests.size(), pages);
    EXPECT_EQ(QSet<QString>(digests.begin(), digests.end()).size(), 1);
    const QString attached = dir.filePath(QStringLiteral("attached"));
    QDir().mkpath(attached);
    const Outcome detach =
        run(QStringLiteral("pdfdetach"), {QStringLiteral("-saveall"), QStringLiteral("-o"), attached, pdfPath});
    ASSERT_EQ(detach.code, 0) << detach.err.toStdString();
    const QStringList files = QDir(attached).entryList({QStringLiteral("*.csv")}, QDir::Files);
    ASSERT_EQ(files.size(), 1);
    QFile inner(QDir(attached).filePath(files.first()));
    ASSERT_TRUE(inner.open(QIODevice::ReadOnly));
    const Reports::Verification v = Reports::verifyCsv(inner.readAll());
    EXPECT_TRUE(v.ok());
    EXPECT_EQ(v.computed, digests.value(0));

    // A report on chosen sites names them on its cover: the odd name keeps its
    // comma, quotes and scripts, and its newline becomes a line break.
    const QString sitesPdf = dir.filePath(QStringLiteral("sites.pdf"));
    Outcome s = healdesk({QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--site"),
                          QStringLiteral("clinic-a,clinic-b"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                          QStringLiteral("--to"), QStringLiteral("2026-10-31"), QStringLiteral("-o"), sitesPdf},
                         t.name());
    ASSERT_EQ(s.code, 0) << s.err.toStdString();
    const QString sitesText = pdfText(sitesPdf);
    EXPECT_TRUE(sitesText.contains(QStringLiteral("Sites: Clínica \"Ñandú\", Norte")))
        << sitesText.left(3000).toStdString();
    EXPECT_TRUE(sitesText.contains(QStringLiteral("Ала Ωμέγα (clinic-a); Site clinic-b (clinic-b)")))
        << sitesText.left(3000).toStdString();

    // Letter works too and breaks into pages of its own size.
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    Outcome l = healdesk(northArgs() + QStringList{QStringLiteral("--page-size"), QStringLiteral("letter"),
                                                   QStringLiteral("-o"), letter},
                         t.name());
    ASSERT_EQ(l.code, 0) << l.err.toStdString();
    const Outcome info = run(QStringLiteral("pdfinfo"), {letter});
    EXPECT_TRUE(info.out.contains(QStringLiteral("612 x 792 pts"))) << info.out.toStdString();
}

TEST(Reports, AQuietSiteGivesAValidReportThatSaysSo)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("export"),       QStringLiteral("report"),     QStringLiteral("--site"),
                           QStringLiteral("clinic-quiet"), QStringLiteral("--from"),     QStringLiteral("2026-10-01"),
                           QStringLiteral("--to"),         QStringLiteral("2026-10-31"), QStringLiteral("-o")};
    const QString csvPath = dir.filePath(QStringLiteral("quiet.csv"));
    const QString pdfPath = dir.filePath(QStringLiteral("quiet.pdf"));
    Outcome csv = healdesk(args + QStringList{csvPath}, t.name());
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    Outcome pdf = healdesk(args + QStringList{pdfPath}, t.name());
    ASSERT_EQ(pdf.code, 0) << pdf.err.toStdString();
    QFile file(csvPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(Reports::verifyCsv(bytes).ok());
    const QList<QStringList> records = Csv::parse(bytes);
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("incidents")), QStringLiteral("0"));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("executions")), QStringLiteral("0"));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("appliances")), QStringLiteral("1"));
    EXPECT_EQ(sectionRows(records, QStringLiteral("evidence")).size(), 0);
    // q1's only evidence (RB-LOG-001, 20 days before the period) is stale at its
    // end; every other control has none. Nothing passes or fails, so the
    // score is empty ("no data"), never 0.
    const QList<QStringList> controls = sectionRows(records, QStringLiteral("controls"));
    ASSERT_EQ(controls.size(), 4);
    for (const QStringList &row : controls) {
        const bool logs = row.value(0) == QLatin1String("164.312(c)(1)");
        EXPECT_EQ(row.mid(2, 4), (QStringList{QStringLiteral("0"), QStringLiteral("0"),
                                              logs ? QStringLiteral("1") : QStringLiteral("0"),
                                              logs ? QStringLiteral("0") : QStringLiteral("1")}))
            << row.value(0).toStdString();
        EXPECT_TRUE(row.value(6).isEmpty()) << row.value(0).toStdString();
    }
    EXPECT_TRUE(fact(records, QStringLiteral("summary"), QStringLiteral("compliance_score")).isEmpty());
    EXPECT_TRUE(fact(records, QStringLiteral("summary"), QStringLiteral("auto_healed_share")).isEmpty());
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("pairs_stale")), QStringLiteral("1"));
    EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("pairs_no_evidence")), QStringLiteral("3"));
    const QString text = pdfText(pdfPath);
    EXPECT_TRUE(text.contains(QStringLiteral("No activity in this period"))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("No execution in the period.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Site clinic-quiet")));
}

// A month in progress runs to now and says so; its figures are as of now.
TEST(Reports, AMonthInProgressIsCutAtNow)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Scope scope = northScope();
    scope.from = QDateTime(QDate(now.date().year(), now.date().month(), 1), QTime(0, 0), Qt::UTC);
    scope.to = scope.from.addMonths(1);
    const ReportData report = buildReport(t, scope);
    const QList<QStringList> records = Csv::parse(Reports::toCsv(report));
    EXPECT_EQ(fact(records, QStringLiteral("report"), QStringLiteral("period_cut_at_now")), QStringLiteral("yes"));
    const QDateTime end =
        QDateTime::fromString(fact(records, QStringLiteral("report"), QStringLiteral("period_to")), Qt::ISODateWithMs);
    ASSERT_TRUE(end.isValid());
    EXPECT_EQ(end, report.generatedAt);
    EXPECT_LT(end, scope.to);
    EXPECT_LE(qAbs(end.secsTo(now)), 120);
    // The fixture's October is over: not cut.
    const ReportData october = buildReport(t, northScope());
    EXPECT_EQ(october.section(QStringLiteral("report"))->value(QStringLiteral("period_cut_at_now")),
              QStringLiteral("no"));
    EXPECT_EQ(october.scope.to, kTo);
}

TEST(Reports, CommandLineRefusesBadRequestsWithOneLineAndWritesNothing)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("r.pdf"));
    struct Case
    {
        QStringList args;
        QString message;
    };
    const QString north = uuidFor(QStringLiteral("north"));
    const QList<Case> cases{
        {{QStringLiteral("--site"), QStringLiteral("no-such-site"), QStringLiteral("-o"), target},
         QStringLiteral("unknown site")},
        {{QStringLiteral("--partner"), uuidFor(QStringLiteral("nobody")), QStringLiteral("-o"), target},
         QStringLiteral("unknown partner")},
        {{QStringLiteral("--partner"), north, QStringLiteral("--from"), QStringLiteral("2026-10-31"),
          QStringLiteral("--to"), QStringLiteral("2026-10-01"), QStringLiteral("-o"), target},
         QStringLiteral("empty or inverted")},
        {{QStringLiteral("--partner"), north, QStringLiteral("--from"), QStringLiteral("2026-10-05T00:00:00Z"),
          QStringLiteral("--to"), QStringLiteral("2026-10-05T00:00:00Z"), QStringLiteral("-o"), target},
         QStringLiteral("empty or inverted")},
        {{QStringLiteral("--partner"), north, QStringLiteral("--from"), QStringLiteral("2026-10-01"),
          QStringLiteral("-o"), target},
         QStringLiteral("both --from and --to")},
        {{QStringLiteral("--partner"), north, QStringLiteral("-o"), QStringLiteral("/nonexistent-folder/r.pdf")},
         QStringLiteral("does not exist")},
        {{QStringLiteral("--partner"), north, QStringLiteral("-o"), dir.path()}, QStringLiteral("is a folder")},
        {{QStringLiteral("--partner"), north, QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"),
          target},
         QStringLiteral("pdf or csv")},
        {{QStringLiteral("-o"), target}, QStringLiteral("--site")},
        {{QStringLiteral("--partner"), north, QStringLiteral("--from"), QStringLiteral("2030-01-01"),
          QStringLiteral("--to"), QStringLiteral("2030-01-31"), QStringLiteral("-o"), target},
         QStringLiteral("nothing to report yet")},
        {{QStringLiteral("--partner"), north, QStringLiteral("--stale-days"), QStringLiteral("0"), QStringLiteral("-o"),
          target},
         QStringLiteral("--stale-days")},
    };
    for (const Case &c : cases) {
        const Outcome r = healdesk(QStringList{QStringLiteral("export"), QStringLiteral("report")} + c.args, t.name());
        EXPECT_NE(r.code, 0) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(c.message)) << r.err.toStdString();
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(target)) << c.args.join(QLatin1Char(' ')).toStdString();
    }
    // Nothing but the target folder's own files: no temporary left behind.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

TEST(Reports, BuildRefusesOpenScopesAndUnknownSites)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    Scope everything;
    everything.from = kFrom;
    everything.to = kTo;
    EXPECT_THROW(buildReport(t, everything), Error);
    Scope open = northScope();
    open.to = QDateTime();
    EXPECT_THROW(buildReport(t, open), Error);
    Scope sites;
    sites.siteIds = {QStringLiteral("clinic-b"), QStringLiteral("clinic-zz")};
    sites.from = kFrom;
    sites.to = kTo;
    try {
        buildReport(t, sites);
        ADD_FAILURE() << "an unknown site was accepted";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::InvalidInput);
        EXPECT_TRUE(e.message().contains(QStringLiteral("clinic-zz"))) << e.message().toStdString();
    }
    // A site of another partner, asked for together with a partner, is not in scope.
    Scope mixed = northScope();
    mixed.siteIds = {QStringLiteral("clinic-c")};
    EXPECT_THROW(buildReport(t, mixed), Error);
    // Several sites by ID work, and only they are in the report.
    sites.siteIds = {QStringLiteral("clinic-b"), QStringLiteral("clinic-c")};
    const ReportData r = buildReport(t, sites);
    EXPECT_EQ(r.section(QStringLiteral("sites"))->rows.size(), 2);
    EXPECT_EQ(r.section(QStringLiteral("summary"))->value(QStringLiteral("executions")),
              QStringLiteral("4")); // t4 t5 t10 t9
}

TEST(Reports, CsvParserHandlesQuotesNewlinesAndRejectsStrayQuotes)
{
    const QList<QStringList> rows = Csv::parse("a,\"b,c\",\"d \"\"e\"\"\"\r\n\"multi\nline\",,x\r\n");
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0], (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d \"e\"")}));
    EXPECT_EQ(rows[1], (QStringList{QStringLiteral("multi\nline"), QString(), QStringLiteral("x")}));
    EXPECT_THROW(Csv::parse("a\"b,c\r\n"), Error);
    EXPECT_THROW(Csv::parse("\"ab\"c,d\r\n"), Error);
    // Round trip through the writer of every field shape.
    const QStringList fields{kOddName, QStringLiteral(""), QStringLiteral("\"\""), QStringLiteral("a\r\nb"),
                             QStringLiteral(",")};
    EXPECT_EQ(Csv::parse(Csv::line(fields)).value(0), fields);
}

TEST(ReportsPage, PreviewsExportsBothFormatsAndCancelsWithoutAFile)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    ReportsPage page(&t.db());
    page.resize(1200, 800);
    page.show();
    page.reload();
    ASSERT_TRUE(waitUntil([&] { return page.hasData(); }));
    // The toolbar's scope carries over: a site chosen there becomes the report's.
    Scope global;
    global.siteIds = {QStringLiteral("clinic-b")};
    page.setScope(global);
    EXPECT_TRUE(page.sitesChoice()->isChecked());
    // Then choose the partner and October by hand.
    page.partnerChoice()->setChecked(true);
    page.partnerBox()->setCurrentIndex(page.partnerBox()->findData(uuidFor(QStringLiteral("north"))));
    page.fromEdit()->setDate(QDate(2026, 10, 1));
    page.toEdit()->setDate(QDate(2026, 10, 31));
    const Scope scope = page.reportScope();
    EXPECT_EQ(scope.from, kFrom);
    EXPECT_EQ(scope.to, kTo);

    awaitTask(page.preview());
    EXPECT_GT(page.previewPageCount(), 1);
    // Made wider (maximised), the shown page is rendered again to the new width; narrower, again.
    const int narrow = page.previewImage()->pixmap().width();
    ASSERT_GT(narrow, 200);
    page.resize(1900, 1000);
    EXPECT_TRUE(waitUntil([&] { return page.previewImage()->pixmap().width() > narrow + 400; }, 10000))
        << narrow << " -> " << page.previewImage()->pixmap().width();
    page.resize(1200, 800);
    EXPECT_TRUE(waitUntil([&] { return page.previewImage()->pixmap().width() < narrow + 100; }, 10000))
        << page.previewImage()->pixmap().width();
    // A period that ends before it starts: the reason, and no old pages left beside it.
    page.toEdit()->setDate(QDate(2026, 9, 1));
    awaitTask(page.preview());
    EXPECT_EQ(page.previewPageCount(), 0);
    EXPECT_TRUE(page.statusLabel()->text().contains(QStringLiteral("ends before it starts")))
        << page.statusLabel()->text().toStdString();
    page.toEdit()->setDate(QDate(2026, 10, 31));

    QTemporaryDir dir;
    page.formatBox()->setCurrentIndex(page.formatBox()->findData(QStringLiteral("both")));
    QStringList written;
    QObject::connect(&page, &ReportsPage::exported, [&written](const QStringList &paths) { written = paths; });
    awaitTask(page.exportReport(dir.filePath(QStringLiteral("north.pdf"))));
    ASSERT_EQ(written.size(), 2) << page.statusLabel()->text().toStdString();
    QFile csv(dir.filePath(QStringLiteral("north.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    const Reports::Verification v = Reports::verifyCsv(bytes);
    EXPECT_TRUE(v.ok());
    // Both files come from the same snapshot: the PDF prints the CSV's digest.
    EXPECT_TRUE(pdfText(dir.filePath(QStringLiteral("north.pdf"))).contains(v.computed));
    EXPECT_EQ(fact(Csv::parse(bytes), QStringLiteral("summary"), QStringLiteral("executions")), QStringLiteral("8"));

    // Cancel right after starting: nothing is written.
    page.formatBox()->setCurrentIndex(page.formatBox()->findData(QStringLiteral("pdf")));
    page.toEdit()->setDate(QDate(2026, 10, 30)); // a new scope, so the data is read again
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
    QCoro::Task<> task = page.exportReport(cancelled);
    page.cancel();
    awaitTask(std::move(task));
    EXPECT_FALSE(QFile::exists(cancelled));
    EXPECT_TRUE(page.statusLabel()->text().contains(QStringLiteral("Cancelled")))
        << page.statusLabel()->text().toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);

    // A bad choice is a clear message, not a crash: no site ticked.
    page.sitesChoice()->setChecked(true);
    for (int i = 0; i < page.siteList()->count(); ++i)
        page.siteList()->item(i)->setCheckState(Qt::Unchecked);
    awaitTask(page.preview());
    EXPECT_TRUE(page.statusLabel()->text().contains(QStringLiteral("Tick at least one site")));
    EXPECT_EQ(Session::guiThreadViolations(), 0);
}

// The compliance state of each (appliance, control) pair, worked out here from
// the rows this test inserts: ties on the start time go to the higher id, old
// evidence is stale, an unmapped telemetry ID is no evidence until a mapping
// covers it (and the mapping's fingerprint then changes), and a failing pair
// healed later passes.
TEST(Reports, ComplianceStatesAndScoresFollowTheLatestCoveringExecution)
{
    TestDatabase t;
    t.migrate();
    const QStringList s1 = insertSite(t, QStringLiteral("s1"), QStringLiteral("pp"), {1, 1});
    const QStringList s2 = insertSite(t, QStringLiteral("s2"), QStringLiteral("pp"), {1});
    const QMap<QString, QString> app{
        {QStringLiteral("x1"), s1[0]}, {QStringLiteral("x2"), s1[1]}, {QStringLiteral("y1"), s2[0]}};
    const QMap<QString, QString> siteOf{{QStringLiteral("x1"), QStringLiteral("s1")},
                                        {QStringLiteral("x2"), QStringLiteral("s1")},
                                        {QStringLiteral("y1"), QStringLiteral("s2")}};
    const std::map<QString, QStringList> runbookControls{
        {QStringLiteral("RB-A"), {QStringLiteral("C1")}},
        {QStringLiteral("RB-B"), {QStringLiteral("C1"), QStringLiteral("C2")}},
        {QStringLiteral("RB-C"), {QStringLiteral("C3")}}};
    for (const auto &[id, controls] : runbookControls)
        t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity, hipaa_controls) "
                              "VALUES (?, ?, 'security', 'high', string_to_array(?, ','))"),
               {id, id, controls.join(QLatin1Char(','))});
    std::map<QString, QString> mapping{{QStringLiteral("L1-A"), QStringLiteral("RB-A")}};
    t.exec(QStringLiteral("INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id) VALUES ('L1-A', 'RB-A')"));

    struct Row
    {
        QString appliance, raw;
        QDateTime started;
        bool success;
    };
    auto oct = [](int day, int hour = 12) { return QDateTime(QDate(2026, 10, day), QTime(hour, 0), Qt::UTC); };
    const QList<Row> rows{
        {QStringLiteral("x1"), QStringLiteral("L1-A"), oct(10), true},
        {QStringLiteral("x1"), QStringLiteral("RB-B"), oct(20), false},
        {QStringLiteral("x2"), QStringLiteral("RB-A"), oct(15), false}, // a tie: same start,
        {QStringLiteral("x2"), QStringLiteral("RB-B"), oct(15), true},  // the later id wins
        {QStringLiteral("y1"), QStringLiteral("RB-C"), QDateTime(QDate(2026, 9, 1), QTime(12, 0), Qt::UTC), true},
        {QStringLiteral("y1"), QStringLiteral("L1-NEW"), oct(5), false}, // unmapped at first
        {QStringLiteral("x1"), QStringLiteral("RB-C"), oct(3), false},   // failing, then healed
        {QStringLiteral("x1"), QStringLiteral("RB-C"), oct(25), true},
        {QStringLiteral("x2"), QStringLiteral("RB-C"), oct(8), true},
        {QStringLiteral("x2"), QStringLiteral("RB-C"), oct(28), false},
        {QStringLiteral("x2"), QStringLiteral("RB-C"), oct(29), false},
        {QStringLiteral("x1"), QStringLiteral("RB-A"), oct(31, 23).addSecs(3599 + 60), true}, // after the end
    };
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, "
                              "hostname, started_at, success, resolution_level) VALUES (?, ?, ?, ?, 'h', ?, ?, 'L1')"),
               {QStringLiteral("cs-%1").arg(i), siteOf[r.appliance], app[r.appliance], r.raw, isoTime(r.started),
                r.success});
    }
    // Insert order is id order; check it, since ties depend on it.
    ASSERT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry e1 JOIN execution_telemetry e2 "
                                      "ON e1.execution_id = 'cs-2' AND e2.execution_id = 'cs-3' AND e1.id < e2.id"))
                  .toInt(),
              1);

    const QStringList controls{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3")};
    enum { Passing, Failing, Stale, None };
    struct Expected
    {
        int state = None;
        QDateTime failingSince;
    };
    auto expect = [&](const QString &a, const QString &control, const QDateTime &asOf) {
        auto covers = [&](const QString &raw) {
            const QString canonical =
                mapping.count(raw) ? mapping[raw] : (runbookControls.count(raw) ? raw : QString());
            return runbookControls.count(canonical) && runbookControls.at(canonical).contains(control);
        };
        int latest = -1;
        QDateTime lastSuccess;
        for (int i = 0; i < rows.size(); ++i) {
            const Row &r = rows[i];
            if (r.appliance != a || !covers(r.raw) || r.started >= asOf)
                continue;
            if (latest < 0 || r.started >= rows[latest].started)
                latest = i;
            if (r.success && (!lastSuccess.isValid() || r.started > lastSuccess))
                lastSuccess = r.started;
        }
        Expected e;
        if (latest < 0)
            return e;
        if (rows[latest].started < asOf.addDays(-30)) {
            e.state = Stale;
            return e;
        }
        e.state = rows[latest].success ? Passing : Failing;
        if (e.state == Failing) {
            for (const Row &r : rows)
                if (r.appliance == a && covers(r.raw) && r.started < asOf &&
                    (!lastSuccess.isValid() || r.started > lastSuccess) &&
                    (!e.failingSince.isValid() || r.started < e.failingSince))
                    e.failingSince = r.started;
        }
        return e;
    };
    auto score = [](qint64 pass, qint64 fail) {
        return pass + fail > 0 ? QString::number(double(pass) / double(pass + fail), 'g', 12) : QString();
    };

    Scope scope;
    scope.partnerId = uuidFor(QStringLiteral("pp"));
    scope.from = kFrom;
    scope.to = kTo;
    auto check = [&](const char *when) -> std::pair<QString, QList<QStringList>> {
        SCOPED_TRACE(when);
        const ReportData report = buildReport(t, scope);
        const QList<QStringList> records = Csv::parse(Reports::toCsv(report));
        qint64 total[4] = {0, 0, 0, 0}, before[4] = {0, 0, 0, 0};
        std::map<QString, std::array<qint64, 4>> bySite;
        QStringList failingRows;
        for (const QString &a : app.keys()) {
            for (const QString &c : controls) {
                const Expected e = expect(a, c, kTo);
                ++total[e.state];
                ++bySite[siteOf[a]][e.state];
                ++before[expect(a, c, kFrom).state];
                if (e.state == Failing)
                    failingRows << QStringList{siteOf[a], c, isoTime(e.failingSince),
                                               QString::number(e.failingSince.secsTo(kTo))}
                                       .join(QLatin1Char('|'));
            }
        }
        EXPECT_GT(total[Passing], 0);
        EXPECT_GT(total[Failing], 0);
        EXPECT_GT(total[Stale], 0);
        EXPECT_GT(total[None], 0);
        EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("compliance_score")),
                  score(total[Passing], total[Failing]));
        EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("compliance_score_previous")),
                  score(before[Passing], before[Failing]));
        EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("pairs_passing")),
                  QString::number(total[Passing]));
        EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("pairs_failing")),
                  QString::number(total[Failing]));
        EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("pairs_stale")),
                  QString::number(total[Stale]));
        EXPECT_EQ(fact(records, QStringLiteral("summary"), QStringLiteral("pairs_no_evidence")),
                  QString::number(total[None]));
        const QList<QStringList> sites = sectionRows(records, QStringLiteral("sites"));
        EXPECT_EQ(sites.size(), 2);
        for (const QStringList &site : sites) {
            const auto &n = bySite[site.value(0)];
            EXPECT_EQ(site.mid(6, 4), (QStringList{QString::number(n[0]), QString::number(n[1]), QString::number(n[2]),
                                                   QString::number(n[3])}))
                << site.value(0).toStdString();
            EXPECT_EQ(site.value(10), score(n[0], n[1])) << site.value(0).toStdString();
        }
        QStringList reportedFailing;
        for (const QStringList &r : sectionRows(records, QStringLiteral("failing_pairs"))) {
            const QDateTime since = QDateTime::fromString(r.value(3), Qt::ISODateWithMs);
            reportedFailing << QStringList{r.value(0), r.value(2), isoTime(since), r.value(4)}.join(QLatin1Char('|'));
        }
        std::sort(failingRows.begin(), failingRows.end());
        std::sort(reportedFailing.begin(), reportedFailing.end());
        EXPECT_EQ(reportedFailing, failingRows);
        return std::pair(fact(records, QStringLiteral("report"), QStringLiteral("mapping_sha256")),
                         sectionRows(records, QStringLiteral("mapping_used")));
    };
    const auto [fingerprintBefore, usedBefore] = check("before L1-NEW is mapped");
    EXPECT_EQ(usedBefore, (QList<QStringList>{{QStringLiteral("L1-A"), QStringLiteral("RB-A"), QStringLiteral("1")}}));
    EXPECT_EQ(expect(QStringLiteral("y1"), QStringLiteral("C1"), kTo).state, None);

    t.exec(QStringLiteral("INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id) VALUES ('L1-NEW', 'RB-A')"));
    mapping[QStringLiteral("L1-NEW")] = QStringLiteral("RB-A");
    EXPECT_EQ(expect(QStringLiteral("y1"), QStringLiteral("C1"), kTo).state, Failing);
    const auto [fingerprintAfter, usedAfter] = check("after L1-NEW is mapped");
    EXPECT_EQ(usedAfter, (QList<QStringList>{{QStringLiteral("L1-A"), QStringLiteral("RB-A"), QStringLiteral("1")},
                                             {QStringLiteral("L1-NEW"), QStringLiteral("RB-A"), QStringLiteral("1")}}));
    ASSERT_EQ(fingerprintBefore.size(), 64);
    ASSERT_EQ(fingerprintAfter.size(), 64);
    EXPECT_NE(fingerprintBefore, fingerprintAfter);
    const QByteArray expectedAfter =
        QCryptographicHash::hash("L1-A\tRB-A\nL1-NEW\tRB-A\n", QCryptographicHash::Sha256).toHex();
    EXPECT_EQ(fingerprintAfter, QString::fromLatin1(expectedAfter));
}

// The PDF as a client reads it, in English and in German: no ID broken across
// lines, stored values (severity, status) in the reader's language, JSON as
// words, and four-digit years.
TEST(Reports, ThePdfReadsWellInEnglishAndGerman)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    // An order with a JSON result and a long ID, so both are on the page.
    t.exec(QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id, status, issued_at, completed_at, "
                          "issued_by, reason, result) VALUES ('ORD-20261012-clinic-a-000092', ?::uuid, 'RB-FW-001', "
                          "'completed', ?, ?, 'alice.tech', 'quarterly firewall check', "
                          "'{\"note\": \"closed manually\", \"retried\": false}')"),
           {f.applianceId[QStringLiteral("a1")], at(11), at(11, 5)});
    QStringList ids{QStringLiteral("ORD-20261012-clinic-a-000092")};
    for (const Inc &i : f.incidents)
        if (f.northSites.contains(f.applianceSite[i.appliance]) && i.status != QLatin1String("resolved"))
            ids << uuidFor(i.key); // listed as exceptions (open or L3)
    QTemporaryDir dir;
    for (const QString &lang : {QStringLiteral("en_US.UTF-8"), QStringLiteral("de_DE.UTF-8")}) {
        SCOPED_TRACE(lang.toStdString());
        const bool german = lang.startsWith(QLatin1String("de"));
        const QString pdf = dir.filePath(lang + QStringLiteral(".pdf"));
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDATABASE"), t.name());
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LANGUAGE"), german ? QStringLiteral("de_DE:de") : QStringLiteral("en_US:en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HEALDESK_EXECUTABLE), northArgs() + QStringList{QStringLiteral("-o"), pdf});
        ASSERT_TRUE(p.waitForFinished(120000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        const QString text = pdfText(pdf);
        ASSERT_GT(text.size(), 2000);
        for (const QString &id : ids)
            EXPECT_TRUE(text.contains(id)) << "split or missing: " << id.toStdString();
        // JSON as words, booleans as yes/no.
        EXPECT_FALSE(text.contains(QStringLiteral("{\"note\""))) << "raw JSON";
        // A wrapped cell's lines follow each other in the content stream (-raw).
        const Outcome raw = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        const QString flowing = raw.out.simplified();
        EXPECT_TRUE(flowing.contains(german ? QStringLiteral("note: closed manually; retried: nein")
                                            : QStringLiteral("note: closed manually; retried: no")))
            << flowing.mid(std::max<qsizetype>(0, flowing.indexOf(QStringLiteral("note:")) - 200), 400).toStdString();
        // Stored severities and statuses in the reader's language.
        const QRegularExpression englishWords(QStringLiteral("\\b(critical|pending|completed|failure)\\b"));
        if (german) {
            EXPECT_TRUE(text.contains(QStringLiteral("kritisch")));
            EXPECT_TRUE(text.contains(QStringLiteral("abgeschlossen")));
            const QRegularExpressionMatch m = englishWords.match(text);
            EXPECT_FALSE(m.hasMatch()) << "untranslated: " << m.captured(0).toStdString() << " near "
                                       << text.mid(std::max<qsizetype>(0, m.capturedStart() - 80), 160).toStdString();
        } else {
            EXPECT_TRUE(englishWords.match(text).hasMatch());
        }
        // Four-digit years in every date.
        EXPECT_TRUE(text.contains(QStringLiteral("2026-10-")));
        const QRegularExpression shortYear(QStringLiteral("\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2}\\b"));
        EXPECT_FALSE(shortYear.match(text).hasMatch()) << shortYear.match(text).captured(0).toStdString();
    }
}

// Above the listing limit the PDF's appendix is a summary per control with the
// SHA-256 of the full list; the CSV (also attached to the PDF) keeps every row.
TEST(Reports, ALongEvidenceAppendixBecomesCountsPerControlAndTheListsDigest)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    const ReportData report = buildReport(t, northScope());
    const QList<QStringList> records = Csv::parse(Reports::toCsv(report));
    // The digest of the evidence records, worked out from the CSV alone.
    QByteArray lines;
    for (const QStringList &r : records)
        if (r.value(0) == QLatin1String("evidence"))
            lines += Csv::line(r);
    ASSERT_FALSE(lines.isEmpty());
    const QString evidenceSha =
        QString::fromLatin1(QCryptographicHash::hash(lines, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(fact(records, QStringLiteral("report"), QStringLiteral("evidence_sha256")), evidenceSha);

    // Executions per control, from the fixture.
    std::map<QString, int> perControl;
    int scoped = 0;
    for (const Tel &e : f.telemetry) {
        if (!f.inNorthPeriod(e.appliance, e.day))
            continue;
        ++scoped;
        const QString rb = f.canonical(e.runbook);
        bool any = false;
        for (const Runbook &r : f.runbooks) {
            if (r.id != rb)
                continue;
            for (const QString &c : r.controls) {
                ++perControl[c];
                any = true;
            }
        }
        if (!any)
            ++perControl[QStringLiteral("(no HIPAA control)")];
    }
    ASSERT_GT(scoped, 3);
    QTemporaryDir dir;
    const QString summarised = dir.filePath(QStringLiteral("summary.pdf"));
    const QString listed = dir.filePath(QStringLiteral("listed.pdf"));
    ReportWriter::write(report, ReportWriter::Format::Pdf, summarised, QPageSize(QPageSize::A4), nullptr, 3);
    ReportWriter::write(report, ReportWriter::Format::Pdf, listed, QPageSize(QPageSize::A4), nullptr, scoped);
    const QString shortText = pdfText(summarised).simplified();
    const QString longText = pdfText(listed).simplified();
    const QString flowing =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), summarised, QStringLiteral("-")}).out.simplified();
    EXPECT_TRUE(flowing.contains(evidenceSha)) << "the list's SHA-256 is printed";
    EXPECT_TRUE(flowing.contains(QStringLiteral("more than the 3 this document lists")));
    EXPECT_FALSE(longText.contains(evidenceSha)) << "listed in full: no summary";
    // exec-t1 succeeded, so only the appendix lists it.
    const QRegularExpression t1(QStringLiteral("\\bexec-t1\\b"));
    EXPECT_TRUE(t1.match(longText).hasMatch());
    EXPECT_FALSE(t1.match(shortText).hasMatch());
    for (const Tel &e : f.telemetry) {
        if (!f.inNorthPeriod(e.appliance, e.day))
            continue;
        const QString id = QStringLiteral("exec-") + e.key;
        EXPECT_TRUE(longText.contains(id)) << id.toStdString();
    }
    // The summary's rows: control, executions, succeeded, failed, first, last.
    for (const auto &[control, n] : perControl) {
        const QRegularExpression row(QRegularExpression::escape(control) +
                                     QStringLiteral(" %1 \\d+ \\d+ \\d+ 2026-").arg(n));
        EXPECT_TRUE(row.match(flowing).hasMatch()) << control.toStdString() << " " << n;
    }
}

// The partner's brand on the cover: its name and the logo set with
// "healdesk partner set-logo", whose SHA-256 the report names.
TEST(Reports, ThePartnersLogoAndNameStandOnTheCover)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    QTemporaryDir dir;
    QImage image(240, 80, QImage::Format_RGB32);
    image.fill(QColor(0x12, 0x6b, 0xa8));
    const QString png = dir.filePath(QStringLiteral("logo.png"));
    ASSERT_TRUE(image.save(png, "PNG"));
    QFile pngFile(png);
    ASSERT_TRUE(pngFile.open(QIODevice::ReadOnly));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(pngFile.readAll(), QCryptographicHash::Sha256).toHex());
    const QString north = uuidFor(QStringLiteral("north"));

    // Bad input: not a PNG, an unknown partner. Nothing is stored.
    const QString text = dir.filePath(QStringLiteral("logo.txt"));
    QFile bad(text);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("not an image at all, just some words");
    bad.close();
    Outcome notPng = healdesk({QStringLiteral("partner"), QStringLiteral("set-logo"), north, text}, t.name());
    EXPECT_NE(notPng.code, 0);
    EXPECT_TRUE(notPng.err.contains(QStringLiteral("must be a PNG"))) << notPng.err.toStdString();
    Outcome unknown = healdesk(
        {QStringLiteral("partner"), QStringLiteral("set-logo"), uuidFor(QStringLiteral("nobody")), png}, t.name());
    EXPECT_NE(unknown.code, 0);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown partner"))) << unknown.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_partner_logo")).toInt(), 0);

    Outcome set = healdesk({QStringLiteral("partner"), QStringLiteral("set-logo"), north, png}, t.name());
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'partner.set_logo' "
                                      "AND target = ? AND details->>'sha256' = ?"),
                       {north, sha})
                  .toInt(),
              1);

    const QString pdf = dir.filePath(QStringLiteral("branded.pdf"));
    Outcome exported = healdesk(northArgs() + QStringList{QStringLiteral("-o"), pdf}, t.name());
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    const QString cover =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")}).out;
    EXPECT_TRUE(cover.contains(QStringLiteral("Prepared by Partner north"))) << cover.left(600).toStdString();
    const Outcome images =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), QStringLiteral("-f"), QStringLiteral("1"),
                                          QStringLiteral("-l"), QStringLiteral("1"), pdf});
    ASSERT_EQ(images.code, 0) << images.err.toStdString();
    EXPECT_EQ(images.out.count(QLatin1Char('\n')), 3) << images.out.toStdString(); // two header lines, one image
    const ReportData report = buildReport(t, northScope());
    EXPECT_EQ(report.section(QStringLiteral("report"))->value(QStringLiteral("partner_logo_sha256")), sha);
    // Another partner's report carries neither.
    Scope south;
    south.partnerId = uuidFor(QStringLiteral("south"));
    south.from = kFrom;
    south.to = kTo;
    const ReportData other = buildReport(t, south);
    EXPECT_TRUE(other.partnerLogo.isEmpty());
    EXPECT_TRUE(other.section(QStringLiteral("report"))->value(QStringLiteral("partner_logo_sha256")).isEmpty());
    // The logo change is the north partner's business only: over a period that
    // holds it, north's audit section lists it and south's does not.
    auto logoEntries = [&t](Scope scope) {
        scope.from = kFrom;
        scope.to = QDateTime::currentDateTimeUtc().addDays(1); // cut at now
        int n = 0;
        for (const QStringList &r : Csv::parse(Reports::toCsv(buildReport(t, scope))))
            n += r.value(0) == QLatin1String("audit") && r.value(5) == QLatin1String("partner.set_logo") ? 1 : 0;
        return n;
    };
    EXPECT_EQ(logoEntries(northScope()), 1);
    EXPECT_EQ(logoEntries(south), 0);
}

// Reports ▸ Archive: an archived report saved as it was kept, verified here,
// and found out once its stored data was changed.
TEST(ReportsPage, TheArchiveSavesAndVerifiesWhatTheWorkerKept)
{
    TestDatabase t;
    t.migrate();
    insertSite(t, QStringLiteral("clinic-a"), QStringLiteral("north"), {1});
    t.provisionSigning(); // signs what it makes, as the worker's service key would
    const QString partner = uuidFor(QStringLiteral("north"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 archived = t.db().runSync([&](Session &s) {
        const qint64 schedule = ReportArchive::addSchedule(s, partner, {}, {QStringLiteral("csv")},
                                                           QStringLiteral("a4"), QStringLiteral("en"), 30, now);
        const QList<ReportArchive::Due> due = ReportArchive::due(s, now);
        EXPECT_EQ(due.size(), 1);
        EXPECT_EQ(due.value(0).schedule.id, schedule);
        Scope scope;
        scope.partnerId = partner;
        scope.from = due.value(0).from;
        scope.to = due.value(0).to;
        ReportData report = Reports::build(s, scope);
        EXPECT_TRUE(Reports::sign(s, report).isEmpty());
        EXPECT_TRUE(ReportArchive::store(s, due.value(0), report.reportId, report.digest(),
                                         report.signer->key->keyId(), {}, Reports::toCsv(report)));
        // A second worker's store of the same period changes nothing.
        EXPECT_FALSE(ReportArchive::store(s, due.value(0), report.reportId, report.digest(),
                                          report.signer->key->keyId(), {}, Reports::toCsv(report)));
        return ReportArchive::list(s).value(0).id;
    });
    ASSERT_GT(archived, 0);

    ReportsPage page(&t.db());
    page.tabs()->setCurrentWidget(page.archivePanel());
    ArchivePanel *panel = page.archivePanel();
    ASSERT_TRUE(waitUntil([&] { return panel->view()->model()->rowCount() == 1; }));
    panel->view()->selectRow(0);
    awaitTask(panel->verifySelected());
    EXPECT_TRUE(panel->statusLabel()->text().contains(QStringLiteral("holds: signed by")))
        << panel->statusLabel()->text().toStdString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.csv"));
    awaitTask(panel->saveSelected(path));
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(Reports::verifyCsv(saved.readAll()).ok());

    // Someone with the table's keys changes a figure in the kept CSV (digest recomputed or not): found out.
    t.exec(QStringLiteral("UPDATE healdesk_report_archive SET csv = convert_to(replace(convert_from(csv, 'UTF8'), "
                          "'summary,1,', 'summary,1,x'), 'UTF8') WHERE id = ?"),
           {archived});
    awaitTask(panel->verifySelected());
    EXPECT_TRUE(panel->statusLabel()->text().contains(QStringLiteral("Changed"))) << panel->statusLabel()->text().toStdString();
}
