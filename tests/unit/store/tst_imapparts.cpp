// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Schema v3 of the store index: the per-part cache of IMAP messages opened on demand
// (issue 6). Migration from v2 with data kept, parts stored and read back, the row
// turning Partial and searchable, parts gone with their row and replaced by a full
// download.

#include "storetestutil.h"

#include "store/imapcache.h"
#include "store/mailstore.h"
#include "store/searchindex.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Store;
using StoreTest::sql;

namespace {

MessageRow header(quint32 uid)
{
    MessageRow r;
    r.subject = QStringLiteral("Отчёт %1").arg(uid);
    r.from = QStringLiteral("alice@example.org");
    r.date = 1700000000 + uid;
    r.size = 5000000;
    r.origin.uid = uid;
    r.origin.uidValidity = 42;
    return r;
}

const QByteArray headerBlock = "From: alice@example.org\r\nSubject: =?UTF-8?B?0J7RgtGH0ZHRgg==?=\r\n"
                               "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n";

QList<CachedPart> textParts()
{
    return {{"BODYSTRUCTURE", "opaque", true},
            {"HEADER", headerBlock, true},
            {"1.MIME", "Content-Type: text/plain; charset=utf-8\r\n\r\n", true},
            {"1", "The quarterly pelican numbers.\r\n", true},
            {"2.MIME", "Content-Type: application/pdf; name=\"p.pdf\"\r\n\r\n", true}};
}

struct Fixture {
    QTemporaryDir dir;
    MailStore store{dir.path()};
    ImapCache cache{&store};
    qint64 folderId = 0;
    MessageId id = 0;
    bool open()
    {
        if (!store.open() || !store.createFolder(QStringLiteral("INBOX")))
            return false;
        folderId = store.index().folder(QStringLiteral("INBOX"))->id;
        QList<MessageRow> rows{header(7)};
        if (!cache.insertHeaders(folderId, rows))
            return false;
        id = rows.first().id;
        return true;
    }
};

} // namespace

class TestImapParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesV2ToV3();
    void storedPartsReadBackAndRowTurnsPartial();
    void partialTextIsSearchable();
    void partsGoWithTheirRow();
    void fullDownloadReplacesTheParts();
};

void TestImapParts::migratesV2ToV3()
{
    QTemporaryDir dir;
    const QString indexPath = dir.filePath(QStringLiteral("index.sqlite"));
    MessageId id = 0;
    {
        MailStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.createFolder(QStringLiteral("INBOX")));
        QList<MessageRow> rows{header(3)};
        CHECK_OK(ImapCache(&store).insertHeaders(store.index().folder(QStringLiteral("INBOX"))->id, rows));
        id = rows.first().id;
    }
    // Back to exactly what version 2 had: no part cache, the (folder, uid) index.
    sql(indexPath, {QStringLiteral("DROP TABLE imap_parts"), QStringLiteral("DROP INDEX messages_folder_validity_uid"),
                       QStringLiteral("CREATE INDEX messages_uid ON messages(folder_id, uid) WHERE uid IS NOT NULL"),
                       QStringLiteral("PRAGMA user_version=2")});
    QCOMPARE(sql(indexPath, {QStringLiteral("PRAGMA user_version")}, true).value(0), QStringLiteral("2"));

    MailStore store(dir.path());
    QVERIFY(store.open());
    QCOMPARE(sql(indexPath, {QStringLiteral("PRAGMA user_version")}, true).value(0), QString::number(StoreIndex::schemaVersion));
    // The header row survived with its id and state (a migration, not a rebuild).
    std::optional<MessageRow> row = store.row(id);
    QVERIFY(row);
    QCOMPARE(row->bodyState, BodyState::HeadersOnly);
    QCOMPARE(row->origin.uid, 3);
    ImapCache cache(&store);
    CHECK_OK(cache.storeParts(id, textParts()));
    QCOMPARE(store.row(id)->bodyState, BodyState::Partial);
}

void TestImapParts::storedPartsReadBackAndRowTurnsPartial()
{
    Fixture f;
    QVERIFY(f.open());
    CHECK_OK(f.cache.storeParts(f.id, textParts()));
    QCOMPARE(f.store.row(f.id)->bodyState, BodyState::Partial);
    Result<QHash<QByteArray, CachedPart>> parts = f.cache.parts(f.id);
    CHECK_OK(parts);
    QCOMPARE(parts->size(), 5);
    QCOMPARE(parts->value("1").data, QByteArray("The quarterly pelican numbers.\r\n"));
    QVERIFY(f.cache.hasPart(f.id, "1"));
    QVERIFY(!f.cache.hasPart(f.id, "2"));
    // An attachment later; a capped text does not count as having the part.
    CHECK_OK(f.cache.storeParts(f.id, {{"2", QByteArray(300000, 'x'), true}, {"3", "start", false}}));
    QVERIFY(f.cache.hasPart(f.id, "2"));
    QVERIFY(!f.cache.hasPart(f.id, "3"));
    QCOMPARE(f.cache.parts(f.id)->value("2").data.size(), 300000);
    QVERIFY(!f.cache.parts(f.id)->value("3").complete);
    // Still no mbox record: the parts live in the index only.
    QVERIFY(!f.store.messageBytes(f.id));
    // A row that is not there is refused, nothing written.
    QCOMPARE(f.cache.storeParts(f.id + 100, textParts()).error().kind(), MailError::Kind::NotFound);
}

void TestImapParts::partialTextIsSearchable()
{
    Fixture f;
    QVERIFY(f.open());
    SearchIndex search(&f.store);
    CHECK_OK(search.update());
    QCOMPARE(search.search(QStringLiteral("pelican"))->size(), 0); // headers only: no text yet
    QCOMPARE(search.search(QStringLiteral("Отчёт"))->size(), 1);
    CHECK_OK(f.cache.storeParts(f.id, textParts()));
    QCOMPARE(search.pending(), 1); // indexed again with its text
    CHECK_OK(search.update());
    Result<QList<MessageRow>> hits = search.search(QStringLiteral("pelican"));
    CHECK_OK(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, f.id);
    QCOMPARE(search.search(QStringLiteral("Отчёт"))->size(), 1); // once, not twice
    // The PDF's MIME header is not text: nothing of it is indexed.
    QCOMPARE(search.search(QStringLiteral("pdf"))->size(), 0);
}

void TestImapParts::partsGoWithTheirRow()
{
    Fixture f;
    QVERIFY(f.open());
    CHECK_OK(f.cache.storeParts(f.id, textParts()));
    CHECK_OK(f.cache.remove({f.id}));
    QVERIFY(f.cache.parts(f.id)->isEmpty());
    // A UIDVALIDITY change discards rows, and so their parts.
    QList<MessageRow> rows{header(8)};
    CHECK_OK(f.cache.insertHeaders(f.folderId, rows));
    CHECK_OK(f.cache.storeParts(rows.first().id, textParts()));
    Result<qint64> gone = f.cache.discardOtherValidity(f.folderId, 43);
    CHECK_OK(gone);
    QCOMPARE(*gone, 1);
    QVERIFY(f.cache.parts(rows.first().id)->isEmpty());
    QCOMPARE(sql(f.dir.filePath(QStringLiteral("index.sqlite")), {QStringLiteral("SELECT count(*) FROM imap_parts")}, true).value(0),
             QStringLiteral("0"));
}

void TestImapParts::fullDownloadReplacesTheParts()
{
    Fixture f;
    QVERIFY(f.open());
    CHECK_OK(f.cache.storeParts(f.id, textParts()));
    const QByteArray whole = headerBlock + "--b\r\nContent-Type: text/plain\r\n\r\npelican\r\n--b--\r\n";
    CHECK_OK(f.cache.attachBody(f.id, whole));
    std::optional<MessageRow> row = f.store.row(f.id);
    QVERIFY(row);
    QCOMPARE(row->bodyState, BodyState::Full); // same row, same id
    QCOMPARE(*f.store.messageBytes(f.id), whole);
    QVERIFY(f.cache.parts(f.id)->isEmpty());
    QCOMPARE(f.store.list(QStringLiteral("INBOX"))->size(), 1); // not duplicated
    // Parts arriving late for a Full row are ignored.
    CHECK_OK(f.cache.storeParts(f.id, textParts()));
    QVERIFY(f.cache.parts(f.id)->isEmpty());
    QCOMPARE(f.store.row(f.id)->bodyState, BodyState::Full);
}

QTEST_GUILESS_MAIN(TestImapParts)
#include "tst_imapparts.moc"
