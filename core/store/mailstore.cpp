// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/mailstore.h"
#include "store/mailstore_p.h"

#include "common/logging.h"
#include "store/folderindexer.h"
#include "store/mappedfile.h"
#include "store/mboxformat.h"
#include "store/mboxscanner.h"
#include "store/mimeheaderdecoder.h"
#include "store/recordparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QUrl>

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Pigeon::Store {

namespace {

QByteArray rewriteSuffix()
{
    return QByteArrayLiteral(".rewrite");
}

} // namespace


MailStore::MailStore(QString rootDir)
    : m_root(QDir(rootDir).absolutePath()), m_decoder(std::make_shared<MimeHeaderDecoder>())
{
}

MailStore::~MailStore()
{
    // A started append is committed (its data is durable by then) rather than left to
    // the journal's recovery at the next open.
    finishPending();
}

void MailStore::setHeaderDecoder(std::shared_ptr<const HeaderDecoder> decoder)
{
    m_decoder = decoder ? std::move(decoder) : std::make_shared<MimeHeaderDecoder>();
}

QString MailStore::fileName(const QString &folder) const
{
    // Any folder name maps to one flat, portable file name: "Inbox" -> "Inbox.mbox",
    // "Work/2026" -> "Work%2F2026.mbox".
    return QString::fromLatin1(QUrl::toPercentEncoding(folder, " ")) + QStringLiteral(".mbox");
}

QString MailStore::filePath(const QString &folder) const
{
    return m_root + QLatin1Char('/') + fileName(folder);
}

Result<void> MailStore::open()
{
    if (!QDir().mkpath(m_root))
        return MailError(MailError::Kind::Io, tr("Cannot create the mail folder %1").arg(m_root));
    m_index = std::make_unique<StoreIndex>(m_root + QStringLiteral("/index.sqlite"));
    bool recreated = false;
    if (Result<void> r = m_index->open(&recreated); !r)
        return r;
    m_recoveryPending = false;
    if (Result<void> r = recoverJournal(); !r) {
        if (r.error().kind() != MailError::Kind::DiskFull)
            return r;
        // Finishing an interrupted write needs a little room. Without it the store
        // still opens, read-only in effect: the index shows exactly what was committed,
        // and every write first retries the recovery (settle()).
        qCWarning(lcStore) << "recovery of" << m_root << "postponed:" << r.error().toString();
        m_recoveryPending = true;
        return {};
    }
    if (Result<void> r = adoptUnknownFiles(); !r)
        return r;
    // A FILE.rewrite left by a rewrite that died before its journal entry is harmless:
    // the next rewrite of that folder replaces it under the folder's lock (removing it
    // here, unlocked, could pull it from under another instance's running rewrite).
    if (recreated)
        qCInfo(lcStore) << "index of" << m_root << "was rebuilt from the mbox files";
    return {};
}

QStringList MailStore::folders() const
{
    QStringList names;
    for (const FolderState &f : m_index->folders())
        names << f.name;
    return names;
}

Result<void> MailStore::settle()
{
    // Every write and listing starts here: a started append is committed first, so
    // what the caller reads of the index (locations, body states) is current.
    finishPending();
    if (!m_recoveryPending)
        return {};
    if (Result<void> r = recoverJournal(); !r)
        return r;
    m_recoveryPending = false;
    return {};
}

Result<void> MailStore::createFolder(const QString &name)
{
    if (Result<void> r = settle(); !r)
        return r;
    Result<FolderState> st = folderState(name, true);
    if (!st)
        return st.error();
    Result<std::unique_ptr<Locked>> l = lock(*st, true);
    if (!l)
        return l.error();
    return reconcile(**l);
}

Result<FolderState> MailStore::folderState(const QString &name, bool create)
{
    if (name.trimmed().isEmpty())
        return MailError(MailError::Kind::InvalidInput, tr("A folder needs a name"));
    if (std::optional<FolderState> f = m_index->folder(name))
        return *f;
    if (!create)
        return MailError(MailError::Kind::NotFound, tr("No folder called %1").arg(name));
    return m_index->createFolder(name, fileName(name));
}

Result<std::unique_ptr<MailStore::Locked>> MailStore::lock(const FolderState &state, bool create)
{
    // A started append holds its folder's lock until it is committed; every other use
    // of a folder file waits for it here (a bounded wait on one batch's fdatasync).
    finishPending();
    const QString path = m_root + QLatin1Char('/') + state.file;
    for (int attempt = 0; attempt < 10; ++attempt) {
        auto l = std::make_unique<Locked>(path);
        if (Result<void> r = l->file->open(true, &l->created); !r)
            return r.error();
        Q_UNUSED(create);
        Result<FolderLock> lk = FolderLock::exclusive(l->file->fd(), path, m_lockTimeoutMs);
        if (!lk)
            return lk.error();
        // Another writer may have renamed a rewritten file over the one we opened
        // while we waited: then lock the new one.
        if (FolderFile::identityOf(path).inode != l->file->identity().inode)
            continue;
        l->lock = std::move(lk.value());
        // What another instance committed meanwhile is in the index.
        std::optional<FolderState> fresh = m_index->folderById(state.id);
        l->state = fresh ? *fresh : state;
        return l;
    }
    return MailError(MailError::Kind::Io, tr("The folder file %1 keeps changing").arg(path));
}

Result<void> MailStore::reconcile(Locked &l)
{
    const FileIdentity id = l.file->identity();
    FolderState &st = l.state;
    if (id.inode == st.inode && id.size == st.size && id.mtimeNs == st.mtimeNs)
        return {};
    FolderIndexer indexer(m_index.get(), m_decoder.get());
    if (id.inode == st.inode && st.size > 0 && id.size > st.size) {
        // Grown: another mbox program appended (it took the same dot-lock). Index only
        // the new records if the old end is still a record boundary.
        Result<QByteArray> edge = l.file->readAt(st.size - 1, 6);
        if (edge && *edge == "\nFrom ") {
            qCInfo(lcStore) << l.file->path() << "grew outside Pigeon; indexing the new messages";
            Result<qint64> n = indexer.indexTail(*l.file, st, st.size);
            return n ? Result<void>() : Result<void>(n.error());
        }
    }
    if (id.size == 0 && st.size == 0) {
        st.inode = id.inode;
        st.mtimeNs = id.mtimeNs;
        return m_index->updateFolderState(st);
    }
    qCInfo(lcStore) << l.file->path() << "changed outside the index; re-reading it";
    Result<qint64> n = indexer.rebuild(*l.file, st);
    return n ? Result<void>() : Result<void>(n.error());
}

Result<void> MailStore::recoverJournal()
{
    for (const JournalEntry &e : m_index->journal()) {
        // Lock what the entry touches first: a live operation of another instance
        // holds these locks and removes its entry before it lets go.
        std::optional<FolderState> target = e.targetFolder ? m_index->folderById(e.targetFolder) : std::nullopt;
        std::optional<FolderState> source = e.sourceFolder ? m_index->folderById(e.sourceFolder) : std::nullopt;
        std::unique_ptr<Locked> lt, ls;
        if (target) {
            Result<std::unique_ptr<Locked>> l = lock(*target, true);
            if (!l)
                return l.error();
            lt = std::move(l.value());
        }
        if (source) {
            Result<std::unique_ptr<Locked>> l = lock(*source, true);
            if (!l)
                return l.error();
            ls = std::move(l.value());
        }
        const QList<JournalEntry> still = m_index->journal();
        if (std::none_of(still.begin(), still.end(), [&](const JournalEntry &x) { return x.id == e.id; }))
            continue;
        FolderIndexer indexer(m_index.get(), m_decoder.get());
        const bool renamed = ls && ls->file->identity().inode != e.sourceInode;
        if (ls)
            QFile::remove(ls->file->path() + QString::fromLatin1(rewriteSuffix()));
        if (lt && (e.op == JournalEntry::Op::Append || (e.op == JournalEntry::Op::Move && !renamed))) {
            // Never committed: cut it off, it was never shown as mail.
            qCInfo(lcStore) << "undoing an unfinished append to" << lt->file->path() << "at" << e.targetFrom;
            if (lt->file->identity().size > e.targetFrom)
                if (Result<void> r = lt->file->truncate(e.targetFrom); !r)
                    return r;
            if (Result<void> r = m_index->deleteMessagesFrom(lt->state.id, e.targetFrom); !r)
                return r;
            const FileIdentity id = lt->file->identity();
            lt->state.size = id.size;
            lt->state.inode = id.inode;
            lt->state.mtimeNs = id.mtimeNs;
            if (Result<void> r = m_index->updateFolderState(lt->state); !r)
                return r;
        } else if (lt && e.op == JournalEntry::Op::Move && renamed) {
            // The source no longer has the messages: keep them in the target.
            qCInfo(lcStore) << "finishing an interrupted move into" << lt->file->path();
            Result<qint64> n = indexer.indexTail(*lt->file, lt->state, e.targetFrom);
            if (!n)
                return n.error();
        }
        if (ls && renamed) {
            Result<qint64> n = indexer.rebuild(*ls->file, ls->state);
            if (!n)
                return n.error();
        }
        if (Result<void> r = m_index->removeJournal(e.id); !r)
            return r;
    }
    return {};
}

Result<MessageId> MailStore::append(const QString &folder, const AppendRequest &request)
{
    Result<QList<MessageId>> ids = appendBatch(folder, {request});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<MessageId>> MailStore::appendBatch(const QString &folder, const QList<AppendRequest> &requests)
{
    return appendRecords(folder, requests, {});
}

std::optional<MessageRow> MailStore::row(MessageId id) const
{
    std::optional<IndexedMessage> m = m_index->message(id);
    if (!m)
        return std::nullopt;
    return m->row;
}

Result<QByteArray> MailStore::messageBytes(MessageId id)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        qint64 folderId = 0;
        std::optional<IndexedMessage> m = m_index->message(id, &folderId);
        if (!m)
            return MailError(MailError::Kind::NotFound, tr("No message %1 in the store").arg(id));
        if (!m->location.isInFile())
            return MailError(MailError::Kind::NotFound,
                             tr("Message %1 has not been downloaded: only its headers are stored").arg(id));
        std::optional<FolderState> st = m_index->folderById(folderId);
        if (!st)
            return MailError(MailError::Kind::NotFound, tr("No message %1 in the store").arg(id));
        finishPending();
        FolderFile file(m_root + QLatin1Char('/') + st->file);
        if (Result<void> r = file.openReadOnly(); !r)
            return r.error();
        Result<FolderLock> lk = FolderLock::shared(file.fd(), file.path(), m_lockTimeoutMs);
        if (!lk)
            return lk.error();
        const FileIdentity fid = file.identity();
        if (fid.inode == st->inode && fid.size >= m->location.messageOffset + m->location.messageLength) {
            Result<QByteArray> stored = file.readAt(m->location.messageOffset, m->location.messageLength);
            if (!stored)
                return stored.error();
            return MboxFormat::unquote(*stored);
        }
        // The file changed under the index: bring the index up to date and look again.
        lk.value().release();
        file.close();
        if (Result<void> r = settle(); !r)
            return r.error();
        Result<std::unique_ptr<Locked>> l = lock(*st, true);
        if (!l)
            return l.error();
        if (Result<void> r = reconcile(**l); !r)
            return r.error();
    }
    return MailError(MailError::Kind::NotFound, tr("Message %1 is no longer in its folder").arg(id));
}

Result<void> MailStore::setFlags(const QList<MessageId> &ids, MessageFlags add, MessageFlags remove)
{
    if (Result<void> r = settle(); !r)
        return r;
    QHash<qint64, QList<IndexedMessage>> byFolder;
    for (MessageId id : ids) {
        qint64 folderId = 0;
        std::optional<IndexedMessage> m = m_index->message(id, &folderId);
        if (!m)
            return MailError(MailError::Kind::NotFound, tr("No message %1 in the store").arg(id));
        byFolder[folderId] << *m;
    }
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        std::optional<FolderState> st = m_index->folderById(it.key());
        Result<std::unique_ptr<Locked>> locked = lock(*st, true);
        if (!locked)
            return locked.error();
        Locked &l = **locked;
        const FileIdentity before = l.file->identity();
        if (!(before.inode == l.state.inode && before.size == l.state.size && before.mtimeNs == l.state.mtimeNs))
            return MailError(MailError::Kind::Io, tr("The folder %1 was changed by another program; "
                                                     "reload it and try again").arg(l.state.name));
        bool needRewrite = false;
        bool patched = false;
        QList<std::pair<MessageId, MessageFlags>> changes;
        for (const IndexedMessage &m : it.value()) {
            const MessageFlags next = (m.row.flags | add) & ~remove;
            if (next == m.row.flags)
                continue;
            changes << std::make_pair(m.row.id, next);
            if (!m.location.isInFile())
                continue; // an index row only (IMAP headers): nothing in the file to patch
            if (m.location.statusOffset < 0) {
                needRewrite = true; // a record another program wrote: no field to patch
                continue;
            }
            // In place: the four hex digits of X-Pigeon-Status. Same length, so no
            // offset moves; a torn 4-byte write is at worst an old or new flag set.
            const QByteArray digits = MboxFormat::flagDigits(next);
            if (::pwrite(l.file->fd(), digits.constData(), 4, off_t(m.location.statusOffset)) != 4)
                return FolderFile::ioError(errno, tr("Cannot write"), l.file->path());
            patched = true;
        }
        if (patched)
            if (Result<void> r = l.file->sync(); !r)
                return r;
        Result<void> r = m_index->begin();
        for (const auto &[id, flags] : changes)
            if (r)
                r = m_index->setFlags(id, flags);
        const FileIdentity after = l.file->identity();
        l.state.mtimeNs = after.mtimeNs;
        if (r)
            r = m_index->updateFolderState(l.state);
        if (r)
            r = m_index->commit();
        if (!r) {
            m_index->rollback();
            return r;
        }
        if (needRewrite)
            if (Result<void> rw = rewrite(l, {}, nullptr); !rw)
                return rw;
    }
    return {};
}

Result<QList<MessageRow>> MailStore::list(const QString &folder, int offset, int limit)
{
    Result<FolderState> st = folderState(folder, false);
    if (!st)
        return st.error();
    if (!settle()) // no room to finish a write: show what is committed
        return m_index->list(st->id, offset, limit, true);
    // One stat() tells whether the index still describes the file.
    const FileIdentity id = FolderFile::identityOf(filePath(folder));
    if (!(id.inode == st->inode && id.size == st->size && id.mtimeNs == st->mtimeNs) && (id.exists || st->size)) {
        Result<std::unique_ptr<Locked>> l = lock(*st, true);
        if (!l)
            return l.error();
        if (Result<void> r = reconcile(**l); !r)
            return r.error();
    }
    return m_index->list(st->id, offset, limit, true);
}

qint64 MailStore::count(const QString &folder) const
{
    std::optional<FolderState> st = m_index->folder(folder);
    return st ? m_index->count(st->id) : 0;
}

Result<void> MailStore::reindex()
{
    if (Result<void> r = settle(); !r)
        return r;
    for (const FolderState &f : m_index->folders()) {
        Result<std::unique_ptr<Locked>> l = lock(f, true);
        if (!l)
            return l.error();
        FolderIndexer indexer(m_index.get(), m_decoder.get());
        Result<qint64> n = indexer.rebuild(*(*l)->file, (*l)->state);
        if (!n)
            return n.error();
    }
    return {};
}

} // namespace Pigeon::Store
