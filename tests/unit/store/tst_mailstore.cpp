// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "storetestutil.h"

#include "store/mailstore.h"
#include "store/mboxtransfer.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Pigeon;
using namespace Pigeon::Store;
using namespace StoreTest;

namespace {

struct Snapshot {
    QString folder;
    QByteArray bytes;
    int flags;
    QByteArray uidl;
    qint64 uid;
    QString subject;
    qint64 date;
    bool operator<(const Snapshot &o) const { return std::tie(folder, bytes) < std::tie(o.folder, o.bytes); }
    bool operator==(const Snapshot &o) const = default;
};

QList<Snapshot> snapshot(MailStore &store)
{
    QList<Snapshot> all;
    for (const QString &folder : store.folders()) {
        Result<QList<MessageRow>> rows = store.list(folder, 0, 1000000);
        if (!rows)
            qFatal("list failed: %s", qPrintable(rows.error().toString()));
        for (const MessageRow &r : *rows) {
            Result<QByteArray> bytes = store.messageBytes(r.id);
            if (!bytes)
                qFatal("read failed: %s", qPrintable(bytes.error().toString()));
            all << Snapshot{folder, *bytes, int(r.flags.toInt()), r.origin.uidl, r.origin.uid, r.subject, r.date};
        }
    }
    std::sort(all.begin(), all.end());
    return all;
}

AppendRequest req(const QByteArray &message, MessageFlags flags = {}, QByteArray uidl = {})
{
    AppendRequest r;
    r.message = message;
    r.flags = flags;
    r.origin.uidl = uidl;
    return r;
}

} // namespace

class TestMailStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendAndRead_data();
    void appendAndRead();
    void listShowsDecodedRows();
    void flagsArePatchedInPlace();
    void rebuildFromMboxGivesSameMessages_data();
    void rebuildFromMboxGivesSameMessages();
    void rebuildLargeFolderInChunks();
    void removeAndMove();
    void externalAppendIsIndexed();
    void uncommittedAppendIsCutOff();
    void tornForeignTailIsNeverShown();
    void liveDotLockBlocks();
    void staleDotLockIsBroken();
    void fcntlLockOfOtherProcessBlocks();
    void diskFullWithFileSizeLimit();
    void diskFullOnTmpfs();
    void importExportRoundTrip();
    void badImports_data();
    void badImports();
    void hugeSingleLine();
};

void TestMailStore::appendAndRead_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("lf") << message(1);
    QTest::newRow("crlf") << message(2, true);
    QTest::newRow("from-lines") << message(3, false, true);
    QTest::newRow("from-lines-crlf") << message(4, true, true);
    QTest::newRow("8bit-and-nul") << QByteArray("Subject: \xc5\xbc\xc3\xb3\xc5\x82w\n\n\x00\x01\xff\xfe binary\n", 30);
    QTest::newRow("envelope-first-line") << QByteArray("From someone Sat Jan  1 00:00:00 2000\nSubject: e\n\nx\n");
    QTest::newRow("mixed-eol") << QByteArray("Subject: m\r\n\nline\r\nline2\n\rcr\n");
    QTest::newRow("no-header") << QByteArray("\njust a body\n");
    QTest::newRow("no-final-newline") << QByteArray("Subject: x\n\nFrom the last line");
    QTest::newRow("no-final-crlf") << QByteArray("Subject: x\r\n\r\nlast");
}

void TestMailStore::appendAndRead()
{
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    Result<MessageId> id = store.append(QStringLiteral("Inbox"), req(message));
    STORE_VERIFY(id);
    Result<QByteArray> back = store.messageBytes(*id);
    QVERIFY(back);
    QCOMPARE(*back, message);
    // And from a fresh store object (a second run of the program).
    MailStore again(dir.path());
    { Result<void> o = again.open(); STORE_VERIFY(o); }
    Result<QByteArray> back2 = again.messageBytes(*id);
    QVERIFY(back2);
    QCOMPARE(*back2, message);
}

void TestMailStore::listShowsDecodedRows()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    for (int i = 0; i < 30; ++i)
        QVERIFY(store.append(QStringLiteral("Inbox"), req(message(i), i % 3 ? MessageFlags() : MessageFlag::Seen)));
    QCOMPARE(store.count(QStringLiteral("Inbox")), 30);
    Result<QList<MessageRow>> rows = store.list(QStringLiteral("Inbox"), 0, 10);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 10);
    for (int i = 1; i < rows->size(); ++i)
        QVERIFY(rows->at(i - 1).date >= rows->at(i).date);
    const MessageRow &top = rows->first();
    QCOMPARE(top.date, QDateTime(QDate(2024, 1, 28), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
    QVERIFY(top.subject.startsWith(QLatin1String("message ")));
    QVERIFY(top.from.contains(QLatin1String("@example.org")));
    QCOMPARE(top.to, QStringLiteral("rcpt@example.net"));
    QVERIFY(top.messageId.startsWith("<m"));
}

void TestMailStore::flagsArePatchedInPlace()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    QList<MessageId> ids;
    for (int i = 0; i < 5; ++i)
        ids << *store.append(QStringLiteral("Inbox"), req(message(i)));
    const QString path = store.filePath(QStringLiteral("Inbox"));
    const QByteArray before = readFile(path);
    QVERIFY(store.setFlags({ids[1], ids[3]}, MessageFlag::Seen | MessageFlag::Flagged, {}));
    QVERIFY(store.setFlags({ids[3]}, MessageFlag::Answered, MessageFlag::Flagged));
    const QByteArray after = readFile(path);
    QCOMPARE(after.size(), before.size()); // patched, not rewritten
    QCOMPARE(after.count("X-Pigeon-Status: 0005"), 1);
    QCOMPARE(after.count("X-Pigeon-Status: 0003"), 1);
    QCOMPARE(store.row(ids[1])->flags, MessageFlag::Seen | MessageFlag::Flagged);
    QCOMPARE(store.row(ids[3])->flags, MessageFlag::Seen | MessageFlag::Answered);
    QCOMPARE(*store.messageBytes(ids[3]), message(3));
}

void TestMailStore::rebuildFromMboxGivesSameMessages_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("corrupt") << QStringLiteral("corrupt");
    QTest::newRow("reindex") << QStringLiteral("reindex");
}

void TestMailStore::rebuildFromMboxGivesSameMessages()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    QList<Snapshot> before;
    {
        MailStore store(dir.path());
        { Result<void> o = store.open(); STORE_VERIFY(o); }
        QList<MessageId> ids;
        for (int i = 0; i < 40; ++i) {
            AppendRequest r = req(message(i, i % 2, i % 5 == 0), {}, "uidl-" + QByteArray::number(i));
            if (i % 7 == 0) {
                r.origin = {};
                r.origin.uid = 100 + i;
                r.origin.uidValidity = 555;
            }
            ids << *store.append(i % 3 ? QStringLiteral("Inbox") : QStringLiteral("Work/Projects"), r);
        }
        QVERIFY(store.setFlags({ids[0], ids[4], ids[9]}, MessageFlag::Seen | MessageFlag::Forwarded, {}));
        QVERIFY(store.setFlags({ids[4]}, MessageFlag::Draft | MessageFlag::Deleted, MessageFlag::Seen));
        QVERIFY(store.remove({ids[5], ids[6]}));
        QVERIFY(store.move({ids[7], ids[8]}, QStringLiteral("Archive")));
        before = snapshot(store);
        if (damage == QLatin1String("reindex")) {
            QVERIFY(store.reindex());
            QCOMPARE(snapshot(store), before);
            return;
        }
    }
    QCOMPARE(before.size(), 38);
    const QString index = dir.filePath(QStringLiteral("index.sqlite"));
    QFile::remove(index + QStringLiteral("-wal"));
    QFile::remove(index + QStringLiteral("-shm"));
    if (damage == QLatin1String("missing"))
        QVERIFY(QFile::remove(index));
    else
        QVERIFY(writeFile(index, QByteArray(8192, 'x')));
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    QCOMPARE(store.folders().size(), 3);
    QCOMPARE(snapshot(store), before);
}

void TestMailStore::rebuildLargeFolderInChunks()
{
    // Big enough (> 4 MiB) that the index build scans and parses in chunks on two threads.
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    QList<AppendRequest> batch;
    for (int i = 0; i < 3000; ++i) {
        AppendRequest r = req(message(i, i % 3 == 0, i % 7 == 0) + QByteArray(1500 + i % 900, 'z') + '\n',
                              i % 4 ? MessageFlags() : MessageFlag::Seen, "u" + QByteArray::number(i));
        batch << r;
    }
    QVERIFY(store.appendBatch(QStringLiteral("Inbox"), batch));
    QVERIFY(QFileInfo(store.filePath(QStringLiteral("Inbox"))).size() > (4 << 20));
    const QList<Snapshot> before = snapshot(store);
    QVERIFY(store.reindex());
    QCOMPARE(store.count(QStringLiteral("Inbox")), 3000);
    QCOMPARE(snapshot(store), before);
}

void TestMailStore::removeAndMove()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    QList<MessageId> ids;
    for (int i = 0; i < 10; ++i)
        ids << *store.append(QStringLiteral("Inbox"), req(message(i, false, true)));
    QVERIFY(store.remove({ids[0], ids[9]}));
    QVERIFY(store.move({ids[2], ids[3]}, QStringLiteral("Trash")));
    QCOMPARE(store.count(QStringLiteral("Inbox")), 6);
    QCOMPARE(store.count(QStringLiteral("Trash")), 2);
    QVERIFY(!store.messageBytes(ids[0]));
    QCOMPARE(*store.messageBytes(ids[2]), message(2, false, true));
    QCOMPARE(store.row(ids[2])->folder, QStringLiteral("Trash"));
    QCOMPARE(*store.messageBytes(ids[4]), message(4, false, true));
    // Flags still patch in place after the rewrite.
    QVERIFY(store.setFlags({ids[4], ids[3]}, MessageFlag::Seen, {}));
    QVERIFY(!QFile::exists(store.filePath(QStringLiteral("Inbox")) + QStringLiteral(".rewrite")));
    MailStore again(dir.path());
    { Result<void> o = again.open(); STORE_VERIFY(o); }
    QCOMPARE(snapshot(again), snapshot(store));
}

void TestMailStore::externalAppendIsIndexed()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    QVERIFY(store.append(QStringLiteral("Inbox"), req(message(1))));
    // Another mbox program (under the dot-lock) appends a record of its own.
    const QString path = store.filePath(QStringLiteral("Inbox"));
    QVERIFY(writeFile(path, "From other@example.org Sat Jan  6 10:00:00 2024\nStatus: RO\nX-Status: AF\n"
                            "Subject: external\nDate: Sat, 6 Jan 2024 10:00:00 +0000\n\nhello\n>From x\n\n", true));
    Result<QList<MessageRow>> rows = store.list(QStringLiteral("Inbox"));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    const MessageRow ext = rows->first().subject == QLatin1String("external") ? rows->at(0) : rows->at(1);
    QCOMPARE(ext.flags, MessageFlag::Seen | MessageFlag::Answered | MessageFlag::Flagged);
    QCOMPARE(*store.messageBytes(ext.id),
             QByteArray("Status: RO\nX-Status: AF\nSubject: external\nDate: Sat, 6 Jan 2024 10:00:00 +0000\n\nhello\nFrom x\n"));
    // A flag change on a foreign record rewrites it into our format once.
    QVERIFY(store.setFlags({ext.id}, {}, MessageFlag::Flagged));
    Result<QList<MessageRow>> after = store.list(QStringLiteral("Inbox"));
    QCOMPARE(after->size(), 2);
    QVERIFY(readFile(path).count("X-Pigeon-Status:") == 2);
}

void TestMailStore::uncommittedAppendIsCutOff()
{
    QTemporaryDir dir;
    qint64 committedSize = 0;
    {
        MailStore store(dir.path());
        { Result<void> o = store.open(); STORE_VERIFY(o); }
        QVERIFY(store.append(QStringLiteral("Inbox"), req(message(1))));
        QVERIFY(store.append(QStringLiteral("Inbox"), req(message(2))));
        committedSize = QFileInfo(store.filePath(QStringLiteral("Inbox"))).size();
        // What a crash between "journal" and "commit" leaves: an intent and half a record.
        JournalEntry e;
        e.op = JournalEntry::Op::Append;
        e.targetFolder = store.index().folder(QStringLiteral("Inbox"))->id;
        e.targetFrom = committedSize;
        QVERIFY(store.index().addJournal(e));
        QVERIFY(writeFile(store.filePath(QStringLiteral("Inbox")),
                          "From MAILER-DAEMON Sat Jan  6 10:00:00 2024\nX-Pigeon-Status: 0000 0000000000000000\n"
                          "Subject: half\n\nThis message was cut off at a line bound\n", true));
    }
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    QCOMPARE(QFileInfo(store.filePath(QStringLiteral("Inbox"))).size(), committedSize);
    QCOMPARE(store.count(QStringLiteral("Inbox")), 2);
    QVERIFY(store.index().journal().isEmpty());
}

void TestMailStore::tornForeignTailIsNeverShown()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    QVERIFY(store.append(QStringLiteral("Inbox"), req(message(1))));
    const QString path = store.filePath(QStringLiteral("Inbox"));
    const qint64 size = QFileInfo(path).size();
    QVERIFY(writeFile(path, "From x Sat Jan  6 10:00:00 2024\nSubject: torn\n\nhalf a li", true));
    Result<QList<MessageRow>> rows = store.list(QStringLiteral("Inbox"));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(QFileInfo(path).size(), size);
    // The cut-off bytes are kept aside, not destroyed.
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("*.torn-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(readFile(dir.filePath(aside.first())).endsWith("half a li"));
}

void TestMailStore::liveDotLockBlocks()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    QVERIFY(store.append(QStringLiteral("Inbox"), req(message(1))));
    store.setLockTimeout(300);
    // A live process (our parent shell is surely alive: use our own pid) holds it.
    QProcess holder;
    holder.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(holder.waitForStarted());
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    const QString lockPath = store.filePath(QStringLiteral("Inbox")) + QStringLiteral(".lock");
    QVERIFY(writeFile(lockPath, QByteArray::number(holder.processId()) + ' ' + host + '\n'));
    Result<MessageId> r = store.append(QStringLiteral("Inbox"), req(message(2)));
    QVERIFY(!r);
    QVERIFY(r.error().text().contains(QLatin1String("locked")));
    QCOMPARE(store.count(QStringLiteral("Inbox")), 1);
    holder.kill();
    holder.waitForFinished();
    // Its owner is gone now: the lock is stale and gets broken.
    QVERIFY(store.append(QStringLiteral("Inbox"), req(message(2))));
    QVERIFY(!QFile::exists(lockPath));
}

void TestMailStore::staleDotLockIsBroken()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    store.setLockTimeout(2000);
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    waitpid(child, nullptr, 0); // a PID that is certainly dead now
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    const QString lockPath = store.filePath(QStringLiteral("Inbox")) + QStringLiteral(".lock");
    QVERIFY(writeFile(lockPath, QByteArray::number(child) + ' ' + host + '\n'));
    QVERIFY(store.append(QStringLiteral("Inbox"), req(message(1))));
    QVERIFY(!QFile::exists(lockPath));
    // A lock with no PID (procmail style) is stale only when old.
    QVERIFY(writeFile(lockPath, QByteArray()));
    QVERIFY(!FolderLock::isStale(lockPath));
    const QDateTime old = QDateTime::currentDateTime().addSecs(-FolderLock::staleAfterSeconds - 60);
    QFile f(lockPath);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    f.close();
    QVERIFY(FolderLock::isStale(lockPath));
    QVERIFY(store.append(QStringLiteral("Inbox"), req(message(2))));
    QCOMPARE(store.count(QStringLiteral("Inbox")), 2);
}

void TestMailStore::fcntlLockOfOtherProcessBlocks()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    QVERIFY(store.append(QStringLiteral("Inbox"), req(message(1))));
    store.setLockTimeout(300);
    // Another program holding a classic POSIX fcntl lock (Python's lockf is fcntl F_SETLK).
    QProcess holder;
    holder.setProcessChannelMode(QProcess::MergedChannels);
    holder.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import fcntl,sys,time\nf=open(sys.argv[1],'r+')\nfcntl.lockf(f,fcntl.LOCK_EX)\n"
                                 "print('locked',flush=True)\ntime.sleep(30)\n"),
                  store.filePath(QStringLiteral("Inbox"))});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readAll().trimmed(), QByteArray("locked"));
    QVERIFY(!store.append(QStringLiteral("Inbox"), req(message(2))));
    holder.kill();
    holder.waitForFinished();
    QVERIFY(store.append(QStringLiteral("Inbox"), req(message(2))));
    QCOMPARE(store.count(QStringLiteral("Inbox")), 2);
}

void TestMailStore::diskFullWithFileSizeLimit()
{
    // RLIMIT_FSIZE makes write(2) fail with EFBIG past the limit (SIGXFSZ ignored):
    // the same code path as ENOSPC, on any machine, without mounting anything.
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    // Messages big enough that the mbox is the largest file: the limit must hit it,
    // not SQLite's write-ahead log.
    QList<MessageId> ids;
    QList<QByteArray> messages;
    for (int i = 0; i < 5; ++i) {
        messages << message(i) + QByteArray(60000, char('a' + i)) + '\n';
        ids << *store.append(QStringLiteral("Inbox"), req(messages.last()));
    }
    QSqlQuery q(store.index().database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    q.finish();
    const qint64 size = QFileInfo(store.filePath(QStringLiteral("Inbox"))).size();
    struct rlimit old;
    getrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit lim = old;
    lim.rlim_cur = rlim_t(size + 100);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &lim), 0);
    QByteArray big = message(99);
    big += QByteArray(4096, 'x') + '\n';
    Result<MessageId> r = store.append(QStringLiteral("Inbox"), req(big));
    setrlimit(RLIMIT_FSIZE, &old);
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), MailError::Kind::DiskFull);
    QCOMPARE(QFileInfo(store.filePath(QStringLiteral("Inbox"))).size(), size);
    QCOMPARE(store.count(QStringLiteral("Inbox")), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(*store.messageBytes(ids[i]), messages[i]);
    QVERIFY(store.append(QStringLiteral("Inbox"), req(big)));
}

void TestMailStore::diskFullOnTmpfs()
{
    // A real full file system: a 2 MiB tmpfs (needs root and mount; CI runs as root).
    if (geteuid() != 0)
        QSKIP("needs root to mount a tmpfs; diskFullWithFileSizeLimit covers the code path");
    QTemporaryDir dir;
    const QString mnt = dir.filePath(QStringLiteral("mnt"));
    QVERIFY(QDir().mkpath(mnt));
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                    QStringLiteral("size=2m"), QStringLiteral("tmpfs"), mnt}) != 0)
        QSKIP("mount is not permitted here; diskFullWithFileSizeLimit covers the code path");
    auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mnt}); });
    QList<std::pair<MessageId, QByteArray>> committed;
    MailError failure;
    {
        MailStore store(mnt + QStringLiteral("/store"));
        { Result<void> o = store.open(); STORE_VERIFY(o); }
        for (int i = 0; i < 1000; ++i) {
            QByteArray m = message(i);
            m += QByteArray(20000 + i * 37 % 5000, char('a' + i % 26)) + '\n';
            Result<MessageId> r = store.append(QStringLiteral("Inbox"), req(m));
            if (!r) {
                failure = r.error();
                break;
            }
            committed << std::make_pair(*r, m);
        }
        QVERIFY2(failure.kind() == MailError::Kind::DiskFull, qPrintable(failure.toString()));
        QVERIFY(committed.size() > 10);
        for (const auto &[id, m] : committed)
            QCOMPARE(*store.messageBytes(id), m);
        // Deleting needs room for the rewritten copy: it must fail cleanly too, or work.
        Result<void> rm = store.remove({committed.first().first});
        if (!rm)
            QCOMPARE(rm.error().kind(), MailError::Kind::DiskFull);
        else
            committed.removeFirst();
    }
    // Reopened on the still-full disk (the interrupted append's recovery may have to
    // wait for room): what was committed lists and reads, a new write fails cleanly.
    MailStore store(mnt + QStringLiteral("/store"));
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    QCOMPARE(store.count(QStringLiteral("Inbox")), committed.size());
    for (const auto &[id, m] : committed)
        QCOMPARE(*store.messageBytes(id), m);
    Result<QList<MessageRow>> listed = store.list(QStringLiteral("Inbox"), 0, 100000);
    STORE_VERIFY(listed);
    QCOMPARE(listed->size(), committed.size());
    Result<MessageId> more = store.append(QStringLiteral("Inbox"), req(message(5000) + QByteArray(60000, 'x') + '\n'));
    QVERIFY(!more);
    QCOMPARE(more.error().kind(), MailError::Kind::DiskFull);
    QCOMPARE(store.count(QStringLiteral("Inbox")), committed.size());
}

void TestMailStore::importExportRoundTrip()
{
    QTemporaryDir dir;
    MailStore store(dir.path() + QStringLiteral("/store"));
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    const QString corpus = QStringLiteral(PIGEON_CORPUS_DIR "/mbox/maven-dev-2017-11.mbox");
    Result<qint64> n = MboxTransfer::importFile(store, corpus, QStringLiteral("maven"), 100);
    STORE_VERIFY(n);
    QCOMPARE(*n, 317);
    QCOMPARE(store.count(QStringLiteral("maven")), 317);
    const QString out = dir.filePath(QStringLiteral("out.mbox"));
    Result<qint64> e = MboxTransfer::exportFolder(store, QStringLiteral("maven"), out);
    QVERIFY(e);
    QCOMPARE(*e, 317);
    // Imported again, the export gives the same messages.
    QVERIFY(MboxTransfer::importFile(store, out, QStringLiteral("again")));
    Result<QList<MessageRow>> a = store.list(QStringLiteral("maven"), 0, 1000);
    Result<QList<MessageRow>> b = store.list(QStringLiteral("again"), 0, 1000);
    QCOMPARE(a->size(), b->size());
    for (int i = 0; i < a->size(); ++i) {
        QCOMPARE(b->at(i).subject, a->at(i).subject);
        QCOMPARE(*store.messageBytes(b->at(i).id), *store.messageBytes(a->at(i).id));
    }
}

void TestMailStore::badImports_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("not-mbox") << QByteArray("Subject: hi\n\nA plain message\n") << QStringLiteral("not an mbox");
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0binary", 18) << QStringLiteral("not an mbox");
    QTest::newRow("truncated") << QByteArray("From a Sat Jan  6 10:00:00 2024\nSubject: 1\n\nx\n\n"
                                             "From b Sat Jan  6 10:00:00 2024\nSubject: 2\n\nhal")
                               << QStringLiteral("truncated");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
}

void TestMailStore::badImports()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedText);
    QTemporaryDir dir;
    MailStore store(dir.path() + QStringLiteral("/store"));
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    QVERIFY(store.append(QStringLiteral("Inbox"), req(message(1))));
    const QByteArray before = readFile(store.filePath(QStringLiteral("Inbox")));
    const QString file = dir.filePath(QStringLiteral("bad.mbox"));
    QVERIFY(writeFile(file, content));
    Result<qint64> r = MboxTransfer::importFile(store, file, QStringLiteral("Inbox"));
    QVERIFY(!r);
    QVERIFY2(r.error().text().contains(expectedText), qPrintable(r.error().text()));
    QCOMPARE(readFile(store.filePath(QStringLiteral("Inbox"))), before);
    QCOMPARE(store.count(QStringLiteral("Inbox")), 1);
}

void TestMailStore::hugeSingleLine()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    { Result<void> o = store.open(); STORE_VERIFY(o); }
    // 32 MiB without a line break, in the header and in the body.
    QByteArray m = "Subject: " + QByteArray(1 << 20, 's') + "\nX-Long: " + QByteArray(8 << 20, 'h') + "\n\n"
        + QByteArray(32 << 20, 'b') + "\n";
    Result<MessageId> id = store.append(QStringLiteral("Inbox"), req(m));
    QVERIFY(id);
    QCOMPARE(*store.messageBytes(*id), m);
    QVERIFY(store.reindex());
    Result<QList<MessageRow>> rows = store.list(QStringLiteral("Inbox"));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(*store.messageBytes(rows->first().id), m);
}

QTEST_GUILESS_MAIN(TestMailStore)
#include "tst_mailstore.moc"
