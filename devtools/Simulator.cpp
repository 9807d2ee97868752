#include "Simulator.h"

#include "Database.h"
#include "Keys.h"
#include "Orders.h"
#include "Scope.h"
#include "Trust.h"

#include <QPointer>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace hd {

namespace {

QVariant idList(const QStringList &ids)
{
    return ids.isEmpty() ? nullText() : QVariant(ids.join(QLatin1Char(',')));
}

struct Acknowledged
{
    QString orderId;
    QString applianceId;
    QString runbookId;
};

struct Rejected
{
    QString orderId;
    QString reason;
};

struct Picked
{
    QList<Acknowledged> acknowledged;
    QList<Rejected> rejected;
    QStringList appliances;
    QStringList ranNonces; // of the orders acknowledged now
};

// A signature-checking appliance's pick-up: each pending order is checked
// against the trust file and taken or rejected, in one transaction.
void pickUpChecked(Session &s, const QVariant &ids, const TrustStore &trust, const QSet<QString> &ran, Picked &picked)
{
    const KeyMaterial keys = Keys::material(s);
    QList<OrderRecord> pending;
    {
        auto q = s.query(QStringLiteral("sim_pending_orders"), {{"appliances", ids}});
        while (q.next())
            pending << Orders::recordFrom(q);
    }
    for (const OrderRecord &order : pending) {
        // Each order is checked by the appliance it names (a simulator plays them all).
        const OrderSigning::Check check = Orders::verify(s, trust, keys, order, order.applianceId, {}, &ran);
        if (check.accepted()) {
            s.query(QStringLiteral("sim_order_acknowledge"), {{"order", order.orderId}});
            picked.acknowledged << Acknowledged{order.orderId, order.applianceId, order.runbookId};
            if (!order.nonce.isEmpty())
                picked.ranNonces << order.nonce;
        } else {
            s.query(QStringLiteral("sim_order_reject"),
                    {{"order", order.orderId}, {"appliance", order.applianceId}, {"reason", check.reason}});
            picked.rejected << Rejected{order.orderId, check.reason};
        }
    }
}

} // namespace

Simulator::Simulator(Database *db, Options options, QObject *parent)
    : QObject(parent), m_db(db), m_options(std::move(options)),
      m_random(m_options.seed ? m_options.seed : QRandomGenerator::global()->generate()), m_timer(new QTimer(this))
{
    m_timer->setInterval(m_options.intervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_busy)
            tick();
    });
    if (!m_options.trustFile.isEmpty())
        m_trust = std::make_shared<const TrustStore>(TrustStore::load(m_options.trustFile));
}

Simulator::~Simulator() = default;

void Simulator::start()
{
    m_timer->start();
    tick();
    if (m_options.durationSeconds > 0) {
        QTimer::singleShot(m_options.durationSeconds * 1000, this, [this] {
            m_timer->stop();
            // Let executions already started report before finishing.
            auto *wait = new QTimer(this);
            wait->setInterval(100);
            connect(wait, &QTimer::timeout, this, [this, wait] {
                if (m_inFlight == 0 && !m_busy) {
                    wait->stop();
                    emit finished();
                }
            });
            wait->start();
        });
    }
}

QCoro::Task<> Simulator::tick()
{
    m_busy = true;
    QPointer<Simulator> self(this);
    const QVariant ids = idList(m_options.appliances);
    auto work = [ids, trust = m_trust, ran = m_ranNonces](Session &s) {
        Picked picked;
        s.transaction([&] {
            Orders::expire(s);
            s.query(QStringLiteral("sim_checkin"), {{"appliances", ids}});
            if (trust) {
                pickUpChecked(s, ids, *trust, ran, picked);
                return;
            }
            auto q = s.query(QStringLiteral("sim_acknowledge"), {{"appliances", ids}});
            while (q.next())
                picked.acknowledged << Acknowledged{q.text("order_id"), q.text("appliance_id"), q.text("runbook_id")};
        });
        auto a = s.query(QStringLiteral("sim_appliances"), {{"appliances", ids}});
        while (a.next())
            picked.appliances << a.text("id");
        return picked;
    };
    QFuture<Picked> future = m_db->submit(std::move(work));
    try {
        const Picked result = co_await future;
        if (!self)
            co_return;
        m_knownAppliances = result.appliances;
        for (const QString &nonce : result.ranNonces)
            m_ranNonces.insert(nonce);
        for (const Rejected &r : result.rejected) {
            ++m_rejected;
            emit message(QStringLiteral("rejected %1: %2").arg(r.orderId, r.reason));
        }
        for (const Acknowledged &a : result.acknowledged) {
            emit message(QStringLiteral("acknowledged %1 (%2 on %3)").arg(a.orderId, a.runbookId, a.applianceId));
            ++m_inFlight;
            const int delay =
                m_options.minExecMs + int(m_random.bounded(std::max(1, m_options.maxExecMs - m_options.minExecMs)));
            QTimer::singleShot(delay, this, [this, a] { execute(a.orderId, a.applianceId, a.runbookId); });
        }
        if (m_options.driftRate > 0 && !m_knownAppliances.isEmpty() && m_random.generateDouble() < m_options.driftRate)
            drift();
    } catch (const Error &error) {
        if (self)
            emit message(QStringLiteral("tick failed: %1").arg(error.toString()));
    }
    if (self)
        m_busy = false;
}

QCoro::Task<> Simulator::execute(QString orderId, QString applianceId, QString runbookId)
{
    QPointer<Simulator> self(this);
    const bool success = m_random.generateDouble() >= m_options.failureRate;
    const double duration = 0.2 + m_random.generateDouble() * 3.0;
    const QVariant error =
        success ? nullText() : QVariant(QStringLiteral("simulated failure: verification did not pass"));
    const QString executionId = QStringLiteral("sim-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto work = [=](Session &s) {
        s.query(QStringLiteral("sim_execute"), {{"execution", executionId},
                                                {"runbook", runbookId},
                                                {"duration", duration},
                                                {"success", success},
                                                {"error", error},
                                                {"order", orderId},
                                                {"appliance", applianceId}});
    };
    QFuture<void> future = m_db->submit(std::move(work));
    try {
        co_await future;
        if (!self)
            co_return;
        ++(success ? m_completed : m_failed);
        emit message(
            QStringLiteral("%1 %2").arg(success ? QStringLiteral("completed") : QStringLiteral("failed"), orderId));
    } catch (const Error &e) {
        if (self)
            emit message(QStringLiteral("execution of %1 failed to report: %2").arg(orderId, e.toString()));
    }
    if (self)
        --m_inFlight;
}

QCoro::Task<> Simulator::drift()
{
    QPointer<Simulator> self(this);
    static const QStringList types{QStringLiteral("firewall_disabled"), QStringLiteral("audit_policy_off"),
                                   QStringLiteral("bitlocker_suspended"), QStringLiteral("ssh_root_login")};
    static const QStringList rules{QStringLiteral("L1-FIREWALL-001"), QStringLiteral("L1-AUDIT-001"),
                                   QStringLiteral("L1-BITLOCKER-001"), QStringLiteral("L1-LIN-SSH-001")};
    static const QStringList severities{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                        QStringLiteral("critical")};
    const QString appliance = m_knownAppliances.at(int(m_random.bounded(int(m_knownAppliances.size()))));
    const int kind = int(m_random.bounded(int(types.size())));
    const double t = m_random.generateDouble();
    const QString tier = t < 0.8 ? QStringLiteral("L1") : (t < 0.95 ? QStringLiteral("L2") : QStringLiteral("L3"));
    const bool success = tier != QLatin1String("L3") && m_random.generateDouble() >= m_options.failureRate;
    const QString status = success
                               ? QStringLiteral("resolved")
                               : (tier == QLatin1String("L3") ? QStringLiteral("escalated") : QStringLiteral("open"));
    const QString severity = severities.at(int(m_random.bounded(int(severities.size()))));
    const double duration =
        tier == QLatin1String("L1") ? 1 + m_random.generateDouble() * 20 : 30 + m_random.generateDouble() * 200;
    const QString executionId = QStringLiteral("sim-drift-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString runbook = rules.at(kind);
    auto work = [=](Session &s) {
        s.transaction([&] {
            QString incident;
            {
                auto q = s.query(QStringLiteral("sim_drift_incident"), {{"appliance", appliance},
                                                                        {"incident_type", types.at(kind)},
                                                                        {"severity", severity},
                                                                        {"status", status},
                                                                        {"duration", duration}});
                q.next();
                incident = q.text("id");
            }
            s.query(QStringLiteral("sim_drift_execution"), {{"execution", executionId},
                                                            {"incident", incident},
                                                            {"runbook", runbook},
                                                            {"duration", duration},
                                                            {"success", success},
                                                            {"tier", tier},
                                                            {"appliance", appliance}});
        });
    };
    QFuture<void> future = m_db->submit(std::move(work));
    try {
        co_await future;
        if (self) {
            ++m_drifted;
            emit message(QStringLiteral("drift on %1 healed on %2").arg(appliance, tier));
        }
    } catch (const Error &e) {
        if (self)
            emit message(QStringLiteral("drift failed: %1").arg(e.toString()));
    }
}

} // namespace hd
