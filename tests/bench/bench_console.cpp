// The console on the generated 10M-execution fleet ("large"), offscreen:
//  - opening it: from the window's creation (the connection is made then)
//    until the first page has data, and until every page has data when each is
//    shown in turn as soon as the one before it has;
//  - the GUI thread: a 1 ms timer probe records every gap between its ticks
//    while the pages load and while notifications stream in (telemetry and
//    incidents every 2 s, as agents' writes would send them; no rows change,
//    so the cached fleet stays as generated) and while the incidents table is
//    scrolled; a gap longer than the tick is a stall;
//  - client memory: peak RSS (VmHWM) before and after loading every incident
//    window from the top to the bottom of the table, period "All time".
// Run it with scripts/bench console. Output is Markdown, pasted into BENCHMARKS.md.
#include "BenchSupport.h"
#include "ChangeListener.h"
#include "ConnectionConfig.h"
#include "ConsoleController.h"
#include "Database.h"
#include "IncidentModel.h"
#include "Incidents.h"
#include "IncidentsPage.h"
#include "MainWindow.h"
#include "Page.h"
#include "Session.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace hd;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Peak resident set size of this process so far, in MB.
double peakRssMb()
{
    return double(bench::peakRssKb()) / 1024.0;
}

// Records the gaps between ticks of a 1 ms timer on the GUI thread.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_gaps << double(now - m_last) / 1e6;
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    QList<double> stop()
    {
        m_timer.stop();
        return m_gaps;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    QList<double> m_gaps;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

// Runs the event loop until done() or the limit; false on timeout.
bool waitFor(const std::function<bool()> &done, int limitSeconds)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > qint64(limitSeconds) * 1000)
            return false;
        QEventLoop loop; // sleeps until events come, unlike a processEvents() loop
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QString fmt(double v)
{
    return v < 10 ? QString::number(v, 'f', 2) : QString::number(v, 'f', 0);
}

void stallRow(const char *phase, const QList<double> &gaps)
{
    out() << "| " << phase << " | " << gaps.size() << " | " << fmt(percentile(gaps, 0.99)) << " | "
          << fmt(gaps.isEmpty() ? 0 : *std::max_element(gaps.begin(), gaps.end())) << " |" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    setvbuf(stdout, nullptr, _IONBF, 0); // each line as it comes, for a long run
    // Its own settings, so a technician's remembered page or period does not leak in.
    QCoreApplication::setOrganizationName(QStringLiteral("HealdeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_console"));
    QApplication app(argc, argv);
    const ConnectionConfig config = ConnectionConfig::fromUriOrEnvironment({});
    const double rssStart = peakRssMb();

    StallProbe probe;
    probe.start();
    QElapsedTimer open;
    open.start();
    Database db(config);
    ChangeListener listener(config);
    listener.start();
    ConsoleController controller(&db, &listener);
    MainWindow window(&controller);
    window.resize(1360, 840);
    window.show();
    // Period "All time", the largest there is.
    if (auto *period = window.findChild<QComboBox *>(QStringLiteral("periodBox")))
        period->setCurrentIndex(period->findData(QStringLiteral("all")));

    // Notifications while the pages load, at about the rate of this fleet's
    // agents (27,000 executions and 2,700 incidents a day is one every 3 s;
    // here one of each every 2 s).
    Database notifier(config);
    const QStringList channels{QStringLiteral("healdesk_telemetry"), QStringLiteral("healdesk_incidents")};
    QTimer stream;
    stream.setInterval(2000);
    int sent = 0;
    QObject::connect(&stream, &QTimer::timeout, [&] {
        notifier.submit([channels](Session &s) {
            for (const QString &c : channels)
                s.queryText(QStringLiteral("SELECT pg_notify(?, '')"), {c}, QStringLiteral("bench"));
            return 0;
        });
        ++sent;
    });
    stream.start();

    out() << "## Opening the console (offscreen, period All time); GUI-thread gaps between ticks of a 1 ms timer\n\n"
          << "| page | has data after ms (from window creation) |\n|---|---:|\n";
    const int limit = 300; // seconds per page
    double firstPageMs = -1;
    for (int i = 0; i < window.pageCount(); ++i) {
        window.showPage(i);
        Page *page = window.page(i);
        const bool ok = waitFor([&] { return page->hasData(); }, limit);
        const double ms = double(open.nsecsElapsed()) / 1e6;
        if (i == 0)
            firstPageMs = ms;
        out() << "| " << page->title() << " | " << (ok ? fmt(ms) : QStringLiteral("no data in %1 s").arg(limit)) << " |"
              << Qt::endl;
    }
    const double allPagesMs = double(open.nsecsElapsed()) / 1e6;
    // Keep streaming a little longer with everything loaded.
    waitFor([] { return false; }, 5);
    stream.stop();
    const QList<double> openGaps = probe.stop();
    out() << "\nFirst page " << fmt(firstPageMs) << " ms, every page " << fmt(allPagesMs) << " ms; " << sent
          << " rounds of notifications on " << channels.size() << " channels." << Qt::endl;
    out() << "\n| phase | ticks | p99 gap ms | longest gap ms |\n|---|---:|---:|---:|" << Qt::endl;
    stallRow("opening, every page, notifications streaming", openGaps);

    // Scroll the incidents table from top to bottom: every window, as the view asks for them.
    IncidentsPage *incidents = nullptr;
    for (int i = 0; i < window.pageCount() && !incidents; ++i) {
        incidents = qobject_cast<IncidentsPage *>(window.page(i));
        if (incidents)
            window.showPage(i);
    }
    const double rssBefore = peakRssMb();
    probe.start();
    QElapsedTimer scroll;
    scroll.start();
    IncidentModel *model = incidents ? incidents->model() : nullptr;
    bool finished = false;
    if (model) {
        finished = waitFor(
            [&] {
                if (model->canFetchMore({}))
                    model->fetchMore({});
                return !model->canFetchMore({}) && !model->isLoading() && model->rowCount() > 0 &&
                       model->totalCount().has_value() && model->rowCount() >= *model->totalCount();
            },
            1800);
    }
    const double scrollMs = double(scroll.nsecsElapsed()) / 1e6;
    const QList<double> scrollGaps = probe.stop();
    const double rssAfter = peakRssMb();

    stallRow("scrolling the incidents table to the bottom", scrollGaps);
    out() << "\n## Client memory\n\n"
          << "| point | peak RSS MB |\n|---|---:|\n"
          << "| process start | " << fmt(rssStart) << " |\n"
          << "| every page loaded | " << fmt(rssBefore) << " |\n"
          << "| incidents scrolled to the bottom (" << (model ? model->rowCount() : 0) << " rows, "
          << (finished ? "all" : "stopped at the limit") << ", " << fmt(scrollMs / 1000) << " s) | " << fmt(rssAfter)
          << " |" << Qt::endl;
    return 0;
}
