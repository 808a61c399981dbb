// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "common/redactor.h"

#include <QTest>

using Pigeon::Redactor;

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactClientLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("imap login") << QByteArray("a1 LOGIN alice s3cr3t\r\n") << QByteArray("a1 LOGIN alice <redacted>");
        QTest::newRow("imap login lower") << QByteArray("a1 login \"alice\" \"pw with space\"") << QByteArray("a1 login \"alice\" <redacted>");
        QTest::newRow("imap authenticate ir") << QByteArray("a2 AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==") << QByteArray("a2 AUTHENTICATE PLAIN <redacted>");
        QTest::newRow("pop3 pass") << QByteArray("PASS hunter2\r\n") << QByteArray("PASS <redacted>");
        QTest::newRow("pop3 apop") << QByteArray("APOP mrose c4c9334bac560ecc979e58001b3e22fb") << QByteArray("APOP mrose <redacted>");
        QTest::newRow("smtp auth plain") << QByteArray("AUTH PLAIN AGFsaWNlAHNlY3JldA==") << QByteArray("AUTH PLAIN <redacted>");
        QTest::newRow("auth without ir") << QByteArray("AUTH LOGIN") << QByteArray("AUTH LOGIN");
        QTest::newRow("harmless") << QByteArray("a3 SELECT INBOX\r\n") << QByteArray("a3 SELECT INBOX");
        QTest::newRow("user") << QByteArray("USER alice") << QByteArray("USER alice");
    }
    void redactClientLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, expected);
        QCOMPARE(Redactor::redactClientLine(line), expected);
    }
    void sensitivePrefix()
    {
        QCOMPARE(Redactor::sensitive("a1 LOGIN bob"), QByteArray("a1 LOGIN bob <redacted>"));
        QCOMPARE(Redactor::sensitive(""), QByteArray("<redacted>"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
