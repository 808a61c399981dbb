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

#include <functional>
#include <memory>

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

    /// Streams the rows of @p folder, newest first, tagged with @p generation; a newer
    /// loadFolder() or search() supersedes it.
    void loadFolder(const QString &folder, quint64 generation);
    void loadMessage(Store::MessageId id);
    void setFlags(const QList<Store::MessageId> &ids, Store::MessageFlags add, Store::MessageFlags remove);
    void moveMessages(const QList<Store::MessageId> &ids, const QString &target);
    void copyMessages(const QList<Store::MessageId> &ids, const QString &target);
    void removeMessages(const QList<Store::MessageId> &ids);
    void createFolder(const QString &name);
    /// Offline full-text search over the whole account (bodies indexed first).
    void search(const QString &query, quint64 generation);

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
    void searchFinished(const QString &query, quint64 generation, const QList<Pigeon::Store::MessageRow> &rows,
                        const Pigeon::MailError &error);
    void taskProgressed(const Pigeon::Sync::TaskProgress &progress);
    void taskFinished(quint64 id, const Pigeon::MailError &error);
    /// A partly downloaded message was replaced by its whole copy (a new row).
    void messageReplaced(Pigeon::Store::MessageId partial, Pigeon::Store::MessageId whole);
    /// A check stored @p unread new unread messages.
    void newMail(int unread);
    /// A change the user asked for failed; nothing was lost (the store is transactional).
    void operationFailed(const Pigeon::MailError &error);

private:
    void continueLoad(const QString &folder, quint64 generation, qint64 afterDate, Store::MessageId afterId);
    void emitFolders();
    void emitRowsSince(Store::MessageId afterId);
    void emitRows(const QList<Store::MessageId> &ids);
    void indexBodies();
    Result<QList<Store::MessageRow>> rowsWhere(const QString &where, const QVariantList &values, int limit) const;
    Store::MessageId maxId() const;
    bool fail(const MailError &error);
    void announceNewMail(Store::MessageId before);
    void startImap();
    /// Shows @p task as the running check's progress; @p next runs when it succeeded,
    /// a failure ends the check.
    void followImapStep(Task *task, Store::MessageId before, std::function<void()> next);
    /// Syncs the next of @p folders; the check ends when none is left.
    void continueImapCheck(QStringList folders, Store::MessageId before);
    void endImapCheck(Store::MessageId before, const MailError &error);
    void loadImapBody(Store::MessageId id);
    /// Reports a failed IMAP change (the cache already shows what it holds).
    void watchChange(Task *task);

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
    QString m_viewedFolder; ///< synced by a check besides INBOX
};

} // namespace Pigeon::Sync
