// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ImapSession's login sequence and error mapping against transcripts.
#include "sessionharness.h"

using namespace Pigeon;
using namespace Pigeon::Imap;
using namespace Pigeon::Test;

class TestImapSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void open_data();
    void open();
    void saslWithoutInitialResponse();
    void alerts();
    void passwordNeverInPlainSends();
    void commandBeforeLoginRefused();
};

void TestImapSession::open_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("serverCode");
    QTest::addColumn<QByteArrayList>("capsAfter");
    QTest::addColumn<QByteArrayList>("enabled");

    const int tls = int(Net::Security::ImplicitTls);
    const int starttls = int(Net::Security::StartTls);
    const int none = int(MailError::Kind::None);
    QTest::newRow("greeting with CAPABILITY, SASL-IR, ENABLE")
        << "greeting-capability.txt" << tls << "secret" << none << QString()
        << QByteArrayList{"QRESYNC", "SPECIAL-USE"} << QByteArrayList{"CONDSTORE", "QRESYNC"};
    QTest::newRow("greeting without CAPABILITY, LOGIN")
        << "greeting-plain.txt" << tls << "secret" << none << QString()
        << QByteArrayList{"NAMESPACE"} << QByteArrayList{};
    QTest::newRow("STARTTLS, capabilities re-read")
        << "starttls.txt" << starttls << "secret" << none << QString()
        << QByteArrayList{"IDLE"} << QByteArrayList{};
    QTest::newRow("STARTTLS required but absent")
        << "starttls-absent.txt" << starttls << "secret" << int(MailError::Kind::StartTlsUnavailable)
        << QString() << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("NO [AUTHENTICATIONFAILED]")
        << "login-authfailed.txt" << tls << "secret" << int(MailError::Kind::AuthFailed)
        << "AUTHENTICATIONFAILED" << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("NO without code")
        << "login-no-nocode.txt" << tls << "secret" << int(MailError::Kind::AuthFailed) << QString()
        << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("BAD")
        << "login-bad.txt" << tls << "secret" << int(MailError::Kind::ServerBad) << QString()
        << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("BYE mid-command")
        << "bye-mid-command.txt" << tls << "secret" << int(MailError::Kind::ServerBye) << QString()
        << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("BYE greeting")
        << "greeting-bye.txt" << tls << "secret" << int(MailError::Kind::ServerBye) << QString()
        << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("8-bit password as synchronising literal")
        << "login-literal.txt" << tls << QStringLiteral("pässword") << none << QString()
        << QByteArrayList{"IMAP4REV1"} << QByteArrayList{};
    QTest::newRow("8-bit password as LITERAL+")
        << "login-literal-plus.txt" << tls << QStringLiteral("pässword") << none << QString()
        << QByteArrayList{"LITERAL+"} << QByteArrayList{};
}

void TestImapSession::open()
{
    QFETCH(QString, file);
    QFETCH(int, security);
    QFETCH(QString, password);
    QFETCH(int, errorKind);
    QFETCH(QString, serverCode);
    QFETCH(QByteArrayList, capsAfter);
    QFETCH(QByteArrayList, enabled);

    ImapHarness h({file});
    QVERIFY2(h.loadError.isEmpty(), qPrintable(h.loadError));
    QSignalSpy closed(h.session.get(), &ImapSession::closed);
    SessionOptions options = imapOptions(Net::Security(security));
    options.password = password;
    const MailError error = h.open(options);
    QCOMPARE(MailError::kindName(error.kind()), MailError::kindName(MailError::Kind(errorKind)));
    if (error.isError()) {
        QCOMPARE(error.serverCode(), serverCode);
        QVERIFY(!error.text().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return closed.count() == 1; }, 5000));
        QCOMPARE(h.session->state(), ImapSession::State::Disconnected);
    } else {
        QCOMPARE(h.session->state(), ImapSession::State::Authenticated);
        for (const QByteArray &cap : capsAfter)
            QVERIFY2(h.session->hasCapability(cap), cap.constData());
        for (const QByteArray &cap : enabled)
            QVERIFY2(h.session->isEnabled(cap), cap.constData());
        // After STARTTLS only what the server said over TLS counts (RFC 9051 §6.2.1).
        QVERIFY(!h.session->hasCapability("STARTTLS"));
        QVERIFY(h.logoutAndWait());
        QCOMPARE(h.session->state(), ImapSession::State::Disconnected);
    }
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
    QCOMPARE(closed.count(), 1);
}

void TestImapSession::saslWithoutInitialResponse()
{
    ImapHarness h({QStringLiteral("starttls.txt")});
    QCOMPARE(h.open(imapOptions(Net::Security::StartTls)).kind(), MailError::Kind::None);
    // RFC 4616: authzid NUL authcid NUL password, base64, sent only after "+" and over TLS.
    QCOMPARE(h.fake->secretSends(), QList<QByteArray>{QByteArray("\0alice\0secret", 13).toBase64()});
    QVERIFY(h.logoutAndWait());
}

void TestImapSession::alerts()
{
    ImapHarness h({QStringLiteral("alert.txt")});
    QSignalSpy alerts(h.session.get(), &ImapSession::alertReceived);
    QCOMPARE(h.open(imapOptions()).kind(), MailError::Kind::None);
    QCOMPARE(alerts.count(), 2);
    QCOMPARE(alerts.at(0).at(0).toString(), QStringLiteral("Maintenance tonight at 22:00 UTC."));
    QCOMPARE(alerts.at(1).at(0).toString(), QStringLiteral("Your mailbox is 95% full."));
    QVERIFY(h.logoutAndWait());
    QVERIFY2(h.fake->verify(), qPrintable(h.fake->report()));
}

void TestImapSession::passwordNeverInPlainSends()
{
    const QStringList files{QStringLiteral("greeting-plain.txt"), QStringLiteral("login-literal.txt"),
                            QStringLiteral("greeting-capability.txt")};
    for (const QString &file : files) {
        ImapHarness h({file});
        SessionOptions options = imapOptions();
        if (file == QLatin1String("login-literal.txt"))
            options.password = QStringLiteral("pässword");
        QCOMPARE(h.open(options).kind(), MailError::Kind::None);
        QVERIFY(h.logoutAndWait());
        const QByteArray secret = options.password.toUtf8();
        const QByteArray plain = QByteArray("\0alice\0", 7) + secret;
        for (const QByteArray &line : h.fake->plainSends()) {
            QVERIFY2(!line.contains(secret), line.constData());
            QVERIFY2(!line.contains(plain.toBase64()), line.constData());
        }
        for (const QByteArray &line : h.fake->clientLog())
            QVERIFY2(!line.contains(secret) && !line.contains(plain.toBase64()), line.constData());
        QVERIFY(!h.fake->secretSends().isEmpty());
    }
}

void TestImapSession::commandBeforeLoginRefused()
{
    ImapHarness h({QStringLiteral("greeting-plain.txt")});
    int calls = 0;
    MailError error;
    h.session->execute(Command("NOOP"), {}, [&](const Result<StatusResponse> &r) {
        ++calls;
        error = r.ok() ? MailError() : r.error();
    });
    QCOMPARE(calls, 1);
    QCOMPARE(error.kind(), MailError::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestImapSession)
#include "tst_imapsession.moc"
