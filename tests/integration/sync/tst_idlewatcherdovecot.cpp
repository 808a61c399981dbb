// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// IdleWatcher (push through IDLE, RFC 2177) on ImapSync against a private Dovecot: mail
// delivered from outside, flags changed and messages expunged elsewhere reach the
// ImapSync's signals without the test asking for a sync; going offline and stopping
// close the watch connection; a connection the server drops is opened again.
#include "imapsyncclient.h"
#include "support/testmailserver.h"

#include "net/ssltransport.h"
#include "sync/idlewatcher.h"
#include "sync/imapsync.h"
#include "sync/task.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Sync;
using Pigeon::Test::TestMailServer;

namespace {

QByteArray makeMessage(const QByteArray &tag)
{
    return "From: alisa@example.org\r\nTo: user@example.org\r\nSubject: " + tag
        + "\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\nMessage-ID: <" + tag
        + "@pigeon.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nBody of " + tag + "\r\n";
}

/// An ImapSync whose transports are recorded, so the test sees each connection end.
struct Client : Pigeon::Test::ImapSyncClient {
    QList<QPointer<Net::Transport>> transports;

    Client(const TestMailServer &server, const QString &user) : ImapSyncClient(server, user)
    {
        sync->setTransportFactory([this] {
            auto *t = new Net::SslTransport;
            transports << t;
            return t;
        });
    }
    /// Open: exists and not disconnected.
    int openConnections() const
    {
        return int(std::count_if(transports.begin(), transports.end(), [](const QPointer<Net::Transport> &t) {
            return t && t->state() != Net::Transport::State::Disconnected;
        }));
    }
};

bool rowsHaveSubject(const QSignalSpy &spy, const QString &folder, const QString &subject)
{
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).toString() != folder)
            continue;
        for (const Store::MessageRow &row : args.at(1).value<QList<Store::MessageRow>>())
            if (row.subject == subject)
                return true;
    }
    return false;
}

/// Waits up to @p ms for @p done, spinning the event loop.
template<typename F>
bool waitFor(F done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace

class TestIdleWatcherDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deliveryReachesRowsAddedWithin2s();
    void flagsAndExpungesFromElsewhereArrive();
    void aBurstOfChangesIsOneSync();
    void offlineAndStopCloseTheWatchConnection();
    void reconnectsAfterTheServerDropsIt();

private:
    /// Syncs INBOX once (the cache starts full), then watches it.
    void startWatching(Client &c);
    TestMailServer m_server;
};

void TestIdleWatcherDovecot::initTestCase()
{
    TestMailServer::Options options;
    for (int i = 1; i <= 5; ++i)
        options.users << qMakePair(QStringLiteral("user%1").arg(i), QStringLiteral("secret-%1").arg(i));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestIdleWatcherDovecot::startWatching(Client &c)
{
    Task *first = c.sync->syncFolder(QStringLiteral("INBOX"));
    QSignalSpy firstDone(first, &Task::finished);
    QVERIFY(firstDone.wait(60000));
    QVERIFY2(!firstDone.at(0).at(0).value<MailError>().isError(),
             qPrintable(firstDone.at(0).at(0).value<MailError>().toString()));
    QCOMPARE(c.openConnections(), 1);
    c.sync->setWatchedFolder(QStringLiteral("INBOX"));
    QVERIFY(c.sync->idleWatcher());
    QSignalSpy watching(c.sync->idleWatcher(), &IdleWatcher::watching);
    QVERIFY(watching.wait(20000));
    QVERIFY(c.sync->idleWatcher()->isWatching());
    // The watcher has a connection of its own; the user's stays open beside it.
    QCOMPARE(c.openConnections(), 2);
}

void TestIdleWatcherDovecot::deliveryReachesRowsAddedWithin2s()
{
    const QString user = QStringLiteral("user1");
    QVERIFY(m_server.deliver(user, makeMessage("before")));
    Client c(m_server, user);
    startWatching(c);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy added(c.sync.get(), &ImapSync::rowsAdded);
    QSignalSpy requested(c.sync->idleWatcher(), &IdleWatcher::syncRequested);

    QVERIFY(m_server.deliver(user, makeMessage("pushed")));
    QElapsedTimer sinceDelivery;
    sinceDelivery.start();
    QVERIFY2(waitFor([&] { return rowsHaveSubject(added, QStringLiteral("INBOX"), QStringLiteral("pushed")); }, 2000),
             "the delivered message did not reach rowsAdded within 2 s");
    qInfo() << "rowsAdded" << sinceDelivery.elapsed() << "ms after the delivery";
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("INBOX"));
    QCOMPARE(c.rows(QStringLiteral("INBOX")).size(), 2);
}

void TestIdleWatcherDovecot::flagsAndExpungesFromElsewhereArrive()
{
    const QString user = QStringLiteral("user2");
    QVERIFY(m_server.deliver(user, makeMessage("one")));
    QVERIFY(m_server.deliver(user, makeMessage("two")));
    Client c(m_server, user);
    startWatching(c);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy changed(c.sync.get(), &ImapSync::rowsChanged);
    QSignalSpy removed(c.sync.get(), &ImapSync::rowsRemoved);

    TestMailServer::CommandResult r = m_server.doveadm({QStringLiteral("flags"), QStringLiteral("add"),
                                                        QStringLiteral("-u"), user, QStringLiteral("\\Flagged"),
                                                        QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                                                        QStringLiteral("uid"), QStringLiteral("1")});
    QVERIFY2(r.ok(), r.err.constData());
    QVERIFY(waitFor([&] { return !changed.isEmpty(); }, 5000));
    const auto rows = changed.at(0).at(1).value<QList<Store::MessageRow>>();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).subject, QStringLiteral("one"));
    QVERIFY(rows.at(0).flags.testFlag(Store::MessageFlag::Flagged));

    r = m_server.doveadm({QStringLiteral("expunge"), QStringLiteral("-u"), user, QStringLiteral("mailbox"),
                          QStringLiteral("INBOX"), QStringLiteral("uid"), QStringLiteral("2")});
    QVERIFY2(r.ok(), r.err.constData());
    QVERIFY(waitFor([&] { return !removed.isEmpty(); }, 5000));
    QCOMPARE(removed.at(0).at(1).value<QList<Store::MessageId>>().size(), 1);
    const QList<Store::MessageRow> left = c.rows(QStringLiteral("INBOX"));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).subject, QStringLiteral("one"));
}

void TestIdleWatcherDovecot::aBurstOfChangesIsOneSync()
{
    const QString user = QStringLiteral("user5");
    for (const QByteArray tag : {"a", "b", "c", "d", "e"})
        QVERIFY(m_server.deliver(user, makeMessage(tag)));
    Client c(m_server, user);
    startWatching(c);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy requested(c.sync->idleWatcher(), &IdleWatcher::syncRequested);
    QSignalSpy changed(c.sync.get(), &ImapSync::rowsChanged);
    // Five commands elsewhere, a process start apart. (Dovecot may already send their
    // notifications together; either way the client must make them one sync.)
    c.sync->idleWatcher()->setDebounce(std::chrono::milliseconds(1000));
    for (int uid = 1; uid <= 5; ++uid) {
        const TestMailServer::CommandResult r =
            m_server.doveadm({QStringLiteral("flags"), QStringLiteral("add"), QStringLiteral("-u"), user,
                              QStringLiteral("\\Seen"), QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                              QStringLiteral("uid"), QString::number(uid)});
        QVERIFY2(r.ok(), r.err.constData());
    }
    QVERIFY(waitFor([&] { return !changed.isEmpty(); }, 5000));
    QTest::qWait(1500); // a second sync, had the burst not been merged, would come by now
    QCOMPARE(requested.count(), 1);
    int seen = 0;
    for (const QList<QVariant> &args : changed)
        for (const Store::MessageRow &row : args.at(1).value<QList<Store::MessageRow>>())
            seen += row.flags.testFlag(Store::MessageFlag::Seen) ? 1 : 0;
    QCOMPARE(seen, 5);
}

void TestIdleWatcherDovecot::offlineAndStopCloseTheWatchConnection()
{
    const QString user = QStringLiteral("user3");
    Client c(m_server, user);
    startWatching(c);
    if (QTest::currentTestFailed())
        return;
    IdleWatcher *watcher = c.sync->idleWatcher();

    c.sync->setOnline(false);
    QTRY_COMPARE_WITH_TIMEOUT(c.openConnections(), 0, 5000);
    QVERIFY(!watcher->isWatching());
    QVERIFY(watcher->isRunning()); // paused, not stopped: it comes back with the network

    QSignalSpy watching(watcher, &IdleWatcher::watching);
    QSignalSpy synced(watcher, &IdleWatcher::synced);
    c.sync->setOnline(true);
    QVERIFY(watching.wait(20000));
    // Back online the watcher catches up with one sync (nothing changed here), which
    // opens the user's connection beside the watcher's.
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 10000);
    QCOMPARE(c.openConnections(), 2);

    // Offline mail is not synced behind the user's back.
    c.sync->setOnline(false);
    QTRY_COMPARE_WITH_TIMEOUT(c.openConnections(), 0, 5000);
    QSignalSpy added(c.sync.get(), &ImapSync::rowsAdded);
    QVERIFY(m_server.deliver(user, makeMessage("while offline")));
    QTest::qWait(1000);
    QCOMPARE(added.count(), 0);

    // Online again: the catch-up sync brings what IDLE could not have announced.
    c.sync->setOnline(true);
    QVERIFY(watching.wait(20000));
    QVERIFY(waitFor([&] { return rowsHaveSubject(added, QStringLiteral("INBOX"), QStringLiteral("while offline")); },
                    5000));
    QCOMPARE(c.openConnections(), 2);
    // Stopping says goodbye: IDLE ends, LOGOUT, and the server closes the connection;
    // the user's connection stays.
    c.sync->setWatchedFolder(QString());
    QVERIFY(!c.sync->idleWatcher());
    QTRY_COMPARE_WITH_TIMEOUT(c.openConnections(), 1, 4000);

    // Quitting: every connection logs out, and the server has closed them all when
    // closeConnections() reports done (on loopback well within AccountWorker's bound).
    c.sync->setWatchedFolder(QStringLiteral("INBOX"));
    QSignalSpy watchingAgain(c.sync->idleWatcher(), &IdleWatcher::watching);
    QVERIFY(watchingAgain.wait(20000));
    QCOMPARE(c.openConnections(), 2);
    bool closed = false;
    QElapsedTimer t;
    t.start();
    c.sync->closeConnections([&closed] { closed = true; });
    QVERIFY(waitFor([&] { return closed; }, 2000));
    QVERIFY2(t.elapsed() < 500, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(c.openConnections(), 0);
    QVERIFY(c.sync->watchedFolders().isEmpty());
}

void TestIdleWatcherDovecot::reconnectsAfterTheServerDropsIt()
{
    const QString user = QStringLiteral("user4");
    Client c(m_server, user);
    startWatching(c);
    if (QTest::currentTestFailed())
        return;
    IdleWatcher *watcher = c.sync->idleWatcher();
    watcher->setReconnectDelays(std::chrono::milliseconds(200), std::chrono::seconds(2));
    QSignalSpy lost(watcher, &IdleWatcher::connectionLost);
    QSignalSpy watching(watcher, &IdleWatcher::watching);

    const TestMailServer::CommandResult r = m_server.doveadm({QStringLiteral("kick"), user});
    QVERIFY2(r.ok(), r.err.constData());
    QVERIFY(lost.wait(10000));
    QVERIFY(watching.wait(20000));
    QVERIFY(watcher->isWatching());

    QSignalSpy added(c.sync.get(), &ImapSync::rowsAdded);
    QVERIFY(m_server.deliver(user, makeMessage("after the drop")));
    QVERIFY(waitFor([&] { return rowsHaveSubject(added, QStringLiteral("INBOX"), QStringLiteral("after the drop")); },
                    5000));
}

QTEST_GUILESS_MAIN(TestIdleWatcherDovecot)
#include "tst_idlewatcherdovecot.moc"
