// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "pop3/wire/responseparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Pigeon::Pop3;

namespace {

Response single(const QList<ResponseParser::Item> &items)
{
    if (items.size() != 1 || !std::holds_alternative<Response>(items.first()))
        return Response{Response::Status::Err, "TEST", "not exactly one response", {}, false};
    return std::get<Response>(items.first());
}

/// Feeds @p bytes in chunks of the given sizes (cycled), collecting every item.
QList<ResponseParser::Item> feedInChunks(ResponseParser &parser, const QByteArray &bytes, QList<int> sizes)
{
    QList<ResponseParser::Item> out;
    qsizetype pos = 0;
    int i = 0;
    while (pos < bytes.size()) {
        const int n = std::max(1, sizes.at(i++ % sizes.size()));
        out += parser.feed(QByteArrayView(bytes).sliced(pos, std::min<qsizetype>(n, bytes.size() - pos)));
        pos += n;
    }
    return out;
}

} // namespace

class TestPop3ResponseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusLine_data();
    void statusLine();
    void multiLine_data();
    void multiLine();
    void splitDeliveryGivesSameResult();
    void errHasNoBody();
    void pipelinedRepliesInOrder();
    void saslContinuation_data();
    void saslContinuation();
    void lineTooLong();
    void bodyTooLargeKeepsStep();
    void unexpectedLine();
    void resetDropsPartialLine();
};

void TestPop3ResponseParser::statusLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("ok bare") << QByteArray("+OK\r\n") << true << true << QByteArray() << QByteArray();
    QTest::newRow("ok text") << QByteArray("+OK Dovecot ready.\r\n") << true << true << QByteArray()
                             << QByteArray("Dovecot ready.");
    QTest::newRow("err bare") << QByteArray("-ERR\r\n") << true << false << QByteArray() << QByteArray();
    QTest::newRow("in-use") << QByteArray("-ERR [IN-USE] Mailbox is locked\r\n") << true << false
                            << QByteArray("IN-USE") << QByteArray("Mailbox is locked");
    QTest::newRow("login-delay") << QByteArray("-ERR [LOGIN-DELAY] wait\r\n") << true << false
                                 << QByteArray("LOGIN-DELAY") << QByteArray("wait");
    QTest::newRow("sys/temp") << QByteArray("-ERR [SYS/TEMP] later\r\n") << true << false
                              << QByteArray("SYS/TEMP") << QByteArray("later");
    QTest::newRow("sys/perm") << QByteArray("-ERR [SYS/PERM] disabled\r\n") << true << false
                              << QByteArray("SYS/PERM") << QByteArray("disabled");
    QTest::newRow("auth") << QByteArray("-ERR [AUTH] Authentication failed.\r\n") << true << false
                          << QByteArray("AUTH") << QByteArray("Authentication failed.");
    QTest::newRow("code on +OK") << QByteArray("+OK [LOGIN-DELAY] 900\r\n") << true << true
                                 << QByteArray("LOGIN-DELAY") << QByteArray("900");
    QTest::newRow("lower-case code") << QByteArray("-ERR [in-use] x\r\n") << true << false
                                     << QByteArray("IN-USE") << QByteArray("x");
    QTest::newRow("bracket text no code") << QByteArray("-ERR [not a code] x\r\n") << true << false
                                          << QByteArray() << QByteArray("[not a code] x");
    QTest::newRow("unclosed bracket") << QByteArray("-ERR [IN-USE x\r\n") << true << false << QByteArray()
                                      << QByteArray("[IN-USE x");
    QTest::newRow("bare LF") << QByteArray("+OK hi\n") << true << true << QByteArray() << QByteArray("hi");
    QTest::newRow("lower-case status") << QByteArray("+ok fine\r\n") << true << true << QByteArray()
                                       << QByteArray("fine");
    QTest::newRow("+OKAY is not +OK") << QByteArray("+OKAY\r\n") << false << false << QByteArray()
                                      << QByteArray();
    QTest::newRow("imap") << QByteArray("* OK IMAP\r\n") << false << false << QByteArray() << QByteArray();
    QTest::newRow("continuation outside AUTH") << QByteArray("+ abc\r\n") << false << false << QByteArray()
                                               << QByteArray();
    QTest::newRow("empty line") << QByteArray("\r\n") << false << false << QByteArray() << QByteArray();
}

void TestPop3ResponseParser::statusLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QFETCH(bool, ok);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, text);

    ResponseParser parser;
    parser.expect(ReplyShape::SingleLine);
    const auto items = parser.feed(line);
    QCOMPARE(items.size(), 1);
    QCOMPARE(parser.pending(), 0);
    if (!valid) {
        QVERIFY(std::holds_alternative<ParseError>(items.first()));
        QCOMPARE(std::get<ParseError>(items.first()).kind, ParseError::Kind::Malformed);
        return;
    }
    const Response r = single(items);
    QCOMPARE(r.isOk(), ok);
    QCOMPARE(r.code, code);
    QCOMPARE(r.text, text);
    QVERIFY(!r.multiLine);
}

void TestPop3ResponseParser::multiLine_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("plain") << QByteArray("+OK\r\nA: b\r\n\r\nHi\r\n.\r\n") << QByteArray("A: b\r\n\r\nHi\r\n");
    QTest::newRow("line that is just a dot") << QByteArray("+OK\r\nx\r\n..\r\ny\r\n.\r\n")
                                             << QByteArray("x\r\n.\r\ny\r\n");
    QTest::newRow("line starting with a dot") << QByteArray("+OK\r\n..foo\r\n...\r\n.\r\n")
                                              << QByteArray(".foo\r\n..\r\n");
    QTest::newRow("dot space is not the end") << QByteArray("+OK\r\n. \r\n.\r\n") << QByteArray(" \r\n");
    QTest::newRow("dot inside a line") << QByteArray("+OK\r\nend.\r\n.\r\n") << QByteArray("end.\r\n");
    QTest::newRow("empty message") << QByteArray("+OK 0 octets\r\n.\r\n") << QByteArray();
    QTest::newRow("only an empty line") << QByteArray("+OK\r\n\r\n.\r\n") << QByteArray("\r\n");
    QTest::newRow("bare LF kept") << QByteArray("+OK\na\nb\n.\n") << QByteArray("a\nb\n");
    QTest::newRow("mixed line ends kept") << QByteArray("+OK\r\na\nb\r\n..\n.\r\n")
                                          << QByteArray("a\nb\r\n.\n");
    QTest::newRow("CR inside a line kept") << QByteArray("+OK\r\na\rb\r\n.\r\n") << QByteArray("a\rb\r\n");
    QTest::newRow("8-bit and NUL bytes") << QByteArray("+OK\r\n\xd0\x9f\x00z\r\n.\r\n", 14)
                                         << QByteArray("\xd0\x9f\x00z\r\n", 6);
}

void TestPop3ResponseParser::multiLine()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, body);
    ResponseParser parser;
    parser.expect(ReplyShape::MultiLine);
    const Response r = single(parser.feed(wire));
    QVERIFY(r.isOk());
    QVERIFY(r.multiLine);
    QCOMPARE(r.body, body);
    QCOMPARE(parser.pending(), 0);
}

void TestPop3ResponseParser::splitDeliveryGivesSameResult()
{
    const QByteArray wire = "+OK 3 messages\r\n1 100\r\n..2 200\r\n.\r\n-ERR [IN-USE] no\r\n+OK\r\n.\r\n";
    auto runWith = [&](QList<int> sizes) {
        ResponseParser parser;
        parser.expect(ReplyShape::MultiLine);
        parser.expect(ReplyShape::SingleLine);
        parser.expect(ReplyShape::MultiLine);
        return feedInChunks(parser, wire, sizes);
    };
    const auto whole = runWith({int(wire.size())});
    QCOMPARE(whole.size(), 3);
    QCOMPARE(std::get<Response>(whole.at(0)).body, QByteArray("1 100\r\n.2 200\r\n"));
    QCOMPARE(std::get<Response>(whole.at(1)).code, QByteArray("IN-USE"));
    QCOMPARE(std::get<Response>(whole.at(2)).body, QByteArray());

    QList<QList<int>> splits = {{1}, {2}, {3, 1}, {7, 5, 1}};
    QRandomGenerator rng(1939);
    for (int i = 0; i < 50; ++i)
        splits.append({int(rng.bounded(1, 12)), int(rng.bounded(1, 12)), int(rng.bounded(1, 12))});
    for (const QList<int> &sizes : std::as_const(splits)) {
        const auto items = runWith(sizes);
        QCOMPARE(items.size(), 3);
        for (int k = 0; k < 3; ++k) {
            const Response &a = std::get<Response>(whole.at(k));
            const Response &b = std::get<Response>(items.at(k));
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.code, a.code);
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.body, a.body);
        }
    }
}

void TestPop3ResponseParser::errHasNoBody()
{
    // RFC 1939 §3: a negative reply to RETR is one line; the next reply follows at once.
    ResponseParser parser;
    parser.expect(ReplyShape::MultiLine);
    parser.expect(ReplyShape::SingleLine);
    const auto items = parser.feed("-ERR no such message\r\n+OK 1 20\r\n");
    QCOMPARE(items.size(), 2);
    QVERIFY(std::get<Response>(items.at(0)).isErr());
    QVERIFY(!std::get<Response>(items.at(0)).multiLine);
    QCOMPARE(std::get<Response>(items.at(1)).text, QByteArray("1 20"));
}

void TestPop3ResponseParser::pipelinedRepliesInOrder()
{
    ResponseParser parser;
    for (int i = 0; i < 3; ++i)
        parser.expect(ReplyShape::MultiLine);
    parser.expect(ReplyShape::SingleLine);
    QCOMPARE(parser.pending(), 4);
    auto items = parser.feed("+OK\r\none\r\n.\r\n+OK\r\ntwo\r\n.\r\n+OK\r\nthr");
    QCOMPARE(items.size(), 2);
    QCOMPARE(parser.pending(), 2);
    items = parser.feed("ee\r\n.\r\n+OK deleted\r\n");
    QCOMPARE(items.size(), 2);
    QCOMPARE(std::get<Response>(items.at(0)).body, QByteArray("three\r\n"));
    QCOMPARE(std::get<Response>(items.at(1)).text, QByteArray("deleted"));
    QCOMPARE(parser.pending(), 0);
}

void TestPop3ResponseParser::saslContinuation_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("challenge") << QByteArray("+ VXNlcm5hbWU6\r\n") << int(Response::Status::Continue)
                               << QByteArray("VXNlcm5hbWU6");
    QTest::newRow("empty challenge") << QByteArray("+ \r\n") << int(Response::Status::Continue) << QByteArray();
    QTest::newRow("bare plus") << QByteArray("+\r\n") << int(Response::Status::Continue) << QByteArray();
    QTest::newRow("success") << QByteArray("+OK Logged in.\r\n") << int(Response::Status::Ok)
                             << QByteArray("Logged in.");
    QTest::newRow("failure") << QByteArray("-ERR [AUTH] no\r\n") << int(Response::Status::Err) << QByteArray("no");
}

void TestPop3ResponseParser::saslContinuation()
{
    QFETCH(QByteArray, line);
    QFETCH(int, status);
    QFETCH(QByteArray, text);
    ResponseParser parser;
    parser.expect(ReplyShape::Sasl);
    const Response r = single(parser.feed(line));
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.text, text);
}

void TestPop3ResponseParser::lineTooLong()
{
    ResponseParser parser(ResponseParser::Limits{100, 1000});
    parser.expect(ReplyShape::SingleLine);
    parser.expect(ReplyShape::SingleLine);
    // Delivered in pieces without LF: the parser must not keep growing its buffer.
    QList<ResponseParser::Item> items;
    for (int i = 0; i < 50; ++i)
        items += parser.feed(QByteArray(40, 'x'));
    items += parser.feed("\r\n+OK next\r\n");
    QCOMPARE(items.size(), 2);
    QCOMPARE(std::get<ParseError>(items.at(0)).kind, ParseError::Kind::LineTooLong);
    QCOMPARE(std::get<Response>(items.at(1)).text, QByteArray("next"));
}

void TestPop3ResponseParser::bodyTooLargeKeepsStep()
{
    ResponseParser parser(ResponseParser::Limits{100, 50});
    parser.expect(ReplyShape::MultiLine);
    parser.expect(ReplyShape::MultiLine);
    QByteArray wire = "+OK\r\n";
    for (int i = 0; i < 10; ++i)
        wire += "0123456789\r\n";
    wire += ".\r\n+OK\r\nsmall\r\n.\r\n";
    const auto items = parser.feed(wire);
    QCOMPARE(items.size(), 2);
    QCOMPARE(std::get<ParseError>(items.at(0)).kind, ParseError::Kind::BodyTooLarge);
    QCOMPARE(std::get<Response>(items.at(1)).body, QByteArray("small\r\n"));
    QVERIFY(parser.bodyBytesSoFar() == 0);
}

void TestPop3ResponseParser::unexpectedLine()
{
    ResponseParser parser;
    const auto items = parser.feed("+OK surprise\r\n");
    QCOMPARE(items.size(), 1);
    QCOMPARE(std::get<ParseError>(items.at(0)).kind, ParseError::Kind::Unexpected);
}

void TestPop3ResponseParser::resetDropsPartialLine()
{
    // RFC 2595 §4 / CVE-2011-0411: nothing read before TLS may be taken as a reply after it.
    ResponseParser parser;
    parser.expect(ReplyShape::SingleLine);
    QVERIFY(parser.feed("+OK injected").isEmpty());
    parser.reset();
    QCOMPARE(parser.pending(), 0);
    parser.expect(ReplyShape::SingleLine);
    const Response r = single(parser.feed("-ERR real\r\n"));
    QVERIFY(r.isErr());
    QCOMPARE(r.text, QByteArray("real"));
}

QTEST_GUILESS_MAIN(TestPop3ResponseParser)
#include "tst_pop3responseparser.moc"
