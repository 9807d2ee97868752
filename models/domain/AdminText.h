#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace hd::admin {

// What the administrative units (runbook config, learning, users) share: one
// translation context, and the refusal of a request understood but not allowed.
struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(Admin)
};

inline Error refused(const QString &message)
{
    return Error(Error::Code::Refused, message);
}

} // namespace hd::admin
