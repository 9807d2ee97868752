#include "Clock.h"

#include "Session.h"

namespace hd::Clock {

qint64 testOffsetSeconds()
{
#ifdef HEALDESK_TEST_HOOKS
    return qEnvironmentVariableIntValue("HEALDESK_TEST_CLOCK_OFFSET");
#else
    return 0;
#endif
}

QDateTime now(Session &session)
{
    auto q = session.query(QStringLiteral("clock_now"));
    q.next();
    return q.time("now_ms").addSecs(testOffsetSeconds());
}

} // namespace hd::Clock
