// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The fake server must fail a test whenever the client deviates from the script;
// otherwise every transcript test built on it proves nothing.
#include "support/fakeserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using Pigeon::Test::FakeServer;
using Step = FakeServer::Step;

Q_DECLARE_METATYPE(Step::Type)

namespace {

// A bare client: sends its lines one after another as soon as the previous server
// line arrived (or immediately when there is nothing to wait for).
struct Client {
    QTcpSocket socket;
    QList<QByteArray> received;

    bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }
    void send(const QByteArray &line) { socket.write(line); socket.flush(); }
    void pump(int ms)
    {
        QTest::qWait(ms);
        while (socket.canReadLine())
            received << socket.readLine();
    }
};

} // namespace

class tst_FakeServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void followsScript();
    void deviations_data();
    void deviations();
    void missingConnection();
    void unexpectedSecondConnection();
    void sendsAreCoalesced();
    void transcriptFile();
};

void tst_FakeServer::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Step::Type>("type");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("number");
    QTest::newRow("client line") << "C: a1 NOOP" << Step::Type::Expect << QByteArray("a1 NOOP") << 0LL;
    QTest::newRow("labelled, from a log") << "imap C: a1 LOGIN alice <redacted>" << Step::Type::Expect
                                          << QByteArray("a1 LOGIN alice <redacted>") << 0LL;
    QTest::newRow("regex") << "C~ a\\d+ NOOP" << Step::Type::ExpectRegex << QByteArray("a\\d+ NOOP") << 0LL;
    QTest::newRow("server line gets CRLF") << "S: * OK" << Step::Type::Send << QByteArray("* OK\r\n") << 0LL;
    QTest::newRow("empty server line") << "S:" << Step::Type::Send << QByteArray("\r\n") << 0LL;
    QTest::newRow("log literal summary") << "pop3 S: {1234 bytes}" << Step::Type::Bytes << QByteArray() << 1234LL;
    QTest::newRow("raw with escapes") << "RAW: +OK\\r\\n\\x00\\xff\\\\" << Step::Type::Send
                                      << QByteArray("+OK\r\n\0\xff\\", 8) << 0LL;
    QTest::newRow("delay") << "DELAY 20" << Step::Type::Delay << QByteArray() << 20LL;
    QTest::newRow("bytes") << "BYTES 7" << Step::Type::Bytes << QByteArray() << 7LL;
    QTest::newRow("starttls") << "STARTTLS" << Step::Type::StartTls << QByteArray() << 0LL;
    QTest::newRow("close") << "CLOSE" << Step::Type::Close << QByteArray() << 0LL;
    QTest::newRow("abort") << "ABORT" << Step::Type::Abort << QByteArray() << 0LL;
    QTest::newRow("wait close") << "WAIT_CLOSE" << Step::Type::WaitClose << QByteArray() << 0LL;
}

void tst_FakeServer::parse()
{
    QFETCH(QString, line);
    QFETCH(Step::Type, type);
    QFETCH(QByteArray, data);
    QFETCH(qint64, number);
    QList<Step> steps;
    QString error;
    QVERIFY2(FakeServer::parse(QStringLiteral("# comment\n\n") + line + QStringLiteral("\r\n"), &steps, &error),
             qPrintable(error));
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().type, type);
    QCOMPARE(steps.first().data, data);
    QCOMPARE(steps.first().number, number);
    QCOMPARE(steps.first().sourceLine, 3);
}

void tst_FakeServer::parseErrors_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("unknown directive") << "S: * OK\nFROB";
    QTest::newRow("delay without number") << "DELAY soon";
    QTest::newRow("negative bytes") << "BYTES -1";
    QTest::newRow("bad escape") << "RAW: \\q";
    QTest::newRow("bad regex") << "C~ a(";
}

void tst_FakeServer::parseErrors()
{
    QFETCH(QString, script);
    QList<Step> steps;
    QString error;
    QVERIFY(!FakeServer::parse(script, &steps, &error));
    QVERIFY(error.startsWith(QStringLiteral("line ")));
    // A broken script fails the test instead of silently testing less.
    FakeServer server;
    server.addScript(script);
    QVERIFY(!server.ok());
}

void tst_FakeServer::followsScript()
{
    FakeServer server;
    QSignalSpy finished(&server, &FakeServer::scriptFinished);
    server.addScript(QStringLiteral(
        "S: * OK hi\nC: a1 LOGIN bob <redacted>\nC~ a2 SELECT \"?INBOX\"?\nS: a2 OK\nBYTES 100\nWAIT_CLOSE\n"));
    QVERIFY(server.listen());
    Client c;
    QVERIFY(c.connectTo(server.port()));
    c.send("a1 LOGIN bob secret\r\na2 SELECT INBOX\r\n");
    c.pump(150);
    QVERIFY(!server.isFinished());
    c.socket.disconnectFromHost();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(server.verify(), qPrintable(server.errorString()));
    QCOMPARE(c.received.value(0), QByteArray("* OK hi\r\n"));
    QCOMPARE(c.received.value(1), QByteArray("a2 OK\r\n"));
    QCOMPARE(server.receivedLines(), (QList<QByteArray>{"a1 LOGIN bob secret", "a2 SELECT INBOX"}));
}

void tst_FakeServer::deviations_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("clientSends");
    QTest::addColumn<bool>("clientCloses");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("wrong line") << "C: a1 NOOP\nS: a1 OK" << QByteArray("a1 NOPE\r\n") << false
                                << "expected C: \"a1 NOOP\", client sent \"a1 NOPE\"";
    QTest::newRow("regex mismatch") << "C~ a\\d NOOP" << QByteArray("ax NOOP\r\n") << false << "expected C~";
    QTest::newRow("missing line") << "C: a1 NOOP\nC: a2 LOGOUT" << QByteArray("a1 NOOP\r\n") << true
                                  << "client closed the connection; connection 1: script stopped at line 2";
    QTest::newRow("extra line after the end") << "C: a1 NOOP" << QByteArray("a1 NOOP\r\na2 NOOP\r\n") << false
                                              << "after the end of the script";
    QTest::newRow("LF without CR") << "C: a1 NOOP" << QByteArray("a1 NOOP\n") << false << "does not end with CRLF";
    QTest::newRow("redacted prefix differs") << "C: a1 LOGIN alice <redacted>" << QByteArray("a1 LOGIN mallory x\r\n")
                                             << false << "expected C:";
    QTest::newRow("sent instead of closing") << "WAIT_CLOSE" << QByteArray("a9 NOOP\r\n") << false
                                             << "expected the client to close";
    QTest::newRow("never sent") << "C: a1 NOOP" << QByteArray() << false << "script stopped at line 1";
}

void tst_FakeServer::deviations()
{
    QFETCH(QString, script);
    QFETCH(QByteArray, clientSends);
    QFETCH(bool, clientCloses);
    QFETCH(QString, complaint);
    FakeServer server;
    server.addScript(script);
    QVERIFY(server.listen());
    Client c;
    QVERIFY(c.connectTo(server.port()));
    if (!clientSends.isEmpty())
        c.send(clientSends);
    c.pump(100);
    if (clientCloses) {
        c.socket.disconnectFromHost();
        c.pump(100);
    }
    QVERIFY(!server.ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^FakeServer:")));
    QVERIFY(!server.verify());
    QVERIFY2(server.errorString().contains(complaint), qPrintable(server.errorString()));
}

void tst_FakeServer::missingConnection()
{
    FakeServer server;
    server.addScript(QStringLiteral("S: * OK"));
    QVERIFY(server.listen());
    QVERIFY(!server.ok());
    QVERIFY(server.errorString().contains(QStringLiteral("1 connection(s) expected, 0 made")));
}

void tst_FakeServer::unexpectedSecondConnection()
{
    FakeServer server;
    server.addScript(QStringLiteral("S: * OK\nWAIT_CLOSE"));
    QVERIFY(server.listen());
    Client a, b;
    QVERIFY(a.connectTo(server.port()));
    QVERIFY(b.connectTo(server.port()));
    a.pump(50);
    a.socket.disconnectFromHost();
    QTRY_VERIFY(server.isFinished());
    QVERIFY(!server.ok());
    QVERIFY(server.errorString().contains(QStringLiteral("unexpected connection 2")));
}

void tst_FakeServer::sendsAreCoalesced()
{
    // Consecutive S: lines leave in one write: a client reading once sees them all.
    FakeServer server;
    server.addScript(QStringLiteral("S: one\nS: two\nS: three\nDELAY 200\nS: four\nWAIT_CLOSE"));
    QVERIFY(server.listen());
    Client c;
    QVERIFY(c.connectTo(server.port()));
    QTRY_VERIFY(c.socket.bytesAvailable() > 0);
    QTest::qWait(20);
    const QByteArray first = c.socket.readAll();
    QCOMPARE(first, QByteArray("one\r\ntwo\r\nthree\r\n"));
    c.pump(400);
    QCOMPARE(c.received, (QList<QByteArray>{"four\r\n"}));
    c.socket.disconnectFromHost();
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_FakeServer::transcriptFile()
{
    FakeServer server;
    server.addScriptFile(QStringLiteral(PIGEON_SOURCE_DIR "/tests/transcripts/net/example.txt"));
    QVERIFY(server.listen());
    Client c;
    QVERIFY(c.connectTo(server.port()));
    c.pump(50);
    QCOMPARE(c.received.value(0), QByteArray("* OK [CAPABILITY IMAP4rev1] example ready\r\n"));
    c.send("a1 LOGIN alice secret\r\n");
    c.pump(50);
    c.send("a2 LOGOUT\r\n");
    c.pump(100);
    QCOMPARE(c.received.size(), 4);
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));

    FakeServer missing;
    missing.addScriptFile(QStringLiteral("/nonexistent/script.txt"));
    QVERIFY(!missing.ok());
}

QTEST_GUILESS_MAIN(tst_FakeServer)
#include "tst_fakeserver.moc"
