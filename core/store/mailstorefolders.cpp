// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// MailStore, continued: folders as a whole (adopting files, renaming, removing).
#include "store/mailstore.h"
#include "store/mailstore_p.h"

#include "common/logging.h"

#include <QDir>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>

#include <cerrno>
#include <unistd.h>

namespace Pigeon::Store {

Result<void> MailStore::adoptUnknownFiles()
{
    // Files of folders the index does not know (a lost index, or files a user put
    // there) become folders; with a fresh index this is the rebuild.
    QSet<QString> known;
    QHash<qint64, QString> knownInodes;
    for (const FolderState &f : m_index->folders()) {
        known.insert(f.file);
        const FileIdentity id = FolderFile::identityOf(m_root + QLatin1Char('/') + f.file);
        if (id.exists)
            knownInodes.insert(id.inode, f.file);
    }
    const QStringList files = QDir(m_root).entryList({QStringLiteral("*.mbox")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        if (known.contains(f))
            continue;
        const QString path = m_root + QLatin1Char('/') + f;
        const FileIdentity id = FolderFile::identityOf(path);
        if (id.exists && knownInodes.contains(id.inode)) {
            // A second name of a folder's file: renameFolder() was interrupted. The
            // index says which name counts; the other goes (same bytes, nothing lost).
            qCInfo(lcStore) << "removing" << f << "left by an interrupted rename of" << knownInodes.value(id.inode);
            if (::unlink(QFile::encodeName(path).constData()) != 0)
                return FolderFile::ioError(errno, tr("remove a leftover folder file"), path);
            continue;
        }
        const QString name = QUrl::fromPercentEncoding(f.chopped(5).toLatin1());
        if (m_index->folder(name))
            continue;
        Result<FolderState> st = folderState(name, true);
        if (!st)
            return st.error();
        Result<std::unique_ptr<Locked>> l = lock(*st, false);
        if (!l)
            return l.error();
        if (Result<void> r = reconcile(**l); !r)
            return r;
    }
    return {};
}

Result<void> MailStore::renameFolder(const QString &from, const QString &to)
{
    if (Result<void> r = settle(); !r)
        return r;
    if (to.trimmed().isEmpty())
        return MailError(MailError::Kind::InvalidInput, tr("A folder needs a name"));
    std::optional<FolderState> st = m_index->folder(from);
    if (!st)
        return MailError(MailError::Kind::NotFound, tr("No folder called %1").arg(from));
    if (from == to)
        return {};
    if (m_index->folder(to))
        return MailError(MailError::Kind::InvalidInput, tr("A folder named “%1” already exists.").arg(to));
    // Under the folder's lock, so no other writer (another Pigeon, a local MDA) appends
    // to the old name meanwhile.
    Result<std::unique_ptr<Locked>> l = lock(*st, true);
    if (!l)
        return l.error();
    if (Result<void> r = reconcile(**l); !r)
        return r;
    const QString newFile = fileName(to);
    const QString oldPath = m_root + QLatin1Char('/') + (*l)->state.file;
    const QString newPath = m_root + QLatin1Char('/') + newFile;
    // 1. The new name as a second link (fails if a file of that name exists: nothing
    //    is overwritten), made durable.
    if (::link(QFile::encodeName(oldPath).constData(), QFile::encodeName(newPath).constData()) != 0)
        return FolderFile::ioError(errno, tr("rename the folder file"), newPath);
    auto undoLink = [&newPath] { ::unlink(QFile::encodeName(newPath).constData()); };
    if (Result<void> r = FolderFile::syncDirectory(m_root); !r) {
        undoLink();
        return r;
    }
    // 2. The index switches to it: from here on the folder is called @p to.
    {
        QSqlQuery q(m_index->database());
        q.prepare(QStringLiteral("UPDATE folders SET name = ?, file = ? WHERE id = ?"));
        q.addBindValue(to);
        q.addBindValue(newFile);
        q.addBindValue(st->id);
        if (!q.exec()) {
            undoLink();
            return StoreIndex::sqlError(q, tr("rename folder"));
        }
    }
    // 3. The old name goes. A crash before this leaves both names; open() removes the
    //    one the index does not use.
    if (::unlink(QFile::encodeName(oldPath).constData()) != 0 && errno != ENOENT)
        qCWarning(lcStore) << "cannot remove the old name" << oldPath << "of a renamed folder:" << strerror(errno);
    if (Result<void> r = FolderFile::syncDirectory(m_root); !r)
        qCWarning(lcStore) << "cannot sync" << m_root << "after renaming a folder:" << r.error().toString();
    return {};
}

} // namespace Pigeon::Store
