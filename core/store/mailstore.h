// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "store/folderfile.h"
#include "store/folderlock.h"
#include "store/headerdecoder.h"
#include "store/messagerow.h"
#include "store/storeindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QStringList>

#include <map>
#include <memory>

class QThreadPool;

namespace Pigeon::Store {

/// One message to append.
struct AppendRequest {
    QByteArray message;         ///< the raw message, byte-exact (CRLF or LF, 8-bit)
    MessageFlags flags;
    MessageOrigin origin;
    quint64 modSeq = 0;
    QByteArray envelopeSender;  ///< for the `From ` line; MAILER-DAEMON if empty
    QDateTime received;         ///< for the `From ` line; now if invalid
};

/// How a started append (MailStore::startAppend) is written.
enum class AppendMode {
    /// Written and synced on the caller's thread before startAppend() returns; its pages
    /// stay in the page cache (a message the user opened is read at once).
    Now,
    /// Written and synced on the store's writer thread while the caller goes on ("download
    /// all for offline"). Once durable, its pages are released from the page cache: bulk
    /// data is not read soon, and a download of gigabytes must not push the user's working
    /// set out of memory (what backup tools do for the same reason).
    Bulk,
};

/// An append whose records are being written and fdatasync()ed on the store's writer
/// thread (MailStore::startAppend); its rows are committed by finishAppend().
struct AppendTicket {
    quint64 id = 0;        ///< 0: nothing was started (nothing to append)
    QFuture<void> written; ///< finishes when the data is durable (or the write failed)
};

/// The local mail store of one account: a folder is one mboxrd file under the root
/// directory, the index is `index.sqlite` beside them.
///
/// Durability. The mbox files are the truth, the index a cache of them. Every change
/// is first recorded as a journal entry in the index (a committed, fsynced SQLite
/// transaction), then the mbox is written and fdatasync()ed, then one transaction
/// records the new rows and the folder's committed size and drops the journal entry.
/// Only then does the call return success. The next open replays what the journal
/// says: an unfinished append is cut off (never shown as mail), an unfinished rewrite
/// is either complete (the new file was renamed into place) or never happened, and a
/// move is rolled forward or back with it. Deleting or moving rewrites the folder into
/// FILE.rewrite, fsyncs it, renames it over FILE and fsyncs the directory. Flags are
/// patched in place in the fixed-width X-Pigeon-Status field (4 bytes, fdatasync).
///
/// Foreign changes. After each committed write the index records the file's inode,
/// size and mtime. A folder whose file differs when it is next used is re-read: only
/// the new tail if another program appended (under the same dot-lock), else wholly.
///
/// Threads. A MailStore and its index belong to the thread that opened them. Only the
/// file write and fdatasync of a started append (startAppend) run on the store's own
/// writer thread, between its journal commit and its index commit, both on the owner's.
class MailStore
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Store::MailStore)

public:
    static constexpr int defaultLockTimeoutMs = 10000;

    explicit MailStore(QString rootDir);
    ~MailStore();
    MailStore(const MailStore &) = delete;
    MailStore &operator=(const MailStore &) = delete;

    /// Used for the decoded header fields in the index; MimeHeaderDecoder (core/mime)
    /// unless replaced. Set before open().
    void setHeaderDecoder(std::shared_ptr<const HeaderDecoder> decoder);
    const HeaderDecoder *headerDecoder() const { return m_decoder.get(); }

    /// How long to wait for another program's lock on a folder (default 10 s).
    void setLockTimeout(int ms) { m_lockTimeoutMs = ms; }
    int lockTimeout() const { return m_lockTimeoutMs; }

    /// Creates the root directory if needed, opens (or rebuilds) the index and
    /// recovers from an interrupted write. On a full disk the recovery may have to wait:
    /// the store opens anyway, lists and reads what was committed, and finishes the
    /// recovery before its next write (which fails with DiskFull until there is room).
    Result<void> open();
    QString rootDir() const { return m_root; }
    QString filePath(const QString &folder) const;

    QStringList folders() const;
    Result<void> createFolder(const QString &name);
    /// Renames folder @p from (its mbox file and its index entry) to @p to; its messages
    /// keep their ids, flags and IMAP origin. Crash-safe: the file gets its new name as a
    /// second hard link before the index changes and loses the old one after, and open()
    /// removes whichever name the index does not use (the same inode), so afterwards the
    /// folder has exactly one of the two names with all its mail. Fails when @p to exists.
    Result<void> renameFolder(const QString &from, const QString &to);
    /// Deletes the folder: its rows (and their search entries), its sync state and queued
    /// changes (remote_folders, change_queue) and its mbox file. For a mailbox deleted
    /// on the server; nothing of it can be read afterwards. A folder that does not exist
    /// is fine.
    Result<void> removeFolder(const QString &name);

    Result<MessageId> append(const QString &folder, const AppendRequest &request);
    /// Appends several messages with one fsync: all of them are committed, or none.
    Result<QList<MessageId>> appendBatch(const QString &folder, const QList<AppendRequest> &requests);

    /// The message exactly as appended. NotFound for a row whose body was never
    /// downloaded (BodyState::HeadersOnly).
    Result<QByteArray> messageBytes(MessageId id);
    std::optional<MessageRow> row(MessageId id) const;
    /// Sets and clears flags (in the mbox in place and in the index).
    Result<void> setFlags(const QList<MessageId> &ids, MessageFlags add, MessageFlags remove);
    /// Deletes messages for good (rewrites their folders).
    Result<void> remove(const QList<MessageId> &ids);
    /// Moves messages to another folder: present in exactly one of the two afterwards,
    /// whatever happens in between.
    Result<void> move(const QList<MessageId> &ids, const QString &target);

    /// A page of the message list, newest first. Re-reads the folder file first if
    /// another program changed it.
    Result<QList<MessageRow>> list(const QString &folder, int offset = 0, int limit = 100);
    qint64 count(const QString &folder) const;

    /// Rebuilds the whole index from the mbox files. Rows without an mbox record (IMAP
    /// headers only, which exist only in the index) are kept with their ids; a record
    /// of a downloaded IMAP message is indexed again from the file (its X-Pigeon-Origin
    /// names the UID), so nothing is lost or doubled. If the index itself is lost, the
    /// header-only rows go with it, and so does each folder's sync state
    /// (remote_folders): the next sync fetches the headers again and skips UIDs whose
    /// record the rebuild found.
    Result<void> reindex();

    StoreIndex &index() { return *m_index; }

private:
    friend class MboxTransfer;
    friend class ImapCache;
    /// appendBatch(); with @p replace (one id per request) the records become the bodies
    /// of those existing rows instead of new rows, in the same commit.
    Result<QList<MessageId>> appendRecords(const QString &folder, const QList<AppendRequest> &requests,
                                           const QList<MessageId> &replace);
    /// appendRecords() in two halves, so that a caller can receive the next messages
    /// while these reach the disk: the journal entry is committed here (owner thread),
    /// the records are formatted, written and fdatasync()ed on the writer thread, and
    /// finishAppend() commits the rows (or undoes the write). Until then the folder stays
    /// locked; any other use of a folder file first finishes every started append
    /// (finishPending), so at most one write per folder is ever in flight and the
    /// journal's recovery is the same as for appendRecords().
    Result<AppendTicket> startAppend(const QString &folder, QList<AppendRequest> requests,
                                     const QList<MessageId> &replace, AppendMode mode);
    /// Waits for the ticket's write if it is still running, then commits its rows. A
    /// ticket that finishPending() already committed returns that result.
    Result<QList<MessageId>> finishAppend(quint64 ticket);
    /// Finishes (commits or undoes) every started append, oldest first.
    void finishPending();
    struct Locked;
    struct Pending;
    /// Formats the records of @p p (new messages into one buffer; bodies of existing rows
    /// as pieces around the received bytes), writes them at the committed end and syncs
    /// them; on failure the file is cut back. Touches only @p p (any thread).
    static void writeRecords(Pending &p, const HeaderDecoder *decoder);
    Result<QList<MessageId>> commitPending(Pending &p);
    Result<FolderState> folderState(const QString &name, bool create);
    Result<std::unique_ptr<Locked>> lock(const FolderState &state, bool create);
    Result<void> reconcile(Locked &locked);
    Result<void> recoverJournal();
    /// open(): adopts *.mbox files the index does not know as folders, except leftovers
    /// of an interrupted renameFolder() (a second link to a known folder's file).
    Result<void> adoptUnknownFiles();
    /// Finishes a recovery that open() had to postpone (disk full); every write calls it.
    Result<void> settle();
    Result<void> rewrite(Locked &source, const QList<MessageId> &removed, Locked *target);
    /// Deletes (or moves to @p targetFolder) the rows of @p ids that have no mbox record;
    /// the others are added to @p inFile.
    Result<void> withoutRecord(const QList<MessageId> &ids, qint64 targetFolder, QList<MessageId> *inFile);
    QString fileName(const QString &folder) const;

    QString m_root;
    std::shared_ptr<const HeaderDecoder> m_decoder;
    std::unique_ptr<StoreIndex> m_index;
    int m_lockTimeoutMs = defaultLockTimeoutMs;
    bool m_recoveryPending = false;
    std::unique_ptr<QThreadPool> m_writer;                   ///< one thread: started appends' I/O
    std::map<quint64, std::unique_ptr<Pending>> m_pending;   ///< started appends, by ticket
    std::map<quint64, Result<QList<MessageId>>> m_committed; ///< finished by finishPending(), not collected
    quint64 m_nextTicket = 0;
};

} // namespace Pigeon::Store
