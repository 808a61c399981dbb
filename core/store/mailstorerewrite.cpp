// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// MailStore: the operations that rewrite a folder file (delete, move, compaction).
#include "store/mailstore.h"
#include "store/mailstore_p.h"

#include "common/logging.h"
#include "store/mappedfile.h"
#include "store/mboxformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cstdio>

namespace Pigeon::Store {

namespace {

/// Appends the record of an indexed message, re-framed with its current flags, to
/// @p out; returns its location relative to @p base.
MessageLocation appendRecord(QByteArray &out, QByteArrayView file, const IndexedMessage &m, qint64 base)
{
    MessageLocation loc;
    loc.offset = base + out.size();
    const qint64 fromEnd = file.indexOf('\n', m.location.offset) + 1;
    out.append(file.sliced(m.location.offset, fromEnd - m.location.offset));
    const QByteArrayView stored = file.sliced(m.location.messageOffset, m.location.messageLength);
    const qsizetype nl = stored.indexOf('\n');
    const QByteArrayView eol = (nl > 0 && stored.at(nl - 1) == '\r') ? QByteArrayView("\r\n") : QByteArrayView("\n");
    loc.statusOffset = base + out.size() + MboxFormat::statusFlagsOffset;
    out += MboxFormat::statusLine(m.row.flags, m.row.modSeq);
    out += eol;
    if (!m.row.origin.isEmpty()) {
        out += MboxFormat::originLine(m.row.origin);
        out += eol;
    }
    const bool unterminated = !stored.endsWith('\n');
    if (unterminated) {
        out += MboxFormat::addedEolLine(eol.size());
        out += eol;
    }
    loc.messageOffset = base + out.size();
    out.append(stored); // already mboxrd-quoted
    loc.messageLength = stored.size();
    if (unterminated)
        out += eol;
    out += '\n';
    loc.length = base + out.size() - loc.offset;
    return loc;
}

} // namespace

Result<void> MailStore::withoutRecord(const QList<MessageId> &ids, qint64 targetFolder, QList<MessageId> *inFile)
{
    // Rows without an mbox record (IMAP headers only) are index rows and nothing else:
    // deleting or moving them is one transaction, no file is rewritten for them.
    QList<MessageId> rowsOnly;
    for (MessageId id : ids) {
        std::optional<IndexedMessage> m = m_index->message(id);
        if (!m)
            return MailError(MailError::Kind::NotFound, tr("No message %1 in the store").arg(id));
        (m->location.isInFile() ? *inFile : rowsOnly) << id;
    }
    if (rowsOnly.isEmpty())
        return {};
    Result<void> r = m_index->begin();
    if (r && targetFolder) {
        for (MessageId id : std::as_const(rowsOnly))
            if (r)
                r = m_index->relocate(id, targetFolder, MessageLocation::none());
    } else if (r) {
        r = m_index->deleteMessages(rowsOnly);
    }
    if (r)
        r = m_index->commit();
    if (!r)
        m_index->rollback();
    return r;
}

Result<void> MailStore::remove(const QList<MessageId> &allIds)
{
    if (Result<void> r = settle(); !r)
        return r;
    QList<MessageId> ids;
    if (Result<void> r = withoutRecord(allIds, 0, &ids); !r)
        return r;
    QHash<qint64, QList<MessageId>> byFolder;
    for (MessageId id : ids) {
        qint64 folderId = 0;
        if (!m_index->message(id, &folderId))
            return MailError(MailError::Kind::NotFound, tr("No message %1 in the store").arg(id));
        byFolder[folderId] << id;
    }
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        std::optional<FolderState> st = m_index->folderById(it.key());
        Result<std::unique_ptr<Locked>> l = lock(*st, true);
        if (!l)
            return l.error();
        if (Result<void> r = rewrite(**l, it.value(), nullptr); !r)
            return r;
    }
    return {};
}

Result<void> MailStore::removeFolder(const QString &name)
{
    if (Result<void> r = settle(); !r)
        return r;
    std::optional<FolderState> st = m_index->folder(name);
    if (!st)
        return {};
    Result<std::unique_ptr<Locked>> l = lock(*st, false);
    if (!l)
        return l.error();
    // The file is renamed away first (open() would turn a *.mbox the index does not
    // know back into a folder): a crash before the index commit leaves the folder with
    // an empty file, which the next LIST removes again; none after it brings it back.
    const QString path = m_root + QLatin1Char('/') + st->file;
    const QString gone = path + QStringLiteral(".removed");
    QFile::remove(gone);
    if (QFile::exists(path) && !QFile::rename(path, gone))
        return MailError(MailError::Kind::Io, tr("Cannot remove the folder file %1").arg(path));
    Result<void> r = m_index->begin();
    if (r)
        r = m_index->deleteFolder(st->id);
    if (r)
        r = m_index->commit();
    if (!r) {
        m_index->rollback();
        QFile::rename(gone, path);
        return r;
    }
    QFile::remove(gone);
    return {};
}

Result<void> MailStore::move(const QList<MessageId> &allIds, const QString &targetName)
{
    if (Result<void> r = settle(); !r)
        return r;
    Result<FolderState> target = folderState(targetName, true);
    if (!target)
        return target.error();
    QList<MessageId> ids;
    if (Result<void> r = withoutRecord(allIds, target->id, &ids); !r)
        return r;
    QHash<qint64, QList<MessageId>> byFolder;
    for (MessageId id : ids) {
        qint64 folderId = 0;
        if (!m_index->message(id, &folderId))
            return MailError(MailError::Kind::NotFound, tr("No message %1 in the store").arg(id));
        if (folderId != target->id)
            byFolder[folderId] << id;
    }
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        std::optional<FolderState> source = m_index->folderById(it.key());
        // Always lock in folder-id order, so two instances moving in opposite
        // directions cannot wait for each other forever.
        std::unique_ptr<Locked> ls, lt;
        for (int pass = 0; pass < 2; ++pass) {
            const bool sourceFirst = source->id < target->id;
            const bool doSource = (pass == 0) == sourceFirst;
            Result<std::unique_ptr<Locked>> l = lock(doSource ? *source : *target, true);
            if (!l)
                return l.error();
            (doSource ? ls : lt) = std::move(l.value());
        }
        if (Result<void> r = reconcile(*lt); !r)
            return r;
        if (Result<void> r = rewrite(*ls, it.value(), lt.get()); !r)
            return r;
    }
    return {};
}

Result<void> MailStore::rewrite(Locked &src, const QList<MessageId> &removed, Locked *target)
{
    if (Result<void> r = reconcile(src); !r)
        return r;
    Result<std::vector<IndexedMessage>> messages = m_index->folderMessages(src.state.id);
    if (!messages)
        return messages.error();
    const QSet<MessageId> gone(removed.cbegin(), removed.cend());
    Result<MappedFile> mapped = MappedFile::fromFd(src.file->fd(), src.file->path(), true);
    if (!mapped)
        return mapped.error();
    const QByteArrayView data = mapped->data();

    // 1. The new file, complete and durable, under a temporary name.
    const QString tmpPath = src.file->path() + QStringLiteral(".rewrite");
    QFile::remove(tmpPath);
    auto tmp = std::make_unique<FolderFile>(tmpPath);
    if (Result<void> r = tmp->open(true); !r)
        return r;
    Result<FolderLock> tmpLock = FolderLock::exclusive(tmp->fd(), tmpPath, m_lockTimeoutMs, false);
    if (!tmpLock) {
        QFile::remove(tmpPath);
        return tmpLock.error();
    }
    QList<std::pair<MessageId, MessageLocation>> kept, moved;
    QByteArray buffer, moveBuffer;
    qint64 written = 0;
    const qint64 targetFrom = target ? target->state.size : 0;
    auto fail = [&](const MailError &e) {
        tmp->close();
        QFile::remove(tmpPath);
        return Result<void>(e);
    };
    for (const IndexedMessage &m : *messages) {
        if (gone.contains(m.row.id)) {
            if (target)
                moved << std::make_pair(m.row.id, appendRecord(moveBuffer, data, m, targetFrom));
            continue;
        }
        kept << std::make_pair(m.row.id, appendRecord(buffer, data, m, written));
        if (buffer.size() > (4 << 20)) {
            if (Result<void> r = tmp->writeAt(written, buffer); !r)
                return fail(r.error());
            written += buffer.size();
            buffer.clear();
        }
    }
    if (Result<void> r = tmp->writeAt(written, buffer); !r)
        return fail(r.error());
    written += buffer.size();
    if (Result<void> r = tmp->sync(); !r)
        return fail(r.error());

    // 2. Intent.
    JournalEntry entry;
    entry.op = target ? JournalEntry::Op::Move : JournalEntry::Op::Rewrite;
    entry.sourceFolder = src.state.id;
    entry.sourceInode = src.state.inode;
    if (target) {
        entry.targetFolder = target->state.id;
        entry.targetFrom = targetFrom;
    }
    Result<void> j = m_index->begin();
    Result<qint64> jid = j ? m_index->addJournal(entry) : Result<qint64>(j.error());
    if (jid && target) {
        target->state.inode = target->file->identity().inode;
        j = m_index->updateFolderState(target->state);
    }
    if (jid && j)
        j = m_index->commit();
    if (!jid || !j) {
        m_index->rollback();
        return fail(jid ? j.error() : jid.error());
    }
    auto dropJournal = [&] { (void)m_index->removeJournal(*jid); };

    // 3. A move first makes the messages durable in the target...
    if (target) {
        Result<void> w = target->file->writeAt(targetFrom, moveBuffer);
        if (w)
            w = target->file->sync();
        if (!w) {
            (void)target->file->truncate(targetFrom);
            dropJournal();
            return fail(w.error());
        }
    }
    // 4. ...then the source loses them, atomically.
    mapped = MappedFile();
    if (::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(src.file->path()).constData()) != 0) {
        const MailError e = FolderFile::ioError(errno, tr("Cannot replace"), src.file->path());
        if (target)
            (void)target->file->truncate(targetFrom);
        dropJournal();
        return fail(e);
    }
    if (Result<void> r = FolderFile::syncDirectory(QFileInfo(src.file->path()).absolutePath()); !r) {
        // The rename may or may not be durable: the journal settles it on next open.
        return r;
    }
    // The renamed file is ours now; keep the old description locked until we let go.
    tmp->renamedTo(src.file->path());
    src.retired = std::move(src.file);
    src.retiredLock = std::move(src.lock);
    src.file = std::move(tmp);
    src.lock = std::move(tmpLock.value());

    // 5. Commit: new places, folder states, journal entry gone.
    Result<void> c = m_index->begin();
    for (const auto &[id, loc] : kept)
        if (c)
            c = m_index->relocate(id, src.state.id, loc);
    if (target) {
        for (const auto &[id, loc] : moved)
            if (c)
                c = m_index->relocate(id, target->state.id, loc);
    } else if (c) {
        c = m_index->deleteMessages(removed);
    }
    const FileIdentity sid = src.file->identity();
    FolderState nextSource = src.state;
    nextSource.size = sid.size;
    nextSource.inode = sid.inode;
    nextSource.mtimeNs = sid.mtimeNs;
    if (c)
        c = m_index->updateFolderState(nextSource);
    FolderState nextTarget;
    if (target) {
        const FileIdentity tid = target->file->identity();
        nextTarget = target->state;
        nextTarget.size = tid.size;
        nextTarget.inode = tid.inode;
        nextTarget.mtimeNs = tid.mtimeNs;
        if (c)
            c = m_index->updateFolderState(nextTarget);
    }
    if (c)
        c = m_index->removeJournal(*jid);
    if (c)
        c = m_index->commit();
    if (!c) {
        // The files are complete; the journal entry makes the next open re-read them.
        m_index->rollback();
        return c;
    }
    src.state = nextSource;
    if (target)
        target->state = nextTarget;
    return {};
}

} // namespace Pigeon::Store
