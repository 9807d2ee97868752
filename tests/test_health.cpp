// Data health: detectors on a legacy database with planted defects whose
// numbers the test works out itself, each fix (dry run changes nothing; the
// fix zeroes its detector, touches no other row, writes one audit row, and
// changes nothing when run again), and the mapping editor's refusals.
#include "CliRun.h"
#include "Derived.h"
#include "Error.h"
#include "FleetFixture.h"
#include "Health.h"
#include "HealthModels.h"
#include "HealthDialogs.h"
#include "HealthPage.h"
#include "Language.h"
#include "Mappings.h"
#include "Rollups.h"
#include "Session.h"
#include "Stats.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

namespace {

const QStringList kTables{QStringLiteral("partners"),
                          QStringLiteral("sites"),
                          QStringLiteral("appliances"),
                          QStringLiteral("runbooks"),
                          QStringLiteral("orders"),
                          QStringLiteral("incidents"),
                          QStringLiteral("execution_telemetry"),
                          QStringLiteral("runbook_id_mapping"),
                          QStringLiteral("admin_audit_log")};

QString ago(int minutes)
{
    return isoTime(QDateTime::currentDateTimeUtc().addSecs(-60LL * minutes));
}

struct Tel
{
    QString key;
    QString appliance; // "a1", "a2" or a ghost value stored as is
    QString site;      // site id or ghost
    QString incident;  // incident key, "" none, or "ghost"
    QString runbook;
    std::optional<QString> level;
    bool success = true;
    int startedMinutesAgo = 60;
};

struct Inc
{
    QString key;
    std::optional<QString> tier; // as recorded
};

struct Ord
{
    QString id;
    QString appliance;
    QString runbook;
    QString status;
    int issuedMinutesAgo = 0;
};

// The planted legacy data and the expected numbers, worked out from it here.
struct Planted
{
    QMap<QString, QString> appliances;                                     // key -> uuid
    QList<Inc> incidents{{QStringLiteral("i1"), std::nullopt},             // missing (telemetry L2)
                         {QStringLiteral("i2"), QStringLiteral("l1")},     // fine: normalises to the telemetry's L1
                         {QStringLiteral("i3"), QStringLiteral("L1")},     // mismatch: latest telemetry says L2
                         {QStringLiteral("i4"), QStringLiteral("L3")},     // fine
                         {QStringLiteral("i5"), std::nullopt},             // fine: no telemetry tier either
                         {QStringLiteral("i6"), QStringLiteral("bogus")}}; // missing (telemetry L1)
    QList<Tel> telemetry{
        {QStringLiteral("t1"), QStringLiteral("a1"), QStringLiteral("site-1"), QStringLiteral("i1"),
         QStringLiteral("L1-A-001"), QStringLiteral("L2"), true, 170},
        {QStringLiteral("t2"), QStringLiteral("a1"), QStringLiteral("site-1"), QStringLiteral("i2"),
         QStringLiteral("L1-A-001"), QStringLiteral("L1"), true, 400},
        {QStringLiteral("t3"), QStringLiteral("a2"), QStringLiteral("site-1"), QStringLiteral("i3"),
         QStringLiteral("L1-A-001"), QStringLiteral("L1"), true, 300},
        {QStringLiteral("t4"), QStringLiteral("a2"), QStringLiteral("site-1"), QStringLiteral("i3"),
         QStringLiteral("RB-B"), QStringLiteral(" l2"), false, 200},
        {QStringLiteral("t5"), QStringLiteral("a1"), QStringLiteral("site-1"), QStringLiteral("i4"),
         QStringLiteral("L1-B-002"), QStringLiteral("L3 "), true, 500},
        {QStringLiteral("t6"), QStringLiteral("a1"), QStringLiteral("site-1"), QStringLiteral("i5"),
         QStringLiteral("L1-B-002"), std::nullopt, true, 500},
        {QStringLiteral("t7"), QStringLiteral("a2"), QStringLiteral("site-1"), QStringLiteral("i6"),
         QStringLiteral("weird id"), QStringLiteral("L1"), true, 600},
        {QStringLiteral("t8"),
         QStringLiteral("a1"),
         QStringLiteral("site-1"),
         {},
         QStringLiteral("RB-B"),
         QStringLiteral("L1"),
         false,
         160},
        {QStringLiteral("t9"),
         QStringLiteral("ghost-app"),
         QStringLiteral("site-1"),
         {},
         QStringLiteral("RB-A"),
         QStringLiteral("L1"),
         true,
         900},
        {QStringLiteral("t10"), QStringLiteral("a1"), QStringLiteral("site-1"), QStringLiteral("ghost"),
         QStringLiteral("RB-A"), QStringLiteral("L1"), true, 900},
        {QStringLiteral("t11"),
         QStringLiteral("a1"),
         QStringLiteral("ghost-site"),
         {},
         QStringLiteral("RB-A"),
         QStringLiteral("L1"),
         true,
         900},
        {QStringLiteral("t12"), QStringLiteral("ghost-app"), QStringLiteral("ghost-site"), QStringLiteral("ghost"),
         QStringLiteral("RB-A"), QStringLiteral("L1"), true, 900},
        {QStringLiteral("t13"),
         QStringLiteral("a1"),
         QStringLiteral("site-1"),
         {},
         QStringLiteral("RB-A"),
         QStringLiteral("L1"),
         true,
         250},
    };
    QList<Ord> orders{
        {QStringLiteral("o1"), QStringLiteral("a1"), QStringLiteral("RB-A"), QStringLiteral("pending"),
         180}, // t1 matches once L1-A-001 is mapped
        {QStringLiteral("o2"), QStringLiteral("a1"), QStringLiteral("RB-B"), QStringLiteral("pending"),
         180}, // t8 matches, failed
        {QStringLiteral("o3"), QStringLiteral("a2"), QStringLiteral("RB-A"), QStringLiteral("pending"),
         400}, // nothing in its hour
        {QStringLiteral("o4"), QStringLiteral("a2"), QStringLiteral("RB-B"), QStringLiteral("pending"),
         10}, // within its hour
        {QStringLiteral("o5"), QStringLiteral("a1"), QStringLiteral("RB-A"), QStringLiteral("completed"), 900},
        {QStringLiteral("o6"), QStringLiteral("a1"), QStringLiteral("RB-A"), QStringLiteral("pending"),
         240}, // t13 at 250 min ago is before it
    };
    QMap<QString, QString> mapping{{QStringLiteral("L1-A-001"), QStringLiteral("RB-A")}};
    QStringList runbooks{QStringLiteral("RB-A"), QStringLiteral("RB-B")};

    void insert(TestDatabase &t)
    {
        const QStringList ids = insertSite(t, QStringLiteral("site-1"), QStringLiteral("p"), {1, 1});
        appliances = {{QStringLiteral("a1"), ids[0]}, {QStringLiteral("a2"), ids[1]}};
        for (const QString &r : runbooks) {
            t.exec(QStringLiteral(
                       "INSERT INTO runbooks (runbook_id, name, category, severity) VALUES (?, ?, 'x', 'high')"),
                   {r, r});
        }
        for (const Inc &i : incidents) {
            t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, resolution_tier) "
                                  "VALUES (?::uuid, ?::uuid, 'drift', 'high', ?)"),
                   {uuidFor(i.key), appliances[QStringLiteral("a1")],
                    i.tier ? QVariant(*i.tier) : QVariant(QMetaType::fromType<QString>())});
        }
        for (const Tel &e : telemetry) {
            t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, "
                                  "runbook_id, hostname, started_at, completed_at, success, resolution_level) "
                                  "VALUES (?, ?, ?, ?, ?, 'h', ?, ?, ?, ?)"),
                   {QString(QStringLiteral("exec-") + e.key),
                    e.incident.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(uuidFor(e.incident)),
                    e.site, appliances.value(e.appliance, e.appliance), e.runbook, ago(e.startedMinutesAgo),
                    ago(e.startedMinutesAgo - 1), e.success,
                    e.level ? QVariant(*e.level) : QVariant(QMetaType::fromType<QString>())});
        }
        for (const Ord &o : orders) {
            t.exec(QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id, status, issued_at) "
                                  "VALUES (?, ?::uuid, ?, ?, ?)"),
                   {o.id, appliances[o.appliance], o.runbook, o.status, ago(o.issuedMinutesAgo)});
        }
    }

    QString canonical(const QString &raw, bool mapped) const
    {
        if (mapped && mapping.contains(raw))
            return mapping[raw];
        return runbooks.contains(raw) ? raw : QString();
    }

    static QString norm(const std::optional<QString> &v)
    {
        if (!v)
            return {};
        const QString t = v->trimmed().toUpper();
        return t == QLatin1String("L1") || t == QLatin1String("L2") || t == QLatin1String("L3") ? t : QString();
    }

    // The latest execution with a known tier of an incident ("" when none).
    QString telemetryTier(const QString &incident) const
    {
        QString tier;
        int newest = std::numeric_limits<int>::max();
        for (const Tel &e : telemetry) {
            if (e.incident == incident && !norm(e.level).isEmpty() && e.startedMinutesAgo < newest) {
                newest = e.startedMinutesAgo;
                tier = norm(e.level);
            }
        }
        return tier;
    }

    // A pending order's matching execution key, "" when none.
    QString match(const Ord &o, bool mapped) const
    {
        QString best;
        int earliest = -1;
        for (const Tel &e : telemetry) {
            const bool inWindow =
                e.startedMinutesAgo <= o.issuedMinutesAgo && e.startedMinutesAgo >= o.issuedMinutesAgo - 60;
            if (e.appliance == o.appliance && inWindow && canonical(e.runbook, mapped) == o.runbook &&
                e.startedMinutesAgo > earliest) {
                earliest = e.startedMinutesAgo;
                best = e.key;
            }
        }
        return best;
    }

    HealthCounts expected(bool mapped) const
    {
        HealthCounts c;
        QSet<QString> unmapped;
        for (const Tel &e : telemetry) {
            if (canonical(e.runbook, mapped).isEmpty()) {
                unmapped.insert(e.runbook);
                ++c.unmappedExecutions;
            }
            c.orphanAppliance += appliances.contains(e.appliance) ? 0 : 1;
            c.orphanIncident += e.incident == QLatin1String("ghost") ? 1 : 0;
            c.orphanSite += e.site == QLatin1String("site-1") ? 0 : 1;
        }
        c.unmappedDistinct = unmapped.size();
        for (const Inc &i : incidents) {
            const QString tier = telemetryTier(i.key);
            if (tier.isEmpty())
                continue;
            if (norm(i.tier).isEmpty())
                ++c.tierMissing;
            else if (norm(i.tier) != tier)
                ++c.tierMismatch;
        }
        for (const Ord &o : orders) {
            if (o.status != QLatin1String("pending"))
                continue;
            c.stuckPending += o.issuedMinutesAgo > 60 ? 1 : 0;
            c.reconcilable += match(o, mapped).isEmpty() ? 0 : 1;
        }
        return c;
    }
};

HealthCounts counts(TestDatabase &t)
{
    return t.db().runSync([](Session &s) { return Health::counts(s); });
}

// A digest of a table's rows, without the given columns, optionally only some rows.
QString tableHash(TestDatabase &t, const QString &table, const QStringList &withoutColumns = {},
                  const QString &where = QStringLiteral("true"))
{
    const QString columns = QStringLiteral("{") + withoutColumns.join(QLatin1Char(',')) + QLatin1Char('}');
    return t
        .scalar(QStringLiteral("SELECT md5(coalesce(string_agg((to_jsonb(x) - ?::text[])::text, '|' "
                               "ORDER BY (to_jsonb(x) - ?::text[])::text), '')) FROM %1 x WHERE %2")
                    .arg(table, where),
                {columns, columns})
        .toString();
}

QMap<QString, QString> allHashes(TestDatabase &t)
{
    QMap<QString, QString> h;
    for (const QString &table : kTables)
        h[table] = tableHash(t, table);
    return h;
}

void expectCounts(const HealthCounts &actual, const HealthCounts &expected)
{
    EXPECT_EQ(actual.toJson(), expected.toJson())
        << QJsonDocument(actual.toJson()).toJson().toStdString() << " expected "
        << QJsonDocument(expected.toJson()).toJson().toStdString();
}

CliRun healdesk(const QStringList &args, const QString &database)
{
    return runHealdesk(args, database);
}

} // namespace

TEST(Health, LegacyDefectsAreCountedFixedOnceAndAudited)
{
    TestDatabase t;
    t.createLegacySchema();
    Planted planted;
    planted.insert(t);
    t.migrate();
    // The sanity of the fixture itself: each kind of defect is present.
    const HealthCounts before = planted.expected(false);
    ASSERT_GT(before.tierMissing, 0);
    ASSERT_GT(before.tierMismatch, 0);
    ASSERT_GT(before.stuckPending, 0);
    ASSERT_GT(before.orphanSite, 0);
    expectCounts(counts(t), before);

    // health --json prints exactly these numbers, in the documented shape.
    const CliRun json = healdesk({QStringLiteral("health"), QStringLiteral("--json")}, t.name());
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(json.out.toUtf8()).object(), before.toJson()) << json.out.toStdString();

    // Mapping L1-A-001 moves its executions out of the unmapped bucket and makes o1 reconcilable.
    const CliRun set =
        healdesk({QStringLiteral("mapping"), QStringLiteral("set"), QStringLiteral("L1-A-001"), QStringLiteral("RB-A")},
                 t.name());
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(QStringLiteral("(3 executions)"))) << set.out.toStdString();
    const HealthCounts mapped = planted.expected(true);
    ASSERT_LT(mapped.unmappedExecutions, before.unmappedExecutions);
    expectCounts(counts(t), mapped);

    qint64 auditRows = t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log")).toLongLong();
    struct Step
    {
        QString fix;
        QString table;
        QStringList columns; // the columns the fix may change
        std::function<void(HealthCounts &)> expect;
    };
    const QList<Step> steps{
        {QStringLiteral("tiers"),
         QStringLiteral("incidents"),
         {QStringLiteral("resolution_tier")},
         [](HealthCounts &c) { c.tierMissing = c.tierMismatch = 0; }},
        {QStringLiteral("orders"),
         QStringLiteral("orders"),
         {QStringLiteral("status"), QStringLiteral("completed_at"), QStringLiteral("inferred"),
          QStringLiteral("result")},
         [&planted](HealthCounts &c) {
             for (const Ord &o : planted.orders) {
                 if (o.status == QLatin1String("pending") && !planted.match(o, true).isEmpty() &&
                     o.issuedMinutesAgo > 60)
                     --c.stuckPending;
             }
             c.reconcilable = 0;
         }},
        {QStringLiteral("expire"),
         QStringLiteral("orders"),
         {QStringLiteral("status"), QStringLiteral("completed_at"), QStringLiteral("result")},
         [](HealthCounts &c) { c.stuckPending = 0; }},
    };
    HealthCounts expected = mapped;
    for (const Step &step : steps) {
        SCOPED_TRACE(step.fix.toStdString());
        // Dry run: a preview of the rows, and nothing changes anywhere.
        const QMap<QString, QString> hashes = allHashes(t);
        const CliRun dry = healdesk({QStringLiteral("fix"), step.fix, QStringLiteral("--dry-run")}, t.name());
        ASSERT_EQ(dry.code, 0) << dry.err.toStdString();
        EXPECT_TRUE(dry.out.contains(QStringLiteral("would change"))) << dry.out.toStdString();
        EXPECT_EQ(allHashes(t), hashes);
        const QList<FixChange> preview =
            t.db().runSync([&step](Session &s) { return Health::preview(s, Health::parseFix(step.fix)); });
        ASSERT_FALSE(preview.isEmpty());

        // The fix: only the previewed rows of its table change, and only in its columns.
        QStringList targets;
        for (const FixChange &c : preview)
            targets << c.target;
        const QString key =
            step.table == QLatin1String("incidents") ? QStringLiteral("id::text") : QStringLiteral("order_id");
        const QString untouched =
            QStringLiteral("NOT (%1 = ANY ('{%2}'::text[]))").arg(key, targets.join(QLatin1Char(',')));
        const QString otherColumnsBefore = tableHash(t, step.table, step.columns);
        const QString untouchedBefore = tableHash(t, step.table, {}, untouched);
        const CliRun run = healdesk({QStringLiteral("fix"), step.fix}, t.name());
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(preview.size() == 1 ? QStringLiteral("1 row changed")
                                                       : QStringLiteral("%1 rows changed").arg(preview.size())))
            << run.out.toStdString();
        for (const QString &table : kTables) {
            if (table == step.table || table == QLatin1String("admin_audit_log"))
                continue;
            EXPECT_EQ(tableHash(t, table), hashes[table]) << table.toStdString();
        }
        EXPECT_EQ(tableHash(t, step.table, step.columns), otherColumnsBefore);
        EXPECT_EQ(tableHash(t, step.table, {}, untouched), untouchedBefore);
        EXPECT_NE(tableHash(t, step.table), hashes[step.table]);
        step.expect(expected);
        expectCounts(counts(t), expected);
        EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log")).toLongLong(), auditRows + 1);
        EXPECT_EQ(t.scalar(QStringLiteral("SELECT action FROM admin_audit_log ORDER BY id DESC LIMIT 1")).toString(),
                  QStringLiteral("fix.") + step.fix);
        EXPECT_EQ(
            t.scalar(QStringLiteral("SELECT (details->>'changed')::int FROM admin_audit_log ORDER BY id DESC LIMIT 1"))
                .toInt(),
            preview.size());
        auditRows += 1;

        // Again: nothing changes, not even the audit log.
        const QMap<QString, QString> after = allHashes(t);
        const CliRun again = healdesk({QStringLiteral("fix"), step.fix}, t.name());
        ASSERT_EQ(again.code, 0) << again.err.toStdString();
        EXPECT_TRUE(again.out.contains(QStringLiteral("0 rows changed"))) << again.out.toStdString();
        EXPECT_EQ(allHashes(t), after);
    }
    // What the reconciliation decided, worked out from the planted rows.
    for (const Ord &o : planted.orders) {
        if (o.status != QLatin1String("pending"))
            continue;
        const QString m = planted.match(o, true);
        const auto row = t.rows(
            QStringLiteral("SELECT status, inferred, result->>'execution_id' FROM orders WHERE order_id = ?"), {o.id});
        ASSERT_EQ(row.size(), 1);
        if (!m.isEmpty()) {
            const bool ok = std::find_if(planted.telemetry.begin(), planted.telemetry.end(), [&m](const Tel &e) {
                                return e.key == m;
                            })->success;
            EXPECT_EQ(row[0][0].toString(), ok ? QStringLiteral("completed") : QStringLiteral("failed"))
                << o.id.toStdString();
            EXPECT_TRUE(row[0][1].toBool());
            EXPECT_EQ(row[0][2].toString(), QStringLiteral("exec-") + m);
        } else {
            EXPECT_EQ(row[0][0].toString(),
                      o.issuedMinutesAgo > 60 ? QStringLiteral("expired") : QStringLiteral("pending"))
                << o.id.toStdString();
        }
    }
    // And every incident's tier is now its telemetry's, where telemetry has one.
    for (const Inc &i : planted.incidents) {
        const QString tier = planted.telemetryTier(i.key);
        const QString now =
            t.scalar(QStringLiteral("SELECT resolution_tier FROM incidents WHERE id = ?::uuid"), {uuidFor(i.key)})
                .toString();
        if (!tier.isEmpty() && Planted::norm(i.tier) != tier)
            EXPECT_EQ(now, tier) << i.key.toStdString();
        else
            EXPECT_EQ(now, i.tier.value_or(QString())) << i.key.toStdString();
    }
}

TEST(Health, MappingEditorRefusesUnknownTargetsCyclesAndDuplicates)
{
    TestDatabase t;
    t.migrate();
    Planted planted;
    planted.insert(t);
    auto set = [&t](const QString &source, const QString &target) {
        return t.db().runSync([&](Session &s) { return Mappings::set(s, source, target); });
    };
    auto refusedWith = [&](const QString &source, const QString &target, const QString &words) {
        const qint64 audit = t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log")).toLongLong();
        const QString mapping = tableHash(t, QStringLiteral("runbook_id_mapping"));
        try {
            set(source, target);
            ADD_FAILURE() << source.toStdString() << " -> " << target.toStdString() << " was accepted";
        } catch (const Error &e) {
            EXPECT_EQ(e.code(), Error::Code::Refused);
            EXPECT_TRUE(e.message().contains(words)) << e.message().toStdString();
        }
        EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log")).toLongLong(), audit);
        EXPECT_EQ(tableHash(t, QStringLiteral("runbook_id_mapping")), mapping);
    };
    refusedWith(QStringLiteral("L1-A-001"), QStringLiteral("RB-NOPE"), QStringLiteral("no runbook"));
    refusedWith(QStringLiteral("RB-A"), QStringLiteral("RB-B"), QStringLiteral("cycle"));
    EXPECT_TRUE(set(QStringLiteral("L1-A-001"), QStringLiteral("RB-A")).changed);
    EXPECT_FALSE(set(QStringLiteral("L1-A-001"), QStringLiteral("RB-A")).changed); // the same pair again: no change
    refusedWith(QStringLiteral("L1-A-001"), QStringLiteral("RB-B"), QStringLiteral("duplicate"));
    refusedWith(QStringLiteral(" L1-B-002"), QStringLiteral("RB-B"), QStringLiteral("spaces"));
    refusedWith(QStringLiteral("L1-B-002'; DROP TABLE runbooks; --"), QStringLiteral("RB-X"),
                QStringLiteral("no runbook"));
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'mapping.set'")).toLongLong(), 1);

    // The CLI: list, remove, and an import that is all or nothing.
    QTemporaryDir dir;
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    const QString bad =
        write(QStringLiteral("bad.csv"), "l1_rule_id,runbook_id\r\nL1-B-002,RB-B\r\nweird id,RB-NOPE\r\n");
    const CliRun refused = healdesk({QStringLiteral("mapping"), QStringLiteral("import"), bad}, t.name());
    EXPECT_EQ(refused.code, 8) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("line 3"))) << refused.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM runbook_id_mapping")).toLongLong(), 1);
    const QString twice = write(QStringLiteral("twice.csv"), "L1-B-002,RB-B\r\nL1-B-002,RB-A\r\n");
    EXPECT_EQ(healdesk({QStringLiteral("mapping"), QStringLiteral("import"), twice}, t.name()).code, 8);
    const QString good = write(QStringLiteral("good.csv"), "L1-B-002,RB-B\nL1-A-001,RB-A\n\n\"weird id\",RB-A\n");
    const CliRun imported = healdesk({QStringLiteral("mapping"), QStringLiteral("import"), good}, t.name());
    EXPECT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("imported 2 mappings, 1 already present")))
        << imported.out.toStdString();
    const CliRun list = healdesk({QStringLiteral("mapping"), QStringLiteral("list")}, t.name());
    EXPECT_EQ(list.out, QStringLiteral("L1-A-001\tRB-A\t3\nL1-B-002\tRB-B\t2\nweird id\tRB-A\t1\n"));
    const CliRun removed =
        healdesk({QStringLiteral("mapping"), QStringLiteral("remove"), QStringLiteral("L1-B-002")}, t.name());
    EXPECT_EQ(removed.code, 0) << removed.err.toStdString();
    EXPECT_EQ(
        healdesk({QStringLiteral("mapping"), QStringLiteral("remove"), QStringLiteral("L1-B-002")}, t.name()).code, 8);
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'mapping.remove'")).toLongLong(),
        1);
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'mapping.set'")).toLongLong(), 3);
}

TEST(HealthPage, ShowsTheCountsTheirRowsAndRepairsWithAPreview)
{
    // English as the console shows it, plural forms included ("3 executions", not "3 execution(s)").
    ASSERT_TRUE(Language::install(*QCoreApplication::instance(), QStringLiteral("en")).isEmpty());
    TestDatabase t;
    t.createLegacySchema();
    Planted planted;
    planted.insert(t);
    t.migrate();
    const HealthCounts expected = planted.expected(false);
    HealthPage page(&t.db());
    page.resize(1000, 700);
    page.show();
    page.reload();
    ASSERT_TRUE(waitUntil([&] { return page.hasData(); }));
    const QList<DetectorRow> rows = page.detectors()->rows();
    ASSERT_EQ(rows.size(), Health::kDetectorCount);
    auto countOf = [&rows](Health::Detector d) {
        return std::find_if(rows.begin(), rows.end(), [d](const DetectorRow &r) { return r.detector == d; })->count;
    };
    EXPECT_EQ(countOf(Health::Detector::Unmapped), expected.unmappedDistinct);
    EXPECT_EQ(countOf(Health::Detector::TierMissing), expected.tierMissing);
    EXPECT_EQ(countOf(Health::Detector::TierMismatch), expected.tierMismatch);
    EXPECT_EQ(countOf(Health::Detector::StuckPending), expected.stuckPending);
    EXPECT_EQ(countOf(Health::Detector::Reconcilable), expected.reconcilable);
    EXPECT_EQ(countOf(Health::Detector::Orphans),
              expected.orphanAppliance + expected.orphanIncident + expected.orphanSite);

    // The drill-down lists exactly the counted rows.
    awaitTask(page.showDetails(Health::Detector::TierMissing));
    EXPECT_EQ(page.details()->rowCount(), expected.tierMissing);
    awaitTask(page.showDetails(Health::Detector::Orphans));
    EXPECT_EQ(page.details()->rowCount(), 4); // t9 t10 t11 t12, each listed once

    // A fix through its dialog: the preview, then apply; the page's counts follow.
    FixDialog dialog(&t.db(), Health::Fix::Tiers, &page);
    awaitTask(dialog.loadPreview());
    EXPECT_EQ(dialog.previewCount(), expected.tierMissing + expected.tierMismatch);
    EXPECT_TRUE(dialog.applyButton()->isEnabled());
    int applied = -1;
    QObject::connect(&dialog, &FixDialog::applied, [&applied](int n) { applied = n; });
    awaitTask(dialog.apply());
    EXPECT_EQ(applied, expected.tierMissing + expected.tierMismatch);
    page.reload();
    ASSERT_TRUE(waitUntil([&] {
        const auto r = page.detectors()->rows();
        return std::find_if(r.begin(), r.end(), [](const DetectorRow &x) {
                   return x.detector == Health::Detector::TierMissing;
               })->count == 0;
    }));

    // The mapping editor maps the selected unmapped ID to the chosen runbook,
    // and the runbook figures every page shows move with it.
    auto statsNow = [&t] { return t.db().runSync([](Session &s) { return Stats::load(s, Scope{}, false); }); };
    auto executionsOf = [](const FleetStats &stats, const QString &id, bool unmapped) {
        for (const RunbookStat &r : unmapped ? stats.unmapped : stats.runbooks) {
            if (r.runbookId == id)
                return r.executions;
        }
        return qint64(0);
    };
    const FleetStats before = statsNow();
    MappingDialog mapping(&t.db(), &page);
    mapping.show();
    awaitTask(mapping.reload());
    QAbstractItemModel *unmapped = mapping.unmappedView()->model();
    int row = -1;
    for (int r = 0; r < unmapped->rowCount(); ++r) {
        if (unmapped->index(r, 0).data(KeyRole).toString() == QLatin1String("L1-A-001"))
            row = r;
    }
    ASSERT_GE(row, 0);
    mapping.unmappedView()->selectRow(row);
    mapping.runbookBox()->setCurrentIndex(mapping.runbookBox()->findData(QStringLiteral("RB-A")));
    awaitTask(mapping.mapSelected());
    EXPECT_TRUE(mapping.statusLabel()->text().contains(QStringLiteral("3 executions now count")))
        << mapping.statusLabel()->text().toStdString();
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT runbook_id FROM runbook_id_mapping WHERE l1_rule_id = 'L1-A-001'")).toString(),
        QStringLiteral("RB-A"));
    EXPECT_EQ(mapping.mappingView()->model()->rowCount(), 1);
    const FleetStats after = statsNow();
    EXPECT_EQ(executionsOf(before, QStringLiteral("L1-A-001"), true), 3);
    EXPECT_EQ(executionsOf(after, QStringLiteral("L1-A-001"), true), 0);
    EXPECT_EQ(executionsOf(after, QStringLiteral("RB-A"), false),
              executionsOf(before, QStringLiteral("RB-A"), false) + 3);
    EXPECT_EQ(after.telemetryTotal, before.telemetryTotal);

    // Nothing is chosen for the technician, and a plain variant is suggested: a runbook's own ID in another
    // case, or a mapped ID in another spacing; anything else is left to them.
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                          "success) VALUES ('sg-1', 'site-1', ?, 'rb-b', 'h', true), "
                          "('sg-2', 'site-1', ?, 'l1_a_001', 'h', true)"),
           {planted.appliances[QStringLiteral("a1")], planted.appliances[QStringLiteral("a1")]});
    awaitTask(mapping.reload());
    EXPECT_TRUE(mapping.runbookBox()->currentData().toString().isEmpty());
    const auto choose = [&](const QString &key) {
        QAbstractItemModel *m = mapping.unmappedView()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(KeyRole).toString() == key) {
                mapping.unmappedView()->selectRow(r);
                return true;
            }
        }
        return false;
    };
    ASSERT_TRUE(choose(QStringLiteral("rb-b")));
    EXPECT_EQ(mapping.runbookBox()->currentData().toString(), QStringLiteral("RB-B"));
    EXPECT_TRUE(mapping.suggestionLabel()->text().contains(QStringLiteral("another case"))) << mapping.suggestionLabel()->text().toStdString();
    ASSERT_TRUE(choose(QStringLiteral("l1_a_001")));
    EXPECT_EQ(mapping.runbookBox()->currentData().toString(), QStringLiteral("RB-A"));
    EXPECT_TRUE(mapping.suggestionLabel()->text().contains(QStringLiteral("L1-A-001"))) << mapping.suggestionLabel()->text().toStdString();
    const auto answered = [&] {
        return waitUntil([&] { return !mapping.suggestionLabel()->text().startsWith(QStringLiteral("Looking")); });
    };
    ASSERT_TRUE(choose(QStringLiteral("L1-B-002")));
    ASSERT_TRUE(answered());
    EXPECT_TRUE(mapping.runbookBox()->currentData().toString().isEmpty());
    EXPECT_TRUE(mapping.suggestionLabel()->text().contains(QStringLiteral("No runbook to suggest")))
        << mapping.suggestionLabel()->text().toStdString();

    // By incident type, when no variant names a runbook: another L1 rule of the same type that resolves (L1-X-002
    // follows L1-X-001's mapping), else the runbook executions of the type ran under its own ID most often
    // (y_type: RB-B twice, RB-A once). A type that points nowhere suggests nothing.
    t.exec(QStringLiteral("INSERT INTO l1_rules (rule_id, pattern_signature, incident_type) VALUES "
                          "('L1-X-001', 'sig-x1', 'x_type'), ('L1-X-002', 'sig-x2', 'x_type'), "
                          "('L1-Y-001', 'sig-y1', 'y_type'), ('L1-Z-001', 'sig-z1', 'z_type')"));
    t.exec(QStringLiteral("INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id) VALUES ('L1-X-001', 'RB-A')"));
    const QString a1 = planted.appliances[QStringLiteral("a1")];
    t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                          "incident_type, success) VALUES "
                          "('ty-1', 'site-1', ?, 'L1-X-002', 'h', 'x_type', true), "
                          "('ty-2', 'site-1', ?, 'L1-Y-001', 'h', 'y_type', true), "
                          "('ty-3', 'site-1', ?, 'RB-B', 'h', 'y_type', true), "
                          "('ty-4', 'site-1', ?, 'RB-B', 'h', 'y_type', true), "
                          "('ty-5', 'site-1', ?, 'RB-A', 'h', 'y_type', true), "
                          "('ty-6', 'site-1', ?, 'L1-Z-001', 'h', 'z_type', true)"),
           {a1, a1, a1, a1, a1, a1});
    awaitTask(mapping.reload());
    ASSERT_TRUE(choose(QStringLiteral("L1-X-002")));
    ASSERT_TRUE(answered());
    EXPECT_EQ(mapping.runbookBox()->currentData().toString(), QStringLiteral("RB-A"));
    EXPECT_TRUE(mapping.suggestionLabel()->text().contains(QStringLiteral("L1-X-001, another L1 rule for x_type")))
        << mapping.suggestionLabel()->text().toStdString();
    ASSERT_TRUE(choose(QStringLiteral("L1-Y-001")));
    ASSERT_TRUE(answered());
    EXPECT_EQ(mapping.runbookBox()->currentData().toString(), QStringLiteral("RB-B"));
    EXPECT_TRUE(mapping.suggestionLabel()->text().contains(QStringLiteral("L1-Y-001 is the L1 rule for y_type")))
        << mapping.suggestionLabel()->text().toStdString();
    EXPECT_TRUE(mapping.suggestionLabel()->text().contains(QStringLiteral("2 executions for y_type ran RB-B")))
        << mapping.suggestionLabel()->text().toStdString();
    ASSERT_TRUE(choose(QStringLiteral("L1-Z-001")));
    ASSERT_TRUE(answered());
    EXPECT_TRUE(mapping.runbookBox()->currentData().toString().isEmpty());
    EXPECT_TRUE(mapping.suggestionLabel()->text().contains(QStringLiteral("its incident type z_type")))
        << mapping.suggestionLabel()->text().toStdString();
    EXPECT_EQ(Session::guiThreadViolations(), 0);
}

// The unmapped and orphan-site figures come from the rollups and their queue:
// the same whether the telemetry was drained into the rollups or not, and
// after removals. Expected figures are worked out from the rows inserted here.
TEST(Health, RolledUpFiguresAreTheSameQueuedAndDrained)
{
    TestDatabase t;
    t.migrate();
    const QStringList ids = insertSite(t, QStringLiteral("site-1"), QStringLiteral("p"), {1});
    t.exec(QStringLiteral(
        "INSERT INTO runbooks (runbook_id, name, category, severity) VALUES ('RB-A', 'A', 'x', 'high')"));
    struct Row
    {
        QString runbook;
        QString site;
        bool success;
        int minutesAgo;
    };
    const QList<Row> rows{{QStringLiteral("L1-NOPE"), QStringLiteral("site-1"), true, 30},
                          {QStringLiteral("L1-NOPE"), QStringLiteral("site-1"), false, 20},
                          {QStringLiteral("L1-NOPE"), QStringLiteral("site-1"), true, 10},
                          {QStringLiteral("odd-id"), QStringLiteral("site-1"), true, 40},
                          {QStringLiteral("RB-A"), QStringLiteral("gone-site"), true, 50},
                          {QStringLiteral("RB-A"), QStringLiteral("gone-site"), false, 5},
                          {QStringLiteral("RB-A"), QStringLiteral("site-1"), true, 15}};
    int n = 0;
    for (const Row &r : rows)
        t.exec(QStringLiteral(
                   "INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, "
                   "hostname, started_at, success) VALUES (?, ?, ?, ?, 'h', now() - make_interval(mins => ?), ?)"),
               {QStringLiteral("x-%1").arg(++n), r.site, ids[0], r.runbook, r.minutesAgo, r.success});
    // The figures from the rows: unmapped IDs are those that are neither a runbook nor mapped.
    const auto expectFigures = [&](const QList<Row> &present, const char *when) {
        QMap<QString, std::pair<int, int>> unmapped; // executions, successes
        qint64 orphanSite = 0;
        for (const Row &r : present) {
            if (r.runbook != QLatin1String("RB-A")) {
                ++unmapped[r.runbook].first;
                unmapped[r.runbook].second += r.success ? 1 : 0;
            }
            orphanSite += r.site == QLatin1String("gone-site") ? 1 : 0;
        }
        const HealthCounts c = counts(t);
        EXPECT_EQ(c.unmappedDistinct, unmapped.size()) << when;
        qint64 executions = 0;
        for (const auto &e : unmapped)
            executions += e.first;
        EXPECT_EQ(c.unmappedExecutions, executions) << when;
        EXPECT_EQ(c.orphanSite, orphanSite) << when;
        const QList<HealthItem> items =
            t.db().runSync([](Session &s) { return Health::details(s, Health::Detector::Unmapped); });
        ASSERT_EQ(items.size(), unmapped.size()) << when;
        for (const HealthItem &item : items) {
            ASSERT_TRUE(unmapped.contains(item.key)) << when << " " << item.key.toStdString();
            EXPECT_EQ(item.cells.value(1).toInt(), unmapped[item.key].first) << when;
            EXPECT_EQ(item.cells.value(2).toInt(), unmapped[item.key].second) << when;
        }
        // Most executions first.
        for (qsizetype i = 1; i < items.size(); ++i)
            EXPECT_GE(items[i - 1].cells.value(1).toInt(), items[i].cells.value(1).toInt()) << when;
    };
    ASSERT_GT(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_telemetry_delta")).toInt(), 0)
        << "the rows should wait in the queue (job mode)";
    expectFigures(rows, "queued");
    t.db().runSync([](Session &s) { return Rollups::drain(s); });
    ASSERT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_telemetry_delta")).toInt(), 0);
    expectFigures(rows, "drained");
    // Removals: one unmapped execution and one at the missing site, queued, then drained.
    t.exec(QStringLiteral("DELETE FROM execution_telemetry WHERE execution_id IN ('x-3', 'x-6')"));
    QList<Row> left = rows;
    left.removeAt(5);
    left.removeAt(2);
    expectFigures(left, "removals queued");
    t.db().runSync([](Session &s) { return Rollups::drain(s); });
    expectFigures(left, "removals drained");
}

// The reconcilable count comes from kept order/execution pairs (0020): after
// each kind of change to orders, telemetry, the mapping and the runbooks, the
// pairs are those worked out from the rows (Derived.h), and the count is the
// number of pending orders among them, as the view of 0009 counts too.
TEST(Health, ReconcilableOrdersFollowEveryChangeToOrdersTelemetryAndTheMapping)
{
    TestDatabase t;
    t.migrate();
    const QStringList apps = insertSite(t, QStringLiteral("site-1"), QStringLiteral("p"), {1, 1});
    ASSERT_EQ(apps.size(), 2);
    t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity) "
                          "VALUES ('RB-A', 'A', 'x', 'high'), ('RB-B', 'B', 'x', 'high')"));
    const auto order = [&](const QString &id, int app, const QString &runbook, const QString &status, int issuedMinsAgo,
                           std::optional<int> expiresInMins = std::nullopt) {
        t.exec(QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id, status, issued_at, expires_at) "
                              "VALUES (?, ?::uuid, ?, ?, now() - make_interval(mins => ?), "
                              "now() + make_interval(mins => ?))"),
               {id, apps.at(app), runbook, status, issuedMinsAgo,
                expiresInMins ? QVariant(*expiresInMins) : QVariant(QMetaType(QMetaType::Int))});
    };
    const auto check = [&](const char *step) {
        const qsizetype expected = expectOrderMatchesMatch(t, step);
        EXPECT_EQ(counts(t).reconcilable, expected) << step;
        EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_order_matches WHERE execution_id IS NOT NULL"))
                      .toLongLong(),
                  expected)
            << step;
        return expected;
    };
    order(QStringLiteral("o1"), 0, QStringLiteral("RB-A"), QStringLiteral("pending"), 120);
    order(QStringLiteral("o2"), 0, QStringLiteral("RB-B"), QStringLiteral("pending"), 30, 60);
    order(QStringLiteral("o3"), 1, QStringLiteral("RB-A"), QStringLiteral("pending"), 180);
    order(QStringLiteral("o4"), 0, QStringLiteral("RB-A"), QStringLiteral("completed"), 120);
    EXPECT_EQ(check("orders only"), 0);

    const QString telemetry = QStringLiteral(
        "INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, started_at, "
        "success, order_id) VALUES ");
    const auto row = [&](const QString &id, int app, const QString &runbook, int minsAgo, const QString &orderId) {
        return QStringLiteral("('%1', 'site-1', '%2', '%3', 'h', now() - make_interval(mins => %4), true, %5)")
            .arg(id, apps.at(app), runbook)
            .arg(minsAgo)
            .arg(orderId.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(orderId));
    };
    // One statement of several rows: unmapped, matching o1 (and o4, which is
    // not pending), naming another order, matching o3.
    t.exec(telemetry + QStringList{row(QStringLiteral("e1"), 0, QStringLiteral("L1-A"), 90, {}),
                                   row(QStringLiteral("e2"), 0, QStringLiteral("RB-A"), 100, {}),
                                   row(QStringLiteral("e3"), 0, QStringLiteral("RB-B"), 10, QStringLiteral("other")),
                                   row(QStringLiteral("e4"), 1, QStringLiteral("RB-A"), 170, {})}
                           .join(QLatin1Char(',')));
    EXPECT_EQ(check("telemetry inserted"), 2);

    t.exec(QStringLiteral("INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id) VALUES ('L1-A', 'RB-A')"));
    check("L1-A mapped to RB-A");
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_order_match WHERE order_id = 'o1'")).toInt(), 2);
    t.exec(QStringLiteral("UPDATE runbook_id_mapping SET runbook_id = 'RB-B' WHERE l1_rule_id = 'L1-A'"));
    check("L1-A mapped to RB-B");
    t.exec(QStringLiteral("DELETE FROM execution_telemetry WHERE execution_id = 'e2'"));
    EXPECT_EQ(check("e2 deleted"), 1);
    t.exec(QStringLiteral("UPDATE execution_telemetry SET started_at = started_at - interval '2 hours' "
                          "WHERE execution_id = 'e4'"));
    EXPECT_EQ(check("e4 moved before o3"), 0);
    t.exec(QStringLiteral("UPDATE execution_telemetry SET started_at = started_at + interval '2 hours' "
                          "WHERE execution_id = 'e4'"));
    EXPECT_EQ(check("e4 moved back"), 1);

    // An order issued after its execution arrived is matched when it is written.
    order(QStringLiteral("o5"), 1, QStringLiteral("RB-A"), QStringLiteral("pending"), 175);
    EXPECT_EQ(check("o5 issued"), 2);
    t.exec(QStringLiteral("UPDATE orders SET status = 'cancelled' WHERE order_id = 'o3'"));
    EXPECT_EQ(check("o3 cancelled"), 1);
    t.exec(QStringLiteral("UPDATE orders SET status = 'pending' WHERE order_id = 'o3'"));
    EXPECT_EQ(check("o3 pending again"), 2);

    // A runbook that did not exist: its ID resolves to itself once it does.
    order(QStringLiteral("o6"), 0, QStringLiteral("RB-C"), QStringLiteral("pending"), 25);
    t.exec(telemetry + row(QStringLiteral("e5"), 0, QStringLiteral("RB-C"), 20, {}));
    EXPECT_EQ(check("RB-C unknown"), 2);
    t.exec(
        QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity) VALUES ('RB-C', 'C', 'x', 'low')"));
    EXPECT_EQ(check("RB-C added"), 3);

    // Telemetry naming its order completes it: that order is no longer counted.
    t.exec(telemetry + row(QStringLiteral("e6"), 0, QStringLiteral("RB-C"), 5, QStringLiteral("o6")));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = 'o6'")).toString(),
              QStringLiteral("completed"));
    EXPECT_EQ(check("o6 completed by its telemetry"), 2);
    t.exec(QStringLiteral("DELETE FROM orders WHERE order_id = 'o5'"));
    EXPECT_EQ(check("o5 deleted"), 1);
    t.exec(QStringLiteral("TRUNCATE execution_telemetry"));
    EXPECT_EQ(check("telemetry truncated"), 0);
}
