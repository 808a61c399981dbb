// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ServerProbe's IMAP, POP3 and SMTP dialects played against scripted servers (FakeTransport):
// the replies real servers rarely give - PREAUTH, BYE greetings, refused STARTTLS, multi-line
// greetings, servers without CAPA or EHLO, byte-stuffed lines, odd response codes - and the
// rule that a secret only ever leaves through sendSensitive().
#include "autoconfig/serverprobe.h"
#include "support/faketransport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Pigeon::MailError;
using Pigeon::Autoconfig::ProbeCredentials;
using Pigeon::Autoconfig::ProbeProtocol;
using Pigeon::Autoconfig::ProbeResult;
using Pigeon::Autoconfig::ServerProbe;
using Pigeon::Net::Security;
using Pigeon::Test::FakeTransport;
using Kind = MailError::Kind;
using Method = ProbeCredentials::Method;

Q_DECLARE_METATYPE(ProbeProtocol)
Q_DECLARE_METATYPE(Security)
Q_DECLARE_METATYPE(Method)
Q_DECLARE_METATYPE(Kind)

namespace {

const QString kPassword = QStringLiteral("pa\"ss\\word");

QByteArray saslPlain(const QByteArray &user, const QByteArray &password)
{
    const QByteArray raw = QByteArray(1, '\0') + user + QByteArray(1, '\0') + password;
    return raw.toBase64();
}

} // namespace

class TestProbeDialects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scripted_data();
    void scripted();
    void startTwiceIsIgnored();
    void silentServerTimesOut();
};

void TestProbeDialects::scripted_data()
{
    QTest::addColumn<ProbeProtocol>("protocol");
    QTest::addColumn<Security>("security");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<Method>("method");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("serverCode");
    QTest::addColumn<bool>("loginSucceeded");
    QTest::addColumn<bool>("loginAttempted");

    const auto imap = ProbeProtocol::Imap;
    const auto pop3 = ProbeProtocol::Pop3;
    const auto smtp = ProbeProtocol::Smtp;
    const auto tls = Security::ImplicitTls;
    const auto starttls = Security::StartTls;
    const auto auto_ = Method::Automatic;
    const QString none;

    // ---- IMAP (RFC 9051)
    QTest::newRow("imap: STARTTLS, capabilities again, AUTHENTICATE without SASL-IR")
        << imap << starttls << true << auto_ << false
        << QByteArray("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\n"
                      "C: p1 STARTTLS\nS: p1 OK Begin TLS\nSTARTTLS\n"
                      "C: p2 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: p2 OK done\n"
                      "C: p3 AUTHENTICATE PLAIN\nS: +\nC: <redacted>\n"
                      "S: p3 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\n"
                      "C: p4 LOGOUT\nS: * BYE bye\nS: p4 OK done\nWAIT_CLOSE\n")
        << Kind::None << none << true << true;
    QTest::newRow("imap: STARTTLS not offered")
        << imap << starttls << true << auto_ << false
        << QByteArray("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nWAIT_CLOSE\n")
        << Kind::StartTlsUnavailable << none << false << false;
    QTest::newRow("imap: STARTTLS refused")
        << imap << starttls << true << auto_ << false
        << QByteArray("S: * OK ready\nC: p1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS\nS: p1 OK\n"
                      "C: p2 STARTTLS\nS: p2 NO [UNAVAILABLE] not now\nWAIT_CLOSE\n")
        << Kind::StartTlsUnavailable << "UNAVAILABLE" << false << false;
    QTest::newRow("imap: PREAUTH cannot STARTTLS")
        << imap << starttls << true << auto_ << false
        << QByteArray("S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] welcome\nWAIT_CLOSE\n")
        << Kind::StartTlsUnavailable << none << false << false;
    QTest::newRow("imap: BYE greeting")
        << imap << tls << true << auto_ << false
        << QByteArray("S: * BYE [UNAVAILABLE] too busy\nWAIT_CLOSE\n")
        << Kind::ServerBye << "UNAVAILABLE" << false << false;
    QTest::newRow("imap: AUTHENTICATE with SASL-IR fails, logs out politely")
        << imap << tls << true << auto_ << false
        << QByteArray("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi\n"
                      "C: p1 AUTHENTICATE PLAIN <redacted>\n"
                      "S: p1 NO [AUTHENTICATIONFAILED] Authentication failed.\n"
                      "C: p2 LOGOUT\nS: * BYE\nS: p2 OK\nWAIT_CLOSE\n")
        << Kind::AuthFailed << "AUTHENTICATIONFAILED" << false << true;
    QTest::newRow("imap: LOGIN quotes; server closes after BYE")
        << imap << tls << true << auto_ << false
        << QByteArray("S: * OK [CAPABILITY IMAP4rev1] hi\nC: p1 LOGIN \"alice\" <redacted>\n"
                      "S: p1 OK Logged in\nC: p2 LOGOUT\nS: * BYE\nCLOSE\n")
        << Kind::None << none << true << true;
    QTest::newRow("imap: LOGINDISABLED on plaintext: nothing sent")
        << imap << Security::None << true << auto_ << true
        << QByteArray("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] hi\nWAIT_CLOSE\n")
        << Kind::InsecureAuthRefused << "LOGINDISABLED" << false << false;
    QTest::newRow("imap: PRIVACYREQUIRED")
        << imap << Security::None << true << Method::ProtocolLogin << true
        << QByteArray("S: * OK [CAPABILITY IMAP4rev1] hi\nC: p1 LOGIN \"alice\" <redacted>\n"
                      "S: p1 NO [PRIVACYREQUIRED] use TLS\nC: p2 LOGOUT\nS: p2 OK\nWAIT_CLOSE\n")
        << Kind::InsecureAuthRefused << "PRIVACYREQUIRED" << false << true;
    QTest::newRow("imap: plaintext refused by the transport")
        << imap << Security::None << true << auto_ << false
        << QByteArray("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] hi\nWAIT_CLOSE\n")
        << Kind::InsecureAuthRefused << none << false << false;
    QTest::newRow("imap: capabilities only in the OK response code")
        << imap << tls << false << auto_ << false
        << QByteArray("S: * OK ready\nC: p1 CAPABILITY\nS: p1 OK [CAPABILITY IMAP4rev1 IDLE] done\n"
                      "C: p2 LOGOUT\nS: p2 OK\nWAIT_CLOSE\n")
        << Kind::None << none << false << false;
    QTest::newRow("imap: no capabilities at all")
        << imap << tls << false << auto_ << false
        << QByteArray("S: * OK ready\nC: p1 CAPABILITY\nS: p1 OK done\nWAIT_CLOSE\n")
        << Kind::Protocol << none << false << false;
    QTest::newRow("imap: connection drops during CAPABILITY")
        << imap << tls << false << auto_ << false
        << QByteArray("S: * OK ready\nC: p1 CAPABILITY\nABORT\n")
        << Kind::Network << none << false << false;
    QTest::newRow("imap: wrong tag")
        << imap << tls << false << auto_ << false
        << QByteArray("S: * OK ready\nC: p1 CAPABILITY\nS: x9 OK what\nWAIT_CLOSE\n")
        << Kind::Protocol << none << false << false;
    QTest::newRow("imap: not a greeting")
        << imap << tls << false << auto_ << false
        << QByteArray("S: +OK this is POP3\nWAIT_CLOSE\n")
        << Kind::Protocol << none << false << false;

    // ---- POP3 (RFC 1939, 2449, 2595, 5034)
    QTest::newRow("pop3: STLS, CAPA again, USER/PASS")
        << pop3 << starttls << true << auto_ << false
        << QByteArray("S: +OK ready\nC: CAPA\nS: +OK\nS: STLS\nS: USER\nS: .\n"
                      "C: STLS\nS: +OK Begin TLS\nSTARTTLS\n"
                      "C: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: .\n"
                      "C: USER alice\nS: +OK\nC: PASS <redacted>\nS: +OK Logged in.\n"
                      "C: QUIT\nS: +OK bye\nWAIT_CLOSE\n")
        << Kind::None << none << true << true;
    QTest::newRow("pop3: no STLS")
        << pop3 << starttls << true << auto_ << false
        << QByteArray("S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\nWAIT_CLOSE\n")
        << Kind::StartTlsUnavailable << none << false << false;
    QTest::newRow("pop3: no CAPA means no STLS")
        << pop3 << starttls << true << auto_ << false
        << QByteArray("S: +OK ready\nC: CAPA\nS: -ERR unknown command\nWAIT_CLOSE\n")
        << Kind::StartTlsUnavailable << none << false << false;
    QTest::newRow("pop3: RFC 1939 server without CAPA, USER/PASS")
        << pop3 << tls << true << auto_ << false
        << QByteArray("S: +OK ready\nC: CAPA\nS: -ERR unknown command\n"
                      "C: USER alice\nS: +OK\nC: PASS <redacted>\nS: +OK\nC: QUIT\nS: +OK\nWAIT_CLOSE\n")
        << Kind::None << none << true << true;
    QTest::newRow("pop3: AUTH PLAIN [AUTH] failure")
        << pop3 << tls << true << auto_ << false
        << QByteArray("S: +OK ready\nC: CAPA\nS: +OK\nS: SASL PLAIN LOGIN\nS: ..stuffed\nS: .\n"
                      "C: AUTH PLAIN <redacted>\nS: -ERR [AUTH] Authentication failed.\n"
                      "C: QUIT\nS: +OK\nWAIT_CLOSE\n")
        << Kind::AuthFailed << "AUTH" << false << true;
    QTest::newRow("pop3: [IN-USE]")
        << pop3 << tls << true << Method::ProtocolLogin << false
        << QByteArray("S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\n"
                      "C: USER alice\nS: +OK\nC: PASS <redacted>\nS: -ERR [IN-USE] mailbox locked\n"
                      "C: QUIT\nS: +OK\nWAIT_CLOSE\n")
        << Kind::AuthFailed << "IN-USE" << false << true;
    QTest::newRow("pop3: login disabled before TLS")
        << pop3 << Security::None << true << auto_ << true
        << QByteArray("S: +OK ready\nC: CAPA\nS: +OK\nS: STLS\nS: SASL\nS: .\nWAIT_CLOSE\n")
        << Kind::InsecureAuthRefused << none << false << false;
    QTest::newRow("pop3: -ERR greeting")
        << pop3 << tls << false << auto_ << false
        << QByteArray("S: -ERR go away\nWAIT_CLOSE\n")
        << Kind::ServerNo << none << false << false;

    // ---- SMTP (RFC 5321, 3207, 4954)
    QTest::newRow("smtp: multi-line greeting, STARTTLS, EHLO again, AUTH PLAIN")
        << smtp << starttls << true << auto_ << false
        << QByteArray("S: 220-mail.example.org ESMTP\nS: 220 no UCE\n"
                      "C: EHLO [127.0.0.1]\nS: 250-mail.example.org\nS: 250-PIPELINING\nS: 250 STARTTLS\n"
                      "C: STARTTLS\nS: 220 2.0.0 go ahead\nSTARTTLS\n"
                      "C: EHLO [127.0.0.1]\nS: 250-mail.example.org\nS: 250-AUTH PLAIN LOGIN\nS: 250 SIZE 1000\n"
                      "C: AUTH PLAIN <redacted>\nS: 235 2.7.0 Authentication successful\n"
                      "C: QUIT\nS: 221 2.0.0 bye\nWAIT_CLOSE\n")
        << Kind::None << none << true << true;
    QTest::newRow("smtp: STARTTLS 454")
        << smtp << starttls << true << auto_ << false
        << QByteArray("S: 220 hi\nC: EHLO [127.0.0.1]\nS: 250-hi\nS: 250 STARTTLS\n"
                      "C: STARTTLS\nS: 454 4.7.0 TLS not available due to temporary reason\nWAIT_CLOSE\n")
        << Kind::StartTlsUnavailable << "454 4.7.0" << false << false;
    QTest::newRow("smtp: no STARTTLS")
        << smtp << starttls << true << auto_ << false
        << QByteArray("S: 220 hi\nC: EHLO [127.0.0.1]\nS: 250-hi\nS: 250 AUTH PLAIN\nWAIT_CLOSE\n")
        << Kind::StartTlsUnavailable << none << false << false;
    QTest::newRow("smtp: AUTH LOGIN fails 535")
        << smtp << tls << true << Method::SaslLogin << false
        << QByteArray("S: 220 hi\nC: EHLO [127.0.0.1]\nS: 250-hi\nS: 250 AUTH=LOGIN\n"
                      "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: YWxpY2U=\nS: 334 UGFzc3dvcmQ6\n"
                      "C: <redacted>\nS: 535 5.7.8 Authentication credentials invalid\n"
                      "C: QUIT\nS: 221 bye\nWAIT_CLOSE\n")
        << Kind::AuthFailed << "535 5.7.8" << false << true;
    QTest::newRow("smtp: 538 encryption required")
        << smtp << Security::None << true << auto_ << true
        << QByteArray("S: 220 hi\nC: EHLO [127.0.0.1]\nS: 250-hi\nS: 250 AUTH PLAIN\n"
                      "C: AUTH PLAIN <redacted>\nS: 538 5.7.11 Encryption required\n"
                      "C: QUIT\nS: 221 bye\nWAIT_CLOSE\n")
        << Kind::InsecureAuthRefused << "538 5.7.11" << false << true;
    QTest::newRow("smtp: EHLO refused, HELO, no credentials")
        << smtp << tls << false << auto_ << false
        << QByteArray("S: 220 old server\nC: EHLO [127.0.0.1]\nS: 502 5.5.2 what?\n"
                      "C: HELO [127.0.0.1]\nS: 250 hello\nC: QUIT\nS: 221 bye\nWAIT_CLOSE\n")
        << Kind::None << none << false << false;
    QTest::newRow("smtp: no AUTH after TLS")
        << smtp << tls << true << auto_ << false
        << QByteArray("S: 220 hi\nC: EHLO [127.0.0.1]\nS: 250-hi\nS: 250 8BITMIME\nWAIT_CLOSE\n")
        << Kind::AuthFailed << none << false << false;
    QTest::newRow("smtp: 554 greeting")
        << smtp << tls << false << auto_ << false
        << QByteArray("S: 554 5.3.2 no service\nWAIT_CLOSE\n")
        << Kind::ServerNo << "554 5.3.2" << false << false;
    QTest::newRow("smtp: reply codes change inside a multi-line reply")
        << smtp << tls << false << auto_ << false
        << QByteArray("S: 220-hi\nS: 250 mixed\nWAIT_CLOSE\n")
        << Kind::Protocol << none << false << false;
}

void TestProbeDialects::scripted()
{
    QFETCH(ProbeProtocol, protocol);
    QFETCH(Security, security);
    QFETCH(bool, withCredentials);
    QFETCH(Method, method);
    QFETCH(bool, allowInsecure);
    QFETCH(QByteArray, script);
    QFETCH(Kind, kind);
    QFETCH(QString, serverCode);
    QFETCH(bool, loginSucceeded);
    QFETCH(bool, loginAttempted);

    FakeTransport *fake = nullptr;
    ServerProbe probe;
    probe.setTransportFactory([&fake, &script] {
        auto t = std::make_unique<FakeTransport>();
        t->setScript(script);
        fake = t.get();
        return t;
    });
    Pigeon::Net::Endpoint endpoint{QStringLiteral("mail.example.org"), 1234, security, {}};
    endpoint.tls.allowInsecureAuth = allowInsecure;
    std::optional<ProbeCredentials> credentials;
    if (withCredentials)
        credentials = ProbeCredentials{QStringLiteral("alice"), kPassword, method};

    QSignalSpy spy(&probe, &ServerProbe::finished);
    probe.start(endpoint, protocol, credentials);
    QVERIFY(spy.wait(5000));
    QTest::qWait(20);
    QCOMPARE(spy.count(), 1);
    const ProbeResult r = spy.first().first().value<ProbeResult>();
    QVERIFY(fake);
    QVERIFY2(fake->verify(), qPrintable(fake->report() + QStringLiteral(" | ") + r.error.toString()));
    QCOMPARE(r.error.kind(), kind);
    QCOMPARE(r.error.serverCode(), serverCode);
    QCOMPARE(r.loginSucceeded, loginSucceeded);
    QCOMPARE(r.loginAttempted, loginAttempted);
    QCOMPARE(r.startTlsUsed, script.contains("\nSTARTTLS\n"));

    // The secret left only through sendSensitive(), in the expected encoding.
    const QByteArray pw = kPassword.toUtf8();
    for (const QByteArray &line : fake->plainSends()) {
        QVERIFY2(!line.contains(pw) && !line.contains(pw.toBase64())
                     && !line.contains(saslPlain("alice", pw)),
                 line.constData());
    }
    if (loginAttempted) {
        QVERIFY(!fake->secretSends().isEmpty());
        const QByteArray secret = fake->secretSends().constFirst();
        QVERIFY2(secret.contains(pw) || secret.contains(pw.toBase64()) || secret.contains(saslPlain("alice", pw))
                     || secret.contains("pa\\\"ss\\\\word"), // IMAP quoted string
                 secret.constData());
    } else {
        QVERIFY(fake->secretSends().isEmpty());
    }
}

void TestProbeDialects::startTwiceIsIgnored()
{
    ServerProbe probe;
    probe.setTransportFactory([] {
        auto t = std::make_unique<FakeTransport>();
        t->setScript("S: * OK [CAPABILITY IMAP4rev1] hi\nC: p1 LOGOUT\nS: p1 OK\nWAIT_CLOSE\n");
        return t;
    });
    QSignalSpy spy(&probe, &ServerProbe::finished);
    const Pigeon::Net::Endpoint endpoint{QStringLiteral("h"), 1, Security::ImplicitTls, {}};
    probe.start(endpoint, ProbeProtocol::Imap);
    QTest::ignoreMessage(QtWarningMsg, "ServerProbe::start() called twice; use a new probe");
    probe.start(endpoint, ProbeProtocol::Smtp);
    QVERIFY(spy.wait(5000));
    QTest::qWait(20);
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.first().first().value<ProbeResult>().ok());
    QCOMPARE(spy.first().first().value<ProbeResult>().protocol, ProbeProtocol::Imap);
}

void TestProbeDialects::silentServerTimesOut()
{
    // A real SslTransport and a server that accepts but never greets: the probe's own reply
    // timeout applies (the transport's default of two minutes would outlast the wait below).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ServerProbe probe;
    probe.setTimeouts(5000, 300);
    QSignalSpy spy(&probe, &ServerProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start({QStringLiteral("127.0.0.1"), silent.serverPort(), Security::None, {}}, ProbeProtocol::Pop3);
    QVERIFY(spy.wait(10'000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<ProbeResult>().error.kind(), Kind::Timeout);
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(!spy.first().first().value<ProbeResult>().connected);
}

QTEST_GUILESS_MAIN(TestProbeDialects)
#include "tst_probedialects.moc"
