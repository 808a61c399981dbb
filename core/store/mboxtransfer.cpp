// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/mboxtransfer.h"

#include "store/folderfile.h"
#include "store/mailstore.h"
#include "store/mailstore_p.h"
#include "store/mappedfile.h"
#include "store/mboxformat.h"
#include "store/mboxscanner.h"
#include "store/recordparser.h"
#include "store/rfc5322date.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Pigeon::Store {

Result<qint64> MboxTransfer::importFile(MailStore &store, const QString &path, const QString &folder, int batchSize)
{
    Result<MappedFile> mapped = MappedFile::open(path, true);
    if (!mapped)
        return mapped.error();
    const QByteArrayView data = mapped->data();
    const MboxScan scan = MboxScanner::scan(data, 0, MboxScanner::Mode::AcceptContentLength);
    if (data.isEmpty())
        return MailError(MailError::Kind::InvalidInput, tr("%1 is empty").arg(path));
    if (scan.leadingGarbage > 0 || scan.records.empty())
        return MailError(MailError::Kind::Parse,
                         tr("%1 is not an mbox file: it does not start with a \"From \" line. Nothing was imported.")
                             .arg(path));
    if (scan.unterminatedTail)
        return MailError(MailError::Kind::Parse,
                         tr("%1 ends in the middle of a message (message %2 at byte %3 is cut off); "
                            "the file looks truncated. Nothing was imported.")
                             .arg(path)
                             .arg(scan.records.size())
                             .arg(scan.records.back().offset));
    RecordParser parser(store.headerDecoder());
    QList<MessageId> added;
    QList<AppendRequest> batch;
    auto rollback = [&](const MailError &e) -> Result<qint64> {
        if (!added.isEmpty())
            (void)store.remove(added);
        return e;
    };
    for (size_t i = 0; i < scan.records.size(); ++i) {
        const MboxRecord &r = scan.records[i];
        const IndexedMessage m = parser.parse(data, r);
        AppendRequest req;
        req.message = MboxFormat::unquote(data.sliced(m.location.messageOffset, m.location.messageLength));
        req.flags = m.row.flags;
        req.origin = m.row.origin;
        req.modSeq = m.row.modSeq;
        const QByteArrayView fromLine = data.sliced(r.offset, r.dataOffset - r.offset).trimmed();
        const QList<QByteArray> words = fromLine.toByteArray().split(' ');
        req.envelopeSender = words.value(1);
        if (const qint64 secs = Rfc5322Date::parseFromLine(fromLine))
            req.received = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        batch << req;
        if (batch.size() >= batchSize || i + 1 == scan.records.size()) {
            Result<QList<MessageId>> ids = store.appendBatch(folder, batch);
            if (!ids)
                return rollback(ids.error());
            added << *ids;
            batch.clear();
        }
    }
    return qint64(added.size());
}

Result<qint64> MboxTransfer::exportFolder(MailStore &store, const QString &folder, const QString &path)
{
    Result<FolderState> st = store.folderState(folder, false);
    if (!st)
        return st.error();
    Result<std::unique_ptr<MailStore::Locked>> locked = store.lock(*st, true);
    if (!locked)
        return locked.error();
    MailStore::Locked &l = *locked.value();
    if (Result<void> r = store.reconcile(l); !r)
        return r.error();
    Result<std::vector<IndexedMessage>> messages = store.index().folderMessages(l.state.id);
    if (!messages)
        return messages.error();
    Result<MappedFile> mapped = MappedFile::fromFd(l.file->fd(), l.file->path(), true);
    if (!mapped)
        return mapped.error();
    const QByteArrayView data = mapped->data();
    const QString tmpPath = path + QStringLiteral(".part");
    FolderFile out(tmpPath);
    if (Result<void> r = out.open(true); !r)
        return r.error();
    if (Result<void> r = out.truncate(0); !r)
        return r.error();
    QByteArray buffer;
    qint64 written = 0;
    auto flush = [&]() -> Result<void> {
        Result<void> w = out.writeAt(written, buffer);
        written += buffer.size();
        buffer.clear();
        return w;
    };
    for (const IndexedMessage &m : *messages) {
        // The separator line as it is, then the message without our X-Pigeon lines
        // (it is already mboxrd-quoted in the folder file).
        const qint64 fromEnd = data.indexOf('\n', m.location.offset) + 1;
        buffer.append(data.sliced(m.location.offset, fromEnd - m.location.offset));
        const QByteArrayView stored = data.sliced(m.location.messageOffset, m.location.messageLength);
        buffer.append(stored);
        if (!stored.endsWith('\n'))
            buffer.append('\n');
        buffer.append('\n');
        if (buffer.size() > (4 << 20))
            if (Result<void> r = flush(); !r) {
                QFile::remove(tmpPath);
                return r.error();
            }
    }
    Result<void> r = flush();
    if (r)
        r = out.sync();
    if (r && ::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(path).constData()) != 0)
        r = FolderFile::ioError(errno, tr("Cannot write"), path);
    if (r)
        r = FolderFile::syncDirectory(QFileInfo(path).absolutePath());
    if (!r) {
        QFile::remove(tmpPath);
        return r.error();
    }
    return qint64(messages->size());
}

} // namespace Pigeon::Store
