// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/account.h"
#include "common/mailerror.h"
#include "store/messagerow.h"
#include "sync/foldersummary.h"
#include "sync/imapsync.h"
#include "sync/taskprogress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

class QTimer;

namespace Pigeon::Imap {
struct SearchCriterion;
}
namespace Pigeon::Store {
class MailStore;
class SearchIndex;
}

namespace Pigeon::Sync {

class Pop3Fetcher;
class Task;

/// The part of an AccountRuntime that lives on the account's worker thread: it owns the
/// account's MailStore (and so its SQLite connection) and its engines, and does every
/// disk and network job of the account. Only AccountRuntime calls it, always through
/// queued calls; it answers through its signals. Never blocks: long jobs (a folder of
/// 100,000 rows, body indexing) are cut into slices that return to the event loop, so
/// a click on a message is served between two slices.
class AccountWorker : public QObject
{
    Q_OBJECT
public:
    /// Rows per batch while streaming a folder: the first batch is small so the list
    /// shows at once, the rest large so 100,000 rows cost few signals.
    static constexpr int firstBatch = 200;
    static constexpr int batchSize = 2000;

    AccountWorker(Account::Account account, QString storeDir);
    ~AccountWorker() override;

    /// How the IMAP engine asks for the incoming password when it (re)connects; set by
    /// the runtime before open(), called on the worker thread, may answer later.
    void setPasswordProvider(ImapSync::PasswordProvider provider) { m_password = std::move(provider); }
    void open();
    void setAccount(const Account::Account &account);
    /// Offline, IMAP changes go to the durable queue; online again replays it.
    void setOnline(bool online);
    /// Before the worker's thread ends: the IMAP connections say goodbye (IDLE's DONE,
    /// LOGOUT), then this thread's event loop quits; after goodbyeBound at the latest, so
    /// a server that does not answer does not hold up quitting or removing the account.
    void shutDown();
    static constexpr std::chrono::milliseconds goodbyeBound{500};

    /// Streams the rows of @p folder, newest first, tagged with @p generation; a newer
    /// loadFolder() or search() supersedes it.
    void loadFolder(const QString &folder, quint64 generation);
    void loadMessage(Store::MessageId id);
    /// An IMAP attachment being opened or saved: fetches @p section of @p id (from the
    /// part cache when it is there), then messageLoaded() with the message including it
    /// and partFetched().
    void fetchPart(Store::MessageId id, const QByteArray &section);
    /// The inline images an HTML message shows (accountworkerimap.cpp): those of
    /// @p sections not cached are fetched, then messageLoaded() with the message
    /// including them. Offline, or when it fails, nothing is said: the pictures just
    /// stay missing (a reader with ten of them must not get ten errors).
    void fetchInlineParts(Store::MessageId id, const QList<QByteArray> &sections);
    void setFlags(const QList<Store::MessageId> &ids, Store::MessageFlags add, Store::MessageFlags remove);
    void moveMessages(const QList<Store::MessageId> &ids, const QString &target);
    void copyMessages(const QList<Store::MessageId> &ids, const QString &target);
    void removeMessages(const QList<Store::MessageId> &ids);

    // Folders (accountworkerfolders.cpp). Names are full paths as the store knows them;
    // @p parent empty means the top (an IMAP account's personal namespace).
    void createFolder(const QString &parent, const QString &leaf);
    void renameFolder(const QString &path, const QString &leaf);
    void moveFolder(const QString &path, const QString &newParent);
    /// IMAP: DELETE on the server (the UI asked the user first). Local folders: their
    /// messages (subfolders' too) go to the Trash, then the folders go.
    void deleteFolder(const QString &path);
    /// Offline full-text search over the whole account (bodies indexed first).
    void search(const QString &query, quint64 generation);
    /// IMAP: the same words searched on the server in @p folders (all selectable
    /// folders when empty); serverSearchFound() per folder, then once with @p complete.
    /// Supersedes (cancels) the previous server search.
    void serverSearch(const QString &query, const QStringList &folders, quint64 generation);
    void cancelServerSearch();
    /// IMAP: false while the server cannot be reached (connections refused, network
    /// down); the worker retries by itself and changes stay queued meanwhile.
    bool isReachable() const { return m_reachable; }

    /// One POP3 check with @p password (read from the keychain by the runtime); with
    /// @p complete, downloads only the rest of those partly downloaded messages. For an
    /// IMAP account: the folder list, then INBOX and the folder being viewed (the
    /// password comes from the provider, @p password and @p complete are unused).
    void fetchMail(quint64 taskId, const QString &password, const QList<Store::MessageId> &complete = {});
    void cancelTask(quint64 taskId);

Q_SIGNALS:
    void opened(const Pigeon::MailError &error);
    void foldersChanged(const QList<Pigeon::Sync::FolderSummary> &folders);
    void rowsLoaded(const QString &folder, quint64 generation, const QList<Pigeon::Store::MessageRow> &rows,
                    bool complete);
    /// New messages stored (a check), to be merged into the views.
    void rowsAdded(const QList<Pigeon::Store::MessageRow> &rows);
    /// Rows whose flags or folder changed.
    void rowsUpdated(const QList<Pigeon::Store::MessageRow> &rows);
    void rowsRemoved(const QList<Pigeon::Store::MessageId> &ids);
    void messageLoaded(Pigeon::Store::MessageId id, const QByteArray &bytes, const Pigeon::MailError &error);
    /// fetchPart() ended: the part is in the last messageLoaded() bytes, or @p error
    /// says why not (e.g. offline and not cached).
    void partFetched(Pigeon::Store::MessageId id, const QByteArray &section, const Pigeon::MailError &error);
    void searchFinished(const QString &query, quint64 generation, const QList<Pigeon::Store::MessageRow> &rows,
                        const Pigeon::MailError &error);
    void taskProgressed(const Pigeon::Sync::TaskProgress &progress);
    void taskFinished(quint64 id, const Pigeon::MailError &error);
    /// A partly downloaded message was replaced by its whole copy (a new row).
    void messageReplaced(Pigeon::Store::MessageId partial, Pigeon::Store::MessageId whole);
    /// IMAP push: the server confirmed IDLE on @p folder (again after each reconnect).
    void folderWatched(const QString &folder);
    /// A check stored @p unread new unread messages.
    void newMail(int unread);
    /// A change the user asked for failed; nothing was lost (the store is transactional).
    void operationFailed(const Pigeon::MailError &error);
    /// The IMAP server became unreachable (@p error says why) or reachable again.
    void reachableChanged(bool reachable, const Pigeon::MailError &error);
    /// Server-side search hits of generation @p generation; @p complete on the last.
    void serverSearchFound(quint64 generation, const QList<Pigeon::Store::MessageRow> &rows, bool complete,
                           const Pigeon::MailError &error);
    /// IMAP: @p folder's UIDVALIDITY changed, its cached rows were discarded; its rows
    /// follow anew (rowsAdded). Lists showing it must drop what they hold of it.
    void folderReset(const QString &folder);

private:
    void continueLoad(const QString &folder, quint64 generation, qint64 afterDate, Store::MessageId afterId);
    void emitFolders();
    void emitRowsSince(Store::MessageId afterId);
    void emitRows(const QList<Store::MessageId> &ids);
    void indexBodies();
    Result<QList<Store::MessageRow>> rowsWhere(const QString &where, const QVariantList &values, int limit) const;
    Store::MessageId maxId() const;
    bool fail(const MailError &error);
    /// Emits newMail() for the unread rows stored after @p before (in @p folder only,
    /// when given) that no earlier call announced.
    void announceNewMail(Store::MessageId before, const QString &folder = {});
    /// IMAP push: INBOX and the folder on screen are watched with IDLE.
    void updateWatchedFolders();
    void startImap();
    /// Shows @p task as the running check's progress; @p next runs when it succeeded,
    /// a failure ends the check.
    void followImapStep(Task *task, Store::MessageId before, std::function<void()> next);
    /// Syncs the next of @p folders; the check ends when none is left.
    void continueImapCheck(QStringList folders, Store::MessageId before);
    void endImapCheck(Store::MessageId before, const MailError &error);
    void loadImapBody(Store::MessageId id);
    /// messageLoaded() with what the store holds of @p id: the record, or the cached
    /// parts of a Partial IMAP row put together.
    void emitMessage(Store::MessageId id);
    /// "Download message" of IMAP rows: BODY.PEEK[] of each, one after the other.
    void downloadImapBodies(quint64 taskId, QList<Store::MessageId> ids);
    /// Reports a failed IMAP change (the cache already shows what it holds).
    void watchChange(Task *task);
    // accountworkerfolders.cpp
    /// Refuses (with operationFailed) what must not happen to @p path and its subfolders:
    /// special folders keep their names and places. True when allowed.
    bool mayChange(const QString &path, const QString &what);
    bool isSpecialFolder(const QString &name) const;
    /// Refuses IMAP folder changes while offline; true when online (or local).
    bool mayReachServer(const QString &what);
    bool validLeaf(const QString &leaf, const QString &what);
    /// "/" for local folders, the server's for IMAP ones (empty: no hierarchy).
    QString delimiterOf(const QString &path) const;
    /// @p path and every folder below it, parents first.
    QStringList subtreeOf(const QString &path) const;
    void relocateLocal(const QString &path, const QString &newPath, const QString &what);

    // accountworkerimap.cpp: reachability and server search of an IMAP account.
    void watchReachability();
    void setUnreachable(const MailError &error);
    void setReachable();
    /// Tries to connect again (and to send the queued changes): now, or after a delay
    /// that grows while the server stays away.
    void retryConnection(bool now);
    void searchNextFolder(QStringList folders, QList<Imap::SearchCriterion> criteria, quint64 generation);
    /// A server away or a network down, which retrying may cure (not a refused login).
    static bool isOutage(const MailError &error);
    /// What the text of an IMAP message not downloaded yet says while it cannot be fetched.
    MailError notAvailableOffline() const;

    Account::Account m_account;
    QString m_storeDir;
    std::unique_ptr<Store::MailStore> m_store;
    std::unique_ptr<Store::SearchIndex> m_search;
    quint64 m_loadGeneration = 0;
    bool m_indexing = false;

    // The running check, if any.
    std::unique_ptr<Pop3Fetcher> m_fetcher;
    quint64 m_fetchTask = 0;
    Store::MessageId m_fetchSeen = 0; ///< rows up to this id were announced
    QHash<QByteArray, Store::MessageId> m_completing; ///< UIDL -> partial row being completed
    QElapsedTimer m_sinceRows;
    QElapsedTimer m_sinceProgress;

    // IMAP accounts: the engine and the step of the running check.
    ImapSync::PasswordProvider m_password;
    std::unique_ptr<ImapSync> m_imap;
    QPointer<Task> m_imapStep;
    bool m_reachable = true;
    QTimer *m_retryTimer = nullptr;
    int m_retryDelayMs = 0;
    quint64 m_serverSearch = 0;       ///< the generation of the running server search
    QPointer<Task> m_serverSearchStep; ///< its running folder
    QString m_viewedFolder; ///< synced by a check besides INBOX, watched besides INBOX
    bool m_online = true;
    Store::MessageId m_newMailFloor = 0;               ///< rows up to here were there at open()
    QHash<QString, Store::MessageId> m_announcedUpTo;  ///< per folder: newMail() told up to here
};

} // namespace Pigeon::Sync
