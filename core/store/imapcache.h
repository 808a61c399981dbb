// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "store/mailstore.h"
#include "store/messagerow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Pigeon::Store {

class MailStore;

/// What the cache holds of one IMAP message (for a resync's comparisons).
struct CachedMessage {
    MessageId id = 0;
    MessageFlags flags;
    quint64 modSeq = 0;
    BodyState bodyState = BodyState::HeadersOnly;
    qint64 size = 0; ///< RFC822.SIZE
};

/// One cached piece of an IMAP message (schema v3, table imap_parts), named by its
/// RFC 9051 §6.4.5 section ("HEADER", "1", "1.MIME", "2.1") or, for the stored
/// BODYSTRUCTURE, by the reserved name "BODYSTRUCTURE" (never an IMAP section).
struct CachedPart {
    QByteArray section;
    QByteArray data;
    /// False when only a prefix was fetched (a huge text part, BODY.PEEK[1]<0.n>).
    bool complete = true;
};

/// A flag change reported by the server, to apply to the cache.
struct FlagUpdate {
    MessageId id = 0;
    MessageFlags flags;  ///< the message's complete new flag set
    quint64 modSeq = 0;
};

/// The IMAP cache of one account, on top of its MailStore: rows keyed by folder,
/// UIDVALIDITY and UID (RFC 9051 §2.3.1.1). Header rows live only in the index
/// (BodyState::HeadersOnly, no mbox record); a downloaded body becomes a record of the
/// folder's mbox and the same row (same id) turns BodyState::Full.
///
/// Every call is one SQLite transaction (or, for rows with a record, a MailStore
/// operation with its own journal), so a crash leaves either the old or the new state.
class ImapCache
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Store::ImapCache)

public:
    /// @p store must be open and outlive the cache; same thread.
    explicit ImapCache(MailStore *store) : m_store(store) {}

    /// Every cached message of @p folderId by UID (rows of an older UIDVALIDITY too:
    /// discardOtherValidity() removes them).
    Result<QHash<quint32, CachedMessage>> messages(qint64 folderId) const;
    /// Only the cached messages among @p uids under @p uidValidity (a QRESYNC reply names
    /// few: looked up by the (folder, uidvalidity, uid) index instead of loading the
    /// whole folder).
    Result<QHash<quint32, CachedMessage>> messages(qint64 folderId, quint32 uidValidity,
                                                   const QList<quint32> &uids) const;
    /// How many IMAP messages @p folderId caches under @p uidValidity and the highest
    /// UID among them.
    Result<std::pair<qint64, quint32>> stats(qint64 folderId, quint32 uidValidity) const;
    /// UIDs of @p folderId under @p uidValidity, ascending.
    Result<QList<quint32>> uids(qint64 folderId, quint32 uidValidity) const;
    /// When a transaction of header rows is on the disk.
    enum class Durability {
        AtCommit,     ///< when insertHeaders() returns (synchronous=FULL)
        /// With the next transaction committed at full durability, which the caller
        /// promises to make: a folder sync's final sync state. Until then a power cut
        /// may take these rows (never half of one batch, and never leaving a sync state
        /// that claims them): the server gives them again.
        WithNextFullCommit,
    };
    /// Adds header rows (origin.uid/uidValidity set; stored as HeadersOnly without a
    /// record) in one transaction, filling in their ids and folder name.
    Result<void> insertHeaders(qint64 folderId, QList<MessageRow> &rows, Durability durability = Durability::AtCommit);
    /// Applies the server's flags: index rows in one transaction; rows with an mbox
    /// record also get their status field patched (MailStore::setFlags).
    Result<void> applyFlags(const QList<FlagUpdate> &updates);
    /// Removes messages the server expunged (rows and, where present, their records).
    Result<void> remove(const QList<MessageId> &ids);
    /// Removes every message of @p folderId whose UIDVALIDITY is not @p uidValidity
    /// (RFC 9051 §2.3.1.1: the old UIDs mean nothing any more). Returns how many.
    Result<qint64> discardOtherValidity(qint64 folderId, quint32 uidValidity);
    /// Rows moved here locally: they keep their UIDs but under UIDVALIDITY 0, which no
    /// server uses, so the target folder's next sync replaces them by the server's copies
    /// (discardOtherValidity) instead of listing both.
    Result<void> markMoved(const QList<MessageId> &ids);
    /// Stores the whole message @p bytes as the body of header row @p id: an mbox
    /// record is appended (journalled and fsynced like any append) and the row, keeping
    /// its id and its flags, becomes BodyState::Full.
    Result<void> attachBody(MessageId id, const QByteArray &bytes);
    /// The same for many messages of one folder with one fsync (download for offline).
    /// Parts cached for these messages (BodyState::Partial) are dropped: the record
    /// holds everything now.
    Result<void> attachBodies(const QList<std::pair<MessageId, QByteArray>> &bodies);
    /// attachBodies() in two halves: the append is journalled here and, with
    /// AppendMode::Bulk, written and fdatasync()ed on the store's writer thread while the
    /// caller receives the next batch (its pages then leave the page cache); the rows
    /// turn Full only in finishBodies(), after
    /// the data is durable, so a crash in between leaves them HeadersOnly (refetched),
    /// never pointing at unsynced bytes. A ticket with id 0: nothing to store.
    Result<AppendTicket> startBodies(const QList<std::pair<MessageId, QByteArray>> &bodies,
                                     AppendMode mode = AppendMode::Bulk);
    /// Commits the rows of a started batch (waiting for its write if it still runs):
    /// the ids that are Full now.
    Result<QList<MessageId>> finishBodies(quint64 ticket);

    /// Caches @p parts of the IMAP message @p id (replacing parts of the same section)
    /// in one transaction; a HeadersOnly row becomes BodyState::Partial, and its
    /// full-text entry is redone so search finds the text now cached. A Full row is
    /// left alone (its record holds everything already).
    Result<void> storeParts(MessageId id, const QList<CachedPart> &parts);
    /// Every part cached for @p id, by section; empty when none.
    Result<QHash<QByteArray, CachedPart>> parts(MessageId id) const;
    /// Whether @p section of @p id is cached completely.
    bool hasPart(MessageId id, const QByteArray &section) const;
    /// The cached text of a BodyState::Partial message as a message GMime can read
    /// (its HEADER and every cached text part with its MIME header, in a
    /// multipart/mixed), for the full-text index; empty when nothing is cached.
    QByteArray searchableText(MessageId id) const;
    /// Drops the cached parts of @p ids (their rows stay).
    Result<void> dropParts(const QList<MessageId> &ids);

private:
    Result<void> forgetFullText(const QList<MessageId> &ids);
    /// Runs @p sql (one `?`: the id) for each of @p ids in one transaction.
    Result<void> forEachId(const QList<MessageId> &ids, const QString &sql, const QString &what);

    MailStore *m_store;
};

} // namespace Pigeon::Store
