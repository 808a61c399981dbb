// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/folderindexer.h"

#include "common/logging.h"
#include "store/mappedfile.h"
#include "store/mboxscanner.h"
#include "store/recordparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <cstring>
#include <thread>
#include <QFile>

namespace Pigeon::Store {

Result<qint64> FolderIndexer::rebuild(FolderFile &file, FolderState &state)
{
    return index(file, state, 0, true);
}

Result<qint64> FolderIndexer::indexTail(FolderFile &file, FolderState &state, qint64 from)
{
    return index(file, state, from, false);
}

Result<qint64> FolderIndexer::index(FolderFile &file, FolderState &state, qint64 from, bool replaceAll)
{
    Result<MappedFile> mapped = MappedFile::fromFd(file.fd(), file.path(), true);
    if (!mapped)
        return mapped.error();
    const QByteArrayView data = mapped->data();
    QElapsedTimer phase;
    phase.start();
    // Scan and parse in chunks on two threads (the machine has two cores; grep uses
    // one): chunk borders are separators found with one memmem each.
    const qint64 size = data.size();
    std::vector<qint64> borders{from};
    constexpr int chunks = 16;
    for (int i = 1; i < chunks && size - from > (1 << 22); ++i) {
        const qint64 target = from + (size - from) * i / chunks;
        if (target <= borders.back())
            continue;
        const void *hit = MboxScanner::findFromLine(data.data() + target, size_t(size - target));
        if (!hit)
            break;
        const qint64 at = static_cast<const char *>(hit) - data.data() + 1;
        if (at > borders.back())
            borders.push_back(at);
    }
    borders.push_back(size);
    const int n = int(borders.size()) - 1;
    std::vector<MboxScan> scans(static_cast<size_t>(n));
    std::vector<std::vector<IndexedMessage>> parsed(static_cast<size_t>(n));
    RecordParser parser(m_decoder);
    // Chunks are parsed in order by both threads; this thread also inserts each
    // finished chunk's rows (in order) while the other thread parses on, so SQLite's
    // work overlaps the header work instead of following it. The rows only become
    // visible at the commit, after the whole file is checked.
    std::atomic<int> nextChunk{0};
    std::mutex doneMutex;
    std::condition_variable doneChanged;
    std::vector<char> done(static_cast<size_t>(n), 0);
    auto parseChunk = [&](int k) {
        const QByteArrayView part = data.first(borders[size_t(k) + 1]);
        scans[size_t(k)] = MboxScanner::scan(part, borders[size_t(k)], MboxScanner::Mode::Mboxrd);
        std::vector<IndexedMessage> &out = parsed[size_t(k)];
        out.reserve(scans[size_t(k)].records.size());
        const bool last = k == n - 1;
        for (const MboxRecord &r : scans[size_t(k)].records) {
            // A torn last record is never parsed (see below).
            if (last && scans[size_t(k)].unterminatedTail && &r == &scans[size_t(k)].records.back())
                break;
            out.push_back(parser.parse(data, r));
        }
        {
            std::lock_guard<std::mutex> lock(doneMutex);
            done[size_t(k)] = 1;
        }
        doneChanged.notify_all();
    };
    std::thread helper;
    if (n > 1) {
        helper = std::thread([&] {
            for (int k = nextChunk++; k < n; k = nextChunk++)
                parseChunk(k);
        });
    }
    Result<void> r = m_index->begin();
    const bool inTransaction = bool(r);
    if (r)
        r = replaceAll ? m_index->deleteFolderMessages(state.id) : m_index->deleteMessagesFrom(state.id, from);
    const bool bulk = size - from > (1 << 24);
    if (r && bulk)
        r = m_index->beginBulkInsert();
    qint64 rowCount = 0;
    int nextInsert = 0;
    while (nextInsert < n) {
        bool ready;
        {
            std::lock_guard<std::mutex> lock(doneMutex);
            ready = done[size_t(nextInsert)] != 0;
        }
        if (!ready) {
            const int k = nextChunk++;
            if (k < n) {
                parseChunk(k);
                continue;
            }
            std::unique_lock<std::mutex> lock(doneMutex);
            doneChanged.wait(lock, [&] { return done[size_t(nextInsert)] != 0; });
        }
        std::vector<IndexedMessage> &rows = parsed[size_t(nextInsert)];
        if (r)
            r = m_index->insertMessages(state.id, rows);
        rowCount += qint64(rows.size());
        std::vector<IndexedMessage>().swap(rows);
        ++nextInsert;
    }
    if (helper.joinable())
        helper.join();
    const qint64 parseNs = phase.nsecsElapsed();

    const MboxScan &first = scans.front();
    const MboxScan &lastScan = scans.back();
    if (first.leadingGarbage > 0 && first.records.empty() && from == 0) {
        if (inTransaction)
            m_index->rollback();
        return MailError(MailError::Kind::Parse,
                         QCoreApplication::translate("Pigeon::Store", "%1 is not an mbox file (it does not start with a \"From \" line); it was left untouched")
                             .arg(file.path()));
    }
    qint64 validEnd = size;
    if (lastScan.unterminatedTail && !lastScan.records.empty()) {
        const MboxRecord torn = lastScan.records.back();
        validEnd = torn.offset;
        const QString aside = file.path() + QStringLiteral(".torn-")
            + QString::number(QDateTime::currentSecsSinceEpoch());
        QFile out(aside);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(data.data() + torn.offset, data.size() - torn.offset);
            out.close();
        }
        qCWarning(lcStore) << "torn message at the end of" << file.path() << "at" << torn.offset
                           << "- cut off, bytes kept in" << aside;
    }
    // Unmapping a large file takes tens of milliseconds (one page-table entry per
    // page): done on the helper thread while SQLite builds indexes and commits, but
    // always before we may truncate.
    std::thread unmapper([m = std::move(mapped.value())]() mutable { m = MappedFile(); });
    mapped = MappedFile();
    if (validEnd < file.identity().size) {
        unmapper.join();
        if (r)
            r = file.truncate(validEnd);
    }
    if (r && bulk)
        r = m_index->endBulkInsert();
    const FileIdentity id = file.identity();
    FolderState next = state;
    next.size = id.size;
    next.inode = id.inode;
    next.mtimeNs = id.mtimeNs;
    if (r)
        r = m_index->updateFolderState(next);
    if (r)
        r = m_index->commit();
    if (unmapper.joinable())
        unmapper.join();
    if (!r) {
        if (inTransaction)
            m_index->rollback();
        return r.error();
    }
    qCDebug(lcStore) << "indexed" << rowCount << "messages of" << file.path() << "in" << n << "chunks: parse + insert"
                     << parseNs / 1000000 << "ms, indexes + commit" << (phase.nsecsElapsed() - parseNs) / 1000000 << "ms";
    state = next;
    return rowCount;
}

} // namespace Pigeon::Store
