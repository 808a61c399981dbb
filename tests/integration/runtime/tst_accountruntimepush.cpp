// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// IMAP push through Sync::AccountRuntime (what the main window drives) against a private
// Dovecot: with nobody pressing Get Mail, a message another client APPENDs, a flag it
// sets and a message it expunges reach the runtime's signals within about a second; new
// unread mail in INBOX is announced (the tray's path); the folder on screen is watched
// too; going offline and quitting close the watch connections at once, as Dovecot sees.
#include "integration/imap/dovecotsession.h"
#include "runtimetestaccount.h"

#include "account/memorysecretstore.h"
#include "imap/ops/appendop.h"
#include "imap/ops/expungeop.h"
#include "imap/ops/selectop.h"
#include "imap/ops/storeflagsop.h"
#include "sync/accountruntime.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using Pigeon::Store::MessageRow;
using Pigeon::Sync::AccountRuntime;
using Pigeon::Test::TestMailServer;

namespace {

QByteArray makeMessage(const QByteArray &tag)
{
    return "From: Bob <bob@example.org>\r\nTo: user@example.org\r\nSubject: " + tag + "\r\nMessage-ID: <push." + tag
        + "@pigeon.test>\r\nDate: Sun, 22 Nov 2026 12:00:00 +0000\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n\r\nBody of "
        + tag + "\r\n";
}

/// The rows of every signal in @p spy (first argument: a row list).
QList<MessageRow> rowsOf(const QSignalSpy &spy)
{
    QList<MessageRow> rows;
    for (const QList<QVariant> &args : spy)
        rows += args.at(0).value<QList<MessageRow>>();
    return rows;
}

bool namesFolder(const QSignalSpy &folderWatched, const QString &folder)
{
    for (const QList<QVariant> &args : folderWatched)
        if (args.at(0).toString() == folder)
            return true;
    return false;
}

std::optional<MessageRow> rowWithSubject(const QSignalSpy &spy, const QString &subject)
{
    for (const MessageRow &r : rowsOf(spy))
        if (r.subject == subject)
            return r;
    return std::nullopt;
}

} // namespace

class TestAccountRuntimePush : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void appendFlagAndExpungeFromAnotherClientArrive();
    void theFolderOnScreenIsWatchedToo();
    void offlineAndQuittingCloseTheWatchConnections();

private:
    /// A runtime for @p user (one message delivered first) that got mail once (the cache
    /// starts full) and watches INBOX; null on failure.
    std::unique_ptr<AccountRuntime> watchingRuntime(const QString &user, const QString &dir);
    /// The other client: a session of its own, logged in as @p user.
    std::unique_ptr<Imap::ImapSession> otherClient(const QString &user);
    /// IMAP connections of @p user that Dovecot counts (doveadm who), -1 when unknown.
    int serverConnections(const QString &user) const;

    TestMailServer m_server;
    Account::MemorySecretStore m_secrets;
};

void TestAccountRuntimePush::initTestCase()
{
    TestMailServer::Options o;
    for (const char *u : {"pushnew", "pushview", "pushoff"})
        o.users.append({QString::fromLatin1(u), QStringLiteral("pw-") + QString::fromLatin1(u)});
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
}

void TestAccountRuntimePush::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<AccountRuntime> TestAccountRuntimePush::watchingRuntime(const QString &user, const QString &dir)
{
    if (!m_server.deliver(user, makeMessage(user.toLatin1() + " first")))
        return nullptr;
    const Account::Account a = Test::runtimeTestAccount(m_server, user, Account::IncomingProtocol::Imap);
    auto rt = Test::startTestRuntime(a, dir, m_secrets, m_server.password(user));
    if (!rt)
        return nullptr;
    QSignalSpy watched(rt.get(), &AccountRuntime::folderWatched);
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    if (rt->checkMail() == 0 || !finished.wait(30000) || finished.at(0).at(1).value<MailError>().isError())
        return nullptr;
    if (!QTest::qWaitFor([&] { return namesFolder(watched, QStringLiteral("INBOX")); }, 20000))
        return nullptr;
    return rt;
}

std::unique_ptr<Imap::ImapSession> TestAccountRuntimePush::otherClient(const QString &user)
{
    Imap::SessionOptions o;
    o.endpoint = m_server.endpoint(TestMailServer::Service::Imaps);
    o.username = user;
    o.password = m_server.password(user);
    MailError error;
    auto session = Test::loggedIn(o, &error);
    if (!session)
        qWarning() << "other client:" << error.toString();
    return session;
}

int TestAccountRuntimePush::serverConnections(const QString &user) const
{
    // One line per connection: "user imap pid ip" (anvil's list, so it is what the
    // server really holds open).
    const TestMailServer::CommandResult r = m_server.doveadm({QStringLiteral("who"), QStringLiteral("-1"), user});
    if (!r.ok())
        return -1;
    int n = 0;
    for (const QByteArray &line : r.out.split('\n'))
        if (line.startsWith(QByteArray(user.toUtf8() + ' ')) && line.contains(" imap "))
            ++n;
    return n;
}

void TestAccountRuntimePush::appendFlagAndExpungeFromAnotherClientArrive()
{
    const QString user = QStringLiteral("pushnew");
    QTemporaryDir dir;
    auto rt = watchingRuntime(user, dir.path());
    QVERIFY(rt);

    // Another client APPENDs: the row is there within ~a second, nobody asked for a sync.
    auto other = otherClient(user);
    QVERIFY(other);
    QSignalSpy added(rt.get(), &AccountRuntime::rowsAdded);
    QSignalSpy newMail(rt.get(), &AccountRuntime::newMail);
    Imap::AppendOp append(other.get(), QStringLiteral("INBOX"), makeMessage("pushed"));
    QVERIFY2(!Test::runOp(append).isError(), qPrintable(append.error().toString()));
    QElapsedTimer sinceAppend;
    sinceAppend.start();
    QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(added, QStringLiteral("pushed")).has_value(), 5000);
    const qint64 latency = sinceAppend.elapsed();
    qInfo("APPEND elsewhere -> rowsAdded: %lld ms", latency);
    QVERIFY2(latency < 2000, qPrintable(QString::number(latency)));
    const MessageRow pushed = *rowWithSubject(added, QStringLiteral("pushed"));
    QCOMPARE(pushed.folder, QStringLiteral("INBOX"));
    QCOMPARE(pushed.origin.uid, qint64(append.result().uid));
    // The tray's path: one new unread message, announced once.
    QTRY_COMPARE(newMail.count(), 1);
    QCOMPARE(newMail.at(0).at(0).toInt(), 1);
    // A Get Mail now finds nothing new, and announces nothing twice.
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    QVERIFY(rt->checkMail() != 0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(newMail.count(), 1);

    // The other client marks it read: rowsUpdated with \Seen.
    Imap::SelectOp select(other.get(), QStringLiteral("INBOX"));
    QVERIFY(!Test::runOp(select).isError());
    QSignalSpy updated(rt.get(), &AccountRuntime::rowsUpdated);
    Imap::StoreFlagsOp seen(other.get(), Imap::SequenceSet::fromList({append.result().uid}),
                            Imap::StoreFlagsOp::Mode::Add, {"\\Seen"});
    QVERIFY2(!Test::runOp(seen).isError(), qPrintable(seen.error().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const MessageRow &r : rowsOf(updated))
                if (r.id == pushed.id && r.flags.testFlag(Store::MessageFlag::Seen))
                    return true;
            return false;
        }(),
        3000);

    // ... and expunges it: rowsRemoved with its id.
    QSignalSpy removed(rt.get(), &AccountRuntime::rowsRemoved);
    Imap::StoreFlagsOp deleted(other.get(), Imap::SequenceSet::fromList({append.result().uid}),
                               Imap::StoreFlagsOp::Mode::Add, {"\\Deleted"});
    QVERIFY(!Test::runOp(deleted).isError());
    Imap::ExpungeOp expunge(other.get());
    QVERIFY2(!Test::runOp(expunge).isError(), qPrintable(expunge.error().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &args : removed)
                if (args.at(0).value<QList<Store::MessageId>>().contains(pushed.id))
                    return true;
            return false;
        }(),
        3000);
}

void TestAccountRuntimePush::theFolderOnScreenIsWatchedToo()
{
    const QString user = QStringLiteral("pushview");
    QVERIFY(m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user,
                              QStringLiteral("Lists")})
                .ok());
    QVERIFY(m_server.deliver(user, makeMessage("list old"), QStringLiteral("Lists")));
    QTemporaryDir dir;
    auto rt = watchingRuntime(user, dir.path()); // its LIST made Lists known
    QVERIFY(rt);

    // The user opens Lists: it is watched (and synced once: its old message arrives).
    QSignalSpy watched(rt.get(), &AccountRuntime::folderWatched);
    QSignalSpy added(rt.get(), &AccountRuntime::rowsAdded);
    QSignalSpy newMail(rt.get(), &AccountRuntime::newMail);
    rt->loadFolder(QStringLiteral("Lists"));
    QTRY_VERIFY_WITH_TIMEOUT(namesFolder(watched, QStringLiteral("Lists")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(added, QStringLiteral("list old")).has_value(), 5000);

    // Mail into Lists and into INBOX, from outside: both arrive; only INBOX's is
    // announced as new mail.
    QVERIFY(m_server.deliver(user, makeMessage("list new"), QStringLiteral("Lists")));
    QVERIFY(m_server.deliver(user, makeMessage("inbox new")));
    QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(added, QStringLiteral("list new")).has_value(), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(added, QStringLiteral("inbox new")).has_value(), 3000);
    QCOMPARE(rowWithSubject(added, QStringLiteral("list new"))->folder, QStringLiteral("Lists"));
    QTRY_COMPARE(newMail.count(), 1);
    QCOMPARE(newMail.at(0).at(0).toInt(), 1);
    // Two watch connections and the user's; Dovecot agrees.
    QTRY_COMPARE(serverConnections(user), 3);

    // Back to INBOX: the second watcher's connection goes.
    rt->loadFolder(QStringLiteral("INBOX"));
    QTRY_COMPARE_WITH_TIMEOUT(serverConnections(user), 2, 5000);
}

void TestAccountRuntimePush::offlineAndQuittingCloseTheWatchConnections()
{
    const QString user = QStringLiteral("pushoff");
    QTemporaryDir dir;
    auto rt = watchingRuntime(user, dir.path());
    QVERIFY(rt);
    QTRY_COMPARE(serverConnections(user), 2); // the user's and INBOX's watcher

    // Work offline: every connection is dropped at once, nothing waits for a timeout.
    QElapsedTimer t;
    t.start();
    rt->setOnline(false);
    QTRY_COMPARE_WITH_TIMEOUT(serverConnections(user), 0, 3000);
    qInfo("offline -> Dovecot sees no connection: %lld ms", t.elapsed());
    // Mail while offline is not fetched behind the user's back...
    QSignalSpy added(rt.get(), &AccountRuntime::rowsAdded);
    QVERIFY(m_server.deliver(user, makeMessage("while offline")));
    QTest::qWait(1500);
    QVERIFY(added.isEmpty());
    QCOMPARE(serverConnections(user), 0);

    // ... and arrives when back online (the watcher catches up), without Get Mail.
    QSignalSpy watched(rt.get(), &AccountRuntime::folderWatched);
    rt->setOnline(true);
    QVERIFY(watched.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(rowWithSubject(added, QStringLiteral("while offline")).has_value(), 5000);
    QTRY_COMPARE(serverConnections(user), 2);

    // Quitting: the runtime says goodbye and is gone well within a second.
    t.restart();
    rt.reset();
    const qint64 quit = t.elapsed();
    qInfo("runtime destroyed with two open IMAP connections in %lld ms", quit);
    QVERIFY2(quit < 1000, qPrintable(QString::number(quit)));
    QTRY_COMPARE_WITH_TIMEOUT(serverConnections(user), 0, 3000);
}

QTEST_GUILESS_MAIN(TestAccountRuntimePush)
#include "tst_accountruntimepush.moc"
