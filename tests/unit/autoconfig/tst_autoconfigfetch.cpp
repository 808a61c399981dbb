// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The domain's own autoconfig over HTTPS, from a local HTTPS server trusting the test CA:
// both URLs, the emailaddress parameter, https redirects followed, an http redirect refused
// (and the http server never contacted), size cap, timeout, an untrusted certificate.
#include "autoconfig/autoconfigsource.h"
#include "autoconfig/configfetcher.h"
#include "support/testcertificates.h"
#include "support/testhttpsserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Pigeon::Autoconfig;
using Pigeon::MailError;
using Pigeon::Test::TestCertificates;
using Pigeon::Test::TestHttpsServer;
using Response = TestHttpsServer::Response;

namespace {

const QByteArray configXml =
    "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"example.test\">"
    "<domain>example.test</domain><displayName>Example</displayName>"
    "<incomingServer type=\"imap\"><hostname>imap.example.test</hostname><port>993</port>"
    "<socketType>SSL</socketType><username>%EMAILLOCALPART%</username>"
    "<authentication>password-cleartext</authentication></incomingServer>"
    "<outgoingServer type=\"smtp\"><hostname>smtp.example.test</hostname><port>587</port>"
    "<socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username>"
    "<authentication>password-cleartext</authentication></outgoingServer>"
    "</emailProvider></clientConfig>";

// QVERIFY2 evaluates its message even when the check passes.
const char *describe(const std::variant<DetectedConfig, MailError> &r)
{
    static QByteArray text;
    text = std::holds_alternative<MailError>(r) ? std::get<MailError>(r).toString().toUtf8() : QByteArray("found");
    return text.constData();
}

} // namespace

class TestAutoconfigFetch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void urls();
    void autoconfigSubdomain();
    void wellKnownOnly();
    void httpsRedirectFollowed();
    void httpRedirectRefused();
    void tooLarge();
    void silentServerTimesOut();
    void untrustedCertificate();
    void plainHttpUrlRefused();
    void brokenFileIsReported();

private:
    /// Runs an AutoconfigSource against m_https; returns the found config or the error.
    std::variant<DetectedConfig, MailError> run(HttpsConfigFetcher &fetcher);

    TestHttpsServer *m_https = nullptr;
    TestHttpsServer *m_http = nullptr;
};

void TestAutoconfigFetch::initTestCase()
{
    QVERIFY2(TestCertificates::available(), qPrintable(TestCertificates::errorString()));
}

void TestAutoconfigFetch::init()
{
    delete m_https;
    delete m_http;
    m_https = new TestHttpsServer(true, this);
    m_http = new TestHttpsServer(false, this);
    QVERIFY2(m_https->listen(), qPrintable(m_https->errorString()));
    QVERIFY2(m_http->listen(), qPrintable(m_http->errorString()));
}

std::variant<DetectedConfig, MailError> TestAutoconfigFetch::run(HttpsConfigFetcher &fetcher)
{
    AutoconfigSource source(&fetcher);
    const quint16 port = m_https->port();
    // autoconfig.example.test and example.test both live on the local server.
    source.setUrlRewrite([port](const QUrl &url) {
        QUrl u = url;
        u.setHost(QStringLiteral("localhost"));
        u.setPort(port);
        return u;
    });
    QSignalSpy found(&source, &DetectionSource::found);
    QSignalSpy failed(&source, &DetectionSource::failed);
    source.start(QStringLiteral("ann+mail@example.test"));
    (void)QTest::qWaitFor([&] { return !found.isEmpty() || !failed.isEmpty(); }, 15'000);
    QTest::qWait(20); // a second answer would show up here
    if (found.count() + failed.count() != 1)
        return MailError(MailError::Kind::Internal, QStringLiteral("source answered %1 times").arg(found.count() + failed.count()));
    if (!found.isEmpty())
        return found.first().first().value<DetectedConfig>();
    if (!failed.isEmpty())
        return failed.first().first().value<MailError>();
    return MailError(MailError::Kind::Internal, QStringLiteral("source never finished"));
}

static HttpsConfigFetcher *trustingFetcher(QObject *parent)
{
    auto *f = new HttpsConfigFetcher(parent);
    f->setExtraCaCertificates({TestCertificates::caCertificate()});
    f->setTimeout(3000);
    return f;
}

void TestAutoconfigFetch::urls()
{
    const QList<QUrl> urls = AutoconfigSource::urlsFor(QStringLiteral("Ann+x@Example.ORG"));
    QCOMPARE(urls.size(), 2);
    QCOMPARE(urls[0].scheme(), QStringLiteral("https"));
    QCOMPARE(urls[0].host(), QStringLiteral("autoconfig.example.org"));
    QCOMPARE(urls[0].path(), QStringLiteral("/mail/config-v1.1.xml"));
    QCOMPARE(QUrlQuery(urls[0]).queryItemValue(QStringLiteral("emailaddress"), QUrl::FullyDecoded),
             QStringLiteral("Ann+x@Example.ORG"));
    QCOMPARE(urls[1].toString(), QStringLiteral("https://example.org/.well-known/autoconfig/mail/config-v1.1.xml"));
}

void TestAutoconfigFetch::autoconfigSubdomain()
{
    m_https->serve("/mail/config-v1.1.xml", {200, configXml, {}, false});
    auto *fetcher = trustingFetcher(this);
    const auto r = run(*fetcher);
    QVERIFY2(std::holds_alternative<DetectedConfig>(r), describe(r));
    const auto &c = std::get<DetectedConfig>(r);
    QCOMPARE(c.source, ConfigSource::Autoconfig);
    QCOMPARE(c.incoming[0].host, QStringLiteral("imap.example.test"));
    QCOMPARE(c.incoming[0].username, QStringLiteral("ann+mail"));
    QCOMPARE(c.outgoing[0].username, QStringLiteral("ann+mail@example.test"));
    QVERIFY(!c.verified);
    bool sawAddress = false;
    for (const QByteArray &t : m_https->requests()) {
        if (t.startsWith("/mail/config-v1.1.xml?")) {
            const QUrlQuery q{QString::fromLatin1(t.mid(t.indexOf('?') + 1))};
            sawAddress = q.queryItemValue(QStringLiteral("emailaddress"), QUrl::FullyDecoded)
                         == QLatin1String("ann+mail@example.test");
        }
    }
    QVERIFY2(sawAddress, m_https->requests().join(' ').constData());
}

void TestAutoconfigFetch::wellKnownOnly()
{
    m_https->serve("/.well-known/autoconfig/mail/config-v1.1.xml", {200, configXml, {}, false});
    const auto r = run(*trustingFetcher(this));
    QVERIFY(std::holds_alternative<DetectedConfig>(r));
}

void TestAutoconfigFetch::httpsRedirectFollowed()
{
    m_https->serve("/mail/config-v1.1.xml",
                   {302, {}, {{"Location", (m_https->baseUrl() + QStringLiteral("/moved.xml")).toLatin1()}}, false});
    m_https->serve("/moved.xml", {200, configXml, {}, false});
    const auto r = run(*trustingFetcher(this));
    QVERIFY2(std::holds_alternative<DetectedConfig>(r), describe(r));
    QVERIFY(m_https->requests().contains("/moved.xml"));
}

void TestAutoconfigFetch::httpRedirectRefused()
{
    m_http->serve("/evil.xml", {200, configXml, {}, false});
    const QByteArray target = (m_http->baseUrl() + QStringLiteral("/evil.xml")).toLatin1();
    m_https->serve("/mail/config-v1.1.xml", {301, {}, {{"Location", target}}, false});
    m_https->serve("/.well-known/autoconfig/mail/config-v1.1.xml", {302, {}, {{"Location", target}}, false});
    const auto r = run(*trustingFetcher(this));
    QVERIFY(std::holds_alternative<MailError>(r));
    QCOMPARE(std::get<MailError>(r).kind(), MailError::Kind::Tls);
    QVERIFY2(std::get<MailError>(r).text().contains(QLatin1String("HTTPS")), qPrintable(std::get<MailError>(r).text()));
    QTest::qWait(100);
    QVERIFY(m_http->requests().isEmpty()); // the plaintext server was never asked
}

void TestAutoconfigFetch::tooLarge()
{
    const QByteArray huge = configXml + QByteArray(200 * 1024, ' ');
    m_https->serve("/mail/config-v1.1.xml", {200, huge, {}, false});
    m_https->serve("/.well-known/autoconfig/mail/config-v1.1.xml", {200, huge, {}, false});
    const auto r = run(*trustingFetcher(this));
    QVERIFY(std::holds_alternative<MailError>(r));
    QCOMPARE(std::get<MailError>(r).kind(), MailError::Kind::LimitExceeded);
}

void TestAutoconfigFetch::silentServerTimesOut()
{
    m_https->setHandler([](const QByteArray &) { return Response{200, {}, {}, true}; });
    auto *fetcher = trustingFetcher(this);
    fetcher->setTimeout(500);
    QElapsedTimer t;
    t.start();
    const auto r = run(*fetcher);
    QVERIFY(std::holds_alternative<MailError>(r));
    QCOMPARE(std::get<MailError>(r).kind(), MailError::Kind::Timeout);
    QVERIFY(t.elapsed() < 5000);
}

void TestAutoconfigFetch::untrustedCertificate()
{
    m_https->serve("/mail/config-v1.1.xml", {200, configXml, {}, false});
    HttpsConfigFetcher fetcher; // trusts only the system CAs
    fetcher.setTimeout(3000);
    const auto r = run(fetcher);
    QVERIFY(std::holds_alternative<MailError>(r));
    QCOMPARE(std::get<MailError>(r).kind(), MailError::Kind::Tls);
    QVERIFY(m_https->requests().isEmpty());
}

void TestAutoconfigFetch::plainHttpUrlRefused()
{
    m_http->serve("/x.xml", {200, configXml, {}, false});
    HttpsConfigFetcher fetcher;
    QSignalSpy dummy(&fetcher, &QObject::destroyed);
    std::optional<Pigeon::Result<QByteArray>> got;
    fetcher.fetch(QUrl(m_http->baseUrl() + QStringLiteral("/x.xml")), [&got](const Pigeon::Result<QByteArray> &r) { got = r; });
    QVERIFY(!got); // never from inside fetch()
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().kind(), MailError::Kind::Tls);
    QVERIFY(m_http->requests().isEmpty());
}

void TestAutoconfigFetch::brokenFileIsReported()
{
    m_https->serve("/mail/config-v1.1.xml", {200, "<clientConfig><emailProvider>", {}, false});
    const auto r = run(*trustingFetcher(this));
    QVERIFY(std::holds_alternative<MailError>(r));
    QCOMPARE(std::get<MailError>(r).kind(), MailError::Kind::Parse);
}

QTEST_GUILESS_MAIN(TestAutoconfigFetch)
#include "tst_autoconfigfetch.moc"
