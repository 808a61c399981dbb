// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

namespace Pigeon::Imap {

/// Removes messages marked \Deleted from the selected mailbox.
///
/// With UIDs: UID EXPUNGE uids (RFC 4315 §2.1, RFC 9051 §6.4.9) removes only those of
/// them that are marked \Deleted; without UIDPLUS the op fails (InvalidInput) rather
/// than expunge more than asked. Without UIDs: EXPUNGE (RFC 9051 §6.4.3) removes every
/// message marked \Deleted in the mailbox.
///
/// What went away is in result(): sequence numbers of `* n EXPUNGE` in the order sent
/// (each relative to the mailbox after the previous one), or the UIDs of `* VANISHED`
/// when QRESYNC is enabled (RFC 7162 §3.2.10). The session's signals report them too.
class ExpungeOp : public ImapOp
{
    Q_OBJECT
public:
    struct ExpungeResult {
        QList<quint32> expungedSequences;
        SequenceSet vanishedUids;
    };

    /// \p uids empty: EXPUNGE everything marked \Deleted.
    explicit ExpungeOp(ImapSession *session, SequenceSet uids = {}, QObject *parent = nullptr);

    const ExpungeResult &result() const { return m_result; }

protected:
    void run() override;

private:
    SequenceSet m_uids;
    ExpungeResult m_result;
};

} // namespace Pigeon::Imap
