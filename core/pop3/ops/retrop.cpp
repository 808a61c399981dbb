// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "pop3/ops/retrop.h"

#include "pop3/session/pop3session.h"

#include <QCoreApplication>

namespace Pigeon::Pop3 {

RetrOp::RetrOp(Session *session, QList<MessageRef> messages, QObject *parent)
    : QObject(parent), m_session(session), m_messages(std::move(messages))
{
}

void RetrOp::start()
{
    if (m_messages.isEmpty()) {
        finish(Result<void>());
        return;
    }
    m_outstanding = int(m_messages.size());
    const QPointer<RetrOp> self(this);
    // All RETRs are queued now; the session decides how many are on the wire at once.
    for (const MessageRef &ref : std::as_const(m_messages)) {
        m_session->retr(ref.number, ref.size, [self, ref](Result<QByteArray> message) {
            if (!self || self->m_done)
                return;
            if (message) {
                Q_EMIT self->messageRetrieved(ref, *message);
            } else if (message.error().kind() == MailError::Kind::ServerNo
                       || message.error().kind() == MailError::Kind::LimitExceeded) {
                Q_EMIT self->messageFailed(ref, message.error());
            } else {
                self->finish(message.error());
                return;
            }
            if (self && --self->m_outstanding == 0)
                self->finish(Result<void>());
        }, this);
    }
}

void RetrOp::cancel()
{
    finish(MailError(MailError::Kind::Cancelled, QCoreApplication::translate("Pigeon::Pop3::RetrOp", "Cancelled.")));
}

void RetrOp::finish(Result<void> result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_session)
        m_session->cancelQueued(this);
    Q_EMIT finished(result);
}

} // namespace Pigeon::Pop3
