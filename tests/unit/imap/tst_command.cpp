// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Command encoding: tags, astring forms, literals (LITERAL+/-), sequence sets, FETCH items.
#include "imap/wire/command.h"
#include "imap/wire/responseparser.h"

#include <QTest>

using namespace Pigeon::Imap;

Q_DECLARE_METATYPE(Pigeon::Imap::LiteralMode)

class TestCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tags()
    {
        TagGenerator tags;
        QCOMPARE(tags.next(), QByteArray("A0001"));
        QCOMPARE(tags.next(), QByteArray("A0002"));
        TagGenerator other("x");
        for (int i = 0; i < 12344; ++i)
            other.next();
        QCOMPARE(other.next(), QByteArray("x12345"));
    }

    void astringForms_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("atom") << QByteArray("alice") << QByteArray("A1 X alice\r\n");
        QTest::newRow("atom with bracket") << QByteArray("[Gmail]") << QByteArray("A1 X [Gmail]\r\n");
        QTest::newRow("space") << QByteArray("Sent Items") << QByteArray("A1 X \"Sent Items\"\r\n");
        QTest::newRow("empty") << QByteArray("") << QByteArray("A1 X \"\"\r\n");
        QTest::newRow("NIL is quoted") << QByteArray("nil") << QByteArray("A1 X \"nil\"\r\n");
        QTest::newRow("quote and backslash") << QByteArray("p\"a\\ss") << QByteArray("A1 X \"p\\\"a\\\\ss\"\r\n");
        QTest::newRow("wildcards") << QByteArray("a*b%") << QByteArray("A1 X \"a*b%\"\r\n");
        QTest::newRow("8-bit goes literal") << QByteArray("пароль") << QByteArray("A1 X {12+}\r\nпароль\r\n");
        QTest::newRow("CRLF goes literal") << QByteArray("a\r\nb") << QByteArray("A1 X {4+}\r\na\r\nb\r\n");
        QTest::newRow("long goes literal") << QByteArray(2000, 'a') << QByteArray("A1 X {2000+}\r\n" + QByteArray(2000, 'a') + "\r\n");
    }
    void astringForms()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, wire);
        const EncodedCommand e = Command("X").astring(value).encode("A1", LiteralMode::NonSynchronizing);
        QCOMPARE(e.pieces.join(), wire);
        QCOMPARE(e.pieces.size(), 1);
    }

    void literalModes_data()
    {
        QTest::addColumn<LiteralMode>("mode");
        QTest::addColumn<int>("size");
        QTest::addColumn<QList<QByteArray>>("heads");
        QTest::newRow("sync") << LiteralMode::Synchronizing << 10 << QList<QByteArray>{"A1 APPEND INBOX {10}\r\n", "xxxxxxxxxx\r\n"};
        QTest::newRow("literal+") << LiteralMode::NonSynchronizing << 10 << QList<QByteArray>{"A1 APPEND INBOX {10+}\r\nxxxxxxxxxx\r\n"};
        QTest::newRow("literal- small") << LiteralMode::NonSyncUpTo4k << 4096 << QList<QByteArray>{"A1 APPEND INBOX {4096+}\r\n" + QByteArray(4096, 'x') + "\r\n"};
        QTest::newRow("literal- large") << LiteralMode::NonSyncUpTo4k << 4097 << QList<QByteArray>{"A1 APPEND INBOX {4097}\r\n", QByteArray(4097, 'x') + "\r\n"};
    }
    void literalModes()
    {
        QFETCH(LiteralMode, mode);
        QFETCH(int, size);
        QFETCH(QList<QByteArray>, heads);
        const EncodedCommand e = Command::append(u"INBOX", {}, {}, QByteArray(size, 'x')).encode("A1", mode);
        QCOMPARE(e.pieces, heads);
        QVERIFY(e.logText.contains("bytes>"));
        QVERIFY(!e.logText.contains("xxxxx"));
    }

    void appendWithFlagsAndDate()
    {
        const QDateTime when(QDate(2024, 3, 5), QTime(7, 8, 9), Qt::OffsetFromUTC, 3 * 3600 + 1800);
        const EncodedCommand e = Command::append(u"Отправленные", {"\\Seen", "$Forwarded"}, when, "Subject: x\r\n\r\nhi\r\n")
                                     .encode("A9", LiteralMode::Synchronizing);
        QCOMPARE(e.pieces.size(), 2);
        QCOMPARE(e.pieces.first(), QByteArray("A9 APPEND &BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1- (\\Seen $Forwarded) \"05-Mar-2024 07:08:09 +0330\" {18}\r\n"));
        // The date we format parses back to the same instant.
        QCOMPARE(parseInternalDate("05-Mar-2024 07:08:09 +0330"), when.toUTC());
    }

    void binaryLiteral()
    {
        const EncodedCommand e = Command("APPEND").mailbox(u"INBOX").literal(QByteArray("\0\1", 2), true).encode("A1", LiteralMode::NonSynchronizing);
        QCOMPARE(e.pieces.first(), QByteArray("A1 APPEND INBOX ~{2+}\r\n\0\1\r\n", 27));
    }

    void loginIsRedacted()
    {
        const EncodedCommand e = Command::login("alice", "s3cr3t pass").encode("A2", LiteralMode::Synchronizing);
        QVERIFY(e.sensitive);
        QCOMPARE(e.pieces.join(), QByteArray("A2 LOGIN alice \"s3cr3t pass\"\r\n"));
        QCOMPARE(e.logText, QByteArray("A2 LOGIN alice <redacted>"));
        const EncodedCommand lit = Command::login("alice", "пароль").encode("A3", LiteralMode::Synchronizing);
        QCOMPARE(lit.pieces.size(), 2);
        QVERIFY(!lit.logText.contains("пароль"));
    }

    void mailboxNames()
    {
        QCOMPARE(Command("SELECT").mailbox(u"inbox").encode("A", LiteralMode::Synchronizing).pieces.join(), QByteArray("A SELECT INBOX\r\n"));
        QCOMPARE(Command("SELECT").mailbox(u"Tom & Jerry").encode("A", LiteralMode::Synchronizing).pieces.join(), QByteArray("A SELECT \"Tom &- Jerry\"\r\n"));
        QCOMPARE(Command("SELECT").mailbox(u"Входящие", true).setUtf8(true).encode("A", LiteralMode::Synchronizing).pieces.join(), QByteArray("A SELECT \"Входящие\"\r\n"));
        QCOMPARE(Command::select(u"Archive", true, true).encode("A", LiteralMode::Synchronizing).pieces.join(), QByteArray("A EXAMINE Archive (CONDSTORE)\r\n"));
    }

    void sequenceSets_data()
    {
        QTest::addColumn<QList<quint32>>("numbers");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("ranges") << QList<quint32>{1, 2, 3, 5, 7, 8, 9} << QByteArray("1:3,5,7:9");
        QTest::newRow("unsorted dupes") << QList<quint32>{9, 3, 1, 2, 3, 8, 7, 5} << QByteArray("1:3,5,7:9");
        QTest::newRow("single") << QList<quint32>{42} << QByteArray("42");
        QTest::newRow("zero dropped") << QList<quint32>{0, 4} << QByteArray("4");
        QTest::newRow("empty") << QList<quint32>{} << QByteArray();
        QTest::newRow("max uid") << QList<quint32>{4294967294u, 4294967293u} << QByteArray("4294967293:4294967294");
    }
    void sequenceSets()
    {
        QFETCH(QList<quint32>, numbers);
        QFETCH(QByteArray, wire);
        const SequenceSet set = SequenceSet::fromList(numbers);
        QCOMPARE(set.toImap(), wire);
        if (!wire.isEmpty()) {
            const auto parsed = SequenceSet::parse(wire);
            QVERIFY(parsed);
            QCOMPARE(*parsed, set);
        }
    }

    void sequenceSetParsing()
    {
        QCOMPARE(SequenceSet::parse("5:2")->toImap(), QByteArray("2:5"));
        QCOMPARE(SequenceSet::parse("1:*")->toImap(), QByteArray("1:*"));
        QCOMPARE(SequenceSet::parse("3,1:2,2:4")->toImap(), QByteArray("1:4"));
        QVERIFY(SequenceSet::parse("1:*")->contains(99999));
        QCOMPARE(SequenceSet::parse("1:3,7")->count(), 4u);
        for (const char *bad : {"", "0", "1,,2", "1:", ":3", "a", "1:2:3", "01", "4294967296", "1 2"})
            QVERIFY2(!SequenceSet::parse(bad), bad);
    }

    void uidFetch()
    {
        const SequenceSet uids = SequenceSet::fromList({100, 101, 102, 200});
        const EncodedCommand e = Command::uidFetch(uids, FetchItem::Uid | FetchItem::Flags | FetchItem::InternalDate | FetchItem::Rfc822Size | FetchItem::Envelope | FetchItem::BodyStructure,
                                                   {"BODY.PEEK[HEADER.FIELDS (REFERENCES)]"}, 12345, true)
                                     .encode("A7", LiteralMode::NonSynchronizing);
        QCOMPARE(e.pieces.join(), QByteArray("A7 UID FETCH 100:102,200 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (REFERENCES)]) (CHANGEDSINCE 12345 VANISHED)\r\n"));
    }

    void encodedStringsParseBack()
    {
        // What the encoder writes, the parser reads back to the same bytes (string grammar is shared).
        for (const QByteArray &v : {QByteArray("plain"), QByteArray("with \"quotes\" and \\"), QByteArray("Grüße"), QByteArray("line\r\nbreak"), QByteArray("")}) {
            const EncodedCommand e = Command("ID").astring(v).encode("*", LiteralMode::NonSynchronizing);
            QByteArray asResponse = e.pieces.join();
            asResponse.replace("* ID ", "* LIST () \"/\" ").replace("+}", "}");
            ResponseParser parser;
            const auto out = parser.feed(asResponse);
            QCOMPARE(out.size(), 1);
            const auto *list = std::get_if<ListData>(&out.first());
            QVERIFY2(list, asResponse.constData());
            QCOMPARE(list->mailbox.raw, v);
        }
    }
};

QTEST_GUILESS_MAIN(TestCommand)
#include "tst_command.moc"
