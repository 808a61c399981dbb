// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "store/messagerow.h"
#include "store/remotefolder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QLatin1StringView>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace Pigeon::Store {

class WalCheckpointer;

/// The recorded state of one folder file: what the index knows to be committed.
struct FolderState {
    qint64 id = 0;
    QString name;
    QString file;       ///< file name relative to the store root
    qint64 size = 0;    ///< committed size: everything beyond it was never committed
    qint64 inode = 0;   ///< identity of the file the offsets refer to
    qint64 mtimeNs = 0; ///< modification time after our last committed write
};

/// A write in progress, recorded (durably) before the mbox is touched, so the next
/// open can finish or undo it. See docs in mailstore.h.
struct JournalEntry {
    enum class Op { Append, Rewrite, Move };
    qint64 id = 0;
    Op op = Op::Append;
    qint64 targetFolder = 0; ///< Append/Move: folder that grows
    qint64 targetFrom = 0;   ///< Append/Move: its committed size before the write
    qint64 sourceFolder = 0; ///< Rewrite/Move: folder that is replaced
    qint64 sourceInode = 0;  ///< Rewrite/Move: inode of the file being replaced
};

/// The per-account SQLite index (QtSql). One instance, one connection, one thread:
/// the connection is opened by and used from the thread that calls open() only.
///
/// WAL mode, synchronous=FULL (a committed transaction survives a power cut), schema
/// versioned through PRAGMA user_version with forward migrations. Corruption or a
/// schema from a newer Pigeon makes open() start a fresh, empty index; callers then
/// rebuild it from the mbox files, which are the truth.
class StoreIndex
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Store::StoreIndex)

public:
    static constexpr int schemaVersion = 5;

    explicit StoreIndex(QString path);
    ~StoreIndex();
    StoreIndex(const StoreIndex &) = delete;
    StoreIndex &operator=(const StoreIndex &) = delete;

    /// Opens or creates the index. *@p recreated tells whether it had to be started
    /// afresh (missing, corrupt, unknown version).
    Result<void> open(bool *recreated = nullptr);
    void close();
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }

    Result<void> begin();
    /// begin() for a transaction of many multi-row INSERTs (insertMessages): their
    /// statement journals stay in memory until commit() or rollback(). Not for
    /// transactions with statements that rewrite many existing rows (a folder's
    /// DELETE): each statement's journal holds a copy of every page it changes.
    /// With @p syncWithNextFullCommit its commit does not wait for the disk: it becomes
    /// durable with the next transaction committed as usual, which the caller makes.
    Result<void> beginInserts(bool syncWithNextFullCommit = false);
    Result<void> commit();
    void rollback();

    QList<FolderState> folders() const;
    std::optional<FolderState> folder(const QString &name) const;
    std::optional<FolderState> folderById(qint64 id) const;
    Result<FolderState> createFolder(const QString &name, const QString &file);
    Result<void> updateFolderState(const FolderState &state);
    Result<void> removeFolder(qint64 id);

    Result<qint64> addJournal(const JournalEntry &entry);
    Result<void> removeJournal(qint64 id);
    QList<JournalEntry> journal() const;

    /// Inserts rows; fills in their ids. Call inside a transaction for batches.
    Result<void> insertMessages(qint64 folderId, std::vector<IndexedMessage> &messages);
    /// Brackets a large insert inside a transaction (an index build): a bigger page
    /// cache, and if the table is empty its (folder, date) index is dropped and created
    /// again by endBulkInsert() (one sort each instead of per-row updates).
    Result<void> beginBulkInsert();
    Result<void> endBulkInsert();
    Result<void> deleteMessages(const QList<MessageId> &ids);
    Result<void> deleteFolderMessages(qint64 folderId);
    /// Deletes the folder's row with its messages and search entries; its remote_folders
    /// row and queued changes go with it (ON DELETE CASCADE). Inside begin()/commit().
    Result<void> deleteFolder(qint64 folderId);
    /// Messages of a folder whose mbox record is at or beyond @p fromOffset (clamped to 0)
    /// are forgotten (torn/undone tail); rows without a record are kept.
    Result<void> deleteMessagesFrom(qint64 folderId, qint64 fromOffset);
    Result<void> setFlags(MessageId id, MessageFlags flags, std::optional<quint64> modSeq = {});
    /// Existing rows get their new mbox records (a downloaded IMAP body): location and
    /// BodyState::Full, one prepared statement for the batch. Call inside a transaction.
    Result<void> attachRecords(qint64 folderId, const std::vector<IndexedMessage> &messages);
    /// New places of messages after a folder rewrite or move.
    Result<void> relocate(MessageId id, qint64 folderId, const MessageLocation &location);

    std::optional<IndexedMessage> message(MessageId id, qint64 *folderId = nullptr) const;
    /// message() of each id, in order (a repeated id repeats), with one statement per 500
    /// ids; ids not found are left out.
    QList<IndexedMessage> messages(const QList<MessageId> &ids) const;
    /// Every message of a folder that has an mbox record, in file order, with its place
    /// (for rewrites, exports). Rows without a record (BodyState::HeadersOnly) are not in it.
    Result<std::vector<IndexedMessage>> folderMessages(qint64 folderId) const;
    /// A page of the message list, newest first (or oldest first).
    Result<QList<MessageRow>> list(qint64 folderId, int offset, int limit, bool newestFirst = true) const;
    qint64 count(qint64 folderId) const;
    /// The message that came from this POP3 UIDL, if any (so a fetch never duplicates).
    std::optional<MessageId> findByUidl(const QByteArray &uidl) const;

    // The server side of IMAP folders (schema v2; storeindexremote.cpp).
    /// Every folder that mirrors a server mailbox, by name.
    QList<RemoteFolder> remoteFolders() const;
    std::optional<RemoteFolder> remoteFolder(qint64 folderId) const;
    /// Inserts or replaces the row of @p folder.folderId (which must exist).
    Result<void> setRemoteFolder(const RemoteFolder &folder);
    /// Total and unread (not \Seen, not \Deleted) messages of every folder, by folder id;
    /// folders without messages are absent. One query for the whole folder list.
    QHash<qint64, FolderCounts> folderCounts() const;

    /// Maps an SQL error to a MailError (a full disk is DiskFull).
    static MailError sqlError(const QSqlQuery &query, const QString &what);
    static MailError sqlError(const QSqlDatabase &db, const QString &what);

    /// The SELECT column list of a MessageRow (table aliases m = messages,
    /// f = folders) and its reader, for queries built elsewhere (search).
    static QLatin1StringView rowColumns();
    static MessageRow rowFromQuery(const QSqlQuery &q, int first);
    bool checkThread() const;
    /// What copies the WAL back into the database (WalCheckpointer) while open; its thread
    /// starts with the first commit that asks for a checkpoint.
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }

private:
    Result<void> createSchema();
    Result<void> migrate(int from);
    /// The last schema statement (of any version) that starts with @p prefix, e.g. an
    /// index's current CREATE INDEX, so the bulk insert can drop and rebuild it; empty if none.
    static QByteArray schemaStatement(QByteArrayView prefix);

    sqlite3 *handle() const;
    /// Undoes beginInserts()' pragmas (at commit() and rollback()).
    void restoreInsertPragmas();

    QString m_path;
    QString m_connection;
    QThread *m_thread = nullptr;
    QList<QByteArray> m_bulkDeferred; ///< index DDL to run at endBulkInsert()
    int m_bulkOldCache = 0;           ///< cache_size to restore after a bulk insert
    int m_oldTempStore = -1;          ///< temp_store to restore after beginInserts(), -1 if none
    int m_oldSynchronous = -1;        ///< synchronous to restore after beginInserts(), -1 if none
    /// insertMessages()'s statements (a group of rows, one row), prepared on first use and
    /// kept until close(): preparing the group statement cost as much as inserting a
    /// thousand rows.
    sqlite3_stmt *m_insertGroup = nullptr;
    sqlite3_stmt *m_insertOne = nullptr;
    std::unique_ptr<WalCheckpointer> m_checkpointer; ///< null while closed
};

} // namespace Pigeon::Store
