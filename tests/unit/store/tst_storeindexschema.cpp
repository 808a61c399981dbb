// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Schema v5 of the store index: its migration from v4, the query plans of every query
// that relies on the indexes v5 changed (the real statements, caught as they run), and
// what a failed header insert leaves behind.
#include "storetestutil.h"

#include "store/imapcache.h"
#include "store/mailstore.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace Pigeon;
using namespace Pigeon::Store;
using namespace StoreTest;

namespace {

// The two indexes as version 4 created them, verbatim.
const char *const v4FolderOffset = "CREATE INDEX messages_folder_offset ON messages(folder_id, offset)";
const char *const v4ValidityUid =
    "CREATE INDEX messages_folder_validity_uid ON messages(folder_id, uidvalidity, uid) WHERE uid IS NOT NULL";

MessageRow headerRow(quint32 uid, quint32 validity = 9)
{
    MessageRow r;
    r.subject = QStringLiteral("subject %1").arg(uid);
    r.from = QStringLiteral("Zoë <zoe@example.org>");
    r.date = 1700000000 + qint64(uid) * 60;
    r.size = 2000 + uid;
    r.origin.uid = uid;
    r.origin.uidValidity = validity;
    r.bodyState = BodyState::HeadersOnly;
    return r;
}

/// Rows as a listing inserts them: newest (highest UID) first.
QList<MessageRow> newestFirst(quint32 first, quint32 last)
{
    QList<MessageRow> rows;
    for (quint32 uid = last; uid >= first; --uid)
        rows << headerRow(uid);
    return rows;
}

sqlite3 *handleOf(MailStore &store)
{
    const QVariant h = store.index().database().driver()->handle();
    return qstrcmp(h.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(h.constData()) : nullptr;
}

int traceStatement(unsigned type, void *context, void *, void *sql)
{
    if (type == SQLITE_TRACE_STMT) {
        auto *seen = static_cast<QStringList *>(context);
        const QString text = QString::fromUtf8(static_cast<const char *>(sql));
        if (!seen->contains(text))
            seen->append(text);
    }
    return 0;
}

/// The statements @p call runs on the store's connection, each with its query plan
/// (EXPLAIN QUERY PLAN, one line per step).
QList<std::pair<QString, QString>> plansOf(MailStore &store, const std::function<void()> &call)
{
    sqlite3 *h = handleOf(store);
    QStringList statements;
    sqlite3_trace_v2(h, SQLITE_TRACE_STMT, traceStatement, &statements);
    call();
    sqlite3_trace_v2(h, 0, nullptr, nullptr);
    QList<std::pair<QString, QString>> result;
    for (const QString &sql : std::as_const(statements)) {
        // Trigger programs are traced as "-- name" comments: no statement of their own.
        if (sql.startsWith(QLatin1String("--")) || sql.startsWith(QLatin1String("PRAGMA")) || sql.startsWith(QLatin1String("BEGIN"))
            || sql.startsWith(QLatin1String("COMMIT")) || sql.startsWith(QLatin1String("ROLLBACK")))
            continue;
        sqlite3_stmt *q = nullptr;
        const QByteArray explain = "EXPLAIN QUERY PLAN " + sql.toUtf8();
        QStringList plan;
        if (sqlite3_prepare_v2(h, explain.constData(), -1, &q, nullptr) == SQLITE_OK)
            while (sqlite3_step(q) == SQLITE_ROW)
                plan << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 3)));
        else
            plan << QStringLiteral("EXPLAIN failed: ") + QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(q);
        result.push_back({sql, plan.join(QLatin1Char('\n'))});
    }
    return result;
}

/// A full scan of the messages table (as `messages` or as `m`) or a sort: what the
/// indexes are there to avoid.
bool scansOrSorts(const QString &plan)
{
    static const QRegularExpression scan(QStringLiteral("\\bSCAN (messages|m)\\b|TEMP B-TREE"));
    return scan.match(plan).hasMatch();
}

QStringList rowsOf(const QString &indexPath)
{
    return sql(indexPath,
               {QStringLiteral("SELECT id, folder_id, offset, length, msg_offset, msg_length, status_offset, size, flags,"
                               " modseq, date, sender, recipients, subject, message_id, refs, has_attachments, uidl,"
                               " uid, uidvalidity, fts_done, fts_key, body_state FROM messages ORDER BY id")},
               true);
}

/// Opens @p store with an IMAP folder "INBOX" holding UIDs 1-100 (one committed batch).
qint64 openWithHeaders(MailStore &store)
{
    if (!store.open() || !store.createFolder(QStringLiteral("INBOX")))
        return 0;
    const qint64 folderId = store.index().folder(QStringLiteral("INBOX"))->id;
    QList<MessageRow> first = newestFirst(1, 100);
    return ImapCache(&store).insertHeaders(folderId, first) ? folderId : 0;
}

QString indexSql(const QString &indexPath, const QString &name)
{
    return sql(indexPath, {QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '%1'").arg(name)},
               true)
        .value(0);
}

} // namespace

class TestStoreIndexSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesV4ToV5();
    void queriesOfTheChangedIndexesUseThem();
    void failedInsertLeavesNothingOfItsBatch();
    void failedCommitLeavesNothingOfItsBatch();
};

void TestStoreIndexSchema::migratesV4ToV5()
{
    QTemporaryDir dir;
    const QString indexPath = dir.filePath(QStringLiteral("index.sqlite"));
    qint64 imapFolder = 0;
    {
        MailStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.append(QStringLiteral("Local"), AppendRequest{message(1), MessageFlag::Seen, {}, 0, {}, {}}));
        QVERIFY(store.append(QStringLiteral("Local"), AppendRequest{message(2), {}, {}, 0, {}, {}}));
        QVERIFY(store.createFolder(QStringLiteral("INBOX")));
        imapFolder = store.index().folder(QStringLiteral("INBOX"))->id;
        QList<MessageRow> rows = newestFirst(1, 40);
        CHECK_OK(ImapCache(&store).insertHeaders(imapFolder, rows));
    }
    const QStringList rowsBefore = rowsOf(indexPath);
    QCOMPARE(rowsBefore.size(), 42);
    // Exactly the indexes version 4 had.
    sql(indexPath, {QStringLiteral("DROP INDEX messages_folder_offset"), QString::fromLatin1(v4FolderOffset),
                    QStringLiteral("DROP INDEX messages_folder_validity_uid"), QString::fromLatin1(v4ValidityUid),
                    QStringLiteral("PRAGMA user_version=4")});
    QCOMPARE(indexSql(indexPath, QStringLiteral("messages_folder_offset")), QString::fromLatin1(v4FolderOffset));

    MailStore store(dir.path());
    QVERIFY(store.open());
    QCOMPARE(sql(indexPath, {QStringLiteral("PRAGMA user_version")}, true), QStringList{QStringLiteral("5")});
    QVERIFY(indexSql(indexPath, QStringLiteral("messages_folder_offset")).endsWith(QLatin1String("WHERE offset >= 0")));
    QVERIFY(indexSql(indexPath, QStringLiteral("messages_folder_validity_uid")).contains(QLatin1String("uid DESC")));
    // A migration, not a rebuild: every row with its id and values.
    QCOMPARE(rowsOf(indexPath), rowsBefore);
    QCOMPARE(sql(indexPath, {QStringLiteral("PRAGMA integrity_check")}, true), QStringList{QStringLiteral("ok")});

    // The queries over the replaced indexes still answer right.
    ImapCache cache(&store);
    Result<QList<quint32>> uids = cache.uids(imapFolder, 9);
    QVERIFY(uids);
    QCOMPARE(uids->size(), 40);
    QVERIFY(std::is_sorted(uids->cbegin(), uids->cend())); // ascending, from the descending index
    QCOMPARE(uids->first(), 1u);
    Result<std::pair<qint64, quint32>> stats = cache.stats(imapFolder, 9);
    QVERIFY(stats);
    QCOMPARE(stats->first, 40);
    QCOMPARE(stats->second, 40u);
    Result<QHash<quint32, CachedMessage>> found = cache.messages(imapFolder, 9, {1, 17, 40, 41});
    QVERIFY(found);
    QCOMPARE(found->size(), 3);
    const qint64 localFolder = store.index().folder(QStringLiteral("Local"))->id;
    Result<std::vector<IndexedMessage>> records = store.index().folderMessages(localFolder);
    QVERIFY(records);
    QCOMPARE(records->size(), size_t(2));
    QVERIFY(records->at(0).location.offset < records->at(1).location.offset);
    // The IMAP folder's header rows have no record: not in the file-order read, and
    // not touched by a tail delete.
    Result<std::vector<IndexedMessage>> none = store.index().folderMessages(imapFolder);
    QVERIFY(none);
    QVERIFY(none->empty());
    QVERIFY(store.index().deleteMessagesFrom(imapFolder, 0));
    QCOMPARE(store.count(QStringLiteral("INBOX")), 40);
    QVERIFY(store.index().deleteMessagesFrom(localFolder, records->at(1).location.offset));
    QCOMPARE(store.count(QStringLiteral("Local")), 1);
}

void TestStoreIndexSchema::queriesOfTheChangedIndexesUseThem()
{
    // Each statement these calls run must reach its rows through the index v5 changed:
    // the partial (folder, offset) index only serves a WHERE with the literal
    // `offset >= 0`, and the descending UID index must not need a sort for ORDER BY uid.
    // The statements are the real ones, caught with sqlite3_trace_v2 as they run, so a
    // changed query cannot lose its index without this test noticing.
    QTemporaryDir dir;
    MailStore store(dir.path());
    QVERIFY(store.open());
    QVERIFY(store.append(QStringLiteral("Local"), AppendRequest{message(1), {}, {}, 0, {}, {}}));
    QVERIFY(store.createFolder(QStringLiteral("INBOX")));
    const qint64 imapFolder = store.index().folder(QStringLiteral("INBOX"))->id;
    const qint64 localFolder = store.index().folder(QStringLiteral("Local"))->id;
    ImapCache cache(&store);
    QList<MessageRow> rows = newestFirst(1, 10);
    CHECK_OK(cache.insertHeaders(imapFolder, rows));

    struct Case {
        const char *what;
        std::function<void()> call;
        QLatin1StringView index;
    };
    const QLatin1StringView offsetIndex("INDEX messages_folder_offset");
    const QLatin1StringView uidIndex("INDEX messages_folder_validity_uid");
    const Case cases[] = {
        {"folderMessages", [&] { QVERIFY(store.index().folderMessages(localFolder)); }, offsetIndex},
        {"deleteMessagesFrom", [&] { QVERIFY(store.index().deleteMessagesFrom(localFolder, 1 << 30)); }, offsetIndex},
        {"ImapCache::messages", [&] { QVERIFY(cache.messages(imapFolder)); }, uidIndex},
        {"ImapCache::messages(uids)", [&] { QVERIFY(cache.messages(imapFolder, 9, {1, 2})); }, uidIndex},
        {"ImapCache::stats", [&] { QVERIFY(cache.stats(imapFolder, 9)); }, uidIndex},
        {"ImapCache::uids", [&] { QVERIFY(cache.uids(imapFolder, 9)); }, uidIndex},
        {"ImapCache::discardOtherValidity", [&] { QVERIFY(cache.discardOtherValidity(imapFolder, 9)); }, uidIndex},
    };
    for (const Case &c : cases) {
        const QList<std::pair<QString, QString>> plans = plansOf(store, c.call);
        int onMessages = 0;
        for (const auto &[statement, plan] : plans) {
            if (!statement.contains(QLatin1String("messages")))
                continue;
            ++onMessages;
            const QByteArray why = QByteArray(c.what) + ": " + statement.toUtf8() + "\n" + plan.toUtf8();
            QVERIFY2(plan.contains(c.index), why.constData());
            QVERIFY2(!scansOrSorts(plan), why.constData());
        }
        QVERIFY2(onMessages > 0, c.what); // the trace saw the call's statements
    }
    // The check itself catches a lost index: the same tail delete with a bound lower
    // bound only (what deleteMessagesFrom ran before v5) is not planned on the index.
    const QList<std::pair<QString, QString>> old = plansOf(store, [&] {
        QSqlQuery q(store.index().database());
        q.prepare(QStringLiteral("DELETE FROM messages WHERE folder_id = ? AND offset >= ?"));
        q.addBindValue(localFolder);
        q.addBindValue(1 << 30);
        QVERIFY(q.exec());
    });
    QCOMPARE(old.size(), 1);
    QVERIFY2(!old.first().second.contains(offsetIndex), qPrintable(old.first().second));
}

void TestStoreIndexSchema::failedInsertLeavesNothingOfItsBatch()
{
    // A header batch that fails part-way (here: a trigger refuses one row, after whole
    // 64-row groups of the same batch went in) must leave nothing of itself, keep every
    // batch committed before, and leave the kept insert statements usable.
    QTemporaryDir dir;
    const QString indexPath = dir.filePath(QStringLiteral("index.sqlite"));
    MailStore store(dir.path());
    const qint64 folderId = openWithHeaders(store);
    QVERIFY(folderId > 0);
    ImapCache cache(&store);
    const QStringList committed = rowsOf(indexPath);
    QCOMPARE(committed.size(), 100);
    // UID 1150 is row 51 of the batch (in its first 64-row group), 1060 row 141 (in the
    // third group, after two whole groups), 1003 row 198 (among the single rows at the end).
    for (quint32 refused : {1150u, 1060u, 1003u}) {
        sql(indexPath, {QStringLiteral("CREATE TRIGGER refuse AFTER INSERT ON messages WHEN new.uid = %1"
                                       " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                            .arg(refused)});
        QList<MessageRow> batch = newestFirst(1001, 1200);
        Result<void> r = cache.insertHeaders(folderId, batch);
        QVERIFY(!r);
        QVERIFY2(r.error().toString().contains(QLatin1String("refused by the test")), qPrintable(r.error().toString()));
        QCOMPARE(rowsOf(indexPath), committed);
        QCOMPARE(store.count(QStringLiteral("INBOX")), 100);
        sql(indexPath, {QStringLiteral("DROP TRIGGER refuse")});
    }
    QList<MessageRow> batch = newestFirst(1001, 1200);
    CHECK_OK(cache.insertHeaders(folderId, batch));
    QCOMPARE(store.count(QStringLiteral("INBOX")), 300);
    // Ids continue where the committed rows ended: the refused batches left no trace.
    QCOMPARE(batch.first().id, MessageId(101));
    QCOMPARE(batch.last().id, MessageId(300));
    QCOMPARE(rowsOf(indexPath).mid(0, 100), committed);
    Result<std::pair<qint64, quint32>> stats = cache.stats(folderId, 9);
    QVERIFY(stats);
    QCOMPARE(stats->first, 300);
    QCOMPARE(stats->second, 1200u);
}

void TestStoreIndexSchema::failedCommitLeavesNothingOfItsBatch()
{
    // The disk fills while a header batch is committed (RLIMIT_FSIZE: writing the
    // write-ahead log fails past the limit, as with ENOSPC): the batch is gone, the
    // batches committed before survive, also across a reopen, and the next insert works.
    QTemporaryDir dir;
    const QString indexPath = dir.filePath(QStringLiteral("index.sqlite"));
    QStringList committed;
    {
        MailStore store(dir.path());
        const qint64 folderId = openWithHeaders(store);
        QVERIFY(folderId > 0);
        ImapCache cache(&store);
        committed = rowsOf(indexPath);
        QSqlQuery q(store.index().database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish();
        QCOMPARE(QFileInfo(indexPath + QStringLiteral("-wal")).size(), 0);

        struct rlimit old;
        getrlimit(RLIMIT_FSIZE, &old);
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit lim = old;
        lim.rlim_cur = 64 * 1024; // the log of 3,000 rows is several times that
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &lim), 0);
        QList<MessageRow> big = newestFirst(1001, 4000);
        Result<void> r = cache.insertHeaders(folderId, big);
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!r);
        QCOMPARE(rowsOf(indexPath), committed);
        QCOMPARE(store.count(QStringLiteral("INBOX")), 100);
    }
    MailStore store(dir.path());
    QVERIFY(store.open());
    QCOMPARE(rowsOf(indexPath), committed); // not a rebuilt, empty index
    const qint64 folderId = store.index().folder(QStringLiteral("INBOX"))->id;
    QList<MessageRow> big = newestFirst(1001, 4000);
    CHECK_OK(ImapCache(&store).insertHeaders(folderId, big));
    QCOMPARE(store.count(QStringLiteral("INBOX")), 3100);
    QCOMPARE(sql(indexPath, {QStringLiteral("PRAGMA integrity_check")}, true), QStringList{QStringLiteral("ok")});
}

QTEST_GUILESS_MAIN(TestStoreIndexSchema)
#include "tst_storeindexschema.moc"
