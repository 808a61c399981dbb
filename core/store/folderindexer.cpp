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
    constexpr int chunks = 8;
    for (int i = 1; i < chunks && size - from > (1 << 22); ++i) {
        const qint64 target = from + (size - from) * i / chunks;
        if (target <= borders.back())
            continue;
        const void *hit = memmem(data.data() + target, size_t(size - target), "\nFrom ", 6);
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
    std::atomic<int> nextChunk{0};
    auto work = [&] {
        for (int k = nextChunk++; k < n; k = nextChunk++) {
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
        }
    };
    std::thread helper;
    if (n > 1)
        helper = std::thread(work);
    work();
    if (helper.joinable())
        helper.join();
    const qint64 parseNs = phase.nsecsElapsed();
    const qint64 scanNs = 0;

    const MboxScan &first = scans.front();
    const MboxScan &lastScan = scans.back();
    if (first.leadingGarbage > 0 && first.records.empty() && from == 0) {
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
    std::vector<IndexedMessage> rows;
    if (n == 1) {
        rows = std::move(parsed.front());
    } else {
        size_t total = 0;
        for (const auto &p : parsed)
            total += p.size();
        rows.reserve(total);
        for (auto &p : parsed)
            std::move(p.begin(), p.end(), std::back_inserter(rows));
    }
    mapped = MappedFile(); // unmap before we may truncate

    if (validEnd < file.identity().size) {
        if (Result<void> t = file.truncate(validEnd); !t)
            return t.error();
    }
    if (Result<void> b = m_index->begin(); !b)
        return b.error();
    Result<void> r = replaceAll ? m_index->deleteFolderMessages(state.id) : m_index->deleteMessagesFrom(state.id, from);
    if (r)
        r = m_index->insertMessages(state.id, rows);
    const FileIdentity id = file.identity();
    FolderState next = state;
    next.size = id.size;
    next.inode = id.inode;
    next.mtimeNs = id.mtimeNs;
    if (r)
        r = m_index->updateFolderState(next);
    if (r)
        r = m_index->commit();
    if (!r) {
        m_index->rollback();
        return r.error();
    }
    qCDebug(lcStore) << "indexed" << rows.size() << "messages of" << file.path() << "scan" << scanNs / 1000000
                     << "ms, headers" << (parseNs - scanNs) / 1000000 << "ms, index" << (phase.nsecsElapsed() - parseNs) / 1000000
                     << "ms";
    state = next;
    return qint64(rows.size());
}

} // namespace Pigeon::Store
