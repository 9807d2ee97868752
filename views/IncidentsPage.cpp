#include "IncidentsPage.h"

#include "Channels.h"
#include "Database.h"
#include "Deliver.h"
#include "Fleet.h"
#include "Format.h"
#include "IncidentDesk.h"
#include "IncidentModel.h"
#include "JsonDiff.h"
#include "Settings.h"
#include "TableSupport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QAction>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {

namespace {
struct IncidentsPageMsg
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsPage)
};
} // namespace

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString stepsHtml(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray())
        return json.isEmpty() ? IncidentsPageMsg::tr("<i>none recorded</i>")
                              : QStringLiteral("<code>%1</code>").arg(esc(json));
    QStringList items;
    const auto array = doc.array();
    for (const QJsonValue &v : array) {
        items << QStringLiteral("<li>%1</li>")
                     .arg(esc(v.isString()
                                  ? v.toString()
                                  : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))));
    }
    return items.isEmpty() ? IncidentsPageMsg::tr("<i>none recorded</i>")
                           : QStringLiteral("<ol>%1</ol>").arg(items.join(QString()));
}

QString diffHtml(const QString &before, const QString &after)
{
    const JsonDiffResult diff = jsonDiff(before, after);
    QString html;
    if (!diff.beforeError.isEmpty())
        html += IncidentsPageMsg::tr("<p style='color:#c62828'>state_before is not valid JSON: <code>%1</code></p>")
                    .arg(esc(diff.beforeError));
    if (!diff.afterError.isEmpty())
        html += IncidentsPageMsg::tr("<p style='color:#c62828'>state_after is not valid JSON: <code>%1</code></p>")
                    .arg(esc(diff.afterError));
    if (diff.changes.isEmpty())
        return html + IncidentsPageMsg::tr("<i>no state recorded</i>");
    html += IncidentsPageMsg::tr(
        "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
        "<tr><th align='left'>Setting</th><th align='left'>Before</th><th align='left'>After</th></tr>");
    for (const JsonChange &c : diff.changes) {
        QString color;
        switch (c.kind) {
        case JsonChange::Kind::Changed:
            color = QStringLiteral("#fff3cd");
            break;
        case JsonChange::Kind::Added:
            color = QStringLiteral("#e6f4ea");
            break;
        case JsonChange::Kind::Removed:
            color = QStringLiteral("#fde7e9");
            break;
        case JsonChange::Kind::Same:
            color = QStringLiteral("#ffffff");
            break;
        }
        html += QStringLiteral("<tr style='background:%1'><td><code>%2</code></td><td><code>%3</code></td>"
                               "<td><code>%4</code></td></tr>")
                    .arg(color, esc(c.path), c.before.isEmpty() ? QStringLiteral("—") : esc(c.before),
                         c.after.isEmpty() ? QStringLiteral("—") : esc(c.after));
    }
    return html + QStringLiteral("</table>");
}

// Everything that happened to the incident in time order, each with who did it: reported, each execution, each
// order, and each technician's acknowledgement, assignment, note, resolution or reopening.
QString timelineHtml(const IncidentDetail &d)
{
    struct Entry
    {
        QDateTime at;
        QString what;
        QString who;
        QString text;
    };
    QList<Entry> entries{{d.incident.reportedAt, IncidentsPageMsg::tr("reported"), IncidentsPageMsg::tr("agent"), {}}};
    for (const ExecutionRow &e : d.executions)
        entries << Entry{e.completedAt.isValid() ? e.completedAt : e.startedAt,
                         IncidentsPageMsg::tr("%1 ran %2: %3")
                             .arg(e.tier == QLatin1String("unknown") ? e.level : e.tier,
                                  e.canonical.isEmpty() ? e.runbookId : e.canonical,
                                  e.success ? IncidentsPageMsg::tr("success") : IncidentsPageMsg::tr("failed")),
                         e.hostname.isEmpty() ? IncidentsPageMsg::tr("agent") : e.hostname, e.error};
    for (const IncidentEvent &e : d.events)
        entries << Entry{e.at, IncidentActions::what(e), e.actor, e.text};
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.at.isValid() != b.at.isValid())
            return a.at.isValid();
        return a.at < b.at;
    });
    QString html = IncidentsPageMsg::tr("<h4>Timeline</h4>") + QStringLiteral("<table cellpadding='2'>");
    for (const Entry &e : entries) {
        html += QStringLiteral("<tr><td style='color:gray' valign='top'>%1</td><td valign='top'>%2%3</td></tr>")
                    .arg(esc(e.at.isValid() ? format::dateTime(e.at) : IncidentsPageMsg::tr("no time")),
                         esc(e.what),
                         e.text.isEmpty() ? QString()
                                          : QStringLiteral("<br><span style='white-space:pre-wrap'>%1</span>")
                                                .arg(esc(e.text)));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString executionsHtml(const QList<ExecutionRow> &executions)
{
    QString html;
    int n = 0;
    for (const ExecutionRow &e : executions) {
        const QString result =
            e.success ? QStringLiteral("<span style='color:#2e7d32'>%1</span>").arg(IncidentsPage::tr("success"))
                      : QStringLiteral("<span style='color:#c62828'>%1</span>").arg(IncidentsPage::tr("failed"));
        const QString runbook =
            e.canonical.isEmpty()
                ? IncidentsPage::tr("%1 <span style='color:#b25a00'>(unmapped)</span>").arg(esc(e.runbookId))
                : (e.canonical == e.runbookId ? esc(e.canonical)
                                              : QStringLiteral("%1 → %2").arg(esc(e.runbookId), esc(e.canonical)));
        const QString tier = e.tier == QLatin1String("unknown")
                                 ? IncidentsPage::tr("unknown (recorded as \"%1\")").arg(esc(e.level))
                                 : esc(e.tier);
        html += QStringLiteral("<p><b>%1. %2</b> — %3 — %4 — %5 <span style='color:gray'>(%6, %7)</span></p>")
                    .arg(++n)
                    .arg(runbook, tier, result, esc(format::duration(e.duration)), esc(format::dateTime(e.startedAt)),
                         esc(e.executionId));
        if (!e.error.isEmpty())
            html += QStringLiteral("<p style='color:#c62828'>%1</p>").arg(esc(e.error));
        html += QStringLiteral("<p>%1</p>").arg(IncidentsPage::tr("Steps:")) + stepsHtml(e.steps);
        html +=
            QStringLiteral("<p>%1</p>").arg(IncidentsPage::tr("State change:")) + diffHtml(e.stateBefore, e.stateAfter);
    }
    return html;
}

QString incidentDetailHtml(const IncidentDetail &d)
{
    const IncidentRow &i = d.incident;
    QString html = IncidentsPageMsg::tr("<h3>%1 <span style='color:gray;font-weight:normal'>on %2</span></h3>")
                       .arg(esc(i.type), esc(i.hostname));
    html += QStringLiteral("<table cellpadding='2'>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:gray'>%1</td><td>%2</td></tr>").arg(label, value);
    };
    row(IncidentsPage::tr("Incident"), QStringLiteral("<code>%1</code>").arg(esc(i.id)));
    row(IncidentsPage::tr("Site"),
        esc(i.siteName) + QStringLiteral(" <span style='color:gray'>(%1)</span>").arg(esc(i.siteId)));
    row(IncidentsPage::tr("Severity"), esc(format::storedValue(i.severity)));
    row(IncidentsPage::tr("Status"), esc(format::storedValue(i.status)));
    row(IncidentsPage::tr("Tier"),
        QStringLiteral("<b>%1</b>").arg(esc(i.tier)) +
            (i.recordedTier.trimmed().toUpper() == i.tier
                 ? QString()
                 : IncidentsPage::tr(" <span style='color:#b25a00'>(the incident row records %1)</span>")
                       .arg(i.recordedTier.isEmpty() ? IncidentsPage::tr("no tier") : esc(i.recordedTier))));
    row(IncidentsPage::tr("Owner"), i.owner.isEmpty() ? IncidentsPage::tr("<i>nobody</i>") : esc(i.owner));
    row(IncidentsPage::tr("Check"), esc(i.checkType));
    row(IncidentsPage::tr("Reported"), esc(format::dateTime(i.reportedAt)));
    row(IncidentsPage::tr("Resolved"), esc(format::dateTime(i.resolvedAt)));
    if (!d.orderId.isEmpty())
        row(IncidentsPage::tr("Order"), QStringLiteral("<code>%1</code>").arg(esc(d.orderId)));
    row(IncidentsPage::tr("Details"), QStringLiteral("<code>%1</code>").arg(esc(d.details)));
    html += QStringLiteral("</table>");

    html += timelineHtml(d);
    // An order run from it completed and it is still open: offer to resolve it (an admin setting per partner does
    // that by itself, healdesk_partner_desk).
    const IncidentEvent *order = nullptr;
    for (const IncidentEvent &e : d.events)
        if (e.kind == QLatin1String("order"))
            order = &e;
    const QString status = i.status.trimmed().toLower();
    if (order && order->orderStatus == QLatin1String("completed") && status != QLatin1String("resolved") &&
        status != QLatin1String("closed")) {
        html += IncidentsPage::tr("<p style='background:#e8f5e9;padding:4px'>Order %1 (%2) completed. "
                                  "<a href='%3'>Resolve the incident</a></p>")
                    .arg(esc(order->orderId), esc(order->orderRunbook), IncidentDesk::resolveLink());
    }

    html += IncidentsPage::tr("<h4>Executions (%1)</h4>").arg(d.executions.size());
    if (d.executions.isEmpty())
        html += IncidentsPage::tr("<p><i>No execution recorded for this incident.</i></p>");
    html += executionsHtml(d.executions);
    return html;
}

IncidentsPage::IncidentsPage(Database *db, QWidget *parent)
    : Page(db, parent), m_model(new IncidentModel(db, this)), m_view(new QTableView(this)),
      m_detail(new QTextBrowser(this)), m_appliance(new QComboBox(this)), m_severity(new QComboBox(this)),
      m_status(new QComboBox(this)), m_tier(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_count(new QLabel(this)), m_debounce(new QTimer(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_desk(new IncidentDesk(db, m_view, IncidentModel::LastEventRole, this))
{
    m_appliance->setObjectName(QStringLiteral("applianceFilter"));
    m_appliance->addItem(tr("Any appliance"), QString());
    m_appliance->setMinimumContentsLength(18);
    m_appliance->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_severity->addItem(tr("Any severity"), QString());
    for (const QString &s :
         {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")})
        m_severity->addItem(format::storedValue(s), s);
    m_status->addItem(tr("Any status"), QString());
    for (const QString &s : {QStringLiteral("open"), QStringLiteral("escalated"), QStringLiteral("resolved")})
        m_status->addItem(format::storedValue(s), s);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_tier->addItem(tr("Any tier"), QString());
    for (const QString &s : {QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3")})
        m_tier->addItem(s, s);
    m_tier->addItem(tr("no tier"), QStringLiteral("none"));
    m_search->setPlaceholderText(tr("Search type, check, host, site, details or incident ID  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("incidentSearch"));

    // The search box keeps room for a word or two however narrow the window; the filters shrink first.
    m_search->setMinimumWidth(160);
    for (QComboBox *box : {m_severity, m_status, m_tier}) {
        box->setMinimumContentsLength(6);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_appliance->setMinimumContentsLength(10);
    auto *filters = new QGridLayout;

    m_view->setObjectName(QStringLiteral("incidents"));
    m_view->setModel(m_model);
    // A new key: the Owner column moved the old layout's widths.
    setupTableView(m_view, QStringLiteral("incidents/columns"));
    // Several rows at once: every action works on all of them.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Acknowledge, assign, note, resolve and reopen, on every selected row; refusals in the notice above the list.
    connect(m_desk, &IncidentDesk::applied, this, [this](const QString &message) {
        emit actionApplied(message);
        reload();
    });
    m_detail->setObjectName(QStringLiteral("incidentDetail"));
    m_detail->setOpenLinks(false);
    m_desk->setDetailView(m_detail);
    m_detail->setHtml(tr("<p style='color:gray'>Select an incident to see its executions.</p>"));

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({820, 420});
    m_splitter->restoreState(Settings().splitterState(QStringLiteral("incidents")));
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Settings().setSplitterState(QStringLiteral("incidents"), m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_desk->noticeLabel());
    layout->addWidget(m_splitter, 1);

    // Wide, the filters share one row and the detail stands beside the list. Narrow (an 800x600 screen), the
    // search and the count take the first row, the filters the second, and the detail goes under the list, so that
    // nothing needs sideways scrolling.
    onRoomChanged(this, [this, filters](int width) {
        const bool narrow = width < 760;
        if (m_narrow.has_value() && *m_narrow == narrow)
            return;
        m_narrow = narrow;
        for (QWidget *w : std::initializer_list<QWidget *>{m_search, m_appliance, m_severity, m_status, m_tier, m_count})
            filters->removeWidget(w);
        for (int c = 0; c < filters->columnCount(); ++c)
            filters->setColumnStretch(c, 0);
        if (narrow) {
            filters->addWidget(m_search, 0, 0, 1, 3);
            filters->addWidget(m_count, 0, 3);
            filters->addWidget(m_appliance, 1, 0);
            filters->addWidget(m_severity, 1, 1);
            filters->addWidget(m_status, 1, 2);
            filters->addWidget(m_tier, 1, 3);
            for (int c = 0; c < 4; ++c)
                filters->setColumnStretch(c, 1);
        } else {
            const QList<QWidget *> row{m_search, m_appliance, m_severity, m_status, m_tier, m_count};
            for (int c = 0; c < row.size(); ++c)
                filters->addWidget(row[c], 0, c);
            filters->setColumnStretch(0, 3);
            filters->setColumnStretch(1, 1);
        }
        m_splitter->setOrientation(narrow ? Qt::Vertical : Qt::Horizontal);
    });

    // Typing restarts a short timer; the query runs once the technician pauses.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &IncidentsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_appliance, m_severity, m_status, m_tier})
        connect(box, &QComboBox::currentIndexChanged, this, &IncidentsPage::applyFilter);

    connect(m_model, &IncidentModel::totalCountChanged, this, &IncidentsPage::updateCount);
    connect(m_model, &IncidentModel::rowsInserted, this, &IncidentsPage::updateCount);
    connect(m_model, &IncidentModel::modelReset, this, &IncidentsPage::updateCount);
    connect(m_model, &IncidentModel::loaded, this, [this] {
        // Show the newest incident's detail straight away rather than an empty pane; when the filter matches
        // nothing, say so rather than keep the detail of an incident no longer listed.
        if (!m_view->selectionModel()->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->selectRow(0);
        if (m_model->rowCount() == 0) {
            m_desk->clearDetail(tr("<p style='color:gray'>No incident matches the filter.</p>"));
        }
        emit dataShown();
    });
    connect(m_model, &IncidentModel::loadFailed, this, &Page::loadFailed);
    // A row chosen while its window was being read again has its incident once the rows arrive.
    connect(m_model, &IncidentModel::dataChanged, this, [this] {
        const QString id = m_view->selectionModel()->currentIndex().data(KeyRole).toString();
        if (!id.isEmpty() && id != m_desk->detailId())
            m_desk->showDetail(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(KeyRole).toString();
                if (!id.isEmpty() && id != m_desk->detailId())
                    m_desk->showDetail(id);
            });
}

QStringList IncidentsPage::channels() const
{
    return {Channel::incidents(), Channel::telemetry()};
}

void IncidentsPage::setScope(const Scope &scope)
{
    const bool sitesChanged = scope.siteIds != m_scope.siteIds || scope.partnerId != m_scope.partnerId;
    m_scope = scope;
    if (sitesChanged || m_appliance->count() <= 1)
        loadAppliances();
    applyFilter();
}

QCoro::Task<> IncidentsPage::loadAppliances()
{
    const Scope scope = m_scope;
    auto fetch = [scope](Session &s) { return Fleet::appliancesInScope(s, scope); };
    auto show = [&](const QList<NamedId> &appliances) {
        const QString current = m_appliance->currentData().toString();
        const QSignalBlocker block(m_appliance);
        m_appliance->clear();
        m_appliance->addItem(tr("Any appliance"), QString());
        for (const NamedId &a : appliances)
            m_appliance->addItem(a.name, a.id);
        const int index = m_appliance->findData(current);
        m_appliance->setCurrentIndex(index < 0 ? 0 : index);
    };
    auto fail = [&](const Error &error) { emit loadFailed(error.toString()); };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show), std::move(fail));
    co_await done;
}

void IncidentsPage::reload()
{
    m_model->refresh();
    if (!m_desk->detailId().isEmpty())
        m_desk->showDetail(m_desk->detailId());
}

void IncidentsPage::handleChange(const QString &channel, const QStringList &ids)
{
    Q_UNUSED(channel);
    Q_UNUSED(ids);
    reload();
}

bool IncidentsPage::hasData() const
{
    return m_model->rowCount() > 0 || (m_model->totalCount() && *m_model->totalCount() == 0);
}

void IncidentsPage::showTier(const QString &tier)
{
    const int index = m_tier->findData(tier);
    m_tier->setCurrentIndex(index < 0 ? 0 : index);
}

void IncidentsPage::showAppliance(const QString &applianceId, const QString &hostname)
{
    int index = m_appliance->findData(applianceId);
    if (index < 0) {
        m_appliance->addItem(hostname, applianceId);
        index = m_appliance->count() - 1;
    }
    m_appliance->setCurrentIndex(index);
}

void IncidentsPage::applyFilter()
{
    m_debounce->stop();
    IncidentFilter filter;
    filter.scope = m_scope;
    filter.applianceId = m_appliance->currentData().toString();
    filter.severity = m_severity->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.tier = m_tier->currentData().toString();
    filter.search = m_search->text();
    if (m_filterApplied && filter == m_model->filter())
        return;
    m_filterApplied = true;
    m_model->setFilter(filter);
}

void IncidentsPage::updateCount()
{
    const auto total = m_model->totalCount();
    const QLocale locale;
    if (!total)
        m_count->setText(tr("%1 loaded, counting…").arg(locale.toString(m_model->rowCount())));
    else
        m_count->setText(
            tr("%1 incidents (%2 loaded)").arg(locale.toString(*total), locale.toString(m_model->rowCount())));
}

IncidentAction IncidentsPage::selectedAction(IncidentActionKind kind) const
{
    return m_desk->selectedAction(kind);
}

QCoro::Task<> IncidentsPage::actOnSelection(IncidentActionKind kind)
{
    return m_desk->actOnSelection(kind);
}

QCoro::Task<> IncidentsPage::applyAction(IncidentAction action)
{
    return m_desk->applyAction(std::move(action));
}

const QString &IncidentsPage::lastActionMessage() const
{
    return m_desk->lastMessage();
}

QLabel *IncidentsPage::noticeLabel() const
{
    return m_desk->noticeLabel();
}

} // namespace hd
