// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "pop3/ops/messageref.h"

#include <QObject>
#include <QPointer>

namespace Pigeon::Pop3 {

class Session;

/// Retrieves a batch of messages with RETR, streaming each one out as it completes.
///
/// The commands go through the session's queue, which pipelines them within its byte
/// window when the server announced PIPELINING (RFC 2449 §6.6) and sends them one at a
/// time otherwise; only the message being received is held in memory. A message the
/// server refuses (-ERR, e.g. deleted by another client) is reported with
/// messageFailed() and the batch goes on; a lost connection ends the batch.
class RetrOp : public QObject
{
    Q_OBJECT
public:
    RetrOp(Session *session, QList<MessageRef> messages, QObject *parent = nullptr);

    void start();
    /// Withdraws RETRs not yet sent; finished(Cancelled) follows at once.
    void cancel();

Q_SIGNALS:
    /// One message, byte-exact as served (CRLF line ends), in batch order.
    void messageRetrieved(const Pigeon::Pop3::MessageRef &ref, const QByteArray &message);
    void messageFailed(const Pigeon::Pop3::MessageRef &ref, const Pigeon::MailError &error);
    /// Exactly once: success when every message was retrieved or refused one by one.
    void finished(const Pigeon::Result<void> &result);

private:
    void finish(Result<void> result);

    QPointer<Session> m_session;
    QList<MessageRef> m_messages;
    int m_outstanding = 0;
    bool m_done = false;
};

} // namespace Pigeon::Pop3
