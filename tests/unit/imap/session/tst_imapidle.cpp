// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// IdleOp against transcripts: changes while idling, re-issue, yielding to a queued
// command, stop(), cancel() still sending DONE, NOOP polling, BYE while idling.
#include "imap/ops/idleop.h"
#include "opswait.h"
#include "sessionharness.h"

using namespace Pigeon;
using namespace Pigeon::Imap;
using namespace Pigeon::Test;
using namespace std::chrono_literals;

class TestImapIdle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idleReissueYieldStop();
    void cancelSendsDone();
    void endedBeforeTheServerConfirmed_data();
    void endedBeforeTheServerConfirmed();
    void pollingWithoutIdle();
    void byeWhileIdling();
};

void TestImapIdle::idleReissueYieldStop()
{
    ImapHarness h({QStringLiteral("idle.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QVERIFY(selectInbox(h.session.get()));
    IdleOp idle(h.session.get());
    idle.setReissueInterval(200ms);
    QSignalSpy exists(&idle, &IdleOp::existsReceived);
    QSignalSpy expunged(&idle, &IdleOp::expungeReceived);
    QList<std::pair<quint32, FlagList>> flags;
    connect(&idle, &IdleOp::flagsReceived, this,
            [&](quint32 sequence, quint32, const FlagList &f) { flags.append({sequence, f}); });
    QSignalSpy finished(&idle, &ImapOp::finished);
    bool nooped = false;
    int idlings = 0;
    connect(&idle, &IdleOp::idling, this, [&] {
        ++idlings;
        QVERIFY(idle.isIdling());
        if (idlings == 2) {
            // A command for the idling connection: IDLE must make way for it.
            h.session->execute(Command("NOOP"), {}, [&](const Result<StatusResponse> &r) { nooped = r.ok(); });
        } else if (idlings == 3) {
            idle.stop();
        }
    });
    idle.start();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, 5000));
    QCOMPARE(idle.error().kind(), MailError::Kind::None);
    QVERIFY(nooped);
    QCOMPARE(idlings, 3);
    QCOMPARE(idle.idleCount(), 3);
    QVERIFY(!idle.isIdling());
    QCOMPARE(exists.count(), 1);
    QCOMPARE(exists.first().first().toUInt(), 4u);
    QCOMPARE(expunged.count(), 1);
    QCOMPARE(expunged.first().first().toUInt(), 2u);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().first, 1u);
    QVERIFY(flags.first().second.system.testFlag(MessageFlag::Seen));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

void TestImapIdle::cancelSendsDone()
{
    ImapHarness h({QStringLiteral("idle-cancel.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QVERIFY(selectInbox(h.session.get()));
    auto idle = std::make_unique<IdleOp>(h.session.get());
    QSignalSpy idling(idle.get(), &IdleOp::idling);
    QSignalSpy finished(idle.get(), &ImapOp::finished);
    idle->start();
    QVERIFY(idling.wait(5000));
    idle->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(idle->error().kind(), MailError::Kind::Cancelled);
    idle.reset();
    bool nooped = false;
    h.session->execute(Command("NOOP"), {}, [&](const Result<StatusResponse> &r) { nooped = r.ok(); });
    QTRY_VERIFY(nooped);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapIdle::endedBeforeTheServerConfirmed_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("stop") << false;
    QTest::newRow("cancel") << true;
}

void TestImapIdle::endedBeforeTheServerConfirmed()
{
    // stop() or cancel() while IDLE is sent but "+" has not come: DONE goes out as soon
    // as it comes (RFC 2177 §3 allows DONE only then), and the connection stays usable.
    QFETCH(bool, cancel);
    ImapHarness h({QStringLiteral("idle-cancel.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QVERIFY(selectInbox(h.session.get()));
    IdleOp idle(h.session.get());
    QSignalSpy idling(&idle, &IdleOp::idling);
    QSignalSpy finished(&idle, &ImapOp::finished);
    idle.start();
    QVERIFY(!h.fake->clientLog().isEmpty() && h.fake->clientLog().last() == "a3 IDLE");
    if (cancel)
        idle.cancel();
    else
        idle.stop();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(idle.error().kind(), cancel ? MailError::Kind::Cancelled : MailError::Kind::None);
    QCOMPARE(idling.count(), 0);
    bool nooped = false;
    h.session->execute(Command("NOOP"), {}, [&](const Result<StatusResponse> &r) { nooped = r.ok(); });
    QTRY_VERIFY(nooped);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapIdle::pollingWithoutIdle()
{
    ImapHarness h({QStringLiteral("idle-poll.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QVERIFY(selectInbox(h.session.get()));
    IdleOp idle(h.session.get());
    idle.setPollInterval(300ms);
    QSignalSpy exists(&idle, &IdleOp::existsReceived);
    QSignalSpy finished(&idle, &ImapOp::finished);
    idle.start();
    QVERIFY(idle.usesPolling());
    QVERIFY(exists.wait(5000));
    QCOMPARE(exists.first().first().toUInt(), 4u);
    QCOMPARE(finished.count(), 0);
    idle.stop(); // between two polls: finishes at once
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(idle.error().kind(), MailError::Kind::None);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapIdle::byeWhileIdling()
{
    ImapHarness h({QStringLiteral("idle-bye.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QVERIFY(selectInbox(h.session.get()));
    IdleOp idle(h.session.get());
    QSignalSpy finished(&idle, &ImapOp::finished);
    idle.start();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, 5000));
    QCOMPARE(idle.error().kind(), MailError::Kind::ServerBye);
    QVERIFY2(idle.error().text().contains(QStringLiteral("inactivity")), qPrintable(idle.error().text()));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

QTEST_GUILESS_MAIN(TestImapIdle)
#include "tst_imapidle.moc"
