// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Sync::AccountRuntime against a real Dovecot (POP3S) and a real store on disk: checks run
// on the account's worker thread, rows come back in batches, the UI-side calls never block.
#include "runtimetestaccount.h"

#include "account/accountstore.h"
#include "account/memorysecretstore.h"
#include "store/mailstore.h"
#include "sync/accountruntime.h"
#include "sync/runtimemanager.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Pigeon;
using Pigeon::Store::MessageRow;
using Pigeon::Sync::AccountRuntime;
using Pigeon::Sync::FolderSummary;
using Pigeon::Test::TestMailServer;

namespace {

QByteArray makeMessage(const QByteArray &subject, int n, const QByteArray &body = "Hello there")
{
    return "From: Zofia <zofia@example.pl>\nTo: user@example.org\nSubject: " + subject + " "
        + QByteArray::number(n) + "\nMessage-ID: <rt." + subject + "." + QByteArray::number(n)
        + "@pigeon.test>\nDate: Sun, 22 Nov 2026 10:" + QByteArray::number(10 + n % 50)
        + ":00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n";
}

FolderSummary folderNamed(const QList<FolderSummary> &folders, const QString &name)
{
    for (const FolderSummary &f : folders) {
        if (f.name == name)
            return f;
    }
    FolderSummary missing;
    missing.id = missing.total = missing.unread = -1;
    missing.name = QStringLiteral("<missing %1>").arg(name);
    return missing;
}

/// Collects a streamed folder load until its last batch.
struct Load {
    QList<QList<MessageRow>> batches;
    bool complete = false;
    QList<MessageRow> rows() const
    {
        QList<MessageRow> all;
        for (const auto &b : batches)
            all += b;
        return all;
    }
};

} // namespace

class TestAccountRuntime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensWithStandardFolders();
    void checkStoresAndAnnouncesNewMail();
    void readMarkMoveSearchDelete();
    void streamsALargeFolderInBatches();
    void offlineRefusesToCheck();
    void missingPasswordIsAKeychainError();
    void wrongPasswordFailsTheTask();
    void cancelKeepsMailOnTheServer();
    void scheduledAccountIsCheckedAtStart();
    void downloadsTheRestOfAPartialMessage();
    void downloadWaitsForARunningCheck();
    void checkIntervalFollowsTheAccount();
    void managerFollowsTheAccountStore();

private:
    Account::Account account(const QString &user) const;
    std::unique_ptr<AccountRuntime> runtime(const QString &user, const QString &dir, bool withPassword = true);
    /// A POP3 account on @p user whose one big message the first check left partial.
    std::unique_ptr<AccountRuntime> partialRuntime(const QString &user, const QString &dir, MessageRow *partial);
    Load load(AccountRuntime &rt, const QString &folder);
    void deliver(const QString &user, int count, const QByteArray &subject);

    TestMailServer m_server;
    Account::MemorySecretStore m_secrets;
};

void TestAccountRuntime::initTestCase()
{
    TestMailServer::Options o;
    for (const char *u : {"open", "check", "ops", "offline", "nopw", "wrongpw", "cancel", "timer", "partial", "queued", "queued2"})
        o.users.append({QString::fromLatin1(u), QStringLiteral("pw-") + QString::fromLatin1(u)});
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
}

void TestAccountRuntime::cleanupTestCase()
{
    m_server.stop();
}

Account::Account TestAccountRuntime::account(const QString &user) const
{
    Account::Account a = Test::runtimeTestAccount(m_server, user, Account::IncomingProtocol::Pop3);
    a.pop3.leaveOnServer = Account::LeaveOnServer::Never;
    return a;
}

std::unique_ptr<AccountRuntime> TestAccountRuntime::runtime(const QString &user, const QString &dir,
                                                            bool withPassword)
{
    return Test::startTestRuntime(account(user), dir, m_secrets, withPassword ? m_server.password(user) : QString());
}

Load TestAccountRuntime::load(AccountRuntime &rt, const QString &folder)
{
    Load result;
    const quint64 generation = rt.loadFolder(folder);
    QMetaObject::Connection c = connect(&rt, &AccountRuntime::rowsLoaded, this,
                                        [&](const QString &f, quint64 g, const QList<MessageRow> &rows, bool complete) {
                                            if (f != folder || g != generation)
                                                return;
                                            result.batches.append(rows);
                                            result.complete = complete;
                                        });
    (void)QTest::qWaitFor([&result] { return result.complete; }, 30000); // callers check complete
    disconnect(c);
    return result;
}

void TestAccountRuntime::deliver(const QString &user, int count, const QByteArray &subject)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(m_server.deliver(user, makeMessage(subject, i)));
}

void TestAccountRuntime::opensWithStandardFolders()
{
    QTemporaryDir dir;
    auto rt = runtime(QStringLiteral("open"), dir.path());
    QVERIFY(rt);
    QTRY_COMPARE(rt->folders().size(), 2);
    for (const QString &name : {QStringLiteral("Inbox"), QStringLiteral("Trash")}) {
        const FolderSummary f = folderNamed(rt->folders(), name);
        QCOMPARE(f.name, name);
        QVERIFY(f.id > 0);
        QCOMPARE(f.total, 0);
        QCOMPARE(f.unread, 0);
    }
    // The store is really on disk, where pigeon-cli finds it.
    QVERIFY(QFile::exists(dir.path() + QStringLiteral("/index.sqlite")));
}

void TestAccountRuntime::checkStoresAndAnnouncesNewMail()
{
    deliver(QStringLiteral("check"), 5, "Check");
    QTemporaryDir dir;
    auto rt = runtime(QStringLiteral("check"), dir.path());
    QVERIFY(rt);
    QSignalSpy progress(rt.get(), &AccountRuntime::taskProgressed);
    QSignalSpy added(rt.get(), &AccountRuntime::rowsAdded);
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    QSignalSpy newMail(rt.get(), &AccountRuntime::newMail);
    QSignalSpy folders(rt.get(), &AccountRuntime::foldersChanged);

    const quint64 task = rt->checkMail();
    QVERIFY(task != 0);
    QVERIFY(rt->isChecking());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toULongLong(), task);
    const auto error = finished.at(0).at(1).value<MailError>();
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QVERIFY(!rt->isChecking());

    // Progress named the task and counted the messages.
    QVERIFY(!progress.isEmpty());
    const auto last = progress.constLast().at(0).value<Sync::TaskProgress>();
    QCOMPARE(last.id, task);
    QCOMPARE(last.done, 5);
    QCOMPARE(last.total, 5);
    QCOMPARE(last.account, QStringLiteral("check"));

    QList<MessageRow> rows;
    for (const auto &a : added)
        rows += a.at(0).value<QList<MessageRow>>();
    QCOMPARE(rows.size(), 5);
    QSet<QString> subjects;
    for (const MessageRow &r : rows) {
        QCOMPARE(r.folder, QStringLiteral("Inbox"));
        subjects.insert(r.subject);
    }
    QCOMPARE(subjects.size(), 5);
    QVERIFY(subjects.contains(QStringLiteral("Check 3")));
    QCOMPARE(newMail.size(), 1);
    QCOMPARE(newMail.at(0).at(0).toInt(), 5);
    QVERIFY(!folders.isEmpty());
    QCOMPARE(folderNamed(rt->folders(), QStringLiteral("Inbox")).total, 5);
    QCOMPARE(folderNamed(rt->folders(), QStringLiteral("Inbox")).unread, 5);
    // Policy "never leave on server": the maildrop is empty now.
    QCOMPARE(m_server.mailboxStatus(QStringLiteral("check")).value(QStringLiteral("messages"), -1), 0);

    // A second check finds nothing new and says so (no new-mail signal).
    newMail.clear();
    finished.clear();
    QVERIFY(rt->checkMail() != 0);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.at(0).at(1).value<MailError>().isError());
    QCOMPARE(newMail.size(), 0);
}

void TestAccountRuntime::readMarkMoveSearchDelete()
{
    deliver(QStringLiteral("ops"), 3, "Ops");
    QVERIFY(m_server.deliver(QStringLiteral("ops"), makeMessage("Special", 9, "the hippopotamus sings")));
    QTemporaryDir dir;
    auto rt = runtime(QStringLiteral("ops"), dir.path());
    QVERIFY(rt);
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    rt->checkMail();
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.at(0).at(1).value<MailError>().isError());

    Load inbox = load(*rt, QStringLiteral("Inbox"));
    QVERIFY(inbox.complete);
    const QList<MessageRow> rows = inbox.rows();
    QCOMPARE(rows.size(), 4);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY2(rows.at(i - 1).date >= rows.at(i).date, "not newest first");

    // Read: the exact bytes from the store.
    QSignalSpy loaded(rt.get(), &AccountRuntime::messageLoaded);
    const MessageRow first = rows.first();
    rt->loadMessage(first.id);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.at(0).at(0).toLongLong(), first.id);
    QVERIFY(loaded.at(0).at(1).toByteArray().contains(QByteArray(QByteArray("Subject: ") + first.subject.toUtf8())));

    // Mark read: the row comes back updated, the unread count drops.
    QSignalSpy updated(rt.get(), &AccountRuntime::rowsUpdated);
    rt->setFlags({first.id}, Store::MessageFlag::Seen, {});
    QVERIFY(updated.wait(5000));
    auto changed = updated.at(0).at(0).value<QList<MessageRow>>();
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.at(0).flags.testFlag(Store::MessageFlag::Seen));
    QTRY_COMPARE(folderNamed(rt->folders(), QStringLiteral("Inbox")).unread, 3);

    // Move to another folder, created on the way.
    QSignalSpy movedAway(rt.get(), &AccountRuntime::rowsRemoved);
    QSignalSpy movedIn(rt.get(), &AccountRuntime::rowsAdded);
    rt->createFolder({}, QStringLiteral("Archive"));
    rt->moveMessages({first.id}, QStringLiteral("Archive"));
    QVERIFY(movedIn.wait(5000));
    QCOMPARE(movedAway.size(), 1);
    QCOMPARE(movedAway.at(0).at(0).value<QList<Store::MessageId>>(), QList<Store::MessageId>{first.id});
    changed = movedIn.at(0).at(0).value<QList<MessageRow>>();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).id, first.id);
    QCOMPARE(changed.at(0).folder, QStringLiteral("Archive"));
    QTRY_COMPARE(folderNamed(rt->folders(), QStringLiteral("Archive")).total, 1);
    QCOMPARE(folderNamed(rt->folders(), QStringLiteral("Inbox")).total, 3);
    QCOMPARE(load(*rt, QStringLiteral("Archive")).rows().value(0).id, first.id);

    // A folder name the store cannot take is refused with a reason, nothing created.
    QSignalSpy failed(rt.get(), &AccountRuntime::operationFailed);
    rt->createFolder({}, QStringLiteral("../etc"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<MailError>().kind(), MailError::Kind::InvalidInput);

    // Search: bodies are indexed on the worker, the right message found.
    QSignalSpy searched(rt.get(), &AccountRuntime::searchFinished);
    const quint64 generation = rt->search(QStringLiteral("hippopotamus"));
    QVERIFY(searched.wait(10000));
    QCOMPARE(searched.at(0).at(1).toULongLong(), generation);
    const auto hits = searched.at(0).at(2).value<QList<MessageRow>>();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).subject, QStringLiteral("Special 9"));
    // The newest message, moved above: search covers every folder of the account.
    QCOMPARE(hits.at(0).id, first.id);
    QCOMPARE(hits.at(0).folder, QStringLiteral("Archive"));

    // Delete for good.
    QSignalSpy removed(rt.get(), &AccountRuntime::rowsRemoved);
    removed.clear();
    rt->removeMessages({hits.at(0).id});
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.at(0).at(0).value<QList<Store::MessageId>>(), QList<Store::MessageId>{hits.at(0).id});
    QTRY_COMPARE(folderNamed(rt->folders(), QStringLiteral("Archive")).total, 0);
    QCOMPARE(folderNamed(rt->folders(), QStringLiteral("Inbox")).total, 3);
    loaded.clear();
    rt->loadMessage(hits.at(0).id);
    QVERIFY(loaded.wait(5000));
    QVERIFY(loaded.at(0).at(2).value<MailError>().isError());
}

void TestAccountRuntime::streamsALargeFolderInBatches()
{
    QTemporaryDir dir;
    constexpr int count = 5000;
    {
        // Filled directly, as an earlier session would have left it.
        Store::MailStore store(dir.path());
        QVERIFY(store.open().ok());
        QList<Store::AppendRequest> batch;
        for (int i = 0; i < count; ++i) {
            Store::AppendRequest r;
            r.message = "From: a@example.org\nSubject: Bulk " + QByteArray::number(i) + "\nDate: "
                + QDateTime::fromSecsSinceEpoch(1700000000 + i * 60, Qt::UTC).toString(Qt::RFC2822Date).toLatin1()
                + "\n\nbody\n";
            batch.append(r);
        }
        QVERIFY(store.appendBatch(QStringLiteral("Inbox"), batch).ok());
    }
    auto rt = runtime(QStringLiteral("open"), dir.path(), false);
    QVERIFY(rt);
    // While it streams, the calling thread stays free: a timer keeps firing.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(1);
    const Load l = load(*rt, QStringLiteral("Inbox"));
    ticker.stop();
    QVERIFY(l.complete);
    QVERIFY(l.batches.size() >= 3);
    QCOMPARE(l.batches.first().size(), 200 /* AccountWorker::firstBatch */);
    const QList<MessageRow> rows = l.rows();
    QCOMPARE(rows.size(), count);
    QSet<Store::MessageId> ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ids.insert(rows.at(i).id);
        if (i > 0)
            QVERIFY(rows.at(i - 1).date >= rows.at(i).date);
    }
    QCOMPARE(ids.size(), count);
    QCOMPARE(rows.first().subject, QStringLiteral("Bulk %1").arg(count - 1));
    QVERIFY(ticks > 0);
}

void TestAccountRuntime::offlineRefusesToCheck()
{
    deliver(QStringLiteral("offline"), 1, "Offline");
    QTemporaryDir dir;
    auto rt = runtime(QStringLiteral("offline"), dir.path());
    QVERIFY(rt);
    QSignalSpy online(rt.get(), &AccountRuntime::onlineChanged);
    QSignalSpy refused(rt.get(), &AccountRuntime::checkRefused);
    rt->setOnline(false);
    QCOMPARE(online.size(), 1);
    QCOMPARE(online.at(0).at(0).toBool(), false);
    QCOMPARE(rt->checkMail(), quint64(0));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.at(0).at(0).value<MailError>().text().contains(QStringLiteral("offline")));
    QCOMPARE(m_server.mailboxStatus(QStringLiteral("offline")).value(QStringLiteral("messages")), 1);
    // Online again: the same check goes through.
    rt->setOnline(true);
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    QVERIFY(rt->checkMail() != 0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_server.mailboxStatus(QStringLiteral("offline")).value(QStringLiteral("messages")), 0);
}

void TestAccountRuntime::missingPasswordIsAKeychainError()
{
    QTemporaryDir dir;
    auto rt = runtime(QStringLiteral("nopw"), dir.path(), false);
    QVERIFY(rt);
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    const quint64 task = rt->checkMail();
    QVERIFY(task);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toULongLong(), task);
    QCOMPARE(finished.at(0).at(1).value<MailError>().kind(), MailError::Kind::Keychain);
    QVERIFY(!rt->isChecking());
}

void TestAccountRuntime::wrongPasswordFailsTheTask()
{
    deliver(QStringLiteral("wrongpw"), 1, "Wrong");
    QTemporaryDir dir;
    const Account::Account a = account(QStringLiteral("wrongpw"));
    bool done = false;
    m_secrets.writePassword(a.id, Account::SecretPurpose::Incoming, QStringLiteral("not-it"),
                            [&done](const Result<void> &) { done = true; });
    QTRY_VERIFY(done);
    auto rt = runtime(QStringLiteral("wrongpw"), dir.path(), false);
    QVERIFY(rt);
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    rt->checkMail();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(1).value<MailError>().kind(), MailError::Kind::AuthFailed);
    QCOMPARE(m_server.mailboxStatus(QStringLiteral("wrongpw")).value(QStringLiteral("messages")), 1);
}

void TestAccountRuntime::cancelKeepsMailOnTheServer()
{
    constexpr int count = 300;
    QStringList files;
    QTemporaryDir src;
    for (int i = 0; i < count; ++i) {
        QFile f(src.filePath(QStringLiteral("m%1.eml").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makeMessage("Cancel", i, QByteArray(20000, 'x')));
        files << f.fileName();
    }
    QVERIFY(m_server.loadFiles(QStringLiteral("cancel"), files));
    QTemporaryDir dir;
    auto rt = runtime(QStringLiteral("cancel"), dir.path());
    QVERIFY(rt);
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    quint64 task = 0;
    bool cancelled = false;
    connect(rt.get(), &AccountRuntime::taskProgressed, this, [&](const Sync::TaskProgress &p) {
        if (p.id == task && p.done > 0 && !cancelled) {
            cancelled = true;
            rt->cancelTask(task);
        }
    });
    task = rt->checkMail();
    QVERIFY(finished.wait(60000));
    QVERIFY(cancelled);
    QCOMPARE(finished.at(0).at(1).value<MailError>().kind(), MailError::Kind::Cancelled);
    // Nothing deleted on the server (no QUIT after DELE), whatever was stored here.
    QCOMPARE(m_server.mailboxStatus(QStringLiteral("cancel")).value(QStringLiteral("messages")), count);
}

void TestAccountRuntime::scheduledAccountIsCheckedAtStart()
{
    deliver(QStringLiteral("timer"), 2, "Start");
    QTemporaryDir dir;
    Account::Account a = account(QStringLiteral("timer"));
    a.checkIntervalMinutes = 30;
    bool done = false;
    m_secrets.writePassword(a.id, Account::SecretPurpose::Incoming, m_server.password(QStringLiteral("timer")),
                            [&done](const Result<void> &r) { done = r.ok(); });
    QTRY_VERIFY(done);
    AccountRuntime rt(a, dir.path(), &m_secrets);
    QSignalSpy finished(&rt, &AccountRuntime::taskFinished);
    rt.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.at(0).at(1).value<MailError>().isError());
    QTRY_COMPARE(folderNamed(rt.folders(), QStringLiteral("Inbox")).total, 2);

    // Offline at start: no connection at all.
    deliver(QStringLiteral("timer"), 1, "Later");
    QTemporaryDir other;
    AccountRuntime offline(a, other.path(), &m_secrets);
    offline.setOnline(false);
    QSignalSpy progressed(&offline, &AccountRuntime::taskProgressed);
    QSignalSpy opened(&offline, &AccountRuntime::opened);
    offline.start();
    QVERIFY(opened.wait(10000));
    QTest::qWait(300);
    QCOMPARE(progressed.size(), 0);
    QCOMPARE(m_server.mailboxStatus(QStringLiteral("timer")).value(QStringLiteral("messages")), 1);
}

void TestAccountRuntime::downloadsTheRestOfAPartialMessage()
{
    QTemporaryDir dir;
    MessageRow partial;
    auto rt = partialRuntime(QStringLiteral("partial"), dir.path(), &partial);
    QVERIFY(rt);

    // Only the partial copy's rest is fetched; the row is replaced by the whole message.
    QSignalSpy added(rt.get(), &AccountRuntime::rowsAdded);
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    QSignalSpy removed(rt.get(), &AccountRuntime::rowsRemoved);
    QSignalSpy replaced(rt.get(), &AccountRuntime::messageReplaced);
    QVERIFY(rt->downloadFull({partial.id}) != 0);
    QVERIFY(finished.wait(30000));
    QVERIFY2(!finished.at(0).at(1).value<MailError>().isError(),
             qPrintable(finished.at(0).at(1).value<MailError>().toString()));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).value<QList<Store::MessageId>>(), QList<Store::MessageId>{partial.id});
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(replaced.at(0).at(0).toLongLong(), partial.id);
    const Store::MessageId whole = replaced.at(0).at(1).toLongLong();
    QList<MessageRow> rows;
    for (const auto &batch : added)
        rows += batch.at(0).value<QList<MessageRow>>();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).id, whole);
    QVERIFY(!rows.at(0).flags.testFlag(Store::MessageFlag::Partial));
    QSignalSpy loaded(rt.get(), &AccountRuntime::messageLoaded);
    rt->loadMessage(whole);
    QVERIFY(loaded.wait(5000));
    QVERIFY(loaded.at(0).at(1).toByteArray().contains("the end"));
    QCOMPARE(folderNamed(rt->folders(), QStringLiteral("Inbox")).total, 1);
}

std::unique_ptr<AccountRuntime> TestAccountRuntime::partialRuntime(const QString &user, const QString &dir,
                                                                   MessageRow *partial)
{
    // Over the account's size limit: the first check leaves a partial copy.
    const QByteArray big = makeMessage("Big", 1, QByteArray("start of the body\n") + QByteArray(30000, 'y') + "\nthe end\n");
    if (!m_server.deliver(user, big))
        return nullptr;
    Account::Account a = account(user);
    a.pop3.autoDownloadLimit = 4000;
    a.pop3.leaveOnServer = Account::LeaveOnServer::Forever;
    auto rt = Test::startTestRuntime(a, dir, m_secrets, m_server.password(user));
    if (!rt)
        return nullptr;
    QSignalSpy added(rt.get(), &AccountRuntime::rowsAdded);
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    rt->checkMail();
    if (!finished.wait(30000) || finished.at(0).at(1).value<MailError>().isError() || added.size() != 1)
        return nullptr;
    *partial = added.at(0).at(0).value<QList<MessageRow>>().value(0);
    if (!partial->flags.testFlag(Store::MessageFlag::Partial))
        return nullptr;
    return rt;
}

void TestAccountRuntime::downloadWaitsForARunningCheck()
{
    // "Download complete message" pressed while a check runs: the download waits for the
    // check and then runs under the id it was given (it was refused before).
    QTemporaryDir dir;
    MessageRow partial;
    auto rt = partialRuntime(QStringLiteral("queued"), dir.path(), &partial);
    QVERIFY(rt);
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    QSignalSpy progressed(rt.get(), &AccountRuntime::taskProgressed);
    QSignalSpy refused(rt.get(), &AccountRuntime::checkRefused);
    QSignalSpy replaced(rt.get(), &AccountRuntime::messageReplaced);
    const quint64 check = rt->checkMail();
    QVERIFY(check);
    QVERIFY(rt->isChecking());
    const quint64 download = rt->downloadFull({partial.id});
    QVERIFY(download != 0 && download != check);
    QCOMPARE(rt->downloadFull({partial.id}), download); // asked twice: one task
    QCOMPARE(refused.size(), 0);
    QVERIFY(std::any_of(progressed.cbegin(), progressed.cend(),
                        [download](const QList<QVariant> &a) { return a.at(0).value<Sync::TaskProgress>().id == download; }));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(finished.at(0).at(0).toULongLong(), check);
    QCOMPARE(finished.at(1).at(0).toULongLong(), download);
    QVERIFY2(!finished.at(1).at(1).value<MailError>().isError(),
             qPrintable(finished.at(1).at(1).value<MailError>().toString()));
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(replaced.at(0).at(0).toLongLong(), partial.id);

    // Waiting and cancelled: it ends at once as cancelled and nothing is downloaded.
    MessageRow second;
    QTemporaryDir other;
    auto rt2 = partialRuntime(QStringLiteral("queued2"), other.path(), &second);
    QVERIFY(rt2);
    QSignalSpy finished2(rt2.get(), &AccountRuntime::taskFinished);
    QSignalSpy replaced2(rt2.get(), &AccountRuntime::messageReplaced);
    const quint64 check2 = rt2->checkMail();
    const quint64 waiting = rt2->downloadFull({second.id});
    QVERIFY(check2 && waiting && waiting != check2);
    rt2->cancelTask(waiting);
    QCOMPARE(finished2.size(), 1);
    QCOMPARE(finished2.at(0).at(0).toULongLong(), waiting);
    QCOMPARE(finished2.at(0).at(1).value<MailError>().kind(), MailError::Kind::Cancelled);
    QVERIFY(rt2->isChecking()); // the check goes on
    QTRY_COMPARE_WITH_TIMEOUT(finished2.size(), 2, 30000);
    QCOMPARE(finished2.at(1).at(0).toULongLong(), check2);
    QTest::qWait(200);
    QCOMPARE(finished2.size(), 2);
    QCOMPARE(replaced2.size(), 0);
    QVERIFY(!rt2->isChecking());
}

void TestAccountRuntime::checkIntervalFollowsTheAccount()
{
    QTemporaryDir dir;
    auto rt = runtime(QStringLiteral("timer"), dir.path());
    QVERIFY(rt);
    auto *timer = rt->findChild<QTimer *>(QStringLiteral("checkTimer"));
    QVERIFY(timer);
    QVERIFY(!timer->isActive()); // interval 0: on demand only
    Account::Account a = rt->account();
    a.checkIntervalMinutes = 7;
    rt->setAccount(a);
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 7 * 60 * 1000);
    rt->setOnline(false);
    QVERIFY(!timer->isActive());
    rt->setOnline(true);
    QVERIFY(timer->isActive());
}

void TestAccountRuntime::managerFollowsTheAccountStore()
{
    QTemporaryDir dir;
    const Account::Profile profile = Account::Profile::inDirectory(dir.path());
    QVERIFY(profile.ensureDirectories().ok());
    Account::AccountStore store(profile.accountsFile());
    QVERIFY(store.load().ok());
    Account::Account pop = account(QStringLiteral("check"));
    QVERIFY(store.add(pop).ok());
    Sync::RuntimeManager manager(&store, profile, &m_secrets);
    QSignalSpy added(&manager, &Sync::RuntimeManager::runtimeAdded);
    QSignalSpy removed(&manager, &Sync::RuntimeManager::runtimeRemoved);
    manager.start();
    QCOMPARE(added.size(), 1);
    QCOMPARE(manager.runtimes().size(), 1);
    AccountRuntime *first = manager.runtime(pop.id.toString(QUuid::WithoutBraces));
    QVERIFY(first);
    QTRY_VERIFY(first->isOpen());
    // Its store lives where pigeon-cli check keeps it.
    QVERIFY(QFile::exists(AccountRuntime::storeDirectory(profile, pop.id) + QStringLiteral("/index.sqlite")));

    // An account added later (the wizard) gets a runtime at once, in the store's order.
    Account::Account imap = account(QStringLiteral("timer"));
    imap.id = QUuid::createUuid();
    imap.protocol = Account::IncomingProtocol::Imap;
    imap.incoming.port = m_server.port(TestMailServer::Service::Imaps);
    QVERIFY(store.add(imap).ok());
    QCOMPARE(added.size(), 2);
    QCOMPARE(manager.runtimes().at(1)->accountId(), imap.id.toString(QUuid::WithoutBraces));
    // A changed account reaches its runtime.
    imap.checkIntervalMinutes = 3;
    QVERIFY(store.update(imap).ok());
    QCOMPARE(manager.runtimes().at(1)->account().checkIntervalMinutes, 3);

    // Offline for everyone, and back.
    manager.setOnline(false);
    for (AccountRuntime *rt : manager.runtimes())
        QVERIFY(!rt->isOnline());
    QCOMPARE(manager.checkAll(), 0);
    manager.setOnline(true);
    // Both are checked. The IMAP account has a new id, so no password in the keychain:
    // its check ends with the keychain error that names it (tst_accountruntimeimap
    // checks IMAP accounts that have one).
    QSignalSpy finished(first, &AccountRuntime::taskFinished);
    QSignalSpy imapFinished(manager.runtimes().at(1), &AccountRuntime::taskFinished);
    QCOMPARE(manager.checkAll(), 2);
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(imapFinished.size(), 1, 30000);
    const auto imapError = imapFinished.at(0).at(1).value<MailError>();
    QCOMPARE(imapError.kind(), MailError::Kind::Keychain);
    QVERIFY2(imapError.toString().contains(imap.displayName()), qPrintable(imapError.toString()));

    QVERIFY(store.remove(imap.id).ok());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(manager.runtimes().size(), 1);
}

QTEST_GUILESS_MAIN(TestAccountRuntime)
#include "tst_accountruntime.moc"
