// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Transcript tests: the session against tests/transcripts/pop3/*.txt through FakeTransport.
#include "support/faketransport.h"

#include "pop3/ops/deleop.h"
#include "pop3/ops/retrop.h"
#include "pop3/ops/scanop.h"
#include "pop3/session/pop3session.h"

#include <QSignalSpy>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Pop3;
using Pigeon::Test::FakeTransport;

namespace {

const QString kPassword = QStringLiteral("secret");

QString transcript(const QString &name)
{
    return QStringLiteral(PIGEON_SOURCE_DIR "/tests/transcripts/pop3/") + name;
}

SessionOptions defaultOptions()
{
    SessionOptions o;
    o.endpoint.host = QStringLiteral("pop.example.org");
    o.endpoint.port = 995;
    o.endpoint.security = Net::Security::ImplicitTls;
    o.username = QStringLiteral("alice");
    o.password = kPassword;
    return o;
}

/// A session wired to a FakeTransport playing one transcript.
struct Harness {
    FakeTransport *fake = nullptr;
    std::unique_ptr<Session> session;

    explicit Harness(const QString &file, const QByteArray &prefix = {})
    {
        fake = new FakeTransport;
        if (prefix.isEmpty()) {
            fake->loadScript(transcript(file));
        } else {
            QFile f(transcript(file));
            if (f.open(QIODevice::ReadOnly))
                fake->setScript(prefix + f.readAll());
        }
        session = std::make_unique<Session>(fake);
    }
    /// Opens and waits for the outcome; returns the error (None on success).
    MailError open(const SessionOptions &options)
    {
        QSignalSpy opened(session.get(), &Session::opened);
        QSignalSpy failed(session.get(), &Session::failed);
        session->open(options);
        if (!QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 5000))
            return MailError(MailError::Kind::Timeout, QStringLiteral("neither opened nor failed"));
        if (opened.count() + failed.count() != 1)
            return MailError(MailError::Kind::Internal, QStringLiteral("opened/failed more than once"));
        return failed.isEmpty() ? MailError() : failed.first().first().value<MailError>();
    }
    bool quitAndWait(Result<void> *out)
    {
        QSignalSpy closed(session.get(), &Session::closed);
        bool called = false;
        session->quit([&](Result<void> r) {
            called = true;
            *out = r;
        });
        return QTest::qWaitFor([&] { return called && closed.count() == 1; }, 5000);
    }
    bool waitClosed()
    {
        QSignalSpy closed(session.get(), &Session::closed);
        return session->state() == Session::State::Disconnected
            ? QTest::qWaitFor([&] { return closed.count() > 0 || fake->state() == Net::Transport::State::Disconnected; }, 5000)
            : closed.wait(5000);
    }
};

} // namespace

class TestPop3Session : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void login_data();
    void login();
    void everyCommand_data();
    void everyCommand();
    void multiLineEdgeCases();
    void pipelinedRetrWindow();
    void lockStepWithoutPipelining();
    void dropBeforeQuitDeletesNothing();
    void quitErr();
    void scanWithUidl();
    void scanWithoutUidl();
    void bodyTooLargeFailsAlone();
    void callbacksOnceOnDrop();
    void commandsBeforeLoginRefused();
};

void TestPop3Session::login_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("auth");
    QTest::addColumn<bool>("allowApop");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("serverCode");
    QTest::addColumn<QByteArray>("mechanism");

    const int tls = int(Net::Security::ImplicitTls);
    const int stls = int(Net::Security::StartTls);
    const int none = int(Net::Security::None);
    const int autoAuth = int(AuthMethod::Auto);
    const int ok = int(MailError::Kind::None);
    const QString alice = QStringLiteral("alice");

    QTest::newRow("USER/PASS") << "login-user-pass.txt" << tls << autoAuth << false << alice << kPassword << ok
                               << QString() << QByteArray("USER");
    QTest::newRow("AUTH PLAIN") << "login-sasl-plain.txt" << tls << autoAuth << false << alice << kPassword << ok
                                << QString() << QByteArray("PLAIN");
    QTest::newRow("AUTH LOGIN") << "login-sasl-login.txt" << tls << autoAuth << false << alice << kPassword << ok
                                << QString() << QByteArray("LOGIN");
    QTest::newRow("APOP rfc 1939") << "login-apop.txt" << tls << int(AuthMethod::Apop) << true << "mrose"
                                   << "tanstaaf" << ok << QString() << QByteArray("APOP");
    QTest::newRow("APOP chosen by auto when allowed") << "login-apop.txt" << tls << autoAuth << true << "mrose"
                                                      << "tanstaaf" << ok << QString() << QByteArray("APOP");
    QTest::newRow("APOP not allowed") << "apop-not-allowed.txt" << tls << int(AuthMethod::Apop) << false << "mrose"
                                      << "tanstaaf" << int(MailError::Kind::AuthFailed) << QString()
                                      << QByteArray();
    QTest::newRow("STLS") << "login-stls.txt" << stls << autoAuth << false << alice << kPassword << ok << QString()
                          << QByteArray("USER");
    QTest::newRow("STLS missing") << "stls-missing.txt" << stls << autoAuth << false << alice << kPassword
                                  << int(MailError::Kind::StartTlsUnavailable) << QString() << QByteArray();
    QTest::newRow("STLS refused") << "stls-refused.txt" << stls << autoAuth << false << alice << kPassword
                                  << int(MailError::Kind::StartTlsUnavailable) << QString() << QByteArray();
    QTest::newRow("plaintext refused") << "plaintext-refused.txt" << none << autoAuth << false << alice
                                       << kPassword << int(MailError::Kind::InsecureAuthRefused) << QString()
                                       << QByteArray();
    QTest::newRow("greeting -ERR") << "greeting-err.txt" << tls << autoAuth << false << alice << kPassword
                                   << int(MailError::Kind::ServerNo) << "SYS/TEMP" << QByteArray();
    QTest::newRow("[AUTH]") << "auth-failed.txt" << tls << autoAuth << false << alice << kPassword
                            << int(MailError::Kind::AuthFailed) << "AUTH" << QByteArray();
    QTest::newRow("no code: wrong password") << "auth-failed-nocode.txt" << tls << autoAuth << false << alice
                                             << kPassword << int(MailError::Kind::AuthFailed) << QString()
                                             << QByteArray();
    QTest::newRow("[IN-USE]") << "in-use.txt" << tls << autoAuth << false << alice << kPassword
                              << int(MailError::Kind::ServerNo) << "IN-USE" << QByteArray();
    QTest::newRow("maildrop already locked") << "locked-nocode.txt" << tls << autoAuth << false << alice
                                             << kPassword << int(MailError::Kind::ServerNo) << "IN-USE"
                                             << QByteArray();
    QTest::newRow("[LOGIN-DELAY]") << "login-delay.txt" << tls << autoAuth << false << alice << kPassword
                                   << int(MailError::Kind::ServerNo) << "LOGIN-DELAY" << QByteArray();
    QTest::newRow("[SYS/TEMP]") << "sys-temp.txt" << tls << autoAuth << false << alice << kPassword
                                << int(MailError::Kind::ServerNo) << "SYS/TEMP" << QByteArray();
    QTest::newRow("[SYS/PERM]") << "sys-perm.txt" << tls << autoAuth << false << alice << kPassword
                                << int(MailError::Kind::ServerNo) << "SYS/PERM" << QByteArray();
}

void TestPop3Session::login()
{
    QFETCH(QString, file);
    QFETCH(int, security);
    QFETCH(int, auth);
    QFETCH(bool, allowApop);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, errorKind);
    QFETCH(QString, serverCode);
    QFETCH(QByteArray, mechanism);

    Harness h(file);
    SessionOptions o = defaultOptions();
    o.endpoint.security = Net::Security(security);
    o.auth = AuthMethod(auth);
    o.allowApop = allowApop;
    o.username = user;
    o.password = password;

    const MailError error = h.open(o);
    QCOMPARE(MailError::kindName(error.kind()), MailError::kindName(MailError::Kind(errorKind)));
    if (error.isError()) {
        QCOMPARE(error.serverCode(), serverCode);
        QVERIFY(!error.text().isEmpty());
        QVERIFY(h.waitClosed());
        QCOMPARE(h.session->state(), Session::State::Disconnected);
    } else {
        QCOMPARE(h.session->state(), Session::State::Transaction);
        QCOMPARE(h.session->authenticatedWith(), mechanism);
        Result<void> quit = MailError(MailError::Kind::Internal, {});
        QVERIFY(h.quitAndWait(&quit));
        QVERIFY2(quit.ok(), qPrintable(quit.error().toString()));
    }
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
    // The password never travels through send(), so it never reaches a transcript log.
    for (const QByteArray &line : h.fake->plainSends())
        QVERIFY2(!line.contains(password.toUtf8()), line.constData());
    for (const QByteArray &line : h.fake->clientLog())
        QVERIFY2(!line.contains(password.toUtf8()), line.constData());
}

void TestPop3Session::everyCommand_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("batched delivery") << QByteArray();
    QTest::newRow("one line per event-loop turn") << QByteArray("SPLIT\n");
}

void TestPop3Session::everyCommand()
{
    QFETCH(QByteArray, prefix);
    Harness h(QStringLiteral("commands.txt"), prefix);
    QCOMPARE(h.open(defaultOptions()).kind(), MailError::Kind::None);
    QVERIFY(!h.session->isPipelining());

    int calls = 0;
    std::optional<Result<MaildropStat>> stat;
    std::optional<Result<QList<ListEntry>>> list;
    std::optional<Result<ListEntry>> list2;
    std::optional<Result<QList<UidlEntry>>> uidl;
    std::optional<Result<UidlEntry>> uidl2;
    std::optional<Result<QByteArray>> top, retr, retrDeleted;
    std::optional<Result<void>> dele, rset, noop, dele2, quit;
    Session &s = *h.session;
    s.stat([&](auto r) { stat = r; ++calls; });
    s.list([&](auto r) { list = r; ++calls; });
    s.list(2, [&](auto r) { list2 = r; ++calls; });
    s.uidl([&](auto r) { uidl = r; ++calls; });
    s.uidl(2, [&](auto r) { uidl2 = r; ++calls; });
    s.top(1, 0, [&](auto r) { top = r; ++calls; });
    s.retr(1, 120, [&](auto r) { retr = r; ++calls; });
    s.dele(1, [&](auto r) { dele = r; ++calls; });
    s.retr(1, 120, [&](auto r) { retrDeleted = r; ++calls; });
    s.rset([&](auto r) { rset = r; ++calls; });
    s.noop([&](auto r) { noop = r; ++calls; });
    s.dele(2, [&](auto r) { dele2 = r; ++calls; });
    QSignalSpy closed(&s, &Session::closed);
    s.quit([&](auto r) { quit = r; ++calls; });
    QVERIFY(closed.wait(5000));
    QCOMPARE(calls, 13);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
    QCOMPARE(h.fake->maxClientBurst(), 1); // lock-step: never two commands unanswered

    QCOMPARE(stat->value().count, 2);
    QCOMPARE(stat->value().octets, 320);
    QCOMPARE(list->value().size(), 2);
    QCOMPARE(list->value().at(1).size, 200);
    QCOMPARE(list2->value().number, 2);
    QCOMPARE(list2->value().size, 200);
    QCOMPARE(uidl->value().at(0).uid, QByteArray("whqtswO00WBw418f9t5JxYwZ"));
    QCOMPARE(uidl2->value().uid, QByteArray("QhdPYR:00WBw1Ph7x7"));
    QCOMPARE(top->value(), QByteArray("Subject: one\r\nFrom: a@example.org\r\n\r\n"));
    QCOMPARE(retr->value(), QByteArray("Subject: one\r\nFrom: a@example.org\r\n\r\nHello.\r\n"));
    QVERIFY(dele->ok());
    QVERIFY(!retrDeleted->ok());
    QCOMPARE(retrDeleted->error().kind(), MailError::Kind::ServerNo);
    QVERIFY(rset->ok());
    QVERIFY(noop->ok());
    QVERIFY(dele2->ok());
    QVERIFY(quit->ok());
}

void TestPop3Session::multiLineEdgeCases()
{
    Harness h(QStringLiteral("multiline-edge.txt"));
    QCOMPARE(h.open(defaultOptions()).kind(), MailError::Kind::None);
    QList<QByteArray> bodies;
    for (int i = 1; i <= 4; ++i)
        h.session->retr(i, 100, [&](Result<QByteArray> r) { bodies.append(r ? *r : QByteArray("ERROR")); });
    Result<void> quit = MailError();
    QVERIFY(h.quitAndWait(&quit));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
    QCOMPARE(bodies.size(), 4);
    QCOMPARE(bodies.at(0), QByteArray("Subject: dots\r\n\r\n.\r\n.foo\r\n space\r\nend.\r\n"));
    QCOMPARE(bodies.at(1), QByteArray());
    QCOMPARE(bodies.at(2), QByteArray("Subject: lf\n\nbody\n.\n"));
    QCOMPARE(bodies.at(3), QByteArray("Subject: x\r\n\r\nno newline at end\r\n"));
}

namespace {

const QByteArray kBody = "Subject: m%1\r\n\r\n0123456789012345678901234567890123456789012345678901234567890123456789012\r\n";

QList<MessageRef> fiveRefs()
{
    QList<MessageRef> refs;
    for (int i = 1; i <= 5; ++i)
        refs.append(MessageRef{i, 100, "uid" + QByteArray::number(i), false});
    return refs;
}

/// Runs a ScanOp to its end.
Result<QList<MessageRef>> scan(Session *session)
{
    ScanOp op(session);
    std::optional<Result<QList<MessageRef>>> out;
    int calls = 0;
    QObject::connect(&op, &ScanOp::finished, [&](const Result<QList<MessageRef>> &r) {
        out = r;
        ++calls;
    });
    op.start();
    if (!QTest::qWaitFor([&] { return calls > 0; }, 5000) || calls != 1)
        return MailError(MailError::Kind::Timeout, QStringLiteral("ScanOp did not finish exactly once"));
    return *out;
}

/// RETR all, then DELE all, then QUIT, as the retrieval policy does (minus the store).
void retrDeleQuit(Harness &h, QList<QByteArray> *bodies, Result<void> *quit)
{
    Session *s = h.session.get();
    auto *retr = new RetrOp(s, fiveRefs(), s);
    QObject::connect(retr, &RetrOp::messageRetrieved, s, [bodies](const MessageRef &ref, const QByteArray &m) {
        QCOMPARE(m, QByteArray(kBody).replace("%1", QByteArray::number(ref.number)));
        bodies->append(m);
    });
    QObject::connect(retr, &RetrOp::finished, s, [s, quit](const Result<void> &r) {
        QVERIFY(r.ok());
        auto *dele = new DeleOp(s, {1, 2, 3, 4, 5}, s);
        QObject::connect(dele, &DeleOp::finished, s, [s, dele, quit](const Result<void> &d) {
            QVERIFY(d.ok());
            QCOMPARE(dele->marked().size(), 5);
            s->quit([quit](Result<void> q) { *quit = q; });
        });
        dele->start();
    });
    retr->start();
}

} // namespace

void TestPop3Session::pipelinedRetrWindow()
{
    Harness h(QStringLiteral("pipelining-window.txt"));
    SessionOptions o = defaultOptions();
    o.pipelineWindowBytes = 250; // two 100-byte messages fit, a third does not
    QCOMPARE(h.open(o).kind(), MailError::Kind::None);
    QVERIFY(h.session->isPipelining());
    QList<QByteArray> bodies;
    Result<void> quit = MailError(MailError::Kind::Internal, {});
    QSignalSpy closed(h.session.get(), &Session::closed);
    retrDeleQuit(h, &bodies, &quit);
    QVERIFY(closed.wait(5000));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
    QCOMPARE(bodies.size(), 5);
    QVERIFY(quit.ok());
    QCOMPARE(h.fake->maxClientBurst(), 5); // the five DELEs went out together
}

void TestPop3Session::lockStepWithoutPipelining()
{
    Harness h(QStringLiteral("lockstep.txt"));
    SessionOptions o = defaultOptions();
    o.pipelineWindowBytes = 1 << 30;
    QCOMPARE(h.open(o).kind(), MailError::Kind::None);
    QVERIFY(!h.session->isPipelining());
    QList<QByteArray> bodies;
    auto *retr = new RetrOp(h.session.get(), fiveRefs().mid(0, 3), h.session.get());
    connect(retr, &RetrOp::messageRetrieved, this, [&](const MessageRef &, const QByteArray &m) { bodies.append(m); });
    QSignalSpy done(retr, &RetrOp::finished);
    retr->start();
    QVERIFY(done.wait(5000));
    QCOMPARE(done.count(), 1);
    QCOMPARE(bodies.size(), 3);
    Result<void> quit = MailError();
    QVERIFY(h.quitAndWait(&quit));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
    QCOMPARE(h.fake->maxClientBurst(), 1);
}

void TestPop3Session::dropBeforeQuitDeletesNothing()
{
    Harness h(QStringLiteral("drop-before-quit.txt"));
    QCOMPARE(h.open(defaultOptions()).kind(), MailError::Kind::None);
    QSignalSpy failed(h.session.get(), &Session::failed);
    std::optional<Result<QByteArray>> retr;
    std::optional<Result<void>> dele;
    h.session->retr(1, 100, [&](auto r) { retr = r; });
    h.session->dele(1, [&](auto r) { dele = r; });
    Result<void> quit = Result<void>();
    QVERIFY(h.quitAndWait(&quit));
    QVERIFY(retr->ok());
    QVERIFY(dele->ok());
    // QUIT was never confirmed: the caller must treat every DELE as undone.
    QVERIFY(!quit.ok());
    QCOMPARE(quit.error().kind(), MailError::Kind::Network);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(h.session->state(), Session::State::Disconnected);
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestPop3Session::quitErr()
{
    Harness h(QStringLiteral("quit-err.txt"));
    QCOMPARE(h.open(defaultOptions()).kind(), MailError::Kind::None);
    h.session->dele(1, [](Result<void> r) { QVERIFY(r.ok()); });
    Result<void> quit = Result<void>();
    QVERIFY(h.quitAndWait(&quit));
    QVERIFY(!quit.ok());
    QCOMPARE(quit.error().kind(), MailError::Kind::ServerNo);
    QCOMPARE(quit.error().serverCode(), QStringLiteral("SYS/TEMP"));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestPop3Session::scanWithUidl()
{
    Harness h(QStringLiteral("scan-uidl.txt"));
    QCOMPARE(h.open(defaultOptions()).kind(), MailError::Kind::None);
    const auto result = scan(h.session.get());
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 2);
    QCOMPARE(result->at(0), (MessageRef{1, 1200, "00000001567a1b2c", false}));
    QCOMPARE(result->at(1), (MessageRef{2, 35000, "00000002567a1b2c", false}));
    Result<void> quit = MailError();
    QVERIFY(h.quitAndWait(&quit));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestPop3Session::scanWithoutUidl()
{
    Harness h(QStringLiteral("scan-no-uidl.txt"));
    QCOMPARE(h.open(defaultOptions()).kind(), MailError::Kind::None);
    const auto result = scan(h.session.get());
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 2);
    for (const MessageRef &ref : *result) {
        QVERIFY(ref.fingerprint);
        QVERIFY(ref.uid.startsWith("~100-"));
        QCOMPARE(ref.uid.size(), 5 + 64);
    }
    // Same size, different headers: different fingerprints.
    QVERIFY(result->at(0).uid != result->at(1).uid);
    const QByteArray headers = "Message-ID: <a@x>\r\nSubject: same size\r\n\r\n";
    QCOMPARE(result->at(0).uid, "~100-" + QCryptographicHash::hash(headers, QCryptographicHash::Sha256).toHex());
    Result<void> quit = MailError();
    QVERIFY(h.quitAndWait(&quit));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestPop3Session::bodyTooLargeFailsAlone()
{
    Harness h(QStringLiteral("body-too-large.txt"));
    SessionOptions o = defaultOptions();
    o.parserLimits.maxBodySize = 50;
    QCOMPARE(h.open(o).kind(), MailError::Kind::None);
    std::optional<Result<QByteArray>> big, small;
    h.session->retr(1, 100, [&](auto r) { big = r; });
    h.session->retr(2, 100, [&](auto r) { small = r; });
    Result<void> quit = MailError();
    QVERIFY(h.quitAndWait(&quit));
    QVERIFY(quit.ok());
    QCOMPARE(big->error().kind(), MailError::Kind::LimitExceeded);
    QCOMPARE(small->value(), QByteArray("small\r\n"));
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestPop3Session::callbacksOnceOnDrop()
{
    // The server breaks the connection in the middle of a pipelined batch.
    QByteArray script = "S: +OK\nC: CAPA\nS: +OK\nS: PIPELINING\nS: .\nC: USER alice\nS: +OK\n"
                        "C: PASS <redacted>\nS: +OK\nC: RETR 1\nC: RETR 2\nC: RETR 3\nS: +OK\nS: partial\nABORT\n";
    auto *fake = new FakeTransport;
    QVERIFY(fake->setScript(script));
    Session session(fake);
    QSignalSpy opened(&session, &Session::opened);
    QSignalSpy failed(&session, &Session::failed);
    QSignalSpy closed(&session, &Session::closed);
    session.open(defaultOptions());
    QVERIFY(opened.wait(5000));
    QList<int> calls(4, 0);
    QList<MailError::Kind> kinds(4, MailError::Kind::None);
    for (int i = 1; i <= 3; ++i)
        session.retr(i, 10, [&, i](Result<QByteArray> r) {
            ++calls[i];
            kinds[i] = r ? MailError::Kind::None : r.error().kind();
        });
    QVERIFY(closed.wait(5000));
    QCOMPARE(calls, QList<int>({0, 1, 1, 1}));
    QCOMPARE(kinds.at(1), MailError::Kind::Network);
    QCOMPARE(kinds.at(3), MailError::Kind::Network);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(closed.count(), 1);
    QVERIFY2(fake->verify(), qPrintable(fake->report()));
}

void TestPop3Session::commandsBeforeLoginRefused()
{
    auto *fake = new FakeTransport;
    QVERIFY(fake->setScript("S: +OK\n"));
    Session session(fake);
    int calls = 0;
    session.stat([&](Result<MaildropStat> r) {
        ++calls;
        QVERIFY(!r.ok());
    });
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestPop3Session)
#include "tst_pop3session.moc"
