// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Every message of the shared real-world corpus survives append and read-back
// byte-exact, also after the index is rebuilt from the mbox; every corpus mbox file
// imports with the right number of messages and `From ` lines in bodies round-trip.
#include "storetestutil.h"

#include "store/mailstore.h"
#include "store/mboxtransfer.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Store;
using namespace StoreTest;

class TestStoreCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageRoundTrips();
    void mboxFiles_data();
    void mboxFiles();
    void fromQuotingVariants();
};

void TestStoreCorpus::everyMessageRoundTrips()
{
    QList<std::pair<QString, QByteArray>> corpus;
    QDirIterator it(QStringLiteral(PIGEON_CORPUS_DIR), {QStringLiteral("*.eml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        corpus << std::make_pair(path, readFile(path));
    }
    QVERIFY2(corpus.size() >= 100, "corpus not found: set PIGEON_CORPUS_DIR");
    QTemporaryDir dir;
    QHash<MessageId, int> ids;
    {
        MailStore store(dir.path());
        Result<void> o = store.open();
        STORE_VERIFY(o);
        for (int i = 0; i < corpus.size(); ++i) {
            AppendRequest r;
            r.message = corpus[i].second;
            Result<MessageId> id = store.append(i % 2 ? QStringLiteral("Inbox") : QStringLiteral("Other"), r);
            STORE_VERIFY(id);
            ids.insert(*id, i);
        }
        for (auto i = ids.cbegin(); i != ids.cend(); ++i) {
            Result<QByteArray> back = store.messageBytes(i.key());
            STORE_VERIFY(back);
            QVERIFY2(*back == corpus[i.value()].second, qPrintable(corpus[i.value()].first));
        }
    }
    // Without the index: the mbox files alone give back every message exactly.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("index.sqlite"))));
    QFile::remove(dir.filePath(QStringLiteral("index.sqlite-wal")));
    QFile::remove(dir.filePath(QStringLiteral("index.sqlite-shm")));
    MailStore store(dir.path());
    Result<void> o = store.open();
    STORE_VERIFY(o);
    QMultiHash<QByteArray, int> expected;
    for (int i = 0; i < corpus.size(); ++i)
        expected.insert(corpus[i].second, i);
    int found = 0;
    for (const QString &folder : store.folders()) {
        Result<QList<MessageRow>> rows = store.list(folder, 0, 100000);
        STORE_VERIFY(rows);
        for (const MessageRow &r : *rows) {
            Result<QByteArray> back = store.messageBytes(r.id);
            STORE_VERIFY(back);
            QVERIFY2(expected.contains(*back), qPrintable(r.subject));
            ++found;
        }
    }
    QCOMPARE(found, corpus.size());
}

void TestStoreCorpus::mboxFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::newRow("maven") << QStringLiteral("maven-dev-2017-11.mbox") << 317;
    QTest::newRow("rlug") << QStringLiteral("rlug-iso-8859-2.mbox") << 5;
    QTest::newRow("listsao") << QStringLiteral("from-quoting-listsao.mbox") << 1;
    QTest::newRow("mailarchivesao") << QStringLiteral("from-quoting-mailarchivesao.mbox") << 1;
    QTest::newRow("mboxvm") << QStringLiteral("from-quoting-mboxvm.mbox") << 1;
    // Unquoted body "From " lines split messages, as in every strict mbox reader.
    QTest::newRow("unescaped") << QStringLiteral("unescaped-from-lines.mbox") << 4;
}

void TestStoreCorpus::mboxFiles()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QTemporaryDir dir;
    MailStore store(dir.filePath(QStringLiteral("store")));
    Result<void> o = store.open();
    STORE_VERIFY(o);
    const QString path = QStringLiteral(PIGEON_CORPUS_DIR "/mbox/") + file;
    Result<qint64> n = MboxTransfer::importFile(store, path, QStringLiteral("Imported"));
    STORE_VERIFY(n);
    QCOMPARE(*n, count);
    // Export, import the export: the same messages, byte for byte.
    const QString out = dir.filePath(QStringLiteral("out.mbox"));
    Result<qint64> e = MboxTransfer::exportFolder(store, QStringLiteral("Imported"), out);
    STORE_VERIFY(e);
    Result<qint64> n2 = MboxTransfer::importFile(store, out, QStringLiteral("Again"));
    STORE_VERIFY(n2);
    QCOMPARE(*n2, count);
    Result<QList<MessageRow>> a = store.list(QStringLiteral("Imported"), 0, 10000);
    Result<QList<MessageRow>> b = store.list(QStringLiteral("Again"), 0, 10000);
    QStringList sa, sb;
    QList<QByteArray> ba, bb;
    for (const MessageRow &r : *a)
        ba << *store.messageBytes(r.id);
    for (const MessageRow &r : *b)
        bb << *store.messageBytes(r.id);
    std::sort(ba.begin(), ba.end());
    std::sort(bb.begin(), bb.end());
    QCOMPARE(ba, bb);
    // A first-line BOM or "From -" separators are not part of any message.
    for (const QByteArray &m : ba)
        QVERIFY(!m.startsWith("From ") && !m.startsWith("\xEF\xBB\xBF"));
}

void TestStoreCorpus::fromQuotingVariants()
{
    // The same message archived three ways; read as mboxrd each loses one '>'.
    QTemporaryDir dir;
    MailStore store(dir.path());
    Result<void> o = store.open();
    STORE_VERIFY(o);
    const struct {
        const char *file;
        const char *line;
    } cases[] = {{"from-quoting-listsao.mbox", "\n>From \"Failed to create parent directories\""},
                 {"from-quoting-mailarchivesao.mbox", "\n>From \"Failed to create parent directories\""},
                 {"from-quoting-mboxvm.mbox", "\n>>From \"Failed to create parent directories\""}};
    for (const auto &c : cases) {
        const QString folder = QString::fromLatin1(c.file);
        QVERIFY(MboxTransfer::importFile(store, QStringLiteral(PIGEON_CORPUS_DIR "/mbox/") + folder, folder));
        Result<QList<MessageRow>> rows = store.list(folder);
        QCOMPARE(rows->size(), 1);
        const QByteArray bytes = *store.messageBytes(rows->first().id);
        QVERIFY2(bytes.contains(c.line), c.file);
        // And stored quoted once more, so no reader can take it for a separator.
        QVERIFY(!readFile(store.filePath(folder)).contains("\nFrom \"Failed"));
    }
}

QTEST_GUILESS_MAIN(TestStoreCorpus)
#include "tst_storecorpus.moc"
