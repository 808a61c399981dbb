// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/mboxformat.h"
#include "store/mboxscanner.h"
#include "store/recordparser.h"
#include "store/rfc5322date.h"

#include <QTest>

using namespace Pigeon::Store;

class TestMboxFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoting_data();
    void quoting();
    void quotingMatchesLineByLine();
    void fromLine();
    void statusLine();
    void originLine_data();
    void originLine();
    void record();
    void recordPieces_data();
    void recordPieces();
    void dates_data();
    void dates();
};

void TestMboxFormat::quoting_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("quoted");
    QTest::newRow("none") << QByteArray("Subject: x\n\nbody\n") << QByteArray("Subject: x\n\nbody\n");
    QTest::newRow("from") << QByteArray("S: x\n\nFrom here\n") << QByteArray("S: x\n\n>From here\n");
    QTest::newRow("quoted-from") << QByteArray("S: x\n\n>From here\n>>From there\n")
                                 << QByteArray("S: x\n\n>>From here\n>>>From there\n");
    QTest::newRow("first-line") << QByteArray("From x\n") << QByteArray(">From x\n");
    QTest::newRow("crlf") << QByteArray("S: x\r\n\r\nFrom a\r\nFrom b\r\n")
                          << QByteArray("S: x\r\n\r\n>From a\r\n>From b\r\n");
    QTest::newRow("not-at-line-start") << QByteArray("a From b\nx>From c\n") << QByteArray("a From b\nx>From c\n");
    QTest::newRow("no-space") << QByteArray("\nFrom:\nFromage\n") << QByteArray("\nFrom:\nFromage\n");
    QTest::newRow("last-line-no-eol") << QByteArray("a\nFrom z") << QByteArray("a\n>From z");
    QTest::newRow("adjacent") << QByteArray("From \nFrom \n>From \n") << QByteArray(">From \n>From \n>>From \n");
    QTest::newRow("8bit") << QByteArray("S: \xff\xfe\n\nFrom \xd0\x9c\n") << QByteArray("S: \xff\xfe\n\n>From \xd0\x9c\n");
}

void TestMboxFormat::quoting()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, quoted);
    QByteArray out;
    MboxFormat::appendQuoted(out, message);
    QCOMPARE(out, quoted);
    QCOMPARE(MboxFormat::unquote(out), message);
    QCOMPARE(MboxFormat::needsQuoting(message), message != quoted);
}

namespace {

/// mboxrd quoting the slow, obvious way: line by line.
QByteArray quotedLineByLine(const QByteArray &message)
{
    QByteArray out;
    for (const QByteArray &line : message.split('\n')) {
        qsizetype at = 0;
        while (at < line.size() && line.at(at) == '>')
            ++at;
        if (line.mid(at).startsWith("From "))
            out += '>';
        out += line + '\n';
    }
    out.chop(1); // split() gave one line more than there are line breaks
    return out;
}

} // namespace

void TestMboxFormat::quotingMatchesLineByLine()
{
    // Long messages (the scan works 16 bytes at a time) made of the pieces that matter,
    // so that line starts, '>' runs and "From " fall on every offset of a block.
    static const char *const pieces[] = {"From ", ">", ">>", "\n", "\r\n", "x", "F", "rom ", "From", " ", "\nFrom "};
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return seed >> 16;
    };
    for (int round = 0; round < 300; ++round) {
        QByteArray message;
        const int count = int(next() % 200);
        for (int i = 0; i < count; ++i)
            message += pieces[next() % (sizeof pieces / sizeof *pieces)];
        const QByteArray want = quotedLineByLine(message);
        QByteArray out;
        MboxFormat::appendQuoted(out, message);
        QCOMPARE(out, want);
        QCOMPARE(MboxFormat::unquote(out), message);
        QCOMPARE(MboxFormat::needsQuoting(message), message != want);
    }
}

void TestMboxFormat::fromLine()
{
    const QDateTime when(QDate(2026, 11, 2), QTime(4, 5, 6), Qt::UTC);
    QCOMPARE(MboxFormat::fromLine("alice@example.org", when), QByteArray("From alice@example.org Mon Nov  2 04:05:06 2026\n"));
    QCOMPARE(MboxFormat::fromLine("", when), QByteArray("From MAILER-DAEMON Mon Nov  2 04:05:06 2026\n"));
    QCOMPARE(MboxFormat::fromLine("a b@c", when), QByteArray("From MAILER-DAEMON Mon Nov  2 04:05:06 2026\n"));
    QCOMPARE(Rfc5322Date::parseFromLine("From alice@example.org Mon Nov  2 04:05:06 2026"), when.toSecsSinceEpoch());
}

void TestMboxFormat::statusLine()
{
    const MessageFlags flags = MessageFlag::Seen | MessageFlag::Flagged | MessageFlag::Partial;
    const QByteArray line = MboxFormat::statusLine(flags, 0x1234abcdULL);
    QCOMPARE(line.size(), MboxFormat::statusLineLength);
    QCOMPARE(line, QByteArray("X-Pigeon-Status: 0105 000000001234abcd"));
    QCOMPARE(line.mid(MboxFormat::statusFlagsOffset, 4), MboxFormat::flagDigits(flags));
    MessageFlags parsed;
    quint64 modSeq = 0;
    QVERIFY(MboxFormat::parseStatusLine(line, &parsed, &modSeq));
    QCOMPARE(parsed, flags);
    QCOMPARE(modSeq, 0x1234abcdULL);
    QVERIFY(!MboxFormat::parseStatusLine("X-Pigeon-Status: 01z5 000000001234abcd", &parsed, &modSeq));
    QVERIFY(!MboxFormat::parseStatusLine("X-Pigeon-Status: 0105 000000001234abc", &parsed, &modSeq));
}

void TestMboxFormat::originLine_data()
{
    QTest::addColumn<QByteArray>("uidl");
    QTest::addColumn<qint64>("uid");
    QTest::addColumn<qint64>("uidValidity");
    QTest::newRow("pop3") << QByteArray("000000015f3e2a01") << qint64(-1) << qint64(-1);
    QTest::newRow("pop3-odd") << QByteArray("a b\r\n%\x01") << qint64(-1) << qint64(-1);
    QTest::newRow("imap") << QByteArray() << qint64(42) << qint64(1700000000);
}

void TestMboxFormat::originLine()
{
    QFETCH(QByteArray, uidl);
    QFETCH(qint64, uid);
    QFETCH(qint64, uidValidity);
    MessageOrigin origin;
    origin.uidl = uidl;
    origin.uid = uid;
    origin.uidValidity = uidValidity;
    const QByteArray line = MboxFormat::originLine(origin);
    QVERIFY(!line.contains('\n') && !line.contains('\r'));
    MessageOrigin parsed;
    QVERIFY(MboxFormat::parseOriginLine(line, &parsed));
    QCOMPARE(parsed, origin);
}

void TestMboxFormat::record()
{
    const QByteArray msg = "Subject: x\r\n\r\nFrom me\r\n";
    MessageOrigin origin;
    origin.uidl = "u1";
    const QByteArray rec = MboxFormat::record(msg, "a@b", QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                                              MessageFlag::Seen, 7, origin);
    QCOMPARE(rec, QByteArray("From a@b Thu Jan  1 00:00:00 2026\n"
                             "X-Pigeon-Status: 0001 0000000000000007\r\n"
                             "X-Pigeon-Origin: pop3 u1\r\n"
                             "Subject: x\r\n\r\n>From me\r\n\n"));
    // A message without a final line break gets one: mbox cannot keep it.
    const QByteArray rec2 = MboxFormat::record("S: y\n\nbody", "", {}, {}, 0, {});
    QVERIFY(rec2.endsWith("\n\nbody\n\n"));
}

void TestMboxFormat::recordPieces_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("uidl");
    QTest::addColumn<qint64>("uid");
    QTest::newRow("crlf-imap") << QByteArray("Subject: x\r\n\r\nFrom me\r\n>From you\r\nbye\r\n") << QByteArray() << qint64(42);
    QTest::newRow("lf-pop3") << QByteArray("S: y\n\nbody\nFrom z\n") << QByteArray("u1") << qint64(-1);
    QTest::newRow("unterminated-crlf") << QByteArray("S: y\r\n\r\nFrom end") << QByteArray() << qint64(7);
    QTest::newRow("unterminated-lf") << QByteArray("S: y\n\nbody") << QByteArray("u2") << qint64(-1);
    QTest::newRow("no-origin") << QByteArray("From first\nS: y\n\nbody\n") << QByteArray() << qint64(-1);
    QTest::newRow("one-line") << QByteArray("x") << QByteArray() << qint64(-1);
}

void TestMboxFormat::recordPieces()
{
    // The pieces a download writes with pwritev: joined they are record(), and the place
    // they report is what RecordParser::locate() finds in the written record.
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, uidl);
    QFETCH(qint64, uid);
    MessageOrigin origin;
    origin.uidl = uidl;
    if (uid >= 0) {
        origin.uid = uid;
        origin.uidValidity = 1700000000;
    }
    const QDateTime when(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const MessageFlags flags = MessageFlag::Seen;
    std::vector<QByteArrayView> pieces;
    QByteArray head;
    const MessageLocation at = MboxFormat::recordPieces(pieces, head, message, "a@b", when, flags, 9, origin);
    QByteArray joined;
    for (QByteArrayView piece : pieces)
        joined.append(piece);
    const QByteArray rec = MboxFormat::record(message, "a@b", when, flags, 9, origin);
    QCOMPARE(joined, rec);
    MboxRecord r;
    r.dataOffset = rec.indexOf('\n') + 1;
    r.end = rec.size();
    r.dataEnd = r.end - 1;
    const IndexedMessage found = RecordParser::locate(rec, r);
    QCOMPARE(at.offset, found.location.offset);
    QCOMPARE(at.length, found.location.length);
    QCOMPARE(at.messageOffset, found.location.messageOffset);
    QCOMPARE(at.messageLength, found.location.messageLength);
    QCOMPARE(at.statusOffset, found.location.statusOffset);
    QCOMPARE(found.row.origin, origin);
    QCOMPARE(MboxFormat::unquote(QByteArrayView(rec).sliced(at.messageOffset, at.messageLength)), message);
}

void TestMboxFormat::dates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2017, 11, 28), QTime(21, 4, 45), Qt::UTC);
    QTest::newRow("rfc5322") << QByteArray("Tue, 28 Nov 2017 22:04:45 +0100") << t;
    QTest::newRow("no-weekday") << QByteArray("28 Nov 2017 13:04:45 -0800") << t;
    QTest::newRow("obs-zone") << QByteArray("Tue, 28 Nov 2017 16:04:45 EST") << t;
    QTest::newRow("comment") << QByteArray("Tue, 28 Nov 2017 21:04:45 +0000 (UTC)") << t;
    QTest::newRow("2-digit-year") << QByteArray("Tue, 28 Nov 17 21:04:45 GMT") << t;
    QTest::newRow("folded") << QByteArray("Tue, 28 Nov 2017\r\n 21:04:45 +0000") << t;
    QTest::newRow("asctime") << QByteArray("Tue Nov 28 21:04:45 2017") << t;
    // Months and zones are matched as packed bytes: case, length and neighbours.
    QTest::newRow("lower-case") << QByteArray("tue, 28 nov 2017 13:04:45 pst") << t;
    QTest::newRow("upper-case") << QByteArray("TUE, 28 NOV 2017 14:04:45 MST") << t;
    QTest::newRow("zone-ut") << QByteArray("Tue, 28 Nov 2017 21:04:45 UT") << t;
    QTest::newRow("zone-z") << QByteArray("Tue, 28 Nov 2017 21:04:45 z") << t;
    QTest::newRow("zone-edt") << QByteArray("Tue, 28 Nov 2017 17:04:45 edt") << t;
    QTest::newRow("gmt-offset") << QByteArray("Tue, 28 Nov 2017 23:04:45 GMT+0200") << t;
    QTest::newRow("unknown-zone") << QByteArray("Tue, 28 Nov 2017 21:04:45 XYZ") << t;
    QTest::newRow("zone-utcx") << QByteArray("Tue, 28 Nov 2017 21:04:45 UTCX") << t;
    QTest::newRow("month-word") << QByteArray("Tue, 28 November 2017 21:04:45 +0000") << t;
    QTest::newRow("month-too-long") << QByteArray("Tue, 28 Novemberxx 2017 21:04:45 +0000") << QDateTime();
    QTest::newRow("not-a-month") << QByteArray("Tue, 28 N0v 2017 21:04:45 +0000") << QDateTime();
    QTest::newRow("garbage") << QByteArray("not a date") << QDateTime();
    QTest::newRow("empty") << QByteArray("") << QDateTime();
}

void TestMboxFormat::dates()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const qint64 secs = Rfc5322Date::parse(value);
    if (!expected.isValid())
        QCOMPARE(secs, 0);
    else
        QCOMPARE(secs, expected.toSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestMboxFormat)
#include "tst_mboxformat.moc"
