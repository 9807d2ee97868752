#include "Database.h"
#include "Error.h"
#include "FleetFixture.h"
#include "OrderModel.h"
#include "Orders.h"
#include "Wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QFuture>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

class OrdersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.migrate();
        t.allowUnsignedOrders();
        apps = insertSite(t, QStringLiteral("site-o"), QStringLiteral("p"), {1, 2, 3});
        t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity, enabled, is_disruptive) VALUES "
                              "('RB-OK', 'Fine', 'c', 'low', true, false), ('RB-OFF', 'Off', 'c', 'low', false, false), "
                              "('RB-BIG', 'Reboot', 'c', 'high', true, true)"));
        t.exec(QStringLiteral("INSERT INTO appliance_runbook_config (appliance_id, runbook_id, enabled) VALUES (?, 'RB-OK', false)"),
               {apps[2]});
    }

    qint64 orders() { return t.scalar(QStringLiteral("SELECT count(*) FROM orders")).toLongLong(); }
    qint64 audits() { return t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log")).toLongLong(); }

    OrderRequest request(const QStringList &appliances, const QString &runbook = QStringLiteral("RB-OK"))
    {
        OrderRequest r;
        r.applianceIds = appliances;
        r.runbookId = runbook;
        r.reason = QStringLiteral("quarterly hardening");
        return r;
    }

    QString uri() const
    {
        return QStringLiteral("postgresql:///%1?host=%2").arg(t.name(), qEnvironmentVariable("PGHOST"));
    }

    TestDatabase t;
    QStringList apps;
};

TEST_F(OrdersTest, EveryRefusalWritesNothing)
{
    struct Case
    {
        const char *name;
        OrderRequest req;
        QString mustSay;
    };
    QList<Case> cases;
    cases.append({"disabled for an appliance", request({apps[0], apps[2]}), QStringLiteral("disabled for this appliance")});
    cases.append({"disabled globally", request({apps[0]}, QStringLiteral("RB-OFF")), QStringLiteral("disabled for every appliance")});
    cases.append({"disruptive without confirmation", request({apps[0], apps[1]}, QStringLiteral("RB-BIG")),
                  QStringLiteral("would touch 2 appliance")});
    cases.append({"unknown runbook", request({apps[0]}, QStringLiteral("RB-NOPE")), QStringLiteral("unknown runbook")});
    cases.append({"unknown appliance", request({apps[0], uuidFor(QStringLiteral("ghost"))}), QStringLiteral("no such appliance")});
    cases.append({"not a UUID", request({QStringLiteral("'; DROP TABLE orders; --")}), QStringLiteral("not an appliance ID")});
    OrderRequest notObject = request({apps[0]});
    notObject.parameters = QStringLiteral("[1, 2]");
    cases.append({"parameters not an object", notObject, QStringLiteral("must be a JSON object")});
    OrderRequest malformed = request({apps[0]});
    malformed.parameters = QStringLiteral("{\"a\": ");
    cases.append({"parameters malformed", malformed, QStringLiteral("not valid JSON")});
    OrderRequest huge = request({apps[0]});
    huge.parameters = QStringLiteral("{\"blob\": \"%1\"}").arg(QString(Orders::kMaxParameterBytes, QLatin1Char('x')));
    cases.append({"parameters too large", huge, QStringLiteral("at most")});
    OrderRequest noReason = request({apps[0]});
    noReason.reason = QStringLiteral("  ");
    cases.append({"no reason", noReason, QStringLiteral("reason is required")});
    OrderRequest badId = request({apps[0]});
    badId.orderId = QStringLiteral("has space");
    cases.append({"bad order id", badId, QStringLiteral("order id")});
    OrderRequest emptySite;
    emptySite.siteId = QStringLiteral("no-such-site");
    emptySite.runbookId = QStringLiteral("RB-OK");
    emptySite.reason = QStringLiteral("r");
    cases.append({"unknown site", emptySite, QStringLiteral("has no appliances")});

    for (const Case &c : cases) {
        try {
            t.db().runSync([&](Session &s) { return Orders::issue(s, c.req); });
            ADD_FAILURE() << c.name << ": accepted";
        } catch (const Error &e) {
            EXPECT_EQ(e.code(), Error::Code::Refused) << c.name << ": " << e.what();
            EXPECT_TRUE(e.message().contains(c.mustSay)) << c.name << ": " << e.what();
        }
        EXPECT_EQ(orders(), 0) << c.name;
        EXPECT_EQ(audits(), 0) << c.name;
    }
    // The plan names which appliance is refused and why, before anything is written.
    const OrderPlan plan = t.db().runSync([&](Session &s) { return Orders::plan(s, request({apps[0], apps[2]})); });
    ASSERT_EQ(plan.refusals.size(), 1);
    EXPECT_EQ(plan.refusals[0].applianceId, apps[2]);
    EXPECT_EQ(plan.targets.size(), 1);
}

TEST_F(OrdersTest, IssueWritesEachOrderWithItsAuditRowAndRetriesAreIdempotent)
{
    OrderRequest r = request({apps[0], apps[1]});
    r.orderId = QStringLiteral("ORD-T-1");
    r.parameters = QStringLiteral("{\"force\": true, \"note\": \"Überprüfung ' %\"}");
    const auto issued = t.db().runSync([&](Session &s) { return Orders::issue(s, r); });
    ASSERT_EQ(issued.size(), 2);
    EXPECT_TRUE(issued[0].created && issued[1].created);
    EXPECT_EQ(orders(), 2);
    EXPECT_EQ(audits(), 2);
    const auto row = t.rows(QStringLiteral("SELECT status, issued_by, reason, parameters->>'note', expires_at > issued_at, "
                                           "expires_at - issued_at FROM orders WHERE order_id = 'ORD-T-1-1'"));
    ASSERT_EQ(row.size(), 1);
    EXPECT_EQ(row[0][0].toString(), QStringLiteral("pending"));
    EXPECT_EQ(row[0][1].toString(), qEnvironmentVariable("PGUSER", QStringLiteral("postgres")));
    EXPECT_EQ(row[0][2].toString(), QStringLiteral("quarterly hardening"));
    EXPECT_EQ(row[0][3].toString(), QStringLiteral("Überprüfung ' %"));
    EXPECT_TRUE(row[0][4].toBool());
    const auto audit = t.rows(QStringLiteral("SELECT action, target, details->>'runbook_id' FROM admin_audit_log ORDER BY target"));
    EXPECT_EQ(audit[0][0].toString(), QStringLiteral("order.issue"));
    EXPECT_EQ(audit[0][1].toString(), QStringLiteral("ORD-T-1-1"));
    EXPECT_EQ(audit[0][2].toString(), QStringLiteral("RB-OK"));

    // The same request again (a retry after a lost reply): nothing new.
    const auto again = t.db().runSync([&](Session &s) { return Orders::issue(s, r); });
    EXPECT_FALSE(again[0].created || again[1].created);
    EXPECT_EQ(orders(), 2);
    EXPECT_EQ(audits(), 2);
    // The same id for a different order is a clash, not a silent success.
    OrderRequest other = request({apps[1]});
    other.orderId = QStringLiteral("ORD-T-1-1");
    EXPECT_THROW(t.db().runSync([&](Session &s) { return Orders::issue(s, other); }), Error);
    EXPECT_EQ(orders(), 2);
}

TEST_F(OrdersTest, AConnectionKilledMidOrderLeavesAllOrNothingAndTheRetryWritesOnce)
{
    OrderRequest r = request({apps[0], apps[1]});
    r.orderId = QStringLiteral("ORD-KILL");
    // Hold the audit table so the order transaction stops half-way, then kill its backend.
    Database blocker(t.config());
    blocker.runSync([](Session &s) {
        s.begin();
        s.script(QStringLiteral("LOCK TABLE admin_audit_log IN EXCLUSIVE MODE"), QStringLiteral("block"));
    });
    Database issuer(t.config());
    QFuture<QList<IssuedOrder>> pending = issuer.submit([r](Session &s) { return Orders::issue(s, r); });
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                                       "wait_event_type = 'Lock'")).toInt() == 1;
    }));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
                                      "current_database() AND wait_event_type = 'Lock'")).toInt(),
              1);
    try {
        pending.waitForFinished(); // rethrows what the call threw
        pending.result();
        FAIL() << "a killed order reported success";
    } catch (const Error &e) {
        EXPECT_EQ(e.code(), Error::Code::ConnectionLost) << e.what();
    }
    blocker.runSync([](Session &s) { s.commit(); });
    EXPECT_EQ(orders(), 0) << "half an order was left behind";
    EXPECT_EQ(audits(), 0);

    // The retry with the same client-made id writes each order and audit row once.
    issuer.runSync([&](Session &s) { return Orders::issue(s, r); });
    issuer.runSync([&](Session &s) { return Orders::issue(s, r); });
    EXPECT_EQ(orders(), 2);
    EXPECT_EQ(audits(), 2);
}

TEST_F(OrdersTest, CancelAndExpire)
{
    OrderRequest r = request({apps[0]});
    r.orderId = QStringLiteral("ORD-C");
    t.db().runSync([&](Session &s) { return Orders::issue(s, r); });
    t.db().runSync([](Session &s) { Orders::cancel(s, QStringLiteral("ORD-C"), QStringLiteral("wrong site")); });
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = 'ORD-C'")).toString(), QStringLiteral("cancelled"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.cancel' AND target = 'ORD-C' "
                                      "AND details->>'reason' = 'wrong site'")).toInt(),
              1);
    // Only pending orders can be cancelled; nothing is written for a refusal.
    const qint64 before = audits();
    EXPECT_THROW(t.db().runSync([](Session &s) { Orders::cancel(s, QStringLiteral("ORD-C"), QStringLiteral("again")); }), Error);
    EXPECT_THROW(t.db().runSync([](Session &s) { Orders::cancel(s, QStringLiteral("ORD-NONE"), QStringLiteral("x")); }), Error);
    EXPECT_EQ(audits(), before);

    // An order whose TTL ran out expires; a fresh one does not.
    OrderRequest old = request({apps[1]});
    old.orderId = QStringLiteral("ORD-OLD");
    OrderRequest fresh = request({apps[1]});
    fresh.orderId = QStringLiteral("ORD-FRESH");
    t.db().runSync([&](Session &s) { Orders::issue(s, old); Orders::issue(s, fresh); });
    t.exec(QStringLiteral("UPDATE orders SET expires_at = now() - interval '1 second' WHERE order_id = 'ORD-OLD'"));
    EXPECT_EQ(t.db().runSync([](Session &s) { return Orders::expire(s); }), 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = 'ORD-OLD'")).toString(), QStringLiteral("expired"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = 'ORD-FRESH'")).toString(), QStringLiteral("pending"));
    // A pending order of an appliance offline past the stale threshold reads "waiting for appliance".
    t.exec(QStringLiteral("UPDATE appliances SET last_checkin = now() - interval '1 hour' WHERE id = ?"), {apps[1]});
    const auto rows = t.db().runSync([](Session &s) { return Orders::list(s, QStringLiteral("pending")); });
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].displayStatus(), QStringLiteral("waiting for appliance"));
}

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun run(const QString &exe, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString kSim = QStringLiteral(HEALDESK_BINARY_DIR "/app/healdesk-sim");

QStringList firstColumn(TestDatabase &t, const QString &sql, const QVariantList &binds = {})
{
    QStringList values;
    for (const QVariantList &row : t.rows(sql, binds))
        values << row.value(0).toString();
    return values;
}

} // namespace

TEST_F(OrdersTest, EndToEndWithTheSimulatorCompletingAndFailingOrders)
{
    // Only the first two appliances (the third has RB-OK disabled).
    const QString appliances = apps[0] + QLatin1Char(',') + apps[1];
    QProcess sim;
    sim.start(kSim, {QStringLiteral("--db"), uri(), QStringLiteral("--interval"), QStringLiteral("200"),
                     QStringLiteral("--failure-rate"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("7")});
    ASSERT_TRUE(sim.waitForStarted());
    const CliRun ok = run(QStringLiteral(HEALDESK_EXECUTABLE),
                          {QStringLiteral("order"), QStringLiteral("issue"), QStringLiteral("--db"), uri(),
                           QStringLiteral("--appliance"), appliances, QStringLiteral("--runbook"), QStringLiteral("RB-OK"),
                           QStringLiteral("--reason"), QStringLiteral("e2e"), QStringLiteral("--order-id"),
                           QStringLiteral("E2E-OK"), QStringLiteral("--wait"), QStringLiteral("30")});
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_EQ(ok.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), (QStringList{QStringLiteral("E2E-OK-1"), QStringLiteral("E2E-OK-2")}));
    const auto done = t.rows(QStringLiteral("SELECT o.status, o.acknowledged_at IS NOT NULL, o.completed_at >= o.acknowledged_at, "
                                            "o.result->>'execution_id', e.order_id FROM orders o LEFT JOIN execution_telemetry e "
                                            "ON e.execution_id = o.result->>'execution_id' WHERE o.order_id LIKE 'E2E-OK%' "
                                            "ORDER BY o.order_id"));
    ASSERT_EQ(done.size(), 2);
    for (const auto &r : done) {
        EXPECT_EQ(r[0].toString(), QStringLiteral("completed"));
        EXPECT_TRUE(r[1].toBool()) << "never acknowledged";
        EXPECT_TRUE(r[2].toBool());
        EXPECT_FALSE(r[3].toString().isEmpty());
        EXPECT_TRUE(r[4].toString().startsWith(QStringLiteral("E2E-OK"))) << "telemetry does not name its order";
    }
    sim.terminate();
    sim.waitForFinished(5000);

    // A simulator whose every execution fails: the orders end failed and --wait says so.
    QProcess failing;
    failing.start(kSim, {QStringLiteral("--db"), uri(), QStringLiteral("--interval"), QStringLiteral("200"),
                         QStringLiteral("--failure-rate"), QStringLiteral("1")});
    ASSERT_TRUE(failing.waitForStarted());
    const CliRun bad = run(QStringLiteral(HEALDESK_EXECUTABLE),
                           {QStringLiteral("order"), QStringLiteral("issue"), QStringLiteral("--db"), uri(),
                            QStringLiteral("--appliance"), apps[0], QStringLiteral("--runbook"), QStringLiteral("RB-OK"),
                            QStringLiteral("--reason"), QStringLiteral("e2e"), QStringLiteral("--order-id"),
                            QStringLiteral("E2E-BAD"), QStringLiteral("--wait"), QStringLiteral("30")});
    EXPECT_NE(bad.code, 0);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("E2E-BAD: failed"))) << bad.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT result->>'error_message' FROM orders WHERE order_id = 'E2E-BAD'")).toString(),
              QStringLiteral("simulated failure: verification did not pass"));
    failing.terminate();
    failing.waitForFinished(5000);

    // CLI refusals: distinct exit code, one line, nothing written.
    const qint64 before = orders();
    const CliRun refused = run(QStringLiteral(HEALDESK_EXECUTABLE),
                               {QStringLiteral("order"), QStringLiteral("issue"), QStringLiteral("--db"), uri(),
                                QStringLiteral("--site"), QStringLiteral("site-o"), QStringLiteral("--runbook"),
                                QStringLiteral("RB-BIG"), QStringLiteral("--reason"), QStringLiteral("r")});
    EXPECT_EQ(refused.code, 8);
    EXPECT_EQ(refused.err.trimmed().count(QLatin1Char('\n')), 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("would touch 3 appliance"))) << refused.err.toStdString();
    EXPECT_EQ(orders(), before);

    // A time to live past any int is refused by the range it must be in, not as "not a whole number".
    const CliRun hugeTtl = run(QStringLiteral(HEALDESK_EXECUTABLE),
                               {QStringLiteral("order"), QStringLiteral("issue"), QStringLiteral("--db"), uri(),
                                QStringLiteral("--appliance"), apps[1], QStringLiteral("--runbook"), QStringLiteral("RB-OK"),
                                QStringLiteral("--reason"), QStringLiteral("r"), QStringLiteral("--ttl"),
                                QStringLiteral("99999999999")});
    EXPECT_NE(hugeTtl.code, 0);
    EXPECT_TRUE(hugeTtl.err.contains(QStringLiteral("between 10 seconds and 7 days"))) << hugeTtl.err.toStdString();
    EXPECT_EQ(orders(), before);

    // List as JSON and cancel from the command line.
    const CliRun pendingOrder = run(QStringLiteral(HEALDESK_EXECUTABLE),
                                    {QStringLiteral("order"), QStringLiteral("issue"), QStringLiteral("--db"), uri(),
                                     QStringLiteral("--appliance"), apps[1], QStringLiteral("--runbook"), QStringLiteral("RB-OK"),
                                     QStringLiteral("--reason"), QStringLiteral("to cancel"), QStringLiteral("--order-id"),
                                     QStringLiteral("E2E-CANCEL")});
    EXPECT_EQ(pendingOrder.code, 0) << pendingOrder.err.toStdString();
    // Without a reason (or a blank one) it is refused in one line and the order stays pending.
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--reason"), QStringLiteral("  ")}}) {
        const CliRun bare = run(QStringLiteral(HEALDESK_EXECUTABLE),
                                QStringList{QStringLiteral("order"), QStringLiteral("cancel"), QStringLiteral("--db"), uri(),
                                            QStringLiteral("E2E-CANCEL")} + extra);
        EXPECT_EQ(bare.code, 2) << bare.err.toStdString();
        EXPECT_EQ(bare.err.trimmed().count(QLatin1Char('\n')), 0) << bare.err.toStdString();
        EXPECT_TRUE(bare.err.contains(QStringLiteral("say why the order is cancelled"))) << bare.err.toStdString();
        EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = 'E2E-CANCEL'")).toString(),
                  QStringLiteral("pending"));
    }
    const CliRun cancel = run(QStringLiteral(HEALDESK_EXECUTABLE),
                              {QStringLiteral("order"), QStringLiteral("cancel"), QStringLiteral("--db"), uri(),
                               QStringLiteral("E2E-CANCEL"), QStringLiteral("--reason"), QStringLiteral("wrong clinic")});
    EXPECT_EQ(cancel.code, 0) << cancel.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT details->>'reason' FROM admin_audit_log WHERE action = 'order.cancel' "
                                      "AND target = 'E2E-CANCEL'"))
                  .toString(),
              QStringLiteral("wrong clinic"));
    const CliRun list = run(QStringLiteral(HEALDESK_EXECUTABLE),
                            {QStringLiteral("order"), QStringLiteral("list"), QStringLiteral("--db"), uri(),
                             QStringLiteral("--status"), QStringLiteral("cancelled"), QStringLiteral("--json")});
    EXPECT_EQ(list.code, 0);
    const QJsonArray cancelled = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(cancelled.size(), 1);
    EXPECT_EQ(cancelled[0][QStringLiteral("order_id")].toString(), QStringLiteral("E2E-CANCEL"));
    // Times name their zone (UTC), so a script in another zone reads them right.
    EXPECT_TRUE(cancelled[0][QStringLiteral("issued_at")].toString().endsWith(QLatin1Char('Z')))
        << cancelled[0][QStringLiteral("issued_at")].toString().toStdString();
}

// A runbook with a parameter schema takes only what the schema describes: each kind of violation is refused by the
// command line naming the field, with nothing written, and the defaults are filled in. Without one, any object.
TEST_F(OrdersTest, AParameterSchemaRefusesEachViolationNamingItsFieldAndFillsInDefaults)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto file = [&dir](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    };
    const auto healdesk = [this](QStringList args) {
        args << QStringLiteral("--db") << uri();
        return run(QStringLiteral(HEALDESK_EXECUTABLE), args);
    };
    const qint64 auditsBefore = audits();

    // A schema that says more than Healdesk checks is refused, naming what, and nothing is kept.
    const auto bad = healdesk({QStringLiteral("runbook"), QStringLiteral("set-params"), QStringLiteral("RB-OK"),
                               file(QStringLiteral("bad.json"),
                                    R"({"properties": {"n": {"type": "integer", "multipleOf": 5}}})")});
    EXPECT_EQ(bad.code, 2) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("multipleOf"))) << bad.err.toStdString();
    const auto badDefault = healdesk({QStringLiteral("runbook"), QStringLiteral("set-params"), QStringLiteral("RB-OK"),
                                      file(QStringLiteral("bad2.json"),
                                           R"({"properties": {"n": {"type": "integer", "maximum": 5, "default": 9}}})")});
    EXPECT_EQ(badDefault.code, 2);
    EXPECT_TRUE(badDefault.err.contains(QStringLiteral("parameter n: the default"))) << badDefault.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM healdesk_runbook_parameters")).toInt(), 0);

    const QByteArray schema = R"({
        "type": "object",
        "properties": {
            "ticket": {"type": "string", "pattern": "^CHG-[0-9]+$", "description": "The change ticket"},
            "timeout_s": {"type": "integer", "minimum": 1, "maximum": 3600, "default": 300},
            "force": {"type": "boolean", "default": false},
            "mode": {"type": "string", "enum": ["quick", "full"], "default": "quick"},
            "ratio": {"type": "number", "minimum": 0, "maximum": 1}
        },
        "required": ["ticket"]
    })";
    const auto set = healdesk({QStringLiteral("runbook"), QStringLiteral("set-params"), QStringLiteral("RB-OK"),
                               file(QStringLiteral("schema.json"), schema)});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(QStringLiteral("5 parameter"))) << set.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(t.scalar(QStringLiteral("SELECT schema::text FROM healdesk_runbook_parameters "
                                                              "WHERE runbook_id = 'RB-OK'"))
                                          .toString()
                                          .toUtf8())
                  .object(),
              QJsonDocument::fromJson(schema).object());
    const auto shown = healdesk({QStringLiteral("runbook"), QStringLiteral("params"), QStringLiteral("RB-OK")});
    EXPECT_EQ(QJsonDocument::fromJson(shown.out.toUtf8()).object(), QJsonDocument::fromJson(schema).object());

    const auto issue = [&](const QString &params, const QString &id) {
        return healdesk({QStringLiteral("order"), QStringLiteral("issue"), QStringLiteral("--appliance"), apps[0],
                         QStringLiteral("--runbook"), QStringLiteral("RB-OK"), QStringLiteral("--reason"),
                         QStringLiteral("schema test"), QStringLiteral("--params"), params, QStringLiteral("--order-id"),
                         id});
    };
    const struct
    {
        const char *params;
        QStringList mustSay;
    } violations[] = {
        {R"({"ticket": "CHG-1", "timeout_s": -99999999999, "force": "maybe"})",
         {QStringLiteral("timeout_s must be at least 1"), QStringLiteral("force must be true or false")}},
        {R"({"ticket": "CHG-1", "timeout_s": 1.5})", {QStringLiteral("timeout_s must be a whole number")}},
        {R"({"ticket": "CHG-1", "timeout_s": 3601})", {QStringLiteral("timeout_s must be at most 3600")}},
        {R"({"ticket": "CHG-1", "timeout_s": "60"})", {QStringLiteral("timeout_s must be a number")}},
        {R"({"ticket": "CHG-1", "mode": "thorough"})", {QStringLiteral("mode must be one of \"quick\", \"full\"")}},
        {R"({"ticket": "change 1"})", {QStringLiteral("ticket must match ^CHG-[0-9]+$")}},
        {R"({"ticket": 42})", {QStringLiteral("ticket must be text")}},
        {R"({"ticket": "CHG-1", "ratio": 1.25})", {QStringLiteral("ratio must be at most 1")}},
        {R"({"timeout_s": 60})", {QStringLiteral("ticket is required")}},
        {R"({"ticket": "CHG-1", "timout_s": 60})",
         {QStringLiteral("timout_s is not a parameter of this runbook"), QStringLiteral("ticket, timeout_s")}},
    };
    int n = 0;
    for (const auto &v : violations) {
        const auto r = issue(QString::fromUtf8(v.params), QStringLiteral("SCHEMA-BAD-%1").arg(++n));
        EXPECT_EQ(r.code, 8) << v.params << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
        for (const QString &say : v.mustSay)
            EXPECT_TRUE(r.err.contains(say)) << v.params << ": " << r.err.toStdString();
    }
    EXPECT_EQ(orders(), 0);

    // A fitting order gets the defaults of what it left out.
    const auto good = issue(QStringLiteral(R"({"ticket": "CHG-7", "force": true})"), QStringLiteral("SCHEMA-OK"));
    ASSERT_EQ(good.code, 0) << good.err.toStdString();
    const QJsonObject stored =
        QJsonDocument::fromJson(
            t.scalar(QStringLiteral("SELECT parameters::text FROM orders WHERE order_id = 'SCHEMA-OK'")).toString().toUtf8())
            .object();
    const QJsonObject expected{{QStringLiteral("ticket"), QStringLiteral("CHG-7")},
                               {QStringLiteral("force"), true},
                               {QStringLiteral("timeout_s"), 300},
                               {QStringLiteral("mode"), QStringLiteral("quick")}};
    EXPECT_EQ(stored, expected);

    // Cleared, the runbook takes any object again.
    const auto cleared = healdesk({QStringLiteral("runbook"), QStringLiteral("clear-params"), QStringLiteral("RB-OK")});
    EXPECT_EQ(cleared.code, 0) << cleared.err.toStdString();
    const auto free = issue(QStringLiteral(R"({"timeout_s": -99999999999, "force": "maybe"})"), QStringLiteral("SCHEMA-FREE"));
    EXPECT_EQ(free.code, 0) << free.err.toStdString();
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'runbook.parameters'")).toInt(), 2);
    EXPECT_EQ(audits() - auditsBefore, 2 + 2); // set, clear, and the two orders
}

// Orders you can follow (issue 23): a site-wide issue is one batch. The simulator fails some of its targets (its
// failure rate) and others expire (the simulator does not serve them); `order retry --failed --expired` issues new
// orders to exactly those appliances, in the same batch, audited, and the batch ends with every target completed.
// The expected sets are read from the rows the first round left, not from what the command printed.
TEST_F(OrdersTest, ABatchsFailedAndExpiredTargetsAreRetriedUntilEveryTargetCompleted)
{
    // Eight appliances that take RB-OK: the fixture's first two, and six more.
    t.exec(QStringLiteral("INSERT INTO appliances (site_id, hostname, last_checkin) SELECT 'site-o', 'site-o-more' || n, "
                          "now() FROM generate_series(1, 6) n"));
    QStringList targets = firstColumn(t, QStringLiteral("SELECT a.id::text FROM appliances a WHERE a.site_id = 'site-o' AND "
                                                  "a.id <> ? ORDER BY a.hostname"),
                                   {apps[2]});
    ASSERT_EQ(targets.size(), 8);
    // Two simulators serve six: one whose every execution fails (failure rate 1) for two of them, one that fails
    // nothing for four. The last two never answer, so their orders expire.
    const QStringList failing = targets.mid(0, 2);
    const QStringList healing = targets.mid(2, 4);
    const QStringList silent = targets.mid(6);
    OrderRequest r = request(targets);
    r.ttlSeconds = 10; // the shortest allowed
    const QList<IssuedOrder> first = t.db().runSync([&r](Session &s) { return Orders::issue(s, r); });
    ASSERT_EQ(first.size(), 8);
    const QString batchId =
        t.scalar(QStringLiteral("SELECT batch_id::text FROM orders WHERE order_id = ?"), {first.first().orderId}).toString();
    ASSERT_FALSE(batchId.isEmpty());
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(DISTINCT batch_id) FROM orders WHERE batch_id IS NOT NULL")).toInt(), 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE batch_id = ?"), {batchId}).toInt(), 8);

    QProcess failingSim, healingSim;
    for (const auto &[sim, rate, appliances] : {std::tuple{&failingSim, QStringLiteral("1"), failing},
                                                std::tuple{&healingSim, QStringLiteral("0"), healing}}) {
        sim->start(kSim, {QStringLiteral("--db"), uri(), QStringLiteral("--interval"), QStringLiteral("150"),
                          QStringLiteral("--failure-rate"), rate, QStringLiteral("--appliance"),
                          appliances.join(QLatin1Char(',')), QStringLiteral("--quiet")});
        ASSERT_TRUE(sim->waitForStarted());
    }
    const auto countIn = [this, &batchId](const QString &statuses) {
        return t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE batch_id = ? AND status = ANY "
                                       "(string_to_array(?, ','))"),
                        {batchId, statuses})
            .toInt();
    };
    ASSERT_TRUE(waitUntil([&] { return countIn(QStringLiteral("completed,failed")) == 6; }, 30000));
    for (QProcess *sim : {&failingSim, &healingSim}) {
        sim->terminate();
        sim->waitForFinished(5000);
    }
    // The silent two pass their time to live and expire.
    ASSERT_TRUE(waitUntil([&] {
        t.db().runSync([](Session &s) { return Orders::expire(s); });
        return countIn(QStringLiteral("expired")) == 2;
    }, 25000));
    const QStringList failedAppliances = firstColumn(t, 
        QStringLiteral("SELECT appliance_id::text FROM orders WHERE batch_id = ? AND status = 'failed' ORDER BY 1"),
        {batchId});
    QStringList failingSorted = failing;
    std::sort(failingSorted.begin(), failingSorted.end());
    ASSERT_EQ(failedAppliances, failingSorted);
    QStringList expected = failedAppliances + silent;
    std::sort(expected.begin(), expected.end());

    // The batch as the console and `order show` see it: eight targets, counted by status.
    const IssueBatch before = t.db().runSync([&batchId](Session &s) { return Orders::batch(s, batchId); });
    ASSERT_EQ(before.targets.size(), 8);
    EXPECT_EQ(before.counts().value(QStringLiteral("failed")), failedAppliances.size());
    EXPECT_EQ(before.counts().value(QStringLiteral("expired")), 2);
    EXPECT_EQ(before.counts().value(QStringLiteral("completed")), 6 - failedAppliances.size());
    EXPECT_TRUE(before.finished());
    const CliRun show = run(QStringLiteral(HEALDESK_EXECUTABLE), {QStringLiteral("order"), QStringLiteral("show"),
                                                                  first.first().orderId, QStringLiteral("--json"),
                                                                  QStringLiteral("--db"), uri()});
    ASSERT_EQ(show.code, 0) << show.err.toStdString();
    const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
    EXPECT_EQ(shown.value(QStringLiteral("batch_id")).toString(), batchId);
    // Its execution, as the failing simulator recorded it (the first target is one of the failing two).
    const int firstIndex = int(targets.indexOf(first.first().applianceId));
    const bool firstFailed = failing.contains(first.first().applianceId);
    ASSERT_GE(firstIndex, 0);
    const QJsonArray executions = shown.value(QStringLiteral("executions")).toArray();
    ASSERT_EQ(executions.size(), firstIndex < 6 ? 1 : 0) << show.out.toStdString();
    if (!executions.isEmpty())
        EXPECT_EQ(executions.first().toObject().value(QStringLiteral("success")).toBool(), !firstFailed);

    // A retry of the failed and expired ones, served by a simulator that fails nothing now, reaches exactly those
    // appliances and ends the batch with every target completed.
    const qint64 ordersBefore = orders();
    QProcess healthy;
    healthy.start(kSim, {QStringLiteral("--db"), uri(), QStringLiteral("--interval"), QStringLiteral("150"),
                         QStringLiteral("--failure-rate"), QStringLiteral("0"), QStringLiteral("--quiet")});
    ASSERT_TRUE(healthy.waitForStarted());
    const CliRun retried = run(QStringLiteral(HEALDESK_EXECUTABLE),
                               {QStringLiteral("order"), QStringLiteral("retry"), batchId, QStringLiteral("--failed"),
                                QStringLiteral("--expired"), QStringLiteral("--wait"), QStringLiteral("30"),
                                QStringLiteral("--db"), uri()});
    EXPECT_EQ(retried.code, 0) << retried.err.toStdString();
    healthy.terminate();
    healthy.waitForFinished(5000);
    EXPECT_EQ(orders(), ordersBefore + expected.size());
    QStringList retriedAppliances = firstColumn(t, 
        QStringLiteral("SELECT appliance_id::text FROM orders WHERE batch_id = ? AND issued_at > (SELECT max(issued_at) "
                       "FROM orders WHERE order_id = ?) ORDER BY 1"),
        {batchId, first.first().orderId});
    EXPECT_EQ(retriedAppliances, expected);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.retry' AND target = ?"),
                       {batchId})
                  .toInt(),
              1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.issue' AND "
                                      "details->>'batch_id' = ?"),
                       {batchId})
                  .toInt(),
              8 + expected.size());
    const IssueBatch after = t.db().runSync([&batchId](Session &s) { return Orders::batch(s, batchId); });
    ASSERT_EQ(after.targets.size(), 8);
    EXPECT_EQ(after.counts().value(QStringLiteral("completed")), 8);
    for (const BatchTarget &target : after.targets)
        EXPECT_EQ(target.attempts, expected.contains(target.applianceId) ? 2 : 1) << target.hostname.toStdString();

    // Nothing left to retry: refused in one line, nothing written.
    const CliRun nothing = run(QStringLiteral(HEALDESK_EXECUTABLE), {QStringLiteral("order"), QStringLiteral("retry"),
                                                                     batchId, QStringLiteral("--db"), uri()});
    EXPECT_EQ(nothing.code, 8) << nothing.err.toStdString();
    EXPECT_EQ(orders(), ordersBefore + expected.size());
}

// Cancel the rest: a batch's pending orders are cancelled in one transaction, each with its audit row; the finished
// ones stay as they are.
TEST_F(OrdersTest, CancellingTheRestOfABatchCancelsOnlyItsPendingOrders)
{
    const QList<IssuedOrder> issued =
        t.db().runSync([this](Session &s) { return Orders::issue(s, request({apps[0], apps[1]})); });
    ASSERT_EQ(issued.size(), 2);
    const QString batchId =
        t.scalar(QStringLiteral("SELECT batch_id::text FROM orders WHERE order_id = ?"), {issued[0].orderId}).toString();
    t.exec(QStringLiteral("UPDATE orders SET status = 'completed', completed_at = now() WHERE order_id = ?"),
           {issued[0].orderId});
    EXPECT_THROW(t.db().runSync([&](Session &s) { return Orders::cancelRest(s, batchId, QStringLiteral(" ")); }), Error);
    EXPECT_EQ(t.db().runSync([&](Session &s) { return Orders::cancelRest(s, batchId, QStringLiteral("site closed")); }),
              1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = ?"), {issued[0].orderId}).toString(),
              QStringLiteral("completed"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = ?"), {issued[1].orderId}).toString(),
              QStringLiteral("cancelled"));
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.cancel' AND "
                                      "details->>'batch_id' = ?"),
                       {batchId})
                  .toInt(),
              1);
}

// Held orders belong to their batch until released: a batch whose orders are all held is listed, counts them as
// pending (cancellable), and once Cancel the rest cancels them they count as cancelled, still targets of the batch.
TEST_F(OrdersTest, ABatchOfHeldOrdersIsListedAndItsCancelledOnesStillCount)
{
    OrderRequest r = request({apps[0], apps[1]});
    r.holdUntil = QDateTime::currentDateTimeUtc().addDays(1);
    const QList<IssuedOrder> held = t.db().runSync([&r](Session &s) { return Orders::issue(s, r); });
    ASSERT_EQ(held.size(), 2);
    ASSERT_TRUE(held[0].held && held[1].held);
    const QString batchId = t.scalar(QStringLiteral("SELECT batch_id::text FROM healdesk_held_orders WHERE order_id = ?"),
                                     {held[0].orderId})
                                .toString();
    ASSERT_FALSE(batchId.isEmpty());
    const auto listed = [this, &batchId] {
        for (const BatchRow &b : t.db().runSync([](Session &s) { return Batches::list(s); }))
            if (b.batchId == batchId)
                return b;
        return BatchRow{};
    };
    BatchRow before = listed();
    EXPECT_EQ(before.batchId, batchId) << "a batch of held orders is not listed";
    EXPECT_EQ(before.targets, 2);
    EXPECT_EQ(before.pending, 2);
    EXPECT_EQ(before.cancellable, 2);
    EXPECT_EQ(t.db().runSync([&](Session &s) { return Orders::cancelRest(s, batchId, QStringLiteral("not tonight")); }),
              2);
    const BatchRow after = listed();
    EXPECT_EQ(after.targets, 2);
    EXPECT_EQ(after.cancelled, 2);
    EXPECT_EQ(after.cancellable, 0);
    const IssueBatch batch = t.db().runSync([&batchId](Session &s) { return Orders::batch(s, batchId); });
    EXPECT_EQ(batch.counts().value(QStringLiteral("cancelled")), 2);
}

// Two technicians retrying one batch at once (two connections, held at the batch's lock by a third, released
// together): one retry's orders stand, the other is refused and writes nothing.
TEST_F(OrdersTest, TwoRetriesOfOneBatchAtOnceOrderOnce)
{
    const QList<IssuedOrder> issued =
        t.db().runSync([this](Session &s) { return Orders::issue(s, request({apps[0], apps[1]})); });
    ASSERT_EQ(issued.size(), 2);
    t.exec(QStringLiteral("UPDATE orders SET status = 'failed', completed_at = now() WHERE order_id = ?"),
           {issued[0].orderId});
    const QString batchId =
        t.scalar(QStringLiteral("SELECT batch_id::text FROM orders WHERE order_id = ?"), {issued[0].orderId}).toString();
    const qint64 before = orders();
    Database one(t.config());
    Database two(t.config());
    t.exec(QStringLiteral("SELECT pg_advisory_lock(hashtextextended('healdesk.batch:' || ?, 0))"), {batchId});
    const auto start = [&batchId](Database &db) {
        return db.submit([batchId](Session &s) { return Orders::retry(s, batchId, true, false); });
    };
    QFuture<QList<IssuedOrder>> f1 = start(one);
    QFuture<QList<IssuedOrder>> f2 = start(two);
    ASSERT_TRUE(waitUntil([&] {
        return t.scalar(QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                                       "WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = "
                                       "current_database()"))
                   .toInt() == 2;
    })) << "both did not reach the lock";
    t.exec(QStringLiteral("SELECT pg_advisory_unlock(hashtextextended('healdesk.batch:' || ?, 0))"), {batchId});
    ASSERT_TRUE(waitUntil([&] { return f1.isFinished() && f2.isFinished(); }));
    int succeeded = 0;
    QString refusal;
    for (QFuture<QList<IssuedOrder>> *f : {&f1, &f2}) {
        try {
            succeeded += f->result().size();
        } catch (const Error &e) {
            refusal = e.message();
        }
    }
    EXPECT_EQ(succeeded, 1);
    EXPECT_TRUE(refusal.contains(QStringLiteral("retried by someone else"))) << refusal.toStdString();
    EXPECT_EQ(orders(), before + 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action = 'order.retry'")).toInt(), 1);
}
