// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "imap/session/imapsession.h"

#include <QObject>
#include <QPointer>

namespace Pigeon::Imap {

/// One IMAP operation (in the spirit of Trojitá's Imap::Mailbox tasks): it queues its
/// commands on a session, keeps its own result and error, and emits finished() exactly
/// once: after success, failure or cancel(). Subclasses expose a typed result().
class ImapOp : public QObject
{
    Q_OBJECT
public:
    explicit ImapOp(ImapSession *session, QObject *parent = nullptr);
    ~ImapOp() override;

    /// Starts the operation (once).
    void start();
    /// Withdraws what is not sent yet; finished() follows at once with Cancelled.
    void cancel();

    bool isFinished() const { return m_finished; }
    /// None when the operation succeeded (or has not finished).
    const MailError &error() const { return m_error; }
    /// True when the op CREATEd a missing mailbox after [TRYCREATE] (see createMailbox()).
    bool createdMailbox() const { return m_createdMailbox; }

Q_SIGNALS:
    /// Exactly once; \p error.isError() is false on success.
    void finished(const Pigeon::MailError &error);

protected:
    virtual void run() = 0;
    ImapSession *session() const { return m_session; }
    /// Queues \p command; \p ok runs on the tagged OK, anything else finishes the op.
    void send(const Command &command, bool barrier, ImapSession::Untagged untagged,
              std::function<void(const StatusResponse &)> ok);
    /// The same, but \p done sees NO/BAD too (to react to [TRYCREATE], a missing capability...).
    void sendChecked(const Command &command, ImapSession::CommandOptions options,
                     std::function<void(const Result<StatusResponse> &)> done);
    /// CREATE \p mailbox (RFC 9051 §6.3.4), then \p next; an existing mailbox is fine
    /// ([ALREADYEXISTS]), any other failure finishes the op.
    void createMailbox(const QString &mailbox, std::function<void()> next);
    /// Called by cancel() before the session withdraws the op's commands.
    virtual void aboutToCancel() {}
    /// Fails with InvalidInput when no mailbox is selected; true when one is.
    bool requireSelected();
    /// The same for SELECT/EXAMINE, which change the session's state.
    void sendSelect(const Command &command, const QString &mailbox, ImapSession::Untagged untagged,
                    std::function<void(const StatusResponse &)> ok);
    /// Emits finished() (once) and withdraws the op's commands still queued.
    void finish(const MailError &error = {});
    static MailError connectionLost();

private:
    QPointer<ImapSession> m_session;
    MailError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_createdMailbox = false;
};

} // namespace Pigeon::Imap
