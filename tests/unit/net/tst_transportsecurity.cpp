// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The security rules of docs/SECURITY.md, each against the fake server with real TLS.
#include "transportharness.h"

#include "support/fakeserver.h"
#include "support/testcertificates.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Net;
using Pigeon::Test::FakeServer;
using Pigeon::Test::TestCertificates;
using Pigeon::Test::TransportHarness;
using Kind = Pigeon::Test::TestCertificates::Kind;

Q_DECLARE_METATYPE(Pigeon::Test::TestCertificates::Kind)

namespace {

const QString kExchange = QStringLiteral("S: * OK secure\nC: a1 NOOP\nS: a1 OK\nWAIT_CLOSE\n");

// Plays the client side of kExchange.
void speakExchange(TransportHarness &h)
{
    h.onLine = [&h](const QByteArray &line) {
        if (line.startsWith("* OK"))
            h.transport.send("a1 NOOP\r\n");
        else if (line.startsWith("a1 OK"))
            h.transport.close();
    };
}

} // namespace

class tst_TransportSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void implicitTlsTrustedThroughExtraCa();
    void untrusted_data();
    void untrusted();
    void selfSignedAcceptedOnlyOncePinned();
    void pinnedWrongHostCertificate();
    void extraCaKeepsSystemCas();
    void unreadableExtraCa();
    void startTlsUpgrade();
    void startTlsDiscardsInjectedPlaintext_data();
    void startTlsDiscardsInjectedPlaintext();
    void startTlsHandshakeRefused();
    void sensitive_data();
    void sensitive();
    void manyLinesOverTls();
};

void tst_TransportSecurity::initTestCase()
{
    QVERIFY2(TestCertificates::available(), qPrintable(TestCertificates::errorString()));
    QVERIFY(!TestCertificates::certificate(Kind::Server).isNull());
    QVERIFY(!TestCertificates::key(Kind::Server).isNull());
}

void tst_TransportSecurity::implicitTlsTrustedThroughExtraCa()
{
    FakeServer server;
    server.setCertificate(TestCertificates::certificate(Kind::Server), TestCertificates::key(Kind::Server));
    server.setImplicitTls(true);
    server.addScript(kExchange);
    QVERIFY(server.listen());
    TransportHarness h;
    speakExchange(h);
    bool encryptedAtConnect = false;
    QObject::connect(&h.transport, &Transport::connected, &h,
                     [&] { encryptedAtConnect = h.transport.isEncrypted(); });
    Endpoint ep = TransportHarness::endpoint(server.port(), Security::ImplicitTls);
    ep.tls.extraCaFile = TestCertificates::caFile();
    h.transport.connectToServer(ep);
    QTRY_COMPARE(h.disconnectedCount, 1);
    QVERIFY2(h.errors.isEmpty(), qPrintable(h.errors.value(0).toString()));
    QCOMPARE(h.connectedCount, 1);
    QVERIFY(encryptedAtConnect);
    QCOMPARE(h.transport.peerCertificate(), TestCertificates::certificate(Kind::Server));
    QCOMPARE(h.lines.size(), 2);
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_TransportSecurity::untrusted_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QList<PinnedCertificate>>("pins");
    QTest::addColumn<QSslError::SslError>("reason");

    const QString selfFp = CertificateInfo::fingerprint(TestCertificates::certificate(Kind::SelfSigned));
    const QString serverFp = CertificateInfo::fingerprint(TestCertificates::certificate(Kind::Server));
    QTest::newRow("CA not trusted: verified by default")
        << Kind::Server << "127.0.0.1" << false << QList<PinnedCertificate>{}
        << QSslError::UnableToGetLocalIssuerCertificate;
    QTest::newRow("self-signed")
        << Kind::SelfSigned << "127.0.0.1" << true << QList<PinnedCertificate>{}
        << QSslError::SelfSignedCertificate;
    QTest::newRow("self-signed, pinned for another host")
        << Kind::SelfSigned << "127.0.0.1" << true
        << QList<PinnedCertificate>{{QStringLiteral("localhost"), selfFp},
                                    {QStringLiteral("mail.example.org"), selfFp}}
        << QSslError::SelfSignedCertificate;
    QTest::newRow("self-signed, another certificate pinned for this host")
        << Kind::SelfSigned << "127.0.0.1" << true
        << QList<PinnedCertificate>{{QStringLiteral("127.0.0.1"), serverFp}}
        << QSslError::SelfSignedCertificate;
    QTest::newRow("wrong host name, CA trusted")
        << Kind::WrongHost << "127.0.0.1" << true << QList<PinnedCertificate>{}
        << QSslError::HostNameMismatch;
}

void tst_TransportSecurity::untrusted()
{
    QFETCH(Kind, kind);
    QFETCH(QString, host);
    QFETCH(bool, trustCa);
    QFETCH(QList<PinnedCertificate>, pins);
    QFETCH(QSslError::SslError, reason);

    FakeServer server;
    server.setCertificate(TestCertificates::certificate(kind), TestCertificates::key(kind));
    server.setImplicitTls(true);
    server.addScript(QString()); // the client must refuse before any protocol byte
    QVERIFY(server.listen());
    TransportHarness h;
    Endpoint ep = TransportHarness::endpoint(server.port(), Security::ImplicitTls, host);
    if (trustCa)
        ep.tls.extraCaFile = TestCertificates::caFile();
    ep.tls.pinned = pins;
    h.transport.connectToServer(ep);
    QTRY_COMPARE(h.errors.size(), 1);
    QTRY_COMPARE(h.disconnectedCount, 1);
    QCOMPARE(h.connectedCount, 0);
    QCOMPARE(h.lines.size(), 0);
    const MailError error = h.errors.first();
    QCOMPARE(error.kind(), MailError::Kind::UntrustedCertificate);
    QVERIFY(error.payload().canConvert<CertificateInfo>());
    const CertificateInfo info = error.payload().value<CertificateInfo>();
    const QSslCertificate served = TestCertificates::certificate(kind);
    QCOMPARE(info.sha256(), CertificateInfo::fingerprint(served));
    QCOMPARE(info.sha256().size(), 64);
    QCOMPARE(info.sha256(), info.sha256().toLower());
    QCOMPARE(info.host(), host);
    QVERIFY(info.subject().contains(served.subjectInfo(QSslCertificate::CommonName).value(0)));
    QVERIFY(!info.reasons().isEmpty());
    QVERIFY2(info.reasons().contains(QSslError(reason, served).errorString()),
             qPrintable(info.reasons().join(QLatin1Char('|'))));
    QVERIFY(error.text().contains(host));
}

void tst_TransportSecurity::selfSignedAcceptedOnlyOncePinned()
{
    FakeServer server;
    server.setCertificate(TestCertificates::certificate(Kind::SelfSigned), TestCertificates::key(Kind::SelfSigned));
    server.setImplicitTls(true);
    server.addScript(QString()); // first attempt: refused
    server.addScript(kExchange); // second attempt: pinned
    QVERIFY(server.listen());

    Endpoint ep = TransportHarness::endpoint(server.port(), Security::ImplicitTls);
    CertificateInfo info;
    {
        TransportHarness h;
        h.transport.connectToServer(ep);
        QTRY_COMPARE(h.errors.size(), 1);
        QCOMPARE(h.firstErrorKind(), MailError::Kind::UntrustedCertificate);
        info = h.errors.first().payload().value<CertificateInfo>();
        QTRY_COMPARE(h.disconnectedCount, 1);
    }
    QVERIFY(!info.isNull());
    QVERIFY(info.isSelfSigned());
    // What the UI stores when the user says "trust this certificate for this server".
    ep.tls.pinned << info.pin();
    QCOMPARE(ep.tls.pinned.first().host, QStringLiteral("127.0.0.1"));

    TransportHarness h;
    speakExchange(h);
    h.transport.connectToServer(ep);
    QTRY_COMPARE(h.disconnectedCount, 1);
    QVERIFY2(h.errors.isEmpty(), qPrintable(h.errors.value(0).toString()));
    QCOMPARE(h.connectedCount, 1);
    QCOMPARE(h.lines.size(), 2);
    QCOMPARE(CertificateInfo::fingerprint(h.transport.peerCertificate()), info.sha256());
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_TransportSecurity::pinnedWrongHostCertificate()
{
    // A pin overrides exactly the errors of that certificate for that host, host-name
    // mismatch included: the user saw the certificate's names and accepted it.
    FakeServer server;
    server.setCertificate(TestCertificates::certificate(Kind::WrongHost), TestCertificates::key(Kind::WrongHost));
    server.setImplicitTls(true);
    server.addScript(kExchange);
    QVERIFY(server.listen());
    TransportHarness h;
    speakExchange(h);
    Endpoint ep = TransportHarness::endpoint(server.port(), Security::ImplicitTls);
    ep.tls.pinned << PinnedCertificate{QStringLiteral("127.0.0.1"),
                                       CertificateInfo::fingerprint(TestCertificates::certificate(Kind::WrongHost))};
    h.transport.connectToServer(ep);
    QTRY_COMPARE(h.disconnectedCount, 1);
    QVERIFY2(h.errors.isEmpty(), qPrintable(h.errors.value(0).toString()));
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_TransportSecurity::extraCaKeepsSystemCas()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    TlsPolicy policy;
    policy.extraCaFile = TestCertificates::caFile();
    const Result<QSslConfiguration> config = SslTransport::sslConfiguration(policy);
    QVERIFY(config.ok());
    const QList<QSslCertificate> cas = config->caCertificates();
    QVERIFY(cas.contains(TestCertificates::caCertificate()));
    for (const QSslCertificate &c : system)
        QVERIFY2(cas.contains(c), qPrintable(c.subjectDisplayName()));
    QCOMPARE(config->peerVerifyMode(), QSslSocket::VerifyPeer);

    const Result<QSslConfiguration> plain = SslTransport::sslConfiguration(TlsPolicy{});
    QVERIFY(plain.ok());
    QVERIFY(!plain->caCertificates().contains(TestCertificates::caCertificate()));
}

void tst_TransportSecurity::unreadableExtraCa()
{
    TransportHarness h;
    Endpoint ep = TransportHarness::endpoint(1, Security::ImplicitTls);
    ep.tls.extraCaFile = QStringLiteral("/nonexistent/ca.pem");
    h.transport.connectToServer(ep);
    QTRY_COMPARE(h.errors.size(), 1);
    QCOMPARE(h.firstErrorKind(), MailError::Kind::Tls);
    QVERIFY(h.errors.first().text().contains(QStringLiteral("/nonexistent/ca.pem")));
}

void tst_TransportSecurity::startTlsUpgrade()
{
    FakeServer server;
    server.setCertificate(TestCertificates::certificate(Kind::Server), TestCertificates::key(Kind::Server));
    server.addScript(QStringLiteral(
        "S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] plain\n"
        "C: a1 STARTTLS\n"
        "S: a1 OK begin TLS\n"
        "STARTTLS\n"
        "C: a2 LOGIN alice <redacted>\n"
        "S: a2 OK welcome\n"
        "WAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    bool refusedBeforeTls = false;
    h.onLine = [&](const QByteArray &line) {
        if (line.startsWith("* OK")) {
            QVERIFY(!h.transport.isEncrypted());
            h.transport.send("a1 STARTTLS\r\n");
        } else if (line.startsWith("a1 OK")) {
            h.transport.startTls();
            // Until the handshake finishes the connection is not encrypted.
            refusedBeforeTls = h.transport.sendSensitive("a2 LOGIN alice pw\r\n", "a2 LOGIN alice").error().kind()
                == MailError::Kind::InsecureAuthRefused;
        } else if (line.startsWith("a2 OK")) {
            h.transport.close();
        }
    };
    h.onEncrypted = [&] {
        QVERIFY(h.transport.isEncrypted());
        QVERIFY(h.transport.sendSensitive("a2 LOGIN alice pw\r\n", "a2 LOGIN alice").ok());
    };
    Endpoint ep = TransportHarness::endpoint(server.port(), Security::StartTls);
    ep.tls.extraCaFile = TestCertificates::caFile();
    h.transport.connectToServer(ep);
    QTRY_COMPARE(h.disconnectedCount, 1);
    QVERIFY2(h.errors.isEmpty(), qPrintable(h.errors.value(0).toString()));
    QVERIFY(refusedBeforeTls);
    QCOMPARE(h.encryptedCount, 1);
    QCOMPARE(h.lines.size(), 3);
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_TransportSecurity::startTlsDiscardsInjectedPlaintext_data()
{
    QTest::addColumn<QString>("injected"); // RAW escapes
    QTest::newRow("one line") << QStringLiteral("* injected\\r\\n");
    QTest::newRow("a partial line") << QStringLiteral("* inj");
    // Read ahead into the transport's own buffer with the "go ahead" line. (Much more than
    // one loopback segment could arrive partly after startTls() and break the handshake
    // instead, which is safe but not what this test is about.)
    QString many;
    for (int i = 0; i < 500; ++i)
        many += QStringLiteral("* %1 injected line of some length\\r\\n").arg(i);
    QTest::newRow("20 KB of lines") << many;
}

void tst_TransportSecurity::startTlsDiscardsInjectedPlaintext()
{
    // CVE-2011-0411: a man in the middle appends a response to the server's "go ahead"
    // in the same TCP segment; a client that keeps it would treat it as protected.
    QFETCH(QString, injected);
    FakeServer server;
    server.setCertificate(TestCertificates::certificate(Kind::Server), TestCertificates::key(Kind::Server));
    server.addScript(QStringLiteral(
        "S: * OK plain\n"
        "C: a1 STARTTLS\n"
        "RAW: a1 OK begin TLS\\r\\n") + injected + QStringLiteral("\n"
        "STARTTLS\n"
        "C: a2 NOOP\n"
        "S: a2 OK after TLS\n"
        "WAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    h.onLine = [&](const QByteArray &line) {
        if (line.startsWith("* OK"))
            h.transport.send("a1 STARTTLS\r\n");
        else if (line.startsWith("a1 OK"))
            h.transport.startTls();
        else if (line.startsWith("a2 OK"))
            h.transport.close();
    };
    h.onEncrypted = [&] { h.transport.send("a2 NOOP\r\n"); };
    Endpoint ep = TransportHarness::endpoint(server.port(), Security::StartTls);
    ep.tls.extraCaFile = TestCertificates::caFile();
    h.transport.connectToServer(ep);
    QTRY_COMPARE(h.disconnectedCount, 1);
    QVERIFY2(h.errors.isEmpty(), qPrintable(h.errors.value(0).toString()));
    QCOMPARE(h.lines, (QList<QByteArray>{"* OK plain\r\n", "a1 OK begin TLS\r\n", "a2 OK after TLS\r\n"}));
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_TransportSecurity::startTlsHandshakeRefused()
{
    // STARTTLS follows the same certificate rules as implicit TLS.
    FakeServer server;
    server.setCertificate(TestCertificates::certificate(Kind::SelfSigned), TestCertificates::key(Kind::SelfSigned));
    server.addScript(QStringLiteral("S: * OK\nC: a1 STARTTLS\nS: a1 OK\nSTARTTLS\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    h.onLine = [&](const QByteArray &line) {
        if (line.startsWith("* OK"))
            h.transport.send("a1 STARTTLS\r\n");
        else if (line.startsWith("a1 OK"))
            h.transport.startTls();
    };
    h.transport.connectToServer(TransportHarness::endpoint(server.port(), Security::StartTls));
    QTRY_COMPARE(h.errors.size(), 1);
    QCOMPARE(h.firstErrorKind(), MailError::Kind::UntrustedCertificate);
    QCOMPARE(h.errors.first().payload().value<CertificateInfo>().sha256(),
             CertificateInfo::fingerprint(TestCertificates::certificate(Kind::SelfSigned)));
    QTRY_COMPARE(h.disconnectedCount, 1);
    QCOMPARE(h.encryptedCount, 0);
    QTRY_COMPARE(server.failedHandshakes(), 1);
}

void tst_TransportSecurity::sensitive_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("sent");
    QTest::newRow("plain: refused") << Security::None << false << false;
    QTest::newRow("plain, insecure allowed by the user") << Security::None << true << true;
    QTest::newRow("implicit TLS") << Security::ImplicitTls << false << true;
}

void tst_TransportSecurity::sensitive()
{
    QFETCH(Security, security);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, sent);
    FakeServer server;
    server.setCertificate(TestCertificates::certificate(Kind::Server), TestCertificates::key(Kind::Server));
    server.setImplicitTls(security == Security::ImplicitTls);
    // When refused, nothing at all may reach the server: the script only allows a close.
    server.addScript(sent ? QStringLiteral("S: +OK\nC: PASS s3cret\nS: +OK\nWAIT_CLOSE\n")
                          : QStringLiteral("S: +OK\nWAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    MailError result;
    h.onLine = [&](const QByteArray &line) {
        if (line.startsWith("+OK") && h.lines.size() == 1) {
            const Result<void> r = h.transport.sendSensitive("PASS s3cret\r\n", "PASS");
            result = r.ok() ? MailError() : r.error();
            if (!r.ok())
                QTimer::singleShot(100, &h, [&] { h.transport.close(); });
        } else {
            h.transport.close();
        }
    };
    Endpoint ep = TransportHarness::endpoint(server.port(), security);
    ep.tls.extraCaFile = TestCertificates::caFile();
    ep.tls.allowInsecureAuth = allowInsecure;
    h.transport.connectToServer(ep);
    QTRY_COMPARE(h.disconnectedCount, 1);
    QCOMPARE(result.kind(), sent ? MailError::Kind::None : MailError::Kind::InsecureAuthRefused);
    QVERIFY(h.errors.isEmpty());
    QCOMPARE(server.receivedLines().contains("PASS s3cret"), sent);
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_TransportSecurity::manyLinesOverTls()
{
    constexpr int lineCount = 100'000;
    FakeServer server;
    server.setCertificate(TestCertificates::certificate(Kind::Server), TestCertificates::key(Kind::Server));
    server.setImplicitTls(true);
    server.addScript(QStringLiteral("BYTES %1\nWAIT_CLOSE\n").arg(qint64(lineCount) * 80));
    QVERIFY(server.listen());
    TransportHarness h;
    int count = 0;
    QObject::disconnect(&h.transport, &Transport::lineReceived, &h, nullptr);
    QObject::connect(&h.transport, &Transport::lineReceived, &h, [&](const QByteArray &line) {
        if (line.size() == 80)
            ++count;
    });
    Endpoint ep = TransportHarness::endpoint(server.port(), Security::ImplicitTls);
    ep.tls.extraCaFile = TestCertificates::caFile();
    QElapsedTimer timer;
    timer.start();
    h.transport.connectToServer(ep);
    QTRY_COMPARE_WITH_TIMEOUT(count, lineCount, 60000);
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    qInfo("TLS: %d lines of 80 bytes in %lld ms (%lld lines/s), both ends in this process",
          lineCount, ms, lineCount * 1000LL / ms);
    h.transport.close();
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

QTEST_GUILESS_MAIN(tst_TransportSecurity)
#include "tst_transportsecurity.moc"
