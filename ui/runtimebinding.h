// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "store/messagerow.h"
#include "sync/taskprogress.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Pigeon::Models {
class FolderModel;
class MessageListModel;
}
namespace Pigeon::Sync {
class AccountRuntime;
class RuntimeManager;
}

namespace Pigeon::Ui {

/// Connects every account's runtime to the models the main window shows: folders and
/// counts into the FolderModel, streamed rows (new, changed, removed) into the
/// MessageListModel. Gathers the runtimes' tasks, errors and new-mail news into one
/// set of signals that name the account.
class RuntimeBinding : public QObject
{
    Q_OBJECT
public:
    RuntimeBinding(Sync::RuntimeManager *runtimes, Models::FolderModel *folders, Models::MessageListModel *messages,
                   QObject *parent = nullptr);

    Sync::RuntimeManager *runtimes() const { return m_runtimes; }
    Sync::AccountRuntime *runtime(const QString &accountId) const;
    /// The runtime running task @p id, if it still runs.
    Sync::AccountRuntime *runtimeOfTask(quint64 id) const;

Q_SIGNALS:
    void taskProgressed(const Pigeon::Sync::TaskProgress &progress);
    void taskFinished(quint64 id, const QString &account, const Pigeon::MailError &error);
    void newMail(const QString &account, int count);
    void failed(const QString &account, const Pigeon::MailError &error);
    void messageLoaded(const QString &accountId, Pigeon::Store::MessageId id, const QByteArray &bytes,
                       const Pigeon::MailError &error);
    void searchFinished(const QString &accountId, quint64 generation, const QList<Pigeon::Store::MessageRow> &rows,
                        const Pigeon::MailError &error);
    void serverSearchFound(const QString &accountId, quint64 id, const QList<Pigeon::Store::MessageRow> &rows,
                           bool complete, const Pigeon::MailError &error);
    /// The account's server could not be reached, or can again.
    void reachableChanged(const QString &accountId, bool reachable, const Pigeon::MailError &error);
    /// An attachment asked for on demand arrived (in messageLoaded()) or failed.
    void partFetched(const QString &accountId, Pigeon::Store::MessageId id, const QByteArray &section,
                     const Pigeon::MailError &error);
    /// Rows of an account changed or went away (also passed to the MessageListModel).
    void rowsUpdated(const QString &accountId, const QList<Pigeon::Store::MessageRow> &rows);
    void rowsRemoved(const QString &accountId, const QList<Pigeon::Store::MessageId> &ids);
    void messageReplaced(const QString &accountId, Pigeon::Store::MessageId partial, Pigeon::Store::MessageId whole);
    /// Folders or counts of an account changed.
    void foldersChanged(const QString &accountId);
    /// IMAP: the cache of @p folder was discarded (UIDVALIDITY changed); new rows follow.
    void folderReset(const QString &accountId, const QString &folder);

private:
    void bind(Sync::AccountRuntime *runtime);

    Sync::RuntimeManager *m_runtimes;
    Models::FolderModel *m_folders;
    Models::MessageListModel *m_messages;
    QHash<quint64, QPointer<Sync::AccountRuntime>> m_tasks;
};

} // namespace Pigeon::Ui
