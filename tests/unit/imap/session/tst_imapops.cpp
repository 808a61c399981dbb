// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The IMAP ops (LIST, SELECT, headers first, BODY.PEEK, STORE) against transcripts, with
// pipelining and untagged data arriving in the middle of commands.
#include "imap/ops/fetchpartop.h"
#include "imap/ops/listop.h"
#include "imap/ops/selectop.h"
#include "imap/ops/storeflagsop.h"
#include "imap/ops/uidfetchheadersop.h"
#include "sessionharness.h"

using namespace Pigeon;
using namespace Pigeon::Imap;
using namespace Pigeon::Test;

namespace {

/// Waits until @p op finished; false if it did not, or more than once.
bool waitFinished(ImapOp *op, QSignalSpy &spy)
{
    if (!QTest::qWaitFor([&] { return spy.count() > 0; }, 5000))
        return false;
    QTest::qWait(0);
    return spy.count() == 1 && op->isFinished();
}

} // namespace

class TestImapOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void list();
    void headersFirst();
    void pipeliningStopsAtSelect();
    void untaggedGroupPipelines();
    void fetchSummaryMode();
    void selectNo();
    void cancelQueued();
    void deletedOpIsNotCalledBack();
};

void TestImapOps::list()
{
    ImapHarness h({QStringLiteral("ops-login.inc"), QStringLiteral("list.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    ListOp op(h.session.get());
    QSignalSpy finished(&op, &ImapOp::finished);
    op.start();
    QVERIFY(waitFinished(&op, finished));
    QCOMPARE(op.error().kind(), MailError::Kind::None);
    const QList<ListedMailbox> &boxes = op.result();
    QCOMPARE(boxes.size(), 4);
    QCOMPARE(boxes.at(0).list.mailbox.name, QStringLiteral("INBOX"));
    QVERIFY(boxes.at(0).status.has_value());
    QCOMPARE(boxes.at(0).status->messages, std::optional<quint64>(3));
    QCOMPARE(boxes.at(0).status->uidNext, std::optional<quint64>(6));
    QVERIFY(boxes.at(1).list.attributes.testFlag(MailboxAttribute::Sent));
    QCOMPARE(boxes.at(1).status->uidValidity, std::optional<quint64>(1700000001));
    QCOMPARE(boxes.at(2).list.mailbox.name, QStringLiteral("Входящие"));
    QVERIFY(!boxes.at(2).status.has_value());
    QCOMPARE(boxes.at(3).list.mailbox.name, QStringLiteral("صندوق"));
    QVERIFY(boxes.at(3).list.attributes.testFlag(MailboxAttribute::NoSelect));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapOps::headersFirst()
{
    ImapHarness h({QStringLiteral("ops-login.inc"), QStringLiteral("headers-first.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QSignalSpy expunged(h.session.get(), &ImapSession::expungeReceived);

    SelectOp select(h.session.get(), QStringLiteral("INBOX"));
    QSignalSpy selected(&select, &ImapOp::finished);
    select.start();
    QVERIFY(waitFinished(&select, selected));
    QCOMPARE(select.error().kind(), MailError::Kind::None);
    QCOMPARE(h.session->state(), ImapSession::State::Selected);
    const SelectResult &s = select.result();
    QCOMPARE(s.exists, 4u);
    QCOMPARE(s.uidValidity, 1700000000u);
    QCOMPARE(s.uidNext, 6u);
    QCOMPARE(s.highestModSeq, 42u);
    QVERIFY(!s.readOnly);
    QVERIFY(s.permanentFlags.system.testFlag(MessageFlag::Wildcard));
    QVERIFY(s.flags.system.testFlag(MessageFlag::Draft));

    UidFetchHeadersOp fetch(h.session.get(), 2, 4);
    QSignalSpy finished(&fetch, &ImapOp::finished);
    QList<QList<quint32>> batches;
    connect(&fetch, &UidFetchHeadersOp::batchFetched, this, [&](const QList<FetchData> &messages) {
        QList<quint32> uids;
        for (const FetchData &m : messages) {
            QVERIFY(m.envelope.has_value());
            QVERIFY(m.body);
            QVERIFY(m.internalDate.isValid());
            uids << m.uid;
        }
        batches << uids;
    });
    fetch.start();
    QVERIFY(waitFinished(&fetch, finished));
    QCOMPARE(fetch.error().kind(), MailError::Kind::None);
    // Newest first; UID 2 was expunged while the first batch was in flight.
    QCOMPARE(batches, (QList<QList<quint32>>{{5, 3}, {1}}));
    QCOMPARE(fetch.batchSizes(), (QList<int>{2, 2}));
    QCOMPARE(fetch.fetchedCount(), 3);
    QCOMPARE(expunged.count(), 1);
    QCOMPARE(expunged.first().first().toUInt(), 2u);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapOps::pipeliningStopsAtSelect()
{
    ImapHarness h({QStringLiteral("ops-login.inc"), QStringLiteral("pipelining.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    SelectOp inbox(h.session.get(), QStringLiteral("INBOX"));
    QSignalSpy inboxDone(&inbox, &ImapOp::finished);
    inbox.start();
    QVERIFY(waitFinished(&inbox, inboxDone));

    QSignalSpy flags(h.session.get(), &ImapSession::flagsReceived);
    StoreFlagsOp seen(h.session.get(), SequenceSet::fromList({5}), StoreFlagsOp::Mode::Add, {"\\Seen"});
    StoreFlagsOp unflag(h.session.get(), SequenceSet::fromList({3}), StoreFlagsOp::Mode::Remove, {"\\Flagged"});
    FetchPartOp part(h.session.get(), 5, "1");
    SelectOp trash(h.session.get(), QStringLiteral("Trash"));
    StoreFlagsOp del(h.session.get(), SequenceSet::fromList({1}), StoreFlagsOp::Mode::Add, {"\\Deleted"});
    QList<ImapOp *> ops{&seen, &unflag, &part, &trash, &del};
    QList<int> order;
    for (int i = 0; i < ops.size(); ++i) {
        connect(ops[i], &ImapOp::finished, this, [&order, i](const MailError &e) {
            QCOMPARE(e.kind(), MailError::Kind::None);
            order << i;
        });
    }
    for (ImapOp *op : ops)
        op->start();
    QVERIFY(QTest::qWaitFor([&] { return order.size() == ops.size(); }, 5000));
    QTest::qWait(0);
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(part.result(), QByteArray("hello\r\nworld"));
    QCOMPARE(h.fake->literals, QList<qint64>{12});
    QCOMPARE(h.fake->maxClientBurst(), 3);
    QCOMPARE(flags.count(), 1);
    QCOMPARE(flags.first().at(1).toUInt(), 4u);
    QCOMPARE(h.session->selectedMailbox(), QStringLiteral("Trash"));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapOps::untaggedGroupPipelines()
{
    ImapHarness h({QStringLiteral("ops-login.inc"), QStringLiteral("untagged-group.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    // Who received which UID, and in what order the commands ended.
    QList<std::pair<int, quint32>> received;
    QList<int> done;
    int group = 0; // its address is the group's key
    auto options = [&](int who, bool grouped) {
        ImapSession::CommandOptions o;
        o.untagged = [&received, who](const Response &r) {
            if (const auto *f = std::get_if<FetchData>(&r))
                received << std::pair{who, f->uid};
        };
        o.untaggedGroup = grouped ? &group : nullptr;
        return o;
    };
    auto finished = [&done](int who) {
        return [&done, who](const Result<StatusResponse> &r) {
            QVERIFY(r.ok());
            done << who;
        };
    };
    const FetchItems items = FetchItem::Uid | FetchItem::Flags;
    h.session->execute(Command::uidFetch(SequenceSet::range(10, 11), items), options(1, true), finished(1));
    h.session->execute(Command::uidFetch(SequenceSet::range(7, 9), items), options(2, true), finished(2));
    h.session->execute(Command::uidFetch(SequenceSet::fromList({1}), items), options(3, false), finished(3));
    QVERIFY(QTest::qWaitFor([&] { return done.size() == 3; }, 5000));
    QCOMPARE(done, (QList<int>{1, 2, 3}));
    // UID 9 came while both were in flight: to the oldest; 7 after the first's OK: to the second.
    QCOMPARE(received, (QList<std::pair<int, quint32>>{{1, 10}, {1, 9}, {1, 11}, {2, 7}, {3, 1}}));
    QCOMPARE(h.fake->maxClientBurst(), 2);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapOps::fetchSummaryMode()
{
    ImapHarness h({QStringLiteral("ops-login.inc"), QStringLiteral("fetch-summary.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QList<FetchData> got;
    int done = 0;
    auto options = [&got](FetchMode mode) {
        ImapSession::CommandOptions o;
        o.untagged = [&got](const Response &r) {
            if (const auto *f = std::get_if<FetchData>(&r))
                got << *f;
        };
        o.fetchMode = mode;
        return o;
    };
    auto finished = [&done](const Result<StatusResponse> &r) {
        QVERIFY(r.ok());
        ++done;
    };
    const FetchItems items = FetchItem::Uid | FetchItem::Envelope | FetchItem::BodyStructure;
    h.session->execute(Command::uidFetch(SequenceSet::fromList({5}), items), options(FetchMode::Summary), finished);
    h.session->execute(Command::uidFetch(SequenceSet::fromList({5}), items), options(FetchMode::Full), finished);
    QVERIFY(QTest::qWaitFor([&] { return done == 2; }, 5000));
    QCOMPARE(got.size(), 2);
    const FetchData &light = got.at(0), &full = got.at(1);
    QVERIFY(light.has(FetchItem::EnvelopeSummary) && light.has(FetchItem::BodySummary) && !light.body);
    QCOMPARE(light.envelope->subject, QByteArray("Subj"));
    QVERIFY(light.envelope->cc.isEmpty());
    QVERIFY(light.bodySummary.hasAttachments);
    QVERIFY(full.has(FetchItem::Envelope) && full.has(FetchItem::BodyStructure) && full.body);
    QCOMPARE(full.envelope->subject, QByteArray("Subj"));
    QCOMPARE(full.envelope->cc.size(), 1);
    QVERIFY(hasAttachments(*full.body));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapOps::selectNo()
{
    ImapHarness h({QStringLiteral("ops-login.inc"), QStringLiteral("select-no.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    SelectOp op(h.session.get(), QStringLiteral("Missing"));
    QSignalSpy finished(&op, &ImapOp::finished);
    op.start();
    QVERIFY(waitFinished(&op, finished));
    QCOMPARE(op.error().kind(), MailError::Kind::ServerNo);
    QCOMPARE(op.error().serverCode(), QStringLiteral("NONEXISTENT"));
    QCOMPARE(h.session->state(), ImapSession::State::Authenticated);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapOps::cancelQueued()
{
    // A queued op withdrawn before it is sent: finished(Cancelled) once, nothing sent.
    ImapHarness h({QStringLiteral("ops-login.inc"), QStringLiteral("select-no.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    SelectOp first(h.session.get(), QStringLiteral("Missing"));
    ListOp second(h.session.get());
    QSignalSpy secondDone(&second, &ImapOp::finished);
    QSignalSpy firstDone(&first, &ImapOp::finished);
    first.start();
    second.start(); // waits behind the SELECT barrier
    second.cancel();
    QCOMPARE(secondDone.count(), 1);
    QCOMPARE(second.error().kind(), MailError::Kind::Cancelled);
    QVERIFY(waitFinished(&first, firstDone));
    QTest::qWait(10);
    QCOMPARE(secondDone.count(), 1);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapOps::deletedOpIsNotCalledBack()
{
    // An op deleted while its command is queued behind a barrier: the session forgets it
    // (no callback into freed memory; ASan would see one), and the session goes on.
    ImapHarness h({QStringLiteral("ops-login.inc"), QStringLiteral("select-no.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    SelectOp first(h.session.get(), QStringLiteral("Missing"));
    QSignalSpy firstDone(&first, &ImapOp::finished);
    auto *second = new ListOp(h.session.get());
    QSignalSpy secondDone(second, &ImapOp::finished);
    first.start();
    second->start();
    QCOMPARE(h.session->pendingCommands(), 2);
    delete second;
    QCOMPARE(secondDone.count(), 0);
    QCOMPARE(h.session->pendingCommands(), 1);
    QVERIFY(waitFinished(&first, firstDone));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

QTEST_GUILESS_MAIN(TestImapOps)
#include "tst_imapops.moc"
