// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/headerdecoder.h"
#include "mime/headersummary.h"

#include <QTest>

using namespace Pigeon::Mime;

class TestHeaderDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("fallback");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray(" Hello world") << QByteArray() << QStringLiteral("Hello world");
        QTest::newRow("folded") << QByteArray("Hello\r\n world") << QByteArray() << QStringLiteral("Hello world");
        QTest::newRow("Q with underscores") << QByteArray("=?iso-8859-2?Q?Za=BF=F3=B3=E6_g=EA=B6l=B1?=")
                                            << QByteArray() << QStringLiteral("Zażółć gęślą");
        QTest::newRow("B koi8-r") << QByteArray("=?koi8-r?B?8NLJ18XU?=") << QByteArray() << QStringLiteral("Привет");
        // RFC 2047 §6.2: blanks between adjacent encoded words are not shown.
        QTest::newRow("adjacent words") << QByteArray("=?utf-8?Q?a?= \r\n =?utf-8?Q?b?=") << QByteArray()
                                        << QStringLiteral("ab");
        QTest::newRow("word then text") << QByteArray("=?utf-8?Q?Re:?= hello") << QByteArray()
                                        << QStringLiteral("Re: hello");
        // A UTF-8 character split over two words (broken encoders do this) survives.
        QTest::newRow("split multibyte") << QByteArray("=?UTF-8?B?0J/R?= =?UTF-8?B?gNC40LLQtdGC?=")
                                         << QByteArray() << QStringLiteral("Привет");
        QTest::newRow("windows-1250 split word (corpus pl)")
            << QByteArray("=?windows-1250?Q?odpowied=9F:_Piotrze?=\n =?windows-1250?Q?_ci=B9gle?=")
            << QByteArray() << QStringLiteral("odpowiedź: Piotrze ciągle");
        QTest::newRow("no blank before word") << QByteArray("Re:=?utf-8?Q?=C3=A9t=C3=A9?=") << QByteArray()
                                              << QStringLiteral("Re:été");
        QTest::newRow("inside quotes") << QByteArray("\"=?utf-8?Q?J=C3=B6rg?=\"") << QByteArray()
                                       << QStringLiteral("\"Jörg\"");
        QTest::newRow("language tag") << QByteArray("=?utf-8*pl?Q?=C5=BC?=") << QByteArray() << QStringLiteral("ż");
        QTest::newRow("windows-1256 persian")
            << QByteArray("=?windows-1256?B?0+HH4w==?=") << QByteArray() << QStringLiteral("سلام");
        QTest::newRow("invalid base64 decodes what it can")
            << QByteArray("=?utf-8?B?SGVs*bG8?=") << QByteArray() << QStringLiteral("Hello");
        QTest::newRow("unknown charset, utf-8 bytes") << QByteArray("=?x-bogus?Q?=C5=BC=C3=B3=C5=82w?=")
                                                      << QByteArray() << QStringLiteral("żółw");
        QTest::newRow("not a word (space inside)") << QByteArray("=?utf-8?Q?a b?=") << QByteArray()
                                                   << QStringLiteral("=?utf-8?Q?a b?=");
        QTest::newRow("raw 8-bit with body hint") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << QByteArray("koi8-r")
                                                  << QStringLiteral("Привет");
        QTest::newRow("raw utf-8 (RFC 6532)") << QByteArray("Za\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87") << QByteArray()
                                              << QStringLiteral("Zażółć");
        // Where an encoded word may start: every '=' is a candidate, the last byte is not.
        QTest::newRow("stray equals before word") << QByteArray("a==?utf-8?Q?b?=") << QByteArray()
                                                  << QStringLiteral("a=b");
        QTest::newRow("equals question at end") << QByteArray("x =?") << QByteArray() << QStringLiteral("x =?");
        QTest::newRow("equals at end") << QByteArray("1+1=") << QByteArray() << QStringLiteral("1+1=");
        QTest::newRow("word start inside word start")
            << QByteArray("=?=?utf-8?Q?c?=") << QByteArray() << QStringLiteral("=?c");
        QTest::newRow("encoded newline becomes space") << QByteArray("=?utf-8?Q?a=0Ab?=") << QByteArray()
                                                       << QStringLiteral("a b");
    }
    void text()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, fallback);
        QFETCH(QString, expected);
        QCOMPARE(HeaderDecoder::decodeText(raw, fallback), expected);
    }

    // A run of adjacent words decodes into one buffer, on the stack up to 512 bytes: a
    // longer one (here 40 words, 1,600 bytes) must come out whole.
    void longRun()
    {
        const QString word = QStringLiteral("Сообщение о проверке ");
        QByteArray raw;
        QString expected;
        for (int i = 0; i < 40; ++i) {
            raw += "=?UTF-8?B?" + word.toUtf8().toBase64() + "?=\r\n ";
            expected += word;
        }
        QCOMPARE(HeaderDecoder::decodeText(raw), expected);
    }

    void addresses_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QStringList>("expected"); // "name|address"
        QTest::newRow("simple") << QByteArray("Alice <alice@example.com>")
                                << QStringList{QStringLiteral("Alice|alice@example.com")};
        QTest::newRow("encoded name with comma")
            << QByteArray("=?utf-8?Q?Kowalski=2C_Jan?= <jan@example.pl>, bob@example.com")
            << QStringList{QStringLiteral("Kowalski, Jan|jan@example.pl"), QStringLiteral("|bob@example.com")};
        QTest::newRow("quoted encoded name") << QByteArray("\"=?windows-1251?B?wuvg5Ojs6PA=?=\" <v@example.ru>")
                                             << QStringList{QStringLiteral("Владимир|v@example.ru")};
        QTest::newRow("group flattened") << QByteArray("team: a@x.org, b@y.org;")
                                         << QStringList{QStringLiteral("|a@x.org"), QStringLiteral("|b@y.org")};
        QTest::newRow("empty group") << QByteArray("undisclosed-recipients:;") << QStringList{};
        QTest::newRow("raw utf-8 name") << QByteArray("J\xc3\xb6rg <j@example.de>")
                                        << QStringList{QStringLiteral("Jörg|j@example.de")};
        QTest::newRow("persian name") << QByteArray("=?UTF-8?B?2LnZhNuM?= <ali@example.ir>")
                                      << QStringList{QStringLiteral("علی|ali@example.ir")};
    }
    void addresses()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const Mailbox &m : HeaderDecoder::decodeAddresses(raw))
            got.append(m.name + QLatin1Char('|') + m.address);
        QCOMPARE(got, expected);
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<int>("offset");
        QTest::newRow("rfc5322") << QByteArray("Tue, 16 Dec 2014 17:48:17 +0200")
                                 << QStringLiteral("2014-12-16T15:48:17Z") << 7200;
        QTest::newRow("tehran half hour") << QByteArray("Sun, 22 Nov 2026 10:00:00 +0330")
                                          << QStringLiteral("2026-11-22T06:30:00Z") << 12600;
        QTest::newRow("obsolete zone") << QByteArray("Mon, 1 Jan 2001 12:00:00 EST")
                                       << QStringLiteral("2001-01-01T17:00:00Z") << -18000;
        QTest::newRow("no weekday, folded") << QByteArray("1 Jan 2001\r\n 12:00:00 +0000")
                                            << QStringLiteral("2001-01-01T12:00:00Z") << 0;
    }
    void dates()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, utc);
        QFETCH(int, offset);
        const QDateTime d = HeaderDecoder::decodeDate(raw);
        QVERIFY(d.isValid());
        QCOMPARE(d.toUTC().toString(Qt::ISODate), utc);
        QCOMPARE(d.offsetFromUtc(), offset);
    }
    void badDate()
    {
        QVERIFY(!HeaderDecoder::decodeDate("not a date at all").isValid());
        QVERIFY(!HeaderDecoder::decodeDate("").isValid());
    }

    void messageIds()
    {
        QCOMPARE(HeaderDecoder::decodeMessageId(" <abc@example.com>"), QByteArray("abc@example.com"));
        QCOMPARE(HeaderDecoder::decodeMessageIds("<a@x> (comment)\r\n\t<b@y>"),
                 (QList<QByteArray>{"a@x", "b@y"}));
    }

    void summaryFromHeaderBlock()
    {
        const QByteArray block = "From MAILER-DAEMON Thu Jan  1 00:00:00 2015\n"
                                 "From: =?utf-8?B?0JLQu9Cw0LTQuNC80LjRgA==?= <v@example.ru>\n"
                                 "To: a@example.com, \"B\" <b@example.com>\n"
                                 "Subject: =?utf-8?Q?=D0=A2=D0=B5=D1=81=D1=82?=\n"
                                 "Date: Tue, 16 Dec 2014 17:48:17 +0200\n"
                                 "Message-ID: <id1@example.ru>\n"
                                 "In-Reply-To: <id0@example.ru>\n"
                                 "References: <idA@example.ru> <id0@example.ru>\n"
                                 "Content-Type: multipart/mixed; boundary=x\n"
                                 "\n"
                                 "--x\nFrom: not a header\n";
        const HeaderSummary s = HeaderSummary::fromHeaderBlock(block);
        QCOMPARE(s.subject, QStringLiteral("Тест"));
        QCOMPARE(s.from.value(0).name, QStringLiteral("Владимир"));
        QCOMPARE(s.to.size(), 2);
        QCOMPARE(s.messageId, QByteArray("id1@example.ru"));
        QCOMPARE(s.inReplyTo, QByteArray("id0@example.ru"));
        QCOMPARE(s.references, (QList<QByteArray>{"idA@example.ru", "id0@example.ru"}));
        QCOMPARE(s.date.toUTC(), QDateTime(QDate(2014, 12, 16), QTime(15, 48, 17), Qt::UTC));
        QCOMPARE(s.contentType, QByteArray("multipart/mixed"));
        QVERIFY(s.hasAttachments);
    }

    void summaryRaw8bitUsesBodyCharset()
    {
        // Subject in raw windows-1251 bytes, the only clue is the body's charset.
        const QByteArray block = "Subject: \xcf\xf0\xe8\xe2\xe5\xf2\n"
                                 "Content-Type: text/plain; charset=windows-1251\n\n";
        const HeaderSummary s = HeaderSummary::fromHeaderBlock(block);
        QCOMPARE(s.subject, QStringLiteral("Привет"));
        QVERIFY(!s.hasAttachments);
    }
};

QTEST_GUILESS_MAIN(TestHeaderDecoder)
#include "tst_headerdecoder.moc"
