#include "Alerts.h"
#include "ChangeListener.h"
#include "FleetFixture.h"
#include "LocalHttpServer.h"
#include "Wait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hd;
using namespace hd::test;

namespace {
QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}
} // namespace

TEST(Webhook, RetriesOnServerErrorsThenDelivers)
{
    LocalHttpServer server({500, 503});
    WebhookSender sender;
    sender.setUrl(QUrl(server.url()));
    sender.setRetries(3, 50);
    const QJsonObject payload = AlertDispatcher::incidentPayload(
        QStringLiteral("id-1"), QStringLiteral("firewall_disabled"), QStringLiteral("host-1"), QStringLiteral("site-1"),
        QStringLiteral("Site One"));
    EXPECT_TRUE(awaitTask(sender.post(payload)));
    ASSERT_EQ(server.bodies.size(), 3);
    EXPECT_EQ(sender.requestsMade(), 3);
    for (const QByteArray &b : server.bodies)
        EXPECT_EQ(json(b), payload);
    EXPECT_EQ(server.paths.value(0), QByteArray("/hook"));
    // Slack/Teams read "text"; the rest are IDs and names.
    const QJsonObject sent = json(server.bodies.first());
    EXPECT_TRUE(sent.value(QStringLiteral("text")).toString().contains(QStringLiteral("host-1")));
    EXPECT_EQ(sent.keys(),
              (QStringList{QStringLiteral("event"), QStringLiteral("hostname"), QStringLiteral("incident_id"),
                           QStringLiteral("incident_type"), QStringLiteral("site_id"), QStringLiteral("text")}));
}

TEST(Webhook, GivesUpOnClientErrorsAndAfterTheLastRetry)
{
    LocalHttpServer rejecting({400});
    WebhookSender sender;
    sender.setUrl(QUrl(rejecting.url()));
    sender.setRetries(3, 20);
    QSignalSpy failed(&sender, &WebhookSender::failed);
    EXPECT_FALSE(awaitTask(sender.post({{QStringLiteral("text"), QStringLiteral("x")}})));
    EXPECT_EQ(rejecting.bodies.size(), 1) << "a 400 was retried";
    EXPECT_EQ(failed.count(), 1);

    LocalHttpServer down({500, 500, 500});
    sender.setUrl(QUrl(down.url()));
    sender.setRetries(2, 20);
    EXPECT_FALSE(awaitTask(sender.post({{QStringLiteral("text"), QStringLiteral("y")}})));
    EXPECT_EQ(down.bodies.size(), 3);
}

TEST(Alerts, CriticalIncidentsAndFailedOrdersAreSentOnceAndNothingWithoutAUrl)
{
    TestDatabase t;
    t.migrate();
    const QStringList apps = insertSite(t, QStringLiteral("site-a"), QStringLiteral("p"), {1});
    ChangeListener listener(t.config());
    listener.start();
    ASSERT_TRUE(waitUntil([&] { return listener.isListening(); }));
    LocalHttpServer server;
    WebhookSender sender;
    AlertDispatcher dispatcher(&t.db(), &sender);
    QObject::connect(&listener, &ChangeListener::changed, &dispatcher, &AlertDispatcher::onChange);
    QSignalSpy considered(&dispatcher, &AlertDispatcher::considered);

    // No URL: changes are looked at, nothing is sent.
    t.exec(
        QStringLiteral("INSERT INTO incidents (appliance_id, incident_type, severity) VALUES (?, 'quiet', 'critical')"),
        {apps[0]});
    ASSERT_TRUE(waitUntil([&] { return considered.count() >= 1; }));
    EXPECT_EQ(sender.requestsMade(), 0);
    EXPECT_TRUE(server.bodies.isEmpty());

    sender.setUrl(QUrl(server.url()));
    considered.clear();
    const QString critical = uuidFor(QStringLiteral("crit"));
    t.exec(QStringLiteral(
               "INSERT INTO incidents (id, appliance_id, incident_type, severity) VALUES (?, ?, 'fw_off', 'critical'), "
               "(?, ?, 'minor', 'low')"),
           {critical, apps[0], uuidFor(QStringLiteral("low")), apps[0]});
    ASSERT_TRUE(waitUntil([&] { return server.bodies.size() == 1; }));
    EXPECT_EQ(json(server.bodies[0]).value(QStringLiteral("incident_id")).toString(), critical);
    EXPECT_EQ(json(server.bodies[0]).value(QStringLiteral("event")).toString(), QStringLiteral("incident.critical"));
    // An update to the same incident does not alert again.
    t.exec(QStringLiteral("UPDATE incidents SET status = 'resolved' WHERE id = ?"), {critical});
    ASSERT_TRUE(waitUntil([&] { return considered.count() >= 2; }));
    EXPECT_EQ(server.bodies.size(), 1);

    // A failed order.
    t.exec(QStringLiteral("INSERT INTO orders (order_id, appliance_id, runbook_id) VALUES ('ALERT-1', ?, 'RB-X')"),
           {apps[0]});
    t.exec(QStringLiteral(
               "INSERT INTO execution_telemetry (execution_id, site_id, appliance_id, runbook_id, hostname, success, "
               "error_message, order_id) VALUES ('al-e', 'site-a', ?, 'RB-X', 'h', false, 'denied', 'ALERT-1')"),
           {apps[0]});
    ASSERT_TRUE(waitUntil([&] { return server.bodies.size() == 2; }));
    const QJsonObject order = json(server.bodies[1]);
    EXPECT_EQ(order.value(QStringLiteral("event")).toString(), QStringLiteral("order.failed"));
    EXPECT_EQ(order.value(QStringLiteral("order_id")).toString(), QStringLiteral("ALERT-1"));
    EXPECT_TRUE(order.value(QStringLiteral("text")).toString().contains(QStringLiteral("denied")));

    // Nothing comes late: a change after the last alert is looked at, and
    // after a further half second for any request still in flight, each
    // event was still sent once and every request the sender made arrived.
    const auto seen = considered.count();
    t.exec(QStringLiteral("INSERT INTO incidents (appliance_id, incident_type, severity) VALUES (?, 'later', 'low')"),
           {apps[0]});
    ASSERT_TRUE(waitUntil([&] { return considered.count() > seen; }));
    waitUntil([] { return false; }, 500);
    EXPECT_EQ(sender.requestsMade(), 2);
    ASSERT_EQ(server.bodies.size(), 2);
    EXPECT_EQ(json(server.bodies[0]).value(QStringLiteral("incident_id")).toString(), critical);
    EXPECT_EQ(json(server.bodies[1]).value(QStringLiteral("order_id")).toString(), QStringLiteral("ALERT-1"));
}
