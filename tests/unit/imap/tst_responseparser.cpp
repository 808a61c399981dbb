// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Status responses, response codes, server and mailbox data, framing, limits, errors.
#include "imaptestutil.h"

#include <QRandomGenerator>

using namespace Pigeon::Imap;
using Pigeon::Imap::Test::parseSingle;

Q_DECLARE_METATYPE(Pigeon::Imap::Status)
Q_DECLARE_METATYPE(Pigeon::Imap::ResponseCodeKind)
Q_DECLARE_METATYPE(Pigeon::Imap::ParseError::Kind)

class TestResponseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusResponses_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<Status>("status");
        QTest::addColumn<ResponseCodeKind>("code");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("tagged ok") << QByteArray("A0001 OK LOGIN completed\r\n") << QByteArray("A0001") << Status::Ok << ResponseCodeKind::None << QByteArray("LOGIN completed");
        QTest::newRow("lower-case no") << QByteArray("a2 no [AUTHENTICATIONFAILED] Authentication failed.\r\n") << QByteArray("a2") << Status::No << ResponseCodeKind::AuthenticationFailed << QByteArray("Authentication failed.");
        QTest::newRow("bad without text") << QByteArray("A3 BAD\r\n") << QByteArray("A3") << Status::Bad << ResponseCodeKind::None << QByteArray();
        QTest::newRow("greeting") << QByteArray("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.\r\n") << QByteArray() << Status::Ok << ResponseCodeKind::Capability << QByteArray("Dovecot (Debian) ready.");
        QTest::newRow("preauth") << QByteArray("* PREAUTH IMAP4rev1 server logged in as Smith\r\n") << QByteArray() << Status::PreAuth << ResponseCodeKind::None << QByteArray("IMAP4rev1 server logged in as Smith");
        QTest::newRow("bye") << QByteArray("* BYE Autologout; idle for too long\r\n") << QByteArray() << Status::Bye << ResponseCodeKind::None << QByteArray("Autologout; idle for too long");
        QTest::newRow("alert") << QByteArray("* OK [ALERT] System shutdown in 10 minutes\r\n") << QByteArray() << Status::Ok << ResponseCodeKind::Alert << QByteArray("System shutdown in 10 minutes");
        QTest::newRow("trycreate") << QByteArray("A5 NO [TRYCREATE] Mailbox doesn't exist: Foo\r\n") << QByteArray("A5") << Status::No << ResponseCodeKind::TryCreate << QByteArray("Mailbox doesn't exist: Foo");
        QTest::newRow("read-only") << QByteArray("A6 OK [READ-ONLY] Examine completed (0.001 + 0.000 secs).\r\n") << QByteArray("A6") << Status::Ok << ResponseCodeKind::ReadOnly << QByteArray("Examine completed (0.001 + 0.000 secs).");
        QTest::newRow("read-write") << QByteArray("A7 OK [READ-WRITE] Select completed.\r\n") << QByteArray("A7") << Status::Ok << ResponseCodeKind::ReadWrite << QByteArray("Select completed.");
        QTest::newRow("closed") << QByteArray("* OK [CLOSED] Previous mailbox closed.\r\n") << QByteArray() << Status::Ok << ResponseCodeKind::Closed << QByteArray("Previous mailbox closed.");
        QTest::newRow("nomodseq") << QByteArray("* OK [NOMODSEQ] Sorry, this mailbox format doesn't support modsequences\r\n") << QByteArray() << Status::Ok << ResponseCodeKind::NoModSeq << QByteArray("Sorry, this mailbox format doesn't support modsequences");
        QTest::newRow("code without text") << QByteArray("* OK [UIDNEXT 4392]\r\n") << QByteArray() << Status::Ok << ResponseCodeKind::UidNext << QByteArray();
        QTest::newRow("unknown code") << QByteArray("* NO [X-GM-SOMETHING 1 2 (3)] hmm\r\n") << QByteArray() << Status::No << ResponseCodeKind::Unknown << QByteArray("hmm");
        QTest::newRow("known code, junk args") << QByteArray("* OK [UIDNEXT abc] x\r\n") << QByteArray() << Status::Ok << ResponseCodeKind::Unknown << QByteArray("x");
        QTest::newRow("utf8 text") << QByteArray("A8 NO Почтовый ящик не найден\r\n") << QByteArray("A8") << Status::No << ResponseCodeKind::None << QByteArray("Почтовый ящик не найден");
        QTest::newRow("LF only") << QByteArray("A9 OK done\n") << QByteArray("A9") << Status::Ok << ResponseCodeKind::None << QByteArray("done");
    }
private Q_SLOTS:
    void statusFields_data() { statusResponses_data(); }
    void statusFields()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, tag);
        QFETCH(Status, status);
        QFETCH(ResponseCodeKind, code);
        QFETCH(QByteArray, text);
        const Response r = parseSingle(line);
        IMAP_AS(StatusResponse, s, r);
        QCOMPARE(s.tag, tag);
        QCOMPARE(s.status, status);
        QCOMPARE(s.code.kind, code);
        QCOMPARE(s.text, text);
    }

    void responseCodeArguments()
    {
        {
            IMAP_AS(StatusResponse, s, parseSingle("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n"));
            QCOMPARE(s.code.number, 3857529045ull);
        }
        {
            IMAP_AS(StatusResponse, s, parseSingle("* OK [HIGHESTMODSEQ 715194045007] Highest\r\n"));
            QCOMPARE(s.code.kind, ResponseCodeKind::HighestModSeq);
            QCOMPARE(s.code.number, 715194045007ull);
        }
        {
            IMAP_AS(StatusResponse, s, parseSingle("* OK [UNSEEN 12] Message 12 is first unseen\r\n"));
            QCOMPARE(s.code.kind, ResponseCodeKind::Unseen);
            QCOMPARE(s.code.number, 12ull);
        }
        {
            IMAP_AS(StatusResponse, s, parseSingle("* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded $Junk \\*)] Flags permitted.\r\n"));
            QCOMPARE(s.code.kind, ResponseCodeKind::PermanentFlags);
            QCOMPARE(s.code.flags.system, MessageFlags(MessageFlag::Answered | MessageFlag::Flagged | MessageFlag::Deleted | MessageFlag::Seen | MessageFlag::Draft | MessageFlag::Wildcard));
            QCOMPARE(s.code.flags.keywords, (QList<QByteArray>{"$Forwarded", "$Junk"}));
        }
        {
            IMAP_AS(StatusResponse, s, parseSingle("A003 OK [APPENDUID 38505 3955] APPEND completed\r\n"));
            QCOMPARE(s.code.kind, ResponseCodeKind::AppendUid);
            QCOMPARE(s.code.uidValidity, 38505u);
            QCOMPARE(s.code.destinationUids.toImap(), QByteArray("3955"));
        }
        {
            IMAP_AS(StatusResponse, s, parseSingle("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n"));
            QCOMPARE(s.code.kind, ResponseCodeKind::CopyUid);
            QCOMPARE(s.code.uidValidity, 38505u);
            QCOMPARE(s.code.sourceUids.toList(), (QList<quint32>{304, 319, 320}));
            QCOMPARE(s.code.destinationUids.toList(), (QList<quint32>{3956, 3957, 3958}));
        }
        {
            IMAP_AS(StatusResponse, s, parseSingle("d105 OK [MODIFIED 7,9] Conditional STORE failed\r\n"));
            QCOMPARE(s.code.kind, ResponseCodeKind::Modified);
            QCOMPARE(s.code.sourceUids.toImap(), QByteArray("7,9"));
        }
        {
            IMAP_AS(StatusResponse, s, parseSingle("A1 OK [CAPABILITY IMAP4rev1 literal+ AUTH=PLAIN] Logged in\r\n"));
            QCOMPARE(s.code.list, (QList<QByteArray>{"IMAP4REV1", "LITERAL+", "AUTH=PLAIN"}));
        }
        {
            IMAP_AS(StatusResponse, s, parseSingle("A2 NO [BADCHARSET (UTF-8 US-ASCII)] charset\r\n"));
            QCOMPARE(s.code.kind, ResponseCodeKind::BadCharset);
            QCOMPARE(s.code.list, (QList<QByteArray>{"UTF-8", "US-ASCII"}));
        }
        {
            IMAP_AS(StatusResponse, s, parseSingle("* OK [WEBALERT https://x.invalid/a?b=c] Web login required\r\n"));
            QCOMPARE(s.code.kind, ResponseCodeKind::Unknown);
            QCOMPARE(s.code.name, QByteArray("WEBALERT"));
            QCOMPARE(s.code.raw, QByteArray("https://x.invalid/a?b=c"));
        }
    }

    void capabilityAndEnabled()
    {
        IMAP_AS(CapabilityData, c, parseSingle("* CAPABILITY IMAP4rev1 SASL-IR ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES CONDSTORE QRESYNC SNIPPET=FUZZY PREVIEW=FUZZY LITERAL+ SPECIAL-USE\r\n"));
        QCOMPARE(c.capabilities.size(), 14);
        QVERIFY(c.capabilities.contains("PREVIEW=FUZZY"));
        QCOMPARE(c.capabilities.first(), QByteArray("IMAP4REV1"));
        IMAP_AS(EnabledData, e, parseSingle("* ENABLED CONDSTORE QRESYNC\r\n"));
        QCOMPARE(e.capabilities, (QList<QByteArray>{"CONDSTORE", "QRESYNC"}));
        IMAP_AS(EnabledData, none, parseSingle("* ENABLED\r\n"));
        QVERIFY(none.capabilities.isEmpty());
    }

    void list_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("attributes");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dovecot inbox") << QByteArray("* LIST (\\HasNoChildren) \"/\" INBOX\r\n") << int(MailboxAttribute::HasNoChildren) << QStringLiteral("/") << QStringLiteral("INBOX") << true;
        QTest::newRow("lower-case inbox") << QByteArray("* LIST () \".\" inbox\r\n") << 0 << QStringLiteral(".") << QStringLiteral("INBOX") << true;
        QTest::newRow("special-use") << QByteArray("* LIST (\\HasNoChildren \\Sent) \"/\" Sent\r\n") << int(MailboxAttribute::HasNoChildren | MailboxAttribute::Sent) << QStringLiteral("/") << QStringLiteral("Sent") << true;
        QTest::newRow("gmail") << QByteArray("* LIST (\\All \\HasNoChildren) \"/\" \"[Gmail]/All Mail\"\r\n") << int(MailboxAttribute::All | MailboxAttribute::HasNoChildren) << QStringLiteral("/") << QStringLiteral("[Gmail]/All Mail") << true;
        QTest::newRow("noselect nil delim") << QByteArray("* LIST (\\Noselect) NIL \"\"\r\n") << int(MailboxAttribute::NoSelect) << QString() << QString() << true;
        QTest::newRow("backslash delim") << QByteArray("* LIST () \"\\\\\" \"Archive\\\\2024\"\r\n") << 0 << QStringLiteral("\\") << QStringLiteral("Archive\\2024") << true;
        QTest::newRow("cyrillic") << QByteArray("* LIST (\\HasNoChildren) \"/\" \"&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-\"\r\n") << int(MailboxAttribute::HasNoChildren) << QStringLiteral("/") << QStringLiteral("Отправленные") << true;
        QTest::newRow("persian literal") << QByteArray("* LIST (\\HasNoChildren) \"/\" {26}\r\n&BicGMQYzBicGRCAMBjQGLwZH-\r\n") << int(MailboxAttribute::HasNoChildren) << QStringLiteral("/") << QStringLiteral("ارسال\u200cشده") << true;
        QTest::newRow("ampersand") << QByteArray("* LSUB () \"/\" \"Tom &- Jerry\"\r\n") << 0 << QStringLiteral("/") << QStringLiteral("Tom & Jerry") << true;
        QTest::newRow("broken mutf7") << QByteArray("* LIST () \"/\" \"Caf&AOk\"\r\n") << 0 << QStringLiteral("/") << QStringLiteral("Caf&AOk") << false;
        QTest::newRow("raw utf8 from a sloppy server") << QByteArray("* LIST () \"/\" \"Входящие\"\r\n") << 0 << QStringLiteral("/") << QStringLiteral("Входящие") << false;
        QTest::newRow("unknown attr + childinfo") << QByteArray("* LIST (\\Subscribed \\X-Custom) \"/\" Foo (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n") << int(MailboxAttribute::Subscribed) << QStringLiteral("/") << QStringLiteral("Foo") << true;
        QTest::newRow("nonexistent") << QByteArray("* LIST (\\NonExistent \\HasChildren) \".\" Bar\r\n") << int(MailboxAttribute::NonExistent | MailboxAttribute::HasChildren) << QStringLiteral(".") << QStringLiteral("Bar") << true;
    }
    void list()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, attributes);
        QFETCH(QString, delimiter);
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const Response r = parseSingle(line);
        IMAP_AS(ListData, l, r);
        QCOMPARE(int(l.attributes), attributes);
        QCOMPARE(l.delimiter.isNull() ? QString() : QString(l.delimiter), delimiter);
        QCOMPARE(l.mailbox.name, name);
        QCOMPARE(l.mailbox.valid, valid);
        QCOMPARE(l.lsub, line.startsWith("* LSUB"));
    }

    void listExtended()
    {
        IMAP_AS(ListData, l, parseSingle("* LIST (\\Subscribed \\X-Custom) \"/\" Foo (\"CHILDINFO\" (\"SUBSCRIBED\") \"OLDNAME\" (\"Bar\"))\r\n"));
        QCOMPARE(l.otherAttributes, (QList<QByteArray>{"\\X-Custom"}));
        QCOMPARE(l.childInfo, (QList<QByteArray>{"SUBSCRIBED"}));
        QVERIFY(l.oldName.has_value());
        QCOMPARE(l.oldName->name, QStringLiteral("Bar"));
    }

    void utf8Mailboxes()
    {
        ResponseParser parser;
        parser.setUtf8Mailboxes(true);
        const auto out = parser.feed("* LIST () \"/\" \"Входящие/Ящик&Co\"\r\n");
        QCOMPARE(out.size(), 1);
        IMAP_AS(ListData, l, out.first());
        QCOMPARE(l.mailbox.name, QStringLiteral("Входящие/Ящик&Co"));
        QVERIFY(l.mailbox.valid);
    }

    void status()
    {
        IMAP_AS(StatusData, s, parseSingle("* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292 UIDVALIDITY 1 UNSEEN 3 HIGHESTMODSEQ 90060128194045007 SIZE 1234567 X-FUTURE (1 2))\r\n"));
        QCOMPARE(s.mailbox.name, QStringLiteral("blurdybloop"));
        QCOMPARE(s.messages, std::optional<quint64>(231));
        QCOMPARE(s.uidNext, std::optional<quint64>(44292));
        QCOMPARE(s.uidValidity, std::optional<quint64>(1));
        QCOMPARE(s.unseen, std::optional<quint64>(3));
        QCOMPARE(s.highestModSeq, std::optional<quint64>(90060128194045007ull));
        QCOMPARE(s.size, std::optional<quint64>(1234567));
        QVERIFY(!s.recent.has_value());
        IMAP_AS(StatusData, q, parseSingle("* STATUS \"&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-\" ()\r\n"));
        QCOMPARE(q.mailbox.name, QStringLiteral("Отправленные"));
        QVERIFY(!q.messages.has_value());
    }

    void search()
    {
        IMAP_AS(SearchData, a, parseSingle("* SEARCH 2 3 6\r\n"));
        QCOMPARE(a.numbers, (QList<quint32>{2, 3, 6}));
        QVERIFY(!a.modSeq);
        IMAP_AS(SearchData, b, parseSingle("* SEARCH\r\n"));
        QVERIFY(b.numbers.isEmpty());
        IMAP_AS(SearchData, c, parseSingle("* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n"));
        QCOMPARE(c.numbers.size(), 10);
        QCOMPARE(c.modSeq, std::optional<quint64>(917162500));
        IMAP_AS(SearchData, d, parseSingle("* SORT 5 3 4 1 2\r\n"));
        QVERIFY(d.sort);
        QCOMPARE(d.numbers, (QList<quint32>{5, 3, 4, 1, 2}));
        IMAP_AS(SearchData, e, parseSingle("* SEARCH \r\n")); // trailing space (seen from Exchange)
        QVERIFY(e.numbers.isEmpty());
    }

    void esearch()
    {
        IMAP_AS(ESearchData, a, parseSingle("* ESEARCH (TAG \"A282\") MIN 2 COUNT 3\r\n"));
        QCOMPARE(a.tag, QByteArray("A282"));
        QVERIFY(!a.uid);
        QCOMPARE(a.min, std::optional<quint32>(2));
        QCOMPARE(a.count, std::optional<quint32>(3));
        IMAP_AS(ESearchData, b, parseSingle("* ESEARCH (TAG \"A285\") UID MIN 7 MAX 3800 ALL 7,9:11,3800 MODSEQ 1234\r\n"));
        QVERIFY(b.uid);
        QCOMPARE(b.max, std::optional<quint32>(3800));
        QCOMPARE(b.all->toImap(), QByteArray("7,9:11,3800"));
        QCOMPARE(b.modSeq, std::optional<quint64>(1234));
        IMAP_AS(ESearchData, c, parseSingle("* ESEARCH (TAG \"A1\") UID PARTIAL (1:10 1,3) COUNT 2\r\n"));
        QCOMPARE(c.count, std::optional<quint32>(2));
        IMAP_AS(ESearchData, d, parseSingle("* ESEARCH (TAG \"A2\")\r\n"));
        QVERIFY(!d.count && !d.all);
    }

    void messageNumbers_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<uint>("number");
        QTest::newRow("exists") << QByteArray("* 172 EXISTS\r\n") << int(MessageNumberData::Kind::Exists) << 172u;
        QTest::newRow("recent") << QByteArray("* 1 RECENT\r\n") << int(MessageNumberData::Kind::Recent) << 1u;
        QTest::newRow("expunge") << QByteArray("* 44 EXPUNGE\r\n") << int(MessageNumberData::Kind::Expunge) << 44u;
        QTest::newRow("zero exists") << QByteArray("* 0 exists\r\n") << int(MessageNumberData::Kind::Exists) << 0u;
        QTest::newRow("max") << QByteArray("* 4294967295 EXISTS\r\n") << int(MessageNumberData::Kind::Exists) << 4294967295u;
    }
    void messageNumbers()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, kind);
        QFETCH(uint, number);
        IMAP_AS(MessageNumberData, d, parseSingle(line));
        QCOMPARE(int(d.kind), kind);
        QCOMPARE(d.number, number);
    }

    void vanishedFlagsNamespaceId()
    {
        IMAP_AS(VanishedData, v, parseSingle("* VANISHED (EARLIER) 41,43:116,118,120:211,214:540\r\n"));
        QVERIFY(v.earlier);
        QCOMPARE(v.uids.count(), 1u + 74 + 1 + 92 + 327);
        IMAP_AS(VanishedData, w, parseSingle("* VANISHED 405,407,410,425\r\n"));
        QVERIFY(!w.earlier);
        QCOMPARE(w.uids.toList(), (QList<quint32>{405, 407, 410, 425}));

        IMAP_AS(FlagsData, f, parseSingle("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded NonJunk)\r\n"));
        QCOMPARE(f.flags.system, MessageFlags(MessageFlag::Answered | MessageFlag::Flagged | MessageFlag::Deleted | MessageFlag::Seen | MessageFlag::Draft));
        QCOMPARE(f.flags.keywords, (QList<QByteArray>{"$Forwarded", "NonJunk"}));

        IMAP_AS(NamespaceData, n, parseSingle("* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\" \"X-PARAM\" (\"FLAG1\" \"FLAG2\"))(\"#public/\" \"/\"))\r\n"));
        QCOMPARE(n.personal.size(), 1);
        QCOMPARE(n.personal.first().delimiter, QChar(u'/'));
        QCOMPARE(n.otherUsers.first().prefix.name, QStringLiteral("~"));
        QCOMPARE(n.shared.size(), 2);
        QCOMPARE(n.shared.first().extensions.first().first, QByteArray("X-PARAM"));
        QCOMPARE(n.shared.first().extensions.first().second, (QList<QByteArray>{"FLAG1", "FLAG2"}));
        IMAP_AS(NamespaceData, gm, parseSingle("* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n"));
        QVERIFY(gm.otherUsers.isEmpty() && gm.shared.isEmpty());
        QVERIFY(gm.personal.first().prefix.name.isEmpty());

        IMAP_AS(IdData, id, parseSingle("* ID (\"name\" \"Dovecot\" \"version\" NIL)\r\n"));
        QCOMPARE(id.fields.size(), 2);
        QCOMPARE(id.fields.at(0).second, QByteArray("Dovecot"));
        QVERIFY(id.fields.at(1).second.isNull());
        IMAP_AS(IdData, idnil, parseSingle("* ID NIL\r\n"));
        QVERIFY(idnil.fields.isEmpty());
    }

    void continuationAndUnknown()
    {
        IMAP_AS(ContinuationRequest, c, parseSingle("+ Ready for literal data\r\n"));
        QCOMPARE(c.text, QByteArray("Ready for literal data"));
        IMAP_AS(ContinuationRequest, bare, parseSingle("+\r\n"));
        QVERIFY(bare.text.isEmpty());
        IMAP_AS(ContinuationRequest, sasl, parseSingle("+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\r\n"));
        QCOMPARE(sasl.text.size(), 56);
        IMAP_AS(UnknownData, u, parseSingle("* QUOTA \"\" (STORAGE 10 512)\r\n"));
        QCOMPARE(u.name, QByteArray("QUOTA"));
        QCOMPARE(u.text, QByteArray("\"\" (STORAGE 10 512)"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ParseError::Kind>("kind");
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<QString>("message");
        QTest::newRow("tag without status") << QByteArray("A1 HELLO world\r\n") << ParseError::Kind::Syntax << QByteArray("A1") << QStringLiteral("expected OK, NO or BAD after the tag");
        QTest::newRow("star without space") << QByteArray("*OK\r\n") << ParseError::Kind::Syntax << QByteArray() << QStringLiteral("expected a space");
        QTest::newRow("garbage start") << QByteArray("(((\r\n") << ParseError::Kind::Syntax << QByteArray() << QStringLiteral("expected a tag, '*' or '+'");
        QTest::newRow("unterminated quote") << QByteArray("* LIST () \"/\" \"INBOX\r\n") << ParseError::Kind::Syntax << QByteArray() << QStringLiteral("unterminated quoted string");
        QTest::newRow("list without mailbox") << QByteArray("* LIST () \"/\"\r\n") << ParseError::Kind::Syntax << QByteArray() << QStringLiteral("expected a space");
        QTest::newRow("exists overflow") << QByteArray("* 99999999999 EXISTS\r\n") << ParseError::Kind::Syntax << QByteArray() << QStringLiteral("number out of range");
        QTest::newRow("number64 overflow") << QByteArray("* OK [HIGHESTMODSEQ 99999999999999999999] x\r\n") << ParseError::Kind::Syntax << QByteArray() << QString(); // becomes Unknown code, not an error
        QTest::newRow("search junk") << QByteArray("* SEARCH 1 2 x\r\n") << ParseError::Kind::Syntax << QByteArray() << QStringLiteral("expected a number");
        QTest::newRow("status unterminated") << QByteArray("* STATUS INBOX (MESSAGES 1\r\n") << ParseError::Kind::Syntax << QByteArray() << QStringLiteral("unterminated STATUS list");
        QTest::newRow("trailing junk") << QByteArray("* 3 EXISTS now\r\n") << ParseError::Kind::Syntax << QByteArray() << QStringLiteral("unexpected data after the response");
        QTest::newRow("flags no list") << QByteArray("* FLAGS \\Seen\r\n") << ParseError::Kind::Syntax << QByteArray() << QStringLiteral("expected '('");
        QTest::newRow("deep nesting") << QByteArray("* 1 FETCH (X " + QByteArray(300, '(') + QByteArray(300, ')') + ")\r\n") << ParseError::Kind::TooDeep << QByteArray() << QStringLiteral("lists nested too deeply");
        QTest::newRow("vanished junk") << QByteArray("* VANISHED 1:x\r\n") << ParseError::Kind::Syntax << QByteArray() << QStringLiteral("malformed UID set");
        QTest::newRow("literal missing data marker") << QByteArray("* LIST () \"/\" {3}x\r\n") << ParseError::Kind::Syntax << QByteArray() << QStringLiteral("literal not followed by CRLF");
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ParseError::Kind, kind);
        QFETCH(QByteArray, tag);
        QFETCH(QString, message);
        const Response r = parseSingle(bytes);
        if (message.isEmpty()) {
            QVERIFY(!std::holds_alternative<ParseError>(r));
            return;
        }
        IMAP_AS(ParseError, e, r);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.tag, tag);
        QCOMPARE(e.message, message);
        QVERIFY(!e.excerpt.isEmpty());
    }

    void errorsBecomeMailErrors()
    {
        ParseError syntax;
        syntax.message = QStringLiteral("expected a number");
        const Pigeon::MailError a = ResponseParser::toMailError(syntax);
        QCOMPARE(a.kind(), Pigeon::MailError::Kind::Protocol);
        QVERIFY(a.text().contains(QLatin1String("expected a number")));
        ParseError deep;
        deep.kind = ParseError::Kind::TooDeep;
        QCOMPARE(ResponseParser::toMailError(deep).kind(), Pigeon::MailError::Kind::LimitExceeded);
    }

    void errorDoesNotDerailTheStream()
    {
        ResponseParser parser;
        const auto out = parser.feed("* 1 FETCH (FLAGS (\\Seen) UID\r\n* 2 EXISTS\r\nA1 OK done\r\n");
        QCOMPARE(out.size(), 3);
        QVERIFY(std::holds_alternative<ParseError>(out.at(0)));
        QVERIFY(std::holds_alternative<MessageNumberData>(out.at(1)));
        QVERIFY(std::holds_alternative<StatusResponse>(out.at(2)));
    }

    void literalLimit()
    {
        ParserLimits limits;
        limits.maxLiteralSize = 1000;
        ResponseParser parser(limits);
        QByteArray stream = "A1 OK fine\r\n* 1 FETCH (UID 7 BODY[] {5000}\r\n" + QByteArray(5000, 'x')
            + ")\r\n* 2 FETCH (UID 8 BODY[] {10}\r\n0123456789)\r\n";
        // A hostile size far beyond memory must not be allocated.
        stream += "* 3 FETCH (BODY[] {999999999999}\r\n";
        QList<Response> out;
        for (qsizetype i = 0; i < stream.size(); i += 7)
            parser.feed(QByteArrayView(stream).sliced(i, std::min<qsizetype>(7, stream.size() - i)), out);
        QCOMPARE(out.size(), 4);
        IMAP_AS(ParseError, e, out.at(1));
        QCOMPARE(e.kind, ParseError::Kind::LimitExceeded);
        IMAP_AS(FetchData, f, out.at(2));
        QCOMPARE(f.uid, 8u);
        QCOMPARE(f.section(""), QByteArray("0123456789"));
        IMAP_AS(ParseError, e2, out.at(3));
        QCOMPARE(e2.kind, ParseError::Kind::LimitExceeded);
        QVERIFY(parser.pendingBytes() < 100);
    }

    void textLimit()
    {
        ParserLimits limits;
        limits.maxResponseText = 4096;
        ResponseParser parser(limits);
        QByteArray longLine = "* SEARCH";
        for (int i = 1; i < 5000; ++i)
            longLine += ' ' + QByteArray::number(i);
        longLine += "\r\n";
        const QByteArray stream = longLine + "A7 NO " + QByteArray(5000, 'z') + " {3}\r\nabc\r\n* 5 EXISTS\r\n";
        QList<Response> out;
        for (qsizetype i = 0; i < stream.size(); i += 1000)
            parser.feed(QByteArrayView(stream).sliced(i, std::min<qsizetype>(1000, stream.size() - i)), out);
        QCOMPARE(out.size(), 3);
        IMAP_AS(ParseError, e, out.at(0));
        QCOMPARE(e.kind, ParseError::Kind::LimitExceeded);
        IMAP_AS(ParseError, e2, out.at(1));
        QCOMPARE(e2.tag, QByteArray("A7"));
        IMAP_AS(MessageNumberData, d, out.at(2)); // the skipped literal kept the stream in step
        QCOMPARE(d.number, 5u);
    }

    void anySplitGivesTheSameResponses()
    {
        static const char stream[] =
            "* OK [CAPABILITY IMAP4rev1 LITERAL+] ready\r\n"
            "* LIST (\\HasNoChildren) \"/\" {12}\r\nMy &- Folder\r\n"
            "* 3 FETCH (UID 9 FLAGS (\\Seen $Label1) BODY[HEADER.FIELDS (SUBJECT)] {26}\r\nSubject: =?UTF-8?Q?x?=\r\n\r\n"
            " BINARY[1] ~{4}\r\n\0\1\2\3 ENVELOPE (\"Mon, 7 Feb 1994 21:52:25 -0800\" {5}\r\nhello ((\"A\" NIL \"a\" \"b.c\")) NIL NIL NIL NIL NIL NIL \"<x@y>\"))\r\n"
            "* 4 FETCH (BODY[] {0}\r\n)\r\n"
            "A0002 OK [READ-WRITE] done\r\n";
        const QByteArray bytes(stream, sizeof(stream) - 1); // keeps the NUL in the literal8
        ResponseParser whole;
        const QList<Response> expected = whole.feed(bytes);
        QCOMPARE(expected.size(), 5);
        for (const Response &r : expected)
            QVERIFY2(!std::holds_alternative<ParseError>(r), qPrintable(Test::describeError(r)));

        ResponseParser byteWise;
        QList<Response> got;
        for (char c : bytes)
            byteWise.feed(QByteArrayView(&c, 1), got);
        QCOMPARE(got, expected);

        auto *rng = QRandomGenerator::global();
        for (int round = 0; round < 500; ++round) {
            ResponseParser p;
            QList<Response> out;
            qsizetype i = 0;
            while (i < bytes.size()) {
                const qsizetype n = std::min<qsizetype>(bytes.size() - i, 1 + rng->bounded(40));
                p.feed(QByteArrayView(bytes).sliced(i, n), out);
                i += n;
            }
            QCOMPARE(out, expected);
            QCOMPARE(p.pendingBytes(), 0);
        }
    }

    void pendingAndReset()
    {
        ResponseParser p;
        QVERIFY(p.feed("* 1 FETCH (BODY[] {10}\r\n01234").isEmpty());
        QCOMPARE(p.pendingBytes(), qint64(QByteArray("* 1 FETCH (BODY[] {10}\r\n").size() + 5));
        p.reset();
        QCOMPARE(p.pendingBytes(), 0);
        const auto out = p.feed("* 2 EXISTS\r\n");
        QCOMPARE(out.size(), 1);
        QVERIFY(std::holds_alternative<MessageNumberData>(out.first()));
    }

    void wholeLiteralIsShared()
    {
        // The transport framed the literal into its own buffer: the parser keeps that
        // buffer (no second copy); a literal arriving in pieces is assembled as usual.
        for (const bool whole : {true, false}) {
            ResponseParser parser;
            QList<Response> out;
            parser.feed("* 1 FETCH (UID 9 BODY[] {11}\r\n", out);
            QVERIFY(out.isEmpty());
            const QByteArray literal("hello world");
            if (whole) {
                parser.feedLiteral(literal, out);
            } else {
                parser.feedLiteral(literal.left(4), out);
                parser.feedLiteral(literal.mid(4), out);
            }
            parser.feed(")\r\n", out);
            QCOMPARE(out.size(), 1);
            IMAP_AS(FetchData, f, out.first());
            QCOMPARE(f.section(""), literal);
            QCOMPARE(f.section("").constData() == literal.constData(), whole);
        }
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
