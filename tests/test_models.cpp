#include "Fleet.h"
#include "FleetModels.h"
#include "FleetFixture.h"
#include "Incidents.h"
#include "IncidentModel.h"
#include "JsonDiff.h"
#include "Rollups.h"
#include "RunbookModel.h"
#include "StatsSource.h"
#include "Wait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

namespace {

// Every model is wrapped before data arrives; Fatal turns any violation into an abort.
void attachTester(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
}

template <typename Pred> bool waitFor(Pred pred)
{
    return waitUntil(pred);
}

struct IncidentSpec
{
    QString key;
    int applianceIndex;
    QString severity;
    QString status;
    QString type;
    int minutesAgo;
    std::optional<QString> tier; // recorded on the incident
};

} // namespace

class ModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.migrate();
        // Site A: 2 online (1, 4 min), 1 stale (10 min), 1 offline (60 min), 1 never.
        appsA = insertSite(t, QStringLiteral("site-a"), QStringLiteral("p1"), {1, 4, 10, 60, -1});
        appsB = insertSite(t, QStringLiteral("site-b"), QStringLiteral("p2"), {3});
    }
    TestDatabase t;
    QStringList appsA, appsB;
};

TEST_F(ModelTest, SiteModelCountsAppliancesByTheOneStatusRule)
{
    t.exec(QStringLiteral("INSERT INTO incidents (appliance_id, incident_type, severity, status) VALUES "
                          "(?, 'x', 'low', 'open'), (?, 'x', 'low', 'resolved'), (?, 'x', 'low', 'escalated')"),
           {appsA[0], appsA[1], appsB[0]});
    SiteModel model;
    attachTester(&model);
    QSignalSpy loaded(&model, &SiteModel::loaded);
    model.reload(t.db(), {});
    ASSERT_TRUE(waitFor([&] { return loaded.count() == 1; }));
    ASSERT_EQ(model.rowCount(), 2);
    const SiteRow &a = model.rows()[0];
    EXPECT_EQ(a.id, QStringLiteral("site-a"));
    EXPECT_EQ(a.appliances, 5);
    EXPECT_EQ(a.online, 2);
    EXPECT_EQ(a.stale, 1);
    EXPECT_EQ(a.offline, 2);
    EXPECT_EQ(a.openIncidents, 1);
    EXPECT_EQ(a.partnerName, QStringLiteral("Partner p1"));
    EXPECT_EQ(model.rows()[1].openIncidents, 1); // escalated is still open
    EXPECT_EQ(model.index(0, SiteModel::Online).data().toLongLong(), 2);

    // Scope: one partner.
    Scope scope;
    scope.partnerId = uuidFor(QStringLiteral("p2"));
    model.reload(t.db(), scope);
    ASSERT_TRUE(waitFor([&] { return loaded.count() == 2; }));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, SiteModel::Name).data(KeyRole).toString(), QStringLiteral("site-b"));
}

// A site's last activity is its latest check-in or execution, whether the
// execution still waits in the rollup queue or was drained, and after the
// latest one is removed (queued, then drained).
TEST_F(ModelTest, SiteLastActivityIsTheLatestCheckinOrExecution)
{
    const QDateTime checkinB =
        t.scalar(QStringLiteral("SELECT max(last_checkin) FROM appliances WHERE site_id = 'site-b'")).toDateTime();
    const QDateTime checkinA =
        t.scalar(QStringLiteral("SELECT max(last_checkin) FROM appliances WHERE site_id = 'site-a'")).toDateTime();
    ASSERT_TRUE(checkinB.isValid() && checkinA.isValid());
    const QDateTime later = checkinB.addSecs(90), earlier = checkinB.addSecs(-600);
    for (const auto &[id, at] : {std::pair{QStringLiteral("la-1"), earlier}, std::pair{QStringLiteral("la-2"), later}})
        t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, "
                              "hostname, started_at, success) VALUES (?, 'site-b', ?, 'L1-X', 'h', ?, true)"),
               {id, appsB[0], at});
    const auto lastActivity = [&](const QString &site) {
        const QList<SiteRow> rows = t.db().runSync([](Session &s) { return Fleet::sites(s, Scope{}); });
        for (const SiteRow &r : rows)
            if (r.id == site)
                return r.lastActivity;
        return QDateTime();
    };
    EXPECT_EQ(lastActivity(QStringLiteral("site-b")), later) << "queued";
    EXPECT_EQ(lastActivity(QStringLiteral("site-a")), checkinA) << "no telemetry";
    t.db().runSync([](Session &s) { return Rollups::drain(s); });
    EXPECT_EQ(lastActivity(QStringLiteral("site-b")), later) << "drained";
    t.exec(QStringLiteral("DELETE FROM execution_telemetry WHERE execution_id = 'la-2'"));
    EXPECT_EQ(lastActivity(QStringLiteral("site-b")), checkinB) << "latest removed, queued";
    t.db().runSync([](Session &s) { return Rollups::drain(s); });
    EXPECT_EQ(lastActivity(QStringLiteral("site-b")), checkinB) << "latest removed, drained";
    t.exec(QStringLiteral("UPDATE appliances SET last_checkin = ? WHERE site_id = 'site-b'"), {earlier.addSecs(-60)});
    EXPECT_EQ(lastActivity(QStringLiteral("site-b")), earlier) << "the execution is the latest again";
}

TEST_F(ModelTest, ApplianceModelShowsAgeAndStatus)
{
    ApplianceModel model;
    attachTester(&model);
    QSignalSpy loaded(&model, &ApplianceModel::loaded);
    model.reload(t.db(), QStringLiteral("site-a"));
    ASSERT_TRUE(waitFor([&] { return loaded.count() == 1; }));
    ASSERT_EQ(model.rowCount(), 5);
    // Hostnames sort as inserted: hd1..hd5.
    EXPECT_EQ(model.index(0, ApplianceModel::LastCheckin).data().toString(), QStringLiteral("1 min ago"));
    EXPECT_EQ(model.index(1, ApplianceModel::LastCheckin).data().toString(), QStringLiteral("4 min ago"));
    EXPECT_EQ(model.index(2, ApplianceModel::Status).data().toString(), QStringLiteral("stale"));
    EXPECT_EQ(model.index(3, ApplianceModel::LastCheckin).data().toString(), QStringLiteral("1 h ago"));
    EXPECT_EQ(model.index(3, ApplianceModel::Status).data().toString(), QStringLiteral("offline"));
    EXPECT_EQ(model.index(4, ApplianceModel::LastCheckin).data().toString(), QStringLiteral("never"));
    EXPECT_EQ(model.index(4, ApplianceModel::Status).data().toString(), QStringLiteral("offline"));
    // An empty site id clears the model.
    model.reload(t.db(), QString());
    ASSERT_TRUE(waitFor([&] { return loaded.count() == 2; }));
    EXPECT_EQ(model.rowCount(), 0);
}

class IncidentModelTest : public ModelTest
{
protected:
    void SetUp() override
    {
        ModelTest::SetUp();
        const QStringList severities{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                     QStringLiteral("critical")};
        const QStringList statuses{QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("escalated")};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // 450 incidents; every 7th shares its timestamp with the next, so keyset ties on reported_at are exercised.
        for (int i = 0; i < 450; ++i) {
            IncidentSpec s{QStringLiteral("inc-%1").arg(i),
                           i % 6,
                           severities[i % 4],
                           statuses[i % 3],
                           i % 10 == 0 ? QStringLiteral("weird_100%_type") : QStringLiteral("firewall_disabled"),
                           (i / 2) * 7 + (i % 2 == 0 || i % 7 != 0 ? i % 2 : 0),
                           i % 5 == 0 ? std::optional<QString>(QStringLiteral("L1")) : std::nullopt};
            specs << s;
        }
        QStringList values;
        QVariantList binds;
        for (const IncidentSpec &s : specs) {
            values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
            const QString app = s.applianceIndex < 5 ? appsA[s.applianceIndex] : appsB[0];
            binds << uuidFor(s.key) << app << s.type << s.severity << s.status
                  << isoTime(now.addSecs(-60LL * s.minutesAgo))
                  << (s.tier ? QVariant(*s.tier) : QVariant(QMetaType::fromType<QString>()));
        }
        t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, status, reported_at, "
                              "resolution_tier) VALUES ") +
                   values.join(QLatin1Char(',')),
               binds);
        // L2 telemetry for every 3rd incident: its tier becomes L2 whatever the row says.
        for (int i = 0; i < specs.size(); i += 3) {
            t.exec(QStringLiteral("INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, "
                                  "runbook_id, hostname, success, resolution_level, started_at) "
                                  "VALUES (?, ?, 'site-a', 'x', 'RB-X', 'h', true, 'L2', now())"),
                   {QStringLiteral("e-%1").arg(i), uuidFor(specs[i].key)});
        }
    }

    QString expectedTier(int i) const
    {
        if (i % 3 == 0)
            return QStringLiteral("L2");
        return specs[i].tier ? *specs[i].tier : QStringLiteral("none");
    }

    // Newest first, ties by id descending: the order the keyset must produce.
    QStringList expectedOrder(const std::function<bool(int)> &keep) const
    {
        QList<int> idx;
        for (int i = 0; i < specs.size(); ++i)
            if (keep(i))
                idx << i;
        std::sort(idx.begin(), idx.end(), [this](int a, int b) {
            if (specs[a].minutesAgo != specs[b].minutesAgo)
                return specs[a].minutesAgo < specs[b].minutesAgo;
            return uuidFor(specs[a].key) > uuidFor(specs[b].key);
        });
        QStringList ids;
        for (int i : idx)
            ids << uuidFor(specs[i].key);
        return ids;
    }

    // Scrolls to the end the way a view does: fetchMore whenever nothing is in flight.
    // (QAbstractItemModelTester also calls fetchMore on its own after every insert.)
    QStringList loadAll(IncidentModel &model)
    {
        for (;;) {
            EXPECT_TRUE(waitFor([&] { return !model.isLoading(); }));
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.index(r, 0).data(KeyRole).toString();
        return ids;
    }

    QList<IncidentSpec> specs;
};

TEST_F(IncidentModelTest, LoadsByKeysetWindowsInOrderWithoutGapsOrDuplicates)
{
    IncidentModel model(&t.db());
    attachTester(&model);
    QSignalSpy total(&model, &IncidentModel::totalCountChanged);
    model.setFilter({});
    // The first answer is one window (the model tester may ask for more on its own afterwards).
    ASSERT_TRUE(waitFor([&] { return model.rowCount() >= IncidentModel::kWindow && total.count() == 1; }));
    EXPECT_EQ(model.rowCount() % IncidentModel::kWindow, 0);
    EXPECT_EQ(total.at(0).at(0).toLongLong(), 450);
    const QStringList ids = loadAll(model);
    EXPECT_FALSE(model.canFetchMore({}));
    const QStringList expected = expectedOrder([](int) { return true; });
    ASSERT_EQ(ids.size(), expected.size());
    for (int i = 0; i < ids.size(); ++i)
        ASSERT_EQ(ids[i], expected[i]) << "first difference at row " << i;
    // Tiers follow the definition (latest execution, else the row's own).
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString id = model.index(r, 0).data(KeyRole).toString();
        const int i =
            int(std::find_if(specs.begin(), specs.end(), [&](const IncidentSpec &s) { return uuidFor(s.key) == id; }) -
                specs.begin());
        ASSERT_LT(i, specs.size());
        EXPECT_EQ(model.index(r, IncidentModel::Tier).data().toString(), expectedTier(i)) << i;
    }
}

TEST_F(IncidentModelTest, FiltersMatchAnIndependentSelection)
{
    IncidentModel model(&t.db());
    attachTester(&model);
    IncidentFilter f;
    f.severity = QStringLiteral("critical");
    f.tier = QStringLiteral("L2");
    model.setFilter(f);
    ASSERT_TRUE(waitFor([&] { return !model.isLoading() && model.totalCount().has_value(); }));
    QStringList ids = loadAll(model);
    const QStringList expected = expectedOrder([this](int i) {
        return specs[i].severity == QLatin1String("critical") && expectedTier(i) == QLatin1String("L2");
    });
    EXPECT_FALSE(expected.isEmpty());
    EXPECT_EQ(ids, expected);
    EXPECT_EQ(*model.totalCount(), expected.size());

    // Free text is literal: "100%" matches the odd type, "%" alone matches it too, "_" is not a wildcard.
    f = {};
    f.search = QStringLiteral("100%_");
    model.setFilter(f);
    ASSERT_TRUE(waitFor([&] { return !model.isLoading() && model.totalCount().has_value(); }));
    ids = loadAll(model);
    EXPECT_EQ(ids, expectedOrder([this](int i) { return specs[i].type.contains(QStringLiteral("100%_")); }));
    f.search = QStringLiteral("fire_all");
    model.setFilter(f);
    ASSERT_TRUE(waitFor([&] { return !model.isLoading() && model.totalCount().has_value(); }));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(*model.totalCount(), 0);
    for (const QString &hostile : {QStringLiteral("'; DROP TABLE incidents; --"), QStringLiteral("\\"),
                                   QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")),
                                   QStringLiteral("Überprüfung 検査"), QString(5000, QLatin1Char('x'))}) {
        f.search = hostile;
        model.setFilter(f);
        ASSERT_TRUE(waitFor([&] { return !model.isLoading() && model.totalCount().has_value(); }));
        EXPECT_EQ(model.rowCount(), 0);
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM incidents")).toInt(), 450);

    // Appliance and scope.
    f = {};
    f.applianceId = appsB[0];
    model.setFilter(f);
    ASSERT_TRUE(waitFor([&] { return !model.isLoading() && model.totalCount().has_value(); }));
    EXPECT_EQ(loadAll(model), expectedOrder([this](int i) { return specs[i].applianceIndex == 5; }));
    f = {};
    f.scope.siteIds = {QStringLiteral("site-a")};
    f.status = QStringLiteral("open");
    model.setFilter(f);
    ASSERT_TRUE(waitFor([&] { return !model.isLoading() && model.totalCount().has_value(); }));
    EXPECT_EQ(loadAll(model), expectedOrder([this](int i) {
                  return specs[i].applianceIndex < 5 && specs[i].status == QLatin1String("open");
              }));
    // A site alone spans several windows (walked per appliance and merged), and
    // its count; then the same site with a tier.
    f = {};
    f.scope.siteIds = {QStringLiteral("site-a")};
    model.setFilter(f);
    ASSERT_TRUE(waitFor([&] { return !model.isLoading() && model.totalCount().has_value(); }));
    const QStringList siteA = expectedOrder([this](int i) { return specs[i].applianceIndex < 5; });
    EXPECT_GT(siteA.size(), IncidentModel::kWindow);
    EXPECT_EQ(loadAll(model), siteA);
    EXPECT_EQ(*model.totalCount(), siteA.size());
    f.tier = QStringLiteral("L2");
    model.setFilter(f);
    ASSERT_TRUE(waitFor([&] { return !model.isLoading() && model.totalCount().has_value(); }));
    const QStringList siteAL2 =
        expectedOrder([this](int i) { return specs[i].applianceIndex < 5 && expectedTier(i) == QLatin1String("L2"); });
    EXPECT_FALSE(siteAL2.isEmpty());
    EXPECT_EQ(loadAll(model), siteAL2);
    EXPECT_EQ(*model.totalCount(), siteAL2.size());
}

TEST_F(IncidentModelTest, LiveRefreshChangesRowsInPlaceAndInsertsOrRemovesWhereTheyBelong)
{
    IncidentModel model(&t.db());
    attachTester(&model);
    QObject::connect(&model, &IncidentModel::loadFailed, [](const QString &m) { ADD_FAILURE() << m.toStdString(); });
    model.setFilter({});
    loadAll(model);
    ASSERT_EQ(model.rowCount(), 450);
    QStringList expected = expectedOrder([](int) { return true; });

    // A status change keeps the same rows: dataChanged, no reset, all rows stay loaded.
    const QString first = model.index(0, 0).data(KeyRole).toString();
    t.exec(QStringLiteral("UPDATE incidents SET status = 'resolved-by-test' WHERE id::text = ?"), {first});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy loaded(&model, &IncidentModel::loaded);
    model.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded.count() == 1; }));
    EXPECT_GE(changes.count(), 1);
    EXPECT_EQ(inserts.count(), 0);
    EXPECT_EQ(removals.count(), 0);
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_EQ(model.index(0, IncidentModel::Status).data().toString(), QStringLiteral("resolved-by-test"));

    const auto keys = [&model] {
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.index(r, 0).data(KeyRole).toString();
        return ids;
    };
    const auto minutesAgo = [this](int position) {
        const QString id = expectedOrder([](int) { return true; })[position];
        for (const IncidentSpec &spec : specs)
            if (uuidFor(spec.key) == id)
                return spec.minutesAgo;
        return -1;
    };

    // A new incident at the top is inserted above the others, which stay
    // (no reset: the selection and scroll position keep their rows); one
    // reported between rows 250 and 251 goes in there (the second window); one
    // row of the first window is deleted.
    const int gapMinutes = minutesAgo(250);
    ASSERT_LT(gapMinutes, minutesAgo(251)) << "the fixture should leave a gap there";
    t.exec(
        QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, reported_at) "
                       "VALUES (?, ?, 'new_drift', 'high', now() + interval '1 minute'), "
                       "(?, ?, 'late_drift', 'low', now() - make_interval(mins => ?) - interval '30 seconds')"),
        {uuidFor(QStringLiteral("brand-new")), appsA[0], uuidFor(QStringLiteral("in-between")), appsA[1], gapMinutes});
    t.exec(QStringLiteral("DELETE FROM incidents WHERE id::text = ?"), {expected[100]});
    expected.insert(251, uuidFor(QStringLiteral("in-between")));
    expected.removeAt(100);
    expected.prepend(uuidFor(QStringLiteral("brand-new")));
    model.refresh();
    ASSERT_TRUE(waitFor([&] { return loaded.count() >= 2 && !model.isLoading() && model.totalCount() == 451; }));
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(inserts.count(), 2);
    EXPECT_EQ(inserts.at(0).at(1).toInt(), 0); // the new one, first
    EXPECT_EQ(inserts.at(0).at(2).toInt(), 0);
    EXPECT_EQ(inserts.at(1).at(1).toInt(), 251); // after the removal above it and the insertion at the top
    ASSERT_EQ(removals.count(), 1);
    EXPECT_EQ(removals.at(0).at(1).toInt(), 101);
    EXPECT_EQ(model.rowCount(), 451);
    EXPECT_EQ(keys(), expected);
    EXPECT_EQ(model.index(0, IncidentModel::Type).data().toString(), QStringLiteral("new_drift"));
}

TEST_F(IncidentModelTest, HoldsOnlyTheCachedWindowsAndReadsOthersAgainByTheirRange)
{
    // No model tester here: it reads row 0 after every signal, which would
    // keep the first window held.
    IncidentModel model(&t.db());
    QObject::connect(&model, &IncidentModel::loadFailed, [](const QString &m) { ADD_FAILURE() << m.toStdString(); });
    model.setCacheLimit(1);
    model.setFilter({});
    loadAll(model);
    ASSERT_EQ(model.rowCount(), 450);
    const QStringList expected = expectedOrder([](int) { return true; });
    // Only the last window (50 rows) is held; the others, read while scrolling, have been let go.
    EXPECT_EQ(model.heldRowCount(), 450 % IncidentModel::kWindow);
    EXPECT_FALSE(model.index(250, 0).data(KeyRole).isValid());
    EXPECT_EQ(model.index(250, IncidentModel::Reported).data().toString(), QStringLiteral("loading…"));
    // Asking for a row brings its window back, read again by its key range.
    QStringList again;
    for (int r = 0; r < model.rowCount(); ++r) {
        ASSERT_TRUE(waitFor([&] { return model.index(r, 0).data(KeyRole).isValid(); })) << r;
        again << model.index(r, 0).data(KeyRole).toString();
        EXPECT_LE(model.heldRowCount(), IncidentModel::kWindow);
    }
    EXPECT_EQ(again, expected);
    EXPECT_EQ(model.rowCount(), 450);
    // A window let go whose rows changed meanwhile comes back with them; where
    // inside it they went is not known, so the count changes at its end.
    ASSERT_EQ(model.heldRowCount(), 450 % IncidentModel::kWindow); // the last row was read last
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    t.exec(QStringLiteral("DELETE FROM incidents WHERE id::text = ANY (?::text[])"),
           {QStringLiteral("{%1,%2}").arg(expected[3], expected[7])});
    ASSERT_TRUE(waitFor([&] { return model.index(0, 0).data(KeyRole).isValid(); }));
    QStringList remaining = expected;
    remaining.removeAll(expected[3]);
    remaining.removeAll(expected[7]);
    EXPECT_EQ(model.rowCount(), 448);
    ASSERT_EQ(removals.count(), 1);
    EXPECT_EQ(removals.at(0).at(1).toInt(), IncidentModel::kWindow - 2);
    EXPECT_EQ(removals.at(0).at(2).toInt(), IncidentModel::kWindow - 1);
    QStringList afterDelete;
    for (int r = 0; r < model.rowCount(); ++r) {
        ASSERT_TRUE(waitFor([&] { return model.index(r, 0).data(KeyRole).isValid(); })) << r;
        afterDelete << model.index(r, 0).data(KeyRole).toString();
    }
    EXPECT_EQ(afterDelete, remaining);
}

TEST_F(IncidentModelTest, KeysetIsExactBelowAMillisecond)
{
    // 201 incidents a microsecond apart, within one millisecond: the window
    // boundary falls between two of them, which a millisecond key cannot tell apart.
    t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, reported_at) "
                          "SELECT gen_random_uuid(), ?, 'micro_step', 'low', "
                          "       date_trunc('milliseconds', now()) - make_interval(secs => 3600) "
                          "       + (100 + g) * interval '1 microsecond' "
                          "  FROM generate_series(0, 200) g"),
           {appsA[2]});
    IncidentModel model(&t.db());
    attachTester(&model);
    IncidentFilter f;
    f.search = QStringLiteral("micro_step");
    model.setFilter(f);
    const QStringList ids = loadAll(model);
    ASSERT_EQ(ids.size(), 201);
    const QStringList expected =
        t.scalar(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY reported_at DESC, id DESC) FROM incidents "
                                "WHERE incident_type = 'micro_step'"))
            .toString()
            .split(QLatin1Char(','));
    EXPECT_EQ(ids, expected);
}

TEST_F(IncidentModelTest, DetailHasEveryExecutionAndTheTierByDefinition)
{
    // Incident 0 has one L2 execution; add an older failed L1 with state.
    t.exec(
        QStringLiteral(
            "INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, runbook_id, "
            "hostname, success, resolution_level, started_at, state_before, state_after, error_message) "
            "VALUES ('e-old', ?, 'site-a', 'x', 'L1-FW-9', 'h', false, 'L1', now() - interval '1 hour', "
            "'{\"fw\": false, \"zone\": {\"id\": 1}}', '{\"fw\": true, \"zone\": {\"id\": 2}, \"new\": 1}', 'denied')"),
        {uuidFor(specs[0].key)});
    const IncidentDetail d = t.db().runSync([&](Session &s) { return Incidents::detail(s, uuidFor(specs[0].key)); });
    ASSERT_EQ(d.executions.size(), 2);
    EXPECT_EQ(d.executions[0].executionId, QStringLiteral("e-old"));
    EXPECT_EQ(d.executions[0].error, QStringLiteral("denied"));
    EXPECT_TRUE(d.executions[0].canonical.isEmpty());
    // The state diff the pane shows, from the states the row stored.
    const JsonDiffResult diff = jsonDiff(d.executions[0].stateBefore, d.executions[0].stateAfter);
    QStringList seen;
    for (const JsonChange &c : diff.changes)
        seen << QStringLiteral("%1 %2 %3 %4").arg(c.path).arg(int(c.kind)).arg(c.before, c.after);
    EXPECT_EQ(seen, (QStringList{QStringLiteral("fw %1 false true").arg(int(JsonChange::Kind::Changed)),
                                 QStringLiteral("new %1  1").arg(int(JsonChange::Kind::Added)),
                                 QStringLiteral("zone.id %1 1 2").arg(int(JsonChange::Kind::Changed))}));
    EXPECT_EQ(d.incident.tier, QStringLiteral("L2"));
    // The row said L1; the tier trigger synced it to L2 when the L2 execution arrived.
    EXPECT_EQ(d.incident.recordedTier, QStringLiteral("L2"));
    EXPECT_THROW(t.db().runSync([&](Session &s) { return Incidents::detail(s, uuidFor(QStringLiteral("nope"))); }),
                 Error);
}

TEST_F(ModelTest, RunbookModelListsCanonicalThenUnmapped)
{
    t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity) VALUES "
                          "('RB-A', 'A', 'c', 'high'), ('RB-B', 'B', 'c', 'high')"));
    t.exec(QStringLiteral("INSERT INTO runbook_id_mapping (l1_rule_id, runbook_id) VALUES ('L1-A', 'RB-A')"));
    for (const QString &id :
         {QStringLiteral("L1-A"), QStringLiteral("L1-A"), QStringLiteral("RB-B"), QStringLiteral("L1-Z")})
        t.exec(QStringLiteral(
                   "INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, "
                   "success, started_at) VALUES (gen_random_uuid()::text, 'site-a', 'x', ?, 'h', true, now())"),
               {id});
    StatsSource source;
    RunbookModel model;
    attachTester(&model);
    QObject::connect(&source, &StatsSource::updated, &model, [&] { model.setStats(source.stats()); });
    QSignalSpy updated(&source, &StatsSource::updated);
    source.reload(t.db(), {});
    ASSERT_TRUE(waitFor([&] { return updated.count() == 1; }));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, RunbookModel::RunbookId).data().toString(), QStringLiteral("RB-A"));
    EXPECT_EQ(model.index(0, RunbookModel::Executions).data().toLongLong(), 2);
    EXPECT_EQ(model.index(1, RunbookModel::Executions).data().toLongLong(), 1);
    EXPECT_EQ(model.index(2, RunbookModel::RunbookId).data().toString(), QStringLiteral("L1-Z"));
    EXPECT_EQ(model.index(2, RunbookModel::Group).data(RowTypeRole).toString(), QStringLiteral("unmapped"));
    EXPECT_EQ(model.index(2, RunbookModel::Group).data().toString(), QStringLiteral("Unmapped"));
    EXPECT_TRUE(model.index(0, RunbookModel::Group).data().toString().isEmpty());
    // The same stats again: same keys, no reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    source.reload(t.db(), {});
    ASSERT_TRUE(waitFor([&] { return updated.count() == 2; }));
    EXPECT_EQ(resets.count(), 0);
}

// The state diff on its own: every kind of change, nesting, and a side that
// is not JSON, each expected change written out by hand.
TEST(JsonDiff, FlattensBothSidesAndNamesEachKindOfChange)
{
    const JsonDiffResult d = jsonDiff(
        QStringLiteral(R"({"firewall": {"enabled": false, "profile": "domain"}, "rules": 3, "old": "x", "empty": {}})"),
        QStringLiteral(
            R"({"firewall": {"enabled": true, "profile": "domain"}, "rules": 4, "new": [1, 2], "empty": {}})"));
    EXPECT_TRUE(d.beforeError.isEmpty());
    EXPECT_TRUE(d.afterError.isEmpty());
    struct Want
    {
        const char *path;
        JsonChange::Kind kind;
        const char *before;
        const char *after;
    };
    const Want want[] = {
        {"empty", JsonChange::Kind::Same, "{}", "{}"},
        {"firewall.enabled", JsonChange::Kind::Changed, "false", "true"},
        {"firewall.profile", JsonChange::Kind::Same, "\"domain\"", "\"domain\""},
        {"new", JsonChange::Kind::Added, "", "[1,2]"},
        {"old", JsonChange::Kind::Removed, "\"x\"", ""},
        {"rules", JsonChange::Kind::Changed, "3", "4"},
    };
    ASSERT_EQ(d.changes.size(), qsizetype(std::size(want)));
    for (qsizetype i = 0; i < d.changes.size(); ++i) {
        EXPECT_EQ(d.changes[i].path, QLatin1String(want[i].path)) << i;
        EXPECT_EQ(d.changes[i].kind, want[i].kind) << want[i].path;
        EXPECT_EQ(d.changes[i].before, QLatin1String(want[i].before)) << want[i].path;
        EXPECT_EQ(d.changes[i].after, QLatin1String(want[i].after)) << want[i].path;
    }

    // A side that is not JSON is kept as text, and the other side's values are all added.
    const JsonDiffResult broken = jsonDiff(QStringLiteral("{not json"), QStringLiteral(R"({"a": 1})"));
    EXPECT_EQ(broken.beforeError, QStringLiteral("{not json"));
    ASSERT_EQ(broken.changes.size(), 1);
    EXPECT_EQ(broken.changes[0].kind, JsonChange::Kind::Added);
    EXPECT_EQ(broken.changes[0].path, QStringLiteral("a"));
}
