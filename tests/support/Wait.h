#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

namespace hd::test {

// Processes events until pred() holds; false after timeoutMs. Never used to
// measure speed, only to wait for asynchronous answers.
template<typename Pred>
bool waitUntil(Pred pred, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!pred()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace hd::test
