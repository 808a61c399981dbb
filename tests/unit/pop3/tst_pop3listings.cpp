// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "pop3/wire/capabilities.h"
#include "pop3/wire/listings.h"

#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Pop3;

class TestPop3Listings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stat_data();
    void stat();
    void list();
    void listRejects_data();
    void listRejects();
    void uidl();
    void uidlRejects_data();
    void uidlRejects();
    void apopTimestamp_data();
    void apopTimestamp();
    void apopDigestRfcExample();
    void capa();
    void capaUnknown();
};

void TestPop3Listings::stat_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("octets");
    QTest::newRow("rfc") << QByteArray("2 320") << true << 2 << qint64(320);
    QTest::newRow("trailing text") << QByteArray("5 100000 messages") << true << 5 << qint64(100000);
    QTest::newRow("big") << QByteArray("10000 6000000000") << true << 10000 << qint64(6000000000LL);
    QTest::newRow("empty") << QByteArray("") << false << 0 << qint64(0);
    QTest::newRow("words") << QByteArray("two hundred") << false << 0 << qint64(0);
    QTest::newRow("negative") << QByteArray("-1 5") << false << 0 << qint64(0);
}

void TestPop3Listings::stat()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    const auto r = Listings::parseStat(text);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error().kind(), MailError::Kind::Protocol);
        return;
    }
    QTEST(r->count, "count");
    QTEST(r->octets, "octets");
}

void TestPop3Listings::list()
{
    const auto r = Listings::parseList("1 120\r\n2  200\r\n\r\n3\t5\n");
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 3);
    QCOMPARE(r->at(0).number, 1);
    QCOMPARE(r->at(0).size, 120);
    QCOMPARE(r->at(1).size, 200);
    QCOMPARE(r->at(2).number, 3);
    QCOMPARE(r->at(2).size, 5);
    QVERIFY(Listings::parseList("").ok());
}

void TestPop3Listings::listRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("one field") << QByteArray("1\r\n");
    QTest::newRow("zero number") << QByteArray("0 100\r\n");
    QTest::newRow("letters") << QByteArray("1 abc\r\n");
    QTest::newRow("overflow") << QByteArray("1 99999999999999999999999\r\n");
}

void TestPop3Listings::listRejects()
{
    QFETCH(QByteArray, body);
    QVERIFY(!Listings::parseList(body).ok());
}

void TestPop3Listings::uidl()
{
    const auto r = Listings::parseUidl("1 whqtswO00WBw418f9t5JxYwZ\r\n2 QhdPYR:00WBw1Ph7x7\r\n");
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(1).number, 2);
    QCOMPARE(r->at(1).uid, QByteArray("QhdPYR:00WBw1Ph7x7"));
    const auto one = Listings::parseUidLine("2 QhdPYR:00WBw1Ph7x7");
    QVERIFY(one.ok());
    QCOMPARE(one->uid, QByteArray("QhdPYR:00WBw1Ph7x7"));
}

void TestPop3Listings::uidlRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no uid") << QByteArray("1\r\n");
    QTest::newRow("control byte") << QByteArray("1 ab\x01z\r\n");
    QTest::newRow("8-bit") << QByteArray("1 ab\xc3\xa9\r\n");
    QTest::newRow("too long") << QByteArray("1 " + QByteArray(300, 'a') + "\r\n");
}

void TestPop3Listings::uidlRejects()
{
    QFETCH(QByteArray, body);
    QVERIFY(!Listings::parseUidl(body).ok());
}

void TestPop3Listings::apopTimestamp_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::newRow("rfc 1939") << QByteArray("POP3 server ready <1896.697170952@dbc.mtview.ca.us>")
                              << QByteArray("<1896.697170952@dbc.mtview.ca.us>");
    QTest::newRow("none") << QByteArray("Dovecot ready.") << QByteArray();
    QTest::newRow("no at") << QByteArray("ready <12345>") << QByteArray();
    QTest::newRow("unclosed") << QByteArray("ready <1@x") << QByteArray();
    QTest::newRow("space inside") << QByteArray("ready <1 @x>") << QByteArray();
}

void TestPop3Listings::apopTimestamp()
{
    QFETCH(QByteArray, greeting);
    QTEST(Listings::apopTimestamp(greeting), "timestamp");
}

void TestPop3Listings::apopDigestRfcExample()
{
    // RFC 1939 §7, the APOP example.
    QCOMPARE(Listings::apopDigest("<1896.697170952@dbc.mtview.ca.us>", "tanstaaf"),
             QByteArray("c4c9334bac560ecc979e58001b3e22fb"));
}

void TestPop3Listings::capa()
{
    // Dovecot 2.3's list (RECIPE §3), lower-case names are still recognised.
    const Capabilities caps = Capabilities::parse(
        "TOP\r\nUIDL\r\nRESP-CODES\r\npipelining\r\nAUTH-RESP-CODE\r\nSTLS\r\nUSER\r\nSASL PLAIN login\r\n"
        "LOGIN-DELAY 900\r\nIMPLEMENTATION Dovecot\r\n");
    QVERIFY(caps.isKnown());
    QVERIFY(caps.top());
    QVERIFY(caps.uidl());
    QVERIFY(caps.respCodes());
    QVERIFY(caps.pipelining());
    QVERIFY(caps.authRespCode());
    QVERIFY(caps.stls());
    QVERIFY(caps.user());
    QCOMPARE(caps.saslMechanisms(), QByteArrayList({"PLAIN", "LOGIN"}));
    QVERIFY(caps.hasSasl("login"));
    QVERIFY(!caps.hasSasl("CRAM-MD5"));
    QCOMPARE(caps.arguments("LOGIN-DELAY"), QByteArrayList({"900"}));
    QCOMPARE(caps.names().first(), QByteArray("TOP"));
}

void TestPop3Listings::capaUnknown()
{
    const Capabilities none;
    QVERIFY(!none.isKnown());
    QVERIFY(!none.pipelining());
    QVERIFY(none.saslMechanisms().isEmpty());
}

QTEST_GUILESS_MAIN(TestPop3Listings)
#include "tst_pop3listings.moc"
