#include "MaintenanceDialog.h"

#include "AdminSupport.h"
#include "Database.h"
#include "Format.h"
#include "HealthModels.h"
#include "TableSupport.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace hd {

MaintenanceDialog::MaintenanceDialog(Database *db, QString siteId, QString siteName, QWidget *parent)
    : QDialog(parent), m_db(db), m_siteId(std::move(siteId)), m_model(new HealthItemModel(this)),
      m_view(makeSortedTable(m_model, QStringLiteral("fleet/windows"), this)), m_zoneLabel(new QLabel(this)),
      m_upcoming(new QLabel(this)), m_day(new QComboBox(this)), m_start(new QTimeEdit(QTime(2, 0), this)),
      m_end(new QTimeEdit(QTime(4, 0), this)), m_from(new QDateTimeEdit(this)), m_to(new QDateTimeEdit(this)),
      m_reason(new QLineEdit(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Maintenance windows of %1").arg(siteName));
    m_model->setHeaders({tr("Window"), tr("When (clinic time)"), tr("Reason"), tr("Set by")});
    m_view->horizontalHeader()->resizeSection(0, 70);
    m_view->horizontalHeader()->resizeSection(1, 300);
    m_view->horizontalHeader()->resizeSection(2, 220);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        m_day->addItem(locale.dayName(day), day);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime soon = QDateTime::currentDateTime().addSecs(3600);
    m_from->setDateTime(soon);
    m_to->setDateTime(soon.addSecs(2 * 3600));
    m_reason->setPlaceholderText(tr("Why (required; recorded in the audit log)"));
    m_status->setWordWrap(true);
    m_upcoming->setWordWrap(true);
    m_zoneLabel->setWordWrap(true);

    auto *addWeekly = new QPushButton(tr("Add &weekly"), this);
    auto *addOnce = new QPushButton(tr("Add &one-off"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(addWeekly, &QPushButton::clicked, this, [this] {
        this->addWeekly(m_day->currentData().toInt(), m_start->time(), m_end->time(), m_reason->text());
    });
    connect(addOnce, &QPushButton::clicked, this, [this] {
        // Typed in the clinic's time, like the weekly ones.
        const QTimeZone zone(m_zone.toUtf8());
        const QDateTime from(m_from->date(), m_from->time(), zone.isValid() ? zone : QTimeZone::utc());
        const QDateTime to(m_to->date(), m_to->time(), zone.isValid() ? zone : QTimeZone::utc());
        this->addOnce(from, to, m_reason->text());
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(); });

    auto *weekly = new QHBoxLayout;
    weekly->addWidget(m_day);
    weekly->addWidget(m_start);
    weekly->addWidget(new QLabel(QStringLiteral("–"), this));
    weekly->addWidget(m_end);
    weekly->addWidget(addWeekly);
    weekly->addStretch(1);
    auto *once = new QHBoxLayout;
    once->addWidget(m_from);
    once->addWidget(new QLabel(QStringLiteral("–"), this));
    once->addWidget(m_to);
    once->addWidget(addOnce);
    once->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Every week:"), weekly);
    form->addRow(tr("Once:"), once);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_zoneLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_upcoming);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 520);
    reload();
}

QCoro::Task<> MaintenanceDialog::reload()
{
    struct Found
    {
        QString zone;
        QList<MaintenanceWindow> windows;
        QList<WindowSpan> upcoming;
    };
    const QString site = m_siteId;
    auto fetch = [site](Session &s) {
        Found f;
        f.zone = Maintenance::timeZone(s, site);
        f.windows = Maintenance::list(s, site);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        f.upcoming = Maintenance::occurrences(s, site, now, now.addDays(8));
        return f;
    };
    auto show = [this](const Found &f) {
        m_zone = f.zone;
        const QTimeZone zone(f.zone.toUtf8());
        const QLocale locale;
        m_zoneLabel->setText(tr("Windows are in the clinic's time zone, <b>%1</b>. Disruptive runbooks issued outside "
                                "every window are held until the next one opens; a site without windows runs them at "
                                "once.")
                                 .arg(f.zone));
        QList<HealthItem> items;
        for (const MaintenanceWindow &w : f.windows) {
            const QString when =
                w.weekly() ? tr("every %1, %2–%3")
                                 .arg(locale.dayName(w.weekday), w.startTime.toString(QStringLiteral("HH:mm")),
                                      w.endTime.toString(QStringLiteral("HH:mm")))
                           : tr("%1 – %2")
                                 .arg(locale.toString(w.startsAt.toTimeZone(zone), QLocale::ShortFormat),
                                      locale.toString(w.endsAt.toTimeZone(zone), QLocale::ShortFormat));
            items << HealthItem{QString::number(w.id),
                                {QString::number(w.id), when, w.reason, w.createdBy}};
        }
        m_model->setRows(items);
        QStringList next;
        for (const WindowSpan &span : f.upcoming.mid(0, 4)) {
            next << tr("%1 to %2 clinic time")
                        .arg(locale.toString(span.startsAt.toTimeZone(zone), QStringLiteral("ddd d MMM HH:mm")),
                             locale.toString(span.endsAt.toTimeZone(zone), QStringLiteral("HH:mm")));
        }
        m_upcoming->setText(next.isEmpty() ? tr("No window opens in the next eight days.")
                                           : tr("Next: %1").arg(next.join(QStringLiteral("; "))));
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(std::move(fetch)), std::move(show),
                                     [this](const Error &e) { m_status->setText(e.message()); });
    co_await done;
}

template <typename Fn> QCoro::Task<> MaintenanceDialog::change(Fn fn)
{
    QCoro::Task<bool> applying = applyChange(this, m_db, m_status, std::move(fn));
    if (co_await applying) {
        emit changed();
        QCoro::Task<> again = reload();
        co_await again;
    }
}

QCoro::Task<> MaintenanceDialog::addWeekly(int weekday, QTime start, QTime end, QString reason)
{
    const QString site = m_siteId;
    auto fn = [site, weekday, start, end, reason](Session &s) {
        const qint64 id = Maintenance::addWeekly(s, site, weekday, start, end, reason);
        return tr("Added window %1.").arg(id);
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

QCoro::Task<> MaintenanceDialog::addOnce(QDateTime from, QDateTime to, QString reason)
{
    const QString site = m_siteId;
    auto fn = [site, from, to, reason](Session &s) {
        const qint64 id = Maintenance::addOnce(s, site, from.toUTC(), to.toUTC(), reason);
        return tr("Added window %1.").arg(id);
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

QCoro::Task<> MaintenanceDialog::removeSelected()
{
    const QStringList ids = selectedKeys(m_view);
    if (ids.isEmpty()) {
        m_status->setText(tr("Select the windows to remove."));
        co_return;
    }
    auto fn = [ids](Session &s) {
        for (const QString &id : ids)
            Maintenance::remove(s, id.toLongLong());
        return tr("Removed %n window(s).", nullptr, int(ids.size()));
    };
    QCoro::Task<> task = change(std::move(fn));
    co_await task;
}

} // namespace hd
