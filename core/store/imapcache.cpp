// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/imapcache.h"

#include "store/mailstore.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace Pigeon::Store {

Result<QHash<quint32, CachedMessage>> ImapCache::messages(qint64 folderId) const
{
    QSqlQuery q(m_store->index().database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT uid, id, flags, modseq, body_state, size FROM messages"
                             " WHERE folder_id = ? AND uid IS NOT NULL"));
    q.addBindValue(folderId);
    if (!q.exec())
        return StoreIndex::sqlError(q, tr("read the IMAP cache"));
    QHash<quint32, CachedMessage> result;
    while (q.next()) {
        CachedMessage m;
        m.id = q.value(1).toLongLong();
        m.flags = MessageFlags::fromInt(q.value(2).toInt());
        m.modSeq = quint64(q.value(3).toLongLong());
        m.bodyState = BodyState(q.value(4).toInt());
        m.size = q.value(5).toLongLong();
        result.insert(quint32(q.value(0).toLongLong()), m);
    }
    return result;
}

Result<QHash<quint32, CachedMessage>> ImapCache::messages(qint64 folderId, quint32 uidValidity,
                                                         const QList<quint32> &uids) const
{
    QSqlQuery q(m_store->index().database());
    q.prepare(QStringLiteral("SELECT id, flags, modseq, body_state, size FROM messages"
                             " WHERE folder_id = ? AND uidvalidity = ? AND uid = ?"));
    QHash<quint32, CachedMessage> result;
    for (quint32 uid : uids) {
        q.bindValue(0, folderId);
        q.bindValue(1, qint64(uidValidity));
        q.bindValue(2, qint64(uid));
        if (!q.exec())
            return StoreIndex::sqlError(q, tr("read the IMAP cache"));
        if (q.next())
            result.insert(uid, CachedMessage{q.value(0).toLongLong(), MessageFlags::fromInt(q.value(1).toInt()),
                                             quint64(q.value(2).toLongLong()), BodyState(q.value(3).toInt()),
                                             q.value(4).toLongLong()});
        q.finish();
    }
    return result;
}

Result<std::pair<qint64, quint32>> ImapCache::stats(qint64 folderId, quint32 uidValidity) const
{
    QSqlQuery q(m_store->index().database());
    // A range of the (folder, uidvalidity, uid) index: the count reads no table page.
    q.prepare(QStringLiteral("SELECT count(*), max(uid) FROM messages"
                             " WHERE folder_id = ? AND uidvalidity = ? AND uid IS NOT NULL"));
    q.addBindValue(folderId);
    q.addBindValue(qint64(uidValidity));
    if (!q.exec() || !q.next())
        return StoreIndex::sqlError(q, tr("read the IMAP cache"));
    return std::make_pair(q.value(0).toLongLong(), quint32(q.value(1).toLongLong()));
}

Result<QList<quint32>> ImapCache::uids(qint64 folderId, quint32 uidValidity) const
{
    QSqlQuery q(m_store->index().database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT uid FROM messages WHERE folder_id = ? AND uid IS NOT NULL AND uidvalidity = ?"
                             " ORDER BY uid"));
    q.addBindValue(folderId);
    q.addBindValue(qint64(uidValidity));
    if (!q.exec())
        return StoreIndex::sqlError(q, tr("read the IMAP cache"));
    QList<quint32> result;
    while (q.next())
        result << quint32(q.value(0).toLongLong());
    return result;
}

Result<void> ImapCache::insertHeaders(qint64 folderId, QList<MessageRow> &rows, Durability durability)
{
    if (rows.isEmpty())
        return {};
    StoreIndex &index = m_store->index();
    std::optional<FolderState> folder = index.folderById(folderId);
    if (!folder)
        return MailError(MailError::Kind::NotFound, tr("No folder %1 in the store").arg(folderId));
    std::vector<IndexedMessage> batch;
    batch.reserve(size_t(rows.size()));
    for (const MessageRow &r : std::as_const(rows)) {
        if (r.origin.uid <= 0 || r.origin.uidValidity <= 0)
            return MailError(MailError::Kind::InvalidInput, tr("An IMAP message row needs a UID and UIDVALIDITY."));
        IndexedMessage m{r, MessageLocation::none()};
        m.row.bodyState = BodyState::HeadersOnly;
        batch.push_back(std::move(m));
    }
    // WithNextFullCommit: a header listing of 100,000 messages made 46 fdatasync()
    // calls of the WAL for its batches, ~0.11 s in which the connection was not read
    // (strace -T). The folder's sync state, committed FULL at the end, makes them durable.
    Result<void> r = index.beginInserts(durability == Durability::WithNextFullCommit);
    if (r)
        r = index.insertMessages(folderId, batch);
    if (r)
        r = index.commit();
    if (!r) {
        index.rollback();
        return r;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].id = batch[size_t(i)].row.id;
        rows[i].folder = folder->name;
        rows[i].bodyState = BodyState::HeadersOnly;
    }
    return {};
}

Result<void> ImapCache::applyFlags(const QList<FlagUpdate> &updates)
{
    StoreIndex &index = m_store->index();
    QList<FlagUpdate> inFile;
    Result<void> r = index.begin();
    for (const FlagUpdate &u : updates) {
        if (!r)
            break;
        std::optional<IndexedMessage> m = index.message(u.id);
        if (!m)
            continue; // expunged meanwhile
        if (m->location.isInFile() && m->row.flags != u.flags)
            inFile << u;
        r = index.setFlags(u.id, m->location.isInFile() ? m->row.flags : u.flags, u.modSeq);
    }
    if (r)
        r = index.commit();
    if (!r) {
        index.rollback();
        return r;
    }
    // Records carry their flags in the file too: patch them in place (one fsync per
    // distinct change; a flag change of a downloaded message is rare in a resync).
    for (const FlagUpdate &u : std::as_const(inFile)) {
        std::optional<MessageRow> row = m_store->row(u.id);
        if (!row)
            continue;
        const MessageFlags add = u.flags & ~row->flags;
        const MessageFlags remove = row->flags & ~u.flags;
        if (Result<void> s = m_store->setFlags({u.id}, add, remove); !s)
            return s;
    }
    return {};
}

Result<void> ImapCache::remove(const QList<MessageId> &ids)
{
    if (ids.isEmpty())
        return {};
    // Only ids still present: a row may be gone already (moved or removed locally).
    QList<MessageId> present;
    for (MessageId id : ids)
        if (m_store->index().message(id))
            present << id;
    return m_store->remove(present);
}

Result<qint64> ImapCache::discardOtherValidity(qint64 folderId, quint32 uidValidity)
{
    QSqlQuery q(m_store->index().database());
    q.setForwardOnly(true);
    // Two ranges of the (folder, uidvalidity, uid) index around the current UIDVALIDITY,
    // so a folder with nothing to discard costs two seeks, not a walk over every row
    // ("!=", or an OR of both ranges, is planned as that walk).
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE folder_id = ? AND uid IS NOT NULL AND uidvalidity < ?"
                             " UNION ALL"
                             " SELECT id FROM messages WHERE folder_id = ? AND uid IS NOT NULL AND uidvalidity > ?"));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(folderId);
        q.addBindValue(qint64(uidValidity));
    }
    if (!q.exec())
        return StoreIndex::sqlError(q, tr("read the IMAP cache"));
    QList<MessageId> stale;
    while (q.next())
        stale << q.value(0).toLongLong();
    q.finish();
    if (Result<void> r = m_store->remove(stale); !r)
        return r.error();
    return qint64(stale.size());
}

Result<void> ImapCache::forEachId(const QList<MessageId> &ids, const QString &sql, const QString &what)
{
    StoreIndex &index = m_store->index();
    QSqlQuery q(index.database());
    q.prepare(sql);
    Result<void> r = index.begin();
    for (MessageId id : ids) {
        if (!r)
            break;
        q.bindValue(0, id);
        if (!q.exec())
            r = StoreIndex::sqlError(q, what);
    }
    if (r)
        r = index.commit();
    if (!r)
        index.rollback();
    return r;
}

Result<void> ImapCache::markMoved(const QList<MessageId> &ids)
{
    return forEachId(ids, QStringLiteral("UPDATE messages SET uidvalidity = 0 WHERE id = ? AND uid IS NOT NULL"),
                     tr("update the IMAP cache"));
}

Result<void> ImapCache::attachBody(MessageId id, const QByteArray &bytes)
{
    return attachBodies({{id, bytes}});
}

Result<void> ImapCache::attachBodies(const QList<std::pair<MessageId, QByteArray>> &bodies)
{
    Result<AppendTicket> t = startBodies(bodies, AppendMode::Now);
    if (!t)
        return t.error();
    if (t->id == 0)
        return {};
    Result<QList<MessageId>> r = finishBodies(t->id);
    return r ? Result<void>() : Result<void>(r.error());
}

Result<AppendTicket> ImapCache::startBodies(const QList<std::pair<MessageId, QByteArray>> &bodies, AppendMode mode)
{
    if (bodies.isEmpty())
        return AppendTicket{};
    // A batch still being written may hold some of these messages: commit it first, so
    // the lookup below sees them Full and no body is appended twice.
    m_store->finishPending();
    QString folder;
    QList<AppendRequest> requests;
    QList<MessageId> ids;
    requests.reserve(bodies.size());
    ids.reserve(bodies.size());
    QList<MessageId> wanted;
    wanted.reserve(bodies.size());
    for (const auto &b : bodies)
        wanted << b.first;
    const QList<IndexedMessage> found = m_store->index().messages(wanted);
    qsizetype next = 0;
    for (const auto &[id, bytes] : bodies) {
        const IndexedMessage *m = next < found.size() && found.at(next).row.id == id ? &found.at(next) : nullptr;
        if (!m)
            return MailError(MailError::Kind::NotFound, tr("No message %1 in the store").arg(id));
        ++next;
        if (m->location.isInFile())
            continue; // downloaded already
        if (folder.isEmpty())
            folder = m->row.folder;
        else if (folder != m->row.folder)
            return MailError(MailError::Kind::InvalidInput, tr("Bodies of one folder at a time."));
        AppendRequest req;
        req.message = bytes;
        req.flags = m->row.flags;
        req.modSeq = m->row.modSeq;
        req.origin = m->row.origin;
        if (m->row.date > 0)
            req.received = QDateTime::fromSecsSinceEpoch(m->row.date, Qt::UTC);
        requests << req;
        ids << id;
    }
    if (requests.isEmpty())
        return AppendTicket{};
    return m_store->startAppend(folder, std::move(requests), ids, mode);
}

Result<QList<MessageId>> ImapCache::finishBodies(quint64 ticket)
{
    Result<QList<MessageId>> ids = m_store->finishAppend(ticket);
    if (!ids || ids->isEmpty())
        return ids;
    if (Result<void> r = forgetFullText(*ids); !r)
        return r.error();
    // After the records are durable: a crash in between leaves parts next to Full rows,
    // which are never read (the record wins) and go with their rows.
    if (Result<void> dropped = dropParts(*ids); !dropped)
        return dropped.error();
    return ids;
}

Result<void> ImapCache::forgetFullText(const QList<MessageId> &ids)
{
    // The header row was indexed without its body; now that the body is here the row is
    // indexed again (SearchIndex::update), so the cache's bodies are found offline too.
    // Two statements for the whole batch, without a transaction of their own, so they
    // also join one a caller has open.
    QStringList list;
    list.reserve(ids.size());
    for (MessageId id : ids)
        list << QString::number(id);
    const QString in = list.join(QLatin1Char(','));
    QSqlQuery q(m_store->index().database());
    if (!q.exec(QStringLiteral("DELETE FROM fts WHERE rowid IN (SELECT fts_key FROM messages WHERE id IN (%1)"
                               " AND fts_key IS NOT NULL)").arg(in))
        || !q.exec(QStringLiteral("UPDATE messages SET fts_done = 0, fts_key = NULL WHERE id IN (%1)").arg(in)))
        return StoreIndex::sqlError(q, tr("update the search index"));
    return {};
}

Result<void> ImapCache::storeParts(MessageId id, const QList<CachedPart> &parts)
{
    StoreIndex &index = m_store->index();
    QSqlQuery q(index.database());
    Result<void> r = index.begin();
    if (!r)
        return r;
    auto fail = [&](const QSqlQuery &failed) {
        const MailError e = StoreIndex::sqlError(failed, tr("cache message parts"));
        index.rollback();
        return e;
    };
    q.prepare(QStringLiteral("SELECT body_state FROM messages WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q);
    if (!q.next()) {
        index.rollback();
        return MailError(MailError::Kind::NotFound, tr("No message %1 in the store").arg(id));
    }
    const BodyState state = BodyState(q.value(0).toInt());
    q.finish();
    if (state == BodyState::Full) {
        index.rollback();
        return {};
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO imap_parts (message_id, section, data, complete)"
                             " VALUES (?, ?, ?, ?)"));
    for (const CachedPart &p : parts) {
        q.bindValue(0, id);
        q.bindValue(1, QString::fromLatin1(p.section));
        q.bindValue(2, p.data.isNull() ? QByteArray("") : p.data);
        q.bindValue(3, p.complete ? 1 : 0);
        if (!q.exec())
            return fail(q);
    }
    // The text is searchable now: the indexer takes the row again (SearchIndex reads a
    // Partial row's text through searchableText()).
    if (Result<void> f = forgetFullText({id}); !f) {
        index.rollback();
        return f;
    }
    q.prepare(QStringLiteral("UPDATE messages SET body_state = ? WHERE id = ?"));
    q.addBindValue(int(BodyState::Partial));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q);
    return index.commit();
}

Result<QHash<QByteArray, CachedPart>> ImapCache::parts(MessageId id) const
{
    QSqlQuery q(m_store->index().database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT section, data, complete FROM imap_parts WHERE message_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreIndex::sqlError(q, tr("read cached message parts"));
    QHash<QByteArray, CachedPart> result;
    while (q.next()) {
        CachedPart p{q.value(0).toString().toLatin1(), q.value(1).toByteArray(), q.value(2).toInt() != 0};
        result.insert(p.section, p);
    }
    return result;
}

bool ImapCache::hasPart(MessageId id, const QByteArray &section) const
{
    QSqlQuery q(m_store->index().database());
    q.prepare(QStringLiteral("SELECT 1 FROM imap_parts WHERE message_id = ? AND section = ? AND complete = 1"));
    q.addBindValue(id);
    q.addBindValue(QString::fromLatin1(section));
    return q.exec() && q.next();
}

QByteArray ImapCache::searchableText(MessageId id) const
{
    Result<QHash<QByteArray, CachedPart>> cached = parts(id);
    if (!cached || cached->isEmpty())
        return {};
    const QByteArray header = cached->value("HEADER").data;
    // A single-part message: section 1 is its body and HEADER its MIME header.
    if (!cached->contains("1.MIME") && cached->contains("1"))
        return header + cached->value("1").data;
    static const QByteArray boundary = "=_pigeon-search-text_";
    QByteArray out = "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    for (auto it = cached->cbegin(); it != cached->cend(); ++it) {
        const QByteArray &section = it.key();
        if (section.endsWith(".MIME") || section == "HEADER" || section == "BODYSTRUCTURE")
            continue;
        const QByteArray mime = cached->value(section + ".MIME").data;
        // Only text: an opened 5 MB attachment is no search text.
        const QByteArray lower = mime.toLower();
        const qsizetype type = lower.indexOf("content-type:");
        if (type < 0 || !lower.mid(type + 13, 64).trimmed().startsWith("text/"))
            continue;
        out += "--" + boundary + "\r\n" + mime + it->data + "\r\n";
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

Result<void> ImapCache::dropParts(const QList<MessageId> &ids)
{
    return forEachId(ids, QStringLiteral("DELETE FROM imap_parts WHERE message_id = ?"),
                     tr("drop cached message parts"));
}

} // namespace Pigeon::Store
