// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// SslTransport lifecycle: timeouts, error kinds, close semantics, threads, transcript.
#include "transportharness.h"

#include "common/logging.h"
#include "support/fakeserver.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace Pigeon;
using namespace Pigeon::Net;
using Pigeon::Test::FakeServer;
using Pigeon::Test::TransportHarness;

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;
// Like QT_LOGGING_RULES="pigeon.net.transcript.debug=true", but stronger than the rules
// CTest sets in the environment.
void transcriptOnFilter(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "pigeon.net.transcript") == 0)
        category->setEnabled(QtDebugMsg, true);
}

QStringList captured;
void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured << message;
}

} // namespace
class tst_TransportLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readTimeout();
    void noReadTimeoutWhenIdle();
    void connectTimeout();
    void connectionRefused();
    void hostNotFound();
    void remoteCloseWhileAwaiting_data();
    void remoteCloseWhileAwaiting();
    void clientCloseFlushes();
    void invalidEndpoint();
    void worksOnWorkerThread();
    void securityNames_data();
    void securityNames();
    void passwordNeverLogged();
};

void tst_TransportLifecycle::readTimeout()
{
    FakeServer server;
    server.addScript(QStringLiteral("S: * OK\nC: a1 NOOP\nDELAY 3000\nS: a1 OK too late\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    Transport::Limits limits;
    limits.readTimeoutMs = 200;
    h.transport.setLimits(limits);
    h.onLine = [&](const QByteArray &) {
        h.transport.send("a1 NOOP\r\n");
        h.transport.setAwaitingReply(true);
    };
    QElapsedTimer timer;
    timer.start();
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QTRY_COMPARE(h.errors.size(), 1);
    QCOMPARE(h.firstErrorKind(), MailError::Kind::Timeout);
    QVERIFY(timer.elapsed() >= 200);
    QVERIFY(timer.elapsed() < 2500);
    QTRY_COMPARE(h.disconnectedCount, 1);
    QCOMPARE(h.transport.state(), Transport::State::Disconnected);
}

void tst_TransportLifecycle::noReadTimeoutWhenIdle()
{
    FakeServer server;
    server.addScript(QStringLiteral("S: * OK\nDELAY 500\nS: * still here\nWAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    Transport::Limits limits;
    limits.readTimeoutMs = 100;
    h.transport.setLimits(limits);
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QTRY_COMPARE(h.lines.size(), 2);
    QVERIFY(h.errors.isEmpty());
    h.transport.close();
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_TransportLifecycle::connectTimeout()
{
    // The server accepts TCP but never speaks TLS: the implicit-TLS handshake must time out.
    FakeServer server;
    server.addScript(QStringLiteral("WAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    Transport::Limits limits;
    limits.connectTimeoutMs = 300;
    h.transport.setLimits(limits);
    QElapsedTimer timer;
    timer.start();
    h.transport.connectToServer(TransportHarness::endpoint(server.port(), Security::ImplicitTls));
    QTRY_COMPARE(h.errors.size(), 1);
    QCOMPARE(h.firstErrorKind(), MailError::Kind::Timeout);
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(h.connectedCount, 0);
    QTRY_COMPARE(h.disconnectedCount, 1);
}

void tst_TransportLifecycle::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: nobody listens there now
    TransportHarness h;
    h.transport.connectToServer(TransportHarness::endpoint(port));
    QCOMPARE(h.errors.size(), 0); // never from inside the call, even on loopback
    QTRY_COMPARE(h.errors.size(), 1);
    QCOMPARE(h.firstErrorKind(), MailError::Kind::ConnectionRefused);
    QVERIFY(!h.errors.first().text().isEmpty());
    QTRY_COMPARE(h.disconnectedCount, 1);
}

void tst_TransportLifecycle::hostNotFound()
{
    TransportHarness h;
    h.transport.connectToServer(TransportHarness::endpoint(143, Security::None,
                                                           QStringLiteral("no-such-host.invalid")));
    QTRY_COMPARE_WITH_TIMEOUT(h.errors.size(), 1, 20000);
    QCOMPARE(h.firstErrorKind(), MailError::Kind::HostNotFound);
    QTRY_COMPARE(h.disconnectedCount, 1);
}

void tst_TransportLifecycle::remoteCloseWhileAwaiting_data()
{
    QTest::addColumn<bool>("awaiting");
    QTest::addColumn<int>("expectedErrors");
    QTest::newRow("awaiting a reply: network error") << true << 1;
    QTest::newRow("idle (after logout): just disconnected") << false << 0;
}

void tst_TransportLifecycle::remoteCloseWhileAwaiting()
{
    QFETCH(bool, awaiting);
    QFETCH(int, expectedErrors);
    FakeServer server;
    server.addScript(QStringLiteral("S: * OK\nC: a1 LOGOUT\nS: * BYE\nCLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    h.onLine = [&](const QByteArray &line) {
        if (line.startsWith("* OK")) {
            h.transport.send("a1 LOGOUT\r\n");
            h.transport.setAwaitingReply(awaiting);
        }
    };
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QTRY_COMPARE(h.disconnectedCount, 1);
    QCOMPARE(h.errors.size(), expectedErrors);
    if (expectedErrors)
        QCOMPARE(h.firstErrorKind(), MailError::Kind::Network);
    // The BYE that came with the close was still delivered.
    QCOMPARE(h.lines.last(), QByteArray("* BYE\r\n"));
    QVERIFY2(server.verify(), qPrintable(server.errorString()));
}

void tst_TransportLifecycle::clientCloseFlushes()
{
    FakeServer server;
    server.addScript(QStringLiteral("S: * OK\nC: a1 LOGOUT\nWAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    h.onLine = [&](const QByteArray &) {
        h.transport.send("a1 LOGOUT\r\n");
        h.transport.close(); // the LOGOUT must still reach the server
    };
    h.transport.connectToServer(TransportHarness::endpoint(server.port()));
    QTRY_COMPARE(h.disconnectedCount, 1);
    QVERIFY(h.errors.isEmpty());
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

void tst_TransportLifecycle::invalidEndpoint()
{
    TransportHarness h;
    h.transport.connectToServer(Endpoint{});
    QCOMPARE(h.errors.size(), 0); // reported from the event loop, never from inside the call
    QTRY_COMPARE(h.errors.size(), 1);
    QCOMPARE(h.firstErrorKind(), MailError::Kind::InvalidInput);
    QTRY_COMPARE(h.disconnectedCount, 1);
}

void tst_TransportLifecycle::worksOnWorkerThread()
{
    // Sessions live on a per-account worker thread (DESIGN.md): the transport, its socket
    // and its timers must all move there.
    FakeServer server;
    server.addScript(QStringLiteral("S: * OK worker\nDELAY 2000\n"));
    QVERIFY(server.listen());
    QThread worker;
    worker.start();
    auto *transport = new SslTransport;
    transport->moveToThread(&worker);
    QList<QByteArray> lines;
    QList<MailError> errors;
    Qt::HANDLE lineThread = nullptr;
    int disconnects = 0;
    connect(transport, &Transport::lineReceived, this, [&](const QByteArray &line) { lines << line; });
    connect(transport, &Transport::lineReceived, transport,
            [&](const QByteArray &) { lineThread = QThread::currentThreadId(); }, Qt::DirectConnection);
    connect(transport, &Transport::errorOccurred, this, [&](const MailError &e) { errors << e; });
    connect(transport, &Transport::disconnected, this, [&] { ++disconnects; });
    const quint16 port = server.port();
    QMetaObject::invokeMethod(transport, [transport, port] {
        Transport::Limits limits;
        limits.readTimeoutMs = 200;
        transport->setLimits(limits);
        transport->connectToServer(TransportHarness::endpoint(port));
        transport->setAwaitingReply(true);
    });
    QTRY_COMPARE(lines.size(), 1);
    QTRY_COMPARE(errors.size(), 1); // the read timer runs on the worker thread
    QCOMPARE(errors.first().kind(), MailError::Kind::Timeout);
    QTRY_COMPARE(disconnects, 1);
    QVERIFY(lineThread != QThread::currentThreadId());
    QMetaObject::invokeMethod(transport, &QObject::deleteLater);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

void tst_TransportLifecycle::securityNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("security");
    QTest::newRow("none") << "none" << true << int(Security::None);
    QTest::newRow("starttls") << "starttls" << true << int(Security::StartTls);
    QTest::newRow("tls") << "tls" << true << int(Security::ImplicitTls);
    QTest::newRow("SSL alias") << "SSL" << true << int(Security::ImplicitTls);
    QTest::newRow("garbage") << "tls1.3" << false << 0;
    QTest::newRow("empty") << "" << false << 0;
}

void tst_TransportLifecycle::securityNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(int, security);
    Security s = Security::None;
    QCOMPARE(securityFromName(name, &s), valid);
    if (valid) {
        QCOMPARE(int(s), security);
        Security back = Security::None;
        QVERIFY(securityFromName(securityName(s), &back));
        QCOMPARE(back, s);
    }
}

void tst_TransportLifecycle::passwordNeverLogged()
{
    const QByteArray secret1 = "Corr3ct-Horse-Battery";
    const QByteArray secret2 = "hunter2-plain-send";
    FakeServer server;
    server.addScript(QStringLiteral(
        "S: * OK\n"
        "C: a1 LOGIN alice <redacted>\n"
        "S: a1 OK\n"
        "C: a2 LOGIN bob <redacted>\n"
        "S: a2 OK\n"
        "S: * 1 FETCH (BODY[] {3}\n"
        "RAW: abc)\\r\\n\n"
        "WAIT_CLOSE\n"));
    QVERIFY(server.listen());
    TransportHarness h;
    h.transport.setTranscriptLabel(QStringLiteral("imap"));
    Endpoint ep = TransportHarness::endpoint(server.port());
    ep.tls.allowInsecureAuth = true; // loopback test; the TLS rule has its own tests
    h.onLine = [&](const QByteArray &line) {
        if (line.startsWith("* OK")) {
            const Result<void> r = h.transport.sendSensitive(QByteArray("a1 LOGIN alice " + secret1 + "\r\n"), "a1 LOGIN alice");
            QVERIFY(r.ok());
        } else if (line.startsWith("a1 OK")) {
            // Mistakenly sent as a normal line: the Redactor must still mask it.
            h.transport.send(QByteArray("a2 LOGIN bob " + secret2 + "\r\n"));
        }
    };
    captured.clear();
    previousFilter = QLoggingCategory::installFilter(transcriptOnFilter);
    QVERIFY(lcNetTranscript().isDebugEnabled());
    const QtMessageHandler previous = qInstallMessageHandler(captureHandler);
    h.transport.connectToServer(ep);
    QTRY_COMPARE(h.lines.size(), 5);
    h.transport.close();
    QTRY_COMPARE(h.disconnectedCount, 1);
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(previousFilter);

    const QString log = captured.join(QLatin1Char('\n'));
    QVERIFY2(!log.contains(QString::fromLatin1(secret1)), qPrintable(log));
    QVERIFY2(!log.contains(QString::fromLatin1(secret2)), qPrintable(log));
    QVERIFY2(captured.contains(QStringLiteral("imap C: a1 LOGIN alice <redacted>")), qPrintable(log));
    QVERIFY2(captured.contains(QStringLiteral("imap C: a2 LOGIN bob <redacted>")), qPrintable(log));
    QVERIFY2(captured.contains(QStringLiteral("imap S: * OK")), qPrintable(log));
    QVERIFY2(captured.contains(QStringLiteral("imap S: {3 bytes}")), qPrintable(log));
    // The server did receive the real secrets.
    QVERIFY(server.receivedLines().contains("a1 LOGIN alice " + secret1));
    QTRY_VERIFY2(server.ok(), qPrintable(server.errorString()));
}

QTEST_GUILESS_MAIN(tst_TransportLifecycle)
#include "tst_transportlifecycle.moc"
