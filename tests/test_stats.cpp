#include "Error.h"
#include "Generator.h"
#include "Stats.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <gtest/gtest.h>

#include <cmath>

using namespace hd;
using namespace hd::test;

namespace {

// The rows a test inserts, kept in C++ so the expected figures can be worked
// out here, independently of the SQL under test.
struct Tel
{
    QString incident; // incident key, "" for none, "ghost" for an incident that does not exist
    QString site;
    QString appliance; // appliance key or "ghost"
    QString runbook;
    std::optional<QString> level;
    bool success = true;
    std::optional<double> duration;
    int startedMinute = 0; // minutes after the base time
    std::optional<int> completedMinute;
};

struct Inc
{
    QString key;
    QString appliance;
    std::optional<QString> tier;
    int reportedMinute = 0;
};

const QDateTime kBase(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);

QString iso(int minute)
{
    return kBase.addSecs(qint64(minute) * 60).toString(Qt::ISODate);
}

QString uuidFor(const QString &key)
{
    // Stable, lower-case UUIDs per key (what telemetry stores as text).
    const QByteArray md5 = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(md5.left(8) + '-' + md5.mid(8, 4) + '-' + md5.mid(12, 4) + '-' + md5.mid(16, 4) + '-' +
                               md5.mid(20, 12));
}

QString normalise(const std::optional<QString> &level)
{
    if (!level)
        return QStringLiteral("unknown");
    // SQL trim() removes spaces only.
    QString t = *level;
    while (t.startsWith(QLatin1Char(' ')))
        t.remove(0, 1);
    while (t.endsWith(QLatin1Char(' ')))
        t.chop(1);
    t = t.toUpper();
    return kTiers.contains(t) ? t : QStringLiteral("unknown");
}

double percentileCont(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const double pos = p * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = qsizetype(std::ceil(pos));
    return values[lo] + (values[hi] - values[lo]) * (pos - double(lo));
}

class Fixture
{
public:
    // Two partners, three sites, four appliances, four runbooks (one never run), two mapped L1 IDs.
    QMap<QString, QString> siteOfAppliance{{QStringLiteral("a1"), QStringLiteral("site-1")},
                                           {QStringLiteral("a2"), QStringLiteral("site-1")},
                                           {QStringLiteral("a3"), QStringLiteral("site-2")},
                                           {QStringLiteral("a4"), QStringLiteral("site-3")}};
    QMap<QString, QString> partnerOfSite{{QStringLiteral("site-1"), QStringLiteral("p1")},
                                         {QStringLiteral("site-2"), QStringLiteral("p1")},
                                         {QStringLiteral("site-3"), QStringLiteral("p2")}};
    QStringList runbooks{QStringLiteral("RB-WIN-SEC-001"), QStringLiteral("RB-WIN-SEC-002"),
                         QStringLiteral("RB-LIN-SSH-001"), QStringLiteral("RB-NEVER-RUN-001")};
    QMap<QString, QString> mapping{{QStringLiteral("L1-FIREWALL-001"), QStringLiteral("RB-WIN-SEC-001")},
                                   {QStringLiteral("L1-LIN-SSH-001"), QStringLiteral("RB-LIN-SSH-001")}};
    QList<Inc> incidents;
    QList<Tel> telemetry;

    Fixture()
    {
        // inc-a: the incident row says L1, telemetry later healed it on L2: one incident, tier L2.
        incidents << Inc{QStringLiteral("inc-a"), QStringLiteral("a1"), QStringLiteral("L1"), 0};
        telemetry << Tel{QStringLiteral("inc-a"),
                         {},
                         QStringLiteral("a1"),
                         QStringLiteral("L1-FIREWALL-001"),
                         QStringLiteral("L1"),
                         false,
                         3.0,
                         1,
                         2};
        telemetry << Tel{QStringLiteral("inc-a"),
                         {},
                         QStringLiteral("a1"),
                         QStringLiteral("RB-WIN-SEC-001"),
                         QStringLiteral("L2"),
                         true,
                         45.0,
                         10,
                         11};
        // inc-b: no tier recorded, telemetry spelled " l2 ".
        incidents << Inc{QStringLiteral("inc-b"), QStringLiteral("a2"), std::nullopt, 20};
        telemetry << Tel{QStringLiteral("inc-b"),
                         {},
                         QStringLiteral("a2"),
                         QStringLiteral("L1-LIN-SSH-001"),
                         QStringLiteral(" l2 "),
                         true,
                         30.0,
                         21,
                         22};
        // inc-c: only its own lower-case tier.
        incidents << Inc{QStringLiteral("inc-c"), QStringLiteral("a3"), QStringLiteral("l3"), 30};
        // inc-d: nothing at all.
        incidents << Inc{QStringLiteral("inc-d"), QStringLiteral("a4"), std::nullopt, 40};
        // inc-e: telemetry with an unknown tier falls back to the incident's L1.
        incidents << Inc{QStringLiteral("inc-e"), QStringLiteral("a4"), QStringLiteral("L1"), 50};
        telemetry << Tel{QStringLiteral("inc-e"),
                         {},
                         QStringLiteral("a4"),
                         QStringLiteral("L1-USB-001"),
                         QStringLiteral("L4"),
                         false,
                         std::nullopt,
                         51,
                         std::nullopt};
        // inc-f: two executions finishing at the same moment: the later id (L3) wins.
        incidents << Inc{QStringLiteral("inc-f"), QStringLiteral("a1"), std::nullopt, 60};
        telemetry << Tel{QStringLiteral("inc-f"),
                         {},
                         QStringLiteral("a1"),
                         QStringLiteral("RB-WIN-SEC-002"),
                         QStringLiteral("L1"),
                         true,
                         4.0,
                         61,
                         65};
        telemetry << Tel{QStringLiteral("inc-f"),
                         {},
                         QStringLiteral("a1"),
                         QStringLiteral("ESCALATE-HUMAN"),
                         QStringLiteral("L3"),
                         true,
                         600.0,
                         62,
                         65};
        // inc-g: an older execution inserted after a newer one: the newer (L1) still decides.
        incidents << Inc{QStringLiteral("inc-g"), QStringLiteral("a3"), std::nullopt, 70};
        telemetry << Tel{QStringLiteral("inc-g"),
                         {},
                         QStringLiteral("a3"),
                         QStringLiteral("L1-FIREWALL-001"),
                         QStringLiteral("L1"),
                         true,
                         2.0,
                         90,
                         91};
        telemetry << Tel{QStringLiteral("inc-g"),
                         {},
                         QStringLiteral("a3"),
                         QStringLiteral("RB-LIN-SSH-001"),
                         QStringLiteral("L2"),
                         false,
                         80.0,
                         71,
                         72};
        // Telemetry without an incident, with an unmapped lower-case ID, an orphan incident and an orphan appliance.
        telemetry << Tel{{},  {}, QStringLiteral("a2"), QStringLiteral("rb-win-sec-001"), std::nullopt, true, 7.0,
                         100, 101};
        telemetry << Tel{QStringLiteral("ghost"),
                         {},
                         QStringLiteral("a4"),
                         QStringLiteral("L1-FIREWALL-001"),
                         QStringLiteral("L1"),
                         true,
                         5.0,
                         110,
                         111};
        telemetry << Tel{{},
                         QStringLiteral("gone-site"),
                         QStringLiteral("ghost"),
                         QStringLiteral("L1-LIN-SSH-001"),
                         QStringLiteral("L1"),
                         true,
                         6.0,
                         120,
                         121};
        // Many L1 runs of one runbook for a meaningful p95.
        for (int i = 0; i < 20; ++i) {
            telemetry << Tel{{},
                             {},
                             QStringLiteral("a3"),
                             QStringLiteral("L1-FIREWALL-001"),
                             QStringLiteral("L1"),
                             i % 4 != 0,
                             1.0 + i * 0.5,
                             200 + i,
                             201 + i};
        }
    }

    QString siteOf(const Tel &t) const { return t.site.isEmpty() ? siteOfAppliance.value(t.appliance) : t.site; }

    void insert(TestDatabase &db) const
    {
        db.exec(QStringLiteral("INSERT INTO partners (id, name) VALUES (?, 'Partner One'), (?, 'Partner Two')"),
                {uuidFor(QStringLiteral("p1")), uuidFor(QStringLiteral("p2"))});
        for (auto it = partnerOfSite.cbegin(); it != partnerOfSite.cend(); ++it)
            db.exec(QStringLiteral("INSERT INTO sites (id, name, partner_id) VALUES (?, ?, ?)"),
                    {it.key(), QString(QStringLiteral("Site ") + it.key()), uuidFor(it.value())});
        for (auto it = siteOfAppliance.cbegin(); it != siteOfAppliance.cend(); ++it)
            db.exec(
                QStringLiteral("INSERT INTO appliances (id, site_id, hostname, last_checkin) VALUES (?, ?, ?, now())"),
                {uuidFor(it.key()), it.value(), QString(it.key() + QStringLiteral(".clinic"))});
        for (const QString &rb : runbooks)
            db.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity, hipaa_controls) "
                                   "VALUES (?, ?, 'security', 'high', '{164.312(b)}')"),
                    {rb, QString(QStringLiteral("Runbook ") + rb)});
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            db.exec(QStringLiteral("INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id) VALUES (?, ?)"),
                    {it.key(), it.value()});
        for (const Inc &i : incidents)
            db.exec(
                QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, resolution_tier, "
                               "reported_at) VALUES (?, ?, 'drift', 'high', ?, ?)"),
                {uuidFor(i.key), uuidFor(i.appliance), i.tier ? QVariant(*i.tier) : nullText(), iso(i.reportedMinute)});
        // Telemetry after incidents; the incidents get the tiers above back afterwards (the insert trigger
        // writes each execution's tier into its incident).
        int n = 0;
        for (const Tel &t : telemetry) {
            db.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, "
                                   "runbook_id, hostname, success, resolution_level, duration_seconds, started_at, "
                                   "completed_at, created_at) VALUES (?, ?, ?, ?, ?, 'h', ?, ?, ?, ?, ?, ?)"),
                    {QString(QStringLiteral("x-") + QString::number(++n)),
                     t.incident.isEmpty() ? nullText() : QVariant(uuidFor(t.incident)), siteOf(t), uuidFor(t.appliance),
                     t.runbook, t.success, t.level ? QVariant(*t.level) : nullText(),
                     t.duration ? QVariant(*t.duration) : QVariant(QMetaType::fromType<double>()), iso(t.startedMinute),
                     t.completedMinute ? QVariant(iso(*t.completedMinute)) : nullText(), iso(t.startedMinute + 500)});
        }
        for (const Inc &i : incidents)
            db.exec(QStringLiteral("UPDATE incidents SET resolution_tier = ? WHERE id = ?::uuid"),
                    {i.tier ? QVariant(*i.tier) : nullText(), uuidFor(i.key)});
        // History written past the tier sync has its worked-out tiers filled in, as the upgrade does (0014).
        db.exec(QStringLiteral("UPDATE incidents SET healdesk_tier = 'none'"));
    }

    // The expected figures, from the definitions, over the rows above.
    FleetStats expected(const QStringList &sites, const QString &partner, std::optional<int> fromMinute,
                        std::optional<int> toMinute) const
    {
        auto siteInScope = [&](const QString &site) {
            if (sites.isEmpty() && partner.isEmpty())
                return true;
            if (!siteOfAppliance.values().contains(site) && !partnerOfSite.contains(site))
                return false;
            return (sites.isEmpty() || sites.contains(site)) &&
                   (partner.isEmpty() || partnerOfSite.value(site) == partner);
        };
        auto inPeriod = [&](int minute) {
            return (!fromMinute || minute >= *fromMinute) && (!toMinute || minute < *toMinute);
        };
        FleetStats s;
        QMap<QString, QList<double>> durations;
        for (const Tel &t : telemetry) {
            if (!siteInScope(siteOf(t)) || !inPeriod(t.startedMinute))
                continue;
            ++s.telemetryTotal;
            auto &tier = s.executionsByTier[normalise(t.level)];
            ++tier.executions;
            tier.successes += t.success ? 1 : 0;
            QString canonical = mapping.value(t.runbook);
            if (canonical.isEmpty() && runbooks.contains(t.runbook))
                canonical = t.runbook;
            const QString key = canonical.isEmpty() ? QStringLiteral("?") + t.runbook : canonical;
            RunbookStat *r = nullptr;
            auto &list = canonical.isEmpty() ? s.unmapped : s.runbooks;
            for (auto &x : list)
                if (x.runbookId == (canonical.isEmpty() ? t.runbook : canonical))
                    r = &x;
            if (!r) {
                list << RunbookStat{};
                r = &list.last();
                r->runbookId = canonical.isEmpty() ? t.runbook : canonical;
                r->unmapped = canonical.isEmpty();
            }
            ++r->executions;
            r->successes += t.success ? 1 : 0;
            if (t.duration)
                durations[key] << *t.duration;
        }
        for (auto *list : {&s.runbooks, &s.unmapped}) {
            for (auto &r : *list) {
                const auto d = durations.value(r.unmapped ? QStringLiteral("?") + r.runbookId : r.runbookId);
                if (!d.isEmpty()) {
                    r.avgDuration = std::accumulate(d.begin(), d.end(), 0.0) / double(d.size());
                    r.p95Duration = percentileCont(d, 0.95);
                }
            }
        }
        for (const Inc &i : incidents) {
            if (!siteInScope(siteOfAppliance.value(i.appliance)) || !inPeriod(i.reportedMinute))
                continue;
            // Latest known-tier execution: by completed, else started, then insertion order.
            QString tier;
            int bestTime = -1, bestIndex = -1;
            for (int n = 0; n < telemetry.size(); ++n) {
                const Tel &t = telemetry[n];
                if (t.incident != i.key || normalise(t.level) == QLatin1String("unknown"))
                    continue;
                const int time = t.completedMinute.value_or(t.startedMinute);
                if (time > bestTime || (time == bestTime && n > bestIndex)) {
                    bestTime = time;
                    bestIndex = n;
                    tier = normalise(t.level);
                }
            }
            if (tier.isEmpty() && i.tier && normalise(i.tier) != QLatin1String("unknown"))
                tier = normalise(i.tier);
            if (tier.isEmpty())
                tier = QStringLiteral("none");
            ++s.incidentsByTier[tier];
        }
        return s;
    }
};

// 0 for the raw definitions (exact); the rollups' histogram p95 is within 4%.
double g_p95Relative = 0;

void expectSame(const FleetStats &actual, const FleetStats &expected)
{
    EXPECT_EQ(actual.telemetryTotal, expected.telemetryTotal);
    for (const QString &t : kTiers + QStringList{QStringLiteral("unknown")}) {
        EXPECT_EQ(actual.executionsByTier.value(t).executions, expected.executionsByTier.value(t).executions)
            << t.toStdString();
        EXPECT_EQ(actual.executionsByTier.value(t).successes, expected.executionsByTier.value(t).successes)
            << t.toStdString();
    }
    for (const QString &t : kTiers + QStringList{QStringLiteral("none")})
        EXPECT_EQ(actual.incidentsByTier.value(t), expected.incidentsByTier.value(t))
            << "incidents " << t.toStdString();
    for (const RunbookStat &r : actual.runbooks) {
        const auto it = std::find_if(expected.runbooks.begin(), expected.runbooks.end(),
                                     [&](const RunbookStat &e) { return e.runbookId == r.runbookId; });
        if (it == expected.runbooks.end()) {
            EXPECT_EQ(r.executions, 0) << r.runbookId.toStdString();
            EXPECT_FALSE(r.avgDuration.has_value());
            continue;
        }
        EXPECT_EQ(r.executions, it->executions) << r.runbookId.toStdString();
        EXPECT_EQ(r.successes, it->successes) << r.runbookId.toStdString();
        ASSERT_EQ(r.avgDuration.has_value(), it->avgDuration.has_value()) << r.runbookId.toStdString();
        if (r.avgDuration) {
            EXPECT_NEAR(*r.avgDuration, *it->avgDuration, 1e-9) << r.runbookId.toStdString();
            EXPECT_NEAR(*r.p95Duration, *it->p95Duration, std::max(1e-9, g_p95Relative * std::abs(*it->p95Duration)))
                << r.runbookId.toStdString();
        }
    }
    ASSERT_EQ(actual.unmapped.size(), expected.unmapped.size());
    for (const RunbookStat &e : expected.unmapped) {
        const auto it = std::find_if(actual.unmapped.begin(), actual.unmapped.end(),
                                     [&](const RunbookStat &a) { return a.runbookId == e.runbookId; });
        ASSERT_NE(it, actual.unmapped.end()) << e.runbookId.toStdString();
        EXPECT_EQ(it->executions, e.executions) << e.runbookId.toStdString();
    }
    qint64 sum = 0;
    for (const auto &r : actual.runbooks)
        sum += r.executions;
    for (const auto &r : actual.unmapped)
        sum += r.executions;
    EXPECT_EQ(sum, actual.telemetryTotal) << "per-runbook counts must add up to the telemetry total";
}

} // namespace

// Every case runs on both sources: the raw definitions and the rollups.
class StatsTest : public ::testing::TestWithParam<Stats::Source>
{
protected:
    void SetUp() override
    {
        g_p95Relative = GetParam() == Stats::Source::Raw ? 0 : 0.04;
        t.migrate();
        f.insert(t);
    }
    FleetStats load(const Scope &scope)
    {
        return t.db().runSync([&](Session &s) { return Stats::load(s, scope, true, GetParam()); });
    }
    TestDatabase t;
    Fixture f;
};

TEST_P(StatsTest, WholeFleetFollowsTheDefinitions)
{
    const FleetStats actual = load({});
    const FleetStats expected = f.expected({}, {}, std::nullopt, std::nullopt);
    EXPECT_EQ(actual.telemetryTotal, f.telemetry.size());
    expectSame(actual, expected);
    EXPECT_EQ(actual.runbooks.size(), f.runbooks.size()) << "one row per canonical runbook, run or not";
}

TEST_P(StatsTest, SiteScope)
{
    Scope scope;
    scope.siteIds = {QStringLiteral("site-1")};
    expectSame(load(scope), f.expected({QStringLiteral("site-1")}, {}, std::nullopt, std::nullopt));
    scope.siteIds = {QStringLiteral("site-2"), QStringLiteral("site-3")};
    expectSame(load(scope),
               f.expected({QStringLiteral("site-2"), QStringLiteral("site-3")}, {}, std::nullopt, std::nullopt));
}

TEST_P(StatsTest, PartnerScopeAndPeriod)
{
    Scope scope;
    scope.partnerId = uuidFor(QStringLiteral("p1"));
    expectSame(load(scope), f.expected({}, QStringLiteral("p1"), std::nullopt, std::nullopt));
    scope.from = kBase.addSecs(15 * 60);
    scope.to = kBase.addSecs(205 * 60);
    expectSame(load(scope), f.expected({}, QStringLiteral("p1"), 15, 205));
    Scope period;
    period.from = kBase.addSecs(60 * 60);
    expectSame(load(period), f.expected({}, {}, 60, std::nullopt));
}

TEST_P(StatsTest, TheSeedsUnionAllQueryDoubleCountsAndOursDoesNot)
{
    // The seed's "correct way" query, verbatim.
    const auto seedRows = t.rows(QStringLiteral(
        "SELECT tier, COUNT(*) FROM ( SELECT resolution_tier as tier FROM incidents WHERE resolution_tier IS NOT NULL "
        "UNION ALL SELECT resolution_level as tier FROM execution_telemetry WHERE resolution_level IS NOT NULL ) "
        "combined GROUP BY tier"));
    QMap<QString, qint64> seed;
    for (const auto &r : seedRows)
        seed[r[0].toString()] = r[1].toLongLong();
    const FleetStats ours = load({});

    // inc-a was healed once, on L2, after a failed L1 try. The seed counts its
    // incident row's "L1" and its telemetry "L1" and "L2" together.
    qint64 incidentRowsL1 = 0, telemetryL1 = 0;
    for (const Inc &i : f.incidents)
        incidentRowsL1 += (i.tier && *i.tier == QLatin1String("L1")) ? 1 : 0;
    for (const Tel &x : f.telemetry)
        telemetryL1 += (x.level && *x.level == QLatin1String("L1")) ? 1 : 0;
    EXPECT_EQ(seed.value(QStringLiteral("L1")), incidentRowsL1 + telemetryL1);
    std::cout << "seed UNION ALL: L1=" << seed.value(QStringLiteral("L1")) << " L2=" << seed.value(QStringLiteral("L2"))
              << " L3=" << seed.value(QStringLiteral("L3"))
              << "; ours: executions L1=" << ours.executionsByTier.value(QStringLiteral("L1")).executions
              << " incidents L1=" << ours.incidentsByTier.value(QStringLiteral("L1")) << std::endl;
    EXPECT_NE(seed.value(QStringLiteral("L1")), ours.executionsByTier.value(QStringLiteral("L1")).executions);
    EXPECT_NE(seed.value(QStringLiteral("L1")), ours.incidentsByTier.value(QStringLiteral("L1")));
    EXPECT_GT(seed.value(QStringLiteral("L1")), ours.executionsByTier.value(QStringLiteral("L1")).executions);
    // It also splits the same tier by spelling (" l2 ", "l3") instead of normalising.
    EXPECT_TRUE(seed.contains(QStringLiteral(" l2 ")));
    EXPECT_EQ(ours.incidentsByTier.value(QStringLiteral("L2")), 2); // inc-a and inc-b
}

TEST_P(StatsTest, BadScopeIsAClearError)
{
    Scope scope;
    scope.partnerId = QStringLiteral("'; DROP TABLE sites; --");
    EXPECT_THROW(load(scope), Error);
    Scope inverted;
    inverted.from = kBase;
    inverted.to = kBase.addSecs(-1);
    EXPECT_THROW(load(inverted), Error);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM sites")).toInt(), 3);
}

INSTANTIATE_TEST_SUITE_P(Sources, StatsTest, ::testing::Values(Stats::Source::Raw, Stats::Source::Rollups),
                         [](const ::testing::TestParamInfo<Stats::Source> &info) {
                             return std::string(info.param == Stats::Source::Raw ? "Raw" : "Rollups");
                         });

TEST(StatsGenerated, GeneratedFleetAddsUpAndMatchesARawRecount)
{
    TestDatabase t;
    t.migrate();
    GeneratorOptions o = GeneratorOptions::preset(QStringLiteral("tiny"));
    o.incidents = 150;
    o.telemetry = 700;
    o.anchor = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    t.db().runSync([&](Session &s) { Generator::generate(s, o); });
    const FleetStats stats = t.db().runSync([](Session &s) { return Stats::load(s, {}); });
    EXPECT_EQ(stats.telemetryTotal, o.telemetry);
    // Recount the tiers in C++ from the raw column values.
    QMap<QString, qint64> byTier;
    for (const auto &r : t.rows(QStringLiteral("SELECT resolution_level FROM execution_telemetry")))
        ++byTier[normalise(r[0].isNull() ? std::nullopt : std::optional<QString>(r[0].toString()))];
    for (auto it = byTier.cbegin(); it != byTier.cend(); ++it)
        EXPECT_EQ(stats.executionsByTier.value(it.key()).executions, it.value()) << it.key().toStdString();
    qint64 sum = 0, unmapped = 0;
    for (const auto &r : stats.runbooks)
        sum += r.executions;
    for (const auto &r : stats.unmapped)
        unmapped += r.executions;
    EXPECT_GT(unmapped, 0);
    EXPECT_EQ(sum + unmapped, stats.telemetryTotal);
    qint64 incidents = 0;
    for (auto v : stats.incidentsByTier)
        incidents += v;
    EXPECT_EQ(incidents, o.incidents);
    EXPECT_GT(stats.incidentsByTier.value(QStringLiteral("L2")), 0) << "L2 comes from telemetry";
}

TEST(StatsCli, JsonMatchesTheLibraryAndBadInputFails)
{
    TestDatabase t;
    t.migrate();
    Fixture f;
    f.insert(t);
    const QString uri = QStringLiteral("postgresql:///%1?host=%2").arg(t.name(), qEnvironmentVariable("PGHOST"));
    QProcess p;
    p.start(QStringLiteral(HEALDESK_EXECUTABLE),
            {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), uri, QStringLiteral("--site"),
             QStringLiteral("site-1,site-2"), QStringLiteral("--from"), iso(0), QStringLiteral("--to"), iso(150)});
    p.waitForFinished(60000);
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const FleetStats expected = f.expected({QStringLiteral("site-1"), QStringLiteral("site-2")}, {}, 0, 150);
    EXPECT_EQ(json[QStringLiteral("telemetry_total")].toInteger(), expected.telemetryTotal);
    for (const QString &tier : kTiers)
        EXPECT_EQ(json[QStringLiteral("executions_by_tier")][tier].toInteger(),
                  expected.executionsByTier.value(tier).executions);
    EXPECT_EQ(json[QStringLiteral("incidents_by_tier")][QStringLiteral("none")].toInteger(),
              expected.incidentsByTier.value(QStringLiteral("none")));
    qint64 sum = 0;
    for (const auto v : json[QStringLiteral("runbooks")].toArray())
        sum += v[QStringLiteral("executions")].toInteger();
    for (const auto v : json[QStringLiteral("unmapped")].toArray())
        sum += v[QStringLiteral("executions")].toInteger();
    EXPECT_EQ(sum, expected.telemetryTotal);

    for (const QStringList &bad : {QStringList{QStringLiteral("--site"), QStringLiteral("no-such-site")},
                                   QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")},
                                   QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                                               QStringLiteral("--to"), QStringLiteral("2026-01-01")},
                                   QStringList{QStringLiteral("--partner"), QStringLiteral("x")}}) {
        QProcess q;
        q.start(QStringLiteral(HEALDESK_EXECUTABLE),
                QStringList{QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"), uri} + bad);
        q.waitForFinished(60000);
        EXPECT_NE(q.exitCode(), 0) << bad.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(q.readAllStandardOutput().isEmpty());
        EXPECT_EQ(QString::fromUtf8(q.readAllStandardError()).trimmed().count(QLatin1Char('\n')), 0);
    }
}
