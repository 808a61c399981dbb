// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "store/messagerow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;

namespace Pigeon::Store {

/// One message as a message list keeps it for a whole folder: numbers only, the
/// texts are indices into the snapshot's string tables (a sender or a subject that
/// recurs is stored once). About 48 bytes, so 100,000 rows are ~5 MB.
struct ListItem {
    MessageId id = 0;
    qint64 date = 0;
    qint64 size = 0;
    quint32 sender = 0;     ///< index into ListSnapshot::senders
    quint32 recipients = 0; ///< index into ListSnapshot::recipients
    quint32 subject = 0;    ///< index into ListSnapshot::subjects
    quint16 flags = 0;      ///< MessageFlags::toInt()
    quint8 bodyState = 0;   ///< BodyState as an int: 0 full, 1 headers only, 2 partial
    bool hasAttachments = false;
};

/// Everything a message list needs of one folder, read in one statement.
struct ListSnapshot {
    qint64 folderId = 0;
    std::vector<ListItem> items; ///< in no particular order
    QStringList senders;         ///< decoded From: ("Name <addr>"), interned
    QStringList recipients;      ///< decoded To:, interned
    QStringList subjects;        ///< decoded Subject:, interned
};

/// A folder with its message counts and, for an IMAP mailbox (schema v2
/// remote_folders), what the server's LIST said of it.
struct FolderSummary {
    qint64 id = 0;
    QString name;
    qint64 total = 0;
    qint64 unread = 0;       ///< neither \Seen nor \Deleted
    QString delimiter;       ///< hierarchy delimiter; empty: none known
    QByteArray specialUse;   ///< RFC 6154 ("\Sent"...); empty if none
    bool selectable = true;  ///< false for \Noselect / \NonExistent mailboxes
};

/// Threading headers of one message (RFC 5322 §3.6.4).
struct ThreadHeaders {
    MessageId id = 0;
    QByteArray messageId;
    QByteArray references; ///< as stored: References, or In-Reply-To when there was none
};

/// Read-only queries for the message list and the folder pane, on a connection of its
/// own.
///
/// Why not StoreIndex: its connection belongs to the account's worker thread and is
/// busy writing during a sync. SQLite in WAL mode lets any number of readers run beside
/// the writer, each seeing the last committed state, so the UI side opens this on a
/// thread of its own (a thread-pool job) and reads whole folders there without waiting
/// for the worker or blocking the UI thread. Like StoreIndex, an instance belongs to
/// the thread that opened it.
class MessageListQuery
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Store::MessageListQuery)

public:
    /// @p indexPath: the account's index file (MailStore root + "/index.sqlite").
    explicit MessageListQuery(QString indexPath);
    ~MessageListQuery();
    MessageListQuery(const MessageListQuery &) = delete;
    MessageListQuery &operator=(const MessageListQuery &) = delete;

    /// The index file of a store rooted at @p rootDir.
    static QString indexPathFor(const QString &rootDir);

    Result<void> open();

    /// Every folder with its total and unread counts, by name.
    Result<QList<FolderSummary>> folders();
    /// The folder's id, or an error if there is no such folder.
    Result<qint64> folderId(const QString &name);
    /// The whole folder, for the list model.
    Result<ListSnapshot> snapshot(qint64 folderId);
    /// The newest @p limit messages (a first screen while the whole folder loads).
    Result<ListSnapshot> newest(qint64 folderId, int limit);
    /// Those of @p ids that are in the folder (a first screen in another order, whose
    /// ids a list-order cache remembered), in no particular order.
    Result<ListSnapshot> byIds(qint64 folderId, const std::vector<MessageId> &ids);
    /// Message-ID and References of every message of the folder, for threading.
    Result<std::vector<ThreadHeaders>> threadHeaders(qint64 folderId);

private:
    /// @p where: the WHERE clause, binding the folder id as its one parameter
    /// (default "folder_id = ?").
    Result<ListSnapshot> read(qint64 folderId, int limit, const QByteArray &where = {});
    MailError error(const QString &what) const;

    QString m_path;
    sqlite3 *m_db = nullptr;
    bool m_hasBodyState = false;
    bool m_hasRemoteFolders = false;
};

} // namespace Pigeon::Store
