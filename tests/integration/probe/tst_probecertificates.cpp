// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Certificates that fail verification: a self-signed one and one for another host name are
// refused on every TLS path (implicit and STARTTLS) with an UntrustedCertificate error whose
// SHA-256 fingerprint is the one openssl computes for the served file - before any password
// is sent - and accepted once exactly that certificate is pinned for that host.
#include "probetesthelpers.h"

#include "net/certificateinfo.h"

#include <QSslCertificate>

using namespace ProbeTest;
using Pigeon::MailError;
using Pigeon::Net::CertificateInfo;
using Pigeon::Test::TestMailServer;

class TestProbeCertificates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selfSignedRefusedThenPinned_data();
    void selfSignedRefusedThenPinned();
    void wrongHostRefusedThenPinned_data();
    void wrongHostRefusedThenPinned();
    void pinForAnotherHostOrCertificateDoesNotApply();

private:
    void refusedThenPinned(const TestMailServer &server, Service service, bool selfSigned);

    TestMailServer m_selfSigned;
    TestMailServer m_wrongHost;
};

void TestProbeCertificates::initTestCase()
{
    TestMailServer::Options options;
    options.users = {{QStringLiteral("alice"), QStringLiteral("cert-test-pw")}};
    options.cert = QStringLiteral("selfsigned");
    QVERIFY2(m_selfSigned.start(options), qPrintable(m_selfSigned.errorString()));
    options.cert = QStringLiteral("wronghost");
    QVERIFY2(m_wrongHost.start(options), qPrintable(m_wrongHost.errorString()));
}

static void addServices()
{
    QTest::addColumn<Service>("service");
    QTest::newRow("IMAPS") << Service::Imaps;
    QTest::newRow("IMAP STARTTLS") << Service::Imap;
    QTest::newRow("POP3S") << Service::Pop3s;
    QTest::newRow("POP3 STLS") << Service::Pop3;
    QTest::newRow("SMTPS") << Service::Smtps;
    QTest::newRow("SMTP STARTTLS") << Service::Smtp;
}

void TestProbeCertificates::refusedThenPinned(const TestMailServer &server, Service service, bool selfSigned)
{
    const ProbeCredentials credentials{QStringLiteral("alice"), QStringLiteral("cert-test-pw")};
    Pigeon::Net::Endpoint endpoint = server.endpoint(service); // trusts the test CA
    bool once = false;
    const ProbeResult refused = runProbe(endpoint, protocolOf(service), credentials, &once);
    QVERIFY(once);
    QCOMPARE(refused.error.kind(), MailError::Kind::UntrustedCertificate);
    QVERIFY(!refused.loginAttempted);
    QVERIFY(!refused.encrypted);
    QVERIFY(refused.error.payload().canConvert<CertificateInfo>());
    const CertificateInfo info = refused.error.payload().value<CertificateInfo>();
    const QString expected = opensslFingerprint(server.servedCertFile());
    QCOMPARE(expected.size(), 64);
    QCOMPARE(info.sha256(), expected);
    QCOMPARE(info.host(), endpoint.host);
    QCOMPARE(info.isSelfSigned(), selfSigned);
    QVERIFY(!info.reasons().isEmpty());
    QCOMPARE(QSslCertificate(info.pem()), QSslCertificate::fromPath(server.servedCertFile()).value(0));

    // The user accepts it: pinned, the same server is trusted and the login goes through.
    endpoint.tls.pinned << info.pin();
    const ProbeResult accepted = runProbe(endpoint, protocolOf(service), credentials, &once);
    QVERIFY(once);
    QVERIFY2(accepted.ok(), describe(accepted));
    QVERIFY(accepted.encrypted);
    QVERIFY(accepted.loginSucceeded);
    QCOMPARE(accepted.certificate.sha256(), expected);
}

void TestProbeCertificates::selfSignedRefusedThenPinned_data()
{
    addServices();
}

void TestProbeCertificates::selfSignedRefusedThenPinned()
{
    QFETCH(Service, service);
    refusedThenPinned(m_selfSigned, service, true);
}

void TestProbeCertificates::wrongHostRefusedThenPinned_data()
{
    addServices();
}

void TestProbeCertificates::wrongHostRefusedThenPinned()
{
    QFETCH(Service, service);
    refusedThenPinned(m_wrongHost, service, false);
}

void TestProbeCertificates::pinForAnotherHostOrCertificateDoesNotApply()
{
    const ProbeCredentials credentials{QStringLiteral("alice"), QStringLiteral("cert-test-pw")};
    const QString fingerprint = opensslFingerprint(m_selfSigned.servedCertFile());
    bool once = false;

    Pigeon::Net::Endpoint otherHost = m_selfSigned.endpoint(Service::Imaps);
    otherHost.tls.pinned << Pigeon::Net::PinnedCertificate{QStringLiteral("mail.example.org"), fingerprint};
    ProbeResult r = runProbe(otherHost, ProbeProtocol::Imap, credentials, &once);
    QCOMPARE(r.error.kind(), MailError::Kind::UntrustedCertificate);
    QVERIFY(!r.loginAttempted);

    // The wronghost certificate's pin does not open the self-signed server.
    Pigeon::Net::Endpoint otherCert = m_selfSigned.endpoint(Service::Imaps);
    otherCert.tls.pinned << Pigeon::Net::PinnedCertificate{otherCert.host,
                                                           opensslFingerprint(m_wrongHost.servedCertFile())};
    r = runProbe(otherCert, ProbeProtocol::Imap, credentials, &once);
    QCOMPARE(r.error.kind(), MailError::Kind::UntrustedCertificate);
    QVERIFY(!r.loginAttempted);
}

QTEST_GUILESS_MAIN(TestProbeCertificates)
#include "tst_probecertificates.moc"
