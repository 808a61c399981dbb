// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Net::shouldCompress: which server addresses get COMPRESS=DEFLATE under each policy.
#include "net/compressionpolicy.h"

#include <QTest>

using namespace Pigeon::Net;

class TestCompressionPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decision_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<bool>("local");
        // Local: this machine, RFC 1918, link-local, IPv6 ULA (and IPv4-mapped forms).
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("10.1.2.3") << "10.1.2.3" << true;
        QTest::newRow("172.16.0.1") << "172.16.0.1" << true;
        QTest::newRow("172.31.255.254") << "172.31.255.254" << true;
        QTest::newRow("192.168.1.10") << "192.168.1.10" << true;
        QTest::newRow("169.254.10.1") << "169.254.10.1" << true;
        QTest::newRow("fe80::1") << "fe80::1" << true;
        QTest::newRow("fd12:3456::1 (ULA)") << "fd12:3456::1" << true;
        QTest::newRow("::ffff:192.168.0.5") << "::ffff:192.168.0.5" << true;
        QTest::newRow("::ffff:127.0.0.1") << "::ffff:127.0.0.1" << true;
        // The internet, and what only looks near.
        QTest::newRow("172.32.0.1 (past 172.16/12)") << "172.32.0.1" << false;
        QTest::newRow("172.15.255.255") << "172.15.255.255" << false;
        QTest::newRow("11.0.0.1") << "11.0.0.1" << false;
        QTest::newRow("192.169.0.1") << "192.169.0.1" << false;
        QTest::newRow("100.64.0.1 (carrier NAT)") << "100.64.0.1" << false;
        QTest::newRow("93.184.216.34") << "93.184.216.34" << false;
        QTest::newRow("2a00:1450:4001::1a") << "2a00:1450:4001::1a" << false;
        QTest::newRow("::ffff:8.8.8.8") << "::ffff:8.8.8.8" << false;
        QTest::newRow("fec0::1 (deprecated site-local)") << "fec0::1" << false;
    }
    void decision()
    {
        QFETCH(QString, peer);
        QFETCH(bool, local);
        const QHostAddress address(peer);
        QVERIFY(!address.isNull());
        QCOMPARE(isLocalNetworkAddress(address), local);
        QCOMPARE(shouldCompress(Compression::Auto, address), !local);
        QCOMPARE(shouldCompress(Compression::On, address), true);
        QCOMPARE(shouldCompress(Compression::Off, address), false);
    }
    void unknownPeerCountsAsRemote()
    {
        // A transport that cannot say where it is connected (a test double): Auto keeps
        // the protocol's behaviour, compression when offered.
        QVERIFY(shouldCompress(Compression::Auto, QHostAddress()));
        QVERIFY(!shouldCompress(Compression::Off, QHostAddress()));
    }
    void names_data()
    {
        QTest::addColumn<Compression>("policy");
        QTest::addColumn<QString>("name");
        QTest::newRow("auto") << Compression::Auto << "auto";
        QTest::newRow("on") << Compression::On << "on";
        QTest::newRow("off") << Compression::Off << "off";
    }
    void names()
    {
        QFETCH(Compression, policy);
        QFETCH(QString, name);
        QCOMPARE(compressionName(policy), name);
        Compression parsed = policy == Compression::Off ? Compression::On : Compression::Off;
        QVERIFY(compressionFromName(name, &parsed));
        QCOMPARE(parsed, policy);
        QVERIFY(!compressionFromName(name.toUpper() + QLatin1Char('x'), &parsed));
        QCOMPARE(parsed, policy); // untouched on failure
    }
};

QTEST_GUILESS_MAIN(TestCompressionPolicy)
#include "tst_compressionpolicy.moc"
