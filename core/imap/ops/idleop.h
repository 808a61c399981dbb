// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

#include <QTimer>

#include <chrono>

namespace Pigeon::Imap {

/// Waits for changes of the selected mailbox: IDLE (RFC 2177), or NOOP polling when the
/// server has no IDLE. Runs until stop() or cancel(), or until the connection fails.
///
/// Run it on a session of its own: while IDLE is in flight nothing else can be sent
/// on that connection (RFC 2177 §3), so the user's commands go through another session.
/// If a command is queued on this session anyway, IDLE ends (DONE), the command runs,
/// and IDLE starts again behind it.
///
/// IDLE is ended and sent again every reissueInterval (default 28 minutes): RFC 2177 §3
/// lets servers drop a client idle for 30 minutes, and the round trip also proves the
/// connection is alive. Tests shorten both intervals.
class IdleOp : public ImapOp
{
    Q_OBJECT
public:
    explicit IdleOp(ImapSession *session, QObject *parent = nullptr);
    ~IdleOp() override;

    void setReissueInterval(std::chrono::milliseconds interval) { m_reissueInterval = interval; }
    /// NOOP interval when the server has no IDLE (default 5 minutes).
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }

    /// Ends IDLE; finished() (success) follows the server's OK.
    void stop();
    /// The server confirmed IDLE ("+") and nothing has ended it since.
    bool isIdling() const { return m_idling; }
    /// IDLE commands sent so far (1 + re-issues + resumptions).
    int idleCount() const { return m_idleCount; }
    bool usesPolling() const { return m_polling; }

Q_SIGNALS:
    /// The server confirmed IDLE (each time, re-issues included); or a poll was answered.
    void idling();
    void existsReceived(quint32 count);
    void expungeReceived(quint32 sequence);
    void vanishedReceived(const Pigeon::Imap::SequenceSet &uids);
    void flagsReceived(quint32 sequence, quint32 uid, const Pigeon::Imap::FlagList &flags);

protected:
    void run() override;
    void aboutToCancel() override;

private:
    void startIdle();
    void endIdle();
    void poll();
    void onUntagged(const Response &response);

    std::chrono::milliseconds m_reissueInterval{std::chrono::minutes(28)};
    std::chrono::milliseconds m_pollInterval{std::chrono::minutes(5)};
    QTimer m_timer;
    int m_idleCount = 0;
    bool m_idling = false;
    bool m_stopping = false;
    bool m_polling = false;
};

} // namespace Pigeon::Imap
