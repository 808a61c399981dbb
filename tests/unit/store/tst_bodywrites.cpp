// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Downloaded IMAP bodies written on the store's writer thread (ImapCache::startBodies):
// a row turns Full only after its record is durable and committed, batches are committed
// in order, any other use of the folder waits for a running write, and a process that
// dies between the write and the commit leaves header rows whose bodies are fetched again.
// A bulk batch leaves the page cache once durable; a body the user opened stays in it.
#include "storetestutil.h"

#include "store/imapcache.h"
#include "store/mailstore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Pigeon;
using namespace Pigeon::Store;

namespace {

const QString inbox = QStringLiteral("INBOX");

QByteArray body(quint32 uid)
{
    // Big enough that the write and the fdatasync take a moment, with an mboxrd line.
    QByteArray text = "From: alice@example.org\r\nSubject: body " + QByteArray::number(uid)
        + "\r\nDate: Mon, 2 Jan 2024 10:00:00 +0000\r\n\r\nFrom the start\r\n";
    for (int i = 0; i < 2000; ++i)
        text += "line " + QByteArray::number(i) + " of message " + QByteArray::number(uid) + "\r\n";
    return text;
}

/// Header rows for UIDs 1..n in INBOX; their ids.
QList<MessageId> headers(MailStore &store, ImapCache &cache, int n)
{
    if (!store.createFolder(inbox))
        return {};
    QList<MessageRow> rows;
    for (int uid = 1; uid <= n; ++uid) {
        MessageRow r;
        r.subject = QStringLiteral("message %1").arg(uid);
        r.date = 1700000000 + uid;
        r.size = body(uid).size();
        r.origin.uid = uid;
        r.origin.uidValidity = 77;
        r.bodyState = BodyState::HeadersOnly;
        rows << r;
    }
    if (!cache.insertHeaders(store.index().folder(inbox)->id, rows))
        return {};
    QList<MessageId> ids;
    for (const MessageRow &r : std::as_const(rows))
        ids << r.id;
    return ids;
}

QList<std::pair<MessageId, QByteArray>> bodies(const QList<MessageId> &ids, int from, int count)
{
    QList<std::pair<MessageId, QByteArray>> out;
    for (int i = from; i < from + count; ++i)
        out << std::make_pair(ids.at(i), body(quint32(i + 1)));
    return out;
}

/// Every row of @p ids (UIDs 1..n) is Full and reads back as its body.
bool allFullAndIntact(MailStore &store, const QList<MessageId> &ids)
{
    for (int i = 0; i < ids.size(); ++i) {
        const Result<QByteArray> bytes = store.messageBytes(ids.at(i));
        if (store.row(ids.at(i))->bodyState != BodyState::Full || !bytes || *bytes != body(quint32(i + 1))) {
            qWarning("message %d (id %lld) is not Full or not intact", i + 1, ids.at(i));
            return false;
        }
    }
    return true;
}

/// How many pages of @p path's bytes [@p from, @p to) are in the page cache (mincore).
qsizetype residentPages(const QString &path, qint64 from, qint64 to, qsizetype *pages)
{
    const qint64 page = sysconf(_SC_PAGESIZE);
    from = from / page * page;
    *pages = qsizetype((to - from + page - 1) / page);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    // A mapping that is never touched: mincore() reports the file's cached pages.
    void *map = mmap(nullptr, size_t(to - from), PROT_READ, MAP_SHARED, fd, off_t(from));
    ::close(fd);
    if (map == MAP_FAILED)
        return -1;
    std::vector<unsigned char> in(static_cast<size_t>(*pages));
    const int rc = mincore(map, size_t(to - from), in.data());
    munmap(map, size_t(to - from));
    if (rc != 0)
        return -1;
    return qsizetype(std::count_if(in.begin(), in.end(), [](unsigned char c) { return c & 1; }));
}

} // namespace

class TestBodyWrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsTurnFullOnlyWhenCommitted();
    void bodyOfABatchInFlightIsNotAppendedTwice();
    void otherUsesOfTheFolderWaitForTheWrite();
    void crashBetweenWriteAndCommitLeavesHeaderRows();
    void bulkBatchesLeaveThePageCache();
    void rowsOfABatchComeInTheOrderAsked();
    void aBatchOfManyPiecesIsWrittenWhole();
};

void TestBodyWrites::rowsTurnFullOnlyWhenCommitted()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    STORE_VERIFY(store.open());
    ImapCache cache(&store);
    const QList<MessageId> ids = headers(store, cache, 40);
    QCOMPARE(ids.size(), 40);

    // Two batches started back to back: the second waits for the first's write, both
    // are committed in order and each finishBodies() reports its own rows.
    Result<AppendTicket> first = cache.startBodies(bodies(ids, 0, 20));
    STORE_VERIFY(first);
    QVERIFY(first->id != 0);
    QFuture<void>(first->written).waitForFinished();
    // Written and synced, not committed: the row still says headers only.
    QCOMPARE(store.row(ids.at(0))->bodyState, BodyState::HeadersOnly);
    Result<AppendTicket> second = cache.startBodies(bodies(ids, 20, 20));
    STORE_VERIFY(second);
    QVERIFY(second->id != first->id);
    Result<QList<MessageId>> done1 = cache.finishBodies(first->id);
    STORE_VERIFY(done1);
    QCOMPARE(*done1, ids.mid(0, 20));
    Result<QList<MessageId>> done2 = cache.finishBodies(second->id);
    STORE_VERIFY(done2);
    QCOMPARE(*done2, ids.mid(20, 20));
    // A ticket is collected once.
    QCOMPARE(cache.finishBodies(second->id).error().kind(), MailError::Kind::NotFound);
    QVERIFY(allFullAndIntact(store, ids));
    // Bodies already cached are not written twice: nothing to start.
    Result<AppendTicket> again = cache.startBodies(bodies(ids, 0, 5));
    STORE_VERIFY(again);
    QCOMPARE(again->id, quint64(0));
}

void TestBodyWrites::bodyOfABatchInFlightIsNotAppendedTwice()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    STORE_VERIFY(store.open());
    ImapCache cache(&store);
    const QList<MessageId> ids = headers(store, cache, 10);
    Result<AppendTicket> batch = cache.startBodies(bodies(ids, 0, 10));
    STORE_VERIFY(batch);
    // Someone opens message 4 while the download-all batch that holds it is being
    // written: its single fetch must not add a second record.
    STORE_VERIFY(cache.attachBody(ids.at(3), body(4)));
    const qint64 size = QFileInfo(store.filePath(inbox)).size();
    STORE_VERIFY(cache.finishBodies(batch->id));
    QCOMPARE(QFileInfo(store.filePath(inbox)).size(), size);
    qint64 records = 0;
    for (int i = 0; i < 10; ++i)
        records += body(quint32(i + 1)).size();
    QVERIFY(size > records);            // every body once, plus separators and our lines
    QVERIFY(size < records + 10 * 300); // not one body twice
    QCOMPARE(*store.messageBytes(ids.at(3)), body(4));
    STORE_VERIFY(store.reindex());
    QCOMPARE(store.count(inbox), 10);
}

void TestBodyWrites::otherUsesOfTheFolderWaitForTheWrite()
{
    QTemporaryDir dir;
    const int result = [&] {
        MailStore store(dir.path());
        if (!store.open())
            return 1;
        ImapCache cache(&store);
        const QList<MessageId> ids = headers(store, cache, 12);
        Result<AppendTicket> t = cache.startBodies(bodies(ids, 0, 10));
        if (!t || t->id == 0)
            return 2;
        // A flag change needs the folder's lock, which the started append holds: it
        // first finishes (commits) that append, then patches the record it made.
        if (!store.setFlags({ids.at(3)}, MessageFlag::Flagged, {}))
            return 3;
        if (store.row(ids.at(3))->bodyState != BodyState::Full || !store.row(ids.at(3))->flags.testFlag(MessageFlag::Flagged))
            return 4;
        // The ticket's owner still gets its outcome.
        Result<QList<MessageId>> done = cache.finishBodies(t->id);
        if (!done || *done != ids.mid(0, 10))
            return 5;
        // A batch started but never finished by its owner is committed when the store
        // closes (its data is durable by then): nothing is lost.
        Result<AppendTicket> last = cache.startBodies(bodies(ids, 10, 2));
        if (!last || last->id == 0)
            return 6;
        return 0;
    }();
    QCOMPARE(result, 0);
    MailStore reopened(dir.path());
    STORE_VERIFY(reopened.open());
    QCOMPARE(QFileInfo(reopened.filePath(inbox)).size(), reopened.index().folder(inbox)->size);
    QVERIFY(reopened.index().journal().isEmpty());
    // The flag reached the record in the file too (a rebuilt index reads it from there).
    STORE_VERIFY(reopened.reindex());
    Result<QList<MessageRow>> rows = reopened.list(inbox, 0, 100);
    STORE_VERIFY(rows);
    QCOMPARE(rows->size(), 12);
    for (const MessageRow &r : *rows) {
        QCOMPARE(r.bodyState, BodyState::Full);
        QCOMPARE(r.flags.testFlag(MessageFlag::Flagged), r.origin.uid == 4);
        QCOMPARE(*reopened.messageBytes(r.id), body(quint32(r.origin.uid)));
    }
}

void TestBodyWrites::crashBetweenWriteAndCommitLeavesHeaderRows()
{
    QTemporaryDir dir;
    // The child stores headers, starts a body batch, waits until its bytes are written
    // and fdatasync()ed, and dies before the index commit.
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        MailStore store(dir.path());
        if (!store.open())
            _exit(2);
        ImapCache cache(&store);
        const QList<MessageId> ids = headers(store, cache, 12);
        if (ids.size() != 12 || !cache.attachBodies(bodies(ids, 0, 2)))
            _exit(3);
        Result<AppendTicket> t = cache.startBodies(bodies(ids, 2, 10));
        if (!t || t->id == 0)
            _exit(4);
        QFuture<void>(t->written).waitForFinished();
        // The data is on disk beyond the committed end; the rows do not say so yet.
        _exit(QFileInfo(store.filePath(inbox)).size() > 0 ? 0 : 5);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);

    // The restart: the journal undoes the uncommitted tail; the two committed bodies
    // stay, the ten others are header rows again (never pointing at bytes that were
    // not committed), and downloading them again works.
    MailStore store(dir.path());
    STORE_VERIFY(store.open());
    ImapCache cache(&store);
    Result<QList<MessageRow>> rows = store.list(inbox, 0, 100);
    STORE_VERIFY(rows);
    QCOMPARE(rows->size(), 12);
    QList<MessageId> ids(12);
    for (const MessageRow &r : *rows) {
        ids[r.origin.uid - 1] = r.id;
        QCOMPARE(r.bodyState, r.origin.uid <= 2 ? BodyState::Full : BodyState::HeadersOnly);
    }
    const qint64 committed = QFileInfo(store.filePath(inbox)).size();
    QCOMPARE(committed, store.index().folder(inbox)->size);
    QCOMPARE(*store.messageBytes(ids.at(1)), body(2));
    QCOMPARE(store.messageBytes(ids.at(2)).error().kind(), MailError::Kind::NotFound);
    QVERIFY(store.index().journal().isEmpty());
    STORE_VERIFY(cache.attachBodies(bodies(ids, 2, 10)));
    for (int i = 0; i < 12; ++i)
        QCOMPARE(*store.messageBytes(ids.at(i)), body(quint32(i + 1)));
}

void TestBodyWrites::bulkBatchesLeaveThePageCache()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    STORE_VERIFY(store.open());
    ImapCache cache(&store);
    const QList<MessageId> ids = headers(store, cache, 60);
    const QString path = store.filePath(inbox);

    // Two bulk batches ("download all", about 1 MB each): once durable, their pages are
    // released; only the page holding the end of the data may stay (the next append
    // writes into it).
    for (int from : {0, 20}) {
        Result<AppendTicket> t = cache.startBodies(bodies(ids, from, 20), AppendMode::Bulk);
        STORE_VERIFY(t);
        STORE_VERIFY(cache.finishBodies(t->id));
    }
    const qint64 bulkEnd = QFileInfo(path).size();
    qsizetype pages = 0;
    const qsizetype bulkResident = residentPages(path, 0, bulkEnd, &pages);
    QVERIFY2(pages > 200, qPrintable(QString::number(pages)));
    QVERIFY2(bulkResident >= 0 && bulkResident <= 2,
             qPrintable(QStringLiteral("%1 of %2 pages still cached").arg(bulkResident).arg(pages)));

    // A body the user opened (attachBodies: AppendMode::Now) is read at once: it stays.
    STORE_VERIFY(cache.attachBodies(bodies(ids, 40, 20)));
    const qint64 end = QFileInfo(path).size();
    qsizetype nowPages = 0;
    const qsizetype nowResident = residentPages(path, bulkEnd, end, &nowPages);
    QCOMPARE(nowResident, nowPages);
    QVERIFY(nowPages > 200);

    // And every body reads back intact, the released ones from the disk.
    QVERIFY(allFullAndIntact(store, ids));
}

void TestBodyWrites::rowsOfABatchComeInTheOrderAsked()
{
    // StoreIndex::messages() (each batch's rows, read by startBodies and for rowsChanged)
    // asks in chunks of 500 ids: the rows still come in the order asked, a repeated id
    // repeats, an unknown one is left out, and each row is what message() returns.
    QTemporaryDir dir;
    MailStore store(dir.path());
    STORE_VERIFY(store.open());
    ImapCache cache(&store);
    const QList<MessageId> ids = headers(store, cache, 1200);
    QCOMPARE(ids.size(), 1200);
    STORE_VERIFY(cache.attachBodies(bodies(ids, 0, 3)));
    QList<MessageId> asked(ids.crbegin(), ids.crend());
    asked.insert(700, ids.at(5));
    asked.insert(10, ids.last() + 1000); // no such message
    QList<MessageId> want = asked;
    want.removeAt(10);
    const QList<IndexedMessage> got = store.index().messages(asked);
    QCOMPARE(got.size(), want.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got.at(i).row.id, want.at(i));
        const std::optional<IndexedMessage> one = store.index().message(want.at(i));
        QVERIFY(one);
        QCOMPARE(got.at(i).row.subject, one->row.subject);
        QCOMPARE(got.at(i).row.folder, inbox);
        QCOMPARE(got.at(i).row.origin.uid, one->row.origin.uid);
        QCOMPARE(got.at(i).row.bodyState, one->row.bodyState);
        QCOMPARE(got.at(i).location.offset, one->location.offset);
        QCOMPARE(got.at(i).location.messageLength, one->location.messageLength);
    }
    QCOMPARE(got.last().row.bodyState, BodyState::Full); // ids.at(0), attached above
    QVERIFY(got.last().location.isInFile());
    QVERIFY(store.index().messages({}).isEmpty());
}

void TestBodyWrites::aBatchOfManyPiecesIsWrittenWhole()
{
    // A batch goes to the disk as pieces (each record's lines, the bodies around their
    // quoted "From " lines): 300 bodies are 1,500 pieces, more than one pwritev takes.
    QTemporaryDir dir;
    MailStore store(dir.path());
    STORE_VERIFY(store.open());
    ImapCache cache(&store);
    const QList<MessageId> ids = headers(store, cache, 300);
    Result<AppendTicket> t = cache.startBodies(bodies(ids, 0, 300), AppendMode::Bulk);
    STORE_VERIFY(t);
    Result<QList<MessageId>> done = cache.finishBodies(t->id);
    STORE_VERIFY(done);
    QCOMPARE(done->size(), 300);
    QVERIFY(allFullAndIntact(store, ids));
    // The file is exactly its records: an index rebuilt from it finds every body.
    STORE_VERIFY(store.reindex());
    Result<QList<MessageRow>> rows = store.list(inbox, 0, 1000);
    STORE_VERIFY(rows);
    QCOMPARE(rows->size(), 300);
    for (const MessageRow &row : std::as_const(*rows)) {
        QCOMPARE(row.bodyState, BodyState::Full);
        Result<QByteArray> bytes = store.messageBytes(row.id);
        STORE_VERIFY(bytes);
        QCOMPARE(*bytes, body(quint32(row.origin.uid)));
    }
}

QTEST_GUILESS_MAIN(TestBodyWrites)
#include "tst_bodywrites.moc"
