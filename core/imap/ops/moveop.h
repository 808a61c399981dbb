// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/copyop.h"

namespace Pigeon::Imap {

/// UID MOVE uids mailbox (RFC 6851) in the selected mailbox, with a fallback for servers
/// without MOVE that never touches other messages:
///
/// - MOVE offered: one UID MOVE (atomic on the server).
/// - UIDPLUS offered (RFC 4315): UID COPY, then UID STORE +FLAGS.SILENT (\Deleted) and
///   UID EXPUNGE of exactly the moved UIDs, so messages the user marked \Deleted
///   elsewhere in the mailbox stay.
/// - Neither: UID COPY and UID STORE \Deleted only. A plain EXPUNGE would also remove
///   every other message marked \Deleted, so it is not sent: the originals stay in the
///   source, marked \Deleted, and result().expunged is false. The caller decides (hide
///   them, or expunge when the user asks for it).
///
/// Expunges of the source arrive as the session's expungeReceived()/vanishedReceived().
/// setCreateIfMissing() as for CopyOp.
class MoveOp : public ImapOp
{
    Q_OBJECT
public:
    enum class Method { Move, CopyStoreUidExpunge, CopyStore };
    Q_ENUM(Method)

    struct MoveResult {
        CopyResult copy;
        Method method = Method::Move;
        /// The originals are gone from the source (false only for Method::CopyStore).
        bool expunged = false;
    };

    MoveOp(ImapSession *session, SequenceSet uids, QString destination, QObject *parent = nullptr);

    void setCreateIfMissing(bool create) { m_createIfMissing = create; }
    const MoveResult &result() const { return m_result; }

protected:
    void run() override;

private:
    void move(bool mayCreate);
    void copy(bool mayCreate);
    void deleteOriginals();
    /// Retries after CREATE on [TRYCREATE] when allowed; false when \p error is final.
    bool retryCreating(const MailError &error, bool mayCreate, void (MoveOp::*again)(bool));

    SequenceSet m_uids;
    QString m_destination;
    bool m_createIfMissing = false;
    MoveResult m_result;
};

} // namespace Pigeon::Imap
