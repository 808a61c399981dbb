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
class ListOp : public ImapOp
{
    Q_OBJECT
public:
    using ImapOp::ImapOp;

    /// In server order.
    const QList<ListedMailbox> &result() const { return m_mailboxes; }
    /// The command sent (for logs and tests).
    QByteArray commandText() const { return m_commandText; }

protected:
    void run() override;

private:
    QList<ListedMailbox> m_mailboxes;
    QByteArray m_commandText;
};

} // namespace Pigeon::Imap
