// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ImapSync: changes the user makes (flags, move, delete), applied to the cache at once
// and queued durably for the server (Store::ChangeQueue).
#include "sync/imapsync.h"

#include "store/changequeue.h"
#include "store/imapcache.h"
#include "store/mailstore.h"
#include "sync/task.h"

#include <QDateTime>

namespace Pigeon::Sync {

// --- offline-capable changes -----------------------------------------------------------

void ImapSync::emitChanged(const QList<Store::MessageId> &ids)
{
    QHash<QString, QList<Store::MessageRow>> byFolder;
    for (Store::MessageId id : ids)
        if (std::optional<Store::MessageRow> r = m_store->row(id))
            byFolder[r->folder] << *r;
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it)
        Q_EMIT rowsChanged(it.key(), it.value());
}

Result<QHash<QString, QList<Store::MessageId>>> ImapSync::queueChange(const QList<Store::MessageId> &ids,
                                                                       Store::QueuedChange::Kind kind,
                                                                       Store::MessageFlags flags, const QString &target)
{
    // Queued before the local change is made: a crash between the two replays a change
    // the cache did not show yet, never loses one it showed.
    Store::ChangeQueue queue(&m_store->index());
    QHash<std::pair<qint64, qint64>, QList<quint32>> uids;
    QHash<QString, QList<Store::MessageId>> byFolder;
    for (Store::MessageId id : ids) {
        qint64 folderId = 0;
        std::optional<Store::IndexedMessage> m = m_store->index().message(id, &folderId);
        if (!m || (!target.isEmpty() && m->row.folder == target))
            continue;
        byFolder[m->row.folder] << id;
        if (m->row.origin.uid > 0)
            uids[{folderId, m->row.origin.uidValidity}] << quint32(m->row.origin.uid);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (auto it = uids.cbegin(); it != uids.cend(); ++it) {
        const Store::QueuedChange c{0, kind, it.key().first, quint32(it.key().second), it.value(), flags, target, now, 0, {}};
        if (Result<qint64> q = queue.enqueue(c); !q)
            return q.error();
    }
    return byFolder;
}

Task *ImapSync::setFlags(const QList<Store::MessageId> &ids, Store::MessageFlags add, Store::MessageFlags remove)
{
    return enqueue(tr("Changing flags"), false, [this, ids, add, remove](Task *, std::function<void(const MailError &)> done) {
        if (add)
            if (auto q = queueChange(ids, Store::QueuedChange::Kind::AddFlags, add, {}); !q)
                return done(q.error());
        if (remove)
            if (auto q = queueChange(ids, Store::QueuedChange::Kind::RemoveFlags, remove, {}); !q)
                return done(q.error());
        if (Result<void> r = m_store->setFlags(ids, add, remove); !r)
            return done(r.error());
        emitChanged(ids);
        scheduleReplay();
        done({});
    });
}

QString ImapSync::trashFolder() const
{
    if (!m_account.imap.trashFolder.isEmpty())
        return m_account.imap.trashFolder;
    for (const Store::RemoteFolder &f : m_store->index().remoteFolders())
        if (f.specialUse.compare("\\Trash", Qt::CaseInsensitive) == 0)
            return f.name;
    return {};
}

Task *ImapSync::moveMessages(const QList<Store::MessageId> &ids, const QString &target)
{
    return enqueue(tr("Moving messages"), false, [this, ids, target](Task *, std::function<void(const MailError &)> done) {
        if (!remoteFolderByName(target))
            return done(MailError(MailError::Kind::NotFound, tr("There is no folder %1 on the server.").arg(target)));
        Result<QHash<QString, QList<Store::MessageId>>> queued =
            queueChange(ids, Store::QueuedChange::Kind::Move, {}, target);
        if (!queued)
            return done(queued.error());
        const QHash<QString, QList<Store::MessageId>> bySource = *queued;
        QList<Store::MessageId> moving;
        for (const QList<Store::MessageId> &l : std::as_const(bySource))
            moving += l;
        if (Result<void> r = m_store->move(moving, target); !r)
            return done(r.error());
        // The copies here keep the source's UIDs until the target's next sync brings
        // the server's (discardOtherValidity drops these then).
        if (Result<void> r = Store::ImapCache(m_store).markMoved(moving); !r)
            return done(r.error());
        for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
            Q_EMIT rowsRemoved(it.key(), it.value());
        QList<Store::MessageRow> rows;
        for (Store::MessageId id : std::as_const(moving))
            if (std::optional<Store::MessageRow> r = m_store->row(id))
                rows << *r;
        if (!rows.isEmpty())
            Q_EMIT rowsAdded(target, rows);
        scheduleReplay();
        done({});
    });
}

Task *ImapSync::deleteMessages(const QList<Store::MessageId> &ids)
{
    using Model = Account::ImapDeleteModel;
    const Model model = m_account.imap.deleteModel;
    if (model == Model::MarkDeleted)
        return setFlags(ids, Store::MessageFlag::Deleted, {});
    const QString trash = trashFolder();
    QList<Store::MessageId> toTrash, expunge;
    for (Store::MessageId id : ids) {
        std::optional<Store::MessageRow> r = m_store->row(id);
        if (!r)
            continue;
        // In Trash itself (or with no Trash at all), deleting means expunging.
        (model == Model::MoveToTrash && !trash.isEmpty() && r->folder != trash ? toTrash : expunge) << id;
    }
    if (!toTrash.isEmpty() && expunge.isEmpty())
        return moveMessages(toTrash, trash);
    if (!toTrash.isEmpty())
        moveMessages(toTrash, trash);
    return enqueue(tr("Deleting messages"), false, [this, expunge](Task *, std::function<void(const MailError &)> done) {
        Result<QHash<QString, QList<Store::MessageId>>> queued =
            queueChange(expunge, Store::QueuedChange::Kind::Expunge, {}, {});
        if (!queued)
            return done(queued.error());
        const QHash<QString, QList<Store::MessageId>> byFolder = *queued;
        QList<Store::MessageId> all;
        for (const QList<Store::MessageId> &l : std::as_const(byFolder))
            all += l;
        if (Result<void> r = m_store->remove(all); !r)
            return done(r.error());
        for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it)
            Q_EMIT rowsRemoved(it.key(), it.value());
        scheduleReplay();
        done({});
    });
}

Task *ImapSync::replayQueue()
{
    // Replaying a folder's queue happens while it is selected for a resync, so the
    // replay is a sync of every folder with queued changes.
    return enqueue(tr("Sending offline changes"), true, [this](Task *task, std::function<void(const MailError &)> done) {
        Store::ChangeQueue queue(&m_store->index());
        Result<QList<Store::QueuedChange>> pending = queue.pending();
        if (!pending)
            return done(pending.error());
        QStringList folders;
        for (const Store::QueuedChange &c : *pending)
            if (std::optional<Store::FolderState> f = m_store->index().folderById(c.folderId); f && !folders.contains(f->name))
                folders << f->name;
        replayFolders(folders, task, std::move(done));
    });
}

void ImapSync::replayFolders(QStringList folders, Task *task, std::function<void(const MailError &)> done)
{
    if (folders.isEmpty())
        return done({});
    const QString folder = folders.takeFirst();
    syncStep(folder, false, task, [this, folder, folders, task, done](const MailError &e) {
        // A folder deleted elsewhere was forgotten by the LIST its failed SELECT caused,
        // with its queued changes (and a notice): the other folders' changes still go.
        if (e.isError() && !(e.kind() == MailError::Kind::ServerNo && !remoteFolderByName(folder)))
            return done(e);
        replayFolders(folders, task, done);
    });
}

void ImapSync::scheduleReplay()
{
    if (!m_online || m_replayScheduled)
        return;
    Store::ChangeQueue queue(&m_store->index());
    if (queue.size() == 0)
        return;
    m_replayScheduled = true;
    Task *task = replayQueue();
    connect(task, &Task::finished, this, [this] { m_replayScheduled = false; });
}

} // namespace Pigeon::Sync
