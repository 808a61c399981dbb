// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/runtimebinding.h"

#include "models/foldermodel.h"
#include "models/messagelistmodel.h"
#include "store/messagelistquery.h"
#include "sync/accountruntime.h"
#include "sync/runtimemanager.h"

namespace Pigeon::Ui {

RuntimeBinding::RuntimeBinding(Sync::RuntimeManager *runtimes, Models::FolderModel *folders,
                               Models::MessageListModel *messages, QObject *parent)
    : QObject(parent)
    , m_runtimes(runtimes)
    , m_folders(folders)
    , m_messages(messages)
{
    connect(runtimes, &Sync::RuntimeManager::runtimeAdded, this, &RuntimeBinding::bind);
    connect(runtimes, &Sync::RuntimeManager::runtimeRemoved, this, [this](Sync::AccountRuntime *runtime) {
        m_folders->removeAccount(runtime->accountId());
        // Its tasks end with it.
        for (auto it = m_tasks.begin(); it != m_tasks.end();) {
            if (it.value() == runtime) {
                Q_EMIT taskFinished(it.key(), runtime->account().displayName(), MailError());
                it = m_tasks.erase(it);
            } else {
                ++it;
            }
        }
    });
    const QList<Sync::AccountRuntime *> existing = runtimes->runtimes();
    for (Sync::AccountRuntime *runtime : existing)
        bind(runtime);
}

Sync::AccountRuntime *RuntimeBinding::runtime(const QString &accountId) const
{
    return m_runtimes->runtime(accountId);
}

Sync::AccountRuntime *RuntimeBinding::runtimeOfTask(quint64 id) const
{
    return m_tasks.value(id);
}

void RuntimeBinding::bind(Sync::AccountRuntime *runtime)
{
    const QString id = runtime->accountId();
    auto showFolders = [this, runtime, id] {
        QList<Models::FolderInfo> infos;
        const QList<Sync::FolderSummary> summaries = runtime->folders();
        for (const Sync::FolderSummary &f : summaries) {
            Models::FolderInfo info;
            info.id = f.id;
            info.path = f.name;
            info.kind = Models::FolderModel::kindOf(f.name, f.specialUse);
            // Local folders nest by "/"; an IMAP server without hierarchy by nothing.
            info.delimiter = f.delimiter.isEmpty() ? QChar() : f.delimiter.at(0);
            info.selectable = f.selectable;
            info.total = f.total;
            info.unread = f.unread;
            infos.append(info);
        }
        m_folders->setAccount(id, runtime->account().displayName(),
                              Store::MessageListQuery::indexPathFor(runtime->storeDirectory()), infos);
        Q_EMIT foldersChanged(id);
    };
    connect(runtime, &Sync::AccountRuntime::foldersChanged, this, showFolders);
    if (!runtime->folders().isEmpty())
        showFolders();
    connect(runtime, &Sync::AccountRuntime::rowsAdded, this,
            [this, id](const QList<Store::MessageRow> &rows) { m_messages->addMessages(id, rows); });
    connect(runtime, &Sync::AccountRuntime::rowsUpdated, this,
            [this, id](const QList<Store::MessageRow> &rows) {
                m_messages->updateMessages(id, rows);
                Q_EMIT rowsUpdated(id, rows);
            });
    connect(runtime, &Sync::AccountRuntime::rowsRemoved, this,
            [this, id](const QList<Store::MessageId> &ids) {
                m_messages->removeMessages(id, ids);
                Q_EMIT rowsRemoved(id, ids);
            });
    connect(runtime, &Sync::AccountRuntime::folderReset, this,
            [this, id](const QString &folder) { Q_EMIT folderReset(id, folder); });
    connect(runtime, &Sync::AccountRuntime::taskProgressed, this, [this, runtime](const Sync::TaskProgress &p) {
        m_tasks.insert(p.id, runtime);
        Q_EMIT taskProgressed(p);
    });
    connect(runtime, &Sync::AccountRuntime::taskFinished, this, [this, runtime](quint64 task, const MailError &e) {
        m_tasks.remove(task);
        Q_EMIT taskFinished(task, runtime->account().displayName(), e);
    });
    connect(runtime, &Sync::AccountRuntime::checkRefused, this,
            [this, runtime](const MailError &e) { Q_EMIT failed(runtime->account().displayName(), e); });
    connect(runtime, &Sync::AccountRuntime::operationFailed, this,
            [this, runtime](const MailError &e) { Q_EMIT failed(runtime->account().displayName(), e); });
    connect(runtime, &Sync::AccountRuntime::opened, this, [this, runtime](const MailError &e) {
        if (e.isError())
            Q_EMIT failed(runtime->account().displayName(), e);
    });
    connect(runtime, &Sync::AccountRuntime::newMail, this,
            [this, runtime](int count) { Q_EMIT newMail(runtime->account().displayName(), count); });
    connect(runtime, &Sync::AccountRuntime::messageReplaced, this,
            [this, id](Store::MessageId partial, Store::MessageId whole) { Q_EMIT messageReplaced(id, partial, whole); });
    connect(runtime, &Sync::AccountRuntime::messageLoaded, this,
            [this, id](Store::MessageId message, const QByteArray &bytes, const MailError &e) {
                Q_EMIT messageLoaded(id, message, bytes, e);
            });
    connect(runtime, &Sync::AccountRuntime::partFetched, this,
            [this, id](Store::MessageId message, const QByteArray &section, const MailError &e) {
                Q_EMIT partFetched(id, message, section, e);
            });
    connect(runtime, &Sync::AccountRuntime::searchFinished, this,
            [this, id](const QString &, quint64 generation, const QList<Store::MessageRow> &rows, const MailError &e) {
                Q_EMIT searchFinished(id, generation, rows, e);
            });
    connect(runtime, &Sync::AccountRuntime::serverSearchFound, this,
            [this, id](quint64 search, const QList<Store::MessageRow> &rows, bool complete, const MailError &e) {
                Q_EMIT serverSearchFound(id, search, rows, complete, e);
            });
    connect(runtime, &Sync::AccountRuntime::reachableChanged, this,
            [this, id](bool reachable, const MailError &e) { Q_EMIT reachableChanged(id, reachable, e); });
}

} // namespace Pigeon::Ui
