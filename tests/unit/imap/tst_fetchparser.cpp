// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// FETCH responses: every item kind, ENVELOPE with groups, literal payloads, errors.
#include "imaptestutil.h"

using namespace Pigeon::Imap;
using Pigeon::Imap::Test::parseSingle;

class TestFetchParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerSyncLine()
    {
        // Shape of what Dovecot sends for a header sync.
        const QByteArray line =
            "* 12 FETCH (UID 4827 FLAGS (\\Seen $Forwarded) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
            "RFC822.SIZE 4286 ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" "
            "\"=?UTF-8?B?0J/RgNC40LLQtdGCLCDQvNC40YA=?=\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
            "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
            "((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) "
            "NIL NIL \"<B27397-0100000@cac.washington.edu>\") MODSEQ (624140003))\r\n";
        IMAP_AS(FetchData, f, parseSingle(line));
        QCOMPARE(f.sequence, 12u);
        QCOMPARE(f.uid, 4827u);
        QCOMPARE(f.flags.system, MessageFlags(MessageFlag::Seen));
        QCOMPARE(f.flags.keywords, (QList<QByteArray>{"$Forwarded"}));
        QCOMPARE(f.internalDate, QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC));
        QCOMPARE(f.rfc822Size, 4286u);
        QCOMPARE(f.modSeq, 624140003u);
        QVERIFY(f.has(FetchItem::Envelope) && f.has(FetchItem::ModSeq) && !f.has(FetchItem::BodyStructure));
        const Envelope &e = *f.envelope;
        QCOMPARE(e.subject, QByteArray("=?UTF-8?B?0J/RgNC40LLQtdGCLCDQvNC40YA=?="));
        QCOMPARE(e.from.size(), 1);
        QCOMPARE(e.from.first().name, QByteArray("Terry Gray"));
        QVERIFY(e.from.first().adl.isNull());
        QCOMPARE(e.from.first().addrSpec(), QByteArray("gray@cac.washington.edu"));
        QCOMPARE(e.cc.size(), 2);
        QCOMPARE(e.cc.at(1).mailbox, QByteArray("KLENSIN"));
        QVERIFY(e.bcc.isEmpty());
        QVERIFY(e.inReplyTo.isNull());
        QCOMPARE(e.messageId, QByteArray("<B27397-0100000@cac.washington.edu>"));
    }

    void internalDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("utc");
        QTest::newRow("negative zone") << QByteArray("17-Jul-1996 02:44:25 -0700") << QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC);
        QTest::newRow("space-padded day") << QByteArray(" 7-Feb-2024 23:59:59 +0330") << QDateTime(QDate(2024, 2, 7), QTime(20, 29, 59), Qt::UTC);
        QTest::newRow("unpadded day") << QByteArray("7-Feb-2024 00:00:00 +0000") << QDateTime(QDate(2024, 2, 7), QTime(0, 0), Qt::UTC);
        QTest::newRow("lower-case month") << QByteArray("01-jan-2000 12:00:00 +0100") << QDateTime(QDate(2000, 1, 1), QTime(11, 0), Qt::UTC);
        QTest::newRow("bad month") << QByteArray("01-Foo-2000 12:00:00 +0100") << QDateTime();
        QTest::newRow("bad day") << QByteArray("31-Feb-2000 12:00:00 +0100") << QDateTime();
        QTest::newRow("no zone") << QByteArray("01-Jan-2000 12:00:00") << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
    }
    void internalDates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, utc);
        QCOMPARE(parseInternalDate(text), utc);
        const QByteArray line = "* 1 FETCH (INTERNALDATE \"" + text + "\")\r\n";
        IMAP_AS(FetchData, f, parseSingle(line));
        QVERIFY(f.has(FetchItem::InternalDate));
        QCOMPARE(f.internalDate, utc);
    }

    void envelopeGroups()
    {
        // RFC 9051 §7.5.2 group syntax: "undisclosed-recipients:;" and a group with members.
        IMAP_AS(FetchData, f, parseSingle(
            "* 1 FETCH (ENVELOPE (NIL \"\" NIL NIL NIL "
            "((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) "
            "((NIL NIL \"Team\" NIL)(\"Anna\" NIL \"anna\" \"x.pl\")(NIL NIL \"bob\" \"y.ru\")(NIL NIL NIL NIL)(\"Солнце\" NIL \"sun\" \"z.ir\")) "
            "NIL NIL NIL))\r\n"));
        const Envelope &e = *f.envelope;
        QVERIFY(e.date.isNull());
        QVERIFY(!e.subject.isNull() && e.subject.isEmpty()); // "" is not NIL
        QCOMPARE(e.to.size(), 1);
        QVERIFY(e.to.first().emptyGroup);
        QCOMPARE(e.to.first().group, QByteArray("undisclosed-recipients"));
        QCOMPARE(e.cc.size(), 3);
        QCOMPARE(e.cc.at(0).group, QByteArray("Team"));
        QCOMPARE(e.cc.at(1).group, QByteArray("Team"));
        QCOMPARE(e.cc.at(1).addrSpec(), QByteArray("bob@y.ru"));
        QVERIFY(e.cc.at(2).group.isNull());
        QCOMPARE(QString::fromUtf8(e.cc.at(2).name), QStringLiteral("Солнце"));
    }

    void bodySections()
    {
        const QByteArray message = "From: a@b.c\r\nSubject: hi\r\n\r\nBody with ) and ( and \"quotes\"\r\n";
        const QByteArray bytes = "* 5 FETCH (UID 99 BODY[] {" + QByteArray::number(message.size()) + "}\r\n" + message
            + " BODY[HEADER.FIELDS (SUBJECT \"X-Odd]\")] {13}\r\nSubject: hi\r\n BODY[1]<1024> \"partial\" BODY[2] NIL"
              " BINARY[1.2] ~{3}\r\n" + QByteArray("\0\xff\x01", 3) + " BINARY.SIZE[1.2] 3 RFC822.HEADER {4}\r\nH: v"
              " RFC822.TEXT \"t\" RFC822 \"\")\r\n";
        ResponseParser parser;
        const auto out = parser.feed(bytes);
        QCOMPARE(out.size(), 1);
        IMAP_AS(FetchData, f, out.first());
        QCOMPARE(f.uid, 99u);
        QCOMPARE(f.section(""), message);
        QCOMPARE(f.section("HEADER.FIELDS (SUBJECT \"X-Odd]\")"), QByteArray("Subject: hi\r\n"));
        QCOMPARE(f.sections.at(2).origin, 1024);
        QCOMPARE(f.sections.at(2).data, QByteArray("partial"));
        QVERIFY(f.sections.at(3).data.isNull());
        QCOMPARE(f.section("1.2", true).size(), 3);
        QCOMPARE(f.binarySizes.first(), (std::pair<QByteArray, quint64>("1.2", 3)));
        QCOMPARE(f.section("HEADER"), QByteArray("H: v"));
        QCOMPARE(f.section("TEXT"), QByteArray("t"));
    }

    void extensions()
    {
        IMAP_AS(FetchData, g, parseSingle(
            "* 1 FETCH (X-GM-THRID 1278455344230334865 X-GM-MSGID 1278455344230334865 "
            "X-GM-LABELS (\\Inbox \\Sent Important \"Muy Importante\" \"&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-\") UID 9 FLAGS ())\r\n"));
        QCOMPARE(g.gmThrId, 1278455344230334865ull);
        QCOMPARE(g.gmMsgId, 1278455344230334865ull);
        QCOMPARE(g.gmLabels, (QList<QByteArray>{"\\Inbox", "\\Sent", "Important", "Muy Importante", "&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-"}));
        QVERIFY(g.has(FetchItem::Flags));
        QCOMPARE(g.flags, FlagList{});

        IMAP_AS(FetchData, p, parseSingle("* 2 FETCH (PREVIEW \"Привет, это текст письма\" SNIPPET (FUZZY \"x\"))\r\n"));
        QCOMPARE(p.preview, QByteArray("x")); // the later item wins
        IMAP_AS(FetchData, p2, parseSingle("* 2 FETCH (PREVIEW (FUZZY) {5}\r\nabcde)\r\n"));
        QCOMPARE(p2.preview, QByteArray("abcde"));
        IMAP_AS(FetchData, p3, parseSingle("* 2 FETCH (PREVIEW NIL)\r\n"));
        QVERIFY(p3.has(FetchItem::Preview) && p3.preview.isNull());

        IMAP_AS(FetchData, o, parseSingle("* 3 FETCH (EMAILID (M6d99ac3275bb4e) THREADID NIL SAVEDATE \"01-Jan-2024 10:00:00 +0000\")\r\n"));
        QCOMPARE(o.emailId, QByteArray("M6d99ac3275bb4e"));
        QVERIFY(o.threadId.isNull() && o.has(FetchItem::ThreadId));
        QCOMPARE(o.saveDate, QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC));

        IMAP_AS(FetchData, u, parseSingle("* 4 FETCH (X-FUTURE (a \"b\" (c)) UID 3 X-SECTION[1 (A)]<0> {2}\r\nzz)\r\n"));
        QCOMPARE(u.uid, 3u);
        QCOMPARE(u.unknown.size(), 2);
        QCOMPARE(u.unknown.at(0).first, QByteArray("X-FUTURE"));
        QCOMPARE(u.unknown.at(0).second, QByteArray("(a \"b\" (c))"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("uid not a number") << QByteArray("* 1 FETCH (UID x)\r\n") << QStringLiteral("expected a number");
        QTest::newRow("unterminated list") << QByteArray("* 1 FETCH (UID 1\r\n") << QStringLiteral("unterminated FETCH list");
        QTest::newRow("envelope short") << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL))\r\n") << QStringLiteral("expected a space");
        QTest::newRow("address short") << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL ((NIL NIL \"a\")) NIL NIL NIL NIL NIL NIL NIL))\r\n") << QStringLiteral("expected a space");
        QTest::newRow("modseq no list") << QByteArray("* 1 FETCH (MODSEQ 5)\r\n") << QStringLiteral("expected '('");
        QTest::newRow("section unterminated") << QByteArray("* 1 FETCH (BODY[1 \"x\")\r\n") << QStringLiteral("unterminated '['");
        QTest::newRow("literal size mismatch") << QByteArray() << QStringLiteral("literal size does not match its data");
        QTest::newRow("no literal data") << QByteArray() << QStringLiteral("literal data missing");
        QTest::newRow("missing item value") << QByteArray("* 1 FETCH (UID)\r\n") << QStringLiteral("expected a space");
        QTest::newRow("fetch without list") << QByteArray("* 1 FETCH UID 1\r\n") << QStringLiteral("expected '('");
    }
    void errors()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, message);
        Response r;
        if (line.isEmpty()) {
            // Only ResponseParser::parseOne can be handed literals that do not match the text.
            const QList<QByteArray> literals = message.contains(QLatin1String("mismatch")) || message.contains(QLatin1String("match"))
                ? QList<QByteArray>{"abc"} : QList<QByteArray>{};
            r = ResponseParser::parseOne("* 1 FETCH (BODY[] {5}\r\n)\r\n", literals);
        } else {
            r = parseSingle(line);
        }
        IMAP_AS(ParseError, e, r);
        QCOMPARE(e.message, message);
        QCOMPARE(e.kind, ParseError::Kind::Syntax);
    }

    void literalIsNotCopied()
    {
        // The literal is received into one buffer; the response shares that buffer.
        ResponseParser parser;
        const QByteArray payload(1 << 20, 'q');
        QList<Response> out;
        parser.feed("* 1 FETCH (BODY[] {1048576}\r\n", out);
        for (qsizetype i = 0; i < payload.size(); i += 65536)
            parser.feed(QByteArrayView(payload).sliced(i, 65536), out);
        parser.feed(")\r\n", out);
        QCOMPARE(out.size(), 1);
        IMAP_AS(FetchData, f, out.first());
        const QByteArray data = f.sections.first().data;
        // Copies of a response share the literal's storage.
        const Response copy = out.first();
        QCOMPARE(std::get<FetchData>(copy).sections.first().data.constData(), data.constData());
        QCOMPARE(data, payload);
    }
};

QTEST_GUILESS_MAIN(TestFetchParser)
#include "tst_fetchparser.moc"
