#include "IssueOrderDialog.h"
#include "ParameterForm.h"

#include "Maintenance.h"

#include "Database.h"
#include "Deliver.h"
#include "Error.h"

#include <QDialogButtonBox>
#include <QDateTimeEdit>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QJsonDocument>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace hd {

IssueOrderDialog::IssueOrderDialog(Database *db, QStringList applianceIds, QString siteId, const QString &targetText,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_applianceIds(std::move(applianceIds)), m_siteId(std::move(siteId)),
      m_orderIdBase(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_runbookInfo(new QLabel(this)), m_params(new QPlainTextEdit(this)),
      m_form(new ParameterForm(this)), m_paramsStack(new QStackedWidget(this)), m_reason(new QLineEdit(this)), m_ttl(new QSpinBox(this)), m_hold(new QCheckBox(tr("&Hold until"), this)),
      m_holdUntil(new QDateTimeEdit(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Run a runbook"));
    setObjectName(QStringLiteral("issueOrderDialog"));
    confirmDisruptive = [this](const QString &runbookId, int count) {
        return QMessageBox::warning(this, tr("Disruptive runbook"),
                                    tr("%1 is disruptive: it may restart services or interrupt work.\n\n"
                                       "Run it on %n appliance(s)?",
                                       nullptr, count)
                                        .arg(runbookId),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };

    auto *target = new QLabel(tr("<b>Target:</b> %1").arg(targetText.toHtmlEscaped()), this);
    target->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search by ID, name, category or HIPAA control"));
    m_search->setClearButtonEnabled(true);
    m_list->setMinimumHeight(180);
    m_runbookInfo->setWordWrap(true);
    m_params->setPlainText(QStringLiteral("{}"));
    m_params->setMaximumHeight(90);
    m_params->setToolTip(tr("A JSON object, at most %1 bytes").arg(Orders::kMaxParameterBytes));
    m_reason->setPlaceholderText(tr("Why (required; recorded in the audit log)"));
    m_ttl->setRange(1, 7 * 24 * 60);
    m_ttl->setValue(60);
    m_ttl->setSuffix(tr(" min"));
    m_ttl->setToolTip(tr("A pending order expires if no appliance acknowledges it in time"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Runbook:"), m_search);
    form->addRow(QString(), m_list);
    form->addRow(QString(), m_runbookInfo);
    m_paramsStack->addWidget(m_params);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(120);
    m_paramsStack->addWidget(scroll);
    m_paramsStack->setMaximumHeight(90);
    form->addRow(tr("&Parameters:"), m_paramsStack);
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(tr("&Expires after:"), m_ttl);
    m_holdUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_holdUntil->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_holdUntil->setEnabled(false);
    m_hold->setToolTip(tr("Keep the order back until then; the worker sends it at that time"));
    connect(m_hold, &QCheckBox::toggled, m_holdUntil, &QWidget::setEnabled);
    auto *holdRow = new QHBoxLayout;
    holdRow->addWidget(m_hold);
    holdRow->addWidget(m_holdUntil);
    holdRow->addStretch(1);
    form->addRow(QString(), holdRow);
    m_suggestion = new QLabel(this);
    m_suggestion->setObjectName(QStringLiteral("orderSuggestion"));
    m_suggestion->setWordWrap(true);
    m_suggestion->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(target);
    layout->addWidget(m_suggestion);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue order"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    connect(m_search, &QLineEdit::textChanged, this, &IssueOrderDialog::filterRunbooks);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const QString id = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
        for (const RunbookChoice &r : std::as_const(m_runbooks)) {
            if (r.runbookId != id)
                continue;
            m_runbookInfo->setText(
                tr("%1 — %2 HIPAA: %3.%4")
                    .arg(r.category, r.description, r.hipaaControls.isEmpty() ? tr("none") : r.hipaaControls,
                         r.disruptive ? tr(" Disruptive: you will be asked to confirm.") : QString()));
            // A runbook that describes its parameters gets a form; any other the JSON box.
            bool form = false;
            if (!r.parameterSchema.isEmpty()) {
                try {
                    m_form->setSchema(ParameterSchema::parse(r.parameterSchema.toUtf8()));
                    form = true;
                } catch (const Error &e) {
                    showMessage(e.message(), true);
                }
            }
            m_paramsStack->setCurrentIndex(form ? 1 : 0);
            m_paramsStack->setMaximumHeight(form ? QWIDGETSIZE_MAX : 90);
        }
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 560);
    loadRunbooks();
}

QCoro::Task<> IssueOrderDialog::loadRunbooks()
{
    auto fetch = [](Session &s) { return Orders::runbookChoices(s); };
    auto show = [&](QList<RunbookChoice> runbooks) {
        m_runbooks = std::move(runbooks);
        filterRunbooks();
        if (!m_wantedRunbook.isEmpty())
            selectRunbook(m_wantedRunbook);
        m_ready = true;
        emit readyChanged();
    };
    auto fail = [&](const Error &e) { showMessage(e.toString(), true); };
    QCoro::Task<bool> done = deliver(this, m_db->submit(std::move(fetch)), std::move(show), std::move(fail));
    co_await done;
}

void IssueOrderDialog::filterRunbooks()
{
    const QString needle = m_search->text().trimmed();
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const RunbookChoice &r : std::as_const(m_runbooks)) {
        const QString text = QStringLiteral("%1 — %2").arg(r.runbookId, r.name);
        if (!needle.isEmpty() && !text.contains(needle, Qt::CaseInsensitive) &&
            !r.category.contains(needle, Qt::CaseInsensitive) && !r.hipaaControls.contains(needle, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(text + (r.enabled ? QString() : tr("  (disabled)")) +
                                             (r.disruptive ? tr("  ⚠ disruptive") : QString()),
                                         m_list);
        item->setData(Qt::UserRole, r.runbookId);
        if (!r.enabled)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        if (r.runbookId == current)
            m_list->setCurrentItem(item);
    }
}

bool IssueOrderDialog::showsParameterForm() const
{
    return m_paramsStack->currentIndex() == 1;
}

void IssueOrderDialog::selectRunbook(const QString &runbookId)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == runbookId)
            m_list->setCurrentRow(i);
}

void IssueOrderDialog::setIncident(const RunbookSuggestion &suggestion)
{
    m_incidentId = suggestion.incidentId;
    m_wantedRunbook = suggestion.runbookId;
    m_suggestion->setText(tr("<b>For incident:</b> %1 on %2<br><b>Suggested:</b> %3")
                              .arg(suggestion.incidentType.toHtmlEscaped(), suggestion.hostname.toHtmlEscaped(),
                                   suggestion.reason.toHtmlEscaped()));
    m_suggestion->show();
    // It runs now: an order held back is not in orders to link yet (Orders::issue refuses it).
    m_hold->setChecked(false);
    m_hold->hide();
    m_holdUntil->hide();
    if (m_reason->text().isEmpty())
        m_reason->setText(tr("Incident %1 (%2)").arg(suggestion.incidentId.left(8), suggestion.incidentType));
    if (m_ready && !m_wantedRunbook.isEmpty())
        selectRunbook(m_wantedRunbook);
}

void IssueOrderDialog::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#c62828") : QString());
    m_message->setText(text);
}

QCoro::Task<> IssueOrderDialog::submit()
{
    if (m_busy || !m_list->currentItem())
        co_return;
    OrderRequest request;
    request.applianceIds = m_applianceIds;
    request.siteId = m_applianceIds.isEmpty() ? m_siteId : QString();
    request.runbookId = m_list->currentItem()->data(Qt::UserRole).toString();
    const bool byForm = showsParameterForm();
    request.parameters = byForm ? QString::fromUtf8(QJsonDocument(m_form->values()).toJson(QJsonDocument::Compact))
                                : m_params->toPlainText();
    request.reason = m_reason->text().trimmed();
    request.ttlSeconds = m_ttl->value() * 60;
    if (m_hold->isChecked())
        request.holdUntil = m_holdUntil->dateTime().toUTC();
    request.orderId = m_orderIdBase;
    request.incidentId = m_incidentId;
    // Checks that need no database first: bad JSON never leaves the dialog.
    try {
        Orders::checkParameters(request.parameters);
        if (byForm)
            ParameterSchema::apply(m_form->schema(), m_form->values());
        if (request.reason.isEmpty())
            throw Error(Error::Code::Refused, tr("A reason is required: it goes into the audit log."));
    } catch (const Error &e) {
        showMessage(e.message(), true);
        co_return;
    }

    m_busy = true;
    showMessage(tr("Checking…"), false);
    auto check = [request](Session &s) { return Orders::plan(s, request); };
    OrderPlan plan;
    bool planned = false;
    auto keep = [&](OrderPlan p) {
        plan = std::move(p);
        planned = true;
    };
    auto refused = [this](const Error &e) {
        m_busy = false;
        showMessage(e.message(), true);
    };
    QCoro::Task<bool> checking = deliver(this, m_db->submit(std::move(check)), std::move(keep), std::move(refused));
    if (!co_await checking || !planned)
        co_return;
    if (!plan.refusals.isEmpty()) {
        QStringList lines;
        for (const OrderRefusal &r : plan.refusals)
            lines << tr("• %1: %2").arg(r.hostname.isEmpty() ? r.applianceId : r.hostname, r.why);
        showMessage(tr("Refused, nothing was ordered:\n") + lines.join(QLatin1Char('\n')), true);
        m_busy = false;
        co_return;
    }
    if (!plan.signingRefusal.isEmpty()) {
        showMessage(tr("Refused, nothing was ordered: %1").arg(plan.signingRefusal), true);
        m_busy = false;
        co_return;
    }
    QStringList holds;
    for (const OrderTarget &t : plan.targets) {
        if (t.hold.isEmpty())
            continue;
        holds << tr("• %1: %2").arg(t.hostname, t.releaseAt.isValid()
                                                     ? Maintenance::runsText(t.releaseAt, t.timeZone,
                                                                             QDateTime::currentDateTimeUtc())
                                                     : tr("no maintenance window ahead; it waits until one is added"));
    }
    if (!holds.isEmpty()) {
        showMessage(tr("Held until the site's maintenance window, not sent now:\n") + holds.join(QLatin1Char('\n')),
                    false);
    }
    if (plan.disruptive) {
        if (!confirmDisruptive(plan.runbookId, int(plan.targets.size()))) {
            showMessage(tr("Not issued: the disruptive runbook was not confirmed."), true);
            m_busy = false;
            co_return;
        }
        request.confirmDisruptive = true;
    }
    showMessage(plan.willSign ? tr("Issuing %n signed order(s)…", nullptr, int(plan.targets.size()))
                              : tr("Issuing %n unsigned order(s)…", nullptr, int(plan.targets.size())),
                false);
    auto write = [request](Session &s) { return Orders::issue(s, request); };
    QList<IssuedOrder> issued;
    bool written = false;
    for (int attempt = 0; attempt < 2 && !written; ++attempt) {
        // The order ids were made with the dialog, so a retry after a broken connection cannot double an order.
        bool retry = false;
        auto keepIssued = [&](QList<IssuedOrder> orders) {
            issued = std::move(orders);
            written = true;
        };
        auto failed = [&, attempt](const Error &e) {
            if (e.code() == Error::Code::ConnectionLost && attempt == 0) {
                retry = true;
                return;
            }
            m_busy = false;
            if (e.code() == Error::Code::ConnectionLost) {
                // Twice cut off mid-write: the commit may or may not have reached the server.
                showMessage(tr("The connection broke while the order was being written, so it is not confirmed. "
                               "Press Issue again once the console is back online: the same order ID is sent, "
                               "so it can never be written twice."),
                            true);
            } else if (e.code() == Error::Code::Connection) {
                showMessage(tr("Not written: %1").arg(e.message()), true);
            } else {
                showMessage(e.message(), true);
            }
        };
        // The Orders page reads them back.
        QCoro::Task<bool> writing = deliver(this, m_db->submitWrite(write), std::move(keepIssued), std::move(failed));
        if (!co_await writing || !retry)
            break;
    }
    if (!written)
        co_return;
    m_busy = false;
    m_issued = issued;
    QStringList ids;
    for (const IssuedOrder &o : issued)
        ids << o.orderId;
    emit ordersIssued(ids);
    accept();
}

} // namespace hd
