// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The index's WAL is copied back into the database by a thread of its own
// (WalCheckpointer), never by the connection that writes: the writer of a header
// listing also reads the server's socket and must not wait for checkpoints.
#include "storetestutil.h"

#include "store/imapcache.h"
#include "store/mailstore.h"
#include "store/walcheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Pigeon;
using namespace Pigeon::Store;

namespace {

/// A raw writer connection to a WAL database with one table.
struct Writer {
    sqlite3 *db = nullptr;
    QString path;

    explicit Writer(const QString &p) : path(p)
    {
        if (sqlite3_open(p.toUtf8().constData(), &db) != SQLITE_OK)
            return;
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE t(x BLOB)", nullptr, nullptr, nullptr);
    }
    ~Writer() { sqlite3_close(db); }
    /// One transaction of @p blobs rows of 16 KiB (4 pages each).
    bool write(int blobs)
    {
        QByteArray sql = "BEGIN;";
        for (int i = 0; i < blobs; ++i)
            sql += "INSERT INTO t VALUES (randomblob(16384));";
        sql += "COMMIT;";
        return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    /// Starts @p c and hands it this writer's checkpoints.
    bool attach(WalCheckpointer &c)
    {
        if (!db || !c.start())
            return false;
        c.attach(db);
        return true;
    }
    qint64 walSize() const { return QFileInfo(path + QStringLiteral("-wal")).size(); }
    qint64 dbSize() const { return QFileInfo(path).size(); }
};

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkpointsOnItsOwnThread();
    void writerNeverCheckpointsWhileAttached();
    void unopenableDatabaseKeepsSqlitesCheckpoints();
    void storeIndexHandsItsCheckpointsOver();
};

void TestWalCheckpointer::checkpointsOnItsOwnThread()
{
    QTemporaryDir dir;
    Writer w(dir.filePath(QStringLiteral("a.sqlite")));
    WalCheckpointer c(w.path, 50);
    QVERIFY(w.attach(c));
    QCOMPARE(c.checkpoints(), 0);
    const qint64 before = w.dbSize();
    for (int i = 0; i < 20; ++i)
        QVERIFY(w.write(8)); // 20 x 32 pages: past the threshold of 50 from the second on
    QVERIFY(c.waitForCheckpoints(1, 10000));
    QVERIFY(c.threadId() != std::thread::id());
    QVERIFY(c.threadId() != std::this_thread::get_id());
    // In WAL mode only a checkpoint writes the database file.
    QTRY_VERIFY_WITH_TIMEOUT(w.dbSize() > before + 1'000'000, 10000);
    WalCheckpointer::detach(w.db);
    c.stop();
    QCOMPARE(c.threadId(), std::thread::id());
}

void TestWalCheckpointer::writerNeverCheckpointsWhileAttached()
{
    QTemporaryDir dir;
    Writer w(dir.filePath(QStringLiteral("b.sqlite")));
    WalCheckpointer c(w.path, 50);
    QVERIFY(w.attach(c));
    // With its thread stopped nobody checkpoints: the writer's own automatic checkpoint
    // (1,000 pages) is gone, so the log grows past it and the database file stays small.
    c.stop();
    const qint64 before = w.dbSize();
    for (int i = 0; i < 40; ++i)
        QVERIFY(w.write(8)); // 1,280 pages
    QVERIFY2(w.walSize() > 1280 * 4096, qPrintable(QString::number(w.walSize())));
    QCOMPARE(w.dbSize(), before);
    QCOMPARE(c.checkpoints(), 0);
    // detach() gives the writer SQLite's checkpoint back: the next commit copies the log.
    WalCheckpointer::detach(w.db);
    QVERIFY(w.write(1));
    QVERIFY2(w.dbSize() > before + 4'000'000, qPrintable(QString::number(w.dbSize())));
}

void TestWalCheckpointer::unopenableDatabaseKeepsSqlitesCheckpoints()
{
    QTemporaryDir dir;
    WalCheckpointer c(dir.filePath(QStringLiteral("missing/dir/index.sqlite")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("checkpoint connection to .* failed")));
    QVERIFY(!c.start());
    QCOMPARE(c.threadId(), std::thread::id());
    c.stop(); // harmless

    // Attached to a writer, it tries once, when the first checkpoint is due; then the
    // writer checkpoints in its own commits, as SQLite does.
    Writer w(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(w.db);
    WalCheckpointer unopenable(dir.filePath(QStringLiteral("missing/dir/c.sqlite")), 50);
    unopenable.attach(w.db);
    const qint64 before = w.dbSize();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("checkpoint connection to .* failed")));
    for (int i = 0; i < 20; ++i)
        QVERIFY(w.write(8));
    QCOMPARE(unopenable.threadId(), std::thread::id());
    QVERIFY2(w.dbSize() > before + 1'000'000, qPrintable(QString::number(w.dbSize())));
    WalCheckpointer::detach(w.db);
}

void TestWalCheckpointer::storeIndexHandsItsCheckpointsOver()
{
    // A header listing's inserts through the store: the index's checkpoints run on its
    // checkpointer's thread, and everything is there after a reopen.
    QTemporaryDir dir;
    {
        MailStore store(dir.path());
        CHECK_OK(store.open());
        CHECK_OK(store.createFolder(QStringLiteral("INBOX")));
        const WalCheckpointer *c = store.index().checkpointer();
        QVERIFY(c);
        QCOMPARE(c->threadId(), std::thread::id()); // no thread until a checkpoint is due
        const qint64 folder = store.index().folder(QStringLiteral("INBOX"))->id;
        ImapCache cache(&store);
        for (int batch = 0; batch < 20; ++batch) {
            QList<MessageRow> rows;
            for (int i = 0; i < 500; ++i) {
                MessageRow r;
                const int uid = 10000 - batch * 500 - i;
                r.subject = QStringLiteral("message %1 ").arg(uid).repeated(20);
                r.messageId = "<m" + QByteArray::number(uid) + "@example.org>";
                r.date = 1'700'000'000 + uid;
                r.origin.uid = uid;
                r.origin.uidValidity = 7;
                rows << r;
            }
            CHECK_OK(cache.insertHeaders(folder, rows, ImapCache::Durability::WithNextFullCommit));
        }
        QVERIFY(c->waitForCheckpoints(1, 10000));
        QVERIFY(c->threadId() != std::this_thread::get_id());
    }
    MailStore again(dir.path());
    CHECK_OK(again.open());
    QCOMPARE(again.count(QStringLiteral("INBOX")), 10000);
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
