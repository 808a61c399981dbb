// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Pop3Fetcher's safety rules against a simulated server that fails at every step: a
// dropped connection before and after each RETR, DELE and QUIT reply, -ERR everywhere,
// an endless line, lying sizes, no UIDL, cancel, a 50 MB message. After each fault and
// one clean check: no message lost, none twice, and the server never deleted a message
// that was not committed in the local store at that very moment.
#include "fakemaildrop.h"

#include "store/mailstore.h"
#include "sync/pop3fetcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Pigeon;
using namespace Pigeon::Sync;
using Pigeon::Account::LeaveOnServer;
using Pigeon::Test::FakeMaildrop;
using Pigeon::Test::MaildropTransport;
using Action = FakeMaildrop::Action;

Q_DECLARE_METATYPE(FakeMaildrop::Action)

namespace {

QByteArray message(int n, int bodyLines = 4)
{
    QByteArray m = "From: a@example.org\r\nSubject: message " + QByteArray::number(n)
        + "\r\nMessage-ID: <" + QByteArray::number(n) + "@fake>\r\n\r\nFrom the body\r\n.leading dot\r\n";
    for (int i = 0; i < bodyLines; ++i)
        m += "body line " + QByteArray::number(i) + "\r\n";
    return m;
}

std::shared_ptr<FakeMaildrop> maildrop(int count)
{
    auto drop = std::make_shared<FakeMaildrop>();
    for (int i = 1; i <= count; ++i)
        drop->messages.append({"uid-" + QByteArray::number(i), message(i), -1});
    return drop;
}

struct Harness {
    QTemporaryDir dir;
    Store::MailStore store{dir.path()};
    std::shared_ptr<FakeMaildrop> drop;
    QHash<QByteArray, QByteArray> original; ///< uidl -> bytes
    QStringList violations;

    explicit Harness(std::shared_ptr<FakeMaildrop> d)
        : drop(std::move(d))
    {
        if (!store.open())
            violations << QStringLiteral("store did not open");
        for (const auto &m : drop->messages)
            original.insert(m.uidl, m.bytes);
        // The rule of issue 5, checked at the instant the server deletes.
        drop->onDelete = [this](const FakeMaildrop::Message &m) {
            // By UIDL, or (a server without UIDL: fingerprints) by content.
            std::optional<Store::MessageId> id = store.index().findByUidl(m.uidl);
            if (!id) {
                const auto rows = store.list(QStringLiteral("Inbox"), 0, 1'000'000);
                for (const Store::MessageRow &r : rows.valueOr({})) {
                    if (store.messageBytes(r.id).valueOr(QByteArray()) == m.bytes)
                        id = r.id;
                }
            }
            if (!id)
                violations << QStringLiteral("server deleted %1, not stored here").arg(QString::fromLatin1(m.uidl));
            else if (store.row(*id)->flags & Store::MessageFlag::Partial)
                violations << QStringLiteral("server deleted %1, only partly here").arg(QString::fromLatin1(m.uidl));
        };
    }

    /// The stored messages' bytes, sorted (ids may be fingerprints rather than UIDLs).
    QList<QByteArray> storedBytes()
    {
        QList<QByteArray> v = stored().values();
        std::sort(v.begin(), v.end());
        return v;
    }
    QList<QByteArray> originalBytes() const
    {
        QList<QByteArray> v = original.values();
        std::sort(v.begin(), v.end());
        return v;
    }

    FetchOptions options(LeaveOnServer policy = LeaveOnServer::Never) const
    {
        FetchOptions o;
        o.session.endpoint.host = QStringLiteral("pop.example.org");
        o.session.endpoint.port = 995;
        o.session.username = QStringLiteral("u");
        o.session.password = QStringLiteral("p");
        o.session.auth = Pop3::AuthMethod::UserPass;
        o.policy.leaveOnServer = policy;
        o.batchMessages = 2;
        return o;
    }

    FetchReport check(const FetchOptions &o, std::function<void(Pop3Fetcher &)> during = {})
    {
        Pop3Fetcher fetcher(&store, o);
        fetcher.setTransportFactory([this] { return new MaildropTransport(drop); });
        QSignalSpy finished(&fetcher, &Pop3Fetcher::finished);
        if (during)
            during(fetcher);
        fetcher.start();
        if (!finished.wait(60'000)) {
            violations << QStringLiteral("no finished()");
            return {};
        }
        QTest::qWait(10);
        if (finished.count() != 1)
            violations << QStringLiteral("finished() %1 times").arg(finished.count());
        return finished.first().first().value<FetchReport>();
    }

    /// uidl -> stored bytes; a duplicate is a violation.
    QHash<QByteArray, QByteArray> stored()
    {
        QHash<QByteArray, QByteArray> out;
        const auto rows = store.list(QStringLiteral("Inbox"), 0, 1'000'000);
        if (!rows)
            return out;
        for (const Store::MessageRow &r : *rows) {
            if (out.contains(r.origin.uidl))
                violations << QStringLiteral("duplicate %1").arg(QString::fromLatin1(r.origin.uidl));
            out.insert(r.origin.uidl, store.messageBytes(r.id).valueOr(QByteArray()));
        }
        return out;
    }
};

qint64 peakRssKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

class TestPop3Fetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void faultThenCleanCheck_data();
    void faultThenCleanCheck();
    void lyingSizes();
    void withoutUidl();
    void uidlDisappears();
    void cancelAndResume();
    void partialNeverDeleted();
    void fiftyMegabytes();
};

void TestPop3Fetcher::faultThenCleanCheck_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("pipelining");
    const QList<QPair<const char *, Action>> actions{{"drop", Action::DropInsteadOfReply},
                                                     {"reply+drop", Action::DropAfterReply},
                                                     {"err", Action::Err}};
    for (bool pipe : {false, true}) {
        const char *mode = pipe ? "pipelined" : "lockstep";
        for (const char *verb : {"RETR", "DELE"}) {
            for (int n = 1; n <= 5; ++n) {
                for (const auto &[name, action] : actions)
                    QTest::addRow("%s %s#%d %s", mode, verb, n, name) << QByteArray(verb) << n << action << pipe;
            }
        }
        for (const char *verb : {"UIDL", "LIST", "QUIT", "USER", "PASS", "CAPA"}) {
            for (const auto &[name, action] : actions)
                QTest::addRow("%s %s %s", mode, verb, name) << QByteArray(verb) << 1 << action << pipe;
        }
        QTest::addRow("%s QUIT applied, reply lost", mode) << QByteArray("QUIT") << 1 << Action::QuitAppliedNoReply << pipe;
        for (int n : {1, 3, 5})
            QTest::addRow("%s RETR#%d endless line", mode, n) << QByteArray("RETR") << n << Action::EndlessLine << pipe;
        QTest::addRow("%s LIST endless line", mode) << QByteArray("LIST") << 1 << Action::EndlessLine << pipe;
    }
}

void TestPop3Fetcher::faultThenCleanCheck()
{
    QFETCH(QByteArray, command);
    QFETCH(int, occurrence);
    QFETCH(Action, action);
    QFETCH(bool, pipelining);
    Harness h(maildrop(5));
    h.drop->pipelining = pipelining;
    h.drop->faults.append({command, occurrence, action});

    const FetchReport faulted = h.check(h.options());
    h.stored(); // no duplicate even now
    QVERIFY2(h.violations.isEmpty(), qPrintable(h.violations.join(u'\n')));

    // The next check (the fault is gone) completes the job.
    const FetchReport clean = h.check(h.options());
    QVERIFY2(clean.ok(), qPrintable(clean.error.toString()));
    const auto stored = h.storedBytes();
    QVERIFY2(h.violations.isEmpty(), qPrintable(h.violations.join(u'\n')));
    QCOMPARE(stored, h.originalBytes()); // each once, byte-exact
    QCOMPARE(h.drop->messages.size(), 0);
    if (faulted.ok())
        QVERIFY(action == Action::Err || action == Action::DropAfterReply);
}

void TestPop3Fetcher::lyingSizes()
{
    auto drop = maildrop(4);
    drop->messages[0].listedSize = 3;          // far too small
    drop->messages[1].listedSize = 50'000'000; // far too large
    drop->messages[2].listedSize = 0;
    drop->pipelining = true;
    Harness h(drop);
    const FetchReport r = h.check(h.options());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(h.stored(), h.original);
    QCOMPARE(h.drop->messages.size(), 0);
    QVERIFY(h.violations.isEmpty());
}

void TestPop3Fetcher::withoutUidl()
{
    auto drop = maildrop(4);
    drop->uidl = false;
    Harness h(drop);
    FetchReport r = h.check(h.options(LeaveOnServer::Forever));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QVERIFY(r.fingerprints);
    QCOMPARE(r.downloaded, 4);
    r = h.check(h.options(LeaveOnServer::Forever));
    QVERIFY(r.ok());
    QCOMPARE(r.downloaded, 0); // recognised by fingerprint
    QCOMPARE(h.store.count(QStringLiteral("Inbox")), 4);
    r = h.check(h.options(LeaveOnServer::Never));
    QVERIFY(r.ok());
    QCOMPARE(r.deleted, 4);
    QCOMPARE(h.drop->messages.size(), 0);
    QVERIFY2(h.violations.isEmpty(), qPrintable(h.violations.join(u'\n')));
}

void TestPop3Fetcher::uidlDisappears()
{
    // A server that answered UIDL before and now does not would make every message look
    // new (fingerprints differ from UIDLs): refuse rather than download duplicates.
    Harness h(maildrop(3));
    FetchReport r = h.check(h.options(LeaveOnServer::Forever));
    QVERIFY(r.ok());
    h.drop->uidl = false;
    r = h.check(h.options(LeaveOnServer::Forever));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind(), MailError::Kind::Protocol);
    QCOMPARE(h.store.count(QStringLiteral("Inbox")), 3);
    h.drop->uidl = true;
    r = h.check(h.options(LeaveOnServer::Forever));
    QVERIFY(r.ok());
    QCOMPARE(r.downloaded, 0);
}

void TestPop3Fetcher::cancelAndResume()
{
    auto drop = maildrop(200);
    drop->pipelining = true;
    Harness h(drop);
    FetchOptions o = h.options();
    o.batchMessages = 16;
    int cancelledAt = -1;
    const FetchReport r = h.check(o, [&](Pop3Fetcher &f) {
        QObject::connect(&f, &Pop3Fetcher::progress, &f, [&](int done, int, qint64) {
            if (done == 50 && cancelledAt < 0) {
                cancelledAt = done;
                f.cancel();
            }
        });
    });
    QCOMPARE(cancelledAt, 50);
    QCOMPARE(r.error.kind(), MailError::Kind::Cancelled);
    QCOMPARE(h.drop->messages.size(), 200); // nothing deleted without QUIT
    QVERIFY(h.store.count(QStringLiteral("Inbox")) >= 50); // what arrived is kept

    const FetchReport again = h.check(o);
    QVERIFY2(again.ok(), qPrintable(again.error.toString()));
    QCOMPARE(h.stored(), h.original);
    QCOMPARE(h.drop->messages.size(), 0);
    QVERIFY2(h.violations.isEmpty(), qPrintable(h.violations.join(u'\n')));
}

void TestPop3Fetcher::partialNeverDeleted()
{
    auto drop = maildrop(3);
    drop->messages[1].bytes = message(2, 5000);
    Harness h(drop);
    FetchOptions o = h.options(LeaveOnServer::Never);
    o.policy.autoDownloadLimit = 10'000;
    o.partialLines = 2;
    FetchReport r = h.check(o);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.partial, 1);
    QCOMPARE(r.downloaded, 2);
    QCOMPARE(h.drop->messages.size(), 1);
    r = h.check(o);
    QVERIFY(r.ok());
    QCOMPARE(h.drop->messages.size(), 1);
    QCOMPARE(h.store.count(QStringLiteral("Inbox")), 3);
    QVERIFY2(h.violations.isEmpty(), qPrintable(h.violations.join(u'\n')));

    // Gone from the server before the user asked for the rest: a clear NotFound, the
    // partial copy stays.
    h.drop->messages.clear();
    Pop3Fetcher full(&h.store, o);
    full.setTransportFactory([&h] { return new MaildropTransport(h.drop); });
    QSignalSpy finished(&full, &Pop3Fetcher::finished);
    full.downloadFull({"uid-2"});
    QVERIFY(finished.wait(10'000));
    QCOMPARE(full.report().error.kind(), MailError::Kind::NotFound);
    QCOMPARE(h.store.count(QStringLiteral("Inbox")), 3);
}

void TestPop3Fetcher::fiftyMegabytes()
{
    auto drop = maildrop(2);
    QByteArray big = message(99, 0);
    const QByteArray line = QByteArray(76, 'Q') + "\r\n";
    while (big.size() < 50 * 1000 * 1000)
        big += line;
    drop->messages.insert(1, {"uid-big", big, -1});
    drop->pipelining = true;
    Harness h(drop);
    const qint64 before = peakRssKiB();
    const FetchReport r = h.check(h.options());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const qint64 grewMiB = (peakRssKiB() - before) / 1024;
    qInfo("peak RSS grew by %lld MiB for a 50 MB message", grewMiB);
    // The simulated server holds its own copies (maildrop, dot-stuffed reply lines), so
    // the bound is loose: it fails when messages pile up or copies multiply.
#ifndef __SANITIZE_ADDRESS__ // ASan's redzones and quarantine make RSS meaningless
    QVERIFY2(grewMiB < 400, qPrintable(QString::number(grewMiB)));
#endif
    QCOMPARE(h.stored().value("uid-big"), big);
    QCOMPARE(h.drop->messages.size(), 0);
}

QTEST_GUILESS_MAIN(TestPop3Fetcher)
#include "tst_pop3fetcher.moc"
