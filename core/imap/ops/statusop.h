// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

namespace Pigeon::Imap {

/// STATUS mailbox (MESSAGES UNSEEN UIDNEXT UIDVALIDITY [HIGHESTMODSEQ]) (RFC 9051 §6.3.11;
/// HIGHESTMODSEQ when CONDSTORE is offered, RFC 7162 §3.1.6): the counters of a mailbox
/// without selecting it. ListOp uses it when the server lacks LIST-STATUS.
class StatusOp : public ImapOp
{
    Q_OBJECT
public:
    StatusOp(ImapSession *session, QString mailbox, QObject *parent = nullptr);

    const StatusData &result() const { return m_result; }
    /// The items asked for, as sent ("MESSAGES UNSEEN UIDNEXT UIDVALIDITY").
    static QByteArray items(const ImapSession &session);

protected:
    void run() override;

private:
    QString m_mailbox;
    StatusData m_result;
    bool m_found = false;
};

} // namespace Pigeon::Imap
