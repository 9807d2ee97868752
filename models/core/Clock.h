#pragma once

#include <QDateTime>

namespace hd {

class Session;

// The one "now" of Healdesk's jobs and holds: the database's clock, so every
// worker and console agree whatever their own clocks say. Test builds (the
// tests' CMake option, HEALDESK_BUILD_TESTS) may shift it by
// HEALDESK_TEST_CLOCK_OFFSET seconds, so a test can stand a worker at a month
// end or a DST change; the shipped program is built without that code
// (HEALDESK_TEST_HOOKS is not defined in the release preset the packages come
// from), so nothing in its environment can move its clock.
namespace Clock {

// The database's now(), to the millisecond, plus the test offset.
QDateTime now(Session &session);
// The test offset in seconds: always 0 in a shipped build.
qint64 testOffsetSeconds();

} // namespace Clock

} // namespace hd
