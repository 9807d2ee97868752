#pragma once

#include "Database.h"
#include "Deliver.h"
#include "Error.h"
#include "Orders.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>

#include <QCoro/QCoroFuture>
#include <QCoro/QCoroTask>

namespace hd {

// Refills a runbook choice box, keeping the current choice when it still exists.
inline void fillRunbooks(QComboBox *box, const QList<RunbookChoice> &runbooks)
{
    const QString current = box->currentData().toString();
    box->clear();
    for (const RunbookChoice &r : runbooks)
        box->addItem(QCoreApplication::translate("AdminPanels", "%1 — %2").arg(r.runbookId, r.name), r.runbookId);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

// Runs one administrative change (fn(Session&) -> the message to show) on the
// database thread and puts its message, or the refusal, in status. True when
// the change was made and owner still exists, so the caller may reload.
template <typename Fn> QCoro::Task<bool> applyChange(QObject *owner, Database *db, QLabel *status, Fn fn)
{
    bool changed = false;
    QCoro::Task<bool> done = deliver(
        owner, db->submitWrite(std::move(fn)), // the reload that follows reads it back
        [status, &changed](const QString &message) {
            status->setText(message);
            changed = true;
        },
        [status](const Error &e) {
            status->setText(QCoreApplication::translate("AdminPanels", "Not changed: %1").arg(e.message()));
        });
    co_await done;
    co_return changed;
}

} // namespace hd
