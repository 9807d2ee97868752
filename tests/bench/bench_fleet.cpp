// Fleet-scale figures on the generated 10M-execution fleet ("large"), each a
// median with a baseline measured in the same run:
//  - dashboard statistics read from the rollups against the raw definitions
//    (the seed's GROUP BY through the mapping), whole fleet and one site, all
//    time and the last 30 days;
//  - incidents page windows (first and deep keyset pages, several filters);
//  - telemetry insert throughput with no rollup maintenance, the queue (job
//    mode) and trigger mode, on a separate small database.
// Run it with scripts/bench fleet. Output is Markdown, pasted into BENCHMARKS.md.
#include "BenchSupport.h"
#include "ConnectionConfig.h"
#include "Database.h"
#include "Incidents.h"
#include "IncidentModel.h"
#include "Rollups.h"
#include "Scope.h"
#include "Session.h"
#include "Stats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace hd;
using hd::bench::median;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Median milliseconds of fn over runs (after one unmeasured warm-up run).
double timeMs(int runs, const std::function<void()> &fn)
{
    fn();
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    return median(ms);
}

// Runs the named queries in one snapshot and reads every row. The rollup
// queries run as Stats::loadInSnapshot runs them: without JIT (as every
// console connection), kept prepared with a generic plan (so the warm-up run
// plans them, the measured runs do not). The raw ones run with JIT as the
// server is configured (PostgreSQL's default: on), as a naive client would
// run them, unless rawJitOff.
void readAll(Session &s, const QStringList &names, const Binds &binds, bool rollups, bool rawJitOff = false)
{
    s.readSnapshot(QStringLiteral("bench"), [&] {
        if (!rollups && !rawJitOff)
            s.script(QStringLiteral("SET LOCAL jit TO DEFAULT"), QStringLiteral("bench"));
        if (rollups) {
            s.script(QStringLiteral("SET LOCAL jit = off; SET LOCAL plan_cache_mode = force_generic_plan"),
                     QStringLiteral("bench"));
        }
        for (const QString &name : names) {
            if (rollups) {
                Rows q = s.prepared(name, binds);
                while (q.next()) {
                }
                q.query().finish();
            } else {
                Rows q = s.query(name, binds);
                while (q.next()) {
                }
            }
        }
        return 0;
    });
}

QString fmt(double ms)
{
    return ms < 10 ? QString::number(ms, 'f', 2) : QString::number(ms, 'f', 0);
}

void statsSection(Database &db, const QString &site, const QDateTime &anchor)
{
    out() << "\n## Dashboard statistics: rollups against the raw definitions\n\n"
          << "Raw: the naive query with the server's JIT setting (default on), and with JIT off.\n\n"
          << "| figures | scope | period | rollups ms | raw ms | raw / rollups | raw, JIT off, ms | raw, JIT off / "
             "rollups "
             "|\n|---|---|---|---:|---:|---:|---:|---:|\n";
    Scope fleetAll;
    Scope fleet30;
    // The console's "last 30 days": 30 whole UTC days before today and today so
    // far, open-ended; "today" is the data set's last day.
    fleet30.from = QDateTime(anchor.toUTC().date().addDays(-30), QTime(0, 0), Qt::UTC);
    Scope siteAll;
    siteAll.siteIds = {site};
    Scope site30 = fleet30;
    site30.siteIds = {site};
    struct Case
    {
        const char *scope;
        const char *period;
        Scope value;
    };
    const QList<Case> cases{{"whole fleet", "all time", fleetAll},
                            {"whole fleet", "last 30 days", fleet30},
                            {"one site", "all time", siteAll},
                            {"one site", "last 30 days", site30}};
    // What the dashboard reads from the rollups, and the raw definitions of the same figures.
    struct Figure
    {
        const char *what;
        QStringList rolled;
        QStringList raw;
    };
    const QList<Figure> figures{
        {"runbook stats",
         {QStringLiteral("stats_runbooks")},
         {QStringLiteral("stats_runbooks_raw"), QStringLiteral("stats_unmapped_raw")}},
        {"tier breakdown",
         {QStringLiteral("stats_executions_by_tier")},
         {QStringLiteral("stats_executions_by_tier_raw")}},
        {"daily trend", {QStringLiteral("stats_tier_trend")}, {QStringLiteral("stats_tier_trend_raw")}}};
    for (const auto &[what, names, raw] : figures) {
        for (const Case &c : cases) {
            const Binds binds = c.value.binds();
            const double rolled = timeMs(9, [&] { db.runSync([&](Session &s) { readAll(s, names, binds, true); }); });
            const double scanned = timeMs(3, [&] { db.runSync([&](Session &s) { readAll(s, raw, binds, false); }); });
            const double noJit =
                timeMs(3, [&] { db.runSync([&](Session &s) { readAll(s, raw, binds, false, true); }); });
            out() << "| " << what << " | " << c.scope << " | " << c.period << " | " << fmt(rolled) << " | "
                  << fmt(scanned) << " | " << QString::number(scanned / rolled, 'f', 0) << " | " << fmt(noJit) << " | "
                  << QString::number(noJit / rolled, 'f', 0) << " |" << Qt::endl;
        }
    }
    // Incidents by tier: the kept counts (0014 tier, 0016 counts) against the
    // definition's execution lookup per incident.
    for (const Case &c : cases) {
        const Binds binds = c.value.binds();
        // As the console runs it: JIT off.
        const double column = timeMs(9, [&] {
            db.runSync(
                [&](Session &s) { readAll(s, {QStringLiteral("stats_incidents_by_tier")}, binds, false, true); });
        });
        const double lookup = timeMs(3, [&] {
            db.runSync([&](Session &s) { readAll(s, {QStringLiteral("stats_incidents_by_tier_raw")}, binds, false); });
        });
        const double noJit = timeMs(3, [&] {
            db.runSync(
                [&](Session &s) { readAll(s, {QStringLiteral("stats_incidents_by_tier_raw")}, binds, false, true); });
        });
        out() << "| incidents by tier (counts) | " << c.scope << " | " << c.period << " | " << fmt(column) << " | "
              << fmt(lookup) << " | " << QString::number(lookup / column, 'f', 0) << " | " << fmt(noJit) << " | "
              << QString::number(noJit / column, 'f', 0) << " |" << Qt::endl;
    }
}

void incidentsSection(Database &db, const QString &site, const QDateTime &anchor)
{
    out() << "\n## Incidents page: keyset windows of " << IncidentModel::kWindow << " rows\n\n"
          << "| filter | first page ms | page 2,500 deep ms | count ms |\n|---|---:|---:|---:|\n";
    struct Case
    {
        const char *name;
        IncidentFilter filter;
    };
    IncidentFilter none;
    IncidentFilter open;
    open.status = QStringLiteral("open");
    IncidentFilter siteHigh;
    siteHigh.scope.siteIds = {site};
    siteHigh.severity = QStringLiteral("high");
    IncidentFilter l2Month;
    l2Month.tier = QStringLiteral("L2");
    l2Month.scope.from = anchor.addDays(-30);
    IncidentFilter search;
    search.search = QStringLiteral("firewall");
    search.status = QStringLiteral("resolved");
    const QList<Case> cases{{"none", none},
                            {"status open", open},
                            {"one site, severity high", siteHigh},
                            {"tier L2, last 30 days", l2Month},
                            {"text \"firewall\", resolved", search}};
    for (const Case &c : cases) {
        const auto first = [&] {
            return db.runSync(
                [&](Session &s) { return Incidents::page(s, c.filter, std::nullopt, IncidentModel::kWindow); });
        };
        const double firstMs = timeMs(7, [&] { first(); });
        // The key 2,500 windows down (or the last one there is), found once.
        const auto key = db.runSync([&](Session &s) -> std::optional<IncidentKey> {
            std::optional<IncidentKey> after;
            for (int w = 0; w < 2500; ++w) {
                const QList<IncidentRow> rows = Incidents::page(s, c.filter, after, 1000);
                if (rows.isEmpty())
                    break;
                after = Incidents::keyOf(rows.constLast());
                if (rows.size() < 1000 || w * 1000 >= 500000)
                    break;
            }
            return after;
        });
        const double deepMs = timeMs(7, [&] {
            db.runSync([&](Session &s) { return Incidents::page(s, c.filter, key, IncidentModel::kWindow); });
        });
        const double countMs =
            timeMs(3, [&] { db.runSync([&](Session &s) { return Incidents::count(s, c.filter); }); });
        out() << "| " << c.name << " | " << fmt(firstMs) << " | " << fmt(deepMs) << " | " << fmt(countMs) << " |"
              << Qt::endl;
    }
}

void insertSection(Database &db)
{
    out() << "\n## Telemetry inserts: the cost of rollup maintenance and of every Healdesk trigger\n\n";
    // Rows as agents send them: naming an appliance that exists, and nearly
    // all an incident of it (97% of the generated telemetry does), so the
    // incident's tier is looked after on each row. Two hundred incidents, ten
    // appliances for the rows naming none.
    struct Target
    {
        QString site, appliance, incident;
    };
    auto targets = db.runSync([](Session &s) {
        QList<Target> ids;
        auto q = s.queryText(QStringLiteral("SELECT a.site_id, a.id::text AS appliance, i.id::text AS incident FROM incidents i "
                                            "JOIN appliances a ON a.id = i.appliance_id ORDER BY i.id LIMIT 200"),
                             {}, QStringLiteral("bench"));
        while (q.next())
            ids << Target{q.text("site_id"), q.text("appliance"), q.text("incident")};
        return ids;
    });
    int serial = 0;
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());
    // The legacy table for the baseline: unpartitioned, its PRIMARY KEY and
    // UNIQUE execution_id, every index Healdesk adds, no trigger.
    db.runSync([](Session &s) {
        s.script(QStringLiteral(
                     "DROP TABLE IF EXISTS healdesk_bench_legacy_telemetry;"
                     "CREATE TABLE healdesk_bench_legacy_telemetry (LIKE execution_telemetry INCLUDING DEFAULTS);"
                     "ALTER TABLE healdesk_bench_legacy_telemetry ADD PRIMARY KEY (id), ADD UNIQUE (execution_id);"
                     "DO $$ DECLARE r record; BEGIN"
                     "  FOR r IN SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
                     "             AND tablename = 'execution_telemetry' LOOP"
                     "    EXECUTE replace(replace(replace(r.indexdef, ' ON ONLY ', ' ON '), r.indexname,"
                     "                    'bench_' || r.indexname), 'public.execution_telemetry ',"
                     "                    'public.healdesk_bench_legacy_telemetry ');"
                     "  END LOOP; END $$"),
                 QStringLiteral("bench"));
    });
    QString table = QStringLiteral("execution_telemetry");
    // rows per statement, statements
    auto insert = [&](int perStatement, int statements, bool withIncident) {
        db.runSync([&](Session &s) {
            for (int st = 0; st < statements; ++st) {
                QStringList values;
                for (int r = 0; r < perStatement; ++r) {
                    ++serial;
                    const Target &target = targets.at(withIncident ? serial % int(targets.size()) : serial % 10);
                    values << QStringLiteral("('bench-%1-%2', '%3', '%4', %5, '%6', 'bench-host', "
                                             "now() - interval '%7 seconds', %8, %9, '%10')")
                                  .arg(run)
                                  .arg(serial)
                                  .arg(target.site, target.appliance,
                                       withIncident ? QStringLiteral("'%1'").arg(target.incident)
                                                    : QStringLiteral("NULL"),
                                       serial % 3 ? QStringLiteral("L1-FW-001") : QStringLiteral("RB-BACKUP"))
                                  .arg(serial % 86400)
                                  .arg(1.0 + serial % 97)
                                  .arg(serial % 9 ? QStringLiteral("true") : QStringLiteral("false"),
                                       serial % 5 ? QStringLiteral("L1") : QStringLiteral("L2"));
                }
                s.queryText(QStringLiteral("INSERT INTO ") + table +
                                QStringLiteral(" (execution_id, site_id, appliance_id, incident_id, runbook_id, "
                                               "hostname, started_at, duration_seconds, success, resolution_level) "
                                               "VALUES ") +
                                values.join(QLatin1Char(',')),
                            {}, QStringLiteral("bench insert"));
            }
        });
    };
    // legacy: the table as agents knew it (above); bare: the partitioned
    // table with no trigger (its keys not kept); off: all but the rollups'
    // (keys, orphan references and order matches, tier sync, order
    // completion, notification); job and trigger: everything, rollups in
    // that mode.
    auto setMode = [&](const QString &mode) {
        table = mode == QLatin1String("legacy") ? QStringLiteral("healdesk_bench_legacy_telemetry")
                                                : QStringLiteral("execution_telemetry");
        if (mode == QLatin1String("legacy"))
            return;
        db.runSync([&](Session &s) {
            const bool bare = mode == QLatin1String("bare");
            const bool off = bare || mode == QLatin1String("off");
            s.script(QStringLiteral("ALTER TABLE execution_telemetry %1 TRIGGER USER")
                         .arg(bare ? QStringLiteral("DISABLE") : QStringLiteral("ENABLE")),
                     QStringLiteral("bench"));
            if (off && !bare)
                s.script(QStringLiteral("ALTER TABLE execution_telemetry DISABLE TRIGGER healdesk_rollup_insert"),
                         QStringLiteral("bench"));
            if (!off)
                Rollups::setMode(s, mode);
        });
    };
    const QStringList modes{QStringLiteral("legacy"), QStringLiteral("bare"), QStringLiteral("off"),
                            QStringLiteral("job"), QStringLiteral("trigger")};
    struct Shape
    {
        int perStatement, statements;
        bool withIncident;
    };
    const QList<Shape> shapes{{1, 1500, false}, {1, 1500, true}, {100, 30, true}};
    out() << "| statement | rows | legacy table rows/s | partitioned, no trigger rows/s | no rollups rows/s | "
             "job mode rows/s | trigger mode rows/s | job / no rollups time | trigger / no rollups time | "
             "partitioned / legacy time | job / legacy time |\n"
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    double drainMsPerRow = 0;
    for (const auto &[perStatement, statements, withIncident] : shapes) {
        QMap<QString, QList<double>> ms;
        // Five rounds, the order of the modes rotated each round so none always goes first.
        for (int round = 0; round < 5; ++round) {
            for (int m = 0; m < modes.size(); ++m) {
                const QString &mode = modes.at((m + round) % modes.size());
                setMode(mode);
                QElapsedTimer t;
                t.start();
                insert(perStatement, statements, withIncident);
                ms[mode] << double(t.nsecsElapsed()) / 1e6;
                // Rows written past every trigger go again the same way (triggers still off), so the
                // modes after find the keys, tiers and references as the triggers keep them.
                if (mode == QLatin1String("bare"))
                    db.runSync([](Session &s) {
                        s.queryText(QStringLiteral("DELETE FROM execution_telemetry e WHERE e.execution_id LIKE "
                                                   "'bench-%' AND NOT EXISTS (SELECT 1 FROM healdesk_telemetry_keys k "
                                                   "WHERE k.execution_id = e.execution_id)"),
                                    {}, QStringLiteral("bench"));
                    });
                if (mode == QLatin1String("job")) {
                    QElapsedTimer d;
                    d.start();
                    db.runSync([](Session &s) { return Rollups::drain(s); });
                    drainMsPerRow = double(d.nsecsElapsed()) / 1e6 / (perStatement * statements);
                }
            }
        }
        const int rows = perStatement * statements;
        const double legacy = median(ms.value(QStringLiteral("legacy")));
        const double bare = median(ms.value(QStringLiteral("bare")));
        const double none = median(ms.value(QStringLiteral("off")));
        const double job = median(ms.value(QStringLiteral("job")));
        const double trig = median(ms.value(QStringLiteral("trigger")));
        out() << "| "
              << (perStatement == 1 ? QStringLiteral("one row, autocommit")
                                    : QString::number(perStatement) + QStringLiteral(" rows"))
              << (withIncident ? QStringLiteral(", naming incidents") : QStringLiteral(", no incident")) << " | "
              << rows << " | " << QString::number(rows / legacy * 1000, 'f', 0) << " | "
              << QString::number(rows / bare * 1000, 'f', 0) << " | " << QString::number(rows / none * 1000, 'f', 0)
              << " | " << QString::number(rows / job * 1000, 'f', 0) << " | "
              << QString::number(rows / trig * 1000, 'f', 0) << " | " << QString::number(job / none, 'f', 2) << " | "
              << QString::number(trig / none, 'f', 2) << " | " << QString::number(bare / legacy, 'f', 2) << " | "
              << QString::number(job / legacy, 'f', 2) << " |" << Qt::endl;
    }
    out() << "\nThe drain that follows (job mode) took " << QString::number(drainMsPerRow * 1000, 'f', 1)
          << " µs per queued row in the last round." << Qt::endl;
    setMode(QStringLiteral("job"));
    db.runSync([&](Session &s) {
        s.queryText(QStringLiteral("DELETE FROM execution_telemetry WHERE execution_id LIKE 'bench-%'"), {},
                    QStringLiteral("bench cleanup"));
        s.script(QStringLiteral("DROP TABLE healdesk_bench_legacy_telemetry"), QStringLiteral("bench cleanup"));
        Rollups::drain(s);
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString what = args.value(1, QStringLiteral("stats"));
    Database db(ConnectionConfig::fromUriOrEnvironment({}));
    if (what == QLatin1String("insert")) {
        insertSection(db);
        return 0;
    }
    const auto [site, anchor, total] = db.runSync([](Session &s) {
        Rollups::drain(s);
        auto q = s.queryText(
            QStringLiteral("SELECT (SELECT site_id FROM execution_telemetry GROUP BY 1 ORDER BY count(*) DESC, 1 "
                           "LIMIT 1) AS site, (SELECT max(started_at) FROM execution_telemetry) AS anchor, "
                           "(SELECT count(*) FROM execution_telemetry) AS executions"),
            {}, QStringLiteral("bench"));
        q.next();
        return std::make_tuple(q.text("site"), q.time("anchor"), q.int64("executions"));
    });
    out() << "Fleet: " << total << " executions; the site is " << site << "; the data ends at "
          << anchor.toUTC().toString(Qt::ISODate) << "." << Qt::endl;
    if (what == QLatin1String("stats") || what == QLatin1String("all"))
        statsSection(db, site, anchor);
    if (what == QLatin1String("incidents") || what == QLatin1String("all"))
        incidentsSection(db, site, anchor);
    return 0;
}
