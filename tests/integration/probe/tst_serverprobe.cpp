// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ServerProbe against a real Dovecot and SMTP server: TLS on every port trusting exactly the
// test CA, STARTTLS upgrades, logins that work and fail with the right kinds, STARTTLS that is
// required but not offered, and - with every pigeon.* debug category on, transcripts
// included - no password in any captured log line or in any file the test or servers wrote.
#include "probetesthelpers.h"

#include "common/logging.h"
#include "net/certificateinfo.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

using namespace ProbeTest;
using Pigeon::MailError;
using Pigeon::Test::TestMailServer;
using Method = ProbeCredentials::Method;

Q_DECLARE_METATYPE(ProbeCredentials::Method)

namespace {

QMutex g_logMutex;
QByteArray g_log;                 // every message any category produced
QFile *g_logFile = nullptr;       // the same, as a log file in the test's profile directory
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = QByteArray(context.category ? context.category : "default") + ": "
                            + message.toUtf8() + '\n';
    {
        QMutexLocker lock(&g_logMutex);
        g_log += line;
        if (g_logFile)
            g_logFile->write(line);
    }
    if ((type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) && g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestServerProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tlsOnEveryPort_data();
    void tlsOnEveryPort();
    void capabilitiesWithoutCredentials_data();
    void capabilitiesWithoutCredentials();
    void wrongPasswordFails_data();
    void wrongPasswordFails();
    void startTlsRequiredButNotOffered_data();
    void startTlsRequiredButNotOffered();
    void plaintextPasswordRefusedByDefault_data();
    void plaintextPasswordRefusedByDefault();
    void withoutTheTestCaTheCertificateIsUntrusted();
    void connectionRefused();
    void cancelEmitsFinishedOnce();
    // Must stay last: it checks what all the tests above logged and wrote.
    void passwordNeverAppearsInLogsOrFiles();

private:
    ProbeCredentials alice(Method method = Method::Automatic, const QString &password = {}) const
    {
        return {QStringLiteral("alice"), password.isEmpty() ? m_password : password, method};
    }

    TestMailServer m_server;
    QTemporaryDir m_profile;
    // Unique per run; a space, quote, backslash and UTF-8 make every protocol's quoting work.
    QString m_password = QStringLiteral("Za\u017C-%1 \"q\\").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    int m_logins = 0;
};

void TestServerProbe::initTestCase()
{
    QVERIFY(m_profile.isValid());
    g_logFile = new QFile(m_profile.filePath(QStringLiteral("pigeon.log")));
    QVERIFY(g_logFile->open(QIODevice::WriteOnly));
    g_previous = qInstallMessageHandler(captureMessage);
    // main() set QT_LOGGING_RULES before QCoreApplication; make sure it took effect.
    QVERIFY(lcNetTranscript().isDebugEnabled());

    TestMailServer::Options options;
    options.users = {{QStringLiteral("alice"), m_password}, {QStringLiteral("bob"), QStringLiteral("bob-pw")}};
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestServerProbe::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    QMutexLocker lock(&g_logMutex);
    delete g_logFile;
    g_logFile = nullptr;
}

void TestServerProbe::tlsOnEveryPort_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<Method>("method");
    QTest::addColumn<QString>("mechanismUsed");
    QTest::addColumn<QString>("startTlsKeyword");
    QTest::newRow("IMAPS") << Service::Imaps << Method::Automatic << "PLAIN" << "STARTTLS";
    QTest::newRow("IMAP STARTTLS") << Service::Imap << Method::Automatic << "PLAIN" << "STARTTLS";
    QTest::newRow("IMAP STARTTLS, LOGIN command") << Service::Imap << Method::ProtocolLogin << "LOGIN" << "STARTTLS";
    QTest::newRow("POP3S") << Service::Pop3s << Method::Automatic << "PLAIN" << "STLS";
    QTest::newRow("POP3 STLS") << Service::Pop3 << Method::Automatic << "PLAIN" << "STLS";
    QTest::newRow("POP3 STLS, USER/PASS") << Service::Pop3 << Method::ProtocolLogin << "USER" << "STLS";
    QTest::newRow("SMTPS") << Service::Smtps << Method::Automatic << "PLAIN" << "STARTTLS";
    QTest::newRow("SMTP STARTTLS") << Service::Smtp << Method::Automatic << "PLAIN" << "STARTTLS";
    QTest::newRow("SMTP STARTTLS, AUTH LOGIN") << Service::Smtp << Method::SaslLogin << "LOGIN" << "STARTTLS";
    QTest::newRow("SMTPS, AUTH LOGIN") << Service::Smtps << Method::SaslLogin << "LOGIN" << "STARTTLS";
}

void TestServerProbe::tlsOnEveryPort()
{
    QFETCH(Service, service);
    QFETCH(Method, method);
    QFETCH(QString, mechanismUsed);
    QFETCH(QString, startTlsKeyword);
    const Pigeon::Net::Endpoint endpoint = m_server.endpoint(service);
    QCOMPARE(endpoint.tls.extraCaFile, m_server.caFile()); // trusts exactly the test CA

    bool once = false;
    const ProbeResult r = runProbe(endpoint, protocolOf(service), alice(method), &once);
    QVERIFY(once);
    QVERIFY2(r.ok(), describe(r));
    ++m_logins;
    QVERIFY(r.connected);
    QVERIFY(r.encrypted);
    QCOMPARE(r.startTlsUsed, !isImplicit(service));
    QVERIFY(r.loginAttempted);
    QVERIFY(r.loginSucceeded);
    QCOMPARE(r.authMechanismUsed, mechanismUsed);
    QVERIFY(r.authMechanisms.contains(QStringLiteral("PLAIN")));
    // The certificate the probe saw is the one served, as openssl fingerprints the file.
    const QString expected = opensslFingerprint(m_server.servedCertFile());
    QCOMPARE(expected.size(), 64);
    QCOMPARE(r.certificate.sha256(), expected);
    if (isImplicit(service)) {
        QVERIFY(r.capabilitiesBeforeTls.isEmpty());
    } else {
        // Asked before and again after TLS; only the plain connection offers the upgrade.
        QVERIFY(r.startTlsOffered);
        QVERIFY2(r.capabilitiesBeforeTls.contains(startTlsKeyword), describe(r));
        QVERIFY2(!r.hasCapability(startTlsKeyword), describe(r));
    }
    QVERIFY(!r.capabilities.isEmpty());
    if (protocolOf(service) == ProbeProtocol::Imap)
        QVERIFY(r.hasCapability(QStringLiteral("IMAP4rev1")));
}

void TestServerProbe::capabilitiesWithoutCredentials_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("expectedCapability");
    QTest::newRow("IMAPS") << Service::Imaps << "IDLE";
    QTest::newRow("POP3 STLS") << Service::Pop3 << "UIDL";
    QTest::newRow("SMTP STARTTLS") << Service::Smtp << "8BITMIME";
}

void TestServerProbe::capabilitiesWithoutCredentials()
{
    QFETCH(Service, service);
    QFETCH(QString, expectedCapability);
    bool once = false;
    const ProbeResult r = runProbe(m_server.endpoint(service), protocolOf(service), std::nullopt, &once);
    QVERIFY(once);
    QVERIFY2(r.ok(), describe(r));
    QVERIFY(r.encrypted);
    QVERIFY(!r.loginAttempted);
    QVERIFY(!r.loginSucceeded);
    QVERIFY2(r.hasCapability(expectedCapability), describe(r));
}

void TestServerProbe::wrongPasswordFails_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<Method>("method");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("serverCode");
    const QString alice = QStringLiteral("alice");
    QTest::newRow("IMAP AUTHENTICATE") << Service::Imaps << Method::Automatic << alice << "AUTHENTICATIONFAILED";
    QTest::newRow("IMAP LOGIN") << Service::Imap << Method::ProtocolLogin << alice << "AUTHENTICATIONFAILED";
    QTest::newRow("IMAP unknown user") << Service::Imaps << Method::Automatic << "nobody" << "AUTHENTICATIONFAILED";
    QTest::newRow("POP3 AUTH PLAIN") << Service::Pop3s << Method::Automatic << alice << "AUTH";
    QTest::newRow("POP3 USER/PASS") << Service::Pop3 << Method::ProtocolLogin << alice << "AUTH";
    QTest::newRow("SMTP AUTH PLAIN") << Service::Smtps << Method::Automatic << alice << "535 5.7.8";
    QTest::newRow("SMTP AUTH LOGIN") << Service::Smtp << Method::SaslLogin << alice << "535 5.7.8";
    QTest::newRow("SMTP unknown user") << Service::Smtp << Method::Automatic << "nobody" << "535 5.7.8";
}

void TestServerProbe::wrongPasswordFails()
{
    QFETCH(Service, service);
    QFETCH(Method, method);
    QFETCH(QString, user);
    QFETCH(QString, serverCode);
    bool once = false;
    ProbeCredentials wrong{user, m_password + QStringLiteral("-wrong"), method};
    if (user != QLatin1String("alice"))
        wrong.password = m_password; // the right password for another user must not open alice
    const ProbeResult r = runProbe(m_server.endpoint(service), protocolOf(service), wrong, &once);
    QVERIFY(once);
    QCOMPARE(r.error.kind(), MailError::Kind::AuthFailed);
    QCOMPARE(r.error.serverCode(), serverCode);
    QVERIFY(!r.error.text().isEmpty());
    QVERIFY(r.loginAttempted);
    QVERIFY(!r.loginSucceeded);
    QVERIFY(r.encrypted);
}

void TestServerProbe::startTlsRequiredButNotOffered_data()
{
    QTest::addColumn<Service>("service");
    QTest::newRow("IMAP") << Service::Imap;
    QTest::newRow("POP3") << Service::Pop3;
    QTest::newRow("SMTP") << Service::Smtp;
}

void TestServerProbe::startTlsRequiredButNotOffered()
{
    QFETCH(Service, service);
    const qsizetype authEventsBefore = m_server.smtpAuthEvents().size();
    bool once = false;
    // Same server and port, on the address where it offers no STARTTLS/STLS.
    const ProbeResult r = runProbe(m_server.endpoint(service, m_server.noStartTlsHost()), protocolOf(service),
                                   alice(), &once);
    QVERIFY(once);
    QCOMPARE(r.error.kind(), MailError::Kind::StartTlsUnavailable);
    QVERIFY(r.connected);
    QVERIFY(!r.encrypted);
    QVERIFY(!r.startTlsOffered);
    QVERIFY(!r.capabilitiesBeforeTls.isEmpty()); // it did ask, and the answer lacked STARTTLS
    QVERIFY(!r.loginAttempted);
    QVERIFY(!r.loginSucceeded);

    // The servers confirm that no login was even attempted.
    if (protocolOf(service) == ProbeProtocol::Smtp) {
        QCOMPARE(m_server.smtpAuthEvents().size(), authEventsBefore);
        return;
    }
    const QByteArray lip = "lip=" + m_server.noStartTlsHost().toLatin1();
    const QByteArray service_ = protocolOf(service) == ProbeProtocol::Imap ? "imap-login:" : "pop3-login:";
    auto dovecotSaw = [&](const QByteArray &what) {
        QFile log(m_server.logDir() + QStringLiteral("/dovecot-info.log"));
        if (!log.open(QIODevice::ReadOnly))
            return false;
        const QList<QByteArray> lines = log.readAll().split('\n');
        for (const QByteArray &l : lines) {
            if (l.contains(service_) && l.contains(lip) && l.contains(what))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(dovecotSaw("no auth attempts"), 10'000);
    QVERIFY(!dovecotSaw("user=<alice>"));
}

void TestServerProbe::plaintextPasswordRefusedByDefault_data()
{
    QTest::addColumn<Service>("service");
    QTest::newRow("IMAP") << Service::Imap;
    QTest::newRow("POP3") << Service::Pop3;
    QTest::newRow("SMTP") << Service::Smtp;
}

void TestServerProbe::plaintextPasswordRefusedByDefault()
{
    // Security::None and a policy that does not allow insecure authentication: the transport
    // refuses to send the secret (SMTP: the server does not even offer AUTH before TLS).
    QFETCH(Service, service);
    Pigeon::Net::Endpoint endpoint = m_server.endpoint(service);
    endpoint.security = Pigeon::Net::Security::None;
    bool once = false;
    const ProbeResult r = runProbe(endpoint, protocolOf(service), alice(), &once);
    QVERIFY(once);
    QCOMPARE(r.error.kind(), MailError::Kind::InsecureAuthRefused);
    QVERIFY(!r.encrypted);
    QVERIFY(!r.loginAttempted);
    QVERIFY(!r.capabilities.isEmpty());
}

void TestServerProbe::withoutTheTestCaTheCertificateIsUntrusted()
{
    Pigeon::Net::Endpoint endpoint = m_server.endpoint(Service::Imaps);
    endpoint.tls.extraCaFile.clear();
    bool once = false;
    const ProbeResult r = runProbe(endpoint, ProbeProtocol::Imap, alice(), &once);
    QVERIFY(once);
    QCOMPARE(r.error.kind(), MailError::Kind::UntrustedCertificate);
    QVERIFY(!r.loginAttempted);
    const auto info = r.error.payload().value<Pigeon::Net::CertificateInfo>();
    QCOMPARE(info.sha256(), opensslFingerprint(m_server.servedCertFile()));
}

void TestServerProbe::connectionRefused()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const quint16 port = reserve.serverPort();
    reserve.close(); // nothing listens there now
    Pigeon::Net::Endpoint endpoint = m_server.endpoint(Service::Imaps);
    endpoint.port = port;
    bool once = false;
    const ProbeResult r = runProbe(endpoint, ProbeProtocol::Imap, alice(), &once);
    QVERIFY(once);
    QCOMPARE(r.error.kind(), MailError::Kind::ConnectionRefused);
    QVERIFY(!r.connected);
}

void TestServerProbe::cancelEmitsFinishedOnce()
{
    ServerProbe probe;
    QSignalSpy spy(&probe, &ServerProbe::finished);
    probe.start(m_server.endpoint(Service::Imaps), ProbeProtocol::Imap, alice());
    QVERIFY(probe.isRunning());
    probe.cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<ProbeResult>().error.kind(), MailError::Kind::Cancelled);
    probe.cancel();
    QTest::qWait(200); // nothing may arrive late from the aborted connection
    QCOMPARE(spy.count(), 1);
    QVERIFY(!probe.isRunning());

    // A finished probe ignores cancel().
    ServerProbe done;
    QSignalSpy doneSpy(&done, &ServerProbe::finished);
    done.start(m_server.endpoint(Service::Pop3s), ProbeProtocol::Pop3, std::nullopt);
    QVERIFY(doneSpy.wait(30'000));
    done.cancel();
    QCOMPARE(doneSpy.count(), 1);
    QVERIFY(doneSpy.first().first().value<ProbeResult>().ok());
}

void TestServerProbe::passwordNeverAppearsInLogsOrFiles()
{
    QVERIFY2(m_logins >= 10, "the tests above must have logged in with the password");
    QByteArray log;
    {
        QMutexLocker lock(&g_logMutex);
        g_logFile->flush();
        log = g_log;
    }
    // Non-vacuous: the transcripts were captured, with the secrets masked.
    QVERIFY2(log.contains("imap C: p") && log.contains(" CAPABILITY\n"), log.left(2000).constData());
    QVERIFY(log.contains("pop3 C: CAPA\n"));
    QVERIFY(log.contains("smtp C: EHLO "));
    QVERIFY(log.contains("S: +OK"));
    QVERIFY(log.contains("AUTHENTICATE PLAIN <redacted>"));
    QVERIFY(log.contains("PASS <redacted>"));
    QVERIFY(log.contains("AUTH PLAIN <redacted>"));

    const QByteArray pw = m_password.toUtf8();
    const QByteArray saslPlain = QByteArray(1, '\0') + "alice" + QByteArray(1, '\0') + pw;
    const QList<QByteArray> forms = {
        pw,
        m_password.toLatin1(),                   // however a careless logger might encode it
        pw.toBase64(),                           // SASL LOGIN
        saslPlain.toBase64(),                    // SASL PLAIN
        pw.toPercentEncoding(),
        m_password.split(QLatin1Char(' ')).first().toUtf8(), // the part before the space
    };
    for (const QByteArray &form : forms)
        QVERIFY2(!log.contains(form), form.constData());

    // Every file the test (profile dir) and the servers (logs, SMTP spool) wrote. The server's
    // own passwd file holds the passwords by design and is not a log.
    const QStringList roots{m_profile.path(), m_server.logDir(), m_server.smtpSpoolDir()};
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray data = f.readAll();
            ++files;
            for (const QByteArray &form : forms)
                QVERIFY2(!data.contains(form), qPrintable(f.fileName()));
        }
    }
    QVERIFY(files >= 4); // pigeon.log, dovecot.log, dovecot-info.log, auth.jsonl at least
}

int main(int argc, char **argv)
{
    // Before QCoreApplication: environment rules are read once and beat setFilterRules(),
    // and CTest sets QT_LOGGING_RULES=pigeon.*.debug=false for every test.
    qputenv("QT_LOGGING_RULES", "pigeon.*.debug=true");
    QCoreApplication app(argc, argv);
    TestServerProbe test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_serverprobe.moc"
