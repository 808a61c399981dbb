// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// StoreIndex: the IMAP side of folders (schema v2).
#include "store/storeindex.h"

#include <QSqlQuery>

namespace Pigeon::Store {

namespace {

const char *const remoteColumns = "r.folder_id, f.name, r.raw_name, r.delimiter, r.attributes, r.special_use,"
                                  " r.subscribed, r.uidvalidity, r.uidnext, r.highestmodseq, r.download_all";

RemoteFolder remoteFromQuery(const QSqlQuery &q)
{
    RemoteFolder r;
    r.folderId = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.rawName = q.value(2).toByteArray();
    r.delimiter = q.value(3).toString();
    const QByteArray attributes = q.value(4).toString().toLatin1();
    if (!attributes.isEmpty())
        r.attributes = attributes.split(' ');
    r.specialUse = q.value(5).toString().toLatin1();
    r.subscribed = q.value(6).toInt() != 0;
    r.uidValidity = quint32(q.value(7).toLongLong());
    r.uidNext = quint32(q.value(8).toLongLong());
    r.highestModSeq = quint64(q.value(9).toLongLong());
    r.downloadAll = q.value(10).toInt() != 0;
    return r;
}

/// QtSql binds a null QString as NULL; the text columns are NOT NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QList<RemoteFolder> StoreIndex::remoteFolders() const
{
    checkThread();
    QList<RemoteFolder> result;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM remote_folders r JOIN folders f ON f.id = r.folder_id ORDER BY f.name")
                   .arg(QLatin1String(remoteColumns))))
        while (q.next())
            result << remoteFromQuery(q);
    return result;
}

std::optional<RemoteFolder> StoreIndex::remoteFolder(qint64 folderId) const
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM remote_folders r JOIN folders f ON f.id = r.folder_id"
                             " WHERE r.folder_id = ?").arg(QLatin1String(remoteColumns)));
    q.addBindValue(folderId);
    if (q.exec() && q.next())
        return remoteFromQuery(q);
    return std::nullopt;
}

Result<void> StoreIndex::setRemoteFolder(const RemoteFolder &r)
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO remote_folders (folder_id, raw_name, delimiter, attributes,"
                             " special_use, subscribed, uidvalidity, uidnext, highestmodseq, download_all)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.folderId);
    q.addBindValue(r.rawName.isNull() ? QByteArray("") : r.rawName);
    q.addBindValue(notNull(r.delimiter));
    q.addBindValue(notNull(QString::fromLatin1(r.attributes.join(' '))));
    q.addBindValue(notNull(QString::fromLatin1(r.specialUse)));
    q.addBindValue(r.subscribed ? 1 : 0);
    q.addBindValue(qint64(r.uidValidity));
    q.addBindValue(qint64(r.uidNext));
    q.addBindValue(qint64(r.highestModSeq));
    q.addBindValue(r.downloadAll ? 1 : 0);
    if (!q.exec())
        return sqlError(q, tr("save folder state"));
    return {};
}

Result<void> StoreIndex::attachRecords(qint64 folderId, const std::vector<IndexedMessage> &messages)
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE messages SET folder_id = ?, offset = ?, length = ?, msg_offset = ?,"
                             " msg_length = ?, status_offset = ?, body_state = ? WHERE id = ?"));
    for (const IndexedMessage &m : messages) {
        const MessageLocation &l = m.location;
        q.bindValue(0, folderId);
        q.bindValue(1, l.offset);
        q.bindValue(2, l.length);
        q.bindValue(3, l.messageOffset);
        q.bindValue(4, l.messageLength);
        q.bindValue(5, l.statusOffset);
        q.bindValue(6, int(BodyState::Full));
        q.bindValue(7, m.row.id);
        if (!q.exec())
            return sqlError(q, tr("update message"));
    }
    return {};
}

QHash<qint64, FolderCounts> StoreIndex::folderCounts() const
{
    checkThread();
    QHash<qint64, FolderCounts> result;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const int readOrGone = int(MessageFlag::Seen) | int(MessageFlag::Deleted);
    if (q.exec(QStringLiteral("SELECT folder_id, count(*), sum((flags & %1) = 0) FROM messages GROUP BY folder_id")
                   .arg(readOrGone)))
        while (q.next())
            result.insert(q.value(0).toLongLong(), FolderCounts{q.value(1).toLongLong(), q.value(2).toLongLong()});
    return result;
}

Result<void> StoreIndex::deleteFolder(qint64 folderId)
{
    checkThread();
    // fts is a virtual table without a foreign key: its rows go first, by the messages'
    // keys, before the cascade removes the messages.
    if (Result<void> r = deleteFolderMessages(folderId); !r)
        return r;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    q.addBindValue(folderId);
    if (!q.exec())
        return sqlError(q, tr("delete a folder"));
    return {};
}

} // namespace Pigeon::Store
