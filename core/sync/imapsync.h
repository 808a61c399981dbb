// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/account.h"
#include "common/result.h"
#include "store/changequeue.h"
#include "store/messagerow.h"
#include "store/remotefolder.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <QQueue>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>

namespace Pigeon::Imap {
class ImapSession;
struct SearchCriterion;
struct BodyPart;
struct SessionOptions;
} // namespace Pigeon::Imap
namespace Pigeon::Net {
class Transport;
}
namespace Pigeon::Store {
class MailStore;
struct CachedPart;
}

namespace Pigeon::Sync {

class Task;
class FolderSync;
class IdleWatcher;

/// How much of a folder a sync brings into the cache.
enum class SyncDepth {
    Headers, ///< what the message list shows (the default when a folder is opened)
    Full,    ///< headers, then every body not cached yet ("download all for offline")
};

/// The IMAP account engine: keeps the local cache of one account (its MailStore)
/// in step with the server, and works offline from that cache.
///
/// **What is fetched when.** Opening a folder (syncFolder) fetches only the list
/// fields — UID, FLAGS, INTERNALDATE, RFC822.SIZE, ENVELOPE, BODYSTRUCTURE (and MODSEQ
/// under CONDSTORE) — newest first, in batches that grow from a first screenful, so
/// the first rows arrive at once and the rest streams in. Opening a message fetches
/// its text parts only (fetchText, see PartPlan; BODY.PEEK so looking does not set
/// \\Seen), an attachment comes when it is opened or saved (fetchPart), the whole
/// message with "Download message" (fetchBody); with SyncDepth::Full or a folder
/// marked "download all" every whole body is fetched.
///
/// **Cache.** Header rows are index rows (Store::BodyState::HeadersOnly); fetched
/// parts are kept per part (Store::ImapCache::storeParts, the row turns Partial); a
/// fetched whole body becomes a record of the folder's mbox and the row turns Full,
/// keeping its id (its cached parts are dropped).
/// Rows are keyed by (folder, UIDVALIDITY, UID). The folder list and every folder's
/// rows are readable from the store before the server answers, and without a network.
///
/// **Resync.** With QRESYNC (RFC 7162 §3.2.5) the SELECT itself returns what changed
/// since the last committed sync (flags, VANISHED); with CONDSTORE only flags changed
/// since the stored HIGHESTMODSEQ are fetched and expunges found by UID comparison;
/// with neither, FLAGS of all UIDs are compared in chunks. A changed UIDVALIDITY
/// discards that folder's cache (and its queued changes) and fetches it anew.
///
/// **Offline changes.** setFlags/moveMessages/deleteMessages change the cache at once
/// and queue the server-side change durably (Store::ChangeQueue, queued before the
/// local change is made); the queue is replayed in order whenever the account is
/// online, through the engine's ops (ChangeReplayer). A change whose messages are gone
/// on the server is done, not retried; a refused one is retried a few times and then
/// dropped with a notice (noticeRaised). A move or copy into a folder deleted elsewhere
/// ([TRYCREATE]) creates it again while this account still lists it.
///
/// **Folders gone on the server.** A LIST that no longer names a mailbox (deleted or
/// renamed by another client; IMAP says nothing of renames) removes its folder from
/// the store with its cached rows and cache file; queued changes in it or into it are
/// dropped with a notice, and moved messages reappear where they were.
///
/// **Threads.** An ImapSync, its MailStore and its IMAP session belong to one thread
/// (the account's worker thread, see AccountRuntime); the UI reaches it through queued
/// calls and receives rows in batches through the signals below.
///
/// Every operation returns a Task (owned by the ImapSync, deleted after it finished);
/// operations run one after the other on one kept-open connection.
class ImapSync : public QObject
{
    Q_OBJECT
public:
    /// Asks for the incoming password (from the keychain, or the user); answers once,
    /// possibly later. The password is used for one login and not kept.
    using PasswordProvider = std::function<void(std::function<void(const Result<QString> &)> answer)>;
    using TransportFactory = std::function<Net::Transport *()>;

    /// @p store must be open, belong to this thread and outlive the ImapSync.
    ImapSync(const Account::Account &account, Store::MailStore *store, PasswordProvider password,
             QObject *parent = nullptr);
    ~ImapSync() override;

    /// New settings, e.g. a certificate the user pinned after connectionFailed() with
    /// MailError::Kind::UntrustedCertificate; used from the next connection on.
    void setAccount(const Account::Account &account);
    /// Default: Net::SslTransport. Tests hand in scripted transports.
    void setTransportFactory(TransportFactory factory);
    /// Rows per rowsAdded() signal (default 500), the first/largest FETCH batch
    /// (defaults 100 and 5000) and the rows a listing stores at a time (default 500).
    void setBatchSizes(int rowsPerSignal, int firstFetch, int maxFetch, int storeRows = 500);

    /// Push: keeps each of @p folders watched with IDLE, each on a connection of its own
    /// (IdleWatcher), and syncs a folder when the server reports a change in it; empty: no
    /// watching (the default). Watching pauses while offline. A watcher whose folder is
    /// no longer wanted is moved to a new one on its open connection (DONE, EXAMINE, IDLE)
    /// rather than closed and opened again. A server without IDLE is polled with NOOP
    /// every Account::checkIntervalMinutes (not at all for an on-demand account).
    void setWatchedFolders(const QStringList &folders);
    void setWatchedFolder(const QString &folder)
    {
        setWatchedFolders(folder.isEmpty() ? QStringList() : QStringList{folder});
    }
    QStringList watchedFolders() const;
    /// The watcher of @p folder (empty: the first one), or null.
    IdleWatcher *idleWatcher(const QString &folder = {}) const;

    /// Says goodbye on every connection: the watchers end IDLE and log out, the user's
    /// connection logs out (or is dropped when a job is running on it). @p done runs once
    /// every connection is closed; the caller bounds the wait (quitting must be fast).
    void closeConnections(std::function<void()> done);

    /// Offline: nothing is sent; changes are queued. Going online replays the queue.
    void setOnline(bool online);
    bool isOnline() const;

    /// How the last folder sync found what changed: "qresync", "condstore", "flags"
    /// (FLAGS of every UID compared), "new" (nothing cached yet); for logs and tests.
    QByteArray lastResyncMethod() const { return m_lastMethod; }

    /// The folders as last listed (from the store: instant, works offline).
    QList<Store::RemoteFolder> folders() const;

    /// LIST: the folder list from the server; creates store folders for new mailboxes,
    /// forgets deleted ones; foldersChanged() when done.
    Task *refreshFolders();
    /// Opens @p folder: replays its queued changes, resyncs and streams new rows.
    Task *syncFolder(const QString &folder, SyncDepth depth = SyncDepth::Headers);
    /// Fetches the whole message @p id (BODY.PEEK[]) into the cache; rowsChanged() with
    /// its row (BodyState::Full) when stored. Does not set \\Seen.
    Task *fetchBody(Store::MessageId id);
    /// Opens message @p id the on-demand way (issue 6): its BODYSTRUCTURE and HEADER,
    /// then the text parts the reader shows with their MIME headers (PartPlan), all
    /// with BODY.PEEK so \\Seen stays as it is; cached per part (Store::ImapCache) and
    /// the row turns BodyState::Partial. Nothing is sent for a Full or Partial row.
    Task *fetchText(Store::MessageId id);
    /// Fetches one part (an attachment being opened or saved) with BODY.PEEK[@p section]
    /// into the part cache; nothing is sent when it is cached already.
    Task *fetchPart(Store::MessageId id, const QByteArray &section);
    /// The inline images (RFC 2392 cid:) an HTML message shows: every one of @p sections
    /// not cached yet, with BODY.PEEK in one command, into the part cache.
    Task *fetchInlineParts(Store::MessageId id, const QList<QByteArray> &sections);
    /// Marks @p folder for "download all for offline" (kept in the store) and, when
    /// @p enabled, fetches every missing body.
    Task *setDownloadAll(const QString &folder, bool enabled);

    /// Changes flags now in the cache, and on the server now or when back online.
    Task *setFlags(const QList<Store::MessageId> &ids, Store::MessageFlags add, Store::MessageFlags remove);
    Task *moveMessages(const QList<Store::MessageId> &ids, const QString &target);
    /// Deletes as the account's delete model says: move to Trash (SPECIAL-USE \\Trash or
    /// the configured folder; in Trash itself: expunge), mark \\Deleted, or expunge.
    Task *deleteMessages(const QList<Store::MessageId> &ids);
    /// Copies messages: online with UID COPY (RFC 9051 §6.4.7), and where the server
    /// names the new UIDs (COPYUID, RFC 4315 §3) the copies are cached under them, so
    /// the target's next sync fetches nothing; offline (or when the connection fails)
    /// the copy goes to the durable queue and the target shows provisional copies that
    /// its next sync replaces by the server's.
    Task *copyMessages(const QList<Store::MessageId> &ids, const QString &target);
    /// Sends the queued offline changes of every folder.
    Task *replayQueue();

    /// UID SEARCH in @p folder on the server (RFC 9051 §6.4.4; ESEARCH when offered).
    /// @p found gets the matching rows once, before the task finishes, at most @p limit
    /// of the newest: cached rows as they are, and for hits the cache does not hold yet
    /// their list fields are fetched and stored first (rowsAdded() announces those).
    /// Nothing is reported after the task was cancelled.
    Task *searchFolder(const QString &folder, const QList<Imap::SearchCriterion> &criteria, int limit,
                       std::function<void(const QList<Store::MessageRow> &)> found);

    // Folders (imapsyncmailboxes.cpp). Online only: a mailbox created, renamed or deleted
    // offline would need merging with what other clients did meanwhile, so these fail
    // with MailError::Kind::Network while offline instead of being queued.

    /// CREATE @p leaf under @p parent (a folder's name; empty: the top of the personal
    /// namespace, RFC 2342), joined by the server's hierarchy delimiter; SUBSCRIBE it
    /// (RFC 9051 §6.3.7) and list it into the store.
    Task *createFolder(const QString &parent, const QString &leaf);
    /// RENAME @p from to @p leaf under @p newParent (as for createFolder) — a rename, a
    /// move, or both (RFC 9051 §6.3.6, which moves the inferiors too). The cache follows
    /// under the new names, rows and bodies kept: nothing is fetched again.
    Task *renameFolder(const QString &from, const QString &newParent, const QString &leaf);
    /// DELETE @p name and its subfolders (deepest first: servers refuse to delete a
    /// mailbox with inferiors or leave it \Noselect, RFC 9051 §6.3.5), then their cache.
    Task *deleteFolder(const QString &name);
    /// The full name @p leaf gets under @p parent, once the server's naming is known.
    void folderName(const QString &parent, const QString &leaf, std::function<void(const Result<QString> &)> answer);

Q_SIGNALS:
    void foldersChanged(const QList<Pigeon::Store::RemoteFolder> &folders);
    /// New rows of @p folder, newest first within a sync, a few hundred at a time.
    void rowsAdded(const QString &folder, const QList<Pigeon::Store::MessageRow> &rows);
    /// Rows whose flags or body state changed.
    void rowsChanged(const QString &folder, const QList<Pigeon::Store::MessageRow> &rows);
    void rowsRemoved(const QString &folder, const QList<Pigeon::Store::MessageId> &ids);
    /// UIDVALIDITY changed: the folder's cache was discarded; rows follow anew.
    void folderReset(const QString &folder);
    void onlineChanged(bool online);
    /// The server confirmed IDLE on @p folder (after each (re)connect and re-issue), or
    /// answered a poll of it.
    void folderWatched(const QString &folder);
    /// A sync that a watcher started because the server reported a change has finished.
    void watchedFolderSynced(const QString &folder, const Pigeon::MailError &error);
    /// The connection failed (once per attempt): network, login, TLS. With
    /// UntrustedCertificate the payload says which certificate the user could pin.
    void connectionFailed(const Pigeon::MailError &error);
    /// Something the user should know that is not a failure of the running task: a
    /// change made offline that could not be applied (and was dropped), a folder
    /// created again or forgotten because it was deleted on the server. Translated.
    void noticeRaised(const QString &text);
    /// A connection was opened and logged in (the server is reachable again).
    void connected();
    /// The open connection broke (the server went away, the network dropped); not
    /// emitted when it was closed here (offline, new settings).
    void connectionLost(const Pigeon::MailError &error);

private:
    using Step = std::function<void(Task *task, std::function<void(const MailError &)> done)>;
    /// Queues a job: jobs run one at a time on the one connection.
    Task *enqueue(const QString &title, bool network, Step step);
    void runNext();
    /// Calls @p next with an authenticated session (connecting and logging in first if
    /// needed), or with the error that prevented it.
    void withSession(std::function<void(const MailError &)> next);
    /// Forgets the session; jobs waiting for it to open get @p why (or "closed").
    void sessionLost(const MailError &why = {});
    /// NOOP interval of a watcher on a server without IDLE: the account's check interval.
    std::chrono::milliseconds pollInterval() const;
    /// What to log in with: the account's settings and a password asked for now.
    void loginOptions(std::function<void(const Result<Imap::SessionOptions> &)> answer);
    void syncStep(const QString &folder, bool bodies, Task *task, std::function<void(const MailError &)> done);
    void listStep(std::function<void(const MailError &)> done);
    /// Forgets the store folders of mailboxes missing from a complete LIST (@p listed:
    /// the names it had), with their cached rows, cache files and queued changes
    /// (imapsyncfolders.cpp).
    Result<void> forgetVanishedFolders(const QSet<QString> &listed);
    void bodyStep(Store::MessageId id, std::function<void(const MailError &)> done);
    void searchStep(const Store::RemoteFolder &folder, const QList<Imap::SearchCriterion> &criteria, int limit,
                    Task *task, std::function<void(const QList<Store::MessageRow> &)> found,
                    std::function<void(const MailError &)> done);
    /// Rows for search hits @p uids of @p folder (selected with @p uidValidity): cached
    /// ones looked up, missing ones fetched and stored.
    void hitRows(const Store::RemoteFolder &folder, quint32 uidValidity, QList<quint32> uids, Task *task,
                 std::function<void(const QList<Store::MessageRow> &)> found,
                 std::function<void(const MailError &)> done);
    void textStep(Store::MessageId id, std::function<void(const MailError &)> done);
    void partsStep(Store::MessageId id, QList<QByteArray> sections, std::function<void(const MailError &)> done);
    /// The sections of @p sections not in the part cache (none for a Full row).
    QList<QByteArray> missingParts(Store::MessageId id, const QList<QByteArray> &sections) const;
    /// Stores a single-part message fetched whole as a record; false when it is not one.
    Result<bool> storeWhole(Store::MessageId id, const Imap::BodyPart &root, const QList<Store::CachedPart> &parts);
    /// Calls @p next with the IMAP row @p id once its folder is selected (a plain
    /// SELECT, no resync: the user waits for this message, not for the folder).
    void withMessage(Store::MessageId id, std::function<void(const Store::MessageRow &, const MailError &)> next);
    void scheduleReplay();
    // imapsyncmailboxes.cpp
    /// The delimiter for names under @p parent (empty parent: the personal namespace's).
    QString delimiterUnder(const QString &parent) const;
    void withNamespace(std::function<void(const MailError &)> next);
    void manage(int action, const QString &mailbox, const QString &newName, std::function<void(const MailError &)> done);
    Result<void> renameCache(const QString &from, const QString &to, const QString &delimiter);
    QStringList subtree(const QString &name) const;
    void copyStep(const QList<Store::MessageId> &ids, const QString &target, std::function<void(const MailError &)> done);
    Result<QList<Store::MessageRow>> cacheCopies(const QList<Store::MessageId> &ids, const QString &target,
                                                 const QHash<quint32, quint32> &uidMap, quint32 uidValidity);
    void queueCopy(const QList<Store::MessageId> &ids, const QString &target, std::function<void(const MailError &)> done);
    void replayFolders(QStringList folders, Task *task, std::function<void(const MailError &)> done);
    std::optional<Store::RemoteFolder> remoteFolderByName(const QString &name) const;
    QString trashFolder() const;
    void emitChanged(const QList<Store::MessageId> &ids);
    /// Queues @p kind for the IMAP messages among @p ids (one entry per folder and
    /// UIDVALIDITY); returns every id by folder, without those already in @p target.
    Result<QHash<QString, QList<Store::MessageId>>> queueChange(const QList<Store::MessageId> &ids,
                                                                Store::QueuedChange::Kind kind,
                                                                Store::MessageFlags flags, const QString &target);

    struct Job {
        QPointer<Task> task;
        bool network = false;
        Step step;
    };

    Account::Account m_account;
    Store::MailStore *m_store;
    PasswordProvider m_password;
    TransportFactory m_factory;
    int m_rowsPerSignal = 500;
    int m_firstFetch = 100;
    int m_maxFetch = 5000;
    int m_storeRows = 500;
    bool m_online = true;
    QPointer<Imap::ImapSession> m_session;
    bool m_connecting = false;
    QList<std::function<void(const MailError &)>> m_waiting;
    QQueue<Job> m_jobs;
    bool m_running = false;
    bool m_replayScheduled = false;
    QByteArray m_lastMethod;
    QList<IdleWatcher *> m_watchers; ///< owned (children), one per watched folder
    /// The personal namespace (RFC 2342), once asked for on this account.
    bool m_namespaceKnown = false;
    QString m_personalPrefix;
    QString m_personalDelimiter;
};

} // namespace Pigeon::Sync
