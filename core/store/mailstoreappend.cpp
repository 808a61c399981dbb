// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// MailStore: appends (journal, write + fdatasync, commit), also split across two threads.
#include "store/mailstore.h"
#include "store/mailstore_p.h"

#include "common/logging.h"
#include "store/mboxformat.h"
#include "store/mboxscanner.h"
#include "store/recordparser.h"

#include <QPromise>
#include <QThreadPool>

namespace Pigeon::Store {

namespace {

/// New messages: their records in one buffer, each parsed for its row's fields.
QByteArray formatRecords(const QList<AppendRequest> &requests, qint64 from, const HeaderDecoder *decoder,
                         std::vector<IndexedMessage> &rows)
{
    qint64 total = 0;
    for (const AppendRequest &req : requests)
        total += req.message.size() + 200;
    QByteArray buffer;
    buffer.reserve(total);
    RecordParser parser(decoder);
    for (const AppendRequest &req : requests) {
        const qint64 start = buffer.size();
        MboxFormat::appendRecord(buffer, req.message, req.envelopeSender, req.received, req.flags, req.modSeq,
                                 req.origin);
        const QByteArrayView rec(buffer.constData() + start, buffer.size() - start);
        MboxRecord r;
        r.offset = 0;
        r.dataOffset = rec.indexOf('\n') + 1;
        r.end = rec.size();
        r.dataEnd = r.end - 1;
        IndexedMessage m = parser.parse(rec, r);
        const qint64 base = from + start;
        m.location.offset += base;
        m.location.messageOffset += base;
        m.location.statusOffset += base;
        rows.push_back(std::move(m));
    }
    return buffer;
}

/// Bodies of existing rows (IMAP): a row needs only its record's place, which formatting
/// tells, so nothing is parsed and nothing is joined. The pieces (MboxFormat::recordPieces)
/// point into @p requests and @p heads; returns the end of the records.
qint64 bodyPieces(const QList<AppendRequest> &requests, qint64 from, std::vector<QByteArrayView> &pieces,
                  std::vector<QByteArray> &heads, std::vector<IndexedMessage> &rows)
{
    heads.resize(size_t(requests.size()));
    pieces.reserve(size_t(requests.size()) * 4);
    qint64 end = from;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const AppendRequest &req = requests.at(i);
        IndexedMessage m;
        m.location = MboxFormat::recordPieces(pieces, heads[size_t(i)], req.message, req.envelopeSender,
                                              req.received, req.flags, req.modSeq, req.origin);
        m.location.offset += end;
        m.location.messageOffset += end;
        m.location.statusOffset += end;
        m.row.flags = req.flags;
        m.row.modSeq = req.modSeq;
        m.row.origin = req.origin;
        m.row.size = m.location.messageLength;
        end += m.location.length;
        rows.push_back(std::move(m));
    }
    return end;
}

} // namespace

void MailStore::writeRecords(Pending &p, const HeaderDecoder *decoder)
{
    FolderFile &file = *p.locked->file;
    p.rows.reserve(size_t(p.requests.size()));
    qint64 length = 0;
    if (p.replace.isEmpty()) {
        const QByteArray buffer = formatRecords(p.requests, p.from, decoder, p.rows);
        p.requests.clear(); // the messages are in the buffer now: hold them once
        p.written = file.writeAt(p.from, buffer);
        length = buffer.size();
    } else {
        // pwritev takes each received body as it is, between its record's own lines,
        // instead of a copy of the batch in a 16 MiB buffer of fresh memory (that copy and
        // the buffer's page faults were ~8 % of a "download all").
        std::vector<QByteArrayView> pieces;
        std::vector<QByteArray> heads;
        length = bodyPieces(p.requests, p.from, pieces, heads, p.rows) - p.from;
        p.written = file.writeAt(p.from, pieces);
        p.requests.clear();
    }
    if (p.written)
        p.written = file.sync();
    // Only now: the pages are clean once synced, and the kernel keeps dirty ones anyway.
    if (p.written && p.releaseCache)
        file.releaseCache(p.from, length);
    if (!p.written && file.identity().size > p.from)
        (void)file.truncate(p.from);
}

Result<QList<MessageId>> MailStore::appendRecords(const QString &folder, const QList<AppendRequest> &requests,
                                                  const QList<MessageId> &replace)
{
    if (requests.isEmpty())
        return QList<MessageId>();
    Result<AppendTicket> t = startAppend(folder, requests, replace, AppendMode::Now);
    if (!t)
        return t.error();
    return finishAppend(t->id);
}

Result<AppendTicket> MailStore::startAppend(const QString &folder, QList<AppendRequest> requests,
                                            const QList<MessageId> &replace, AppendMode mode)
{
    Q_ASSERT(replace.isEmpty() || replace.size() == requests.size());
    if (requests.isEmpty())
        return AppendTicket{};
    if (Result<void> r = settle(); !r)
        return r.error();
    Result<FolderState> st = folderState(folder, true);
    if (!st)
        return st.error();
    Result<std::unique_ptr<Locked>> locked = lock(*st, true); // finishes earlier started appends
    if (!locked)
        return locked.error();
    if (Result<void> r = reconcile(**locked); !r)
        return r.error();
    auto p = std::make_unique<Pending>();
    p->locked = std::move(locked.value());
    Locked &l = *p->locked;
    p->from = l.state.size;
    p->requests = std::move(requests);
    p->replace = replace;
    p->releaseCache = mode == AppendMode::Bulk;

    // 1. Intent, durable before the file is touched.
    JournalEntry entry;
    entry.op = JournalEntry::Op::Append;
    entry.targetFolder = l.state.id;
    entry.targetFrom = p->from;
    if (Result<void> r = m_index->begin(); !r)
        return r.error();
    Result<qint64> jid = m_index->addJournal(entry);
    Result<void> r = jid ? Result<void>() : Result<void>(jid.error());
    if (r) {
        l.state.inode = l.file->identity().inode;
        r = m_index->updateFolderState(l.state);
    }
    if (r)
        r = m_index->commit();
    if (!r) {
        m_index->rollback();
        return r.error();
    }
    p->journal = *jid;

    // 2. The data, durable: here, or on the writer thread while the caller goes on.
    const quint64 ticket = ++m_nextTicket;
    Pending *raw = p.get();
    const HeaderDecoder *decoder = m_decoder.get();
    if (mode == AppendMode::Now) {
        writeRecords(*raw, decoder);
        QPromise<void> done;
        raw->future = done.future();
        done.start();
        done.finish();
    } else {
        if (!m_writer) {
            m_writer = std::make_unique<QThreadPool>();
            m_writer->setMaxThreadCount(1); // one write at a time, in order
            m_writer->setExpiryTimeout(-1);
        }
        auto done = std::make_shared<QPromise<void>>();
        raw->future = done->future();
        done->start();
        m_writer->start([raw, decoder, done] {
            writeRecords(*raw, decoder);
            done->finish();
        });
    }
    AppendTicket result{ticket, raw->future};
    m_pending.emplace(ticket, std::move(p));
    return result;
}

Result<QList<MessageId>> MailStore::finishAppend(quint64 ticket)
{
    if (auto it = m_committed.find(ticket); it != m_committed.end()) {
        Result<QList<MessageId>> r = std::move(it->second);
        m_committed.erase(it);
        return r;
    }
    auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return MailError(MailError::Kind::NotFound, tr("No append %1 in progress").arg(ticket));
    std::unique_ptr<Pending> p = std::move(it->second);
    m_pending.erase(it);
    p->future.waitForFinished();
    return commitPending(*p);
}

void MailStore::finishPending()
{
    while (!m_pending.empty()) {
        auto it = m_pending.begin();
        const quint64 ticket = it->first;
        std::unique_ptr<Pending> p = std::move(it->second);
        m_pending.erase(it);
        p->future.waitForFinished();
        // Its outcome goes to its owner (finishAppend), not to whoever needed the lock.
        m_committed.emplace(ticket, commitPending(*p));
    }
}

Result<QList<MessageId>> MailStore::commitPending(Pending &p)
{
    Locked &l = *p.locked;
    const qint64 from = p.from;
    // Undo: the file back to its committed size, the journal entry gone, and the
    // index told the file's new mtime (else the next use would re-read the folder).
    auto dropJournal = [&] {
        const FileIdentity now = l.file->identity();
        Result<void> r = m_index->begin();
        if (r)
            r = m_index->removeJournal(p.journal);
        if (r && now.size == from) {
            l.state.mtimeNs = now.mtimeNs;
            r = m_index->updateFolderState(l.state);
        }
        if (r)
            r = m_index->commit();
        if (!r) {
            m_index->rollback();
            qCWarning(lcStore) << "could not clear the journal; the next open will";
        }
    };
    if (!p.written) {
        dropJournal();
        return p.written.error();
    }
    // 3. Commit: rows, committed size, journal entry gone, in one transaction.
    std::vector<IndexedMessage> &rows = p.rows;
    const FileIdentity id = l.file->identity();
    Result<void> c = m_index->begin();
    if (c && p.replace.isEmpty()) {
        c = m_index->insertMessages(l.state.id, rows);
    } else {
        // The existing rows (IMAP headers) get the records: same ids, now Full.
        for (size_t i = 0; i < rows.size(); ++i)
            rows[i].row.id = p.replace.at(qsizetype(i));
        if (c)
            c = m_index->attachRecords(l.state.id, rows);
    }
    FolderState next = l.state;
    next.size = id.size;
    next.inode = id.inode;
    next.mtimeNs = id.mtimeNs;
    if (c)
        c = m_index->updateFolderState(next);
    if (c)
        c = m_index->removeJournal(p.journal);
    if (c)
        c = m_index->commit();
    if (!c) {
        m_index->rollback();
        (void)l.file->truncate(from);
        dropJournal();
        return c.error();
    }
    l.state = next;
    QList<MessageId> ids;
    ids.reserve(qsizetype(rows.size()));
    for (const IndexedMessage &m : rows)
        ids << m.row.id;
    return ids;
}

} // namespace Pigeon::Store
