// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Dovecot with disable_plaintext_auth = yes, reached from a "non-secured" address
// (RECIPE §4.7, §5: 127.0.0.2): the plaintext path is refused - the server announces
// LOGINDISABLED / no USER, and the probe sends no password even when the account allows
// insecure authentication - while STARTTLS on the same port logs in.
#include "probetesthelpers.h"

#include "net/certificateinfo.h"

#include <QDeadlineTimer>
#include <QSslCertificate>
#include <QTcpSocket>

using namespace ProbeTest;
using Pigeon::MailError;
using Pigeon::Test::TestMailServer;

namespace {

QByteArray exchange(QTcpSocket &s, const QByteArray &command)
{
    if (!command.isEmpty())
        s.write(command + "\r\n");
    const QDeadlineTimer deadline(10'000);
    while (!s.canReadLine() && !deadline.hasExpired())
        s.waitForReadyRead(100);
    return s.canReadLine() ? s.readLine() : QByteArray();
}

} // namespace

class TestProbePlaintext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void serverRefusesPlaintextLogin();
    void probeRefusesPlaintextPath_data();
    void probeRefusesPlaintextPath();
    void startTlsFromTheSameAddressLogsIn_data();
    void startTlsFromTheSameAddressLogsIn();
    void loopbackCountsAsSecured();

private:
    TestMailServer m_server;
    const QString m_password = QStringLiteral("plaintext-test-pw");
};

void TestProbePlaintext::initTestCase()
{
    TestMailServer::Options options;
    options.users = {{QStringLiteral("alice"), m_password}};
    options.disablePlaintextAuth = true;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    QVERIFY(m_server.info().value(QStringLiteral("disable_plaintext_auth")).toBool());
}

void TestProbePlaintext::serverRefusesPlaintextLogin()
{
    // The fixture really enforces it (otherwise the probe tests below would prove nothing).
    QTcpSocket imap;
    imap.connectToHost(m_server.insecureHost(), m_server.port(Service::Imap));
    QVERIFY(imap.waitForConnected(5000));
    QVERIFY(exchange(imap, {}).contains("LOGINDISABLED"));
    // Dovecot first scolds with an untagged "* BAD [ALERT] ...", then refuses.
    QByteArray no = exchange(imap, "a LOGIN alice " + m_password.toUtf8());
    while (no.startsWith("* "))
        no = exchange(imap, {});
    QVERIFY2(no.startsWith("a NO [PRIVACYREQUIRED]"), no.constData());

    QTcpSocket pop3;
    pop3.connectToHost(m_server.insecureHost(), m_server.port(Service::Pop3));
    QVERIFY(pop3.waitForConnected(5000));
    QVERIFY(exchange(pop3, {}).startsWith("+OK"));
    const QByteArray err = exchange(pop3, "USER alice");
    QVERIFY2(err.startsWith("-ERR"), err.constData());
}

void TestProbePlaintext::probeRefusesPlaintextPath_data()
{
    QTest::addColumn<Service>("service");
    QTest::newRow("IMAP") << Service::Imap;
    QTest::newRow("POP3") << Service::Pop3;
    QTest::newRow("SMTP") << Service::Smtp;
}

void TestProbePlaintext::probeRefusesPlaintextPath()
{
    QFETCH(Service, service);
    Pigeon::Net::Endpoint endpoint = m_server.endpoint(service, m_server.insecureHost());
    endpoint.security = Pigeon::Net::Security::None;
    endpoint.tls.allowInsecureAuth = true; // even so: the server said it would refuse
    const qsizetype smtpAuthBefore = m_server.smtpAuthEvents().size();
    bool once = false;
    const ProbeResult r = runProbe(endpoint, protocolOf(service),
                                   ProbeCredentials{QStringLiteral("alice"), m_password}, &once);
    QVERIFY(once);
    QCOMPARE(r.error.kind(), MailError::Kind::InsecureAuthRefused);
    QVERIFY2(r.loginDisabled, describe(r));
    QVERIFY(!r.loginAttempted);
    QVERIFY(!r.encrypted);
    QCOMPARE(m_server.smtpAuthEvents().size(), smtpAuthBefore);
}

void TestProbePlaintext::startTlsFromTheSameAddressLogsIn_data()
{
    QTest::addColumn<Service>("service");
    QTest::newRow("IMAP") << Service::Imap;
    QTest::newRow("POP3") << Service::Pop3;
    QTest::newRow("SMTP") << Service::Smtp;
}

void TestProbePlaintext::startTlsFromTheSameAddressLogsIn()
{
    QFETCH(Service, service);
    Pigeon::Net::Endpoint endpoint = m_server.endpoint(service, m_server.insecureHost());
    // The certificate names 127.0.0.1 and localhost, not 127.0.0.2: pin it for this address.
    const QSslCertificate cert = QSslCertificate::fromPath(m_server.servedCertFile()).value(0);
    endpoint.tls.pinned << Pigeon::Net::PinnedCertificate{endpoint.host,
                                                          Pigeon::Net::CertificateInfo::fingerprint(cert)};
    bool once = false;
    const ProbeResult r = runProbe(endpoint, protocolOf(service),
                                   ProbeCredentials{QStringLiteral("alice"), m_password}, &once);
    QVERIFY(once);
    QVERIFY2(r.ok(), describe(r));
    QVERIFY(r.startTlsUsed);
    QVERIFY(r.loginSucceeded);
    QVERIFY(!r.loginDisabled); // after TLS the server allows the login
}

void TestProbePlaintext::loopbackCountsAsSecured()
{
    // RECIPE §4.7: from 127.0.0.1 to 127.0.0.1 Dovecot treats the connection as secured and
    // allows a plaintext login despite disable_plaintext_auth - why the tests use 127.0.0.2.
    Pigeon::Net::Endpoint endpoint = m_server.endpoint(Service::Imap);
    endpoint.security = Pigeon::Net::Security::None;
    endpoint.tls.allowInsecureAuth = true;
    bool once = false;
    const ProbeResult r = runProbe(endpoint, ProbeProtocol::Imap,
                                   ProbeCredentials{QStringLiteral("alice"), m_password}, &once);
    QVERIFY(once);
    QVERIFY2(r.ok(), describe(r));
    QVERIFY(!r.loginDisabled);
    QVERIFY(r.loginSucceeded);
    QVERIFY(!r.encrypted);
}

QTEST_GUILESS_MAIN(TestProbePlaintext)
#include "tst_probeplaintext.moc"
