// The rollups (migration 0012) against the raw definitions, which test_stats
// checks against figures worked out in C++. Telemetry spans four months on
// three sites and an orphan site, with the odd values production has; each
// state the rollups can be in (only queued, drained, shrunk by deletes and
// updates, trigger mode, rebuilt) is compared over scopes that cut days and
// months in every way.
#include "FleetFixture.h"
#include "Rollups.h"
#include "Stats.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace hd;
using namespace hd::test;

namespace {

const QDateTime kStart(QDate(2026, 7, 20), QTime(0, 0), Qt::UTC);
constexpr int kSpanMinutes = 120 * 24 * 60; // to mid-November

QString optionalText(bool isNull, const QString &text)
{
    return isNull ? QStringLiteral("NULL") : QString(QLatin1Char('\'') + text + QLatin1Char('\''));
}

// Inserts count rows in one statement, deterministic for a seed.
void insertTelemetry(TestDatabase &t, int count, unsigned seed, const QString &prefix)
{
    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return int(rng() % unsigned(n)); };
    const QStringList sites{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"),
                            QStringLiteral("gone-site")};
    const QStringList runbooks{QStringLiteral("L1-FW-001"), QStringLiteral("L1-AV-002"), QStringLiteral("RB-BACKUP"),
                               QStringLiteral("RB-FW"),     QStringLiteral("ESCALATE"),  QStringLiteral("l1-fw-001")};
    const QStringList levels{QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3"), QStringLiteral(" l2 "),
                             QStringLiteral("auto")};
    QStringList values;
    for (int n = 0; n < count; ++n) {
        const int site = pick(20) == 0 ? 3 : pick(3);
        const bool noStart = pick(60) == 0;
        // Whole minutes plus seconds, so some rows sit exactly on a midnight.
        const QDateTime started = kStart.addSecs(qint64(pick(kSpanMinutes)) * 60 + (pick(4) == 0 ? 0 : pick(60)));
        const int d = pick(40);
        const QString duration = d == 0   ? QStringLiteral("NULL")
                                 : d == 1 ? QStringLiteral("0")
                                          : QString::number(0.05 * std::exp(double(pick(1000)) / 110.0), 'g', 12);
        values << QStringLiteral("('%1-%2', '%3', 'app', '%4', 'h', %5, %6, %7, %8)")
                      .arg(prefix)
                      .arg(n)
                      .arg(sites[site], runbooks[pick(int(runbooks.size()))],
                           optionalText(noStart, started.toString(Qt::ISODate)), duration,
                           pick(5) == 0 ? QStringLiteral("false") : QStringLiteral("true"),
                           optionalText(pick(25) == 0, levels[pick(int(levels.size()))]));
    }
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                          "started_at, duration_seconds, success, resolution_level) VALUES ") +
           values.join(QLatin1Char(',')));
}

void insertCatalogue(TestDatabase &t)
{
    insertSite(t, QStringLiteral("s1"), QStringLiteral("pa"), {});
    insertSite(t, QStringLiteral("s2"), QStringLiteral("pa"), {});
    insertSite(t, QStringLiteral("s3"), QStringLiteral("pb"), {});
    for (const QString &rb :
         {QStringLiteral("RB-FW"), QStringLiteral("RB-AV"), QStringLiteral("RB-BACKUP"), QStringLiteral("RB-IDLE")})
        t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity) VALUES (?, ?, 'c', 'low')"),
               {rb, rb});
    t.exec(QStringLiteral("INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id) VALUES "
                          "('L1-FW-001', 'RB-FW'), ('L1-AV-002', 'RB-AV')"));
}

QDateTime at(int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

struct NamedScope
{
    const char *name;
    Scope scope;
};

QList<NamedScope> scopes()
{
    auto make = [](QStringList sites, QString partner, QDateTime from, QDateTime to) {
        Scope s;
        s.siteIds = std::move(sites);
        s.partnerId = std::move(partner);
        s.from = std::move(from);
        s.to = std::move(to);
        return s;
    };
    const QString pa = uuidFor(QStringLiteral("pa"));
    return {
        {"fleet, all time", make({}, {}, {}, {})},
        {"fleet, 30 days to a time of day", make({}, {}, at(10, 12, 13, 37), at(11, 11, 13, 37))},
        {"fleet, whole months", make({}, {}, at(8, 1), at(11, 1))},
        {"fleet, months and days around them", make({}, {}, at(7, 29, 6), at(10, 3, 18))},
        {"fleet, inside one day", make({}, {}, at(9, 15, 10), at(9, 15, 12))},
        {"fleet, one whole day", make({}, {}, at(9, 15), at(9, 16))},
        {"fleet, open start", make({}, {}, {}, at(9, 20, 5))},
        {"fleet, open end", make({}, {}, at(9, 20, 5), {})},
        {"site, all time", make({QStringLiteral("s1")}, {}, {}, {})},
        {"two sites, month and a half",
         make({QStringLiteral("s1"), QStringLiteral("s3")}, {}, at(8, 16, 12), at(10, 1))},
        {"partner, open end", make({}, pa, at(8, 1, 0, 1), {})},
        {"partner, all time", make({}, pa, {}, {})},
    };
}

void expectSameFigures(const FleetStats &rolled, const FleetStats &raw, const char *what)
{
    SCOPED_TRACE(what);
    EXPECT_EQ(rolled.telemetryTotal, raw.telemetryTotal);
    for (const QString &t : kTiers + QStringList{QStringLiteral("unknown")}) {
        EXPECT_EQ(rolled.executionsByTier.value(t).executions, raw.executionsByTier.value(t).executions)
            << t.toStdString();
        EXPECT_EQ(rolled.executionsByTier.value(t).successes, raw.executionsByTier.value(t).successes)
            << t.toStdString();
    }
    EXPECT_EQ(rolled.incidentsByTier, raw.incidentsByTier);
    ASSERT_EQ(rolled.trend.size(), raw.trend.size());
    for (qsizetype i = 0; i < raw.trend.size(); ++i) {
        EXPECT_EQ(rolled.trend[i].day, raw.trend[i].day);
        EXPECT_EQ(rolled.trend[i].tier, raw.trend[i].tier);
        EXPECT_EQ(rolled.trend[i].executions, raw.trend[i].executions);
        EXPECT_EQ(rolled.trend[i].successes, raw.trend[i].successes);
    }
    auto same = [](const QList<RunbookStat> &a, const QList<RunbookStat> &b) {
        ASSERT_EQ(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            SCOPED_TRACE(b[i].runbookId.toStdString());
            EXPECT_EQ(a[i].runbookId, b[i].runbookId);
            EXPECT_EQ(a[i].executions, b[i].executions);
            EXPECT_EQ(a[i].successes, b[i].successes);
            EXPECT_EQ(a[i].lastRun, b[i].lastRun);
            ASSERT_EQ(a[i].avgDuration.has_value(), b[i].avgDuration.has_value());
            ASSERT_EQ(a[i].p95Duration.has_value(), b[i].p95Duration.has_value());
            if (b[i].avgDuration) {
                EXPECT_NEAR(*a[i].avgDuration, *b[i].avgDuration, 1e-9 * std::abs(*b[i].avgDuration) + 1e-12);
                EXPECT_NEAR(*a[i].p95Duration, *b[i].p95Duration, 0.04 * std::abs(*b[i].p95Duration) + 1e-12);
            }
        }
    };
    same(rolled.runbooks, raw.runbooks);
    same(rolled.unmapped, raw.unmapped);
}

class RollupsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.migrate();
        insertCatalogue(t);
    }
    // Every scope, both sources, each in its own snapshot. Returns the
    // executions of the whole-fleet, all-time scope (to check a step did something).
    qint64 compareAll(const char *state)
    {
        SCOPED_TRACE(state);
        qint64 total = -1;
        for (const NamedScope &s : scopes()) {
            const auto [rolled, raw] = t.db().runSync([&](Session &session) {
                return std::make_pair(Stats::load(session, s.scope, true, Stats::Source::Rollups),
                                      Stats::load(session, s.scope, true, Stats::Source::Raw));
            });
            expectSameFigures(rolled, raw, s.name);
            if (total < 0)
                total = raw.telemetryTotal;
        }
        return total;
    }
    RollupStatus status()
    {
        return t.db().runSync([](Session &s) { return Rollups::status(s); });
    }
    qint64 drain()
    {
        return t.db().runSync([](Session &s) { return Rollups::drain(s); });
    }
    TestDatabase t;
};

} // namespace

TEST_F(RollupsTest, JobModeMatchesTheRawDefinitionsInEveryState)
{
    insertTelemetry(t, 2500, 7, QStringLiteral("a"));
    EXPECT_EQ(status().mode, QStringLiteral("job"));
    EXPECT_EQ(status().queued, 2500) << "inserts are queued, not applied, in job mode";
    EXPECT_EQ(compareAll("queued only"), 2500);

    EXPECT_EQ(drain(), 2500);
    EXPECT_EQ(status().queued, 0);
    EXPECT_GT(status().rows, 0);
    EXPECT_EQ(compareAll("drained"), 2500);

    // Deletes and updates queue their removals; read before and after a drain.
    const qint64 removed =
        t.scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry WHERE id % 7 = 0")).toLongLong();
    t.exec(QStringLiteral("DELETE FROM execution_telemetry WHERE id % 7 = 0"));
    t.exec(QStringLiteral(
        "UPDATE execution_telemetry SET resolution_level = 'L3', duration_seconds = duration_seconds * 3 "
        "WHERE id % 11 = 0"));
    t.exec(QStringLiteral("UPDATE execution_telemetry SET started_at = started_at + interval '33 days', "
                          "runbook_id = 'L1-FW-001' WHERE id % 13 = 0"));
    // The latest run of a key whose newest row is deleted must move back.
    t.exec(
        QStringLiteral("DELETE FROM execution_telemetry WHERE id IN (SELECT DISTINCT ON (runbook_id) id "
                       "FROM execution_telemetry WHERE started_at IS NOT NULL ORDER BY runbook_id, started_at DESC)"));
    const qint64 left = t.scalar(QStringLiteral("SELECT count(*) FROM execution_telemetry")).toLongLong();
    EXPECT_LT(left, 2500 - removed);
    compareAll("deletes and updates queued");
    EXPECT_GT(drain(), 0);
    EXPECT_EQ(compareAll("deletes and updates drained"), left);

    // Rebuilding from scratch gives the same rollup rows as the incremental path.
    const auto before = t.rows(QStringLiteral(
        "SELECT grain, fleet, site_id, period, runbook_id, tier, executions, successes, duration_count, "
        "round(duration_sum::numeric, 6), last_run FROM healdesk_telemetry_rollup ORDER BY 1, 2, 3, 4, 5, 6"));
    const auto hist = t.rows(QStringLiteral("SELECT * FROM healdesk_telemetry_hist ORDER BY 1, 2, 3, 4, 5, 6"));
    EXPECT_EQ(t.db().runSync([](Session &s) { return Rollups::rebuild(s); }), left);
    EXPECT_EQ(
        t.rows(QStringLiteral(
            "SELECT grain, fleet, site_id, period, runbook_id, tier, executions, successes, duration_count, "
            "round(duration_sum::numeric, 6), last_run FROM healdesk_telemetry_rollup ORDER BY 1, 2, 3, 4, 5, 6")),
        before);
    EXPECT_EQ(t.rows(QStringLiteral("SELECT * FROM healdesk_telemetry_hist ORDER BY 1, 2, 3, 4, 5, 6")), hist);

    t.exec(QStringLiteral("TRUNCATE execution_telemetry"));
    EXPECT_EQ(status().rows, 0);
    EXPECT_EQ(compareAll("truncated"), 0);
}

TEST_F(RollupsTest, TriggerModeAppliesEachStatementAtOnce)
{
    insertTelemetry(t, 800, 11, QStringLiteral("q"));
    t.db().runSync([](Session &s) { Rollups::setMode(s, QStringLiteral("trigger")); });
    EXPECT_EQ(status().queued, 0) << "switching to trigger mode drains what was queued";
    insertTelemetry(t, 1200, 12, QStringLiteral("t"));
    t.exec(QStringLiteral("DELETE FROM execution_telemetry WHERE id % 5 = 0"));
    t.exec(QStringLiteral("UPDATE execution_telemetry SET success = NOT success, site_id = 's2' WHERE id % 9 = 0"));
    EXPECT_EQ(status().queued, 0);
    compareAll("trigger mode");
    EXPECT_THROW(t.db().runSync([](Session &s) { Rollups::setMode(s, QStringLiteral("cron")); }), Error);
    EXPECT_EQ(status().mode, QStringLiteral("trigger"));
}

TEST_F(RollupsTest, WholeDaysComeFromTheRollupsAndPartialDaysFromTelemetry)
{
    insertTelemetry(t, 1500, 3, QStringLiteral("a"));
    drain();
    // Mark one stored whole-fleet day; a scope covering that whole day sees
    // the mark, a scope covering only part of it does not.
    t.exec(QStringLiteral("UPDATE healdesk_telemetry_rollup SET executions = executions + 1000 "
                          "WHERE grain = 'd' AND fleet AND period = '2026-09-15' AND tier = 'L1' "
                          "AND runbook_id = (SELECT min(runbook_id) FROM healdesk_telemetry_rollup "
                          "WHERE grain = 'd' AND fleet AND period = '2026-09-15' AND tier = 'L1')"));
    auto l1 = [&](const QDateTime &from, const QDateTime &to, Stats::Source source) {
        Scope s;
        s.from = from;
        s.to = to;
        return t.db()
            .runSync([&](Session &session) { return Stats::load(session, s, true, source); })
            .executionsByTier.value(QStringLiteral("L1"))
            .executions;
    };
    EXPECT_EQ(l1(at(9, 15), at(9, 16), Stats::Source::Rollups), l1(at(9, 15), at(9, 16), Stats::Source::Raw) + 1000);
    EXPECT_EQ(l1(at(9, 15, 0, 1), at(9, 16), Stats::Source::Rollups),
              l1(at(9, 15, 0, 1), at(9, 16), Stats::Source::Raw));
    // Months come from the monthly rows: September whole reads them, not the days.
    EXPECT_EQ(l1(at(9, 1), at(10, 1), Stats::Source::Rollups), l1(at(9, 1), at(10, 1), Stats::Source::Raw));
    EXPECT_EQ(l1(at(9, 2), at(10, 1), Stats::Source::Rollups), l1(at(9, 2), at(10, 1), Stats::Source::Raw) + 1000);
    // All time comes from the all-time rows alone: marked there, it shows in
    // an open period and in no other.
    t.exec(QStringLiteral("UPDATE healdesk_telemetry_rollup SET executions = executions + 70 "
                          "WHERE grain = 'a' AND fleet AND tier = 'L1' "
                          "AND runbook_id = (SELECT min(runbook_id) FROM healdesk_telemetry_rollup "
                          "WHERE grain = 'a' AND fleet AND tier = 'L1')"));
    EXPECT_EQ(l1({}, {}, Stats::Source::Rollups), l1({}, {}, Stats::Source::Raw) + 70);
    EXPECT_EQ(l1(at(9, 1), {}, Stats::Source::Rollups), l1(at(9, 1), {}, Stats::Source::Raw));
}

TEST_F(RollupsTest, HistogramP95StaysWithinFourPercentOnSkewedDurations)
{
    // One runbook, durations spread over six orders of magnitude.
    QStringList values;
    std::mt19937 rng(5);
    std::lognormal_distribution<double> dist(2.0, 2.5);
    for (int n = 0; n < 3000; ++n)
        values << QStringLiteral("('p-%1', 's1', 'app', 'RB-FW', 'h', '2026-09-0%2T10:00:00Z', %3, true, 'L1')")
                      .arg(n)
                      .arg(1 + n % 9)
                      .arg(QString::number(dist(rng), 'g', 15));
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                          "started_at, duration_seconds, success, resolution_level) VALUES ") +
           values.join(QLatin1Char(',')));
    drain();
    const double exact =
        t.scalar(QStringLiteral("SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_seconds) "
                                "FROM execution_telemetry"))
            .toDouble();
    const FleetStats rolled = t.db().runSync([](Session &s) { return Stats::load(s, Scope{}, false); });
    const auto it = std::find_if(rolled.runbooks.begin(), rolled.runbooks.end(),
                                 [](const RunbookStat &r) { return r.runbookId == QLatin1String("RB-FW"); });
    ASSERT_NE(it, rolled.runbooks.end());
    ASSERT_TRUE(it->p95Duration.has_value());
    std::cout << "p95 exact " << exact << ", from the histogram " << *it->p95Duration << " ("
              << 100.0 * (*it->p95Duration - exact) / exact << "%)" << std::endl;
    EXPECT_NEAR(*it->p95Duration, exact, 0.04 * exact);
}
