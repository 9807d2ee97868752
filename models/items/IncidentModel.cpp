#include "IncidentModel.h"

#include "Deliver.h"
#include "Error.h"
#include "Format.h"
#include "Session.h"
#include "Stats.h"
#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace hd {

QString severityTone(const QString &severity)
{
    const QString s = severity.trimmed().toLower();
    if (s == QLatin1String("critical"))
        return QStringLiteral("bad");
    if (s == QLatin1String("high"))
        return QStringLiteral("warn");
    if (s == QLatin1String("low") || s == QLatin1String("medium"))
        return {};
    return QStringLiteral("muted"); // a severity the schema does not know: shown as it is, greyed
}

namespace {
// True when a comes before b in the list (newer, or as new with the greater id).
bool before(const IncidentKey &a, const IncidentKey &b)
{
    return a.reportedUs != b.reportedUs ? a.reportedUs > b.reportedUs : a.id > b.id;
}

// The database-thread work for one window; made here, not in the coroutines
// (GCC 12 mishandles lambdas written inside them).
auto windowFetch(IncidentFilter filter, std::optional<IncidentKey> after, int limit, std::optional<IncidentKey> through)
{
    return [filter = std::move(filter), after = std::move(after), limit, through = std::move(through)](Session &s) {
        return Incidents::page(s, filter, after, limit, through);
    };
}
} // namespace

IncidentModel::IncidentModel(Database *db, QObject *parent) : TableModelBase(parent), m_db(db) {}

int IncidentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_starts.constLast();
}

int IncidentModel::windowOf(int row) const
{
    // The last window starting at or before the row (empty windows share a start with the next).
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend() - 1, row);
    return int(it - m_starts.cbegin()) - 1;
}

void IncidentModel::recomputeStarts(int from)
{
    m_starts.resize(m_windows.size() + 1);
    for (qsizetype w = std::max(from, 0); w < m_windows.size(); ++w)
        m_starts[w + 1] = m_starts[w] + m_windows[w].count;
}

const IncidentRow *IncidentModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int w = windowOf(row);
    const Window &window = m_windows[w];
    if (!window.held) {
        want(w);
        return nullptr;
    }
    window.used = ++m_clock;
    return &window.rows[row - m_starts[w]];
}

void IncidentModel::setCacheLimit(int windows)
{
    m_cacheLimit = std::max(windows, 1);
    dropLeastRecent(-1);
}

int IncidentModel::heldRowCount() const
{
    int held = 0;
    for (const Window &w : m_windows)
        held += int(w.rows.size());
    return held;
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reported:
        return tr("Reported");
    case Site:
        return tr("Site");
    case Appliance:
        return tr("Appliance");
    case Type:
        return tr("Type");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Tier:
        return tr("Tier");
    }
    return {};
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const IncidentRow *row = rowAt(index.row());
    if (!row) {
        // A window read earlier and let go: it is being read again.
        if (role == Qt::DisplayRole && index.column() == Reported)
            return tr("loading…");
        if (role == ToneRole)
            return QStringLiteral("muted");
        return {};
    }
    const IncidentRow &r = *row;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reported:
            return format::dateTime(r.reportedAt);
        case Site:
            return r.siteName;
        case Appliance:
            return r.hostname;
        case Type:
            return r.type;
        case Severity:
            return format::storedValue(r.severity);
        case Status:
            return r.inWindow ? tr("%1 · in window").arg(format::storedValue(r.status)) : format::storedValue(r.status);
        case Owner:
            return r.owner;
        case Tier:
            return format::storedValue(r.tier);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Tier && r.recordedTier.trimmed().toUpper() != r.tier)
            return tr("Recorded on the incident: %1").arg(r.recordedTier.isEmpty() ? tr("nothing") : r.recordedTier);
        if (index.column() == Status && r.inWindow)
            return tr("Reported while its site was in a maintenance window: expected work, and alerts say so");
        return {};
    case KeyRole:
        return r.id;
    case TierRole:
        return r.tier;
    case StatusRole:
        return r.status;
    case LastEventRole:
        return r.lastEvent;
    case ToneRole:
        if (index.column() == Severity)
            return severityTone(r.severity);
        if (index.column() == Tier && r.tier == QLatin1String("L3"))
            return QStringLiteral("warn");
        return {};
    }
    return {};
}

bool IncidentModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void IncidentModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true; // one window in flight at a time
    appendWindow(m_filterGeneration);
}

QCoro::Task<> IncidentModel::setFilter(IncidentFilter filter)
{
    m_filter = std::move(filter);
    const quint64 generation = ++m_filterGeneration;
    beginResetModel();
    m_windows.clear();
    m_starts = {0};
    m_wanted.clear();
    m_atEnd = false;
    // Views may call fetchMore() from the reset itself; the first window is ours.
    m_fetching = true;
    m_total.reset();
    endResetModel();
    // The window first: both go through the same connection in order, and on a
    // large fleet the count can take seconds (BENCHMARKS.md); the rows should not wait for it.
    QCoro::Task<> window = appendWindow(generation);
    loadCount(generation);
    co_await window;
}

QCoro::Task<> IncidentModel::appendWindow(quint64 generation)
{
    // The caller has set m_fetching, so no second window starts meanwhile.
    setLoading(true);
    std::optional<IncidentKey> after;
    if (!m_windows.isEmpty())
        after = m_windows.constLast().through;
    auto onRows = [this, generation, after](QList<IncidentRow> rows) {
        if (generation != m_filterGeneration)
            return;
        m_atEnd = rows.size() < kWindow;
        // Still "fetching" while rows go in: views and testers call fetchMore()
        // from the insert signals, before the new window is there to page from.
        if (!rows.isEmpty()) {
            const int first = rowCount();
            beginInsertRows({}, first, first + int(rows.size()) - 1);
            Window window;
            window.after = after;
            window.through = Incidents::keyOf(rows.constLast());
            window.count = int(rows.size());
            window.rows = std::move(rows);
            window.held = true;
            window.used = ++m_clock;
            m_windows.append(std::move(window));
            m_starts.append(first + m_windows.constLast().count);
            endInsertRows();
            dropLeastRecent(int(m_windows.size()) - 1);
        }
        m_fetching = false;
        setLoading(false);
        emit loaded();
    };
    auto onError = [this, generation](const Error &error) {
        if (generation != m_filterGeneration)
            return;
        m_fetching = false;
        m_atEnd = true; // stop asking; a refresh or new filter tries again
        setLoading(false);
        emit loadFailed(error.toString());
    };
    QCoro::Task<bool> done = deliver(this, m_db->submitRead(windowFetch(m_filter, after, kWindow, std::nullopt)),
                                     std::move(onRows), std::move(onError));
    co_await done;
}

void IncidentModel::applyWindow(int w, QList<IncidentRow> rows)
{
    Window &window = m_windows[w];
    const int start = m_starts[w];
    if (!window.held) {
        // Its rows were let go, so where any came or went inside it is not
        // known: the difference is made at its end, and every row is new data.
        const int before = window.count;
        const int after = int(rows.size());
        if (after > before)
            beginInsertRows({}, start + before, start + after - 1);
        else if (after < before)
            beginRemoveRows({}, start + after, start + before - 1);
        window.rows = std::move(rows);
        window.count = after;
        window.held = true;
        recomputeStarts(w);
        if (after > before)
            endInsertRows();
        else if (after < before)
            endRemoveRows();
    } else {
        // Both lists are in key order: walk them together, removing the rows
        // that are gone and inserting the new ones where they belong.
        QList<IncidentRow> &held = window.rows;
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < held.size() || j < rows.size()) {
            if (i < held.size() && j < rows.size() && held[i].id == rows[j].id) {
                held[i++] = std::move(rows[j++]);
                continue;
            }
            if (j == rows.size() || (i < held.size() && before(Incidents::keyOf(held[i]), Incidents::keyOf(rows[j])))) {
                qsizetype k = i + 1;
                while (k < held.size() &&
                       (j == rows.size() || before(Incidents::keyOf(held[k]), Incidents::keyOf(rows[j]))))
                    ++k;
                beginRemoveRows({}, start + int(i), start + int(k) - 1);
                held.remove(i, k - i);
                window.count = int(held.size());
                recomputeStarts(w);
                endRemoveRows();
            } else {
                qsizetype k = j + 1;
                while (k < rows.size() &&
                       (i == held.size() || before(Incidents::keyOf(rows[k]), Incidents::keyOf(held[i]))))
                    ++k;
                beginInsertRows({}, start + int(i), start + int(i + (k - j)) - 1);
                for (qsizetype n = j; n < k; ++n)
                    held.insert(i + (n - j), std::move(rows[n]));
                window.count = int(held.size());
                recomputeStarts(w);
                endInsertRows();
                i += k - j;
                j = k;
            }
        }
    }
    window.used = ++m_clock;
    if (window.count > 0)
        emit dataChanged(index(start, 0), index(start + window.count - 1, ColumnCount - 1));
}

void IncidentModel::dropLeastRecent(int keep)
{
    qsizetype held = std::count_if(m_windows.cbegin(), m_windows.cend(), [](const Window &w) { return w.held; });
    while (held > m_cacheLimit) {
        int oldest = -1;
        for (qsizetype w = 0; w < m_windows.size(); ++w) {
            if (m_windows[w].held && w != keep && (oldest < 0 || m_windows[w].used < m_windows[oldest].used))
                oldest = int(w);
        }
        if (oldest < 0)
            return;
        m_windows[oldest].rows = {};
        m_windows[oldest].held = false;
        --held;
    }
}

void IncidentModel::want(int window) const
{
    m_wanted.removeOne(window);
    m_wanted.append(window);
    // Only the latest few: a fast scroll passes windows nobody looks at any more.
    constexpr qsizetype kWantedMax = 4;
    while (m_wanted.size() > kWantedMax)
        m_wanted.removeFirst();
    if (!m_serving) {
        m_serving = true;
        // Not from data(): views ask while painting, and the model must not change then.
        auto *self = const_cast<IncidentModel *>(this);
        QMetaObject::invokeMethod(
            self, [self] { self->serveWanted(); }, Qt::QueuedConnection);
    }
}

QCoro::Task<> IncidentModel::serveWanted()
{
    QPointer<IncidentModel> self(this);
    while (self && !m_wanted.isEmpty()) {
        const int w = m_wanted.takeLast();
        if (w < m_windows.size() && !m_windows[w].held)
            co_await reloadWindow(m_filterGeneration, w);
    }
    if (self)
        m_serving = false;
}

QCoro::Task<> IncidentModel::reloadWindow(quint64 generation, int w)
{
    const Window &window = m_windows[w];
    const std::optional<IncidentKey> after = window.after;
    const IncidentKey through = window.through;
    QCoro::Task<bool> done = deliver(
        this, m_db->submitRead(windowFetch(m_filter, after, 0, through)),
        [this, generation, w](QList<IncidentRow> rows) {
            if (generation != m_filterGeneration)
                return;
            applyWindow(w, std::move(rows));
            dropLeastRecent(w);
        },
        [this, generation](const Error &error) {
            if (generation == m_filterGeneration)
                emit loadFailed(error.toString());
        });
    co_await done;
}

QCoro::Task<> IncidentModel::loadCount(quint64 generation)
{
    const IncidentFilter filter = m_filter;
    auto fetch = [filter](Session &s) { return Incidents::count(s, filter); };
    QCoro::Task<bool> done = deliver(
        this, m_db->submitRead(std::move(fetch)),
        [this, generation](qint64 total) {
            if (generation != m_filterGeneration)
                return;
            m_total = total;
            emit totalCountChanged(total);
        },
        [this, generation](const Error &error) {
            if (generation == m_filterGeneration)
                emit loadFailed(error.toString());
        });
    co_await done;
}

QCoro::Task<> IncidentModel::refresh()
{
    const quint64 generation = m_filterGeneration;
    if (m_windows.isEmpty()) {
        // Nothing shown yet (or nothing matched): start from the top.
        if (!m_fetching) {
            m_fetching = true;
            m_atEnd = false;
            QCoro::Task<> window = appendWindow(generation);
            loadCount(generation);
            co_await window;
        }
        co_return;
    }
    // The first window (where new incidents arrive) and every held one, read
    // again by their ranges, all asked for before the count.
    QList<int> windows;
    QList<QFuture<QList<IncidentRow>>> futures;
    const IncidentFilter filter = m_filter;
    for (qsizetype w = 0; w < m_windows.size(); ++w) {
        if (w != 0 && !m_windows[w].held)
            continue;
        const std::optional<IncidentKey> after = m_windows[w].after;
        const IncidentKey through = m_windows[w].through;
        windows << int(w);
        futures << m_db->submitRead(windowFetch(filter, after, 0, through));
    }
    loadCount(generation);
    setLoading(true);
    QCoro::Task<bool> done = deliver(
        this, awaitAll(std::move(futures)),
        [this, generation, windows](QList<QList<IncidentRow>> answers) {
            if (generation != m_filterGeneration)
                return;
            for (qsizetype n = 0; n < answers.size(); ++n)
                applyWindow(windows[n], std::move(answers[n]));
            dropLeastRecent(0);
            // Incidents older than the last one may have arrived (an agent's backlog).
            m_atEnd = false;
            setLoading(m_fetching);
            emit loaded();
        },
        [this, generation](const Error &error) {
            if (generation != m_filterGeneration)
                return;
            setLoading(m_fetching);
            emit loadFailed(error.toString());
        });
    co_await done;
}

} // namespace hd
