#include "OrderDetailDialog.h"

#include "Database.h"
#include "Deliver.h"
#include "Error.h"
#include "Format.h"
#include "IncidentsPage.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace hd {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A JSON object as a form: each name and its value, in the order given.
QString formHtml(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return json.isEmpty() ? QString() : QStringLiteral("<code>%1</code>").arg(esc(json));
    const QJsonObject o = doc.object();
    if (o.isEmpty())
        return OrderDetailDialog::tr("<i>none</i>");
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>");
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const QString value = v.isString() ? v.toString()
                              : v.isDouble() ? QString::number(v.toDouble())
                              : v.isBool()   ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                              : v.isNull()   ? QStringLiteral("null")
                                             : QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray())
                                                                                           : QJsonDocument(v.toObject()))
                                                                     .toJson(QJsonDocument::Compact));
        html += QStringLiteral("<tr><td><b>%1</b></td><td style='white-space:pre-wrap'>%2</td></tr>")
                    .arg(esc(it.key()), esc(value));
    }
    return html + QStringLiteral("</table>");
}

QString statusColor(const QString &status)
{
    if (status == QLatin1String("completed"))
        return QStringLiteral("#2e7d32");
    if (status == QLatin1String("failed") || status == QLatin1String("rejected"))
        return QStringLiteral("#c62828");
    if (status == QLatin1String("expired") || status == QLatin1String("cancelled"))
        return QStringLiteral("#8d6e00");
    return QStringLiteral("#1565c0");
}

} // namespace

QString OrderDetailDialog::html(const OrderDetail &d)
{
    const OrderRow &o = d.order;
    QString html = tr("<h3>%1 <span style='color:gray;font-weight:normal'>on %2</span></h3>")
                       .arg(esc(o.runbookId), esc(o.hostname.isEmpty() ? o.applianceId : o.hostname));
    html += QStringLiteral("<table cellpadding='2'>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:gray' valign='top'>%1</td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Order"), QStringLiteral("<code>%1</code>").arg(esc(o.orderId)));
    row(tr("Status"), QStringLiteral("<b style='color:%1'>%2</b>")
                          .arg(statusColor(o.status), esc(format::storedValue(o.displayStatus()))));
    row(tr("Site"), esc(o.siteName.isEmpty() ? o.siteId : o.siteName) +
                        QStringLiteral(" <span style='color:gray'>(%1)</span>").arg(esc(o.siteId)));
    row(tr("Issued by"), esc(o.issuedBy) + (o.signingKeyId.isEmpty()
                                                ? tr(" <span style='color:gray'>(unsigned)</span>")
                                                : tr(" <span style='color:gray'>(signed by %1)</span>")
                                                      .arg(esc(o.signedBy.isEmpty() ? o.signingKeyId : o.signedBy))));
    row(tr("Why"), QStringLiteral("<span style='white-space:pre-wrap'>%1</span>").arg(esc(o.reason)));
    row(tr("Batch"), o.batchId.isEmpty() ? tr("<i>none: issued to one appliance</i>")
                                         : QStringLiteral("<code>%1</code>").arg(esc(o.batchId)));
    row(tr("Incident"), d.incidentId.isEmpty()
                            ? tr("<i>none: not run from an incident</i>")
                            : QStringLiteral("<a href='healdesk-incident:%1'>%1</a>").arg(esc(d.incidentId)));
    html += QStringLiteral("</table>");
    html += tr("<h4>Parameters</h4>") + formHtml(o.parameters);

    // The timeline: its life in time order, with the executions it caused.
    struct Entry
    {
        QDateTime at;
        QString what;
    };
    QList<Entry> entries{{o.issuedAt, tr("issued by %1").arg(esc(o.issuedBy))}};
    if (o.acknowledgedAt.isValid())
        entries << Entry{o.acknowledgedAt, tr("acknowledged by the appliance")};
    for (const ExecutionRow &e : d.executions)
        entries << Entry{e.completedAt.isValid() ? e.completedAt : e.startedAt,
                         tr("executed %1: %2")
                             .arg(esc(e.canonical.isEmpty() ? e.runbookId : e.canonical),
                                  e.success ? tr("success") : tr("failed") + (e.error.isEmpty() ? QString()
                                                                                                : QStringLiteral(": ") +
                                                                                                      esc(e.error)))};
    const QString status = o.status;
    if (status == QLatin1String("completed") || status == QLatin1String("failed") ||
        status == QLatin1String("rejected") || status == QLatin1String("cancelled"))
        entries << Entry{o.completedAt, esc(format::storedValue(status))};
    else if (status == QLatin1String("expired"))
        entries << Entry{o.completedAt.isValid() ? o.completedAt : o.expiresAt, esc(format::storedValue(status))};
    else if (o.expiresAt.isValid())
        entries << Entry{o.expiresAt, tr("expires if no appliance has acknowledged it by then")};
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.at.isValid() != b.at.isValid())
            return a.at.isValid();
        return a.at < b.at;
    });
    html += tr("<h4>Timeline</h4>") + QStringLiteral("<table cellpadding='2'>");
    for (const Entry &e : entries)
        html += QStringLiteral("<tr><td style='color:gray' valign='top'>%1</td><td>%2</td></tr>")
                    .arg(esc(e.at.isValid() ? format::dateTime(e.at) : tr("no time")), e.what);
    html += QStringLiteral("</table>");
    if (!o.result.isEmpty())
        html += tr("<h4>Result</h4>") + formHtml(o.result);
    html += tr("<h4>Executions (%1)</h4>").arg(d.executions.size());
    html += d.executions.isEmpty() ? tr("<p><i>No execution recorded for this order yet.</i></p>")
                                   : executionsHtml(d.executions);
    return html;
}

OrderDetailDialog::OrderDetailDialog(Database *db, const QString &orderId, QWidget *parent)
    : QDialog(parent), m_db(db), m_orderId(orderId), m_view(new QTextBrowser(this))
{
    setWindowTitle(tr("Order %1").arg(orderId));
    setObjectName(QStringLiteral("orderDetailDialog"));
    m_view->setObjectName(QStringLiteral("orderDetail"));
    m_view->setOpenLinks(false);
    m_view->setHtml(tr("<p style='color:gray'>Loading…</p>"));
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("healdesk-incident"))
            emit openIncident(url.path());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(640, 680);
}

QCoro::Task<> OrderDetailDialog::load()
{
    const QString id = m_orderId;
    auto fetch = [id](Session &s) { return Orders::detail(s, id); };
    auto show = [this](OrderDetail d) {
        m_detail = std::move(d);
        m_view->setHtml(html(m_detail));
        m_loaded = true;
    };
    auto fail = [this](const Error &e) {
        m_view->setHtml(QStringLiteral("<p style='color:#c62828'>%1</p>").arg(esc(e.message())));
        m_loaded = true;
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show), std::move(fail));
    co_await done;
}

} // namespace hd
