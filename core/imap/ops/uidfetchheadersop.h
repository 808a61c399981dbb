// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

namespace Pigeon::Imap {

/// Headers first, newest first: the list a user sees fills from the top at once.
///
/// In the selected mailbox, finds every UID (UID SEARCH ALL, compact with ESEARCH,
/// RFC 4731), then fetches UID, FLAGS, INTERNALDATE, RFC822.SIZE, ENVELOPE and
/// BODYSTRUCTURE for the highest UIDs in a first small batch and for lower ones in
/// batches that double up to maxBatch. Each batch is handed out through batchFetched()
/// as its tagged OK arrives and not kept: memory stays bounded by one batch.
class UidFetchHeadersOp : public ImapOp
{
    Q_OBJECT
public:
    UidFetchHeadersOp(ImapSession *session, int firstBatch = 50, int maxBatch = 1000, QObject *parent = nullptr);

    /// Messages handed out so far.
    qsizetype fetchedCount() const { return m_fetched; }
    /// FETCH responses that could not be parsed at all (their messages are missing from
    /// the batches; see ResponseParser). A malformed BODYSTRUCTURE alone does not count:
    /// such a message is delivered without `body`.
    int unreadableResponses() const { return m_unreadable; }
    /// Batch sizes requested so far, in order (for logs and tests).
    const QList<int> &batchSizes() const { return m_batchSizes; }

Q_SIGNALS:
    /// One batch, highest UID first.
    void batchFetched(const QList<Pigeon::Imap::FetchData> &messages);

protected:
    void run() override;

private:
    void nextBatch();

    int m_batch;
    int m_maxBatch;
    QList<quint32> m_uids; ///< ascending; batches are taken from the end
    QList<FetchData> m_current;
    QList<int> m_batchSizes;
    qsizetype m_fetched = 0;
    int m_unreadable = 0;
};

} // namespace Pigeon::Imap
