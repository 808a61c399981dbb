// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ImapSync: folders that a LIST no longer shows (deleted or renamed by another client).
#include "sync/imapsync.h"

#include "common/logging.h"
#include "store/changequeue.h"
#include "store/mailstore.h"
#include "sync/idlewatcher.h"

#include <QSqlQuery>

namespace Pigeon::Sync {

Result<void> ImapSync::forgetVanishedFolders(const QSet<QString> &listed)
{
    // A LIST without INBOX (which always exists) is not a full listing we could trust
    // to delete a cache by: a broken or filtered answer forgets nothing.
    if (!listed.contains(QStringLiteral("INBOX"))) {
        qCWarning(lcSync) << "LIST did not name INBOX; keeping every cached folder";
        return {};
    }
    Store::StoreIndex &index = m_store->index();
    Store::ChangeQueue queue(&index);
    for (const Store::RemoteFolder &f : index.remoteFolders()) {
        // INBOX always exists (RFC 9051 §5.1), listed or not.
        if (listed.contains(f.name) || f.name == QLatin1String("INBOX"))
            continue;
        // IMAP has no rename notification (RFC 9051 §6.3.6 tells only the client that
        // renames): a folder renamed elsewhere is this one gone plus a new one listed,
        // whose messages the next sync fetches again. Matching by UIDVALIDITY is not
        // reliable (servers may reuse one), so we do not guess.
        Result<QList<Store::QueuedChange>> pending = queue.pending();
        if (!pending)
            return pending.error();
        qint64 changesInside = 0, movedInto = 0, copiedInto = 0;
        for (const Store::QueuedChange &c : std::as_const(*pending)) {
            if (c.folderId == f.folderId) {
                ++changesInside; // go with the folder (change_queue cascades)
            } else if ((c.kind == Store::QueuedChange::Kind::Move || c.kind == Store::QueuedChange::Kind::Copy)
                       && c.target == f.name) {
                // Never sent: the messages are still in their source on the server,
                // and the source's next sync shows them there again.
                (c.kind == Store::QueuedChange::Kind::Move ? movedInto : copiedInto) += c.uids.size();
                if (Result<void> r = queue.remove(c.id); !r)
                    return r;
            }
        }
        QList<Store::MessageId> ids;
        QSqlQuery q(index.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM messages WHERE folder_id = ?"));
        q.addBindValue(f.folderId);
        if (!q.exec())
            return Store::StoreIndex::sqlError(q, tr("read the IMAP cache"));
        while (q.next())
            ids << q.value(0).toLongLong();
        if (Result<void> r = m_store->removeFolder(f.name); !r)
            return r;
        qCInfo(lcSync) << "folder" << f.name << "is gone on the server: forgot" << ids.size() << "cached messages,"
                       << changesInside << "queued changes in it," << movedInto + copiedInto << "messages queued into it";
        if (!ids.isEmpty())
            Q_EMIT rowsRemoved(f.name, ids);
        // Watching it would only fail again and again (with backoff): stop.
        if (idleWatcher(f.name)) {
            QStringList watched = watchedFolders();
            watched.removeAll(f.name);
            setWatchedFolders(watched);
        }
        if (changesInside > 0)
            Q_EMIT noticeRaised(tr("The folder %1 was deleted or renamed on the server; %n change(s) made offline to "
                                   "its messages could not be applied.", nullptr, int(changesInside))
                                    .arg(f.name));
        if (movedInto > 0)
            Q_EMIT noticeRaised(tr("The folder %1 was deleted or renamed on the server; %n message(s) moved there "
                                   "while offline stay in the folder they were moved from.", nullptr, int(movedInto))
                                    .arg(f.name));
        if (copiedInto > 0)
            Q_EMIT noticeRaised(tr("The folder %1 was deleted or renamed on the server; %n message(s) copied there "
                                   "while offline were not copied.", nullptr, int(copiedInto))
                                    .arg(f.name));
    }
    return {};
}

} // namespace Pigeon::Sync
