#pragma once

#include "Error.h"

#include <QCoro/QCoroFuture>
#include <QCoro/QCoroTask>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <variant>

namespace hd {

// Runs fn on Qt's thread pool and awaits it. An hd::Error thrown by fn is
// rethrown to the awaiting coroutine with its code intact (QtConcurrent alone
// would turn it into QUnhandledException). For files and page rendering, never
// for SQL: that goes through Database.
template <typename Fn> auto offThread(Fn fn) -> QCoro::Task<std::invoke_result_t<Fn>>
{
    using T = std::invoke_result_t<Fn>;
    using Value = std::conditional_t<std::is_void_v<T>, std::monostate, T>;
    auto job = [fn = std::move(fn)]() mutable -> std::variant<Value, Error> {
        try {
            if constexpr (std::is_void_v<T>) {
                fn();
                return std::monostate{};
            } else {
                return fn();
            }
        } catch (const Error &e) {
            return e;
        }
    };
    QFuture<std::variant<Value, Error>> future = QtConcurrent::run(std::move(job));
    std::variant<Value, Error> result = co_await future;
    if (auto *error = std::get_if<Error>(&result))
        throw *error;
    if constexpr (!std::is_void_v<T>)
        co_return std::get<Value>(std::move(result));
}

} // namespace hd
