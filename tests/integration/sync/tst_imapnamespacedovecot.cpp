// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ImapSync against a private Dovecot laid out as Courier and Cyrus are: the personal
// namespace "INBOX." with "." between levels (RFC 2342), so every folder, the special
// ones too, lives under INBOX. Folders are listed and synced under their full names,
// a folder created at the top goes under the prefix, "Delete" finds \Trash there, and
// a name with the separator in it is refused before anything is sent.
#include "imapsyncclient.h"
#include "support/testmailserver.h"

#include "sync/imapsync.h"

#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Sync;
using Pigeon::Test::TestMailServer;

namespace {

QByteArray message(int n)
{
    return "From: =?UTF-8?B?0JDQu9C40YHQsA==?= <alisa@example.org>\r\nTo: user@example.org\r\nSubject: note " +
           QByteArray::number(n) + "\r\nDate: Mon, " + QByteArray::number(1 + n) +
           " Jan 2024 10:00:00 +0000\r\nMessage-ID: <ns." + QByteArray::number(n) +
           "@pigeon.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBody " + QByteArray::number(n) + "\r\n";
}

std::optional<Store::RemoteFolder> folderNamed(const QList<Store::RemoteFolder> &folders, const QString &name)
{
    for (const Store::RemoteFolder &f : folders)
        if (f.name == name)
            return f;
    return std::nullopt;
}

} // namespace

class TestImapNamespaceDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void foldersLiveUnderTheInboxPrefix();

private:
    TestMailServer m_server;
};

void TestImapNamespaceDovecot::initTestCase()
{
    TestMailServer::Options options;
    options.users << qMakePair(QStringLiteral("courier"), QStringLiteral("secret-courier"));
    options.extraArgs << QStringLiteral("--inbox-prefix");
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestImapNamespaceDovecot::foldersLiveUnderTheInboxPrefix()
{
    const QString user = QStringLiteral("courier");
    const QString projects = QStringLiteral("INBOX.Проекты");
    const TestMailServer::CommandResult created =
        m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user, projects});
    QVERIFY2(created.ok(), created.err.constData());
    for (int i = 1; i <= 3; ++i)
        QVERIFY(m_server.deliver(user, message(i)));
    for (int i = 4; i <= 5; ++i)
        QVERIFY(m_server.deliver(user, message(i), projects));

    Test::ImapSyncClient c(m_server, user);
    TASK_OK(c.sync->refreshFolders());
    const QList<Store::RemoteFolder> folders = c.sync->folders();
    const std::optional<Store::RemoteFolder> inbox = folderNamed(folders, QStringLiteral("INBOX"));
    const std::optional<Store::RemoteFolder> trash = folderNamed(folders, QStringLiteral("INBOX.Trash"));
    const std::optional<Store::RemoteFolder> ru = folderNamed(folders, projects);
    QVERIFY(inbox && trash && ru);
    QVERIFY(folderNamed(folders, QStringLiteral("INBOX.Sent")));
    QVERIFY(!folderNamed(folders, QStringLiteral("Trash"))); // nothing outside the namespace
    QCOMPARE(trash->specialUse, QByteArray("\\Trash"));
    QCOMPARE(ru->delimiter, QStringLiteral("."));
    QCOMPARE(ru->rawName, QByteArray("INBOX.&BB8EQAQ+BDUEOgRCBEs-")); // modified UTF-7 after the prefix

    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    TASK_OK(c.sync->syncFolder(projects));
    QCOMPARE(c.store.count(QStringLiteral("INBOX")), 3);
    QCOMPARE(c.store.count(projects), 2);

    // A folder made at the top goes where the server's namespace says (RFC 2342 §5).
    TASK_OK(c.sync->createFolder(QString(), QStringLiteral("Archive")));
    QVERIFY(!m_server.mailboxStatus(user, QStringLiteral("INBOX.Archive")).isEmpty());
    QVERIFY(folderNamed(c.sync->folders(), QStringLiteral("INBOX.Archive")));
    // The separator cannot be part of a name: refused here, nothing created there.
    const MailError dotted = Test::waitTask(c.sync->createFolder(QString(), QStringLiteral("a.b")));
    QCOMPARE(dotted.kind(), MailError::Kind::InvalidInput);
    QVERIFY(m_server.mailboxStatus(user, QStringLiteral("INBOX.a")).isEmpty());

    // Delete moves to the \Trash of the namespace; a move between the two levels works.
    TASK_OK(c.sync->deleteMessages({c.byUid(QStringLiteral("INBOX"), 1).id}));
    TASK_OK(c.sync->moveMessages({c.byUid(projects, 1).id}, QStringLiteral("INBOX.Archive")));
    TASK_OK(c.sync->replayQueue());
    QCOMPARE(m_server.mailboxStatus(user, QStringLiteral("INBOX")).value(QStringLiteral("messages")), 2);
    QCOMPARE(m_server.mailboxStatus(user, QStringLiteral("INBOX.Trash")).value(QStringLiteral("messages")), 1);
    QCOMPARE(m_server.mailboxStatus(user, QStringLiteral("INBOX.Archive")).value(QStringLiteral("messages")), 1);
    QCOMPARE(m_server.mailboxStatus(user, projects).value(QStringLiteral("messages")), 1);
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX.Trash")));
    QCOMPARE(c.store.count(QStringLiteral("INBOX.Trash")), 1);
    QCOMPARE(c.rows(QStringLiteral("INBOX.Trash")).value(0).subject, QStringLiteral("note 1"));
}

QTEST_GUILESS_MAIN(TestImapNamespaceDovecot)
#include "tst_imapnamespacedovecot.moc"
