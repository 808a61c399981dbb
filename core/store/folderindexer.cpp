// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/folderindexer.h"

#include "common/logging.h"
#include "store/mappedfile.h"
#include "store/mboxscanner.h"
#include "store/recordparser.h"

#include <QCoreApplication>
#include <QDateTime>
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
    MboxScan scan = MboxScanner::scan(data, from, MboxScanner::Mode::Mboxrd);
    if (scan.leadingGarbage > 0 && scan.records.empty() && from == 0) {
        return MailError(MailError::Kind::Parse,
                         QCoreApplication::translate("Pigeon::Store", "%1 is not an mbox file (it does not start with a \"From \" line); it was left untouched")
                             .arg(file.path()));
    }
    qint64 validEnd = data.size();
    if (scan.unterminatedTail && !scan.records.empty()) {
        const MboxRecord torn = scan.records.back();
        scan.records.pop_back();
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
    RecordParser parser(m_decoder);
    std::vector<IndexedMessage> rows;
    rows.reserve(scan.records.size());
    for (const MboxRecord &r : scan.records)
        rows.push_back(parser.parse(data, r));
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
    state = next;
    return qint64(rows.size());
}

} // namespace Pigeon::Store
