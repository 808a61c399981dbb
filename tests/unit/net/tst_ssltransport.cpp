// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// SslTransport reading: line framing, literals and limits, over plain TCP.
#include "fetchstream.h"
#include "transportharness.h"

#include "net/deflatecodec.h"
#include "support/fakeserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Net;
using Pigeon::Test::FakeServer;
using Pigeon::Test::TransportHarness;

namespace {

QByteArray escaped(QByteArrayView bytes)
{
    QByteArray out;
    for (char c : bytes) {
        if (c == '\r')
            out += "\\r";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\\')
            out += "\\\\";
        else if (uchar(c) >= 0x80 || uchar(c) < 0x20)
            out += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

// A script sending @p chunks as separate writes with a pause in between, so the client
// sees them in separate reads.
QString chunkScript(const QList<QByteArray> &chunks, int pauseMs = 25)
{
    QString script;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (i)
            script += QStringLiteral("DELAY %1\n").arg(pauseMs);
        script += QStringLiteral("RAW: ") + QString::fromLatin1(escaped(chunks.at(i))) + QLatin1Char('\n');
    }
    return script;
}

// Serves @p chunks as separate reads and checks that the transport delivers exactly
// @p expected (TransportHarness events) without an error.
void expectEvents(const QList<QByteArray> &chunks, const QList<QByteArray> &expected, int pauseMs = 25)
{
    FakeServer server;
    server.addScript(chunkScript(chunks, pauseMs) + QStringLiteral("WAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(h.events.size(), expected.size(), 30000);
    QCOMPARE(h.events, expected);
    QVERIFY(h.errors.isEmpty());
    h.transport.close();
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.value(1).toLongLong() * 4096;
}

} // namespace

class tst_SslTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainExchange();
    void lineFraming_data();
    void lineFraming();
    void randomChunking();
    void literals_data();
    void literals();
    void splitAtEveryByte_data();
    void splitAtEveryByte();
    void literalsAcrossReadBlocks();
    void compressedBytesReadAheadWithTheOk_data();
    void compressedBytesReadAheadWithTheOk();
    void bigLiteralStreamed();
    void manyLines();
    void silenceInsideLiteral();
    void lineLimit_data();
    void lineLimit();
    void literalLimit();
};

void tst_SslTransport::plainExchange()
{
    FakeServer server;
    server.addScript(QStringLiteral("S: * OK hello\nC: a1 NOOP\nS: a1 OK done\nWAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    h.transport.setTranscriptLabel(QStringLiteral("imap"));
    h.onLine = [&](const QByteArray &line) {
        if (line.startsWith("* OK"))
            h.transport.send("a1 NOOP\r\n");
        else if (line.startsWith("a1 OK"))
            h.transport.close();
    };
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QCOMPARE(h.transport.state(), Transport::State::Connecting);
    QTRY_COMPARE(h.disconnectedCount, 1);
    QCOMPARE(h.connectedCount, 1);
    QCOMPARE(h.lines, (QList<QByteArray>{"* OK hello\r\n", "a1 OK done\r\n"}));
    QVERIFY(h.errors.isEmpty());
    QVERIFY(!h.transport.isEncrypted());
    QCOMPARE(h.transport.state(), Transport::State::Disconnected);
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_SslTransport::lineFraming_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::newRow("one line") << QList<QByteArray>{"* OK\r\n"} << QList<QByteArray>{"* OK\r\n"};
    QTest::newRow("many lines, one read") << QList<QByteArray>{"a\r\nb\r\nc\r\n"}
                                          << QList<QByteArray>{"a\r\n", "b\r\n", "c\r\n"};
    QTest::newRow("CR and LF in two reads") << QList<QByteArray>{"* OK a\r", "\n* OK b\r\n"}
                                            << QList<QByteArray>{"* OK a\r\n", "* OK b\r\n"};
    QTest::newRow("byte by byte") << QList<QByteArray>{"a", "1", " ", "O", "K", "\r", "\n"}
                                  << QList<QByteArray>{"a1 OK\r\n"};
    QTest::newRow("line spans three reads") << QList<QByteArray>{"abc", "def\r\ngh", "i\r\n"}
                                            << QList<QByteArray>{"abcdef\r\n", "ghi\r\n"};
    QTest::newRow("bare LF from sloppy server") << QList<QByteArray>{"x\ny\r\n"}
                                                << QList<QByteArray>{"x\n", "y\r\n"};
    QTest::newRow("empty lines") << QList<QByteArray>{"\r\n\r\n", "\r\n"}
                                 << QList<QByteArray>{"\r\n", "\r\n", "\r\n"};
    QTest::newRow("8-bit bytes") << QList<QByteArray>{"* \xd0\x9f\xff\r\n"}
                                 << QList<QByteArray>{"* \xd0\x9f\xff\r\n"};
    QTest::newRow("partial line at close is dropped") << QList<QByteArray>{"a\r\nb"}
                                                       << QList<QByteArray>{"a\r\n"};
}

void tst_SslTransport::lineFraming()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QList<QByteArray>, expected);
    FakeServer server;
    server.addScript(chunkScript(chunks) + QStringLiteral("DELAY 30\nCLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QTRY_COMPARE(h.disconnectedCount, 1);
    QCOMPARE(h.lines, expected);
    QVERIFY2(h.errors.isEmpty(), qPrintable(h.errors.value(0).toString()));
    QVERIFY2(server.verify(), qPrintable(server.errorString()));
}

void tst_SslTransport::randomChunking()
{
    // The same 200 lines, cut at random places into 25 writes, must come out identical.
    QByteArray all;
    QList<QByteArray> expected;
    for (int i = 0; i < 200; ++i) {
        const QByteArray line = "* " + QByteArray::number(i) + " FETCH (FLAGS (\\Seen))\r\n";
        all += line;
        expected << line;
    }
    QRandomGenerator rng(20260522);
    QList<qsizetype> cuts;
    for (int i = 0; i < 24; ++i)
        cuts << qsizetype(rng.bounded(int(all.size())));
    std::sort(cuts.begin(), cuts.end());
    QList<QByteArray> chunks;
    qsizetype pos = 0;
    for (qsizetype cut : cuts) {
        chunks << all.mid(pos, cut - pos);
        pos = cut;
    }
    chunks << all.mid(pos);
    chunks.removeAll(QByteArray());
    FakeServer server;
    server.addScript(chunkScript(chunks, 5) + QStringLiteral("WAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QTRY_COMPARE(h.lines.size(), expected.size());
    QCOMPARE(h.lines, expected);
    h.transport.close();
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_SslTransport::literals_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::newRow("literal in one read")
        << QList<QByteArray>{"* 1 FETCH (BODY[] {5}\r\nhello)\r\n"}
        << QList<QByteArray>{"L:* 1 FETCH (BODY[] {5}\r\n", "B:hello", "L:)\r\n"};
    QTest::newRow("literal split across reads")
        << QList<QByteArray>{"* 1 FETCH (BODY[] {10}\r\n0123", "4", "56789 X)\r\n"}
        << QList<QByteArray>{"L:* 1 FETCH (BODY[] {10}\r\n", "B:0123456789", "L: X)\r\n"};
    QTest::newRow("announcement split before literal")
        << QList<QByteArray>{"* 1 FETCH (BODY[] {3", "}\r", "\nabc)\r\n"}
        << QList<QByteArray>{"L:* 1 FETCH (BODY[] {3}\r\n", "B:abc", "L:)\r\n"};
    QTest::newRow("zero length")
        << QList<QByteArray>{"* 1 FETCH (BODY[] {0}\r\n)\r\n"}
        << QList<QByteArray>{"L:* 1 FETCH (BODY[] {0}\r\n", "B:", "L:)\r\n"};
    QTest::newRow("CRLF and NUL inside are data")
        << QList<QByteArray>{QByteArray("x {6}\r\n\r\n\0\r\n\n)\r\n", 17)}
        << QList<QByteArray>{"L:x {6}\r\n", QByteArray("B:\r\n\0\r\n\n", 8), "L:)\r\n"};
    QTest::newRow("two literals back to back")
        << QList<QByteArray>{"a {2}\r\nxyb {1}\r\nz)\r\n"}
        << QList<QByteArray>{"L:a {2}\r\n", "B:xy", "L:b {1}\r\n", "B:z", "L:)\r\n"};
}

void tst_SslTransport::literals()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QList<QByteArray>, expected);
    expectEvents(chunks, expected);
}

void tst_SslTransport::splitAtEveryByte_data()
{
    // Lines, a literal holding CR, LF and NUL, an empty literal, a bare LF: cut into two
    // reads at every byte position, the deliveries must be the same.
    constexpr char bytes[] = "* OK a\r\nb {5}\r\nhe\nlo)\r\n\r\nx {0}\r\nc\n{3}\r\n\0\r\n\r\n";
    const QByteArray stream(bytes, sizeof bytes - 1);
    QTest::addColumn<QList<QByteArray>>("chunks");
    for (qsizetype cut = 1; cut < stream.size(); ++cut)
        QTest::addRow("cut at %d", int(cut)) << QList<QByteArray>{stream.first(cut), stream.sliced(cut)};
}

void tst_SslTransport::splitAtEveryByte()
{
    QFETCH(QList<QByteArray>, chunks);
    const QList<QByteArray> expected{"L:* OK a\r\n", "L:b {5}\r\n", "B:he\nlo", "L:)\r\n", "L:\r\n",
                                     "L:x {0}\r\n", "B:", "L:c\n", "L:{3}\r\n",
                                     QByteArray("B:\0\r\n", 5), "L:\r\n"};
    expectEvents(chunks, expected, 15);
}

void tst_SslTransport::literalsAcrossReadBlocks()
{
    // 4,000 FETCH responses with literals of 0-400 bytes in one write of ~0.9 MB: the
    // transport reads in blocks, so literals and lines straddle block ends everywhere.
    const Test::FetchStream stream = Test::randomFetchStream(4000, 400, 20261123);
    expectEvents({stream.bytes}, stream.events);
}

void tst_SslTransport::compressedBytesReadAheadWithTheOk_data()
{
    QTest::addColumn<bool>("sameWrite");
    QTest::newRow("compressed bytes in the OK's write") << true;
    QTest::newRow("compressed bytes later") << false;
}

void tst_SslTransport::compressedBytesReadAheadWithTheOk()
{
    // RFC 4978 §3: compression starts right after the OK's CRLF. Bytes that arrived with
    // the OK (and were read ahead into the transport's buffer) are compressed already.
    QFETCH(bool, sameWrite);
    Net::DeflateCodec serverSide;
    const QByteArray compressed = serverSide.compress("* 3 EXISTS\r\nb {3}\r\nxyz)\r\n");
    const QByteArray ok = "a OK DEFLATE active\r\n";
    const QList<QByteArray> chunks = sameWrite ? QList<QByteArray>{"* OK\r\n", ok + compressed}
                                               : QList<QByteArray>{"* OK\r\n", ok, compressed};
    FakeServer server;
    server.addScript(chunkScript(chunks) + QStringLiteral("WAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    h.onLine = [&](const QByteArray &line) {
        if (line.startsWith("a OK"))
            QVERIFY(h.transport.startCompression());
    };
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    const QList<QByteArray> expected{"L:* OK\r\n", "L:" + ok, "L:* 3 EXISTS\r\n", "L:b {3}\r\n", "B:xyz", "L:)\r\n"};
    QTRY_COMPARE(h.events.size(), expected.size());
    QCOMPARE(h.events, expected);
    QVERIFY(h.errors.isEmpty());
    h.transport.close();
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_SslTransport::bigLiteralStreamed()
{
    constexpr qint64 size = 10 * 1024 * 1024;
    FakeServer server;
    server.addScript(QStringLiteral("S: * 1 FETCH (BODY[] {%1}\nBYTES %1\nS: )\nWAIT_CLOSE\n").arg(size));
    QVERIFY(server.listen());
    TransportHarness h;
    h.keepLiterals = false;
    qint64 rssBefore = residentBytes();
    qint64 rssPeak = rssBefore;
    int progressSignals = 0;
    qint64 lastProgress = 0;
    bool monotonic = true;
    connect(&h.transport, &Transport::literalProgress, &h, [&](qint64 received, qint64 total) {
        ++progressSignals;
        monotonic = monotonic && received > lastProgress && total == size;
        lastProgress = received;
        rssPeak = qMax(rssPeak, residentBytes());
    });
    QElapsedTimer timer;
    timer.start();
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(h.lines.size(), 2, 30000);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(h.literals, 1);
    QCOMPARE(h.lastLiteral.size(), size);
    QVERIFY(h.lastLiteral == FakeServer::patternBytes(0, size));
    QCOMPARE(h.lines.last(), QByteArray(")\r\n"));
    QVERIFY(monotonic);
    QVERIFY(progressSignals > 1);
    // The literal itself is 10 MB; the transport may add socket buffers, never a second copy.
    const qint64 extra = rssPeak - rssBefore - size;
    qInfo("10 MB literal: %lld ms, %d progress signals, peak RSS growth beyond the literal %lld KiB",
          elapsed, progressSignals, extra / 1024);
#if defined(__SANITIZE_ADDRESS__)
    // ASan's quarantine keeps every freed socket chunk resident: RSS says nothing here.
    Q_UNUSED(extra);
#else
    QVERIFY2(extra < 6 * 1024 * 1024, qPrintable(QStringLiteral("extra memory %1 KiB").arg(extra / 1024)));
#endif
    h.transport.close();
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_SslTransport::manyLines()
{
    // 100,000 lines of 80 bytes streamed: framing must stay linear in the data (a copy
    // of the whole buffer per line would take minutes here). TLS is measured in
    // tst_transportsecurity; plaintext reads go through QSslSocket's slowest path.
    constexpr int lineCount = 100'000;
    FakeServer server;
    server.addScript(QStringLiteral("BYTES %1\nWAIT_CLOSE\n").arg(qint64(lineCount) * 80));
    QVERIFY(server.listen());
    TransportHarness h;
    int count = 0;
    bool allWellFormed = true;
    disconnect(&h.transport, &Transport::lineReceived, &h, nullptr);
    connect(&h.transport, &Transport::lineReceived, &h, [&](const QByteArray &line) {
        allWellFormed = allWellFormed && line.size() == 80 && line.endsWith("\r\n");
        ++count;
    });
    QElapsedTimer timer;
    timer.start();
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(count, lineCount, 60000);
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    qInfo("plain: %d lines of 80 bytes in %lld ms (%lld lines/s)", lineCount, ms, lineCount * 1000LL / ms);
    QVERIFY(allWellFormed);
    QVERIFY2(ms < 20000, "line framing is far slower than linear");
    h.transport.close();
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_SslTransport::silenceInsideLiteral()
{
    // The engine is not "awaiting" (e.g. an unsolicited FETCH), but a literal in progress
    // that stops must still time out instead of hanging forever.
    FakeServer server;
    server.addScript(QStringLiteral("RAW: * 1 FETCH (BODY[] {100}\\r\\nonly part\nDELAY 3000\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    Transport::Limits limits;
    limits.readTimeoutMs = 200;
    h.transport.setLimits(limits);
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QTRY_COMPARE(h.errors.size(), 1);
    QCOMPARE(h.firstErrorKind(), MailError::Kind::Timeout);
    QCOMPARE(h.literals, 0);
    QTRY_COMPARE(h.disconnectedCount, 1);
}

void tst_SslTransport::lineLimit_data()
{
    QTest::addColumn<int>("length");     // bytes of the line including CRLF when terminated
    QTest::addColumn<bool>("terminated");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("exactly at the limit") << 1024 << true << true;
    QTest::newRow("one byte over") << 1025 << true << false;
    QTest::newRow("far over, terminated") << 40000 << true << false;
    QTest::newRow("no newline, beyond limit") << 40000 << false << false;
    QTest::newRow("no newline, under limit") << 500 << false << true;
}

void tst_SslTransport::lineLimit()
{
    QFETCH(int, length);
    QFETCH(bool, terminated);
    QFETCH(bool, accepted);
    const QByteArray line = QByteArray(terminated ? length - 2 : length, 'x') + (terminated ? "\r\n" : "");
    FakeServer server;
    server.addScript(chunkScript({line}) + QStringLiteral("WAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    Transport::Limits limits;
    limits.maxLineLength = 1024;
    h.transport.setLimits(limits);
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    if (accepted) {
        QTest::qWait(150);
        QVERIFY(h.errors.isEmpty());
        QCOMPARE(h.lines, terminated ? QList<QByteArray>{line} : QList<QByteArray>{});
        h.transport.close();
    } else {
        QTRY_COMPARE(h.errors.size(), 1);
        QCOMPARE(h.firstErrorKind(), MailError::Kind::LimitExceeded);
        QVERIFY(h.lines.isEmpty());
        QTRY_COMPARE(h.disconnectedCount, 1);
    }
    // Either way the client closed, as the script demands.
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_SslTransport::literalLimit()
{
    FakeServer server;
    server.addScript(QStringLiteral("S: * 1 FETCH (BODY[] {5000}\nWAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    Transport::Limits limits;
    limits.maxLiteralSize = 4999;
    h.transport.setLimits(limits);
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QTRY_COMPARE(h.errors.size(), 1);
    QCOMPARE(h.firstErrorKind(), MailError::Kind::LimitExceeded);
    QTRY_COMPARE(h.disconnectedCount, 1);
    QCOMPARE(h.literals, 0);
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

QTEST_GUILESS_MAIN(tst_SslTransport)
#include "tst_ssltransport.moc"
