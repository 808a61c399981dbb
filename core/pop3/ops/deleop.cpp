// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "pop3/ops/deleop.h"

#include "pop3/session/pop3session.h"

namespace Pigeon::Pop3 {

DeleOp::DeleOp(Session *session, QList<int> numbers, QObject *parent)
    : QObject(parent), m_session(session), m_numbers(std::move(numbers))
{
}

void DeleOp::start()
{
    if (m_numbers.isEmpty()) {
        finish(Result<void>());
        return;
    }
    m_outstanding = int(m_numbers.size());
    const QPointer<DeleOp> self(this);
    for (int number : std::as_const(m_numbers)) {
        m_session->dele(number, [self, number](Result<void> r) {
            if (!self || self->m_done)
                return;
            if (r)
                self->m_marked.append(number);
            else if (!self->m_firstError.isError())
                self->m_firstError = r.error();
            if (--self->m_outstanding == 0)
                self->finish(self->m_firstError.isError() ? Result<void>(self->m_firstError) : Result<void>());
        }, this);
    }
}

void DeleOp::finish(Result<void> result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
}

} // namespace Pigeon::Pop3
