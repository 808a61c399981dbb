// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Schema v2 of the store index: its migration from v1, header-only IMAP rows (what
// every store operation does with a row that has no mbox record), remote folder state,
// folder counts and the durable offline change queue.
#include "storetestutil.h"

#include "store/changequeue.h"
#include "store/imapcache.h"
#include "store/mailstore.h"
#include "store/mboxtransfer.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Pigeon;
using namespace Pigeon::Store;
using namespace StoreTest;

namespace {

// The released version 1 schema, verbatim: an index written by that Pigeon.
const char *const v1Schema[] = {
    "CREATE TABLE folders ("
    " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, file TEXT NOT NULL,"
    " size INTEGER NOT NULL DEFAULT 0, inode INTEGER NOT NULL DEFAULT 0,"
    " mtime_ns INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE messages ("
    " id INTEGER PRIMARY KEY, folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,"
    " offset INTEGER NOT NULL, length INTEGER NOT NULL, msg_offset INTEGER NOT NULL,"
    " msg_length INTEGER NOT NULL, status_offset INTEGER NOT NULL,"
    " size INTEGER NOT NULL, flags INTEGER NOT NULL, modseq INTEGER NOT NULL DEFAULT 0,"
    " date INTEGER NOT NULL, sender TEXT, recipients TEXT, subject TEXT, message_id TEXT,"
    " refs TEXT, has_attachments INTEGER NOT NULL DEFAULT 0,"
    " uidl TEXT, uid INTEGER, uidvalidity INTEGER,"
    " fts_done INTEGER NOT NULL DEFAULT 0, fts_key INTEGER)",
    "CREATE INDEX messages_folder_date ON messages(folder_id, date)",
    "CREATE INDEX messages_folder_offset ON messages(folder_id, offset)",
    "CREATE INDEX messages_uidl ON messages(uidl) WHERE uidl IS NOT NULL",
    "CREATE INDEX messages_uid ON messages(folder_id, uid) WHERE uid IS NOT NULL",
    "CREATE INDEX messages_fts_todo ON messages(id) WHERE fts_done = 0",
    "CREATE UNIQUE INDEX messages_fts_key ON messages(fts_key) WHERE fts_key IS NOT NULL",
    "CREATE TABLE journal ("
    " id INTEGER PRIMARY KEY, op INTEGER NOT NULL, target_folder INTEGER NOT NULL DEFAULT 0,"
    " target_from INTEGER NOT NULL DEFAULT 0, source_folder INTEGER NOT NULL DEFAULT 0,"
    " source_inode INTEGER NOT NULL DEFAULT 0)",
    "CREATE VIRTUAL TABLE fts USING fts5(subject, addresses, body,"
    " tokenize = \"unicode61 remove_diacritics 2\")",
};

QStringList schemaOf(const QString &path)
{
    return sql(path, {QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")}, true);
}

MessageRow header(quint32 uid, quint32 validity, const QString &subject, qint64 date, MessageFlags flags = {})
{
    MessageRow r;
    r.subject = subject;
    r.from = QStringLiteral("Алиса <alice@example.org>");
    r.date = date;
    r.flags = flags;
    r.size = 1000 + uid;
    r.origin.uid = uid;
    r.origin.uidValidity = validity;
    r.bodyState = BodyState::HeadersOnly;
    return r;
}

QByteArray imapMessage(quint32 uid)
{
    return "From: alice@example.org\r\nSubject: body " + QByteArray::number(uid)
        + "\r\nDate: Mon, 2 Jan 2024 10:00:00 +0000\r\n\r\nText of " + QByteArray::number(uid) + "\r\n";
}

qint64 rowsWithUid(MailStore &store, qint64 folderId, quint32 uid)
{
    QSqlQuery q(store.index().database());
    q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE folder_id = ? AND uid = ?"));
    q.addBindValue(folderId);
    q.addBindValue(uid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

/// A fresh store with an empty IMAP folder "INBOX".
struct ImapFixture {
    QTemporaryDir dir;
    MailStore store{dir.path()};
    ImapCache cache{&store};
    qint64 folderId = 0;
    bool open()
    {
        if (!store.open() || !store.createFolder(QStringLiteral("INBOX")))
            return false;
        folderId = store.index().folder(QStringLiteral("INBOX"))->id;
        return true;
    }
};

} // namespace

class TestImapCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesV1ToV2();
    void freshAndMigratedSchemasAreIdentical();
    void headerRowsListCountAndHaveNoBody();
    void flagsOfHeaderRowsDoNotTouchTheFile();
    void attachBodyKeepsIdAndFlags();
    void reindexKeepsHeaderRowsAndDoublesNothing();
    void lostIndexForgetsHeadersAndSyncState();
    void removeAndMoveHeaderRows();
    void otherUidValidityIsDiscarded();
    void migratesV3ToV4();
    void reopenQueriesAreIndexRanges();
    void statsAndLookupsCountOnlyTheCurrentValidity();
    void remoteFolderRoundTrip();
    void folderCounts();
    void changeQueueIsDurableAndOrdered();
    void rejectsRowsWithoutUid();
    void keptInsertStatementsSurviveAFailure();
    void deferredDurabilityIsRestored();
};

void TestImapCache::migratesV1ToV2()
{
    QTemporaryDir dir;
    const QString indexPath = dir.filePath(QStringLiteral("index.sqlite"));
    // A v1 store: one mbox folder with one message and its v1 index row.
    {
        MailStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.append(QStringLiteral("Inbox"), AppendRequest{message(1), MessageFlag::Seen, {}, 0, {}, {}}));
    }
    const QStringList rowBefore = sql(indexPath, {QStringLiteral("SELECT id, subject, offset, flags FROM messages")}, true);
    QCOMPARE(rowBefore.size(), 1);
    // Turn the index back into exactly what version 1 wrote, data kept.
    QStringList downgrade{QStringLiteral("CREATE TABLE keep AS SELECT id, folder_id, offset, length, msg_offset,"
                                         " msg_length, status_offset, size, flags, modseq, date, sender, recipients,"
                                         " subject, message_id, refs, has_attachments, uidl, uid, uidvalidity,"
                                         " fts_done, fts_key FROM messages"),
                          QStringLiteral("CREATE TABLE keepf AS SELECT * FROM folders"),
                          QStringLiteral("DROP TABLE messages"), QStringLiteral("DROP TABLE folders"),
                          QStringLiteral("DROP TABLE journal"), QStringLiteral("DROP TABLE remote_folders"),
                          QStringLiteral("DROP TABLE change_queue"), QStringLiteral("DROP TABLE imap_parts"),
                          QStringLiteral("DROP TABLE fts")};
    for (const char *s : v1Schema)
        downgrade << QString::fromLatin1(s);
    downgrade << QStringLiteral("INSERT INTO folders SELECT * FROM keepf")
              << QStringLiteral("INSERT INTO messages SELECT * FROM keep") << QStringLiteral("DROP TABLE keep")
              << QStringLiteral("DROP TABLE keepf") << QStringLiteral("PRAGMA user_version=1");
    sql(indexPath, downgrade);
    QCOMPARE(sql(indexPath, {QStringLiteral("PRAGMA user_version")}, true), QStringList{QStringLiteral("1")});

    MailStore store(dir.path());
    QVERIFY(store.open());
    // Migrated through every step (1 -> 2 -> 3).
    QCOMPARE(sql(indexPath, {QStringLiteral("PRAGMA user_version")}, true),
             QStringList{QString::number(StoreIndex::schemaVersion)});
    // The row survived with its id (a migration, not a rebuild) and reads as Full.
    QCOMPARE(sql(indexPath, {QStringLiteral("SELECT id, subject, offset, flags FROM messages")}, true), rowBefore);
    Result<QList<MessageRow>> rows = store.list(QStringLiteral("Inbox"));
    CHECK_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().bodyState, BodyState::Full);
    QVERIFY(rows->first().flags.testFlag(MessageFlag::Seen));
    Result<QByteArray> bytes = store.messageBytes(rows->first().id);
    CHECK_OK(bytes);
    QCOMPARE(*bytes, message(1));
    // The new tables work.
    QVERIFY(store.index().remoteFolders().isEmpty());
    ChangeQueue queue(&store.index());
    QCOMPARE(queue.size(), 0);
}

void TestImapCache::freshAndMigratedSchemasAreIdentical()
{
    QTemporaryDir fresh, migrated;
    {
        MailStore store(fresh.path());
        QVERIFY(store.open());
    }
    QStringList v1;
    for (const char *s : v1Schema)
        v1 << QString::fromLatin1(s);
    v1 << QStringLiteral("PRAGMA user_version=1");
    const QString migratedIndex = migrated.filePath(QStringLiteral("index.sqlite"));
    sql(migratedIndex, v1);
    {
        MailStore store(migrated.path());
        QVERIFY(store.open());
    }
    const QStringList a = schemaOf(fresh.filePath(QStringLiteral("index.sqlite")));
    const QStringList b = schemaOf(migratedIndex);
    QVERIFY(a.size() > 10);
    QCOMPARE(b, a);
}

void TestImapCache::headerRowsListCountAndHaveNoBody()
{
    ImapFixture f;
    QVERIFY(f.open());
    MailStore &store = f.store;
    ImapCache &cache = f.cache;
    const qint64 folderId = f.folderId;
    QList<MessageRow> rows{header(3, 77, QStringLiteral("третье"), 3000), header(2, 77, QStringLiteral("دوم"), 2000),
                           header(1, 77, QStringLiteral("first"), 1000, MessageFlag::Seen)};
    CHECK_OK(cache.insertHeaders(folderId, rows));
    for (const MessageRow &r : rows) {
        QVERIFY(r.id > 0);
        QCOMPARE(r.folder, QStringLiteral("INBOX"));
    }
    QCOMPARE(QFileInfo(store.filePath(QStringLiteral("INBOX"))).size(), 0); // nothing in the mbox

    Result<QList<MessageRow>> listed = store.list(QStringLiteral("INBOX"));
    CHECK_OK(listed);
    QCOMPARE(listed->size(), 3);
    QCOMPARE(listed->at(0).subject, QStringLiteral("третье")); // newest first
    QCOMPARE(listed->at(1).subject, QStringLiteral("دوم"));
    QCOMPARE(listed->at(0).bodyState, BodyState::HeadersOnly);
    QCOMPARE(listed->at(0).origin.uid, 3);
    QCOMPARE(listed->at(0).origin.uidValidity, 77);
    QCOMPARE(listed->at(0).from, QStringLiteral("Алиса <alice@example.org>"));

    Result<QByteArray> body = store.messageBytes(rows.first().id);
    QVERIFY(!body);
    QCOMPARE(body.error().kind(), MailError::Kind::NotFound);

    Result<QHash<quint32, CachedMessage>> cached = cache.messages(folderId);
    CHECK_OK(cached);
    QCOMPARE(cached->size(), 3);
    QCOMPARE(cached->value(1).flags, MessageFlags(MessageFlag::Seen));
    QCOMPARE(cached->value(2).bodyState, BodyState::HeadersOnly);
    QCOMPARE(*cache.uids(folderId, 77), (QList<quint32>{1, 2, 3}));
    QVERIFY(cache.uids(folderId, 78)->isEmpty());
}

void TestImapCache::flagsOfHeaderRowsDoNotTouchTheFile()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    QVERIFY(store.open());
    // A folder with a real record too, so a rewrite would be visible as a new inode.
    QVERIFY(store.append(QStringLiteral("INBOX"), AppendRequest{message(5), {}, {}, 0, {}, {}}));
    const qint64 folderId = store.index().folder(QStringLiteral("INBOX"))->id;
    ImapCache cache(&store);
    QList<MessageRow> rows{header(10, 5, QStringLiteral("a"), 100)};
    CHECK_OK(cache.insertHeaders(folderId, rows));
    const QString path = store.filePath(QStringLiteral("INBOX"));
    const QByteArray before = readFile(path);

    CHECK_OK(store.setFlags({rows.first().id}, MessageFlag::Seen | MessageFlag::Flagged, {}));
    QCOMPARE(store.row(rows.first().id)->flags, MessageFlag::Seen | MessageFlag::Flagged);
    QCOMPARE(readFile(path), before);

    // The server's word through the cache, with its MODSEQ.
    CHECK_OK(cache.applyFlags({FlagUpdate{rows.first().id, MessageFlag::Answered, 42}}));
    QCOMPARE(store.row(rows.first().id)->flags, MessageFlags(MessageFlag::Answered));
    QCOMPARE(store.row(rows.first().id)->modSeq, 42u);
    QCOMPARE(readFile(path), before);
}

void TestImapCache::attachBodyKeepsIdAndFlags()
{
    ImapFixture f;
    QVERIFY(f.open());
    MailStore &store = f.store;
    ImapCache &cache = f.cache;
    const qint64 folderId = f.folderId;
    QList<MessageRow> rows{header(7, 9, QStringLiteral("seven"), 700, MessageFlag::Flagged),
                           header(8, 9, QStringLiteral("eight"), 800)};
    CHECK_OK(cache.insertHeaders(folderId, rows));
    const MessageId id = rows.first().id;

    CHECK_OK(cache.attachBody(id, imapMessage(7)));
    std::optional<MessageRow> row = store.row(id);
    QVERIFY(row);
    QCOMPARE(row->bodyState, BodyState::Full);
    QCOMPARE(row->flags, MessageFlags(MessageFlag::Flagged));
    QCOMPARE(row->origin.uid, 7);
    Result<QByteArray> bytes = store.messageBytes(id);
    CHECK_OK(bytes);
    QCOMPARE(*bytes, imapMessage(7));
    QCOMPARE(store.count(QStringLiteral("INBOX")), 2);
    // A second attach is a no-op, not a second record.
    const qint64 size = QFileInfo(store.filePath(QStringLiteral("INBOX"))).size();
    CHECK_OK(cache.attachBody(id, imapMessage(7)));
    QCOMPARE(QFileInfo(store.filePath(QStringLiteral("INBOX"))).size(), size);
    // Flags of a downloaded message are patched in the file as well.
    CHECK_OK(cache.applyFlags({FlagUpdate{id, MessageFlag::Seen, 50}}));
    QCOMPARE(store.row(id)->flags, MessageFlags(MessageFlag::Seen));
    CHECK_OK(store.reindex());
    Result<QList<MessageRow>> listed = store.list(QStringLiteral("INBOX"));
    CHECK_OK(listed);
    const auto full = std::find_if(listed->begin(), listed->end(), [](const MessageRow &r) { return r.origin.uid == 7; });
    QVERIFY(full != listed->end());
    QCOMPARE(full->flags, MessageFlags(MessageFlag::Seen)); // read back from the mbox record
}

void TestImapCache::reindexKeepsHeaderRowsAndDoublesNothing()
{
    ImapFixture f;
    QVERIFY(f.open());
    MailStore &store = f.store;
    ImapCache &cache = f.cache;
    const qint64 folderId = f.folderId;
    QList<MessageRow> rows;
    for (quint32 uid = 1; uid <= 20; ++uid)
        rows << header(uid, 3, QStringLiteral("m%1").arg(uid), uid * 100);
    CHECK_OK(cache.insertHeaders(folderId, rows));
    CHECK_OK(cache.attachBodies({{rows[4].id, imapMessage(5)}, {rows[9].id, imapMessage(10)}}));
    QList<MessageId> headerIds;
    for (const MessageRow &r : rows)
        if (r.origin.uid != 5 && r.origin.uid != 10)
            headerIds << r.id;

    CHECK_OK(store.reindex());
    QCOMPARE(store.count(QStringLiteral("INBOX")), 20);
    for (quint32 uid = 1; uid <= 20; ++uid)
        QCOMPARE(rowsWithUid(store, folderId, uid), 1);
    for (MessageId id : headerIds) {
        std::optional<MessageRow> r = store.row(id);
        QVERIFY(r);
        QCOMPARE(r->bodyState, BodyState::HeadersOnly);
    }
    Result<QHash<quint32, CachedMessage>> cached = cache.messages(folderId);
    CHECK_OK(cached);
    QCOMPARE(cached->value(5).bodyState, BodyState::Full);
    CHECK_OK(store.messageBytes(cached->value(10).id));
    QCOMPARE(*store.messageBytes(cached->value(10).id), imapMessage(10));

    // Another program touching the file makes the folder re-read: the same holds.
    QTest::qSleep(20);
    ::utimensat(AT_FDCWD, QFile::encodeName(store.filePath(QStringLiteral("INBOX"))).constData(), nullptr, 0);
    CHECK_OK(store.list(QStringLiteral("INBOX")));
    QCOMPARE(store.count(QStringLiteral("INBOX")), 20);
    for (quint32 uid = 1; uid <= 20; ++uid)
        QCOMPARE(rowsWithUid(store, folderId, uid), 1);
}

void TestImapCache::lostIndexForgetsHeadersAndSyncState()
{
    QTemporaryDir dir;
    {
        MailStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.createFolder(QStringLiteral("INBOX")));
        const qint64 folderId = store.index().folder(QStringLiteral("INBOX"))->id;
        RemoteFolder rf;
        rf.folderId = folderId;
        rf.name = QStringLiteral("INBOX");
        rf.rawName = "INBOX";
        rf.uidValidity = 3;
        rf.uidNext = 4;
        rf.highestModSeq = 99;
        CHECK_OK(store.index().setRemoteFolder(rf));
        ImapCache cache(&store);
        QList<MessageRow> rows{header(1, 3, QStringLiteral("a"), 1), header(2, 3, QStringLiteral("b"), 2),
                               header(3, 3, QStringLiteral("c"), 3)};
        CHECK_OK(cache.insertHeaders(folderId, rows));
        CHECK_OK(cache.attachBody(rows[1].id, imapMessage(2)));
    }
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("index.sqlite"))));
    QFile::remove(dir.filePath(QStringLiteral("index.sqlite-wal")));
    QFile::remove(dir.filePath(QStringLiteral("index.sqlite-shm")));
    MailStore store(dir.path());
    QVERIFY(store.open());
    // Only what the mbox holds comes back, with its UID; no sync state, so the next
    // sync starts from scratch and skips UID 2 (ImapCache::messages knows it).
    Result<QList<MessageRow>> listed = store.list(QStringLiteral("INBOX"));
    CHECK_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().origin.uid, 2);
    QCOMPARE(listed->first().origin.uidValidity, 3);
    QCOMPARE(listed->first().bodyState, BodyState::Full);
    QVERIFY(store.index().remoteFolders().isEmpty());
}

void TestImapCache::removeAndMoveHeaderRows()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    QVERIFY(store.open());
    QVERIFY(store.createFolder(QStringLiteral("INBOX")));
    QVERIFY(store.createFolder(QStringLiteral("Trash")));
    const qint64 folderId = store.index().folder(QStringLiteral("INBOX"))->id;
    ImapCache cache(&store);
    QList<MessageRow> rows{header(1, 3, QStringLiteral("a"), 1), header(2, 3, QStringLiteral("b"), 2),
                           header(3, 3, QStringLiteral("c"), 3), header(4, 3, QStringLiteral("d"), 4)};
    CHECK_OK(cache.insertHeaders(folderId, rows));
    CHECK_OK(cache.attachBody(rows[3].id, imapMessage(4)));
    const QByteArray fileBefore = readFile(store.filePath(QStringLiteral("INBOX")));

    CHECK_OK(store.remove({rows[0].id}));
    QVERIFY(!store.row(rows[0].id));
    QCOMPARE(readFile(store.filePath(QStringLiteral("INBOX"))), fileBefore); // no rewrite for an index row

    // A move of a header row and a downloaded one at once.
    CHECK_OK(store.move({rows[1].id, rows[3].id}, QStringLiteral("Trash")));
    QCOMPARE(store.row(rows[1].id)->folder, QStringLiteral("Trash"));
    QCOMPARE(store.row(rows[1].id)->bodyState, BodyState::HeadersOnly);
    QCOMPARE(store.row(rows[3].id)->folder, QStringLiteral("Trash"));
    QCOMPARE(*store.messageBytes(rows[3].id), imapMessage(4));
    QCOMPARE(store.count(QStringLiteral("INBOX")), 1);
    QCOMPARE(store.count(QStringLiteral("Trash")), 2);
    // ImapCache::remove tolerates ids that are gone already.
    CHECK_OK(cache.remove({rows[0].id, rows[2].id}));
    QCOMPARE(store.count(QStringLiteral("INBOX")), 0);
    // Exporting a folder with header rows writes only the messages it has.
    QTemporaryDir out;
    Result<qint64> n = MboxTransfer::exportFolder(store, QStringLiteral("Trash"), out.filePath(QStringLiteral("t.mbox")));
    CHECK_OK(n);
    QCOMPARE(*n, 1);
}

void TestImapCache::otherUidValidityIsDiscarded()
{
    ImapFixture f;
    QVERIFY(f.open());
    MailStore &store = f.store;
    ImapCache &cache = f.cache;
    const qint64 folderId = f.folderId;
    QList<MessageRow> rows{header(1, 3, QStringLiteral("old a"), 1), header(2, 3, QStringLiteral("old b"), 2)};
    CHECK_OK(cache.insertHeaders(folderId, rows));
    CHECK_OK(cache.attachBody(rows[0].id, imapMessage(1)));
    QList<MessageRow> fresh{header(1, 4, QStringLiteral("new a"), 5)};
    CHECK_OK(cache.insertHeaders(folderId, fresh));
    // A message that is not from IMAP (no UID) is never touched.
    QVERIFY(store.append(QStringLiteral("INBOX"), AppendRequest{message(9), {}, {}, 0, {}, {}}));

    Result<qint64> gone = cache.discardOtherValidity(folderId, 4);
    CHECK_OK(gone);
    QCOMPARE(*gone, 2);
    Result<QList<MessageRow>> listed = store.list(QStringLiteral("INBOX"));
    CHECK_OK(listed);
    QCOMPARE(listed->size(), 2);
    QStringList subjects;
    for (const MessageRow &r : *listed)
        subjects << r.subject;
    subjects.sort();
    QCOMPARE(subjects, (QStringList{QStringLiteral("message 9"), QStringLiteral("new a")}));
    QVERIFY(!readFile(store.filePath(QStringLiteral("INBOX"))).contains("Text of 1")); // the record went too
}

void TestImapCache::migratesV3ToV4()
{
    QTemporaryDir dir;
    const QString indexPath = dir.filePath(QStringLiteral("index.sqlite"));
    MessageId id = 0;
    {
        MailStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.createFolder(QStringLiteral("INBOX")));
        QList<MessageRow> rows{header(5, 9, QStringLiteral("five"), 5)};
        CHECK_OK(ImapCache(&store).insertHeaders(store.index().folder(QStringLiteral("INBOX"))->id, rows));
        id = rows.first().id;
    }
    // Exactly the index version 3 had.
    sql(indexPath, {QStringLiteral("DROP INDEX messages_folder_validity_uid"),
                    QStringLiteral("CREATE INDEX messages_uid ON messages(folder_id, uid) WHERE uid IS NOT NULL"),
                    QStringLiteral("PRAGMA user_version=3")});
    MailStore store(dir.path());
    QVERIFY(store.open());
    QCOMPARE(sql(indexPath, {QStringLiteral("PRAGMA user_version")}, true),
             QStringList{QString::number(StoreIndex::schemaVersion)}); // through 4, on to the current version
    const QStringList indexes = sql(
        indexPath, {QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages'")}, true);
    QVERIFY(!indexes.contains(QStringLiteral("messages_uid")));
    QVERIFY(indexes.contains(QStringLiteral("messages_folder_validity_uid")));
    // The row survived with its id, and the new index finds it.
    const qint64 folderId = store.index().folder(QStringLiteral("INBOX"))->id;
    Result<QHash<quint32, CachedMessage>> found = ImapCache(&store).messages(folderId, 9, {5});
    CHECK_OK(found);
    QCOMPARE(found->value(5).id, id);
}

void TestImapCache::reopenQueriesAreIndexRanges()
{
    // What a QRESYNC reopen asks of a folder of 100,000 rows must be ranges of the
    // (folder, uidvalidity, uid) index, never a walk over the folder's table rows.
    ImapFixture f;
    QVERIFY(f.open());
    const QString indexPath = f.dir.filePath(QStringLiteral("index.sqlite"));
    auto plan = [&](const QString &query) {
        return sql(indexPath, {QStringLiteral("EXPLAIN QUERY PLAN ") + query}, true).join(QLatin1Char('\n'));
    };
    const QString discard = plan(QStringLiteral(
        "SELECT id FROM messages WHERE folder_id = 1 AND uid IS NOT NULL AND uidvalidity < 7 UNION ALL"
        " SELECT id FROM messages WHERE folder_id = 1 AND uid IS NOT NULL AND uidvalidity > 7"));
    QVERIFY2(discard.contains(QStringLiteral("COVERING INDEX messages_folder_validity_uid (folder_id=? AND uidvalidity<?)"))
                 && discard.contains(QStringLiteral("(folder_id=? AND uidvalidity>?)")),
             qPrintable(discard));
    const QString stats = plan(QStringLiteral(
        "SELECT count(*), max(uid) FROM messages WHERE folder_id = 1 AND uidvalidity = 7 AND uid IS NOT NULL"));
    QVERIFY2(stats.contains(QStringLiteral("COVERING INDEX messages_folder_validity_uid (folder_id=? AND uidvalidity=?")),
             qPrintable(stats));
    const QString lookup = plan(QStringLiteral(
        "SELECT id, flags, modseq, body_state, size FROM messages WHERE folder_id = 1 AND uidvalidity = 7 AND uid = 3"));
    QVERIFY2(lookup.contains(QStringLiteral("INDEX messages_folder_validity_uid (folder_id=? AND uidvalidity=? AND uid=?)")),
             qPrintable(lookup));
}

void TestImapCache::statsAndLookupsCountOnlyTheCurrentValidity()
{
    ImapFixture f;
    QVERIFY(f.open());
    ImapCache &cache = f.cache;
    const qint64 folderId = f.folderId;
    // UIDVALIDITY 5 now; rows of 3 and 8 left by an older server state or a rebuilt
    // index, and one moved here locally (UIDVALIDITY 0).
    QList<MessageRow> rows{header(1, 5, QStringLiteral("a"), 1), header(2, 5, QStringLiteral("b"), 2),
                           header(90, 3, QStringLiteral("older"), 3), header(95, 8, QStringLiteral("newer"), 4),
                           header(4, 5, QStringLiteral("moved"), 5)};
    CHECK_OK(cache.insertHeaders(folderId, rows));
    CHECK_OK(cache.markMoved({rows[4].id}));
    Result<std::pair<qint64, quint32>> stats = cache.stats(folderId, 5);
    CHECK_OK(stats);
    QCOMPARE(stats->first, 2);
    QCOMPARE(stats->second, 2u);
    // A lookup under the current UIDVALIDITY does not answer with another's row of the same UID.
    Result<QHash<quint32, CachedMessage>> found = cache.messages(folderId, 5, {1, 2, 4, 90, 95});
    CHECK_OK(found);
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->value(1).id, rows[0].id);
    QCOMPARE(found->value(2).id, rows[1].id);
    // Below, above and 0 go; the current stays.
    Result<qint64> gone = cache.discardOtherValidity(folderId, 5);
    CHECK_OK(gone);
    QCOMPARE(*gone, 3);
    Result<QHash<quint32, CachedMessage>> left = cache.messages(folderId);
    CHECK_OK(left);
    QCOMPARE(left->size(), 2);
    QVERIFY(left->contains(1) && left->contains(2));
    Result<qint64> none = cache.discardOtherValidity(folderId, 5);
    CHECK_OK(none);
    QCOMPARE(*none, 0);
}

void TestImapCache::remoteFolderRoundTrip()
{
    QTemporaryDir dir;
    RemoteFolder rf;
    {
        MailStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.createFolder(QStringLiteral("Входящие/Архив")));
        rf.folderId = store.index().folder(QStringLiteral("Входящие/Архив"))->id;
        rf.name = QStringLiteral("Входящие/Архив");
        rf.rawName = "&BBIERQQ+BDQETwRJBDgENQ-/&BBAEQARFBDgEMg-";
        rf.delimiter = QStringLiteral("/");
        rf.attributes = {"\\HasNoChildren", "\\Archive"};
        rf.specialUse = "\\Archive";
        rf.subscribed = false;
        rf.uidValidity = 4000000000u; // beyond 2^31: stored unsigned
        rf.uidNext = 12;
        rf.highestModSeq = (quint64(1) << 40) + 5;
        rf.downloadAll = true;
        CHECK_OK(store.index().setRemoteFolder(rf));
        rf.uidNext = 13; // replace
        CHECK_OK(store.index().setRemoteFolder(rf));
    }
    MailStore store(dir.path());
    QVERIFY(store.open());
    const QList<RemoteFolder> all = store.index().remoteFolders();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first(), rf);
    QCOMPARE(*store.index().remoteFolder(rf.folderId), rf);
    QVERIFY(!store.index().remoteFolder(rf.folderId + 100));
    QVERIFY(all.first().isSelectable());
    RemoteFolder noselect = rf;
    noselect.attributes = {"\\NoSelect"};
    QVERIFY(!noselect.isSelectable());
    // Only the required fields: empty strings and lists round-trip as such.
    QVERIFY(store.createFolder(QStringLiteral("INBOX")));
    RemoteFolder bare;
    bare.folderId = store.index().folder(QStringLiteral("INBOX"))->id;
    bare.name = QStringLiteral("INBOX");
    CHECK_OK(store.index().setRemoteFolder(bare));
    QCOMPARE(store.index().remoteFolder(bare.folderId)->attributes, QList<QByteArray>());
    QCOMPARE(store.index().remoteFolder(bare.folderId)->delimiter, QString());
    QCOMPARE(store.index().remoteFolders().size(), 2);
    // A folder that does not exist is refused (foreign key).
    RemoteFolder orphan = rf;
    orphan.folderId = 999;
    QVERIFY(!store.index().setRemoteFolder(orphan));
}

void TestImapCache::folderCounts()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    QVERIFY(store.open());
    QVERIFY(store.append(QStringLiteral("Inbox"), AppendRequest{message(1), MessageFlag::Seen, {}, 0, {}, {}}));
    QVERIFY(store.append(QStringLiteral("Inbox"), AppendRequest{message(2), {}, {}, 0, {}, {}}));
    QVERIFY(store.append(QStringLiteral("Inbox"), AppendRequest{message(3), MessageFlag::Deleted, {}, 0, {}, {}}));
    QVERIFY(store.createFolder(QStringLiteral("Empty")));
    QVERIFY(store.createFolder(QStringLiteral("INBOX")));
    const qint64 imapId = store.index().folder(QStringLiteral("INBOX"))->id;
    ImapCache cache(&store);
    QList<MessageRow> rows{header(1, 3, QStringLiteral("a"), 1), header(2, 3, QStringLiteral("b"), 2, MessageFlag::Seen),
                           header(3, 3, QStringLiteral("c"), 3, MessageFlag::Flagged)};
    CHECK_OK(cache.insertHeaders(imapId, rows));

    const QHash<qint64, FolderCounts> counts = store.index().folderCounts();
    QCOMPARE(counts.value(store.index().folder(QStringLiteral("Inbox"))->id), (FolderCounts{3, 1}));
    QCOMPARE(counts.value(imapId), (FolderCounts{3, 2}));
    QVERIFY(!counts.contains(store.index().folder(QStringLiteral("Empty"))->id));
    CHECK_OK(store.setFlags({rows[0].id}, MessageFlag::Seen, {}));
    QCOMPARE(store.index().folderCounts().value(imapId), (FolderCounts{3, 1}));
}

void TestImapCache::changeQueueIsDurableAndOrdered()
{
    QTemporaryDir dir;
    qint64 inbox = 0, trash = 0;
    {
        MailStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.createFolder(QStringLiteral("INBOX")));
        QVERIFY(store.createFolder(QStringLiteral("Trash")));
        inbox = store.index().folder(QStringLiteral("INBOX"))->id;
        trash = store.index().folder(QStringLiteral("Trash"))->id;
        ChangeQueue q(&store.index());
        QueuedChange seen{0, QueuedChange::Kind::AddFlags, inbox, 7, {1, 2, 3}, MessageFlag::Seen, {}, 0, 0, {}};
        QueuedChange move{0, QueuedChange::Kind::Move, inbox, 7, {4}, {}, QStringLiteral("Trash"), 0, 0, {}};
        QueuedChange unflag{0, QueuedChange::Kind::RemoveFlags, trash, 8, {9}, MessageFlag::Flagged, {}, 0, 0, {}};
        CHECK_OK(q.enqueue(seen));
        CHECK_OK(q.enqueue(move));
        CHECK_OK(q.enqueue(unflag));
        QVERIFY(!q.enqueue(QueuedChange{})); // no folder, no UIDs
        QCOMPARE(q.size(), 3);
    }
    // Reopened (as after a crash or a restart): all there, in order.
    MailStore store(dir.path());
    QVERIFY(store.open());
    ChangeQueue q(&store.index());
    Result<QList<QueuedChange>> all = q.pending();
    CHECK_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).kind, QueuedChange::Kind::AddFlags);
    QCOMPARE(all->at(0).uids, (QList<quint32>{1, 2, 3}));
    QCOMPARE(all->at(0).flags, MessageFlags(MessageFlag::Seen));
    QCOMPARE(all->at(0).uidValidity, 7u);
    QVERIFY(all->at(0).created > 0);
    QCOMPARE(all->at(1).kind, QueuedChange::Kind::Move);
    QCOMPARE(all->at(1).target, QStringLiteral("Trash"));
    QVERIFY(all->at(0).id < all->at(1).id && all->at(1).id < all->at(2).id);
    QCOMPARE(q.pending(trash)->size(), 1);

    CHECK_OK(q.markFailed(all->at(1).id, QStringLiteral("NO [TRYCREATE]")));
    CHECK_OK(q.markFailed(all->at(1).id, QStringLiteral("NO again")));
    QCOMPARE(q.pending(inbox)->at(1).attempts, 2);
    QCOMPARE(q.pending(inbox)->at(1).lastError, QStringLiteral("NO again"));
    CHECK_OK(q.remove(all->at(0).id));
    QCOMPARE(q.pending(inbox)->size(), 1);
    CHECK_OK(q.dropFolder(inbox));
    QCOMPARE(q.size(), 1);
    // Removing a folder takes its queue with it.
    CHECK_OK(store.index().removeFolder(trash));
    QCOMPARE(q.size(), 0);
}

void TestImapCache::rejectsRowsWithoutUid()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    QVERIFY(store.open());
    QVERIFY(store.createFolder(QStringLiteral("INBOX")));
    ImapCache cache(&store);
    QList<MessageRow> rows{MessageRow{}};
    Result<void> r = cache.insertHeaders(store.index().folder(QStringLiteral("INBOX"))->id, rows);
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), MailError::Kind::InvalidInput);
    QList<MessageRow> ok{header(1, 1, QStringLiteral("x"), 1)};
    QVERIFY(!cache.insertHeaders(12345, ok)); // no such folder
    QCOMPARE(store.count(QStringLiteral("INBOX")), 0);
}

void TestImapCache::keptInsertStatementsSurviveAFailure()
{
    // StoreIndex keeps its insert statements between calls: a group of 64 rows and one
    // row. One that failed (here the folder foreign key: no folder 424242) must be
    // usable again, and rows must get the ids and values they are given, in both.
    ImapFixture f;
    QVERIFY(f.open());
    auto batch = [](quint32 first, int n) {
        std::vector<IndexedMessage> rows;
        for (int i = 0; i < n; ++i)
            rows.push_back({header(first + quint32(i), 9, QStringLiteral("s%1").arg(first + quint32(i)), 1000 + i),
                            MessageLocation::none()});
        return rows;
    };
    StoreIndex &index = f.store.index();
    for (int n : {70, 3}) {
        std::vector<IndexedMessage> bad = batch(1000, n);
        CHECK_OK(index.begin());
        QVERIFY(!index.insertMessages(424242, bad));
        index.rollback();
    }
    QList<MessageRow> rows;
    for (quint32 uid = 1; uid <= 135; ++uid)
        rows << header(uid, 9, QStringLiteral("s%1").arg(uid), 1000 + uid);
    CHECK_OK(f.cache.insertHeaders(f.folderId, rows)); // 2 groups and 7 single rows
    QList<MessageRow> more{header(500, 9, QStringLiteral("late"), 1)};
    CHECK_OK(f.cache.insertHeaders(f.folderId, more));
    QCOMPARE(f.store.count(QStringLiteral("INBOX")), 136);
    QSqlQuery q(index.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT id), min(id), max(id) FROM messages")) && q.next());
    QCOMPARE(q.value(0).toInt(), 136);
    QCOMPARE(q.value(1).toInt(), 136);
    QCOMPARE(q.value(2).toLongLong(), 1);
    QCOMPARE(q.value(3).toLongLong(), 136);
    for (const MessageRow &r : std::as_const(rows)) {
        const std::optional<IndexedMessage> m = index.message(r.id);
        QVERIFY(m);
        QCOMPARE(m->row.origin.uid, r.origin.uid);
        QCOMPARE(m->row.subject, QStringLiteral("s%1").arg(r.origin.uid));
        QCOMPARE(m->row.from, r.from);
    }
    QCOMPARE(index.message(more[0].id)->row.subject, QStringLiteral("late"));
}

void TestImapCache::deferredDurabilityIsRestored()
{
    // WithNextFullCommit commits a header batch with synchronous=NORMAL (no fdatasync
    // per batch); the connection is back at FULL afterwards, also after a failed batch,
    // of which nothing stays.
    ImapFixture f;
    QVERIFY(f.open());
    QSqlQuery q(f.store.index().database());
    auto synchronous = [&q] { return q.exec(QStringLiteral("PRAGMA synchronous")) && q.next() ? q.value(0).toInt() : -1; };
    QCOMPARE(synchronous(), 2);
    QList<MessageRow> rows{header(1, 5, QStringLiteral("one"), 1000), header(2, 5, QStringLiteral("two"), 2000)};
    CHECK_OK(f.cache.insertHeaders(f.folderId, rows, ImapCache::Durability::WithNextFullCommit));
    QCOMPARE(synchronous(), 2);
    QCOMPARE(f.store.count(QStringLiteral("INBOX")), 2);
    // In the main schema: a TEMP trigger would not reach the kept insert statements,
    // which never look at the temp schema.
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON messages WHEN NEW.uid = 666"
                                  " BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QList<MessageRow> bad{header(3, 5, QStringLiteral("three"), 3000), header(666, 5, QStringLiteral("no"), 4000)};
    QVERIFY(!f.cache.insertHeaders(f.folderId, bad, ImapCache::Durability::WithNextFullCommit));
    QCOMPARE(synchronous(), 2);
    QCOMPARE(f.store.count(QStringLiteral("INBOX")), 2);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    QList<MessageRow> later{header(3, 5, QStringLiteral("three"), 3000)};
    CHECK_OK(f.cache.insertHeaders(f.folderId, later));
    QCOMPARE(f.store.count(QStringLiteral("INBOX")), 3);
}

QTEST_GUILESS_MAIN(TestImapCache)
#include "tst_imapcache.moc"
