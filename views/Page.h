#pragma once

#include "Scope.h"

#include <QWidget>

namespace hd {

class Database;

// One area of the console (Fleet, Incidents, ...). The main window gives it
// the global scope; it reloads when that changes, when it is shown after
// being stale, and when a notification touches one of its channels.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(Database *db, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_db(db)
    {
    }

    virtual QString title() const = 0;
    virtual QStringList channels() const = 0;
    virtual void setScope(const Scope &scope) = 0;
    virtual void reload() = 0;
    // A live change on one of channels(); ids empty means "could be anything".
    virtual void handleChange(const QString &channel, const QStringList &ids)
    {
        Q_UNUSED(channel);
        Q_UNUSED(ids);
        reload();
    }
    // True once the page shows data (used by the smoke test and the benchmark).
    virtual bool hasData() const = 0;

Q_SIGNALS:
    void loadFailed(const QString &message);
    void dataShown();

protected:
    Database *m_db;
};

} // namespace hd
