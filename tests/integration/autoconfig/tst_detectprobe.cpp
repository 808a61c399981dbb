// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Probing and verification against a real Dovecot and SMTP server. imap./pop./smtp.example.test
// are mapped to the fixture's loopback ports (the certificate is for localhost, trusted through
// the test CA); every other guessed name goes to a closed port.
#include "autoconfig/probesource.h"
#include "autoconfig/settingsdetector.h"
#include "autoconfig/srvsource.h"
#include "support/testmailserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Pigeon::Autoconfig;
using Pigeon::MailError;
using Pigeon::Net::Endpoint;
using Pigeon::Net::Security;
using Pigeon::Test::TestMailServer;
using Service = TestMailServer::Service;

namespace {

class TableResolver : public SrvResolver
{
public:
    QHash<QString, QList<SrvRecord>> answers;
    void lookup(const QString &name, Callback done) override
    {
        const auto a = answers.value(name);
        QTimer::singleShot(0, this, [done, a] { done(a); });
    }
    void cancelAll() override {}
};

QString describe(const QList<ServerCandidate> &list)
{
    QStringList out;
    for (const auto &c : list)
        out.append(QStringLiteral("%1:%2:%3").arg(c.host).arg(c.port).arg(Pigeon::Net::securityName(c.security)));
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestDetectProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probingFindsTheFixture();
    void missingStartTlsIsNeverUsedInPlaintext();
    void srvAnswerIsVerifiedAndWins();
    void srvAnswerWithWrongCertificateIsNotVerified();

private:
    /// Maps the guessed names to the fixture; @p plainHost serves the STARTTLS ports.
    EndpointRewrite rewrite(const QString &plainHost, bool implicitTls = true) const;

    TestMailServer m_server;
    quint16 m_closedPort = 0;
};

void TestDetectProbe::initTestCase()
{
    qRegisterMetaType<SettingsDetector::Outcome>();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QTcpServer s;
    QVERIFY(s.listen(QHostAddress::LocalHost));
    m_closedPort = s.serverPort();
}

EndpointRewrite TestDetectProbe::rewrite(const QString &plainHost, bool implicitTls) const
{
    const TestMailServer *server = &m_server;
    const quint16 closed = m_closedPort;
    return [server, closed, plainHost, implicitTls](const Endpoint &e) {
        static const QHash<QPair<QString, quint16>, Service> map = {
            {{QStringLiteral("imap.example.test"), 993}, Service::Imaps},
            {{QStringLiteral("imap.example.test"), 143}, Service::Imap},
            {{QStringLiteral("pop.example.test"), 995}, Service::Pop3s},
            {{QStringLiteral("pop.example.test"), 110}, Service::Pop3},
            {{QStringLiteral("smtp.example.test"), 465}, Service::Smtps},
            {{QStringLiteral("smtp.example.test"), 587}, Service::Smtp},
        };
        Endpoint r = e;
        const auto it = map.constFind({e.host, e.port});
        const bool implicit = e.security == Security::ImplicitTls;
        if (it == map.cend() || (implicit && !implicitTls)) {
            r.host = QStringLiteral("127.0.0.1");
            r.port = closed;
            return r;
        }
        r.host = implicit ? QStringLiteral("localhost") : plainHost;
        r.port = server->port(*it);
        r.tls.extraCaFile = server->caFile();
        return r;
    };
}

void TestDetectProbe::probingFindsTheFixture()
{
    ProbeSource source;
    source.setEndpointRewrite(rewrite(QStringLiteral("localhost")));
    source.setTimeouts(10'000, 10'000);
    QSignalSpy found(&source, &DetectionSource::found);
    QSignalSpy failed(&source, &DetectionSource::failed);
    QSignalSpy progress(&source, &DetectionSource::progressed);
    source.start(QStringLiteral("alice@example.test"));
    QVERIFY(QTest::qWaitFor([&] { return !found.isEmpty() || !failed.isEmpty(); }, 60'000));
    QVERIFY2(!found.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<MailError>().toString()));
    const auto config = found.first().first().value<DetectedConfig>();
    QVERIFY(config.verified);
    QCOMPARE(config.source, ConfigSource::Probe);
    // Implicit TLS first, then STARTTLS; IMAP before POP3; nothing on the unmapped names.
    QCOMPARE(describe(config.incoming), QStringLiteral("imap.example.test:993:tls imap.example.test:143:starttls "
                                                       "pop.example.test:995:tls pop.example.test:110:starttls"));
    QCOMPARE(describe(config.outgoing), QStringLiteral("smtp.example.test:465:tls smtp.example.test:587:starttls"));
    QCOMPARE(config.incoming[0].username, QStringLiteral("alice@example.test"));
    QVERIFY(progress.count() >= 6); // shown as it happens: one line per server that answered
}

void TestDetectProbe::missingStartTlsIsNeverUsedInPlaintext()
{
    // Only the plain ports, on the address where the servers do not offer STARTTLS/STLS.
    ProbeSource source;
    source.setEndpointRewrite(rewrite(m_server.noStartTlsHost(), false));
    source.setTimeouts(10'000, 10'000);
    QSignalSpy found(&source, &DetectionSource::found);
    QSignalSpy failed(&source, &DetectionSource::failed);
    source.start(QStringLiteral("alice@example.test"));
    QVERIFY(QTest::qWaitFor([&] { return !found.isEmpty() || !failed.isEmpty(); }, 60'000));
    QVERIFY(found.isEmpty());
    QCOMPARE(failed.count(), 1);
    // The reason shown is the refused upgrade, not a bare "connection refused".
    QCOMPARE(failed.first().first().value<MailError>().kind(), MailError::Kind::StartTlsUnavailable);
}

void TestDetectProbe::srvAnswerIsVerifiedAndWins()
{
    auto *resolver = new TableResolver;
    resolver->answers.insert(QStringLiteral("_imaps._tcp.example.test"), {{"imap.example.test.", 993, 0, 0}});
    resolver->answers.insert(QStringLiteral("_submissions._tcp.example.test"), {{"smtp.example.test.", 465, 0, 0}});
    SettingsDetector detector;
    resolver->setParent(&detector);
    detector.setTimeout(30'000);
    detector.setEndpointRewrite(rewrite(QStringLiteral("localhost")));
    detector.addSource(new SrvSource(resolver));
    QSignalSpy finished(&detector, &SettingsDetector::finished);
    detector.start(QStringLiteral("alice@example.test"));
    QVERIFY(finished.wait(40'000));
    const auto outcome = finished.first().first().value<SettingsDetector::Outcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
    QCOMPARE(outcome.config.source, ConfigSource::Srv);
    QVERIFY(outcome.config.verified);
    QCOMPARE(outcome.config.preferredIncoming()->host, QStringLiteral("imap.example.test"));
}

void TestDetectProbe::srvAnswerWithWrongCertificateIsNotVerified()
{
    // DNS is not authenticated (RFC 6186 §6): when the SRV target's certificate does not
    // verify (here: the test CA is not trusted), the answer must not win as verified.
    auto *resolver = new TableResolver;
    resolver->answers.insert(QStringLiteral("_imaps._tcp.example.test"), {{"imap.example.test.", 993, 0, 0}});
    resolver->answers.insert(QStringLiteral("_submissions._tcp.example.test"), {{"smtp.example.test.", 465, 0, 0}});
    SettingsDetector detector;
    resolver->setParent(&detector);
    detector.setTimeout(30'000);
    const EndpointRewrite base = rewrite(QStringLiteral("localhost"));
    detector.setEndpointRewrite([base](const Endpoint &e) {
        Endpoint r = base(e);
        r.tls.extraCaFile.clear(); // the test CA is not trusted: certificate check fails
        return r;
    });
    detector.addSource(new SrvSource(resolver));
    QSignalSpy finished(&detector, &SettingsDetector::finished);
    detector.start(QStringLiteral("alice@example.test"));
    QVERIFY(finished.wait(40'000));
    const auto outcome = finished.first().first().value<SettingsDetector::Outcome>();
    QVERIFY(outcome.ok());
    QVERIFY(!outcome.config.verified);
}

QTEST_GUILESS_MAIN(TestDetectProbe)
#include "tst_detectprobe.moc"
