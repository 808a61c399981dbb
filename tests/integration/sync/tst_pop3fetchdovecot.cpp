// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Pop3Fetcher against a real Dovecot: every leave-on-server policy, size-limited partial
// downloads completed later, the maildrop lock, two accounts at once. The mail store is
// real too (mbox + index in a temporary directory).
#include "support/testmailserver.h"

#include "net/ssltransport.h"
#include "pop3/session/pop3session.h"
#include "store/mailstore.h"
#include "sync/pop3fetcher.h"
#include "sync/pop3ledger.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Sync;
using Pigeon::Account::LeaveOnServer;
using Pigeon::Test::TestMailServer;

namespace {

/// What Dovecot serves for a stored file (RFC 1939 §3): every line end CRLF, a final CRLF.
QByteArray servedForm(const QByteArray &file)
{
    QByteArray out;
    for (qsizetype i = 0; i < file.size(); ++i) {
        const char c = file.at(i);
        if (c == '\n' && (i == 0 || file.at(i - 1) != '\r'))
            out += '\r';
        out += c;
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

/// A message with the awkward parts a mail store must keep byte-exact: a `From ` line
/// in the body (mboxrd quoting), `>From`, 8-bit UTF-8, a line starting with a dot.
QByteArray makeMessage(const QByteArray &tag, int n, int bodyLines = 3)
{
    QByteArray m = "From: Sender <sender@example.org>\nTo: user@example.org\nSubject: " + tag + " "
        + QByteArray::number(n) + " za\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87\nMessage-ID: <" + tag + "."
        + QByteArray::number(n) + "@pigeon.test>\nMIME-Version: 1.0\n"
          "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n";
    m += "From the start of a line\n>From quoted\n.dot line\n";
    for (int i = 0; i < bodyLines; ++i)
        m += "line " + QByteArray::number(i) + " \xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82\n";
    return m;
}

} // namespace

class TestPop3FetchDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void downloadAndDelete();
    void leaveForever();
    void leaveForDays();
    void leaveUntilDeletedHere();
    void sizeLimitPartialThenFull();
    void maildropInUse();
    void twoAccountsInParallel();

private:
    FetchOptions options(const QString &user, LeaveOnServer policy = LeaveOnServer::Never) const;
    FetchReport check(Store::MailStore &store, const FetchOptions &o, const QDateTime &at = {},
                      const QList<QByteArray> &full = {});
    int onServer(const QString &user) const
    {
        return int(m_server.mailboxStatus(user).value(QStringLiteral("messages"), -1));
    }
    /// Delivers @p count messages; returns their served (CRLF) forms by Message-ID.
    QHash<QByteArray, QByteArray> deliver(const QString &user, int count, int bodyLines = 3);
    /// The store's Inbox by Message-ID, failing on duplicates.
    QHash<QByteArray, QByteArray> inbox(Store::MailStore &store, QList<Store::MessageRow> *rows = nullptr);

    TestMailServer m_server;
};

void TestPop3FetchDovecot::initTestCase()
{
    TestMailServer::Options o;
    for (const char *u : {"dd", "forever", "days", "here", "partial", "inuse", "par1", "par2"})
        o.users.append({QString::fromLatin1(u), QStringLiteral("pw-") + QString::fromLatin1(u)});
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
    // [IN-USE] needs pop3_lock_session (Dovecot's default lets two sessions in).
    QFile conf(m_server.dovecotConf());
    QVERIFY(conf.open(QIODevice::Append));
    conf.write("\nprotocol pop3 {\n  pop3_lock_session = yes\n}\n");
    conf.close();
    const auto reload = m_server.doveadm({QStringLiteral("reload")});
    QVERIFY2(reload.ok(), reload.err.constData());
    QTest::qWait(500); // the reload is asynchronous
}

void TestPop3FetchDovecot::cleanupTestCase()
{
    m_server.stop();
}

FetchOptions TestPop3FetchDovecot::options(const QString &user, LeaveOnServer policy) const
{
    FetchOptions o;
    o.session.endpoint = m_server.endpoint(TestMailServer::Service::Pop3s);
    o.session.username = user;
    o.session.password = m_server.password(user);
    o.policy.leaveOnServer = policy;
    o.batchMessages = 4; // several batches even for small tests
    return o;
}

FetchReport TestPop3FetchDovecot::check(Store::MailStore &store, const FetchOptions &o, const QDateTime &at,
                                        const QList<QByteArray> &full)
{
    Pop3Fetcher fetcher(&store, o);
    if (at.isValid())
        fetcher.setClock([at] { return at; });
    QSignalSpy finished(&fetcher, &Pop3Fetcher::finished);
    if (full.isEmpty())
        fetcher.start();
    else
        fetcher.downloadFull(full);
    if (!finished.wait(60'000)) {
        FetchReport r;
        r.error = MailError(MailError::Kind::Timeout, QStringLiteral("no finished()"));
        return r;
    }
    QTest::qWait(50);
    if (finished.count() != 1) {
        FetchReport r;
        r.error = MailError(MailError::Kind::Protocol, QStringLiteral("finished() twice"));
        return r;
    }
    return finished.first().first().value<FetchReport>();
}

QHash<QByteArray, QByteArray> TestPop3FetchDovecot::deliver(const QString &user, int count, int bodyLines)
{
    QHash<QByteArray, QByteArray> out;
    for (int i = 0; i < count; ++i) {
        const QByteArray m = makeMessage(user.toLatin1(), i, bodyLines);
        if (!m_server.deliver(user, m))
            qFatal("doveadm save failed");
        out.insert("<" + user.toLatin1() + "." + QByteArray::number(i) + "@pigeon.test>", servedForm(m));
    }
    return out;
}

QHash<QByteArray, QByteArray> TestPop3FetchDovecot::inbox(Store::MailStore &store, QList<Store::MessageRow> *rows)
{
    QHash<QByteArray, QByteArray> out;
    const auto list = store.list(QStringLiteral("Inbox"), 0, 100000);
    if (!list)
        return out;
    for (const Store::MessageRow &r : *list) {
        const auto bytes = store.messageBytes(r.id);
        if (!bytes || out.contains(r.messageId)) {
            out.insert("DUPLICATE-OR-UNREADABLE", {});
            continue;
        }
        out.insert(r.messageId, *bytes);
    }
    if (rows)
        *rows = *list;
    return out;
}

void TestPop3FetchDovecot::downloadAndDelete()
{
    const QString user = QStringLiteral("dd");
    const auto expected = deliver(user, 11);
    QTemporaryDir dir;
    Store::MailStore store(dir.path());
    QVERIFY(store.open().ok());

    const FetchReport r = check(store, options(user));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.listed, 11);
    QCOMPARE(r.downloaded, 11);
    QCOMPARE(r.deleted, 11);
    QVERIFY(!r.fingerprints);
    QCOMPARE(onServer(user), 0);
    QList<Store::MessageRow> rows;
    QCOMPARE(inbox(store, &rows), expected); // byte-exact, each once
    for (const Store::MessageRow &row : rows)
        QVERIFY(!row.origin.uidl.isEmpty());

    // Nothing left, nothing new.
    const FetchReport again = check(store, options(user));
    QVERIFY(again.ok());
    QCOMPARE(again.listed, 0);
    QCOMPARE(store.count(QStringLiteral("Inbox")), 11);
}

void TestPop3FetchDovecot::leaveForever()
{
    const QString user = QStringLiteral("forever");
    const auto expected = deliver(user, 6);
    QTemporaryDir dir;
    Store::MailStore store(dir.path());
    QVERIFY(store.open().ok());

    FetchReport r = check(store, options(user, LeaveOnServer::Forever));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.downloaded, 6);
    QCOMPARE(r.deleted, 0);
    QCOMPARE(onServer(user), 6);
    QCOMPARE(inbox(store), expected);

    // A new message arrives: only it is downloaded, even a year later.
    QVERIFY(m_server.deliver(user, makeMessage("forever-late", 1)));
    r = check(store, options(user, LeaveOnServer::Forever), QDateTime::currentDateTimeUtc().addYears(1));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.listed, 7);
    QCOMPARE(r.downloaded, 1);
    QCOMPARE(r.kept, 7);
    QCOMPARE(onServer(user), 7);
    QCOMPARE(store.count(QStringLiteral("Inbox")), 7);
}

void TestPop3FetchDovecot::leaveForDays()
{
    const QString user = QStringLiteral("days");
    deliver(user, 3);
    QTemporaryDir dir;
    Store::MailStore store(dir.path());
    QVERIFY(store.open().ok());
    FetchOptions o = options(user, LeaveOnServer::ForDays);
    o.policy.leaveDays = 3;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();

    FetchReport r = check(store, o, t0);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.downloaded, 3);
    QCOMPARE(onServer(user), 3);

    // Day 1: one more arrives (downloaded at t0 + 1 day).
    QVERIFY(m_server.deliver(user, makeMessage("days-late", 1)));
    r = check(store, o, t0.addDays(1));
    QVERIFY(r.ok());
    QCOMPARE(r.downloaded, 1);
    QCOMPARE(onServer(user), 4);

    // Just under three days: all stay.
    r = check(store, o, t0.addDays(3).addSecs(-60));
    QVERIFY(r.ok());
    QCOMPARE(r.deleted, 0);
    QCOMPARE(onServer(user), 4);

    // Three days after the first download: the first three go, the late one stays.
    r = check(store, o, t0.addDays(3));
    QVERIFY(r.ok());
    QCOMPARE(r.deleted, 3);
    QCOMPARE(onServer(user), 1);

    r = check(store, o, t0.addDays(4));
    QVERIFY(r.ok());
    QCOMPARE(r.deleted, 1);
    QCOMPARE(onServer(user), 0);
    QCOMPARE(store.count(QStringLiteral("Inbox")), 4); // all kept locally
}

void TestPop3FetchDovecot::leaveUntilDeletedHere()
{
    const QString user = QStringLiteral("here");
    deliver(user, 5);
    QTemporaryDir dir;
    Store::MailStore store(dir.path());
    QVERIFY(store.open().ok());
    const FetchOptions o = options(user, LeaveOnServer::UntilDeletedHere);

    FetchReport r = check(store, o);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.downloaded, 5);
    QCOMPARE(onServer(user), 5);

    // The user deletes two here.
    const auto rows = store.list(QStringLiteral("Inbox"));
    QVERIFY(rows.ok());
    QVERIFY(store.remove({rows->at(0).id, rows->at(1).id}).ok());

    r = check(store, o);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.downloaded, 0); // never downloaded again
    QCOMPARE(r.deleted, 2);
    QCOMPARE(onServer(user), 3);
    QCOMPARE(store.count(QStringLiteral("Inbox")), 3);

    // Gone on the server, gone from the ledger: the tombstones do not pile up.
    Pop3Ledger ledger(Pop3Ledger::pathFor(dir.path()));
    QVERIFY(ledger.open().ok());
    r = check(store, o);
    QVERIFY(r.ok());
    QCOMPARE(ledger.all()->size(), 3);
}

void TestPop3FetchDovecot::sizeLimitPartialThenFull()
{
    const QString user = QStringLiteral("partial");
    const auto small = deliver(user, 2);
    const QByteArray big = makeMessage("big", 0, 2000);
    QVERIFY(m_server.deliver(user, big));
    QTemporaryDir dir;
    Store::MailStore store(dir.path());
    QVERIFY(store.open().ok());
    FetchOptions o = options(user, LeaveOnServer::Never);
    o.policy.autoDownloadLimit = 20'000;
    o.partialLines = 5;

    FetchReport r = check(store, o);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.downloaded, 2);
    QCOMPARE(r.partial, 1);
    QCOMPARE(onServer(user), 1); // the partial one must stay on the server

    QList<Store::MessageRow> rows;
    auto stored = inbox(store, &rows);
    QCOMPARE(stored.size(), 3);
    QByteArray bigUidl;
    for (const Store::MessageRow &row : rows) {
        if (row.messageId == "<big.0@pigeon.test>") {
            QVERIFY(row.flags & Store::MessageFlag::Partial);
            bigUidl = row.origin.uidl;
            QVERIFY(store.setFlags({row.id}, Store::MessageFlag::Seen, {}).ok());
        }
    }
    const QByteArray head = stored.value("<big.0@pigeon.test>");
    QVERIFY(servedForm(big).startsWith(head.left(head.size() - 2)));
    QVERIFY(head.size() < 2000);

    // A second check changes nothing (no duplicate partial copy).
    r = check(store, o);
    QVERIFY(r.ok());
    QCOMPARE(r.partial, 0);
    QCOMPARE(store.count(QStringLiteral("Inbox")), 3);

    // The user asks for the rest.
    r = check(store, o, {}, {bigUidl});
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.completed, 1);
    QCOMPARE(r.deleted, 1); // download-and-delete applies once it is whole here
    QCOMPARE(onServer(user), 0);
    stored = inbox(store, &rows);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.value("<big.0@pigeon.test>"), servedForm(big));
    for (const Store::MessageRow &row : rows) {
        QVERIFY(!(row.flags & Store::MessageFlag::Partial));
        if (row.messageId == "<big.0@pigeon.test>")
            QVERIFY(row.flags & Store::MessageFlag::Seen); // the user's flags carry over
    }
    for (auto it = small.begin(); it != small.end(); ++it)
        QCOMPARE(stored.value(it.key()), it.value());
}

void TestPop3FetchDovecot::maildropInUse()
{
    const QString user = QStringLiteral("inuse");
    const auto expected = deliver(user, 3);
    QTemporaryDir dir;
    Store::MailStore store(dir.path());
    QVERIFY(store.open().ok());

    // Another client holds the maildrop lock.
    Pop3::Session other(new Net::SslTransport);
    QSignalSpy opened(&other, &Pop3::Session::opened);
    other.open(options(user).session);
    QVERIFY(opened.wait(20'000));

    FetchReport r = check(store, options(user));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.serverCode(), QStringLiteral("IN-USE"));
    QVERIFY(!r.error.text().isEmpty());
    QCOMPARE(store.count(QStringLiteral("Inbox")), 0);
    QCOMPARE(onServer(user), 3);

    QSignalSpy closed(&other, &Pop3::Session::closed);
    other.quit([](Result<void>) {});
    QVERIFY(closed.wait(10'000));

    r = check(store, options(user));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(inbox(store), expected);
    QCOMPARE(onServer(user), 0);
}

void TestPop3FetchDovecot::twoAccountsInParallel()
{
    const auto expected1 = deliver(QStringLiteral("par1"), 30, 200);
    const auto expected2 = deliver(QStringLiteral("par2"), 25, 200);
    QTemporaryDir dir1, dir2;
    Store::MailStore store1(dir1.path()), store2(dir2.path());
    QVERIFY(store1.open().ok());
    QVERIFY(store2.open().ok());

    Pop3Fetcher f1(&store1, options(QStringLiteral("par1")));
    Pop3Fetcher f2(&store2, options(QStringLiteral("par2")));
    QSignalSpy done1(&f1, &Pop3Fetcher::finished), done2(&f2, &Pop3Fetcher::finished);
    QSignalSpy progress1(&f1, &Pop3Fetcher::progress), progress2(&f2, &Pop3Fetcher::progress);
    f1.start();
    f2.start();
    QTRY_VERIFY_WITH_TIMEOUT(done1.count() == 1 && done2.count() == 1, 60'000);
    // Both were under way at the same time: each made progress before the other ended.
    QVERIFY(f1.report().ok());
    QVERIFY(f2.report().ok());
    QCOMPARE(progress1.last().at(0).toInt(), 30);
    QCOMPARE(progress2.last().at(0).toInt(), 25);
    QCOMPARE(inbox(store1), expected1);
    QCOMPARE(inbox(store2), expected2);
    QCOMPARE(onServer(QStringLiteral("par1")), 0);
    QCOMPARE(onServer(QStringLiteral("par2")), 0);
}

QTEST_GUILESS_MAIN(TestPop3FetchDovecot)
#include "tst_pop3fetchdovecot.moc"
