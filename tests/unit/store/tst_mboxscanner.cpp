// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/mboxscanner.h"

#include <QTest>

using namespace Pigeon::Store;

class TestMboxScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scan_data();
    void scan();
    void contentLength();
    void headerEnd();
};

void TestMboxScanner::scan_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::addColumn<bool>("unterminated");
    QTest::addColumn<bool>("garbage");
    QTest::newRow("two") << QByteArray("From a\nS: 1\n\nb1\n\nFrom b\nS: 2\n\nb2\n\n")
                         << QList<QByteArray>{"S: 1\n\nb1\n", "S: 2\n\nb2\n"} << false << false;
    QTest::newRow("no-blank-separator") << QByteArray("From a\nS: 1\n\nb1\nFrom b\nS: 2\n")
                                        << QList<QByteArray>{"S: 1\n\nb1\n", "S: 2\n"} << false << false;
    QTest::newRow("crlf-mbox") << QByteArray("From a\r\nS: 1\r\n\r\nb\r\n\r\nFrom b\r\nS: 2\r\n\r\n")
                               << QList<QByteArray>{"S: 1\r\n\r\nb\r\n", "S: 2\r\n"} << false << false;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "From -\nS: 1\n\n") << QList<QByteArray>{"S: 1\n"} << false << false;
    QTest::newRow("quoted-stays") << QByteArray("From a\n\n>From x\n\n") << QList<QByteArray>{"\n>From x\n"} << false << false;
    QTest::newRow("torn") << QByteArray("From a\nS: 1\n\nFrom b\nS: 2\n\nhal")
                          << QList<QByteArray>{"S: 1\n", "S: 2\n\nhal"} << true << false;
    QTest::newRow("torn-separator") << QByteArray("From a\nS: 1\n\nFrom b")
                                    << QList<QByteArray>{"S: 1\n", ""} << true << false;
    QTest::newRow("not-mbox") << QByteArray("Subject: hi\n\nbody\n") << QList<QByteArray>{} << false << true;
    QTest::newRow("garbage-first") << QByteArray("junk\nFrom a\nS: 1\n\n") << QList<QByteArray>{"S: 1\n"} << false << true;
    QTest::newRow("empty") << QByteArray() << QList<QByteArray>{} << false << false;
}

void TestMboxScanner::scan()
{
    QFETCH(QByteArray, file);
    QFETCH(QList<QByteArray>, messages);
    QFETCH(bool, unterminated);
    QFETCH(bool, garbage);
    const MboxScan s = MboxScanner::scan(file);
    QCOMPARE(qsizetype(s.records.size()), messages.size());
    for (size_t i = 0; i < s.records.size(); ++i) {
        const MboxRecord &r = s.records[i];
        QCOMPARE(file.mid(r.dataOffset, r.dataEnd - r.dataOffset), messages.at(qsizetype(i)));
        QVERIFY(MboxScanner::isSeparatorAt(file, r.offset));
        if (i + 1 < s.records.size())
            QCOMPARE(r.end, s.records[i + 1].offset);
    }
    QCOMPARE(s.unterminatedTail, unterminated);
    QCOMPARE(s.leadingGarbage > 0, garbage);
}

void TestMboxScanner::contentLength()
{
    // mboxcl2: no quoting, the length says where the message ends.
    const QByteArray file = "From a\nContent-Length: 12\n\nFrom inside\n\nFrom b\nS: 2\n\n";
    const MboxScan plain = MboxScanner::scan(file);
    QCOMPARE(plain.records.size(), size_t(3));
    const MboxScan cl = MboxScanner::scan(file, 0, MboxScanner::Mode::AcceptContentLength);
    QCOMPARE(cl.records.size(), size_t(2));
    QCOMPARE(file.mid(cl.records[0].dataOffset, cl.records[0].dataEnd - cl.records[0].dataOffset),
             QByteArray("Content-Length: 12\n\nFrom inside\n"));
    // A wrong length is ignored rather than trusted.
    const QByteArray wrong = "From a\nContent-Length: 3\n\nabcdef\n\nFrom b\nS: 2\n\n";
    QCOMPARE(MboxScanner::scan(wrong, 0, MboxScanner::Mode::AcceptContentLength).records.size(), size_t(2));
}

void TestMboxScanner::headerEnd()
{
    const QByteArray m = "A: 1\r\nB: 2\r\n\r\nbody";
    QCOMPARE(MboxScanner::headerEnd(m, 0, m.size()), qint64(m.indexOf("body")));
    const QByteArray n = "A: 1\nB: 2\n";
    QCOMPARE(MboxScanner::headerEnd(n, 0, n.size()), qint64(n.size()));
    const QByteArray e = "\nbody";
    QCOMPARE(MboxScanner::headerEnd(e, 0, e.size()), qint64(1));
}

QTEST_GUILESS_MAIN(TestMboxScanner)
#include "tst_mboxscanner.moc"
