// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "common/result.h"

#include <QTest>

using namespace Pigeon;

class TestResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAndError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);

        Result<int> bad(MailError(MailError::Kind::AuthFailed, QStringLiteral("wrong password"), QStringLiteral("AUTHENTICATIONFAILED")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind(), MailError::Kind::AuthFailed);
        QCOMPARE(bad.valueOr(7), 7);
        QCOMPARE(bad.error().toString(), QStringLiteral("auth-failed: wrong password [AUTHENTICATIONFAILED]"));
    }
    void voidResult()
    {
        Result<void> fine;
        QVERIFY(fine.ok());
        Result<void> failed(MailError(MailError::Kind::DiskFull, QStringLiteral("no space")));
        QVERIFY(!failed.ok());
        QCOMPARE(MailError::kindName(failed.error().kind()), QStringLiteral("disk-full"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
