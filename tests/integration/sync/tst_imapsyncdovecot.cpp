// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ImapSync against a private Dovecot: first sync newest first, QRESYNC after flag
// changes and expunges elsewhere, a body fetch that does not set \Seen, UIDVALIDITY
// change, two clients on one mailbox, the offline queue replayed after the server was
// unreachable, folder names in Cyrillic and Persian, folders deleted or renamed by a
// second client (doveadm) while changes into them were queued. One user per test.
#include "imapsyncclient.h"
#include "support/testmailserver.h"

#include "store/changequeue.h"
#include "store/imapcache.h"
#include "store/mailstore.h"
#include "sync/imapsync.h"
#include "sync/task.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Sync;
using Pigeon::Test::TestMailServer;

namespace {

QByteArray makeMessage(const QByteArray &tag, int n)
{
    return "From: =?UTF-8?B?0JDQu9C40YHQsA==?= <alisa@example.org>\r\nTo: user@example.org\r\nSubject: " + tag
        + " number " + QByteArray::number(n) + "\r\nDate: Mon, " + QByteArray::number(1 + n % 28)
        + " Jan 2024 10:00:00 +0000\r\nMessage-ID: <" + tag + '.' + QByteArray::number(n)
        + "@pigeon.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBody of " + tag + ' '
        + QByteArray::number(n) + "\r\n";
}

using Pigeon::Test::waitTask;

using Client = Pigeon::Test::ImapSyncClient;

} // namespace

class TestImapSyncDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstSyncStreamsNewestFirst();
    void qresyncAppliesChangesFromElsewhere();
    void bodyFetchDoesNotMarkRead();
    void uidValidityChangeDiscardsTheCache();
    void twoClientsOnOneMailbox();
    void offlineChangesReplayWhenTheServerIsBack();
    void cyrillicAndPersianFolders();
    void queuedMoveIntoAFolderDeletedElsewhereCreatesItAgain();
    void foldersDeletedOrRenamedElsewhereAreForgotten();

private:
    void deliver(const QString &user, const QByteArray &tag, int count, const QString &mailbox = QStringLiteral("INBOX"));
    QByteArray serverFlags(const QString &user, const QString &mailbox, qint64 uid);
    void doveadmOk(const QStringList &args);
    TestMailServer m_server;
};

void TestImapSyncDovecot::initTestCase()
{
    TestMailServer::Options options;
    for (int i = 1; i <= 9; ++i)
        options.users << qMakePair(QStringLiteral("user%1").arg(i), QStringLiteral("secret-%1").arg(i));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestImapSyncDovecot::deliver(const QString &user, const QByteArray &tag, int count, const QString &mailbox)
{
    for (int i = 1; i <= count; ++i)
        if (!m_server.deliver(user, makeMessage(tag, i), mailbox))
            qFatal("doveadm save failed");
}

void TestImapSyncDovecot::doveadmOk(const QStringList &args)
{
    const TestMailServer::CommandResult r = m_server.doveadm(args);
    QVERIFY2(r.ok(), r.err.constData());
}

QByteArray TestImapSyncDovecot::serverFlags(const QString &user, const QString &mailbox, qint64 uid)
{
    const TestMailServer::CommandResult r =
        m_server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), user, QStringLiteral("flags"),
                          QStringLiteral("mailbox"), mailbox, QStringLiteral("uid"), QString::number(uid)});
    return r.ok() ? r.out.trimmed() : QByteArray("<doveadm failed>");
}

void TestImapSyncDovecot::firstSyncStreamsNewestFirst()
{
    const QString user = QStringLiteral("user1");
    deliver(user, "first", 57);
    Client c(m_server, user);
    c.sync->setBatchSizes(7, 5, 16);
    QSignalSpy added(c.sync.get(), &ImapSync::rowsAdded);
    QSignalSpy folders(c.sync.get(), &ImapSync::foldersChanged);
    TASK_OK(c.sync->refreshFolders());
    QCOMPARE(folders.size(), 1);
    QStringList names;
    for (const Store::RemoteFolder &f : c.sync->folders())
        names << f.name;
    QVERIFY2(names.contains(QStringLiteral("INBOX")) && names.contains(QStringLiteral("Trash")), qPrintable(names.join(',')));

    Task *task = c.sync->syncFolder(QStringLiteral("INBOX"));
    QSignalSpy progress(task, &Task::progressChanged);
    TASK_OK(task);
    QCOMPARE(c.sync->lastResyncMethod(), QByteArray("new"));
    // Newest first: the first signal carries the 5 highest UIDs, batches grow, signals
    // hold at most 7 rows, and together they are every message exactly once.
    QVERIFY(added.size() >= 57 / 7);
    const auto first = added.first().at(1).value<QList<Store::MessageRow>>();
    QCOMPARE(first.size(), 5);
    QCOMPARE(first.first().origin.uid, 57);
    QCOMPARE(first.last().origin.uid, 53);
    QSet<qint64> uids;
    qint64 previous = 1 << 30;
    for (const QList<QVariant> &signal : std::as_const(added)) {
        QCOMPARE(signal.at(0).toString(), QStringLiteral("INBOX"));
        const auto rows = signal.at(1).value<QList<Store::MessageRow>>();
        QVERIFY(rows.size() <= 7);
        for (const Store::MessageRow &r : rows) {
            QVERIFY(r.origin.uid < previous);
            previous = r.origin.uid;
            uids.insert(r.origin.uid);
            QCOMPARE(r.bodyState, Store::BodyState::HeadersOnly);
            QVERIFY(r.id > 0);
        }
    }
    QCOMPARE(uids.size(), 57);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 57);
    // The index has them with decoded headers; the sync state is committed.
    const Store::MessageRow r = c.byUid(QStringLiteral("INBOX"), 12);
    QCOMPARE(r.subject, QStringLiteral("first number 12"));
    QCOMPARE(r.from, QStringLiteral("Алиса <alisa@example.org>"));
    QCOMPARE(r.messageId, QByteArray("<first.12@pigeon.test>"));
    QVERIFY(r.size > 100);
    QCOMPARE(c.store.count(QStringLiteral("INBOX")), 57);
    const Store::RemoteFolder inbox = *c.store.index().remoteFolder(c.store.index().folder(QStringLiteral("INBOX"))->id);
    QVERIFY(inbox.uidValidity > 0);
    QCOMPARE(inbox.uidNext, 58u);
    QVERIFY(inbox.highestModSeq > 0);
    // Nothing new: a second sync adds nothing.
    added.clear();
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    QCOMPARE(added.size(), 0);
    QCOMPARE(c.store.count(QStringLiteral("INBOX")), 57);
}

void TestImapSyncDovecot::qresyncAppliesChangesFromElsewhere()
{
    const QString user = QStringLiteral("user2");
    deliver(user, "q", 20);
    Client c(m_server, user);
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    QCOMPARE(c.store.count(QStringLiteral("INBOX")), 20);
    const Store::MessageId gone5 = c.byUid(QStringLiteral("INBOX"), 5).id;

    // Another client: flags on 3 and 4, 5 and 6 expunged, two new messages.
    doveadmOk({QStringLiteral("flags"), QStringLiteral("add"), QStringLiteral("-u"), user, QStringLiteral("\\Seen \\Flagged"),
               QStringLiteral("mailbox"), QStringLiteral("INBOX"), QStringLiteral("uid"), QStringLiteral("3")});
    doveadmOk({QStringLiteral("flags"), QStringLiteral("add"), QStringLiteral("-u"), user, QStringLiteral("\\Answered"),
               QStringLiteral("mailbox"), QStringLiteral("INBOX"), QStringLiteral("uid"), QStringLiteral("4")});
    doveadmOk({QStringLiteral("expunge"), QStringLiteral("-u"), user, QStringLiteral("mailbox"), QStringLiteral("INBOX"),
               QStringLiteral("uid"), QStringLiteral("5:6")});
    deliver(user, "later", 2);

    QSignalSpy changed(c.sync.get(), &ImapSync::rowsChanged);
    QSignalSpy removed(c.sync.get(), &ImapSync::rowsRemoved);
    QSignalSpy added(c.sync.get(), &ImapSync::rowsAdded);
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    QCOMPARE(c.sync->lastResyncMethod(), QByteArray("qresync"));
    QCOMPARE(c.store.count(QStringLiteral("INBOX")), 20);
    QCOMPARE(c.byUid(QStringLiteral("INBOX"), 3).flags, Store::MessageFlag::Seen | Store::MessageFlag::Flagged);
    QCOMPARE(c.byUid(QStringLiteral("INBOX"), 4).flags, Store::MessageFlags(Store::MessageFlag::Answered));
    QCOMPARE(c.byUid(QStringLiteral("INBOX"), 5).id, 0);
    QCOMPARE(c.byUid(QStringLiteral("INBOX"), 6).id, 0);
    QCOMPARE(c.byUid(QStringLiteral("INBOX"), 22).subject, QStringLiteral("later number 2"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(1).value<QList<Store::MessageRow>>().size(), 2);
    QCOMPARE(removed.size(), 1);
    QVERIFY(removed.first().at(1).value<QList<Store::MessageId>>().contains(gone5));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(1).value<QList<Store::MessageRow>>().size(), 2);
}

void TestImapSyncDovecot::bodyFetchDoesNotMarkRead()
{
    const QString user = QStringLiteral("user3");
    deliver(user, "body", 3);
    Client c(m_server, user);
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    const Store::MessageRow row = c.byUid(QStringLiteral("INBOX"), 2);
    QCOMPARE(row.bodyState, Store::BodyState::HeadersOnly);
    QVERIFY(!c.store.messageBytes(row.id));

    QSignalSpy changed(c.sync.get(), &ImapSync::rowsChanged);
    TASK_OK(c.sync->fetchBody(row.id));
    Result<QByteArray> bytes = c.store.messageBytes(row.id);
    QVERIFY(bytes);
    QCOMPARE(*bytes, makeMessage("body", 2));
    QCOMPARE(c.store.row(row.id)->bodyState, Store::BodyState::Full);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!serverFlags(user, QStringLiteral("INBOX"), 2).contains("Seen"));
    // Network off: the cached body still reads.
    c.sync->setOnline(false);
    QCOMPARE(*c.store.messageBytes(row.id), makeMessage("body", 2));
    const MailError offline = waitTask(c.sync->fetchBody(c.byUid(QStringLiteral("INBOX"), 3).id));
    QCOMPARE(offline.kind(), MailError::Kind::Network);

    // "Download all for offline" fetches the rest.
    c.sync->setOnline(true);
    TASK_OK(c.sync->setDownloadAll(QStringLiteral("INBOX"), true));
    for (const Store::MessageRow &r : c.rows(QStringLiteral("INBOX")))
        QCOMPARE(r.bodyState, Store::BodyState::Full);
}

void TestImapSyncDovecot::uidValidityChangeDiscardsTheCache()
{
    const QString user = QStringLiteral("user4");
    deliver(user, "v", 4);
    Client c(m_server, user);
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    TASK_OK(c.sync->fetchBody(c.byUid(QStringLiteral("INBOX"), 1).id));
    const quint32 before = c.byUid(QStringLiteral("INBOX"), 1).origin.uidValidity;
    doveadmOk({QStringLiteral("mailbox"), QStringLiteral("update"), QStringLiteral("-u"), user,
               QStringLiteral("--uid-validity"), QString::number(before + 1000), QStringLiteral("INBOX")});

    QSignalSpy reset(c.sync.get(), &ImapSync::folderReset);
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    QCOMPARE(reset.size(), 1);
    const QList<Store::MessageRow> rows = c.rows(QStringLiteral("INBOX"));
    QCOMPARE(rows.size(), 4);
    for (const Store::MessageRow &r : rows) {
        QCOMPARE(r.origin.uidValidity, before + 1000);
        QCOMPARE(r.bodyState, Store::BodyState::HeadersOnly); // the old record went with the old UIDs
    }
}

void TestImapSyncDovecot::twoClientsOnOneMailbox()
{
    const QString user = QStringLiteral("user5");
    deliver(user, "two", 6);
    Client a(m_server, user), b(m_server, user);
    TASK_OK(a.sync->syncFolder(QStringLiteral("INBOX")));
    TASK_OK(b.sync->syncFolder(QStringLiteral("INBOX")));

    TASK_OK(a.sync->setFlags({a.byUid(QStringLiteral("INBOX"), 2).id}, Store::MessageFlag::Seen, {}));
    TASK_OK(a.sync->replayQueue());
    QVERIFY(serverFlags(user, QStringLiteral("INBOX"), 2).contains("Seen"));
    Store::ChangeQueue queue(&a.store.index());
    QCOMPARE(queue.size(), 0);

    Account::Account expunging = b.account;
    expunging.imap.deleteModel = Account::ImapDeleteModel::Expunge;
    b.sync->setAccount(expunging);
    TASK_OK(b.sync->deleteMessages({b.byUid(QStringLiteral("INBOX"), 4).id}));
    TASK_OK(b.sync->syncFolder(QStringLiteral("INBOX"))); // replays, then resyncs: sees A's \Seen
    QCOMPARE(b.byUid(QStringLiteral("INBOX"), 2).flags, Store::MessageFlags(Store::MessageFlag::Seen));
    QCOMPARE(b.store.count(QStringLiteral("INBOX")), 5);
    QCOMPARE(m_server.mailboxStatus(user).value(QStringLiteral("messages")), 5);

    TASK_OK(a.sync->syncFolder(QStringLiteral("INBOX")));
    QCOMPARE(a.store.count(QStringLiteral("INBOX")), 5);
    QCOMPARE(a.byUid(QStringLiteral("INBOX"), 4).id, 0);
}

void TestImapSyncDovecot::offlineChangesReplayWhenTheServerIsBack()
{
    const QString user = QStringLiteral("user6");
    deliver(user, "off", 5);
    Client c(m_server, user);
    TASK_OK(c.sync->refreshFolders());
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    TASK_OK(c.sync->syncFolder(QStringLiteral("Trash")));

    // The server becomes unreachable: a port nobody listens on (bound, then closed).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    Account::Account unreachable = c.account;
    unreachable.incoming.host = QStringLiteral("127.0.0.1");
    unreachable.incoming.port = deadPort;
    c.sync->setAccount(unreachable);
    QSignalSpy connectionFailed(c.sync.get(), &ImapSync::connectionFailed);

    const Store::MessageId one = c.byUid(QStringLiteral("INBOX"), 1).id;
    const Store::MessageId two = c.byUid(QStringLiteral("INBOX"), 2).id;
    const Store::MessageId three = c.byUid(QStringLiteral("INBOX"), 3).id;
    TASK_OK(c.sync->setFlags({one, two}, Store::MessageFlag::Seen | Store::MessageFlag::Flagged, {}));
    TASK_OK(c.sync->deleteMessages({three})); // the default model: to Trash
    // Changed here at once...
    QCOMPARE(c.store.row(one)->flags, Store::MessageFlag::Seen | Store::MessageFlag::Flagged);
    QCOMPARE(c.store.row(three)->folder, QStringLiteral("Trash"));
    QCOMPARE(c.store.count(QStringLiteral("INBOX")), 4);
    // ...queued durably, the server untouched; the replay attempt failed quietly.
    const MailError down = waitTask(c.sync->replayQueue());
    QCOMPARE(down.kind(), MailError::Kind::ConnectionRefused);
    QVERIFY(!connectionFailed.isEmpty());
    Store::ChangeQueue queue(&c.store.index());
    QCOMPARE(queue.size(), 2);
    QVERIFY(!serverFlags(user, QStringLiteral("INBOX"), 1).contains("Seen"));
    QCOMPARE(m_server.mailboxStatus(user, QStringLiteral("Trash")).value(QStringLiteral("messages")), 0);

    // A restart in between: a new ImapSync over the same store finds the queue.
    c.sync = std::make_unique<ImapSync>(c.account, &c.store, [this, user](auto answer) { answer(m_server.password(user)); });
    TASK_OK(c.sync->replayQueue());
    QCOMPARE(queue.size(), 0);
    QVERIFY(serverFlags(user, QStringLiteral("INBOX"), 1).contains("Seen"));
    QVERIFY(serverFlags(user, QStringLiteral("INBOX"), 2).contains("Flagged"));
    QCOMPARE(m_server.mailboxStatus(user).value(QStringLiteral("messages")), 4);
    QCOMPARE(m_server.mailboxStatus(user, QStringLiteral("Trash")).value(QStringLiteral("messages")), 1);
    // The Trash sync swaps the local placeholder for the server's copy: one row, not two.
    TASK_OK(c.sync->syncFolder(QStringLiteral("Trash")));
    const QList<Store::MessageRow> trash = c.rows(QStringLiteral("Trash"));
    QCOMPARE(trash.size(), 1);
    QCOMPARE(trash.first().subject, QStringLiteral("off number 3"));
    QVERIFY(trash.first().origin.uidValidity > 0);

    // A queued change whose message is gone on the server meanwhile ends without error.
    const Store::MessageId four = c.byUid(QStringLiteral("INBOX"), 4).id;
    c.sync->setOnline(false);
    TASK_OK(c.sync->setFlags({four}, Store::MessageFlag::Seen, {}));
    doveadmOk({QStringLiteral("expunge"), QStringLiteral("-u"), user, QStringLiteral("mailbox"), QStringLiteral("INBOX"),
               QStringLiteral("uid"), QStringLiteral("4")});
    c.sync->setOnline(true);
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    QCOMPARE(queue.size(), 0);
    QVERIFY(!c.store.row(four));
}

void TestImapSyncDovecot::cyrillicAndPersianFolders()
{
    const QString user = QStringLiteral("user7");
    for (const QString &name : {QStringLiteral("Входящие"), QStringLiteral("صندوق")})
        doveadmOk({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user, name});
    deliver(user, "ru", 3, QStringLiteral("Входящие"));
    deliver(user, "fa", 2, QStringLiteral("صندوق"));
    Client c(m_server, user);
    TASK_OK(c.sync->refreshFolders());
    std::optional<Store::RemoteFolder> ru, fa;
    for (const Store::RemoteFolder &f : c.sync->folders()) {
        if (f.name == QStringLiteral("Входящие"))
            ru = f;
        if (f.name == QStringLiteral("صندوق"))
            fa = f;
    }
    QVERIFY(ru && fa);
    QCOMPARE(ru->rawName, QByteArray("&BBIERQQ+BDQETwRJBDgENQ-")); // modified UTF-7 (RFC 3501 §5.1.3)
    QCOMPARE(ru->delimiter, QStringLiteral("/"));
    TASK_OK(c.sync->syncFolder(QStringLiteral("Входящие")));
    TASK_OK(c.sync->syncFolder(QStringLiteral("صندوق")));
    QCOMPARE(c.store.count(QStringLiteral("Входящие")), 3);
    QCOMPARE(c.store.count(QStringLiteral("صندوق")), 2);
    TASK_OK(c.sync->moveMessages({c.byUid(QStringLiteral("صندوق"), 1).id}, QStringLiteral("Входящие")));
    TASK_OK(c.sync->replayQueue());
    QCOMPARE(m_server.mailboxStatus(user, QStringLiteral("Входящие")).value(QStringLiteral("messages")), 4);
    TASK_OK(c.sync->syncFolder(QStringLiteral("Входящие")));
    QCOMPARE(c.store.count(QStringLiteral("Входящие")), 4);
    QCOMPARE(c.store.count(QStringLiteral("صندوق")), 1);
    // A reopened store lists them at once, offline.
    Store::MailStore again(c.dir.path());
    QVERIFY(again.open());
    QCOMPARE(again.count(QStringLiteral("Входящие")), 4);
}

void TestImapSyncDovecot::queuedMoveIntoAFolderDeletedElsewhereCreatesItAgain()
{
    const QString user = QStringLiteral("user8");
    const QString projects = QStringLiteral("Projects");
    deliver(user, "tc", 3);
    doveadmOk({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user, projects});
    Client c(m_server, user);
    TASK_OK(c.sync->refreshFolders());
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    TASK_OK(c.sync->syncFolder(projects));
    QSignalSpy notices(c.sync.get(), &ImapSync::noticeRaised);

    c.sync->setOnline(false);
    const Store::MessageId two = c.byUid(QStringLiteral("INBOX"), 2).id;
    TASK_OK(c.sync->moveMessages({two}, projects));
    QCOMPARE(c.store.row(two)->folder, projects);
    // A second client deletes the target while the move waits in the queue.
    doveadmOk({QStringLiteral("mailbox"), QStringLiteral("delete"), QStringLiteral("-u"), user, projects});
    QVERIFY(m_server.mailboxStatus(user, projects).isEmpty());

    // Back online: UID MOVE gets NO [TRYCREATE]; the folder this account still shows is
    // created again and the move retried once (ChangeReplayer explains why).
    c.sync->setOnline(true); // schedules the replay...
    TASK_OK(c.sync->replayQueue()); // ...which has run when this one ends
    Store::ChangeQueue queue(&c.store.index());
    QCOMPARE(queue.size(), 0);
    QCOMPARE(m_server.mailboxStatus(user, projects).value(QStringLiteral("messages")), 1);
    QCOMPARE(m_server.mailboxStatus(user).value(QStringLiteral("messages")), 2);
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.first().first().toString().contains(projects), qPrintable(notices.first().first().toString()));

    // The recreated folder has a new UIDVALIDITY: its sync swaps the local placeholder
    // for the server's copy.
    TASK_OK(c.sync->syncFolder(projects));
    const QList<Store::MessageRow> rows = c.rows(projects);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().subject, QStringLiteral("tc number 2"));
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    QCOMPARE(c.store.count(QStringLiteral("INBOX")), 2);
}

void TestImapSyncDovecot::foldersDeletedOrRenamedElsewhereAreForgotten()
{
    const QString user = QStringLiteral("user9");
    const QString old = QStringLiteral("Old"), keep = QStringLiteral("Keep"), kept = QStringLiteral("Kept"),
                  gone = QStringLiteral("Gone");
    deliver(user, "in", 3);
    for (const QString &name : {old, keep, gone})
        doveadmOk({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user, name});
    deliver(user, "old", 2, old);
    deliver(user, "keep", 2, keep);
    deliver(user, "gone", 1, gone);
    Client c(m_server, user);
    TASK_OK(c.sync->refreshFolders());
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    TASK_OK(c.sync->syncFolder(old, SyncDepth::Full)); // bodies in the folder's cache file
    TASK_OK(c.sync->syncFolder(keep));
    TASK_OK(c.sync->syncFolder(gone));
    const QString oldFile = c.store.filePath(old);
    QVERIFY(QFileInfo(oldFile).size() > 0);

    // Offline: a change inside Old, a move into Old, a change inside Gone.
    c.sync->setOnline(false);
    const Store::MessageId inboxOne = c.byUid(QStringLiteral("INBOX"), 1).id;
    TASK_OK(c.sync->setFlags({c.byUid(old, 1).id}, Store::MessageFlag::Flagged, {}));
    TASK_OK(c.sync->moveMessages({inboxOne}, old));
    TASK_OK(c.sync->setFlags({c.byUid(gone, 1).id}, Store::MessageFlag::Seen, {}));
    Store::ChangeQueue queue(&c.store.index());
    QCOMPARE(queue.size(), 3);

    // A second client deletes Old and renames Keep.
    doveadmOk({QStringLiteral("mailbox"), QStringLiteral("delete"), QStringLiteral("-u"), user, old});
    doveadmOk({QStringLiteral("mailbox"), QStringLiteral("rename"), QStringLiteral("-u"), user, keep, kept});

    // A restart lists first (as the application does): what LIST does not name is gone,
    // with its cached rows, its cache file and the queued changes in and into it.
    c.sync = std::make_unique<ImapSync>(c.account, &c.store, [this, user](auto answer) { answer(m_server.password(user)); });
    QSignalSpy notices(c.sync.get(), &ImapSync::noticeRaised);
    QSignalSpy removed(c.sync.get(), &ImapSync::rowsRemoved);
    c.sync->setWatchedFolder(keep); // the folder on screen, watched with IDLE
    QVERIFY(c.sync->idleWatcher());
    TASK_OK(c.sync->refreshFolders());
    QVERIFY(!c.sync->idleWatcher()); // a vanished folder is not watched any more
    QStringList names;
    for (const Store::RemoteFolder &f : c.sync->folders())
        names << f.name;
    QVERIFY2(names.contains(kept) && names.contains(gone) && !names.contains(old) && !names.contains(keep),
             qPrintable(names.join(',')));
    QVERIFY(!c.store.folders().contains(old));
    QVERIFY(!c.store.folders().contains(keep));
    QVERIFY(!QFile::exists(oldFile));
    QCOMPARE(queue.size(), 1); // Gone's change is still queued
    QStringList texts;
    for (const QList<QVariant> &n : std::as_const(notices))
        texts << n.first().toString();
    QCOMPARE(texts.size(), 2); // Old: one change in it, one message moved into it; Keep had none
    QVERIFY2(texts.filter(old).size() == 2, qPrintable(texts.join('\n')));
    QSet<QString> removedFrom;
    qsizetype removedRows = 0;
    for (const QList<QVariant> &r : std::as_const(removed)) {
        removedFrom.insert(r.at(0).toString());
        removedRows += r.at(1).value<QList<Store::MessageId>>().size();
    }
    QCOMPARE(removedFrom, (QSet<QString>{old, keep}));
    QCOMPARE(removedRows, 5); // Old's 2, the message moved there, Keep's 2
    QVERIFY(!c.store.row(inboxOne));

    // The message whose move was dropped is still in INBOX on the server: it comes back.
    QCOMPARE(c.store.count(QStringLiteral("INBOX")), 2);
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    QCOMPARE(c.store.count(QStringLiteral("INBOX")), 3);
    // The renamed folder is a new one: its messages are fetched again.
    TASK_OK(c.sync->syncFolder(kept));
    QCOMPARE(c.store.count(kept), 2);

    // Gone is deleted after the LIST: replaying its change finds SELECT refused, lists,
    // forgets it (one notice) and the replay ends without error.
    doveadmOk({QStringLiteral("mailbox"), QStringLiteral("delete"), QStringLiteral("-u"), user, gone});
    TASK_OK(c.sync->replayQueue());
    QCOMPARE(queue.size(), 0);
    QVERIFY(!c.store.folders().contains(gone));
    QCOMPARE(notices.size(), 3);
    QVERIFY(notices.last().first().toString().contains(gone));
    // Asking for it now says it is not there.
    QCOMPARE(waitTask(c.sync->syncFolder(gone)).kind(), MailError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestImapSyncDovecot)
#include "tst_imapsyncdovecot.moc"
