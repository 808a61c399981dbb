// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The POP3 engine against a real Dovecot 2.3 over SslTransport: logins, STLS/POP3S,
// byte-exact retrieval pipelined and in lock-step, the maildrop lock, DELE semantics.
#include "support/testmailserver.h"

#include "net/ssltransport.h"
#include "pop3/ops/deleop.h"
#include "pop3/ops/retrop.h"
#include "pop3/ops/scanop.h"
#include "pop3/session/pop3session.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Pop3;
using Pigeon::Test::TestMailServer;

namespace {

/// What Dovecot serves for a stored file (RECIPE gotcha 11 and RFC 1939 §3): every line
/// end as CRLF, and a final CRLF added when the file lacks one.
QByteArray servedForm(QByteArray file)
{
    QByteArray out;
    out.reserve(file.size() + file.size() / 20);
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

QByteArray makeMessage(int n, const QByteArray &subject, const QByteArray &body)
{
    return "From: Sender <sender@example.org>\nTo: alice@example.org\nSubject: " + subject
        + "\nMessage-ID: <" + QByteArray::number(n) + "@pigeon.test>\nMIME-Version: 1.0\n"
          "Content-Type: text/plain; charset=utf-8\n\n" + body;
}

/// QVERIFY2 evaluates its message even when the check passes: never touch error() then.
template<typename T>
QString why(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

/// Runs one open() to its end.
MailError openSession(Session &session, const SessionOptions &options)
{
    QSignalSpy opened(&session, &Session::opened);
    QSignalSpy failed(&session, &Session::failed);
    session.open(options);
    if (!QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 30'000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("no outcome"));
    return failed.isEmpty() ? MailError() : failed.first().first().value<MailError>();
}

Result<QList<MessageRef>> scan(Session &session)
{
    ScanOp op(&session);
    std::optional<Result<QList<MessageRef>>> out;
    QObject::connect(&op, &ScanOp::finished, [&](const Result<QList<MessageRef>> &r) { out = r; });
    op.start();
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30'000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("scan"));
    return *out;
}

Result<QList<QByteArray>> retrieveAll(Session &session, const QList<MessageRef> &refs)
{
    RetrOp op(&session, refs);
    QList<QByteArray> messages;
    std::optional<Result<void>> done;
    QObject::connect(&op, &RetrOp::messageRetrieved,
                     [&](const MessageRef &, const QByteArray &m) { messages.append(m); });
    QObject::connect(&op, &RetrOp::finished, [&](const Result<void> &r) { done = r; });
    op.start();
    if (!QTest::qWaitFor([&] { return done.has_value(); }, 60'000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("retr"));
    if (!done->ok())
        return done->error();
    return messages;
}

Result<void> quit(Session &session)
{
    std::optional<Result<void>> out;
    QSignalSpy closed(&session, &Session::closed);
    session.quit([&](Result<void> r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value() && closed.count() > 0; }, 30'000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("quit"));
    return *out;
}

} // namespace

class TestPop3Dovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void login_data();
    void login();
    void wrongPassword();
    void stlsUnavailable();
    void retrieveByteExact_data();
    void retrieveByteExact();
    void topHeaders();
    void secondClientGetsInUse();
    void deleteTakesEffectOnlyAtQuit();

private:
    SessionOptions options(TestMailServer::Service service, const QString &user = QStringLiteral("alice")) const;

    TestMailServer m_server;
    QTemporaryDir m_seed;
    QList<QByteArray> m_expected; ///< served forms of the seeded files, sorted
};

SessionOptions TestPop3Dovecot::options(TestMailServer::Service service, const QString &user) const
{
    SessionOptions o;
    o.endpoint = m_server.endpoint(service);
    o.username = user;
    o.password = m_server.password(user);
    return o;
}

void TestPop3Dovecot::initTestCase()
{
    QVERIFY(m_seed.isValid());
    QList<QByteArray> files;
    files << makeMessage(1, "plain", "Hello.\n");
    // RFC 1939 §3 byte-stuffing in both directions: lines that are or start with dots.
    files << makeMessage(2, "dots", ".\n..\n.foo\n. space\nend.\n");
    files << makeMessage(3, "no final newline", "last line without newline");
    files << makeMessage(4, "crlf", "stored\r\nwith\r\nCRLF\r\n").replace("\n", "\r\n").replace("\r\r\n", "\r\n");
    files << makeMessage(5, "=?UTF-8?B?2LPZhNin2YU=?=", "Привет, سلام, Zażółć gęślą jaźń.\n");
    files << makeMessage(6, "empty body", "");
    QByteArray big;
    for (int i = 0; big.size() < 300 * 1024; ++i)
        big += "line " + QByteArray::number(i) + " of a long message, some text to fill it up.\n";
    files << makeMessage(7, "big", big);
    // Enough small ones for several pipelining windows.
    for (int i = 8; i < 48; ++i)
        files << makeMessage(i, "small " + QByteArray::number(i), QByteArray((i * 97) % 3000 + 1, 'x') + "\n");
    for (int i = 0; i < files.size(); ++i) {
        QFile f(m_seed.filePath(QStringLiteral("m%1.eml").arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(files.at(i));
        m_expected.append(servedForm(files.at(i)));
    }
    std::sort(m_expected.begin(), m_expected.end());

    TestMailServer::Options o;
    o.seedDir = m_seed.path();
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));

    // APOP needs the mechanism enabled (the passdb is PLAIN, so Dovecot can compute the
    // digest) and [IN-USE] needs pop3_lock_session (Dovecot's default lets two sessions
    // in). Neither is the fixture's default: add both and reload.
    QFile conf(m_server.dovecotConf());
    QVERIFY(conf.open(QIODevice::Append));
    conf.write("\nauth_mechanisms = plain login apop\nprotocol pop3 {\n  pop3_lock_session = yes\n}\n");
    conf.close();
    const auto reload = m_server.doveadm({QStringLiteral("reload")});
    QVERIFY2(reload.ok(), reload.err.constData());
    // The reload is asynchronous: wait until a greeting carries the APOP timestamp.
    const bool apopReady = QTest::qWaitFor([&] {
        QTcpSocket probe;
        probe.connectToHost(m_server.host(), m_server.port(TestMailServer::Service::Pop3));
        if (!probe.waitForConnected(2000) || !probe.waitForReadyRead(2000))
            return false;
        return probe.readLine().contains('<');
    }, 15'000);
    QVERIFY(apopReady);
}

void TestPop3Dovecot::cleanupTestCase()
{
    m_server.stop();
}

void TestPop3Dovecot::login_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("auth");
    QTest::addColumn<QByteArray>("mechanism");
    const int pop3s = int(TestMailServer::Service::Pop3s);
    const int pop3 = int(TestMailServer::Service::Pop3);
    QTest::newRow("POP3S USER/PASS") << pop3s << int(AuthMethod::UserPass) << QByteArray("USER");
    QTest::newRow("POP3S AUTH PLAIN") << pop3s << int(AuthMethod::SaslPlain) << QByteArray("PLAIN");
    QTest::newRow("POP3S AUTH LOGIN") << pop3s << int(AuthMethod::SaslLogin) << QByteArray("LOGIN");
    QTest::newRow("POP3S APOP") << pop3s << int(AuthMethod::Apop) << QByteArray("APOP");
    QTest::newRow("STLS auto") << pop3 << int(AuthMethod::Auto) << QByteArray("PLAIN");
    QTest::newRow("STLS USER/PASS") << pop3 << int(AuthMethod::UserPass) << QByteArray("USER");
}

void TestPop3Dovecot::login()
{
    QFETCH(int, service);
    QFETCH(int, auth);
    QFETCH(QByteArray, mechanism);
    SessionOptions o = options(TestMailServer::Service(service), QStringLiteral("bob"));
    o.auth = AuthMethod(auth);
    o.allowApop = true;
    Session session(new Net::SslTransport);
    const MailError error = openSession(session, o);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QVERIFY(session.transport()->isEncrypted());
    QCOMPARE(session.authenticatedWith(), mechanism);
    QVERIFY(session.capabilities().pipelining());
    if (mechanism == "APOP")
        QVERIFY(!session.apopTimestamp().isEmpty());
    const Result<void> q = quit(session);
    QVERIFY2(q.ok(), qPrintable(q.error().toString()));
}

void TestPop3Dovecot::wrongPassword()
{
    SessionOptions o = options(TestMailServer::Service::Pop3s, QStringLiteral("bob"));
    o.password = QStringLiteral("not-the-password");
    Session session(new Net::SslTransport);
    const MailError error = openSession(session, o);
    QCOMPARE(MailError::kindName(error.kind()), MailError::kindName(MailError::Kind::AuthFailed));
    QCOMPARE(error.serverCode(), QStringLiteral("AUTH")); // Dovecot has AUTH-RESP-CODE
}

void TestPop3Dovecot::stlsUnavailable()
{
    // The third address serves POP3 without STLS; the account demands STARTTLS.
    SessionOptions o = options(TestMailServer::Service::Pop3, QStringLiteral("bob"));
    o.endpoint.host = m_server.noStartTlsHost();
    Session session(new Net::SslTransport);
    const MailError error = openSession(session, o);
    QCOMPARE(MailError::kindName(error.kind()), MailError::kindName(MailError::Kind::StartTlsUnavailable));
}

void TestPop3Dovecot::retrieveByteExact_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<qint64>("window");
    QTest::newRow("POP3S pipelined 64 KiB window") << int(TestMailServer::Service::Pop3s) << true << qint64(64 * 1024);
    QTest::newRow("POP3S pipelined 1 MiB window") << int(TestMailServer::Service::Pop3s) << true << qint64(1 << 20);
    QTest::newRow("POP3S lock-step") << int(TestMailServer::Service::Pop3s) << false << qint64(1 << 20);
    QTest::newRow("STLS pipelined") << int(TestMailServer::Service::Pop3) << true << qint64(256 * 1024);
}

void TestPop3Dovecot::retrieveByteExact()
{
    QFETCH(int, service);
    QFETCH(bool, pipelining);
    QFETCH(qint64, window);
    SessionOptions o = options(TestMailServer::Service(service));
    o.usePipelining = pipelining;
    o.pipelineWindowBytes = window;
    Session session(new Net::SslTransport);
    const MailError error = openSession(session, o);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(session.isPipelining(), pipelining);

    const auto refs = scan(session);
    QVERIFY2(refs.ok(), qPrintable(why(refs)));
    QCOMPARE(refs->size(), m_expected.size());
    for (const MessageRef &ref : *refs) {
        QVERIFY(!ref.fingerprint);
        QVERIFY(!ref.uid.isEmpty());
    }
    auto retrieved = retrieveAll(session, *refs);
    QVERIFY2(retrieved.ok(), qPrintable(why(retrieved)));
    QList<QByteArray> messages = std::move(retrieved).value();
    QCOMPARE(messages.size(), m_expected.size());
    // LIST sizes are the octets RETR delivers, except that Dovecot does not count the CRLF
    // it adds before the terminating dot to a message without a final line end.
    for (qsizetype i = 0; i < refs->size(); ++i) {
        const qint64 got = messages.at(i).size();
        QVERIFY2(got == refs->at(i).size || got == refs->at(i).size + 2,
                 qPrintable(QStringLiteral("message %1: LIST %2, RETR %3").arg(i).arg(refs->at(i).size).arg(got)));
    }
    std::sort(messages.begin(), messages.end());
    for (qsizetype i = 0; i < m_expected.size(); ++i)
        QCOMPARE(messages.at(i), m_expected.at(i));
    QVERIFY(quit(session).ok());
}

void TestPop3Dovecot::topHeaders()
{
    Session session(new Net::SslTransport);
    QVERIFY(!openSession(session, options(TestMailServer::Service::Pop3s)).isError());
    std::optional<Result<QByteArray>> top;
    session.top(1, 0, [&](Result<QByteArray> r) { top = r; });
    QVERIFY(QTest::qWaitFor([&] { return top.has_value(); }, 10'000));
    QVERIFY(top->ok());
    QVERIFY(top->value().startsWith("From: "));
    QVERIFY(top->value().endsWith("\r\n\r\n")); // the header block and the blank line
    QVERIFY(quit(session).ok());
}

void TestPop3Dovecot::secondClientGetsInUse()
{
    Session first(new Net::SslTransport);
    QVERIFY(!openSession(first, options(TestMailServer::Service::Pop3s)).isError());
    Session second(new Net::SslTransport);
    const MailError error = openSession(second, options(TestMailServer::Service::Pop3s));
    QCOMPARE(MailError::kindName(error.kind()), MailError::kindName(MailError::Kind::ServerNo));
    QCOMPARE(error.serverCode(), QStringLiteral("IN-USE"));
    QVERIFY(quit(first).ok());
    // The lock is gone with the first session.
    Session third(new Net::SslTransport);
    QVERIFY(!openSession(third, options(TestMailServer::Service::Pop3s)).isError());
    QVERIFY(quit(third).ok());
}

void TestPop3Dovecot::deleteTakesEffectOnlyAtQuit()
{
    const QString bob = QStringLiteral("bob");
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_server.deliver(bob, makeMessage(100 + i, "for bob", "hi\n").replace("\n", "\r\n")));
    auto count = [&] { return m_server.mailboxStatus(bob).value(QStringLiteral("messages"), -1); };
    QCOMPARE(count(), 3);

    // DELE everything, then the connection drops: RFC 1939 §6, nothing is deleted.
    {
        Session session(new Net::SslTransport);
        QVERIFY(!openSession(session, options(TestMailServer::Service::Pop3s, bob)).isError());
        DeleOp dele(&session, {1, 2, 3});
        QSignalSpy done(&dele, &DeleOp::finished);
        dele.start();
        QVERIFY(done.wait(10'000));
        QCOMPARE(dele.marked().size(), 3);
        QSignalSpy closed(&session, &Session::closed);
        session.abort();
        QVERIFY(closed.count() == 1 || closed.wait(10'000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(count(), 3, 10'000);

    // DELE one and QUIT: exactly that one is gone.
    Session session(new Net::SslTransport);
    QVERIFY(!openSession(session, options(TestMailServer::Service::Pop3s, bob)).isError());
    DeleOp dele(&session, {2});
    QSignalSpy done(&dele, &DeleOp::finished);
    dele.start();
    QVERIFY(done.wait(10'000));
    QVERIFY(quit(session).ok());
    QTRY_COMPARE_WITH_TIMEOUT(count(), 2, 10'000);
}

QTEST_GUILESS_MAIN(TestPop3Dovecot)
#include "tst_pop3dovecot.moc"
