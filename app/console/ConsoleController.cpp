#include "ConsoleController.h"

#include "ChangeListener.h"
#include "Channels.h"
#include "Deliver.h"
#include "Keys.h"
#include "OffThread.h"
#include "Rollups.h"
#include "Workers.h"

#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace hd {

namespace {
const QStringList kEverything{QStringLiteral("*")};
} // namespace

ConsoleController::ConsoleController(Database *db, ChangeListener *listener, QObject *parent)
    : QObject(parent), m_db(db), m_listener(listener), m_changeTimer(new QTimer(this)),
      m_reconnectTick(new QTimer(this)), m_drainTimer(new QTimer(this))
{
    m_state.connected = m_db->isConnected();
    m_state.message = m_db->config().describe();
    connect(m_db, &Database::connectionChanged, this, &ConsoleController::setDbState);
    if (m_listener) {
        connect(m_listener, &ChangeListener::changed, this, &ConsoleController::noteChange);
        connect(m_listener, &ChangeListener::listeningChanged, this, &ConsoleController::setLiveState);
        // Anything may have changed while we were not listening.
        connect(m_listener, &ChangeListener::reconnected, this, &ConsoleController::reloadNeeded);
    }

    m_reconnectTick->setInterval(1000);
    connect(m_reconnectTick, &QTimer::timeout, this, [this] {
        if (--m_state.secondsLeft > 0) {
            emit connectionChanged();
            return;
        }
        m_reconnectTick->stop();
        probe();
    });

    // Notifications are batched briefly so a burst becomes one reload.
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(150);
    connect(m_changeTimer, &QTimer::timeout, this, &ConsoleController::flushChanges);

    // Keeps the rollup queue short, so each page load reads fewer queued rows;
    // the figures are exact whether or not it runs.
    m_drainTimer->setInterval(15000);
    connect(m_drainTimer, &QTimer::timeout, this, &ConsoleController::drainRollups);
    m_drainTimer->start();
    QTimer::singleShot(0, this, &ConsoleController::drainRollups);

    if (m_db->hasStandby()) {
        // Where reads go: the standby while it keeps up, else the primary.
        auto *standbyTimer = new QTimer(this);
        standbyTimer->setInterval(5000);
        connect(standbyTimer, &QTimer::timeout, this, &ConsoleController::checkStandby);
        standbyTimer->start();
        // The window connects after construction: the first check answers later.
        QTimer::singleShot(0, this, &ConsoleController::checkStandby);
    }
}

ConsoleController::~ConsoleController()
{
    // A standby check still running uses the database object; it ends within
    // the standby's connect timeout.
    m_standbyCheck.waitForFinished();
}

void ConsoleController::setDbState(bool connected, const QString &message)
{
    m_state.connected = connected;
    m_state.message = message;
    if (connected && !m_signerRequested) {
        m_signerRequested = true;
        loadSigner();
        drainRollups(); // also says at once whether a worker runs
    }
    if (!connected) {
        enterOutage();
    } else if (m_state.outage) {
        m_state.outage = false;
        m_reconnectDelay = 1;
        m_reconnectTick->stop();
        emit reloadNeeded();
    }
    emit connectionChanged();
}

QCoro::Task<> ConsoleController::loadSigner()
{
    QPointer<ConsoleController> self(this);
    Signing signing;
    signing.checked = true;
    try {
        auto who = [](Session &s) { return Keys::identity(s); };
        QFuture<KeyIdentity> asked = m_db->submit(std::move(who));
        const KeyIdentity me = co_await asked;
        if (!self)
            co_return;
        signing.login = me.login;
        signing.admin = me.admin;
        if (!m_db->signer()) {
            try {
                auto read = [me] { return Keys::loadLocal(me); };
                QCoro::Task<std::shared_ptr<SigningKey>> reading = offThread(std::move(read));
                std::shared_ptr<SigningKey> key = co_await reading;
                if (!self)
                    co_return;
                if (key)
                    m_db->setSigner(std::make_shared<const Signer>(Signer{std::move(key), me.login, me.installationId}));
            } catch (const Error &e) {
                signing.note = e.message();
            }
        }
        if (const auto signer = m_db->signer()) {
            signing.keyId = signer->key->keyId();
            auto state = [](Session &s) { return Keys::signerState(s); };
            QFuture<QString> stated = m_db->submit(std::move(state));
            signing.state = co_await stated;
        }
    } catch (const Error &e) {
        signing.note = e.message();
    }
    if (!self)
        co_return;
    m_signing = signing;
    emit signingChanged();
}

void ConsoleController::setLiveState(bool listening, const QString &message)
{
    m_state.live = listening;
    m_state.liveMessage = message;
    emit connectionChanged();
    // From now on a worker taking or losing the lead is notified (Channel::workers); ask once who leads now, so a
    // change made before we listened (the demo's worker starting alongside) is not missed either.
    if (listening)
        QTimer::singleShot(0, this, &ConsoleController::drainRollups);
    // The listener hears a server restart first (its socket closes); check the
    // query connection too instead of waiting for the next page load to fail.
    if (!listening)
        probe();
}

void ConsoleController::loadFailed()
{
    if (!m_db->isConnected())
        enterOutage();
}

void ConsoleController::reconnectNow()
{
    m_reconnectTick->stop();
    probe();
}

void ConsoleController::enterOutage()
{
    m_state.outage = true;
    scheduleReconnect();
    emit connectionChanged();
}

void ConsoleController::scheduleReconnect()
{
    if (m_state.probing || m_reconnectTick->isActive())
        return;
    m_state.secondsLeft = m_reconnectDelay;
    m_reconnectDelay = std::min(m_reconnectDelay * 2, 30);
    m_reconnectTick->start();
}

QCoro::Task<> ConsoleController::probe()
{
    if (m_state.probing)
        co_return;
    m_state.probing = true;
    emit connectionChanged();
    // Twice: the first call may only discover that the old connection is
    // dead (ConnectionLost); the second then opens a new one.
    for (int attempt = 0; attempt < 2; ++attempt) {
        bool again = false;
        auto ping = [](Session &s) { s.script(QStringLiteral("SELECT 1"), QStringLiteral("connection check")); };
        auto failed = [&again](const Error &e) { again = e.code() == Error::Code::ConnectionLost; };
        QCoro::Task<bool> done = deliver(
            this, m_db->submit(std::move(ping)), [] {}, std::move(failed));
        if (!co_await done)
            co_return;
        if (!again)
            break;
    }
    m_state.probing = false;
    if (!m_db->isConnected())
        enterOutage();
    emit connectionChanged();
}

void ConsoleController::noteChange(const QString &channel, const QStringList &ids)
{
    if (channel == Channel::workers()) {
        QTimer::singleShot(0, this, &ConsoleController::drainRollups); // asks who leads; no page reloads
        return;
    }
    auto &pending = m_pendingChanges[channel];
    if (ids.isEmpty() || pending.size() > 500)
        pending = kEverything;
    else if (pending != kEverything)
        pending += ids;
    if (!m_changeTimer->isActive())
        m_changeTimer->start();
}

void ConsoleController::refreshStarted()
{
    m_refreshing = true;
    m_refreshStarted.start();
}

void ConsoleController::refreshFinished()
{
    m_refreshing = false;
    // Changes that came meanwhile go now.
    if (!m_pendingChanges.isEmpty() && !m_changeTimer->isActive())
        m_changeTimer->start();
}

void ConsoleController::flushChanges()
{
    // One notification-driven reload at a time. A page whose query takes
    // longer than the gap between notifications (the Fleet page takes 4 s on
    // a 10M fleet; agents notify every few seconds) would otherwise start a
    // new load before each answer arrives, drop every answer as outdated and
    // never show data. The changes wait, merged, for the reload in flight (at
    // most a minute, in case it never reports back).
    if (m_refreshing && m_refreshStarted.elapsed() < 60000)
        return;
    m_refreshing = false;
    QMap<QString, QStringList> changes = std::exchange(m_pendingChanges, {});
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (it.value() == kEverything)
            it.value().clear();
    if (!changes.isEmpty())
        emit changesReady(changes);
}

void ConsoleController::setDrainInterval(int ms)
{
    m_drainTimer->setInterval(ms);
}

bool ConsoleController::isDraining() const
{
    return m_drainTimer->isActive();
}

QCoro::Task<> ConsoleController::drainRollups()
{
    if (!m_state.connected || m_state.outage)
        co_return;
    // A leading worker drains; the console does only while none runs.
    bool workerLeads = false;
    auto ask = [](Session &s) { return Workers::status(s); };
    // Asked of the primary: a standby has no advisory locks (so no leader) and may not have the row a
    // notification announced yet.
    QCoro::Task<bool> asked = deliver(
        this, m_db->submit(std::move(ask)),
        [this, &workerLeads](const WorkerStatus &status) {
            workerLeads = status.leading;
            const bool changed = status.leading != m_worker.leading || status.host != m_worker.host ||
                                 !m_workerChecked;
            m_worker = status;
            m_workerChecked = true;
            if (changed)
                emit workerChanged();
        },
        [](const Error &) {});
    if (!co_await asked || workerLeads)
        co_return;
    auto drain = [](Session &s) { return Rollups::drain(s); };
    // A login that may not drain (an older grant set) stops trying; a broken
    // connection is the banner's business, the next tick retries.
    auto failed = [this](const Error &error) {
        if (error.code() == Error::Code::Sql && error.sqlState() == QLatin1String("42501"))
            m_drainTimer->stop();
    };
    QCoro::Task<bool> done = deliver(
        this, m_db->submit(std::move(drain)), [](qint64) {}, std::move(failed));
    co_await done;
}

QCoro::Task<> ConsoleController::checkStandby()
{
    if (m_checkingStandby)
        co_return;
    m_checkingStandby = true;
    Database *db = m_db;
    // Blocking calls on both database threads, waited for on a pool thread.
    m_standbyCheck = QtConcurrent::run([db] { return db->checkStandby(); });
    auto show = [this](const Database::ReadRoute &route) {
        m_checkingStandby = false;
        emit readRouteChanged(route);
    };
    QCoro::Task<bool> done = deliver(this, m_standbyCheck, std::move(show), [](const Error &) {});
    co_await done;
}

} // namespace hd
