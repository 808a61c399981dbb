// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/account.h"
#include "common/mailerror.h"
#include "store/messagerow.h"
#include "sync/foldersummary.h"
#include "sync/taskprogress.h"

#include <QObject>
#include <QSet>

#include <functional>

class QThread;
class QTimer;

namespace Pigeon::Account {
class Profile;
class SecretStore;
}

namespace Pigeon::Sync {

class AccountWorker;

/// Everything one account does, off the UI thread: a worker QThread owns the account's
/// MailStore and its engines; this object (in the caller's thread, usually the UI's)
/// forwards requests to it as queued calls and its results back as signals: batches
/// of rows, task progress, errors. Nothing here waits for the disk or the network.
///
/// It also keeps the account's schedule: a check when the store has opened and every
/// Account::checkIntervalMinutes after, while online; none while the user works offline
/// (setOnline(false)) or when the interval is 0 (on demand only).
///
/// An IMAP account is also watched while online (push, RFC 2177 IDLE on connections of
/// their own): INBOX, and the folder last loaded when it is another of the server's. New
/// mail, expunges and flag changes made elsewhere arrive as rowsAdded/rowsRemoved/
/// rowsUpdated within about a second, new unread mail in INBOX as newMail(). A server
/// without IDLE is polled (NOOP) at the check interval.
class AccountRuntime : public QObject
{
    Q_OBJECT
public:
    /// @p secrets must outlive the runtime; it is used from this object's thread.
    AccountRuntime(Account::Account account, QString storeDirectory, Account::SecretStore *secrets,
                   QObject *parent = nullptr);
    /// stop(), then waits for the worker thread to end: as long as its current slice of
    /// work and the servers' goodbye take, at most AccountWorker::goodbyeBound (0.5 s).
    ~AccountRuntime() override;

    /// Where the store of @p account lives in @p profile (as pigeon-cli check uses it).
    static QString storeDirectory(const Account::Profile &profile, const QUuid &account);

    const Account::Account &account() const { return m_account; }
    QString accountId() const { return m_account.id.toString(QUuid::WithoutBraces); }
    /// The account's MailStore directory (owned by the worker thread: do not open it
    /// for writing elsewhere).
    QString storeDirectory() const { return m_storeDirectory; }
    /// Takes new settings (check interval, server, policy) for the next check.
    void setAccount(const Account::Account &account);

    /// Opens the store on the worker thread; opened() and foldersChanged() follow.
    void start();
    /// Begins to end the worker without waiting: a running check is cancelled (nothing
    /// deleted on the server), the IMAP connections (the user's and IDLE's) log out, the
    /// store is closed. Lets RuntimeManager end every account's connections at once.
    void stop();
    bool isOpen() const { return m_open; }
    QList<FolderSummary> folders() const { return m_folders; }

    bool isOnline() const { return m_online; }
    /// IMAP: false while the server cannot be reached although Pigeon is online (the
    /// worker retries by itself; changes are queued and sent when it is back).
    bool isReachable() const { return m_reachable; }
    /// Why the server could not be reached (while !isReachable()).
    MailError unreachableError() const { return m_unreachableError; }
    /// Offline: no checks (scheduled or asked for), local work goes on.
    void setOnline(bool online);
    bool isChecking() const { return m_checkTask != 0; }
    /// True for accounts whose mail can be fetched by this version (POP3 and IMAP).
    bool canCheck() const;

    /// Starts a check; returns its task id, or 0 when none started (taskFinished is
    /// then not emitted; checkRefused() says why).
    quint64 checkMail();
    /// Downloads the rest of partly downloaded messages (POP3 over the size limit, IMAP
    /// headers or parts only); a task like a check (one at a time per account): asked
    /// for while a check runs, it waits for that check and starts when it ends (several
    /// such requests join one task). messageReplaced() names POP3's new rows.
    quint64 downloadFull(const QList<Store::MessageId> &ids);
    void cancelTask(quint64 id);

    /// Streams a folder's rows (rowsLoaded, newest first). Returns the generation that
    /// tags the batches; a later loadFolder()/search() supersedes it.
    quint64 loadFolder(const QString &folder);
    quint64 search(const QString &query);
    /// IMAP: searches @p query on the server in @p folders (every folder when empty),
    /// for words in bodies never downloaded; serverSearchFound() answers, per folder
    /// and once more with complete set. Returns its id; a later call or
    /// cancelServerSearch() cancels it (its last answer then says Cancelled).
    quint64 searchServer(const QString &query, const QStringList &folders = {});
    void cancelServerSearch();
    void loadMessage(Store::MessageId id);
    /// An attachment of an IMAP message opened or saved: messageLoaded() again with it
    /// (fetched on demand, or from the part cache), then partFetched().
    void fetchPart(Store::MessageId id, const QByteArray &section);
    /// The inline images (cid:) of an HTML message being shown, @p sections: fetched
    /// unless cached, then messageLoaded() again; silent when they cannot be had.
    void fetchInlineParts(Store::MessageId id, const QList<QByteArray> &sections);
    void setFlags(const QList<Store::MessageId> &ids, Store::MessageFlags add, Store::MessageFlags remove);
    void moveMessages(const QList<Store::MessageId> &ids, const QString &target);
    void copyMessages(const QList<Store::MessageId> &ids, const QString &target);
    /// Removes for good (the caller applies the delete model: Trash first).
    void removeMessages(const QList<Store::MessageId> &ids);
    /// Folder management; failures come as operationFailed() with the server's words.
    /// IMAP accounts need to be online for these (operationFailed says so otherwise).
    /// @p parent: a folder's full name, empty for the top of the account.
    void createFolder(const QString &parent, const QString &leaf);
    /// Gives @p path the last name @p leaf, in the same parent.
    void renameFolder(const QString &path, const QString &leaf);
    /// Moves @p path (with its subfolders) under @p newParent (empty: the top).
    void moveFolder(const QString &path, const QString &newParent);
    /// IMAP: deleted on the server with its messages. Local: its messages go to the Trash.
    void deleteFolder(const QString &path);

Q_SIGNALS:
    void opened(const Pigeon::MailError &error);
    void foldersChanged(const QList<Pigeon::Sync::FolderSummary> &folders);
    void rowsLoaded(const QString &folder, quint64 generation, const QList<Pigeon::Store::MessageRow> &rows,
                    bool complete);
    void rowsAdded(const QList<Pigeon::Store::MessageRow> &rows);
    void rowsUpdated(const QList<Pigeon::Store::MessageRow> &rows);
    void rowsRemoved(const QList<Pigeon::Store::MessageId> &ids);
    void messageLoaded(Pigeon::Store::MessageId id, const QByteArray &bytes, const Pigeon::MailError &error);
    void partFetched(Pigeon::Store::MessageId id, const QByteArray &section, const Pigeon::MailError &error);
    void searchFinished(const QString &query, quint64 generation, const QList<Pigeon::Store::MessageRow> &rows,
                        const Pigeon::MailError &error);
    void taskProgressed(const Pigeon::Sync::TaskProgress &progress);
    void taskFinished(quint64 id, const Pigeon::MailError &error);
    /// New unread messages stored by a check, or pushed into INBOX (IMAP IDLE).
    void newMail(int unread);
    /// IMAP push: the server confirmed IDLE on @p folder (INBOX, and the folder last
    /// loaded when it is another of the server's), again after each reconnect.
    void folderWatched(const QString &folder);
    void messageReplaced(Pigeon::Store::MessageId partial, Pigeon::Store::MessageId whole);
    void operationFailed(const Pigeon::MailError &error);
    /// IMAP: @p folder's UIDVALIDITY changed; its cached rows are gone, new ones follow.
    void folderReset(const QString &folder);
    void onlineChanged(bool online);
    /// See isReachable().
    void reachableChanged(bool reachable, const Pigeon::MailError &error);
    /// Hits of searchServer() @p id: rows (stored in the cache, headers fetched if they
    /// were not), several times; @p complete on the last answer, with its error if any.
    void serverSearchFound(quint64 id, const QList<Pigeon::Store::MessageRow> &rows, bool complete,
                           const Pigeon::MailError &error);
    /// checkMail() did not start a check (offline, no password...).
    void checkRefused(const Pigeon::MailError &error);

private:
    void schedule();
    quint64 fetch(const QList<Store::MessageId> &complete, quint64 id = 0);
    /// Starts the download that waited for the check (see downloadFull()).
    void startQueued();
    /// Ends the waiting download, if any, as cancelled.
    void dropQueued(const QString &why);
    /// The incoming password from the keychain; a missing one is a Keychain error
    /// that names the account.
    void readPassword(std::function<void(const Result<QString> &)> answer);
    template<typename F>
    void post(F &&call);

    Account::Account m_account;
    QString m_storeDirectory;
    Account::SecretStore *m_secrets;
    QThread *m_thread;
    AccountWorker *m_worker;
    QTimer *m_checkTimer;
    QList<FolderSummary> m_folders;
    quint64 m_generation = 0;
    quint64 m_checkTask = 0;
    bool m_checkCancelled = false;
    quint64 m_queuedTask = 0;                ///< a download waiting for m_checkTask
    QList<Store::MessageId> m_queuedIds;
    bool m_online = true;
    bool m_open = false;
    bool m_reachable = true;
    MailError m_unreachableError;
    bool m_started = false;
    bool m_stopping = false; ///< stop() was called: the worker may be gone
};

} // namespace Pigeon::Sync
