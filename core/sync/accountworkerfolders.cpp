// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// AccountWorker, continued: folders created, renamed, moved and deleted — on the IMAP
// server through ImapSync, or in the local store for POP3 accounts.
#include "sync/accountworker.h"

#include "store/mailstore.h"
#include "sync/task.h"

#include <QSqlQuery>

#include <algorithm>

namespace Pigeon::Sync {

namespace {

const QString localDelimiter = QStringLiteral("/");

QString parentOf(const QString &path, const QString &delimiter)
{
    const qsizetype cut = delimiter.isEmpty() ? -1 : path.lastIndexOf(delimiter);
    return cut < 0 ? QString() : path.left(cut);
}

QString leafOf(const QString &path, const QString &delimiter)
{
    const qsizetype cut = delimiter.isEmpty() ? -1 : path.lastIndexOf(delimiter);
    return cut < 0 ? path : path.mid(cut + delimiter.size());
}

} // namespace

bool AccountWorker::isSpecialFolder(const QString &name) const
{
    if (name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return true;
    if (m_imap) {
        // RFC 6154 special use as the server says it, and the folders the account's
        // settings name: other clients and the server itself look for them there.
        if (name == m_account.imap.trashFolder)
            return true;
        if (std::optional<Store::FolderState> f = m_store->index().folder(name)) {
            if (std::optional<Store::RemoteFolder> rf = m_store->index().remoteFolder(f->id)) {
                static const QList<QByteArray> special = {"\\trash", "\\sent", "\\drafts", "\\junk"};
                return special.contains(rf->specialUse.toLower());
            }
        }
        return false;
    }
    // Local folders: the ones Pigeon creates and sends into, by name.
    static const QStringList special = {QStringLiteral("Trash"), QStringLiteral("Sent"), QStringLiteral("Drafts"),
                                        QStringLiteral("Junk"), QStringLiteral("Outbox")};
    return special.contains(name, Qt::CaseInsensitive);
}

bool AccountWorker::mayChange(const QString &path, const QString &what)
{
    if (!m_store->index().folder(path)) {
        fail(MailError(MailError::Kind::NotFound, tr("%1: there is no such folder.").arg(what), QStringLiteral("NONEXISTENT")));
        return false;
    }
    const QStringList affected = subtreeOf(path);
    for (const QString &f : affected) {
        if (isSpecialFolder(f)) {
            fail(MailError(MailError::Kind::InvalidInput,
                           f == path ? tr("%1: it is a special folder, which keeps its name and place.").arg(what)
                                     : tr("%1: it holds the special folder “%2”.").arg(what, f)));
            return false;
        }
    }
    return true;
}

bool AccountWorker::mayReachServer(const QString &what)
{
    if (!m_imap || m_imap->isOnline())
        return true;
    // Not queued: a folder created or renamed offline may meet another client's change
    // of the same names, and merging those silently is worse than asking again later.
    fail(MailError(MailError::Kind::Network,
                   tr("%1: folders on the server can only be changed while Pigeon is online.").arg(what)));
    return false;
}

bool AccountWorker::validLeaf(const QString &leaf, const QString &what)
{
    // Local folders are files and nest by "/"; IMAP names are checked against the
    // server's delimiter by ImapSync.
    const QString trimmed = leaf.trimmed();
    bool ok = !trimmed.isEmpty() && trimmed == leaf;
    if (ok && !m_imap)
        ok = !trimmed.contains(localDelimiter) && !trimmed.startsWith(QLatin1Char('.'));
    // Control characters never; format characters such as the zero-width non-joiner of
    // Persian words ("نامه‌ها") are part of names.
    for (const QChar c : trimmed)
        ok = ok && c.category() != QChar::Other_Control;
    if (!ok)
        fail(MailError(MailError::Kind::InvalidInput,
                       tr("%1: “%2” cannot be a folder name (it must not be empty, start or end with a space%3).")
                           .arg(what, leaf, m_imap ? QString() : tr(", start with a dot or contain “/”"))));
    return ok;
}

QString AccountWorker::delimiterOf(const QString &path) const
{
    if (!m_imap)
        return localDelimiter;
    const std::optional<Store::FolderState> f = m_store->index().folder(path);
    const std::optional<Store::RemoteFolder> rf = f ? m_store->index().remoteFolder(f->id) : std::nullopt;
    return rf ? rf->delimiter : QString();
}

QStringList AccountWorker::subtreeOf(const QString &path) const
{
    const QString delimiter = delimiterOf(path);
    QStringList names;
    for (const QString &f : m_store->folders())
        if (f == path || (!delimiter.isEmpty() && f.startsWith(path + delimiter)))
            names << f;
    std::sort(names.begin(), names.end());
    return names;
}

void AccountWorker::createFolder(const QString &parent, const QString &leaf)
{
    if (!m_store)
        return;
    const QString what = tr("The folder “%1” cannot be created").arg(leaf.trimmed());
    if (!validLeaf(leaf, what) || !mayReachServer(what))
        return;
    if (m_imap)
        return watchChange(m_imap->createFolder(parent, leaf));
    if (!parent.isEmpty() && !m_store->index().folder(parent)) {
        fail(MailError(MailError::Kind::NotFound, tr("%1: its parent folder is gone.").arg(what)));
        return;
    }
    const QString path = parent.isEmpty() ? leaf : parent + localDelimiter + leaf;
    if (m_store->index().folder(path)) {
        fail(MailError(MailError::Kind::InvalidInput, tr("%1: it already exists.").arg(what), QStringLiteral("ALREADYEXISTS")));
        return;
    }
    if (Result<void> r = m_store->createFolder(path); !r)
        fail(r.error());
    emitFolders();
}

void AccountWorker::renameFolder(const QString &path, const QString &leaf)
{
    if (!m_store)
        return;
    const QString what = tr("The folder “%1” cannot be renamed").arg(path);
    if (!validLeaf(leaf, what) || !mayChange(path, what) || !mayReachServer(what))
        return;
    if (m_imap) {
        const QString delimiter = delimiterOf(path);
        return watchChange(m_imap->renameFolder(path, parentOf(path, delimiter), leaf));
    }
    const QString parent = parentOf(path, localDelimiter);
    relocateLocal(path, parent.isEmpty() ? leaf : parent + localDelimiter + leaf, what);
}

void AccountWorker::moveFolder(const QString &path, const QString &newParent)
{
    if (!m_store)
        return;
    const QString what = tr("The folder “%1” cannot be moved").arg(path);
    if (!mayChange(path, what) || !mayReachServer(what))
        return;
    if (m_imap) {
        const QString delimiter = delimiterOf(path);
        if (!delimiter.isEmpty() && (newParent == path || newParent.startsWith(path + delimiter))) {
            fail(MailError(MailError::Kind::InvalidInput, tr("%1: a folder cannot go inside itself.").arg(what)));
            return;
        }
        return watchChange(m_imap->renameFolder(path, newParent, leafOf(path, delimiter)));
    }
    if (newParent == path || newParent.startsWith(path + localDelimiter)) {
        fail(MailError(MailError::Kind::InvalidInput, tr("%1: a folder cannot go inside itself.").arg(what)));
        return;
    }
    const QString leaf = leafOf(path, localDelimiter);
    relocateLocal(path, newParent.isEmpty() ? leaf : newParent + localDelimiter + leaf, what);
}

void AccountWorker::relocateLocal(const QString &path, const QString &newPath, const QString &what)
{
    if (newPath == path)
        return;
    const QStringList names = subtreeOf(path);
    // Every new name must be free before the first file is renamed.
    for (const QString &old : names) {
        const QString renamed = newPath + old.mid(path.size());
        if (m_store->index().folder(renamed)) {
            fail(MailError(MailError::Kind::InvalidInput, tr("%1: “%2” already exists.").arg(what, renamed),
                           QStringLiteral("ALREADYEXISTS")));
            return;
        }
    }
    // Parents first; each rename is atomic on its own, so an interruption leaves some
    // subfolders under the old parent's name, with all their mail.
    for (const QString &old : names) {
        if (Result<void> r = m_store->renameFolder(old, newPath + old.mid(path.size())); !r) {
            fail(r.error());
            break;
        }
    }
    if (m_viewedFolder == path || m_viewedFolder.startsWith(path + localDelimiter))
        m_viewedFolder = newPath + m_viewedFolder.mid(path.size());
    emitFolders();
}

void AccountWorker::deleteFolder(const QString &path)
{
    if (!m_store)
        return;
    const QString what = tr("The folder “%1” cannot be deleted").arg(path);
    if (!mayChange(path, what) || !mayReachServer(what))
        return;
    if (m_imap)
        return watchChange(m_imap->deleteFolder(path));
    // Like the messages the user deletes, a deleted folder's messages go to the Trash
    // first: one mistaken click must not destroy mail. Emptying the Trash is final.
    const QStringList names = subtreeOf(path);
    const QString trash = QStringLiteral("Trash");
    if (!m_store->index().folder(trash))
        if (Result<void> r = m_store->createFolder(trash); !r)
            return void(fail(r.error()));
    for (auto it = names.crbegin(); it != names.crend(); ++it) {
        const std::optional<Store::FolderState> f = m_store->index().folder(*it);
        if (!f)
            continue;
        QList<Store::MessageId> ids;
        QSqlQuery q(m_store->index().database());
        q.prepare(QStringLiteral("SELECT id FROM messages WHERE folder_id = ?"));
        q.addBindValue(f->id);
        if (!q.exec())
            return void(fail(Store::StoreIndex::sqlError(q, tr("list messages"))));
        while (q.next())
            ids << q.value(0).toLongLong();
        if (!ids.isEmpty()) {
            if (Result<void> r = m_store->move(ids, trash); !r) {
                fail(r.error());
                break;
            }
            Q_EMIT rowsRemoved(ids);
            QList<Store::MessageRow> moved;
            for (Store::MessageId id : std::as_const(ids))
                if (std::optional<Store::MessageRow> row = m_store->row(id))
                    moved << *row;
            Q_EMIT rowsAdded(moved);
        }
        if (Result<void> r = m_store->removeFolder(*it); !r) {
            fail(r.error());
            break;
        }
    }
    emitFolders();
}

} // namespace Pigeon::Sync
