#pragma once

#include "Error.h"

#include <QCoro/QCoroFuture>
#include <QCoro/QCoroTask>
#include <QFuture>
#include <QPointer>

#include <optional>
#include <type_traits>
#include <utility>

namespace hd {

namespace detail {

template <typename A> struct AwaitedOf;
template <typename T> struct AwaitedOf<QFuture<T>>
{
    using type = T;
};
template <typename T> struct AwaitedOf<QCoro::Task<T>>
{
    using type = T;
};

template <typename R> struct IsTask : std::false_type
{
};
template <typename T> struct IsTask<QCoro::Task<T>> : std::true_type
{
};

} // namespace detail

// The one way a widget or an item model waits for work on the database
// thread (a QFuture from Database::submit*) or for a coroutine (a
// QCoro::Task): it awaits `work`, then, only while `owner` still exists,
// calls onValue(result), or onError(error) when the work threw hd::Error.
// Neither is called once the owner is gone (a page closed meanwhile), so they
// may use the owner freely. onValue may itself be a coroutine; it is awaited.
// The task's result says whether the owner still exists, for a caller that
// goes on after it. The callbacks may capture the awaiting coroutine's locals
// by reference: it waits for this task, so they outlive it.
//
//     auto fetch = [](Session &s) { return Fleet::allSites(s); };
//     QCoro::Task<bool> done = deliver(this, m_db->submit(std::move(fetch)),
//                                      [this](QList<NamedId> sites) { ... },
//                                      [this](const Error &e) { m_status->setText(e.message()); });
//     co_await done;
//
// The task is named and then awaited, never awaited as a temporary: GCC 12
// destroys a capturing lambda twice when it is a temporary inside a co_await
// expression (README). Inside, the future is a parameter, so what is awaited
// is a named object of this coroutine's frame.
template <typename Work, typename OnValue, typename OnError>
QCoro::Task<bool> deliver(const QObject *owner, Work work, OnValue onValue, OnError onError)
{
    using T = typename detail::AwaitedOf<Work>::type;
    const QPointer<const QObject> alive(owner);
    if constexpr (std::is_void_v<T>) {
        std::optional<Error> failure;
        try {
            co_await work;
        } catch (const Error &e) {
            failure = e;
        }
        if (!alive)
            co_return false;
        if (failure) {
            onError(*failure);
            co_return !alive.isNull();
        }
        using R = std::invoke_result_t<OnValue &>;
        if constexpr (detail::IsTask<R>::value) {
            R after = onValue();
            co_await after;
        } else {
            onValue();
        }
        co_return !alive.isNull();
    } else {
        std::optional<T> value;
        std::optional<Error> failure;
        try {
            value.emplace(co_await work);
        } catch (const Error &e) {
            failure = e;
        }
        if (!alive)
            co_return false;
        if (failure) {
            onError(*failure);
            co_return !alive.isNull();
        }
        using R = std::invoke_result_t<OnValue &, T &&>;
        if constexpr (detail::IsTask<R>::value) {
            R after = onValue(std::move(*value));
            co_await after;
        } else {
            onValue(std::move(*value));
        }
        co_return !alive.isNull();
    }
}

// Awaits every future in turn and returns their results in order; the first
// hd::Error thrown is rethrown. For several reads asked for at once.
template <typename T> QCoro::Task<QList<T>> awaitAll(QList<QFuture<T>> futures)
{
    QList<T> results;
    results.reserve(futures.size());
    for (QFuture<T> &future : futures) {
        T value = co_await future;
        results.append(std::move(value));
    }
    co_return results;
}

} // namespace hd
