// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// MailStore::renameFolder (and removeFolder as folder management uses it): files and index follow, ids and flags stay,
// and both crash windows of a rename (two names for one file) end in one folder.
#include "storetestutil.h"

#include "store/changequeue.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <unistd.h>

using namespace Pigeon;
using namespace Pigeon::Store;
using namespace StoreTest;

class TestMailStoreFolders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void renameKeepsMessages_data();
    void renameKeepsMessages();
    void renameRefusesExistingNames();
    void interruptedRenameEndsInOneFolder_data();
    void interruptedRenameEndsInOneFolder();
    void removeForgetsFolderAndFile();

private:
    static QList<MessageId> fill(MailStore &store, const QString &folder, int count)
    {
        QList<MessageId> ids;
        for (int i = 0; i < count; ++i) {
            AppendRequest r;
            r.message = message(i);
            Result<MessageId> id = store.append(folder, r);
            if (!id)
                return {};
            ids << *id;
        }
        return ids;
    }
    static QStringList mboxFiles(const QString &dir)
    {
        return QDir(dir).entryList({QStringLiteral("*.mbox")}, QDir::Files, QDir::Name);
    }
};

void TestMailStoreFolders::renameKeepsMessages_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("ascii") << QStringLiteral("Work") << QStringLiteral("Jobs");
    QTest::newRow("cyrillic") << QStringLiteral("Отчёты") << QStringLiteral("Счета");
    QTest::newRow("persian, nested") << QStringLiteral("بایگانی") << QStringLiteral("Archive/آرشیو ۱۴۰۵");
}

void TestMailStoreFolders::renameKeepsMessages()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QTemporaryDir dir;
    {
        MailStore store(dir.path());
        STORE_VERIFY(store.open());
        const QList<MessageId> ids = fill(store, from, 3);
        QCOMPARE(ids.size(), 3);
        STORE_VERIFY(store.setFlags({ids.at(1)}, MessageFlag::Flagged, {}));
        const qint64 folderId = store.index().folder(from)->id;
        const QByteArray bytes = readFile(store.filePath(from));
        STORE_VERIFY(store.renameFolder(from, to));
        QVERIFY(!store.folders().contains(from));
        QVERIFY(store.folders().contains(to));
        QCOMPARE(store.index().folder(to)->id, folderId);
        QVERIFY(!QFile::exists(store.filePath(from)));
        QCOMPARE(readFile(store.filePath(to)), bytes);
        QCOMPARE(store.count(to), 3);
        QCOMPARE(store.row(ids.at(1))->folder, to);
        QVERIFY(store.row(ids.at(1))->flags.testFlag(MessageFlag::Flagged));
        Result<QByteArray> m = store.messageBytes(ids.at(2));
        STORE_VERIFY(m);
        QVERIFY(m->contains("Subject: message 2"));
        // The old name is free again, for a new folder of its own.
        STORE_VERIFY(store.createFolder(from));
        QCOMPARE(store.count(from), 0);
        fill(store, to, 1);
        QCOMPARE(store.count(to), 4);
    }
    // Reopened (and rebuilt from the files): the same.
    MailStore again(dir.path());
    STORE_VERIFY(again.open());
    QCOMPARE(again.count(to), 4);
    QCOMPARE(again.count(from), 0);
    QCOMPARE(mboxFiles(dir.path()).size(), 2);
    STORE_VERIFY(again.reindex());
    QCOMPARE(again.count(to), 4);
}

void TestMailStoreFolders::renameRefusesExistingNames()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    STORE_VERIFY(store.open());
    fill(store, QStringLiteral("A"), 1);
    fill(store, QStringLiteral("B"), 2);
    Result<void> r = store.renameFolder(QStringLiteral("A"), QStringLiteral("B"));
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), MailError::Kind::InvalidInput);
    QCOMPARE(store.count(QStringLiteral("A")), 1);
    QCOMPARE(store.count(QStringLiteral("B")), 2);
    QCOMPARE(store.renameFolder(QStringLiteral("Nope"), QStringLiteral("C")).error().kind(), MailError::Kind::NotFound);
    // A stray file of the target name (not a folder) is not overwritten either.
    QVERIFY(writeFile(store.filePath(QStringLiteral("C")), "junk"));
    QVERIFY(!store.renameFolder(QStringLiteral("A"), QStringLiteral("C")));
    QCOMPARE(readFile(store.filePath(QStringLiteral("C"))), QByteArray("junk"));
    QCOMPARE(store.count(QStringLiteral("A")), 1);
}

void TestMailStoreFolders::interruptedRenameEndsInOneFolder_data()
{
    QTest::addColumn<bool>("indexSwitched");
    // The two crash windows of renameFolder(): after the second link, before the index
    // changed (the rename never happened), and after the index changed, before the old
    // name was removed (it did).
    QTest::newRow("before the index") << false;
    QTest::newRow("after the index") << true;
}

void TestMailStoreFolders::interruptedRenameEndsInOneFolder()
{
    QFETCH(bool, indexSwitched);
    QTemporaryDir dir;
    QString oldPath, newPath;
    {
        MailStore store(dir.path());
        STORE_VERIFY(store.open());
        QCOMPARE(fill(store, QStringLiteral("Old"), 2).size(), 2);
        oldPath = store.filePath(QStringLiteral("Old"));
        newPath = store.filePath(QStringLiteral("New"));
        if (indexSwitched) {
            STORE_VERIFY(store.renameFolder(QStringLiteral("Old"), QStringLiteral("New")));
            // Put the old name back as the crash would have left it.
            QCOMPARE(::link(QFile::encodeName(newPath).constData(), QFile::encodeName(oldPath).constData()), 0);
        } else {
            QCOMPARE(::link(QFile::encodeName(oldPath).constData(), QFile::encodeName(newPath).constData()), 0);
        }
    }
    MailStore store(dir.path());
    STORE_VERIFY(store.open());
    const QString kept = indexSwitched ? QStringLiteral("New") : QStringLiteral("Old");
    const QString gone = indexSwitched ? QStringLiteral("Old") : QStringLiteral("New");
    QCOMPARE(store.folders(), (QStringList{kept}));
    QCOMPARE(store.count(kept), 2);
    QVERIFY(QFile::exists(store.filePath(kept)));
    QVERIFY(!QFile::exists(store.filePath(gone)));
    QCOMPARE(mboxFiles(dir.path()).size(), 1);
}

void TestMailStoreFolders::removeForgetsFolderAndFile()
{
    QTemporaryDir dir;
    MailStore store(dir.path());
    STORE_VERIFY(store.open());
    const QList<MessageId> ids = fill(store, QStringLiteral("Doomed"), 2);
    fill(store, QStringLiteral("Kept"), 1);
    const qint64 folderId = store.index().folder(QStringLiteral("Doomed"))->id;
    ChangeQueue queue(&store.index());
    QueuedChange change;
    change.kind = QueuedChange::Kind::AddFlags;
    change.folderId = folderId;
    change.uidValidity = 1;
    change.uids = {1};
    change.flags = MessageFlag::Seen;
    STORE_VERIFY(queue.enqueue(change));
    STORE_VERIFY(store.removeFolder(QStringLiteral("Doomed")));
    QVERIFY(!store.folders().contains(QStringLiteral("Doomed")));
    QVERIFY(!QFile::exists(store.filePath(QStringLiteral("Doomed"))));
    QVERIFY(!store.row(ids.at(0)));
    QCOMPARE(queue.size(), 0); // its queued changes went with it
    QCOMPARE(store.count(QStringLiteral("Kept")), 1);
    STORE_VERIFY(store.removeFolder(QStringLiteral("Doomed"))); // gone already: fine
    MailStore again(dir.path());
    STORE_VERIFY(again.open());
    QCOMPARE(again.folders(), (QStringList{QStringLiteral("Kept")}));
}

QTEST_GUILESS_MAIN(TestMailStoreFolders)
#include "tst_mailstorefolders.moc"
