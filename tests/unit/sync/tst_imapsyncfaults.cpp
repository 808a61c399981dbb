// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ImapSync against scripted servers: what real Dovecot cannot be made to do — no
// CONDSTORE (the FLAGS comparison), no UIDVALIDITY, a connection that breaks in the
// middle of a FETCH, a malformed FETCH response. Nothing cached may be lost or doubled.
// The offline queue's replay: [TRYCREATE] for a target deleted elsewhere, a CREATE the
// server refuses, MOVE without MOVE/UIDPLUS (never a plain EXPUNGE).
#include "support/faketransport.h"

#include "store/changequeue.h"
#include "store/imapcache.h"
#include "store/mailstore.h"
#include "sync/imapsync.h"
#include "sync/task.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Sync;
using Pigeon::Test::FakeTransport;

namespace {

QByteArray login(const QByteArray &capabilities)
{
    return "S: * OK [CAPABILITY " + capabilities + "] ready\n"
           "C: a1 LOGIN alice <redacted>\n"
           "S: a1 OK [CAPABILITY " + capabilities + "] Logged in\n";
}

const QByteArray kLogin = login("IMAP4rev1 LITERAL+");

/// SELECT INBOX (tag a2) of the seeded cache: UIDVALIDITY 7, @p exists messages.
QByteArray selectInbox(int exists, int uidNext)
{
    return "C: a2 SELECT INBOX\n"
           "S: * " + QByteArray::number(exists) + " EXISTS\n"
           "S: * OK [UIDVALIDITY 7] ok\n"
           "S: * OK [UIDNEXT " + QByteArray::number(uidNext) + "] ok\n"
           "S: a2 OK [READ-WRITE] done\n";
}

QByteArray fetchLine(int seq, int uid, const QByteArray &flags = {})
{
    return "S: * " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(uid) + " FLAGS (" + flags
        + ") INTERNALDATE \"02-Jan-2024 10:00:00 +0000\" RFC822.SIZE 321 ENVELOPE (\"Tue, 2 Jan 2024 10:00:00 +0000\" "
          "\"message " + QByteArray::number(uid) + "\" ((\"Bob\" NIL \"bob\" \"example.org\")) NIL NIL "
          "((NIL NIL \"alice\" \"example.org\")) NIL NIL NIL \"<m" + QByteArray::number(uid) + "@x>\") "
          "BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL))\n";
}

/// What follows a replayed move of UID 2 (cache: 1 and 3 of 3, UIDNEXT 4), from tag
/// a<n> on: the FLAGS comparison, then the search for new mail.
QByteArray resyncAfterMove(int n)
{
    auto t = [n](int i) -> QByteArray { return 'a' + QByteArray::number(n + i); };
    return "C: " + t(0) + " UID FETCH 1,3 (UID FLAGS)\n"
           "S: * 1 FETCH (UID 1 FLAGS ())\n"
           "S: * 2 FETCH (UID 3 FLAGS ())\n"
           "S: " + t(0) + " OK done\n"
           "C: " + t(1) + " UID SEARCH UID 4:*\n"
           "S: * SEARCH 3\n"
           "S: " + t(1) + " OK done\n"
           "C: " + t(2) + " UID SEARCH ALL\n"
           "S: * SEARCH 1 3\n"
           "S: " + t(2) + " OK done\n";
}

MailError wait(Task *task)
{
    QSignalSpy spy(task, &Task::finished);
    if (!spy.wait(10000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("the task did not finish"));
    return spy.at(0).at(0).value<MailError>();
}

struct Fixture {
    QTemporaryDir dir;
    Store::MailStore store{dir.path()};
    Account::Account account;
    std::unique_ptr<ImapSync> sync;
    QList<QPointer<FakeTransport>> fakes; ///< the session deletes its transport
    QList<QByteArray> scripts;

    bool open()
    {
        if (!store.open() || !store.createFolder(QStringLiteral("INBOX")))
            return false;
        Store::RemoteFolder rf;
        rf.folderId = store.index().folder(QStringLiteral("INBOX"))->id;
        rf.name = QStringLiteral("INBOX");
        rf.rawName = "INBOX";
        rf.delimiter = QStringLiteral("/");
        if (!store.index().setRemoteFolder(rf))
            return false;
        account.incoming.host = QStringLiteral("imap.example.org");
        account.incoming.username = QStringLiteral("alice");
        sync = std::make_unique<ImapSync>(account, &store, [](auto answer) { answer(QStringLiteral("pw")); });
        sync->setTransportFactory([this] {
            auto *fake = new FakeTransport;
            fake->setScript(scripts.value(fakes.size()));
            fakes << fake;
            return fake;
        });
        return true;
    }
    qint64 folderId() { return store.index().folder(QStringLiteral("INBOX"))->id; }
    /// Another listed folder of the account.
    bool addFolder(const QString &name)
    {
        if (!store.createFolder(name))
            return false;
        Store::RemoteFolder rf;
        rf.folderId = store.index().folder(name)->id;
        rf.name = name;
        rf.rawName = name.toUtf8();
        rf.delimiter = QStringLiteral("/");
        return bool(store.index().setRemoteFolder(rf));
    }
    Store::MessageId idOf(quint32 uid)
    {
        return Store::ImapCache(&store).messages(folderId()).value().value(uid).id;
    }
    /// INBOX with 1, 2, 3 cached (see seed()) and an Archive folder.
    bool openWithArchive() { return open() && seed({1, 2, 3}) && addFolder(QStringLiteral("Archive")); }
    /// Queues a move of @p uid to @p target offline, then goes online: the replay runs
    /// (scheduled by setOnline) before the returned replayQueue() task ends.
    Task *moveThenReplay(quint32 uid, const QString &target)
    {
        sync->setOnline(false);
        Task *move = sync->moveMessages({idOf(uid)}, target);
        QSignalSpy spy(move, &Task::finished);
        if (!spy.wait(10000))
            return nullptr;
        sync->setOnline(true);
        return sync->replayQueue();
    }
    /// Cached headers for UIDs @p uids under UIDVALIDITY 7 with a committed sync state.
    bool seed(const QList<quint32> &uids, quint64 modSeq = 0)
    {
        QList<Store::MessageRow> rows;
        for (quint32 uid : uids) {
            Store::MessageRow r;
            r.subject = QStringLiteral("cached %1").arg(uid);
            r.date = 1000 + uid;
            r.origin.uid = uid;
            r.origin.uidValidity = 7;
            rows << r;
        }
        Store::ImapCache cache(&store);
        if (!cache.insertHeaders(folderId(), rows))
            return false;
        Store::RemoteFolder rf = *store.index().remoteFolder(folderId());
        rf.uidValidity = 7;
        rf.uidNext = uids.isEmpty() ? 1 : uids.last() + 1;
        rf.highestModSeq = modSeq;
        return bool(store.index().setRemoteFolder(rf));
    }
    QList<qint64> uids()
    {
        QList<qint64> out;
        const Result<QList<Store::MessageRow>> rows = store.list(QStringLiteral("INBOX"), 0, 1000);
        if (!rows)
            return {-1};
        for (const Store::MessageRow &r : *rows)
            out << r.origin.uid;
        std::sort(out.begin(), out.end());
        return out;
    }
};

QString report(const Fixture &f)
{
    QString s;
    for (const QPointer<FakeTransport> &t : f.fakes)
        if (t)
            s += t->report() + QLatin1Char('\n') + QString::fromUtf8(t->clientLog().join('\n')) + QLatin1Char('\n');
    return s;
}

/// Empty when @p task (a replay) ended well and the last script was played out.
QString replayFailure(const Fixture &f, Task *task)
{
    if (!task)
        return QStringLiteral("no replay task");
    const MailError e = wait(task);
    if (e.isError())
        return e.toString() + QLatin1Char('\n') + report(f);
    if (!f.fakes.last() || !f.fakes.last()->verify())
        return QStringLiteral("script not played out\n") + report(f);
    return {};
}

/// A never-seen INBOX of 9 with batch sizes 2, then 4 and 3: the first screen (8:9),
/// then the UID SEARCH, then the two UID FETCH batches in flight together.
QByteArray nineUntilTwoBatches()
{
    return selectInbox(9, 10)
        + "C: a3 FETCH 8:9 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\n"
        + fetchLine(8, 8) + fetchLine(9, 9) + "S: a3 OK done\n"
          "C: a4 UID SEARCH ALL\n"
          "S: * SEARCH 1 2 3 4 5 6 7 8 9\n"
          "S: a4 OK done\n"
          "C: a5 UID FETCH 4:7 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\n"
          "C: a6 UID FETCH 1:3 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\n";
}

/// Appends the UIDs of each rowsAdded() of @p sync to @p added.
void recordAdded(ImapSync *sync, QObject *context, QList<QList<qint64>> *added)
{
    QObject::connect(sync, &ImapSync::rowsAdded, context, [added](const QString &, const QList<Store::MessageRow> &rows) {
        QList<qint64> uids;
        for (const Store::MessageRow &r : rows)
            uids << r.origin.uid;
        *added << uids;
    });
}

} // namespace

class TestImapSyncFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flagsComparisonWithoutCondstore();
    void selectWithoutUidValidityIsAnError();
    void connectionLostMidFetchLosesAndDoublesNothing();
    void malformedFetchIsSkipped();
    void listingIsPipelined();
    void listingStoresRowsBeforeTheirBatchEnds();
    void goingOfflineWhileLoggingInEndsTheWaitingJob();
    void replayedMoveCreatesADeletedTargetAgain();
    void refusedCreateKeepsTheChangeThenDropsItWithOneNotice();
    void replayedMoveWithoutMoveOrUidPlusExpungesNothing();
};

void TestImapSyncFaults::flagsComparisonWithoutCondstore()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.seed({1, 2, 3}));
    f.scripts << kLogin + "C: a2 SELECT INBOX\n"
                          "S: * 3 EXISTS\n"
                          "S: * OK [UIDVALIDITY 7] ok\n"
                          "S: * OK [UIDNEXT 5] ok\n"
                          "S: a2 OK [READ-WRITE] done\n"
                          "C: a3 UID FETCH 1:3 (UID FLAGS)\n"
                          "S: * 1 FETCH (UID 1 FLAGS (\\Seen $Forwarded))\n"
                          "S: * 2 FETCH (UID 3 FLAGS ())\n"
                          "S: a3 OK done\n"
                          "C: a4 UID SEARCH UID 4:*\n"
                          "S: * SEARCH 4\n"
                          "S: a4 OK done\n"
                          "C: a5 UID FETCH 4 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\n"
                 + fetchLine(3, 4, "\\Flagged") + "S: a5 OK done\n";
    QSignalSpy removed(f.sync.get(), &ImapSync::rowsRemoved);
    const MailError e = wait(f.sync->syncFolder(QStringLiteral("INBOX")));
    QVERIFY2(!e.isError(), qPrintable(e.toString() + QLatin1Char('\n') + report(f)));
    QVERIFY2(f.fakes.first() && f.fakes.first()->verify(), qPrintable(report(f)));
    QCOMPARE(f.sync->lastResyncMethod(), QByteArray("flags"));
    QCOMPARE(f.uids(), (QList<qint64>{1, 3, 4}));
    QCOMPARE(removed.size(), 1);
    Result<QHash<quint32, Store::CachedMessage>> cached = Store::ImapCache(&f.store).messages(f.folderId());
    QCOMPARE(cached->value(1).flags, Store::MessageFlag::Seen | Store::MessageFlag::Forwarded);
    QCOMPARE(cached->value(4).flags, Store::MessageFlags(Store::MessageFlag::Flagged));
    QCOMPARE(f.store.row(cached->value(4).id)->from, QStringLiteral("Bob <bob@example.org>"));
    QCOMPARE(f.store.index().remoteFolder(f.folderId())->uidNext, 5u);
}

void TestImapSyncFaults::selectWithoutUidValidityIsAnError()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.seed({1, 2}));
    f.scripts << kLogin + "C: a2 SELECT INBOX\n"
                          "S: * 0 EXISTS\n"
                          "S: a2 OK [READ-WRITE] done\n";
    const MailError e = wait(f.sync->syncFolder(QStringLiteral("INBOX")));
    QCOMPARE(e.kind(), MailError::Kind::Protocol);
    QVERIFY(e.text().contains(QLatin1String("UIDVALIDITY")));
    QCOMPARE(f.uids(), (QList<qint64>{1, 2})); // "0 EXISTS" without UIDVALIDITY empties nothing
}

void TestImapSyncFaults::connectionLostMidFetchLosesAndDoublesNothing()
{
    Fixture f;
    QVERIFY(f.open());
    f.sync->setBatchSizes(500, 2, 10);
    // First attempt: the newest 2 arrive, then the connection breaks inside the next batch.
    f.scripts << kLogin + "C: a2 SELECT INBOX\n"
                          "S: * 4 EXISTS\n"
                          "S: * OK [UIDVALIDITY 7] ok\n"
                          "S: * OK [UIDNEXT 5] ok\n"
                          "S: a2 OK [READ-WRITE] done\n"
                          "C: a3 FETCH 3:4 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\n"
                 + fetchLine(3, 3) + fetchLine(4, 4) + "S: a3 OK done\n"
                   "C: a4 UID SEARCH ALL\n"
                   "S: * SEARCH 1 2 3 4\n"
                   "S: a4 OK done\n"
                   "C: a5 UID FETCH 1:2 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\n"
                 + fetchLine(2, 2) + "ABORT\n";
    const MailError e = wait(f.sync->syncFolder(QStringLiteral("INBOX")));
    QCOMPARE(e.kind(), MailError::Kind::Network);
    // What was committed stays; the half batch is not there; no sync state was committed.
    QCOMPARE(f.uids(), (QList<qint64>{3, 4}));
    QCOMPARE(f.store.index().remoteFolder(f.folderId())->uidValidity, 0u);

    // Next time: the cache has 3 and 4, so only 1 and 2 are fetched.
    f.scripts << kLogin + "C: a2 SELECT INBOX\n"
                          "S: * 4 EXISTS\n"
                          "S: * OK [UIDVALIDITY 7] ok\n"
                          "S: * OK [UIDNEXT 5] ok\n"
                          "S: a2 OK [READ-WRITE] done\n"
                          "C: a3 UID FETCH 3:4 (UID FLAGS)\n"
                 + "S: * 3 FETCH (UID 3 FLAGS ())\nS: * 4 FETCH (UID 4 FLAGS ())\nS: a3 OK done\n"
                   "C: a4 UID SEARCH ALL\n"
                   "S: * SEARCH 1 2 3 4\n"
                   "S: a4 OK done\n"
                   "C: a5 UID FETCH 1:2 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\n"
                 + fetchLine(1, 1) + fetchLine(2, 2) + "S: a5 OK done\n";
    const MailError again = wait(f.sync->syncFolder(QStringLiteral("INBOX")));
    QVERIFY2(!again.isError(), qPrintable(again.toString() + QLatin1Char('\n') + report(f)));
    QVERIFY2(f.fakes.last() && f.fakes.last()->verify(), qPrintable(report(f)));
    // UIDs 1 and 2 lie below the highest cached UID; without a committed sync state the
    // resync looks at every UID, so the hole is filled.
    QCOMPARE(f.uids(), (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(f.store.index().remoteFolder(f.folderId())->uidValidity, 7u);
}

void TestImapSyncFaults::malformedFetchIsSkipped()
{
    Fixture f;
    QVERIFY(f.open());
    f.sync->setBatchSizes(500, 10, 10);
    f.scripts << kLogin + "C: a2 SELECT INBOX\n"
                          "S: * 3 EXISTS\n"
                          "S: * OK [UIDVALIDITY 7] ok\n"
                          "S: * OK [UIDNEXT 4] ok\n"
                          "S: a2 OK [READ-WRITE] done\n"
                          "C: a3 FETCH 1:3 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\n"
                 + fetchLine(1, 1) + "S: * 2 FETCH (UID 2 FLAGS (\\Seen) ENVELOPE (\"unterminated\n" + fetchLine(3, 3)
                 + "S: a3 OK done\n"
                   "C: a4 UID SEARCH ALL\n"
                   "S: * SEARCH 1 2 3\n"
                   "S: a4 OK done\n"
                   "C: a5 UID FETCH 2 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\n"
                 + fetchLine(2, 2) + "S: a5 OK done\n";
    const MailError e = wait(f.sync->syncFolder(QStringLiteral("INBOX")));
    QVERIFY2(!e.isError(), qPrintable(e.toString() + QLatin1Char('\n') + report(f)));
    QVERIFY2(f.fakes.first() && f.fakes.first()->verify(), qPrintable(report(f)));
    // The broken response was skipped and the message fetched again by UID.
    QCOMPARE(f.uids(), (QList<qint64>{1, 2, 3}));
}

void TestImapSyncFaults::listingIsPipelined()
{
    // A never-seen folder of 9: the first screen (by sequence number), the UID SEARCH,
    // then two UID FETCH batches at once (RFC 9051 §5.5), so the server never waits for
    // our round trip between batches. The server answers the second batch's first
    // message before the first batch's OK, and sends a message nobody asked for: each
    // row lands once, in its own batch; the stranger not at all.
    Fixture f;
    QVERIFY(f.open());
    f.sync->setBatchSizes(500, 2, 3);
    f.scripts << kLogin + nineUntilTwoBatches()
                 + fetchLine(4, 4) + fetchLine(5, 5) + fetchLine(6, 6) + fetchLine(1, 1) + fetchLine(7, 7)
                 + fetchLine(12, 12) + "S: a5 OK done\n" + fetchLine(2, 2) + fetchLine(3, 3) + "S: a6 OK done\n";
    QList<QList<qint64>> added;
    recordAdded(f.sync.get(), this, &added);
    const MailError e = wait(f.sync->syncFolder(QStringLiteral("INBOX")));
    QVERIFY2(!e.isError(), qPrintable(e.toString() + QLatin1Char('\n') + report(f)));
    QVERIFY2(f.fakes.first() && f.fakes.first()->verify(), qPrintable(report(f)));
    QCOMPARE(added, (QList<QList<qint64>>{{9, 8}, {7, 6, 5, 4}, {3, 2, 1}}));
    QCOMPARE(f.uids(), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(f.store.index().remoteFolder(f.folderId())->uidNext, 10u);
}

void TestImapSyncFaults::listingStoresRowsBeforeTheirBatchEnds()
{
    // Rows are stored a few at a time while their batch arrives (so the server never
    // waits for a whole batch's insert). The connection breaks in the middle of a batch:
    // the rows stored by then stay, the one not stored yet is fetched again next time,
    // and nothing is doubled.
    Fixture f;
    QVERIFY(f.open());
    f.sync->setBatchSizes(500, 2, 7, 2);
    f.scripts << kLogin + nineUntilTwoBatches() + "SPLIT\n"
                 + fetchLine(4, 4) + fetchLine(5, 5) + fetchLine(6, 6) + "ABORT\n";
    QList<QList<qint64>> added;
    recordAdded(f.sync.get(), this, &added);
    const MailError e = wait(f.sync->syncFolder(QStringLiteral("INBOX")));
    QCOMPARE(e.kind(), MailError::Kind::Network);
    QCOMPARE(added, (QList<QList<qint64>>{{9, 8}, {5, 4}}));
    QCOMPARE(f.uids(), (QList<qint64>{4, 5, 8, 9}));
    QCOMPARE(f.store.index().remoteFolder(f.folderId())->uidValidity, 0u);

    f.scripts << kLogin + selectInbox(9, 10)
                 + "C: a3 UID FETCH 4:5,8:9 (UID FLAGS)\n"
                   "S: * 4 FETCH (UID 4 FLAGS ())\nS: * 5 FETCH (UID 5 FLAGS ())\n"
                   "S: * 8 FETCH (UID 8 FLAGS ())\nS: * 9 FETCH (UID 9 FLAGS ())\nS: a3 OK done\n"
                   "C: a4 UID SEARCH ALL\n"
                   "S: * SEARCH 1 2 3 4 5 6 7 8 9\n"
                   "S: a4 OK done\n"
                   "C: a5 UID FETCH 6:7 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\n"
                   "C: a6 UID FETCH 1:3 (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\n"
                 + fetchLine(6, 6) + fetchLine(7, 7) + "S: a5 OK done\n" + fetchLine(1, 1) + fetchLine(2, 2)
                 + fetchLine(3, 3) + "S: a6 OK done\n";
    const MailError again = wait(f.sync->syncFolder(QStringLiteral("INBOX")));
    QVERIFY2(!again.isError(), qPrintable(again.toString() + QLatin1Char('\n') + report(f)));
    QVERIFY2(f.fakes.last() && f.fakes.last()->verify(), qPrintable(report(f)));
    QCOMPARE(f.uids(), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(f.store.index().remoteFolder(f.folderId())->uidValidity, 7u);
}

void TestImapSyncFaults::goingOfflineWhileLoggingInEndsTheWaitingJob()
{
    // Offline while the connection is still logging in: the job waiting for it ends with
    // "Working offline." (it used to wait for ever, and so did every later job of the
    // account), and back online the next job connects afresh.
    Fixture f;
    QVERIFY(f.open());
    f.scripts << QByteArray("S: * OK [CAPABILITY IMAP4rev1 LITERAL+] ready\n"
                            "C: a1 LOGIN alice <redacted>\n"); // never answered
    f.scripts << kLogin + selectInbox(0, 1);
    Task *first = f.sync->syncFolder(QStringLiteral("INBOX"));
    QSignalSpy finished(first, &Task::finished);
    QTRY_VERIFY(!f.fakes.isEmpty() && f.fakes.first() && f.fakes.first()->awaitingReply());
    f.sync->setOnline(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const MailError e = finished.at(0).at(0).value<MailError>();
    QCOMPARE(e.kind(), MailError::Kind::Network);
    QVERIFY2(e.text().contains(QLatin1String("offline")), qPrintable(e.toString()));

    f.sync->setOnline(true);
    const MailError again = wait(f.sync->syncFolder(QStringLiteral("INBOX")));
    QVERIFY2(!again.isError(), qPrintable(again.toString() + QLatin1Char('\n') + report(f)));
    QCOMPARE(f.fakes.size(), 2);
    QVERIFY2(f.fakes.last() && f.fakes.last()->verify(), qPrintable(report(f)));
}

void TestImapSyncFaults::replayedMoveCreatesADeletedTargetAgain()
{
    Fixture f;
    QVERIFY(f.openWithArchive());
    // RFC 9051 §7.1: NO [TRYCREATE] -> CREATE -> the same MOVE once more.
    f.scripts << login("IMAP4rev1 MOVE UIDPLUS") + selectInbox(3, 4)
                     + "C: a3 UID MOVE 2 Archive\n"
                       "S: a3 NO [TRYCREATE] Mailbox doesn't exist: Archive\n"
                       "C: a4 CREATE Archive\n"
                       "S: a4 OK Create completed\n"
                       "C: a5 UID MOVE 2 Archive\n"
                       "S: * OK [COPYUID 9 2 1] Moved UIDs.\n"
                       "S: * 2 EXPUNGE\n"
                       "S: a5 OK Move completed\n"
                 + resyncAfterMove(6);
    QSignalSpy notices(f.sync.get(), &ImapSync::noticeRaised);
    Task *replay = f.moveThenReplay(2, QStringLiteral("Archive"));
    const QString failure = replayFailure(f, replay);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(Store::ChangeQueue(&f.store.index()).size(), 0);
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().first().toString().contains(QLatin1String("Archive")));
}

void TestImapSyncFaults::refusedCreateKeepsTheChangeThenDropsItWithOneNotice()
{
    Fixture f;
    QVERIFY(f.openWithArchive());
    // One replay of the queued move (a sync of INBOX from tag a<n> on): [TRYCREATE],
    // then the CREATE is refused too; the rest of the sync goes on.
    auto refused = [](int n) -> QByteArray {
        auto t = [n](int i) -> QByteArray { return 'a' + QByteArray::number(n + i); };
        return "C: " + t(0) + " SELECT INBOX\n"
               "S: * 3 EXISTS\n"
               "S: * OK [UIDVALIDITY 7] ok\n"
               "S: * OK [UIDNEXT 4] ok\n"
               "S: " + t(0) + " OK [READ-WRITE] done\n"
               "C: " + t(1) + " UID MOVE 2 Archive\n"
               "S: " + t(1) + " NO [TRYCREATE] Mailbox doesn't exist: Archive\n"
               "C: " + t(2) + " CREATE Archive\n"
               "S: " + t(2) + " NO [NOPERM] Permission denied\n"
               + resyncAfterMove(n + 3);
    };
    // Two replays on one connection: the one going online schedules, and ours.
    f.scripts << login("IMAP4rev1 MOVE UIDPLUS") + refused(2) + refused(8);
    QSignalSpy notices(f.sync.get(), &ImapSync::noticeRaised);
    Task *replay = f.moveThenReplay(2, QStringLiteral("Archive"));
    const QString failure = replayFailure(f, replay);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // Refused twice: kept for the next replay, counted, nobody bothered yet.
    Store::ChangeQueue queue(&f.store.index());
    Result<QList<Store::QueuedChange>> pending = queue.pending();
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().attempts, 2);
    QVERIFY(pending->first().lastError.contains(QLatin1String("Permission denied")));
    QCOMPARE(notices.size(), 0);

    // The third refusal (ChangeReplayer::maxAttempts) drops it, with one notice; the
    // replay itself ends well and the queue is free for what comes after.
    f.scripts << login("IMAP4rev1 MOVE UIDPLUS") + refused(2);
    f.sync->setOnline(false);
    f.sync->setOnline(true); // schedules the replay on a new connection
    const QString failure2 = replayFailure(f, f.sync->replayQueue());
    QVERIFY2(failure2.isEmpty(), qPrintable(failure2));
    QCOMPARE(queue.size(), 0);
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().first().toString().contains(QLatin1String("Permission denied")));
}

void TestImapSyncFaults::replayedMoveWithoutMoveOrUidPlusExpungesNothing()
{
    Fixture f;
    QVERIFY(f.openWithArchive());
    // No MOVE, no UIDPLUS (RFC 6851 §3.3): COPY and \Deleted; a plain EXPUNGE would also
    // remove what others marked \Deleted, so none is sent (the script fails on one).
    f.scripts << kLogin + selectInbox(3, 4)
                     + "C: a3 UID COPY 2 Archive\n"
                       "S: a3 OK Copy completed\n"
                       "C: a4 UID STORE 2 +FLAGS.SILENT (\\Deleted)\n"
                       "S: a4 OK Store completed\n"
                 + resyncAfterMove(5);
    Task *replay = f.moveThenReplay(2, QStringLiteral("Archive"));
    const QString failure = replayFailure(f, replay);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(Store::ChangeQueue(&f.store.index()).size(), 0);
}

QTEST_GUILESS_MAIN(TestImapSyncFaults)
#include "tst_imapsyncfaults.moc"
