// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Modified UTF-7 mailbox names (RFC 3501 §5.1.3).
#include "imap/wire/mutf7.h"

#include <QTest>

using namespace Pigeon::Imap;

class TestMUtf7 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("ascii") << QStringLiteral("INBOX/Work 2024") << QByteArray("INBOX/Work 2024");
        QTest::newRow("ampersand") << QStringLiteral("Tom & Jerry") << QByteArray("Tom &- Jerry");
        QTest::newRow("rfc example") << QStringLiteral("~peter/mail/台北/日本語") << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        QTest::newRow("russian sent") << QStringLiteral("Отправленные") << QByteArray("&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-");
        QTest::newRow("russian path") << QStringLiteral("Входящие/Работа 2024") << QByteArray("&BBIERQQ+BDQETwRJBDgENQ-/&BCAEMAQxBD4EQgQw- 2024");
        QTest::newRow("persian with zwnj") << QStringLiteral("ارسال\u200cشده") << QByteArray("&BicGMQYzBicGRCAMBjQGLwZH-");
        QTest::newRow("polish") << QStringLiteral("Wysłane") << QByteArray("Wys&AUI-ane");
        QTest::newRow("emoji surrogate pair") << QStringLiteral("😀 Emoji") << QByteArray("&2D3eAA- Emoji");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("tab is encoded") << QStringLiteral("a\tb") << QByteArray("a&AAk-b");
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, encoded);
        QCOMPARE(MUtf7::encode(name), encoded);
        const auto decoded = MUtf7::decode(encoded);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, name);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("unterminated shift") << QByteArray("&BB4EQgQ");
        QTest::newRow("empty shift") << QByteArray("&,-"); // one sextet: not a character
        QTest::newRow("bad base64 char") << QByteArray("&BB4*-");
        QTest::newRow("standard slash instead of comma") << QByteArray("&BB4EQgQ/BEA-");
        QTest::newRow("8-bit byte") << QByteArray("Caf\xc3\xa9");
        QTest::newRow("control byte") << QByteArray("a\x01" "b");
        QTest::newRow("nonzero padding bits") << QByteArray("&AGF-");
        QTest::newRow("encoded printable ascii") << QByteArray("&AGE-");
        QTest::newRow("odd byte count") << QByteArray("&BB4E-");
        QTest::newRow("lone high surrogate") << QByteArray("&2D0-");
        QTest::newRow("lone low surrogate") << QByteArray("&3gA-");
        QTest::newRow("trailing ampersand") << QByteArray("abc&");
        // RFC 3501 §5.1.3: no null shifts ("-&" in BASE64). Found by fuzz_imap_response:
        // two adjacent runs decoded to a name that encodes back as one run.
        QTest::newRow("null shift") << QByteArray("TUUNSEENIN&BB4-&BB4EQgQ,BEA-");
        QTest::newRow("null shift splitting a surrogate pair") << QByteArray("&2D0-&3gA-");
    }
    void malformed()
    {
        QFETCH(QByteArray, encoded);
        QVERIFY2(!MUtf7::decode(encoded).has_value(), encoded.constData());
    }
};

QTEST_GUILESS_MAIN(TestMUtf7)
#include "tst_mutf7.moc"
