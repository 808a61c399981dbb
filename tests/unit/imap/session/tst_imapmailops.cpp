// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// MoveOp, CopyOp, ExpungeOp and AppendOp against transcripts: MOVE, both fallbacks,
// TRYCREATE, COPYUID/APPENDUID, EXPUNGE and VANISHED, NO and BAD.
#include "imap/ops/appendop.h"
#include "imap/ops/copyop.h"
#include "imap/ops/expungeop.h"
#include "imap/ops/moveop.h"
#include "opswait.h"
#include "sessionharness.h"

using namespace Pigeon;
using namespace Pigeon::Imap;
using namespace Pigeon::Test;

class TestImapMailOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void move();
    void moveFallbackUidExpunge();
    void moveFallbackWithoutUidplus();
    void copyErrors();
    void expunge();
    void expungeNeedsUidplus();
    void append();
    void opsNeedSelectedMailbox();
};

void TestImapMailOps::move()
{
    ImapHarness h({QStringLiteral("move.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QVERIFY(selectInbox(h.session.get()));
    QSignalSpy expunged(h.session.get(), &ImapSession::expungeReceived);
    MoveOp op(h.session.get(), SequenceSet::range(2, 3), QStringLiteral("Archive"));
    QVERIFY(runToEnd(op));
    QCOMPARE(op.error().kind(), MailError::Kind::None);
    QCOMPARE(op.result().method, MoveOp::Method::Move);
    QVERIFY(op.result().expunged);
    QCOMPARE(op.result().copy.uidValidity, 99u);
    const QHash<quint32, quint32> map = op.result().copy.uidMap();
    QCOMPARE(map, (QHash<quint32, quint32>{{2, 7}, {3, 8}}));
    QCOMPARE(expunged.count(), 2);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapMailOps::moveFallbackUidExpunge()
{
    ImapHarness h({QStringLiteral("move-fallback-uidplus.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QVERIFY(selectInbox(h.session.get()));
    MoveOp op(h.session.get(), SequenceSet::fromList({4}), QStringLiteral("Архив"));
    op.setCreateIfMissing(true);
    QVERIFY(runToEnd(op));
    QVERIFY2(!op.error().isError(), qPrintable(op.error().toString()));
    QCOMPARE(op.result().method, MoveOp::Method::CopyStoreUidExpunge);
    QVERIFY(op.result().expunged);
    QCOMPARE(op.result().copy.uidMap(), (QHash<quint32, quint32>{{4, 1}}));
    QCOMPARE(h.fake->maxClientBurst(), 2); // STORE and UID EXPUNGE pipelined
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapMailOps::moveFallbackWithoutUidplus()
{
    ImapHarness h({QStringLiteral("move-fallback-plain.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QVERIFY(selectInbox(h.session.get()));
    MoveOp op(h.session.get(), SequenceSet::fromList({3, 1}), QStringLiteral("Trash"));
    QVERIFY(runToEnd(op));
    QCOMPARE(op.error().kind(), MailError::Kind::None);
    QCOMPARE(op.result().method, MoveOp::Method::CopyStore);
    QVERIFY(!op.result().expunged);
    QCOMPARE(op.result().copy.uidValidity, 0u);
    QVERIFY(op.result().copy.uidMap().isEmpty());
    // The script ends after the STORE: an EXPUNGE would have been a deviation.
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
    QVERIFY(!h.fake->clientLog().contains("a5 EXPUNGE"));
}

void TestImapMailOps::copyErrors()
{
    ImapHarness h({QStringLiteral("move-trycreate-no.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QVERIFY(selectInbox(h.session.get()));
    MoveOp missing(h.session.get(), SequenceSet::fromList({4}), QStringLiteral("Missing"));
    QVERIFY(runToEnd(missing));
    QCOMPARE(missing.error().kind(), MailError::Kind::ServerNo);
    QCOMPARE(missing.error().serverCode(), QStringLiteral("TRYCREATE"));
    QVERIFY(!missing.result().expunged);

    CopyOp full(h.session.get(), SequenceSet::fromList({4}), QStringLiteral("Full"));
    full.setCreateIfMissing(true); // not TRYCREATE: no CREATE
    QVERIFY(runToEnd(full));
    QCOMPARE(full.error().kind(), MailError::Kind::ServerNo);
    QCOMPARE(full.error().serverCode(), QStringLiteral("OVERQUOTA"));
    QVERIFY2(full.error().text().contains(QStringLiteral("Quota exceeded")), qPrintable(full.error().text()));

    CopyOp bad(h.session.get(), SequenceSet::fromList({4}), QStringLiteral("Full"));
    QVERIFY(runToEnd(bad));
    QCOMPARE(bad.error().kind(), MailError::Kind::ServerBad);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapMailOps::expunge()
{
    ImapHarness h({QStringLiteral("expunge.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QVERIFY(selectInbox(h.session.get()));
    ExpungeOp some(h.session.get(), SequenceSet::fromList({2, 4}));
    QVERIFY(runToEnd(some));
    QCOMPARE(some.error().kind(), MailError::Kind::None);
    QCOMPARE(some.result().expungedSequences, (QList<quint32>{3, 2}));
    QVERIFY(some.result().vanishedUids.isEmpty());
    ExpungeOp all(h.session.get());
    QVERIFY(runToEnd(all));
    QCOMPARE(all.error().kind(), MailError::Kind::None);
    QVERIFY(all.result().expungedSequences.isEmpty());
    QCOMPARE(all.result().vanishedUids, SequenceSet::range(9, 10));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapMailOps::expungeNeedsUidplus()
{
    // Without UIDPLUS a UID EXPUNGE request fails before anything is sent.
    ImapHarness h({QStringLiteral("move-fallback-plain.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QVERIFY(selectInbox(h.session.get()));
    const qsizetype sent = h.fake->clientLog().size();
    ExpungeOp op(h.session.get(), SequenceSet::fromList({1}));
    QVERIFY(runToEnd(op));
    QCOMPARE(op.error().kind(), MailError::Kind::InvalidInput);
    QCOMPARE(h.fake->clientLog().size(), sent);
}

void TestImapMailOps::append()
{
    ImapHarness h({QStringLiteral("append.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    const QDateTime date(QDate(2026, 2, 7), QTime(10, 0), Qt::UTC);
    AppendOp op(h.session.get(), QStringLiteral("Drafts"), "Subject: draft", {"\\Seen", "\\Draft", "\\Recent"}, date);
    QVERIFY(runToEnd(op));
    QVERIFY2(!op.error().isError(), qPrintable(op.error().toString()));
    QCOMPARE(op.result().uidValidity, 1700000003u);
    QCOMPARE(op.result().uid, 12u);

    AppendOp refused(h.session.get(), QStringLiteral("Drafts"), "Subject: draft");
    QVERIFY(runToEnd(refused));
    QCOMPARE(refused.error().kind(), MailError::Kind::ServerNo);
    QCOMPARE(refused.error().serverCode(), QStringLiteral("OVERQUOTA"));
    QCOMPARE(refused.result().uid, 0u);

    // The refused literal's data was never sent and the session goes on.
    bool listed = false;
    Command list("LIST");
    list.raw(R"("" Drafts)");
    h.session->execute(list, {}, [&](const Result<StatusResponse> &r) { listed = r.ok(); });
    QTRY_VERIFY(listed);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));

    AppendOp nul(h.session.get(), QStringLiteral("Drafts"), QByteArray("a\0b", 3));
    QVERIFY(runToEnd(nul));
    QCOMPARE(nul.error().kind(), MailError::Kind::InvalidInput);
}

void TestImapMailOps::opsNeedSelectedMailbox()
{
    ImapHarness h({QStringLiteral("append.txt")});
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    MoveOp move(h.session.get(), SequenceSet::fromList({1}), QStringLiteral("Trash"));
    CopyOp copy(h.session.get(), SequenceSet::fromList({1}), QStringLiteral("Trash"));
    ExpungeOp expunge(h.session.get());
    for (ImapOp *op : {static_cast<ImapOp *>(&move), static_cast<ImapOp *>(&copy), static_cast<ImapOp *>(&expunge)}) {
        QVERIFY(runToEnd(*op));
        QCOMPARE(op->error().kind(), MailError::Kind::InvalidInput);
    }
    QCOMPARE(h.fake->clientLog().size(), 1); // only the login
}

QTEST_GUILESS_MAIN(TestImapMailOps)
#include "tst_imapmailops.moc"
