// The worker and maintenance windows, on real PostgreSQL with the worker and
// healdesk-sim as separate processes: windows worked out in the clinic's zone
// across a DST change and midnight, a disruptive order held outside its
// window, released when the window opens, run by a signature-checking
// appliance, and expired at the window's end when its appliance is offline;
// two workers, the leader killed, the other takes over and releases every
// held order exactly once.

#include "ChildProcess.h"
#include "CliRun.h"
#include "DemoSigning.h"
#include "Error.h"
#include "FleetFixture.h"
#include "Keys.h"
#include "Maintenance.h"
#include "OrderSchedules.h"
#include "Orders.h"
#include "ReportArchive.h"
#include "Session.h"
#include "Trust.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace hd;
using namespace hd::test;

namespace {

const QString kSim = QStringLiteral(HEALDESK_BINARY_DIR "/app/healdesk-sim");

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

} // namespace

class WorkerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.migrate();
        apps = insertSite(t, QStringLiteral("clinic-ny"), QStringLiteral("p"), {1, 120});
        t.exec(QStringLiteral("UPDATE sites SET time_zone = 'America/New_York' WHERE id = 'clinic-ny'"));
        t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity, enabled, is_disruptive) "
                              "VALUES ('RB-REBOOT', 'Reboot', 'patching', 'high', true, true), "
                              "('RB-OK', 'Fine', 'audit', 'low', true, false)"));
        signing = t.provisionSigning();
        // The worker's own service key, approved by the demo admin: released orders are signed with it.
        service = SigningKey::generate();
        t.db().runSync([&](Session &s) {
            Keys::registerKey(s, *service, Keys::kService, QStringLiteral("worker"));
            DemoSigning::asRole(s, QLatin1String(DemoSigning::kAdminRole), signing.admin,
                                [&] { Keys::approve(s, service->keyId()); });
        });
        signing.trust = t.db().runSync([](Session &s) { return Keys::exportTrust(s); });
        trustPath = dir.filePath(QStringLiteral("fleet-keys.json"));
        QFile f(trustPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(signing.trust.toJson());
    }

    // `healdesk worker` as a process, its service key handed over on standard input.
    std::unique_ptr<Child> startWorker(const QString &interval = QStringLiteral("0.5"), qint64 clockOffset = 0)
    {
        QProcessEnvironment env;
        if (clockOffset != 0)
            env.insert(QStringLiteral("HEALDESK_TEST_CLOCK_OFFSET"), QString::number(clockOffset));
        auto c = startWorkerProcess(t.name(), service->seedBase64ForKeychain(), interval, env);
        EXPECT_EQ(c->p->state(), QProcess::Running);
        return c;
    }

    std::unique_ptr<Child> startAppliances(const QStringList &only)
    {
        auto c = std::make_unique<Child>();
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDATABASE"), t.name());
        c->p->setProcessEnvironment(env);
        c->p->start(kSim, {QStringLiteral("--trust"), trustPath, QStringLiteral("--interval"), QStringLiteral("200"),
                           QStringLiteral("--failure-rate"), QStringLiteral("0"), QStringLiteral("--appliance"),
                           only.join(QLatin1Char(','))});
        EXPECT_TRUE(c->p->waitForStarted());
        return c;
    }

    template <typename Pred> bool waitUntil(Pred pred, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            if (pred())
                return true;
            QThread::msleep(100);
        }
        return pred();
    }

    QString status(const QString &orderId)
    {
        return t.scalar(QStringLiteral("SELECT coalesce((SELECT status FROM orders WHERE order_id = ?), "
                                       "(SELECT 'held:' || status FROM healdesk_held_orders WHERE order_id = ?))"),
                        {orderId, orderId})
            .toString();
    }

    TestDatabase t;
    QStringList apps;
    DemoSigning signing;
    std::shared_ptr<SigningKey> service;
    QTemporaryDir dir;
    QString trustPath;
};

// The window arithmetic every hold and release uses, against instants worked
// out by hand: New York leaves daylight saving at 02:00 on Sunday 1 November
// 2026 (EDT, UTC-4, becomes EST, UTC-5; 01:00-02:00 happens twice).
TEST_F(WorkerTest, WeeklyWindowsFollowTheClinicsClockAcrossDaylightSavingAndMidnight)
{
    const qint64 sunday = t.db().runSync([](Session &s) {
        return Maintenance::addWeekly(s, QStringLiteral("clinic-ny"), 7, QTime(1, 0), QTime(3, 0),
                                      QStringLiteral("patch night"));
    });
    const qint64 saturday = t.db().runSync([](Session &s) {
        return Maintenance::addWeekly(s, QStringLiteral("clinic-ny"), 6, QTime(23, 0), QTime(1, 0),
                                      QStringLiteral("backups, past midnight"));
    });
    const QList<WindowSpan> spans = t.db().runSync([](Session &s) {
        return Maintenance::occurrences(s, QStringLiteral("clinic-ny"), utc("2026-10-24T12:00:00Z"),
                                        utc("2026-11-09T00:00:00Z"));
    });
    struct Expected
    {
        qint64 window;
        const char *from;
        const char *to;
    };
    const Expected expected[] = {
        {saturday, "2026-10-25T03:00:00Z", "2026-10-25T05:00:00Z"}, // Sat 24 Oct 23:00 EDT - Sun 01:00 EDT
        {sunday, "2026-10-25T05:00:00Z", "2026-10-25T07:00:00Z"},   // Sun 25 Oct 01:00-03:00 EDT
        // Sat 31 Oct 23:00 EDT - Sun 1 Nov 01:00, the second 01:00 (EST): three hours long.
        {saturday, "2026-11-01T03:00:00Z", "2026-11-01T06:00:00Z"},
        // Sun 1 Nov 01:00 (EST, the second one) - 03:00 EST.
        {sunday, "2026-11-01T06:00:00Z", "2026-11-01T08:00:00Z"},
        {saturday, "2026-11-08T04:00:00Z", "2026-11-08T06:00:00Z"}, // EST from now on
        {sunday, "2026-11-08T06:00:00Z", "2026-11-08T08:00:00Z"},
    };
    ASSERT_EQ(spans.size(), int(std::size(expected)));
    for (qsizetype i = 0; i < spans.size(); ++i) {
        EXPECT_EQ(spans[i].windowId, expected[i].window) << i;
        EXPECT_EQ(spans[i].startsAt, utc(expected[i].from)) << i;
        EXPECT_EQ(spans[i].endsAt, utc(expected[i].to)) << i;
    }
    const auto open = t.db().runSync([](Session &s) {
        return Maintenance::windowAt(s, QStringLiteral("clinic-ny"), utc("2026-11-01T07:30:00Z"));
    });
    ASSERT_TRUE(open);
    EXPECT_EQ(open->endsAt, utc("2026-11-01T08:00:00Z"));
    EXPECT_FALSE(t.db().runSync([](Session &s) {
        return Maintenance::windowAt(s, QStringLiteral("clinic-ny"), utc("2026-11-01T08:00:00Z"));
    }));
    const auto next = t.db().runSync([](Session &s) {
        return Maintenance::nextWindow(s, QStringLiteral("clinic-ny"), utc("2026-11-01T08:00:00Z"));
    });
    ASSERT_TRUE(next);
    EXPECT_EQ(next->startsAt, utc("2026-11-08T04:00:00Z"));
    EXPECT_EQ(next->windowId, saturday);
}

TEST_F(WorkerTest, ADisruptiveOrderOutsideItsWindowIsHeldReleasedAtTheStartAndExpiresAtTheEnd)
{
    // A one-off window opening in a few seconds; the disruptive order issued now waits for it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime opens = now.addSecs(4);
    const QDateTime closes = now.addSecs(14);
    t.db().runSync([&](Session &s) {
        return Maintenance::addOnce(s, QStringLiteral("clinic-ny"), opens, closes, QStringLiteral("reboots"));
    });
    OrderRequest r;
    r.applianceIds = apps;
    r.runbookId = QStringLiteral("RB-REBOOT");
    r.reason = QStringLiteral("kernel update");
    r.confirmDisruptive = true;
    r.ttlSeconds = 3600;
    const QList<IssuedOrder> issued = t.db().runSync([&r](Session &s) { return Orders::issue(s, r); });
    ASSERT_EQ(issued.size(), 2);
    for (const IssuedOrder &o : issued) {
        EXPECT_TRUE(o.held);
        // The release time is the window's start, to the second (the database keeps microseconds).
        EXPECT_LE(std::abs(o.releaseAt.secsTo(opens)), 1) << o.releaseAt.toString(Qt::ISODateWithMs).toStdString();
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM orders")).toInt(), 0) << "legacy agents would run it";
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_held_orders WHERE status = 'held'")).toInt(), 2);
    // A non-disruptive runbook is not held.
    OrderRequest quick = r;
    quick.runbookId = QStringLiteral("RB-OK");
    quick.applianceIds = {apps[0]};
    quick.orderId = QStringLiteral("quick");
    const QList<IssuedOrder> direct = t.db().runSync([&quick](Session &s) { return Orders::issue(s, quick); });
    ASSERT_EQ(direct.size(), 1);
    EXPECT_FALSE(direct[0].held);

    // The first appliance is online and runs what it gets; the second never checks in.
    auto appliances = startAppliances({apps[0]});
    auto worker = startWorker();
    const QString online = issued[0].orderId, offline = issued[1].orderId;
    EXPECT_TRUE(waitUntil([&] { return status(online) == QLatin1String("completed"); }, 20000))
        << status(online).toStdString() << "\nworker:\n"
        << worker->output().toStdString() << "\nappliances:\n"
        << appliances->output().toStdString();
    const QDateTime released =
        t.scalar(QStringLiteral("SELECT issued_at FROM orders WHERE order_id = ?"), {online}).toDateTime().toUTC();
    EXPECT_GE(released.msecsTo(opens), -600000) << "released well after the window opened";
    EXPECT_LE(released.msecsTo(opens), 0) << "released before the window opened";
    // Signed by the worker's service key, which the appliance checked; named after who held it.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT signing_key_id FROM orders WHERE order_id = ?"), {online}).toString(),
              service->keyId());
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT issued_by FROM orders WHERE order_id = ?"), {online}).toString(),
              signing.technician->login);
    // The offline appliance's order expires when the window closes.
    const QDateTime expires =
        t.scalar(QStringLiteral("SELECT expires_at FROM orders WHERE order_id = ?"), {offline}).toDateTime().toUTC();
    EXPECT_LE(std::abs(expires.secsTo(closes)), 1) << expires.toString(Qt::ISODateWithMs).toStdString();
    EXPECT_TRUE(waitUntil([&] { return status(offline) == QLatin1String("expired"); }, 25000))
        << status(offline).toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.release'")).toInt(),
              2);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.hold'")).toInt(), 2);
}

TEST_F(WorkerTest, WhenTheLeaderIsKilledAnotherWorkerTakesOverAndEachHeldOrderIsReleasedOnce)
{
    // Orders held until times spread over the next few seconds, across the kill.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList ids;
    for (int i = 0; i < 8; ++i) {
        OrderRequest r;
        r.applianceIds = {apps[0]};
        r.runbookId = QStringLiteral("RB-OK");
        r.reason = QStringLiteral("staggered");
        r.orderId = QStringLiteral("held-%1").arg(i);
        r.holdUntil = now.addMSecs(1500 + i * 700);
        const QList<IssuedOrder> issued = t.db().runSync([&r](Session &s) { return Orders::issue(s, r); });
        ASSERT_TRUE(issued.value(0).held);
        ids << issued.value(0).orderId;
    }
    auto first = startWorker();
    ASSERT_TRUE(waitUntil([&] { return runHealdesk({QStringLiteral("worker"), QStringLiteral("--check")}, t.name()).code == 0; },
                          10000));
    auto second = startWorker();
    // The second waits: one leads.
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_workers WHERE stopped_at IS NULL")).toInt() == 2;
    }, 10000));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_workers WHERE is_leader")).toInt(), 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT pid FROM healdesk_workers WHERE is_leader")).toLongLong(),
              first->p->processId());
    // Kill the leader mid-stream (no chance to hand over).
    QThread::msleep(2500);
    ::kill(pid_t(first->p->processId()), SIGKILL);
    first->p->waitForFinished(5000);
    QElapsedTimer takeover;
    takeover.start();
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT pid FROM healdesk_workers WHERE is_leader ORDER BY beat_at DESC LIMIT 1"))
                   .toLongLong() == second->p->processId();
    }, 10000));
    const qint64 tookMs = takeover.elapsed();
    EXPECT_LT(tookMs, 5000) << "the standby took " << tookMs << " ms to take over";
    const CliRun check = runHealdesk({QStringLiteral("worker"), QStringLiteral("--check")}, t.name());
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    // Every held order reaches orders exactly once, with one release row each.
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_held_orders WHERE status = 'released'")).toInt() ==
               ids.size();
    }, 20000));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE order_id LIKE 'held-%'")).toInt(), ids.size());
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.release'")).toInt(),
              ids.size());
    for (const QString &id : ids) {
        const QDateTime wanted = t.scalar(QStringLiteral("SELECT release_at FROM healdesk_held_orders WHERE order_id = ?"),
                                          {id})
                                     .toDateTime();
        const QDateTime written =
            t.scalar(QStringLiteral("SELECT issued_at FROM orders WHERE order_id = ?"), {id}).toDateTime();
        EXPECT_GE(wanted.msecsTo(written), 0) << id.toStdString() << " released before its time";
    }

    // SIGTERM stops the worker cleanly: it gives up the lead and says it stopped.
    second->p->terminate();
    ASSERT_TRUE(second->p->waitForFinished(10000));
    EXPECT_EQ(second->p->exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(second->p->exitCode(), 0);
    const QString log = second->output();
    EXPECT_TRUE(log.contains(QStringLiteral("stopped"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("release: held order"))) << log.toStdString();
    const CliRun none = runHealdesk({QStringLiteral("worker"), QStringLiteral("--check")}, t.name());
    EXPECT_EQ(none.code, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("no worker holds the lead"))) << none.err.toStdString();
}

TEST_F(WorkerTest, WindowsAreSetFromTheCommandLineAuditedAndRefusedWhenIncomplete)
{
    CliRun r = runHealdesk({QStringLiteral("window"), QStringLiteral("add"), QStringLiteral("--site"),
                            QStringLiteral("clinic-ny"), QStringLiteral("--weekly"), QStringLiteral("Sun"),
                            QStringLiteral("02:00-04:00"), QStringLiteral("--reason"), QStringLiteral("patch night")},
                           t.name());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = runHealdesk({QStringLiteral("window"), QStringLiteral("add"), QStringLiteral("--site"),
                     QStringLiteral("clinic-ny"), QStringLiteral("--from"), QStringLiteral("2027-01-02T22:00"),
                     QStringLiteral("--to"), QStringLiteral("2027-01-03T02:00"), QStringLiteral("--reason"),
                     QStringLiteral("server move")},
                    t.name());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // A one-off window without a zone is in the clinic's: 22:00 EST is 03:00 UTC the next day.
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT starts_at FROM healdesk_maintenance_windows WHERE weekday IS NULL"))
                  .toDateTime()
                  .toUTC(),
              utc("2027-01-03T03:00:00Z"));
    r = runHealdesk({QStringLiteral("window"), QStringLiteral("list"), QStringLiteral("--json")}, t.name());
    ASSERT_EQ(r.code, 0);
    const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(listed.size(), 2) << r.out.toStdString();
    EXPECT_EQ(listed[0].toObject().value(QStringLiteral("weekday")).toString(), QStringLiteral("Sun"));
    EXPECT_EQ(listed[0].toObject().value(QStringLiteral("time_zone")).toString(), QStringLiteral("America/New_York"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'window.add'")).toInt(), 2);

    const qint64 before = t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_maintenance_windows")).toLongLong();
    const QList<QStringList> bad{
        {QStringLiteral("--site"), QStringLiteral("clinic-ny"), QStringLiteral("--weekly"), QStringLiteral("Sun"),
         QStringLiteral("02:00-04:00")}, // no reason
        {QStringLiteral("--site"), QStringLiteral("clinic-ny"), QStringLiteral("--weekly"), QStringLiteral("Funday"),
         QStringLiteral("02:00-04:00"), QStringLiteral("--reason"), QStringLiteral("x")},
        {QStringLiteral("--site"), QStringLiteral("clinic-ny"), QStringLiteral("--weekly"), QStringLiteral("Sun"),
         QStringLiteral("04:00-04:00"), QStringLiteral("--reason"), QStringLiteral("x")},
        {QStringLiteral("--site"), QStringLiteral("nowhere"), QStringLiteral("--weekly"), QStringLiteral("Sun"),
         QStringLiteral("02:00-04:00"), QStringLiteral("--reason"), QStringLiteral("x")},
        {QStringLiteral("--site"), QStringLiteral("clinic-ny"), QStringLiteral("--from"),
         QStringLiteral("2020-01-01T00:00"), QStringLiteral("--to"), QStringLiteral("2020-01-02T00:00"),
         QStringLiteral("--reason"), QStringLiteral("x")}, // already over
    };
    for (const QStringList &args : bad) {
        const CliRun refused = runHealdesk(QStringList{QStringLiteral("window"), QStringLiteral("add")} + args, t.name());
        // A site no ID or name names is refused like every unknown name (8); the rest are bad input (2).
        const int expected = args.contains(QStringLiteral("nowhere")) ? 8 : 2;
        EXPECT_EQ(refused.code, expected) << args.join(QLatin1Char(' ')).toStdString() << ": " << refused.err.toStdString();
        EXPECT_EQ(refused.err.count(QLatin1Char('\n')), 1) << refused.err.toStdString();
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_maintenance_windows")).toLongLong(), before);

    const QString id = QString::number(listed[0].toObject().value(QStringLiteral("id")).toInteger());
    r = runHealdesk({QStringLiteral("window"), QStringLiteral("remove"), id}, t.name());
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_maintenance_windows")).toLongLong(), before - 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'window.remove'")).toInt(),
              1);
}

// A schedule made "three months ago": a worker standing just before the end of
// the second month (the test clock) archives the first; stopped over that month
// end, two workers started later catch up the other two, each period once.
TEST_F(WorkerTest, ReportSchedulesArchiveEachMonthOnceAndAWorkerStoppedOverAMonthEndCatchesUp)
{
    const QString partner = uuidFor(QStringLiteral("p"));
    const qint64 schedule = t.db().runSync([&partner](Session &s) {
        return ReportArchive::addSchedule(s, partner, {}, {QStringLiteral("pdf"), QStringLiteral("csv")},
                                          QStringLiteral("a4"), QStringLiteral("de"), 30,
                                          QDateTime::currentDateTimeUtc());
    });
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate thisMonth(today.year(), today.month(), 1);
    t.exec(QStringLiteral("UPDATE healdesk_report_schedules SET first_period = ?::date WHERE id = ?"),
           {thisMonth.addMonths(-3).toString(Qt::ISODate), schedule});
    auto periods = [&] {
        QStringList out;
        for (const QVariantList &r : t.rows(QStringLiteral("SELECT to_char(period_from AT TIME ZONE 'UTC', 'YYYY-MM') "
                                                           "FROM healdesk_report_archive ORDER BY period_from")))
            out << r.value(0).toString();
        return out;
    };
    const QString m3 = thisMonth.addMonths(-3).toString(QStringLiteral("yyyy-MM"));
    const QString m2 = thisMonth.addMonths(-2).toString(QStringLiteral("yyyy-MM"));
    const QString m1 = thisMonth.addMonths(-1).toString(QStringLiteral("yyyy-MM"));

    // Ten seconds before the second month ends, only the first is complete.
    const QDateTime before = QDateTime(thisMonth.addMonths(-1), QTime(0, 0), Qt::UTC).addSecs(-10);
    {
        auto worker = startWorker(QStringLiteral("0.5"), QDateTime::currentDateTimeUtc().secsTo(before));
        ASSERT_TRUE(waitUntil([&] { return periods().size() == 1; }, 30000)) << worker->output().toStdString();
        QThread::msleep(1500); // a few more rounds: still one
        EXPECT_EQ(periods(), QStringList{m3});
        worker->p->terminate();
        worker->p->waitForFinished(10000);
    }
    // Back after the month ends (two of them, in fact), with a second worker beside it. The leader is killed once
    // it has archived one of the two: the other archives the rest, each month once.
    auto first = startWorker();
    auto second = startWorker();
    ASSERT_TRUE(waitUntil([&] { return periods().size() >= 2; }, 60000))
        << first->output().toStdString() << second->output().toStdString();
    ASSERT_NE(killLeader(t, first.get(), second.get()), nullptr);
    ASSERT_TRUE(waitUntil([&] { return periods().size() == 3; }, 60000))
        << first->output().toStdString() << second->output().toStdString();
    QThread::msleep(1500);
    EXPECT_EQ(periods(), (QStringList{m3, m2, m1}));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'report.archive'")).toInt(), 3);

    // Each archived report verifies offline, signed with the worker's service key, in the schedule's language.
    const CliRun listed = runHealdesk({QStringLiteral("export"), QStringLiteral("archive"), QStringLiteral("list"),
                                       QStringLiteral("--json")},
                                      t.name());
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QJsonArray archive = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(archive.size(), 3);
    const QString id = QString::number(archive[0].toObject().value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(archive[0].toObject().value(QStringLiteral("signing_key_id")).toString(), service->keyId());
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("pdf")}) {
        const QString path = dir.filePath(QStringLiteral("archived.") + format);
        const CliRun got = runHealdesk({QStringLiteral("export"), QStringLiteral("archive"), QStringLiteral("get"), id,
                                        QStringLiteral("-o"), path},
                                       t.name());
        ASSERT_EQ(got.code, 0) << got.err.toStdString();
        const CliRun verified =
            runProgram(QStringLiteral(HEALDESK_EXECUTABLE),
                       {QStringLiteral("export"), QStringLiteral("verify"), path, QStringLiteral("--trust"), trustPath});
        EXPECT_EQ(verified.code, 0) << format.toStdString() << ": " << verified.err.toStdString();
    }
    const CliRun text = runProgram(QStringLiteral("pdftotext"), {dir.filePath(QStringLiteral("archived.pdf")),
                                                                 QStringLiteral("-")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("Seite 1 von"))) << "not in German: " << text.out.left(400).toStdString();

    // Kept six years: nobody deletes a young one, not even an admin.
    QString refusal;
    try {
        t.db().runSync([&id](Session &s) { ReportArchive::remove(s, id.toLongLong(), QStringLiteral("tidy up")); });
    } catch (const Error &e) {
        refusal = e.toString();
    }
    EXPECT_TRUE(refusal.contains(QStringLiteral("reports are kept six years"))) << refusal.toStdString();
    EXPECT_EQ(periods().size(), 3);
}

// Recurring orders' occurrences against instants worked out by hand, in New
// York: daily at 02:30 across the end of daylight saving (Sunday 1 November
// 2026: 02:30 EDT, UTC-4, before it; 02:30 EST, UTC-5, from that day on),
// monthly on the 31st (the last day of shorter months; DST starts on 14 March
// 2027), and which of them a worker coming late still releases.
TEST_F(WorkerTest, RecurringOccurrencesFollowTheClinicsCalendarAndLateOnesAreMissedNotRun)
{
    OrderSchedule daily;
    daily.siteId = QStringLiteral("clinic-ny");
    daily.runbookId = QStringLiteral("RB-OK");
    daily.reason = QStringLiteral("nightly check");
    daily.recurrence = QStringLiteral("daily");
    daily.atTime = QTime(2, 30);
    OrderSchedule monthly = daily;
    monthly.recurrence = QStringLiteral("monthly");
    monthly.dayOfMonth = 31;
    monthly.atTime = QTime(3, 0);
    const qint64 d = t.db().runSync([&](Session &s) { return OrderSchedules::add(s, daily, false); });
    const qint64 m = t.db().runSync([&](Session &s) { return OrderSchedules::add(s, monthly, false); });
    const auto occurrences = [&](qint64 id, const char *from, const char *to) {
        QList<QDateTime> out;
        const QString all =
            t.scalar(QStringLiteral("SELECT string_agg(to_char(occurrence_at AT TIME ZONE 'UTC', "
                                    "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ',' ORDER BY occurrence_at) "
                                    "FROM healdesk_schedule_occurrences(?, ?::timestamptz, ?::timestamptz)"),
                     {id, QString::fromLatin1(from), QString::fromLatin1(to)})
                .toString();
        for (const QString &t : all.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << QDateTime::fromString(t, Qt::ISODate);
        return out;
    };
    EXPECT_EQ(occurrences(d, "2026-10-30T00:00:00Z", "2026-11-03T00:00:00Z"),
              (QList<QDateTime>{utc("2026-10-30T06:30:00Z"), utc("2026-10-31T06:30:00Z"), utc("2026-11-01T07:30:00Z"),
                                utc("2026-11-02T07:30:00Z")}));
    EXPECT_EQ(occurrences(m, "2027-01-15T00:00:00Z", "2027-05-15T00:00:00Z"),
              (QList<QDateTime>{utc("2027-01-31T08:00:00Z"), utc("2027-02-28T08:00:00Z"), utc("2027-03-31T07:00:00Z"),
                                utc("2027-04-30T07:00:00Z")}));

    // A worker that comes at 08:00 UTC on 2 November, the schedule counting
    // from noon on 29 October: the three earlier nights are missed, the one half an
    // hour ago is still due; each is recorded once.
    t.exec(QStringLiteral("UPDATE healdesk_order_schedules SET active_from = '2026-10-29T12:00:00Z' WHERE id = ?"), {d});
    const QDateTime late = utc("2026-11-02T08:00:00Z");
    QList<OrderSchedules::Due> due = t.db().runSync([&](Session &s) { return OrderSchedules::due(s, late); });
    QList<std::pair<QDateTime, bool>> seen;
    for (const OrderSchedules::Due &x : due) {
        if (x.scheduleId == d)
            seen << std::make_pair(x.at, x.due);
    }
    EXPECT_EQ(seen, (QList<std::pair<QDateTime, bool>>{{utc("2026-10-30T06:30:00Z"), false},
                                                       {utc("2026-10-31T06:30:00Z"), false},
                                                       {utc("2026-11-01T07:30:00Z"), false},
                                                       {utc("2026-11-02T07:30:00Z"), true}}));
    for (const auto &[at, isDue] : seen) {
        if (!isDue)
            t.db().runSync([&, at = at](Session &s) { OrderSchedules::markMissed(s, d, at); });
    }
    t.db().runSync([&](Session &s) { OrderSchedules::markMissed(s, d, utc("2026-10-30T06:30:00Z")); }); // again: once
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_order_batches WHERE schedule_id = ? AND state = 'missed'"),
                       {d})
                  .toInt(),
              3);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM orders")).toInt(), 0) << "a missed occurrence ran late";
    // Paused, nothing is due; resumed, it counts from then.
    t.db().runSync([&](Session &s) { OrderSchedules::setPaused(s, d, true); });
    due = t.db().runSync([&](Session &s) { return OrderSchedules::due(s, late); });
    EXPECT_TRUE(std::none_of(due.cbegin(), due.cend(), [d](const OrderSchedules::Due &x) { return x.scheduleId == d; }));
    t.db().runSync([&](Session &s) { OrderSchedules::setPaused(s, d, false); });
    EXPECT_GT(t.scalar(QStringLiteral("SELECT active_from FROM healdesk_order_schedules WHERE id = ?"), {d}).toDateTime(),
              late);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action LIKE 'order.schedule.%'")).toInt(),
              2 + 3 + 2); // two added, three missed, paused and resumed

    // A disruptive runbook is scheduled only when confirmed, a "window" schedule only where windows exist.
    OrderSchedule reboot = daily;
    reboot.runbookId = QStringLiteral("RB-REBOOT");
    EXPECT_THROW(t.db().runSync([&](Session &s) { return OrderSchedules::add(s, reboot, false); }), Error);
    OrderSchedule windowed = daily;
    windowed.recurrence = QStringLiteral("window");
    windowed.atTime = QTime();
    EXPECT_THROW(t.db().runSync([&](Session &s) { return OrderSchedules::add(s, windowed, false); }), Error);
}

// Three occurrences (one-off windows a few seconds apart) with two workers
// running: three batches, each of the appliances the site has at that
// moment (one joins before the second, another before the third), every
// order written once, signed with the worker's service key and naming the
// schedule and who made it.
TEST_F(WorkerTest, ARecurringOrderReleasesEachOccurrenceOnceAsABatchOfTheSitesCurrentAppliances)
{
    const QDateTime now = t.scalar(QStringLiteral("SELECT now()")).toDateTime();
    QList<QDateTime> starts;
    t.db().runSync([&](Session &s) {
        for (int i = 0; i < 3; ++i) {
            const QDateTime from = now.addSecs(4 + 4 * i);
            starts << from;
            Maintenance::addOnce(s, QStringLiteral("clinic-ny"), from, from.addSecs(2), QStringLiteral("slot %1").arg(i));
        }
    });
    OrderSchedule schedule;
    schedule.siteId = QStringLiteral("clinic-ny");
    schedule.runbookId = QStringLiteral("RB-OK");
    schedule.reason = QStringLiteral("each slot");
    schedule.recurrence = QStringLiteral("window");
    schedule.parameters = QStringLiteral("{\"depth\": 2}");
    const qint64 id = t.db().runSync([&](Session &s) { return OrderSchedules::add(s, schedule, false); });
    const QString creator = t.scalar(QStringLiteral("SELECT created_by FROM healdesk_order_schedules WHERE id = ?"), {id}).toString();
    auto first = startWorker(QStringLiteral("0.3"));
    auto second = startWorker(QStringLiteral("0.3"));
    const auto batches = [&] {
        return t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_order_batches WHERE schedule_id = ?"), {id}).toInt();
    };
    QStringList expectedAppliances = apps;
    QList<QStringList> perBatch{expectedAppliances};
    for (int joined = 0; joined < 2; ++joined) {
        ASSERT_TRUE(waitUntil([&] { return batches() == joined + 1; }, 15000)) << first->output().toStdString();
        if (joined == 0) {
            // The leader killed after the first batch: the other releases the next two, each once.
            ASSERT_NE(killLeader(t, first.get(), second.get()), nullptr);
        }
        const QString added = uuidFor(QStringLiteral("joined-%1").arg(joined));
        t.exec(QStringLiteral("INSERT INTO appliances (id, site_id, hostname, agent_version, last_checkin) "
                              "VALUES (?, 'clinic-ny', ?, '2.5.0', now())"),
               {added, QStringLiteral("ny-new-%1").arg(joined)});
        expectedAppliances << added;
        perBatch << expectedAppliances;
    }
    ASSERT_TRUE(waitUntil([&] { return batches() == 3; }, 15000)) << first->output().toStdString();
    waitUntil([] { return false; }, 1500); // more rounds of both workers: nothing more
    EXPECT_EQ(batches(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString orders = t.scalar(QStringLiteral("SELECT array_to_string(order_ids, ',') FROM healdesk_order_batches "
                                                       "WHERE schedule_id = ? AND occurrence_at = ? AND state = 'released'"),
                                        {id, starts[i]})
                                   .toString();
        QStringList appliances;
        for (const QString &o : orders.split(QLatin1Char(','), Qt::SkipEmptyParts))
            appliances << t.scalar(QStringLiteral("SELECT appliance_id::text FROM orders WHERE order_id = ?"), {o}).toString();
        appliances.sort();
        QStringList wanted = perBatch[i];
        for (QString &w : wanted)
            w = w.toLower();
        wanted.sort();
        EXPECT_EQ(appliances, wanted) << "batch " << i;
    }
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE order_id LIKE ?"), {QStringLiteral("S%1-%").arg(id)}).toInt(),
              2 + 3 + 4);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(DISTINCT order_id) FROM orders WHERE order_id LIKE ?"),
                       {QStringLiteral("S%1-%").arg(id)})
                  .toInt(),
              2 + 3 + 4);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE order_id LIKE ? AND (signing_key_id IS DISTINCT FROM ? "
                                      "OR reason NOT LIKE ? OR parameters <> '{\"depth\": 2}'::jsonb)"),
                       {QStringLiteral("S%1-%").arg(id), service->keyId(),
                        QStringLiteral("schedule %1 %%made by %2%%each slot").arg(id).arg(creator)})
                  .toInt(),
              0);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.schedule.released'")).toInt(), 3);
    // The command line shows them.
    const CliRun listed = runHealdesk({QStringLiteral("order"), QStringLiteral("schedule"), QStringLiteral("batches"),
                                       QString::number(id), QStringLiteral("--json")},
                                      t.name());
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 3);
}
