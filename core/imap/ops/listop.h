// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

#include <optional>

namespace Pigeon::Imap {

/// One mailbox of a LIST reply, with its STATUS when LIST-STATUS was used.
struct ListedMailbox {
    ListData list;
    std::optional<StatusData> status;
};

/// LIST "" "*" (RFC 9051 §6.3.9), asking for special-use attributes (RFC 6154 §5.1) and,
/// when offered, STATUS counters in the same round trip (RFC 5819 LIST-STATUS).
/// Names arrive decoded from modified UTF-7 by the parser.
///
/// With setStatusFallback(true) and a server without LIST-STATUS, a STATUS per
/// selectable mailbox follows the LIST (RFC 9051 §6.3.11), queued at once; a mailbox
/// whose STATUS fails (deleted meanwhile) keeps no status rather than failing the op.
class ListOp : public ImapOp
{
    Q_OBJECT
public:
    using ImapOp::ImapOp;

    void setStatusFallback(bool fallback) { m_statusFallback = fallback; }

    /// In server order.
    const QList<ListedMailbox> &result() const { return m_mailboxes; }
    /// The command sent (for logs and tests).
    QByteArray commandText() const { return m_commandText; }

protected:
    void run() override;

private:
    void statusEach();

    QList<ListedMailbox> m_mailboxes;
    bool m_statusFallback = false;
    int m_statusPending = 0;
    QByteArray m_commandText;
};

} // namespace Pigeon::Imap
