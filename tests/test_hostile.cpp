// Hostile and odd input: quotes, SQL-looking text, LIKE wildcards, backslashes,
// NUL, very long and non-Latin strings reach every filter and parameter as
// plain data: no error other than a clear refusal, no changed meaning, and
// nothing in the database changes unless the input was meant to be stored.
#include "Audit.h"
#include "CliRun.h"
#include "ConsoleController.h"
#include "Error.h"
#include "Fleet.h"
#include "FleetFixture.h"
#include "FleetModels.h"
#include "FleetPage.h"
#include "Incidents.h"
#include "MainWindow.h"
#include "Mappings.h"
#include "Orders.h"
#include "Page.h"
#include "ReportDocument.h"
#include "Reports.h"
#include "RunbookModel.h"
#include "RunbooksPage.h"
#include "Session.h"
#include "TestDatabase.h"
#include "Wait.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

namespace {

QStringList hostileStrings()
{
    return {QStringLiteral("'"),
            QStringLiteral("\""),
            QStringLiteral("'; DROP TABLE incidents; --"),
            QStringLiteral("%"),
            QStringLiteral("_"),
            QStringLiteral("\\"),
            QStringLiteral("a%b_c\\d"),
            QString(QStringLiteral("nul") + QChar(0) + QStringLiteral("byte")),
            QString(5000, QLatin1Char('x')),
            QStringLiteral("Ωμέγα 東京 Ñandú"),
            QStringLiteral("?"),
            QStringLiteral("$1"),
            QString()};
}

// Row counts of every table, to show hostile input changed nothing.
QString tableCounts(TestDatabase &t)
{
    QStringList out;
    for (const QString &table :
         {QStringLiteral("partners"), QStringLiteral("sites"), QStringLiteral("appliances"),
          QStringLiteral("incidents"), QStringLiteral("execution_telemetry"), QStringLiteral("orders"),
          QStringLiteral("runbooks"), QStringLiteral("runbook_id_mapping"), QStringLiteral("admin_audit_log")})
        out << table + QLatin1Char('=') + t.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toString();
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST(Hostile, FiltersAndParametersTakeAnyTextLiterally)
{
    TestDatabase t;
    t.migrate();
    // Hostile parameters and reasons go through the signed path, canonical JSON included.
    t.provisionSigning();
    const QStringList apps = insertSite(t, QStringLiteral("o'brien-clinic"), QStringLiteral("p"), {1});
    t.exec(QStringLiteral(
        "INSERT INTO runbooks (runbook_id, name, category, severity) VALUES ('RB-A', 'A', 'x', 'high')"));
    // Incidents and audit rows carrying each storable hostile string (PostgreSQL text cannot hold NUL).
    int n = 0;
    for (const QString &h : hostileStrings()) {
        if (h.contains(QChar(0)) || h.isEmpty())
            continue;
        ++n;
        const QString details =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("note"), h}}).toJson(QJsonDocument::Compact));
        t.exec(QStringLiteral("INSERT INTO incidents (id, appliance_id, incident_type, severity, details) VALUES "
                              "(?::uuid, ?::uuid, 'drift', 'low', ?::jsonb)"),
               {uuidFor(QStringLiteral("inc-%1").arg(n)), apps[0], details});
        t.exec(QStringLiteral("INSERT INTO admin_audit_log (username, action, target) VALUES ('tech', 'x', ?)"),
               {h.left(255)});
    }
    const QString before = tableCounts(t);

    for (const QString &h : hostileStrings()) {
        SCOPED_TRACE(h.left(40).toStdString());
        // Incident search: matched literally, the same count as a plain strpos over the same text.
        IncidentFilter f;
        f.search = h;
        const qint64 found = t.db().runSync([&f](Session &s) { return Incidents::count(s, f); });
        if (!h.isEmpty()) {
            const qint64 expected =
                h.contains(QChar(0))
                    ? 0
                    : t.scalar(QStringLiteral(
                                   "SELECT count(*) FROM incidents i JOIN appliances a ON a.id = i.appliance_id "
                                   "JOIN sites s ON s.id = a.site_id WHERE strpos(lower(i.incident_type || ' ' || "
                                   "coalesce(i.check_type, '') || ' ' || a.hostname || ' ' || s.name || ' ' || "
                                   "i.details::text), lower(?)) > 0"),
                               {h})
                          .toLongLong();
            EXPECT_EQ(found, expected);
        }
        // Audit target filter: literal too.
        AuditFilter a;
        a.target = h;
        const qint64 audit = t.db().runSync([&a](Session &s) { return qint64(Audit::list(s, a).size()); });
        if (!h.isEmpty() && !h.contains(QChar(0))) {
            EXPECT_EQ(audit, t.scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE "
                                                     "strpos(lower(coalesce(target, '')), lower(?)) > 0"),
                                      {h})
                                 .toLongLong());
        }
        // A report on a site of that name: a clear refusal, never an SQL error.
        Scope scope;
        scope.siteIds = {h};
        scope.from = QDateTime::currentDateTimeUtc().addDays(-1);
        scope.to = QDateTime::currentDateTimeUtc();
        try {
            t.db().runSync([&scope](Session &s) { return Reports::build(s, scope); });
            ADD_FAILURE() << "a report on an unknown site was built";
        } catch (const Error &e) {
            EXPECT_EQ(e.code(), Error::Code::InvalidInput) << e.toString().toStdString();
        }
        // The mapping editor: refused with a reason, nothing written.
        try {
            t.db().runSync([&h](Session &s) { return Mappings::set(s, h, QStringLiteral("RB-A")); });
            // A harmless-looking ID may be accepted: it is then stored exactly as given.
            EXPECT_EQ(t.scalar(QStringLiteral("SELECT runbook_id FROM runbook_id_mapping WHERE l1_rule_id = ?"), {h})
                          .toString(),
                      QStringLiteral("RB-A"));
            t.db().runSync([&h](Session &s) { return Mappings::remove(s, h); });
        } catch (const Error &e) {
            EXPECT_EQ(e.code(), Error::Code::Refused) << e.toString().toStdString();
        }
        // Order parameters and reasons: refused cleanly or stored verbatim.
        OrderRequest r;
        r.applianceIds = {apps[0]};
        r.runbookId = QStringLiteral("RB-A");
        r.reason = h;
        r.parameters = h;
        try {
            const OrderPlan plan = t.db().runSync([&r](Session &s) { return Orders::plan(s, r); });
            // Accepted only as what it is: a JSON object, normalised, for the one appliance asked.
            const QJsonDocument doc = QJsonDocument::fromJson(h.toUtf8());
            EXPECT_TRUE(doc.isObject()) << "parameters that are no JSON object were accepted: " << h.toStdString();
            EXPECT_EQ(plan.parameters, QString::fromUtf8(doc.toJson(QJsonDocument::Compact))) << h.toStdString();
            ASSERT_EQ(plan.targets.size() + plan.refusals.size(), 1) << h.toStdString();
            if (!plan.targets.isEmpty()) {
                EXPECT_EQ(plan.targets[0].applianceId, apps[0]);
            }
        } catch (const Error &e) {
            EXPECT_EQ(e.code(), Error::Code::Refused) << e.toString().toStdString();
        }
    }
    // Nothing changed but what the mapping test stored and removed again (and its audit rows).
    const QString after = tableCounts(t);
    EXPECT_EQ(after.section(QLatin1String(" admin_audit_log"), 0, 0),
              before.section(QLatin1String(" admin_audit_log"), 0, 0));

    // A reason that is hostile text is stored and audited exactly as typed.
    OrderRequest order;
    order.applianceIds = {apps[0]};
    order.runbookId = QStringLiteral("RB-A");
    order.reason = QStringLiteral("'; DROP TABLE orders; -- Ωμέγα %_\\");
    const QList<IssuedOrder> issued = t.db().runSync([&order](Session &s) { return Orders::issue(s, order); });
    ASSERT_EQ(issued.size(), 1);
    EXPECT_EQ(t.scalar(QStringLiteral("SELECT reason FROM orders WHERE order_id = ?"), {issued[0].orderId}).toString(),
              order.reason);
    EXPECT_EQ(
        t.scalar(QStringLiteral("SELECT details->>'reason' FROM admin_audit_log WHERE target = ?"), {issued[0].orderId})
            .toString(),
        order.reason);
}

TEST(Hostile, CommandLineArgumentsAreDataNotSql)
{
    TestDatabase t;
    t.migrate();
    insertSite(t, QStringLiteral("site-1"), QStringLiteral("p"), {1});
    const QString before = tableCounts(t);
    const QList<QStringList> calls{
        {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--site"),
         QStringLiteral("'; DROP TABLE sites; --")},
        {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--partner"),
         QStringLiteral("'; DROP TABLE sites; --")},
        {QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--site"), QStringLiteral("x' OR '1'='1"),
         QStringLiteral("-o"), QStringLiteral("/tmp/hostile-never-%1.csv").arg(t.name())},
        {QStringLiteral("mapping"), QStringLiteral("set"), QStringLiteral("L1-X'); DELETE FROM runbooks; --"),
         QStringLiteral("RB-NOPE")},
        {QStringLiteral("fix"), QStringLiteral("tiers; DROP TABLE incidents")},
        {QStringLiteral("order"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("%' OR 1=1 --")},
    };
    for (const QStringList &args : calls) {
        const CliRun r = runHealdesk(args, t.name());
        SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
        EXPECT_GE(r.code, 0); // it finished, no crash
        if (r.code != 0) {
            EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << r.err.toStdString();
        }
        EXPECT_FALSE(r.err.contains(QStringLiteral("syntax error"))) << r.err.toStdString();
    }
    EXPECT_EQ(tableCounts(t), before);
}

TEST(Hostile, OddDatabaseValuesRenderAsTheyAreInsteadOfFailing)
{
    TestDatabase t;
    t.migrate();
    const QStringList apps = insertSite(t, QStringLiteral("site-odd"), QStringLiteral("p"), {-1}); // never checked in
    t.exec(QStringLiteral("INSERT INTO runbooks (runbook_id, name, category, severity, hipaa_controls, is_disruptive) "
                          "VALUES ('RB-A', 'A', 'x', 'high', NULL, NULL)"));
    const QString future = isoTime(QDateTime::currentDateTimeUtc().addDays(400));
    const QString odd = uuidFor(QStringLiteral("odd"));
    // Unknown severity and status, NULL in every nullable column, JSON that is not an object, a future time.
    t.exec(
        QStringLiteral(
            "INSERT INTO incidents (id, appliance_id, incident_type, severity, check_type, details, resolution_tier, "
            "status, reported_at, resolved_at) VALUES (?::uuid, ?::uuid, 'drift', 'apocalyptic', NULL, "
            "'[1, \"two\", null]', ' l9 ', 'haunted', ?, NULL)"),
        {odd, apps[0], future});
    t.exec(
        QStringLiteral(
            "INSERT INTO execution_telemetry (execution_id, incident_id, site_id, appliance_id, runbook_id, hostname, "
            "platform, incident_type, started_at, completed_at, duration_seconds, success, resolution_level, "
            "state_before, state_after, executed_steps, error_message) VALUES ('exec-odd', ?, 'site-odd', ?, "
            "'RB-A', 'h', NULL, NULL, ?, NULL, NULL, false, NULL, '\"just a string\"', 'null', '{\"not\": \"a "
            "list\"}', NULL)"),
        {odd, apps[0], future});
    t.exec(
        QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id, parameters, status, issued_at, result) "
                       "VALUES ('ord-odd', ?::uuid, 'RB-A', '[]', 'limbo', ?, '42')"),
        {apps[0], future});

    IncidentFilter all;
    const QList<IncidentRow> rows =
        t.db().runSync([&all](Session &s) { return Incidents::page(s, all, std::nullopt, 50); });
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].severity, QStringLiteral("apocalyptic"));
    EXPECT_EQ(rows[0].status, QStringLiteral("haunted"));
    EXPECT_EQ(rows[0].recordedTier, QStringLiteral(" l9 "));
    EXPECT_EQ(rows[0].tier, QStringLiteral("none"));
    EXPECT_FALSE(rows[0].resolvedAt.isValid());
    EXPECT_GT(rows[0].reportedAt, QDateTime::currentDateTimeUtc());
    const IncidentDetail detail = t.db().runSync([&odd](Session &s) { return Incidents::detail(s, odd); });
    EXPECT_EQ(detail.details, QStringLiteral("[1, \"two\", null]"));
    ASSERT_EQ(detail.executions.size(), 1);

    const QList<OrderRow> orders = t.db().runSync([](Session &s) { return Orders::list(s); });
    ASSERT_EQ(orders.size(), 1);
    EXPECT_EQ(orders[0].status, QStringLiteral("limbo"));

    // Every page of the console over the same rows, all time: each shows data and none fails.
    ConsoleController controller(&t.db(), nullptr);
    MainWindow w(&controller);
    QStringList failures;
    for (int i = 0; i < w.pageCount(); ++i) {
        QObject::connect(w.page(i), &Page::loadFailed, [&failures](const QString &message) { failures << message; });
    }
    w.periodBox()->setCurrentIndex(w.periodBox()->findData(QStringLiteral("all")));
    w.show();
    for (int i = 0; i < w.pageCount(); ++i) {
        w.showPage(i);
        EXPECT_TRUE(waitUntil([&] { return w.page(i)->hasData(); })) << w.page(i)->title().toStdString();
    }
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    // Fleet: the appliance that never checked in is offline, with no last check-in.
    SiteModel *sites = w.fleetPage()->siteModel();
    ASSERT_EQ(sites->rowCount(), 1);
    EXPECT_EQ(sites->index(0, SiteModel::Offline).data().toInt(), 1);
    // Runbooks: the execution with no tier, no duration and a future start is counted, not dropped.
    RunbookModel *runbooks = w.runbooksPage()->model();
    bool found = false;
    for (int r = 0; r < runbooks->rowCount(); ++r) {
        if (runbooks->index(r, RunbookModel::RunbookId).data().toString() != QLatin1String("RB-A"))
            continue;
        found = true;
        EXPECT_EQ(runbooks->index(r, RunbookModel::Executions).data().toInt(), 1);
        EXPECT_EQ(runbooks->index(r, RunbookModel::Successes).data().toInt(), 0);
    }
    EXPECT_TRUE(found) << "RB-A is missing from the Runbooks page";
    EXPECT_EQ(Session::guiThreadViolations(), 0);

    // A report covers time that has passed: a period that runs past now is cut
    // at now, so the future-dated rows are outside it. The same odd rows an
    // hour ago, over a period running 500 days past now, build and lay out.
    t.exec(QStringLiteral("UPDATE incidents SET reported_at = now() - interval '1 hour' WHERE id = ?::uuid"), {odd});
    t.exec(QStringLiteral(
        "UPDATE execution_telemetry SET started_at = now() - interval '1 hour' WHERE execution_id = 'exec-odd'"));
    t.exec(QStringLiteral("UPDATE orders SET issued_at = now() - interval '1 hour' WHERE order_id = 'ord-odd'"));
    Scope scope;
    scope.siteIds = {QStringLiteral("site-odd")};
    scope.from = QDateTime::currentDateTimeUtc().addDays(-1);
    scope.to = QDateTime::currentDateTimeUtc().addDays(500);
    const ReportData report = t.db().runSync([&scope](Session &s) { return Reports::build(s, scope); });
    const ReportSection *evidence = report.section(QStringLiteral("evidence"));
    ASSERT_EQ(evidence->rows.size(), 1);
    EXPECT_EQ(evidence->rows[0].value(6),
              QString::fromLatin1(QCryptographicHash::hash("null", QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(report.section(QStringLiteral("incidents_by_severity"))->rows.value(0).value(0),
              QStringLiteral("apocalyptic"));
    EXPECT_TRUE(Reports::verifyCsv(Reports::toCsv(report)).ok());
    const ReportDocument document(report, QPageSize(QPageSize::A4));
    EXPECT_GT(document.pageCount(), 0);
    EXPECT_FALSE(document.renderPage(0, 400).isNull());

    EXPECT_EQ(report.section(QStringLiteral("report"))->value(QStringLiteral("period_cut_at_now")),
              QStringLiteral("yes"));
}
