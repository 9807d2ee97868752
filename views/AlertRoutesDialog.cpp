#include "AlertRoutesDialog.h"

#include "AdminSupport.h"
#include "Database.h"
#include "Fleet.h"
#include "Format.h"
#include "HealthModels.h"
#include "Keys.h"
#include "Settings.h"
#include "TableSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {

namespace {

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("incident.critical"))
        return AlertRoutesDialog::tr("Critical incident");
    if (kind == QLatin1String("incident.escalated"))
        return AlertRoutesDialog::tr("Escalated to L3");
    if (kind == QLatin1String("incident.sla_breach"))
        return AlertRoutesDialog::tr("Past its SLA");
    if (kind == QLatin1String("order.failed"))
        return AlertRoutesDialog::tr("Order failed");
    if (kind == QLatin1String("order.rejected"))
        return AlertRoutesDialog::tr("Order rejected");
    if (kind == QLatin1String("order.expired"))
        return AlertRoutesDialog::tr("Order expired");
    if (kind == QLatin1String("report.archived"))
        return AlertRoutesDialog::tr("Report archived");
    if (kind == QLatin1String("test"))
        return AlertRoutesDialog::tr("Test");
    return kind;
}

// "12 sent, last 5 Dec 02:14 · 1 waiting · 2 given up".
QString delivery(const AlertRoute &r)
{
    QStringList parts;
    parts << (r.lastSentAt.isValid()
                  ? AlertRoutesDialog::tr("%n sent, last %1", nullptr, r.sent).arg(format::dateTime(r.lastSentAt))
                  : AlertRoutesDialog::tr("none sent"));
    if (r.pending > 0)
        parts << AlertRoutesDialog::tr("%n waiting", nullptr, r.pending);
    if (r.givenUp > 0)
        parts << AlertRoutesDialog::tr("%n given up", nullptr, r.givenUp);
    return parts.join(QStringLiteral(" · "));
}

QString formatLabel(const QString &format)
{
    if (format == QLatin1String("slack"))
        return QStringLiteral("Slack");
    if (format == QLatin1String("teams"))
        return QStringLiteral("Microsoft Teams");
    if (format == QLatin1String("pagerduty"))
        return QStringLiteral("PagerDuty Events v2");
    return AlertRoutesDialog::tr("Generic JSON");
}

} // namespace

AlertRoutesDialog::AlertRoutesDialog(Database *db, QWidget *parent)
    : QDialog(parent), m_db(db), m_model(new HealthItemModel(this)),
      m_view(makeSortedTable(m_model, QStringLiteral("alerts/routes"), this)), m_recent(new HealthItemModel(this)),
      m_recentView(makeSortedTable(m_recent, QStringLiteral("alerts/recent"), this)), m_name(new QLineEdit(this)),
      m_scope(new QComboBox(this)), m_url(new QLineEdit(this)), m_format(new QComboBox(this)),
      m_severity(new QComboBox(this)), m_digest(new QSpinBox(this)), m_inWindow(new QComboBox(this)),
      m_secret(new QLineEdit(this)), m_legacy(new QLabel(this)), m_status(new QLabel(this)), m_refresh(new QTimer(this))
{
    setWindowTitle(tr("Alert routes"));
    m_model->setHeaders({tr("Route"), tr("Name"), tr("Scope"), tr("Format"), tr("Events"), tr("From"), tr("Digest"),
                         tr("In a window"), tr("Delivery"), tr("Last error")});
    m_recent->setHeaders({tr("Alert"), tr("Queued"), tr("Event"), tr("Severity"), tr("What"), tr("Delivery")});
    const QList<int> widths{50, 110, 90, 100, 150, 50, 50, 80, 200};
    for (int i = 0; i < widths.size(); ++i)
        m_view->horizontalHeader()->resizeSection(i, widths[i]);
    m_recentView->horizontalHeader()->resizeSection(0, 50);
    m_recentView->horizontalHeader()->resizeSection(4, 380);

    m_name->setPlaceholderText(tr("e.g. Ops channel (optional)"));
    m_url->setPlaceholderText(tr("https://hooks.example.org/services/{secret}"));
    m_url->setToolTip(tr("Write the secret part of the URL as {secret}: the URL is kept in the database, the "
                         "secret only on the machines that send (this one's keychain, the worker's systemd "
                         "credential healdesk-alert-ID)."));
    for (const QString &f : AlertRoutes::formats())
        m_format->addItem(formatLabel(f), f);
    for (const QString &s : AlertRoutes::severities())
        m_severity->addItem(s, s);
    m_digest->setRange(0, 168);
    m_digest->setSpecialValueText(tr("each event at once"));
    m_digest->setSuffix(tr(" h"));
    m_inWindow->addItem(tr("send them, marked as in a window"), QStringLiteral("mark"));
    m_inWindow->addItem(tr("hold them until the window ends"), QStringLiteral("hold"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("kept in this machine's keychain, never in the database"));
    auto secretNeeded = [this] {
        const bool needed = m_url->text().contains(QStringLiteral("{secret}")) ||
                            m_format->currentData().toString() == QLatin1String("pagerduty");
        m_secret->setEnabled(needed);
        if (m_format->currentData().toString() == QLatin1String("pagerduty") && m_url->text().trimmed().isEmpty())
            m_url->setPlaceholderText(AlertRoutes::pagerDutyUrl());
    };
    connect(m_url, &QLineEdit::textChanged, this, secretNeeded);
    connect(m_format, &QComboBox::currentIndexChanged, this, secretNeeded);
    secretNeeded();

    auto *events = new QGridLayout;
    const QStringList kinds = AlertRoutes::kinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto *box = new QCheckBox(kindLabel(kinds[i]), this);
        box->setChecked(true);
        box->setProperty("kind", kinds[i]);
        box->setToolTip(kinds[i]);
        m_events << box;
        events->addWidget(box, i / 4, i % 4);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("S&ecret:"), m_secret);
    form->addRow(tr("Events:"), events);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("From severity:"), this));
    row->addWidget(m_severity);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Digest every:"), this));
    row->addWidget(m_digest);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Incidents in a maintenance window:"), this));
    row->addWidget(m_inWindow);
    row->addStretch(1);
    form->addRow(QString(), row);
    auto *add = new QPushButton(tr("&Add route"), this);
    connect(add, &QPushButton::clicked, this, [this] { addRoute(formRoute(), m_secret->text()); });
    form->addRow(QString(), add);
    auto *newRoute = new QGroupBox(tr("New route"), this);
    newRoute->setLayout(form);

    auto *remove = new QPushButton(tr("&Remove…"), this);
    auto *test = new QPushButton(tr("Send &test"), this);
    test->setToolTip(tr("Queue a test alert on the selected route; the worker posts it within seconds"));
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(test, &QPushButton::clicked, this, [this] { testSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { loadRecent(); });

    auto *intro = new QLabel(tr("The worker sends each alert once to every route that wants it, retrying when the "
                                "destination is down; consoles send none. A route may serve one partner, one site or "
                                "(admins) the whole fleet."),
                             this);
    intro->setWordWrap(true);
    m_legacy->setWordWrap(true);
    m_legacy->setVisible(false);
    connect(m_legacy, &QLabel::linkActivated, this, [this](const QString &) {
        m_url->setText(Settings().webhookUrl());
        m_format->setCurrentIndex(0);
    });
    if (const QString old = Settings().webhookUrl(); !old.isEmpty()) {
        m_legacy->setText(tr("This console used to post alerts to %1 itself; consoles no longer send alerts. "
                             "<a href=\"use\">Put it in the form</a> to add it as a route the worker serves.")
                              .arg(old.toHtmlEscaped()));
        m_legacy->setVisible(true);
    }
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_recentView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(test, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_legacy);
    layout->addWidget(splitter, 1);
    layout->addWidget(newRoute);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1080, 760);

    m_refresh->setInterval(3000);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (!m_loading)
            reload();
    });
    m_refresh->start();
    loadScopes();
    reload();
}

AlertRoute AlertRoutesDialog::formRoute() const
{
    AlertRoute r;
    r.name = m_name->text();
    const QString scope = m_scope->currentData().toString();
    if (scope.startsWith(QLatin1String("p:")))
        r.partnerId = scope.mid(2);
    else if (scope.startsWith(QLatin1String("s:")))
        r.siteId = scope.mid(2);
    r.url = m_url->text();
    r.format = m_format->currentData().toString();
    for (const QCheckBox *box : m_events) {
        if (box->isChecked())
            r.events << box->property("kind").toString();
    }
    r.minSeverity = m_severity->currentData().toString();
    r.digestHours = m_digest->value();
    r.inWindow = m_inWindow->currentData().toString();
    return r;
}

qint64 AlertRoutesDialog::selectedRoute() const
{
    const QStringList ids = selectedKeys(m_view);
    return ids.isEmpty() ? 0 : ids.first().toLongLong();
}

QCoro::Task<> AlertRoutesDialog::loadScopes()
{
    struct Found
    {
        QList<NamedId> partners;
        QList<NamedId> sites;
    };
    auto fetch = [](Session &s) { return Found{Fleet::partners(s), Fleet::allSites(s)}; };
    auto show = [this](const Found &f) {
        m_scope->clear();
        m_scope->addItem(tr("The whole fleet (admins)"), QString());
        for (const NamedId &p : f.partners)
            m_scope->addItem(tr("Partner %1").arg(p.name), QString(QStringLiteral("p:") + p.id));
        for (const NamedId &s : f.sites)
            m_scope->addItem(tr("Site %1 (%2)").arg(s.name, s.id), QString(QStringLiteral("s:") + s.id));
        // A technician's routes are usually a partner's: start there.
        m_scope->setCurrentIndex(f.partners.isEmpty() ? 0 : 1);
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

QCoro::Task<> AlertRoutesDialog::reload()
{
    m_loading = true;
    auto fetch = [](Session &s) { return AlertRoutes::list(s); };
    auto show = [this](const QList<AlertRoute> &routes) {
        QList<HealthItem> items;
        for (const AlertRoute &r : routes) {
            QStringList events;
            for (const QString &e : r.events)
                events << kindLabel(e);
            const QString scope = !r.siteId.isEmpty()      ? tr("site %1").arg(r.scopeName)
                                  : !r.partnerId.isEmpty() ? tr("partner %1").arg(r.scopeName)
                                                           : tr("fleet");
            items << HealthItem{QString::number(r.id),
                                {QString::number(r.id), r.name, scope, formatLabel(r.format),
                                 events.size() == AlertRoutes::kinds().size() ? tr("all") : events.join(QStringLiteral(", ")),
                                 r.minSeverity, r.digestHours > 0 ? tr("every %n h", nullptr, r.digestHours) : tr("no"),
                                 r.inWindow == QLatin1String("hold") ? tr("held") : tr("marked"),
                                 delivery(r), r.lastError}};
        }
        m_model->setRows(items);
        // The first route's alerts show until another is chosen.
        if (!routes.isEmpty() && !m_view->selectionModel()->hasSelection())
            m_view->selectRow(0);
        if (routes.isEmpty() && m_status->text().isEmpty())
            m_status->setText(tr("No routes yet: alerts are kept for none. Add one below."));
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    const bool alive = co_await done;
    if (!alive)
        co_return;
    m_loading = false;
    QCoro::Task<> recent = loadRecent();
    co_await recent;
}

QCoro::Task<> AlertRoutesDialog::loadRecent()
{
    const qint64 route = selectedRoute();
    if (route == 0) {
        m_recent->setRows({});
        co_return;
    }
    auto fetch = [route](Session &s) { return AlertRoutes::recent(s, route, 50); };
    auto show = [this](const QList<AlertMessage> &messages) {
        QList<HealthItem> items;
        for (const AlertMessage &m : messages) {
            const QString sent = m.facts.value(QStringLiteral("_sent_at")).toString();
            const QString gaveUp = m.facts.value(QStringLiteral("_given_up_at")).toString();
            const QString error = m.facts.value(QStringLiteral("_last_error")).toString();
            const QString delivery =
                !sent.isEmpty()     ? tr("sent %1").arg(format::dateTime(QDateTime::fromString(sent, Qt::ISODate)))
                : !gaveUp.isEmpty() ? tr("given up: %1").arg(error)
                : m.attempts > 0    ? tr("retrying after %n failed tries: %1", nullptr, m.attempts).arg(error)
                                    : tr("waiting for the worker");
            items << HealthItem{QString::number(m.id),
                                {QString::number(m.id), format::dateTime(m.createdAt), kindLabel(m.kind), m.severity,
                                 AlertFormat::text(m), delivery}};
        }
        m_recent->setRows(items);
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

template <typename Fn> QCoro::Task<> AlertRoutesDialog::change(Fn fn)
{
    QCoro::Task<bool> applying = applyChange(this, m_db, m_status, std::move(fn));
    if (co_await applying) {
        QCoro::Task<> again = reload();
        co_await again;
    }
}

QCoro::Task<> AlertRoutesDialog::addRoute(AlertRoute route, QString secret)
{
    const QString legacy = Settings().webhookUrl();
    const bool fromLegacy = !legacy.isEmpty() && route.url.trimmed() == legacy;
    auto fn = [route, secret](Session &s) {
        const QString installation = Keys::identity(s).installationId;
        const qint64 id = AlertRoutes::add(s, route, [&](qint64 routeId) {
            AlertRoutes::storeSecret(installation, routeId, secret);
        });
        return tr("Added route %1. The worker sends its alerts from now on; Send test checks the way.").arg(id);
    };
    QCoro::Task<bool> applying = applyChange(this, m_db, m_status, std::move(fn));
    if (co_await applying) {
        m_secret->clear();
        if (fromLegacy) {
            Settings().setWebhookUrl(QString());
            m_legacy->setVisible(false);
        }
        QCoro::Task<> again = reload();
        co_await again;
    }
}

QCoro::Task<> AlertRoutesDialog::removeSelected()
{
    const QStringList ids = selectedKeys(m_view);
    if (ids.isEmpty()) {
        m_status->setText(tr("Select the routes to remove."));
        co_return;
    }
    if (QMessageBox::question(this, tr("Remove alert routes"),
                              tr("Remove %n route(s)? Their alerts not yet sent are dropped.", nullptr, int(ids.size()))) !=
        QMessageBox::Yes)
        co_return;
    auto fn = [ids](Session &s) {
        for (const QString &id : ids)
            AlertRoutes::remove(s, id.toLongLong());
        return tr("Removed %n route(s).", nullptr, int(ids.size()));
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

QCoro::Task<> AlertRoutesDialog::testSelected()
{
    const qint64 route = selectedRoute();
    if (route == 0) {
        m_status->setText(tr("Select the route to test."));
        co_return;
    }
    auto fn = [route](Session &s) {
        AlertRoutes::test(s, route);
        return tr("Test alert queued on route %1; it shows as sent below when the worker has posted it.").arg(route);
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

} // namespace hd
