// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// An IMAP account through Sync::AccountRuntime (what the main window drives) against a
// private Dovecot: get mail lists INBOX, opening a header-only row fetches its body
// without marking it read, and read marks, moves and offline changes reach the server
// (checked with doveadm, a second view of the mailbox); a folder deleted there leaves
// the folder list.
#include "runtimetestaccount.h"

#include "account/memorysecretstore.h"
#include "sync/accountruntime.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using Pigeon::Store::MessageRow;
using Pigeon::Sync::AccountRuntime;
using Pigeon::Sync::FolderSummary;
using Pigeon::Test::TestMailServer;

namespace {

QByteArray makeMessage(const QByteArray &tag, int n)
{
    return "From: Alice <alice@example.org>\r\nTo: user@example.org\r\nSubject: " + tag + " " + QByteArray::number(n)
        + "\r\nMessage-ID: <rti." + tag + "." + QByteArray::number(n)
        + "@pigeon.test>\r\nDate: Sun, 22 Nov 2026 10:" + QByteArray::number(10 + n)
        + ":00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBody of " + tag + " "
        + QByteArray::number(n) + "\r\n";
}

FolderSummary folderNamed(const QList<FolderSummary> &folders, const QString &name)
{
    for (const FolderSummary &f : folders)
        if (f.name == name)
            return f;
    FolderSummary missing;
    missing.id = missing.total = missing.unread = -1;
    missing.name = QStringLiteral("<missing %1>").arg(name);
    return missing;
}

} // namespace

class TestAccountRuntimeImap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void getMailListsInboxAndOpensWithoutMarkingRead();
    void moveReachesTheServer();
    void offlineFlagReplaysWhenOnline();
    void getMailAlsoSyncsTheViewedFolder();
    void attachmentsComeOnDemandAndNotOffline();

private:
    std::unique_ptr<AccountRuntime> runtime(const QString &user, const QString &dir);
    /// Get mail; returns the rows it announced (empty on failure, which it reports).
    QList<MessageRow> getMail(AccountRuntime &rt);
    QByteArray serverFlags(const QString &user, const QString &mailbox, qint64 uid) const;

    TestMailServer m_server;
    Account::MemorySecretStore m_secrets;
};

void TestAccountRuntimeImap::initTestCase()
{
    TestMailServer::Options o;
    for (const char *u : {"imapget", "imapmove", "imapoffline", "imapviewed", "imapparts"})
        o.users.append({QString::fromLatin1(u), QStringLiteral("pw-") + QString::fromLatin1(u)});
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
}

void TestAccountRuntimeImap::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<AccountRuntime> TestAccountRuntimeImap::runtime(const QString &user, const QString &dir)
{
    const Account::Account a = Test::runtimeTestAccount(m_server, user, Account::IncomingProtocol::Imap);
    return Test::startTestRuntime(a, dir, m_secrets, m_server.password(user));
}

QList<MessageRow> TestAccountRuntimeImap::getMail(AccountRuntime &rt)
{
    QSignalSpy added(&rt, &AccountRuntime::rowsAdded);
    QSignalSpy finished(&rt, &AccountRuntime::taskFinished);
    const quint64 task = rt.checkMail();
    if (task == 0 || !finished.wait(30000)) {
        qWarning("get mail did not start or finish");
        return {};
    }
    const auto error = finished.at(0).at(1).value<MailError>();
    if (finished.at(0).at(0).toULongLong() != task || error.isError()) {
        qWarning() << "get mail failed:" << error.toString();
        return {};
    }
    QList<MessageRow> rows;
    for (const QList<QVariant> &signal : std::as_const(added))
        rows += signal.at(0).value<QList<MessageRow>>();
    return rows;
}

QByteArray TestAccountRuntimeImap::serverFlags(const QString &user, const QString &mailbox, qint64 uid) const
{
    const TestMailServer::CommandResult r =
        m_server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), user, QStringLiteral("flags"),
                          QStringLiteral("mailbox"), mailbox, QStringLiteral("uid"), QString::number(uid)});
    return r.ok() ? r.out.trimmed() : QByteArray("<doveadm failed>");
}

void TestAccountRuntimeImap::getMailListsInboxAndOpensWithoutMarkingRead()
{
    const QString user = QStringLiteral("imapget");
    for (int i = 1; i <= 3; ++i)
        QVERIFY(m_server.deliver(user, makeMessage("get", i)));
    QTemporaryDir dir;
    auto rt = runtime(user, dir.path());
    QVERIFY(rt);
    QVERIFY(rt->canCheck());
    QSignalSpy progress(rt.get(), &AccountRuntime::taskProgressed);
    QSignalSpy newMail(rt.get(), &AccountRuntime::newMail);

    const QList<MessageRow> rows = getMail(*rt);
    QCOMPARE(rows.size(), 3);
    QSet<QString> subjects;
    for (const MessageRow &r : rows) {
        QCOMPARE(r.folder, QStringLiteral("INBOX"));
        QCOMPARE(r.bodyState, Store::BodyState::HeadersOnly);
        subjects.insert(r.subject);
    }
    QCOMPARE(subjects, (QSet<QString>{QStringLiteral("get 1"), QStringLiteral("get 2"), QStringLiteral("get 3")}));
    QVERIFY(!progress.isEmpty());
    QVERIFY(!progress.last().at(0).value<Sync::TaskProgress>().title.isEmpty());
    QCOMPARE(newMail.size(), 1);
    QCOMPARE(newMail.at(0).at(0).toInt(), 3);
    // The folder pane: INBOX with its counts, and the server's other folders from LIST.
    QTRY_COMPARE(folderNamed(rt->folders(), QStringLiteral("INBOX")).total, 3);
    QCOMPARE(folderNamed(rt->folders(), QStringLiteral("INBOX")).unread, 3);
    QCOMPARE(folderNamed(rt->folders(), QStringLiteral("Trash")).name, QStringLiteral("Trash"));

    // Opening a header-only message fetches it, without \Seen on the server.
    MessageRow second;
    for (const MessageRow &r : rows)
        if (r.subject == QStringLiteral("get 2"))
            second = r;
    QSignalSpy loaded(rt.get(), &AccountRuntime::messageLoaded);
    QSignalSpy updated(rt.get(), &AccountRuntime::rowsUpdated);
    rt->loadMessage(second.id);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.at(0).at(0).value<Store::MessageId>(), second.id);
    QVERIFY2(!loaded.at(0).at(2).value<MailError>().isError(),
             qPrintable(loaded.at(0).at(2).value<MailError>().toString()));
    QCOMPARE(loaded.at(0).at(1).toByteArray(), makeMessage("get", 2));
    QTRY_VERIFY(!updated.isEmpty());
    QCOMPARE(updated.at(0).at(0).value<QList<MessageRow>>().at(0).bodyState, Store::BodyState::Full);
    QCOMPARE(serverFlags(user, QStringLiteral("INBOX"), second.origin.uid), QByteArray("flags:"));

    // Marking it read reaches the server, and the unread count follows.
    rt->setFlags({second.id}, Store::MessageFlag::Seen, {});
    QTRY_VERIFY_WITH_TIMEOUT(serverFlags(user, QStringLiteral("INBOX"), second.origin.uid).contains("\\Seen"), 20000);
    QTRY_COMPARE(folderNamed(rt->folders(), QStringLiteral("INBOX")).unread, 2);
    // A second look: the cached body is served from the store.
    loaded.clear();
    rt->loadMessage(second.id);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.at(0).at(1).toByteArray(), makeMessage("get", 2));
}

void TestAccountRuntimeImap::moveReachesTheServer()
{
    const QString user = QStringLiteral("imapmove");
    for (int i = 1; i <= 2; ++i)
        QVERIFY(m_server.deliver(user, makeMessage("move", i)));
    QVERIFY(m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user,
                              QStringLiteral("Archive")})
                .ok());
    QTemporaryDir dir;
    auto rt = runtime(user, dir.path());
    QVERIFY(rt);
    const QList<MessageRow> rows = getMail(*rt);
    QCOMPARE(rows.size(), 2);
    QTRY_COMPARE(folderNamed(rt->folders(), QStringLiteral("Archive")).total, 0);

    QSignalSpy removed(rt.get(), &AccountRuntime::rowsRemoved);
    QSignalSpy added(rt.get(), &AccountRuntime::rowsAdded);
    rt->moveMessages({rows.at(0).id}, QStringLiteral("Archive"));
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.at(0).at(0).value<QList<Store::MessageId>>(), QList<Store::MessageId>{rows.at(0).id});
    QTRY_VERIFY(!added.isEmpty());
    QCOMPARE(added.at(0).at(0).value<QList<MessageRow>>().at(0).folder, QStringLiteral("Archive"));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.mailboxStatus(user, QStringLiteral("Archive")).value(QStringLiteral("messages")) == 1,
                             20000);
    QCOMPARE(m_server.mailboxStatus(user).value(QStringLiteral("messages")), 1);
    QTRY_COMPARE(folderNamed(rt->folders(), QStringLiteral("Archive")).total, 1);
    QCOMPARE(folderNamed(rt->folders(), QStringLiteral("INBOX")).total, 1);

    // Another client deletes Archive: the next get mail's LIST takes it (and its cached
    // row) out of the folder pane; nothing was queued for it, so nothing to tell.
    QVERIFY(m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("delete"), QStringLiteral("-u"), user,
                              QStringLiteral("Archive")})
                .ok());
    QSignalSpy failed(rt.get(), &AccountRuntime::operationFailed);
    removed.clear();
    getMail(*rt);
    QTRY_COMPARE(folderNamed(rt->folders(), QStringLiteral("Archive")).id, -1);
    QCOMPARE(folderNamed(rt->folders(), QStringLiteral("INBOX")).total, 1);
    QTRY_VERIFY(!removed.isEmpty());
    QCOMPARE(failed.size(), 0);
}

void TestAccountRuntimeImap::offlineFlagReplaysWhenOnline()
{
    const QString user = QStringLiteral("imapoffline");
    QVERIFY(m_server.deliver(user, makeMessage("off", 1)));
    QTemporaryDir dir;
    auto rt = runtime(user, dir.path());
    QVERIFY(rt);
    const QList<MessageRow> rows = getMail(*rt);
    QCOMPARE(rows.size(), 1);
    const MessageRow row = rows.at(0);

    rt->setOnline(false);
    QSignalSpy updated(rt.get(), &AccountRuntime::rowsUpdated);
    rt->setFlags({row.id}, Store::MessageFlag::Flagged, {});
    QVERIFY(updated.wait(10000));
    QVERIFY(updated.at(0).at(0).value<QList<MessageRow>>().at(0).flags.testFlag(Store::MessageFlag::Flagged));
    // Not downloaded and offline: a clear error, and nothing was sent meanwhile.
    QSignalSpy loaded(rt.get(), &AccountRuntime::messageLoaded);
    rt->loadMessage(row.id);
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.at(0).at(1).toByteArray().isEmpty());
    const auto error = loaded.at(0).at(2).value<MailError>();
    QCOMPARE(error.kind(), MailError::Kind::Network);
    QVERIFY2(error.toString().contains(QStringLiteral("not been downloaded")), qPrintable(error.toString()));
    QCOMPARE(serverFlags(user, QStringLiteral("INBOX"), row.origin.uid), QByteArray("flags:"));

    rt->setOnline(true);
    QTRY_VERIFY_WITH_TIMEOUT(serverFlags(user, QStringLiteral("INBOX"), row.origin.uid).contains("\\Flagged"), 20000);
}

void TestAccountRuntimeImap::getMailAlsoSyncsTheViewedFolder()
{
    const QString user = QStringLiteral("imapviewed");
    QVERIFY(m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user,
                              QStringLiteral("Lists")})
                .ok());
    QVERIFY(m_server.deliver(user, makeMessage("list", 1), QStringLiteral("Lists")));
    QVERIFY(m_server.deliver(user, makeMessage("inbox", 1)));
    QTemporaryDir dir;
    auto rt = runtime(user, dir.path());
    QVERIFY(rt);
    // Nothing on screen yet: INBOX only.
    QList<MessageRow> rows = getMail(*rt);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).folder, QStringLiteral("INBOX"));
    QTRY_COMPARE(folderNamed(rt->folders(), QStringLiteral("Lists")).total, 0);

    // The user opens Lists: the next get mail brings its message too.
    QSignalSpy loaded(rt.get(), &AccountRuntime::rowsLoaded);
    rt->loadFolder(QStringLiteral("Lists"));
    QVERIFY(loaded.wait(10000));
    rows = getMail(*rt);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).folder, QStringLiteral("Lists"));
    QCOMPARE(rows.at(0).subject, QStringLiteral("list 1"));
    QTRY_COMPARE(folderNamed(rt->folders(), QStringLiteral("Lists")).total, 1);
}

void TestAccountRuntimeImap::attachmentsComeOnDemandAndNotOffline()
{
    const QString user = QStringLiteral("imapparts");
    const QByteArray attachment(300000, '\x7f');
    QByteArray b64;
    for (qsizetype i = 0; i < attachment.size(); i += 57)
        b64 += attachment.mid(i, 57).toBase64() + "\r\n";
    const QByteArray message =
        "From: Alice <alice@example.org>\r\nTo: user@example.org\r\nSubject: with attachment\r\n"
        "Message-ID: <rti.parts@pigeon.test>\r\nDate: Sun, 22 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "The text of the message.\r\n--m\r\nContent-Type: application/octet-stream\r\n"
        "Content-Disposition: attachment; filename=\"blob.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + b64 + "--m--\r\n";
    QVERIFY(m_server.deliver(user, message));
    QTemporaryDir dir;
    auto rt = runtime(user, dir.path());
    QVERIFY(rt);
    const QList<MessageRow> rows = getMail(*rt);
    QCOMPARE(rows.size(), 1);
    const MessageRow row = rows.at(0);

    // Opening shows the text; the row is Partial (the attachment is not here).
    QSignalSpy loaded(rt.get(), &AccountRuntime::messageLoaded);
    QSignalSpy updated(rt.get(), &AccountRuntime::rowsUpdated);
    rt->loadMessage(row.id);
    QVERIFY(loaded.wait(20000));
    QVERIFY2(!loaded.at(0).at(2).value<MailError>().isError(),
             qPrintable(loaded.at(0).at(2).value<MailError>().toString()));
    QByteArray bytes = loaded.at(0).at(1).toByteArray();
    QVERIFY(bytes.contains("The text of the message."));
    QVERIFY(bytes.contains("X-Pigeon-Part: not-downloaded"));
    QVERIFY(bytes.size() < 4096);
    QTRY_VERIFY(!updated.isEmpty());
    QCOMPARE(updated.at(0).at(0).value<QList<MessageRow>>().at(0).bodyState, Store::BodyState::Partial);
    QCOMPARE(serverFlags(user, QStringLiteral("INBOX"), row.origin.uid), QByteArray("flags:"));

    // Offline: the text opens from the cache; the attachment says it is not available.
    rt->setOnline(false);
    loaded.clear();
    rt->loadMessage(row.id);
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.at(0).at(1).toByteArray().contains("The text of the message."));
    QSignalSpy part(rt.get(), &AccountRuntime::partFetched);
    rt->fetchPart(row.id, "2");
    QVERIFY(part.wait(10000));
    MailError error = part.at(0).at(2).value<MailError>();
    QVERIFY(error.isError());
    QVERIFY2(error.text().contains(QStringLiteral("not available offline")), qPrintable(error.text()));

    // Online: opening the attachment fetches it (still no \Seen), and it stays cached.
    rt->setOnline(true);
    part.clear();
    loaded.clear();
    rt->fetchPart(row.id, "2");
    QVERIFY(part.wait(20000));
    error = part.at(0).at(2).value<MailError>();
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QVERIFY(!loaded.isEmpty());
    bytes = loaded.last().at(1).toByteArray();
    QVERIFY(!bytes.contains("X-Pigeon-Part: not-downloaded"));
    QVERIFY(bytes.contains(b64.left(200)));
    QCOMPARE(serverFlags(user, QStringLiteral("INBOX"), row.origin.uid), QByteArray("flags:"));
    rt->setOnline(false);
    part.clear();
    rt->fetchPart(row.id, "2");
    QVERIFY(part.wait(10000));
    QVERIFY(!part.at(0).at(2).value<MailError>().isError());

    // Download message: the whole message, the same row turns Full.
    rt->setOnline(true);
    updated.clear();
    QSignalSpy finished(rt.get(), &AccountRuntime::taskFinished);
    QVERIFY(rt->downloadFull({row.id}) != 0);
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.at(0).at(1).value<MailError>().isError());
    QTRY_VERIFY(!updated.isEmpty());
    QCOMPARE(updated.last().at(0).value<QList<MessageRow>>().at(0).id, row.id);
    QCOMPARE(updated.last().at(0).value<QList<MessageRow>>().at(0).bodyState, Store::BodyState::Full);
    loaded.clear();
    rt->loadMessage(row.id);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().at(1).toByteArray(), message);
}

QTEST_GUILESS_MAIN(TestAccountRuntimeImap)
#include "tst_accountruntimeimap.moc"
