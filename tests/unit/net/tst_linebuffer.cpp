// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// LineBuffer: framing lines and literals out of blocks cut at arbitrary places.
#include "fetchstream.h"
#include "net/linebuffer.h"

#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using Pigeon::Net::LineBuffer;

namespace {

constexpr char kStreamBytes[] = "* OK a\r\nb {5}\r\nhe\nlo)\r\n\r\nx {0}\r\nc\n{3}\r\n\0\r\n\r\n";
const QByteArray kStream(kStreamBytes, sizeof kStreamBytes - 1);
const QList<QByteArray> kExpected{"L:* OK a\r\n", "L:b {5}\r\n", "B:he\nlo", "L:)\r\n", "L:\r\n",
                                  "L:x {0}\r\n", "B:", "L:c\n", "L:{3}\r\n",
                                  QByteArray("B:\0\r\n", 5), "L:\r\n"};

// Feeds @p blocks one at a time, framing what is complete after each, as SslTransport
// does: lines, and after a line ending in {N}\r\n a literal of N bytes.
QList<QByteArray> frame(const QList<QByteArray> &blocks)
{
    static const QRegularExpression announce(QStringLiteral("\\{(\\d+)\\}\\r\\n$"));
    LineBuffer buffer;
    QList<QByteArray> events;
    qsizetype literalMissing = -1;
    QByteArray literal;
    for (const QByteArray &block : blocks) {
        buffer.appendTarget().append(block);
        for (;;) {
            if (literalMissing >= 0) {
                QByteArray chunk(literalMissing, Qt::Uninitialized);
                const qsizetype n = buffer.take(chunk.data(), literalMissing);
                literal += chunk.first(n);
                literalMissing -= n;
                if (literalMissing > 0)
                    break;
                events << "B:" + literal;
                literal.clear();
                literalMissing = -1;
                continue;
            }
            const qsizetype length = buffer.nextLineLength();
            if (length < 0)
                break;
            const QByteArray line = buffer.takeLine(length);
            events << "L:" + line;
            const auto m = announce.match(QString::fromLatin1(line));
            if (m.hasMatch())
                literalMissing = m.captured(1).toLongLong();
        }
    }
    return events;
}

} // namespace

class tst_LineBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeStream();
    void splitAtEveryByte();
    void splitAtEveryPairOfBytes();
    void randomBlocks();
    void partialLineKeptAcrossAppends();
    void takeAllAndClear();
};

void tst_LineBuffer::wholeStream()
{
    QCOMPARE(frame({kStream}), kExpected);
}

void tst_LineBuffer::splitAtEveryByte()
{
    for (qsizetype cut = 1; cut < kStream.size(); ++cut)
        QVERIFY2(frame({kStream.first(cut), kStream.sliced(cut)}) == kExpected, qPrintable(QString::number(cut)));
}

void tst_LineBuffer::splitAtEveryPairOfBytes()
{
    for (qsizetype a = 1; a < kStream.size(); ++a) {
        for (qsizetype b = a + 1; b < kStream.size(); ++b) {
            const QList<QByteArray> blocks{kStream.first(a), kStream.sliced(a, b - a), kStream.sliced(b)};
            QVERIFY2(frame(blocks) == kExpected, qPrintable(QStringLiteral("%1 %2").arg(a).arg(b)));
        }
    }
}

void tst_LineBuffer::randomBlocks()
{
    // 2,000 responses with literals of 0-300 bytes, cut into blocks of 1-5,000 bytes.
    const Pigeon::Test::FetchStream stream = Pigeon::Test::randomFetchStream(2000, 300, 20261123);
    QRandomGenerator rng(20261124);
    QList<QByteArray> blocks;
    for (qsizetype pos = 0; pos < stream.bytes.size();) {
        const qsizetype n = std::min<qsizetype>(1 + rng.bounded(5000), stream.bytes.size() - pos);
        blocks << stream.bytes.sliced(pos, n);
        pos += n;
    }
    QCOMPARE(frame(blocks), stream.events);
}

void tst_LineBuffer::partialLineKeptAcrossAppends()
{
    LineBuffer buffer;
    buffer.appendTarget().append("first\r\nsec");
    QCOMPARE(buffer.nextLineLength(), 7);
    QCOMPARE(buffer.takeLine(7), QByteArray("first\r\n"));
    QCOMPARE(buffer.nextLineLength(), -1);
    QCOMPARE(buffer.size(), 3);
    // Appending reclaims the consumed front: only the partial line is left in the array.
    QByteArray &target = buffer.appendTarget();
    QCOMPARE(target, QByteArray("sec"));
    target.append("ond");
    QCOMPARE(buffer.nextLineLength(), -1);
    buffer.appendTarget().append("\n");
    QCOMPARE(buffer.nextLineLength(), 7);
    QCOMPARE(buffer.takeLine(7), QByteArray("second\n"));
    QVERIFY(buffer.isEmpty());
}

void tst_LineBuffer::takeAllAndClear()
{
    LineBuffer buffer;
    buffer.appendTarget().append("a\r\nrest");
    QCOMPARE(buffer.takeLine(buffer.nextLineLength()), QByteArray("a\r\n"));
    QCOMPARE(buffer.takeAll(), QByteArray("rest"));
    QVERIFY(buffer.isEmpty());
    QCOMPARE(buffer.nextLineLength(), -1);
    buffer.appendTarget().append("x\n");
    QCOMPARE(buffer.nextLineLength(), 2);
    buffer.clear();
    QVERIFY(buffer.isEmpty());
    QCOMPARE(buffer.nextLineLength(), -1);
}

QTEST_GUILESS_MAIN(tst_LineBuffer)
#include "tst_linebuffer.moc"
