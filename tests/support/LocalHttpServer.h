#pragma once

#include "HttpInbox.h"

namespace hd::test {

// A real HTTP/1.1 server on 127.0.0.1 for network tests: records each request
// body and path and answers with the next status from a script (then 200).
using LocalHttpServer = hd::HttpInbox;

} // namespace hd::test
