// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// AutoconfigParser on good, odd and hostile documents: every failure is a clear MailError,
// never a crash, a hang or an expanded entity.
#include "autoconfig/autoconfigparser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Pigeon::Autoconfig;
using Pigeon::MailError;
using Pigeon::Net::Security;

Q_DECLARE_METATYPE(MailError::Kind)

namespace {

QByteArray wrap(const QByteArray &servers, const QByteArray &extra = {})
{
    return "<?xml version=\"1.0\"?>\n" + extra
           + "<clientConfig version=\"1.1\" xmlns:pigeon=\"urn:x-pigeon-mail:autoconfig-extension:1\">"
             "<emailProvider id=\"example.org\"><domain>example.org</domain>"
             "<displayName>Example Mail</displayName>"
           + servers + "</emailProvider></clientConfig>";
}

QByteArray server(const char *element, const char *type, const QByteArray &host, const QByteArray &port,
                  const QByteArray &socketType, const QByteArray &user = "%EMAILADDRESS%",
                  const QByteArray &auth = "password-cleartext")
{
    return QByteArray("<") + element + " type=\"" + type + "\"><hostname>" + host + "</hostname><port>" + port
           + "</port><socketType>" + socketType + "</socketType><username>" + user
           + "</username><authentication>" + auth + "</authentication></" + element + ">";
}

const QByteArray goodSmtp = server("outgoingServer", "smtp", "smtp.example.org", "465", "SSL");
const QString addr = QStringLiteral("Ann.Lee@Example.org");

} // namespace

class TestAutoconfigParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodDocument();
    void placeholders();
    void badServersAreSkipped_data();
    void badServersAreSkipped();
    void plaintextIsKeptButInsecure();
    void hostileDocuments_data();
    void hostileDocuments();
    void billionLaughsIsRefusedQuickly();
    void extensionsOnlyWhenAllowed();
    void authenticationValues_data();
    void authenticationValues();
};

void TestAutoconfigParser::goodDocument()
{
    const QByteArray xml = wrap(server("incomingServer", "imap", "imap.example.org", "993", "SSL")
                                + server("incomingServer", "pop3", "pop.example.org", "110", "STARTTLS")
                                + "<incomingServer type=\"exchange\"><hostname>x.example.org</hostname></incomingServer>"
                                + goodSmtp
                                + server("outgoingServer", "smtp", "smtp.example.org", "587", "STARTTLS"));
    const auto r = AutoconfigParser::parse(xml, addr);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->providerId, QStringLiteral("example.org"));
    QCOMPARE(r->displayName, QStringLiteral("Example Mail"));
    QCOMPARE(r->domains, QStringList{QStringLiteral("example.org")});
    QCOMPARE(r->source, ConfigSource::Autoconfig);
    QCOMPARE(r->incoming.size(), 2);
    QCOMPARE(r->incoming[0].protocol, ServerCandidate::Protocol::Imap);
    QCOMPARE(r->incoming[0].port, quint16(993));
    QCOMPARE(r->incoming[0].security, Security::ImplicitTls);
    QCOMPARE(r->incoming[1].protocol, ServerCandidate::Protocol::Pop3);
    QCOMPARE(r->incoming[1].security, Security::StartTls);
    QCOMPARE(r->outgoing.size(), 2);
    QCOMPARE(r->outgoing[1].port, quint16(587));
    QCOMPARE(r->incoming[0].username, addr);
    QCOMPARE(r->skipped.size(), 1); // the exchange server
    QVERIFY(r->isComplete());
    QVERIFY(!r->verified);
}

void TestAutoconfigParser::placeholders()
{
    const QByteArray xml = wrap(server("incomingServer", "imap", "imap.%EMAILDOMAIN%", "993", "SSL", "%EMAILLOCALPART%")
                                + server("outgoingServer", "smtp", "smtp.%EMAILDOMAIN%", "465", "SSL", "%EMAILADDRESS%"));
    const auto r = AutoconfigParser::parse(xml, addr);
    QVERIFY(r.ok());
    QCOMPARE(r->incoming[0].host, QStringLiteral("imap.example.org"));
    QCOMPARE(r->incoming[0].username, QStringLiteral("Ann.Lee"));
    QCOMPARE(r->outgoing[0].host, QStringLiteral("smtp.example.org"));
    QCOMPARE(r->outgoing[0].username, addr);
}

void TestAutoconfigParser::badServersAreSkipped_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::newRow("unknown socketType") << server("incomingServer", "imap", "a.example.org", "993", "TLS1.3-magic");
    QTest::newRow("empty socketType") << server("incomingServer", "imap", "a.example.org", "993", "");
    QTest::newRow("port 0") << server("incomingServer", "imap", "a.example.org", "0", "SSL");
    QTest::newRow("port 65536") << server("incomingServer", "imap", "a.example.org", "65536", "SSL");
    QTest::newRow("port negative") << server("incomingServer", "imap", "a.example.org", "-993", "SSL");
    QTest::newRow("port text") << server("incomingServer", "imap", "a.example.org", "imaps", "SSL");
    QTest::newRow("port huge") << server("incomingServer", "imap", "a.example.org", "99999999999999999999", "SSL");
    QTest::newRow("host with path") << server("incomingServer", "imap", "a.example.org/evil", "993", "SSL");
    QTest::newRow("host with port") << server("incomingServer", "imap", "a.example.org:25", "993", "SSL");
    QTest::newRow("host with space") << server("incomingServer", "imap", "a example.org", "993", "SSL");
    QTest::newRow("host empty") << server("incomingServer", "imap", "", "993", "SSL");
    QTest::newRow("unknown placeholder in host") << server("incomingServer", "imap", "%EMAILHOST%", "993", "SSL");
    QTest::newRow("unknown placeholder in user") << server("incomingServer", "imap", "a.example.org", "993", "SSL", "%USERNAME%");
    QTest::newRow("only NTLM") << server("incomingServer", "imap", "a.example.org", "993", "SSL", "%EMAILADDRESS%", "NTLM");
}

void TestAutoconfigParser::badServersAreSkipped()
{
    QFETCH(QByteArray, bad);
    const QByteArray good = server("incomingServer", "imap", "imap.example.org", "993", "SSL");
    const auto r = AutoconfigParser::parse(wrap(bad + good + goodSmtp), addr);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->incoming.size(), 1);
    QCOMPARE(r->incoming[0].host, QStringLiteral("imap.example.org"));
    QCOMPARE(r->skipped.size(), 1);

    // With nothing else, the document is unusable: a clear error, not an empty config.
    const auto alone = AutoconfigParser::parse(wrap(bad), addr);
    QVERIFY(!alone.ok());
    QCOMPARE(alone.error().kind(), MailError::Kind::Parse);
    QVERIFY(!alone.error().text().isEmpty());
}

void TestAutoconfigParser::plaintextIsKeptButInsecure()
{
    const auto r = AutoconfigParser::parse(wrap(server("incomingServer", "imap", "imap.example.org", "143", "plain")
                                                + server("outgoingServer", "smtp", "smtp.example.org", "25", "plain")),
                                           addr);
    QVERIFY(r.ok());
    QCOMPARE(r->incoming.size(), 1);
    QVERIFY(r->incoming[0].insecure());
    QVERIFY(r->outgoing[0].insecure());
    QVERIFY(!r->preferredIncoming());
    QVERIFY(!r->isComplete()); // only used when the user insists
}

void TestAutoconfigParser::hostileDocuments_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<MailError::Kind>("kind");
    QTest::newRow("empty") << QByteArray() << MailError::Kind::Parse;
    QTest::newRow("not xml") << QByteArray("HTTP/1.1 200 OK\r\n\r\n<html>") << MailError::Kind::Parse;
    QTest::newRow("html") << QByteArray("<html><body>Not found</body></html>") << MailError::Kind::Parse;
    QTest::newRow("unclosed") << wrap(goodSmtp).chopped(20) << MailError::Kind::Parse;
    QTest::newRow("mismatched") << QByteArray("<clientConfig><emailProvider></clientConfig></emailProvider>")
                                << MailError::Kind::Parse;
    QTest::newRow("wrong root") << QByteArray("<autodiscover><emailProvider/></autodiscover>") << MailError::Kind::Parse;
    QTest::newRow("namespaced root") << QByteArray("<x:clientConfig xmlns:x=\"urn:x\"/>") << MailError::Kind::Parse;
    QTest::newRow("no provider") << QByteArray("<clientConfig version=\"1.1\"/>") << MailError::Kind::Parse;
    QTest::newRow("external entity")
        << wrap("<incomingServer type=\"imap\"><hostname>&xxe;</hostname></incomingServer>" + goodSmtp,
                "<!DOCTYPE clientConfig [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n")
        << MailError::Kind::Parse;
    QTest::newRow("undeclared entity")
        << wrap("<incomingServer type=\"imap\"><hostname>&nope;</hostname></incomingServer>" + goodSmtp)
        << MailError::Kind::Parse;
    QTest::newRow("element in hostname")
        << wrap("<incomingServer type=\"imap\"><hostname><b>x</b></hostname></incomingServer>" + goodSmtp)
        << MailError::Kind::Parse;
    QTest::newRow("too large") << wrap(goodSmtp + QByteArray(AutoconfigParser::DefaultMaxSize, ' '))
                               << MailError::Kind::LimitExceeded;
    QByteArray many;
    for (int i = 0; i < 40; ++i)
        many += goodSmtp;
    QTest::newRow("too many servers") << wrap(many) << MailError::Kind::Parse;
    // Deep nesting inside an unknown element: skipped iteratively, no recursion to overflow.
    QTest::newRow("deep nesting") << wrap(QByteArray("<x>").repeated(10000) + QByteArray("</x>").repeated(10000))
                                  << MailError::Kind::Parse;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe<clientConfig>", 20) << MailError::Kind::Parse;
}

void TestAutoconfigParser::hostileDocuments()
{
    QFETCH(QByteArray, xml);
    QFETCH(MailError::Kind, kind);
    const auto r = AutoconfigParser::parse(xml, addr);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), kind);
    QVERIFY(!r.error().text().isEmpty());
}

void TestAutoconfigParser::billionLaughsIsRefusedQuickly()
{
    QByteArray dtd = "<!DOCTYPE clientConfig [<!ENTITY lol0 \"lol\">";
    for (int i = 1; i < 10; ++i)
        dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"" + QByteArray("&lol" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
    dtd += "]>\n";
    const QByteArray xml = wrap("<displayName>&lol9;</displayName>" + goodSmtp, dtd);
    QElapsedTimer t;
    t.start();
    const auto r = AutoconfigParser::parse(xml, addr);
    QVERIFY(t.elapsed() < 1000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), MailError::Kind::Parse);
    QVERIFY2(r.error().text().contains(QLatin1String("document type")), qPrintable(r.error().text()));
}

void TestAutoconfigParser::extensionsOnlyWhenAllowed()
{
    const QByteArray xml = wrap(goodSmtp + server("incomingServer", "imap", "imap.example.org", "993", "SSL")
                                + "<pigeon:access kind=\"app-password\" url=\"https://example.org/app\"/>"
                                  "<pigeon:access kind=\"enable-imap\" url=\"http://example.org/insecure\"/>"
                                  "<pigeon:access kind=\"bogus\"/>"
                                  "<pigeon:verification state=\"unverified\"/>");
    const auto foreign = AutoconfigParser::parse(xml, addr);
    QVERIFY(foreign.ok());
    QVERIFY(foreign->access.isEmpty());
    QVERIFY(!foreign->unverified);

    AutoconfigParser::Options o;
    o.allowPigeonExtensions = true;
    o.source = ConfigSource::ProviderList;
    const auto own = AutoconfigParser::parse(xml, addr, o);
    QVERIFY(own.ok());
    QCOMPARE(own->access.size(), 2);
    QCOMPARE(own->access[0].kind, AccessRule::Kind::AppPassword);
    QCOMPARE(own->access[0].url, QUrl(QStringLiteral("https://example.org/app")));
    QCOMPARE(own->access[1].kind, AccessRule::Kind::EnableImap);
    QVERIFY(own->access[1].url.isEmpty()); // http links are dropped
    QVERIFY(own->unverified);
    QCOMPARE(own->source, ConfigSource::ProviderList);
}

void TestAutoconfigParser::authenticationValues_data()
{
    QTest::addColumn<QByteArray>("auths");
    QTest::addColumn<Pigeon::Account::AuthMethod>("method");
    QTest::addColumn<bool>("oauth2");
    using M = Pigeon::Account::AuthMethod;
    QTest::newRow("cleartext") << QByteArray("<authentication>password-cleartext</authentication>") << M::Auto << false;
    QTest::newRow("encrypted") << QByteArray("<authentication>password-encrypted</authentication>") << M::CramMd5 << false;
    QTest::newRow("none listed") << QByteArray() << M::Auto << false;
    QTest::newRow("oauth2 only") << QByteArray("<authentication>OAuth2</authentication>") << M::Auto << true;
    QTest::newRow("oauth2 then password")
        << QByteArray("<authentication>OAuth2</authentication><authentication>password-cleartext</authentication>")
        << M::Auto << false;
    QTest::newRow("gssapi then encrypted")
        << QByteArray("<authentication>GSSAPI</authentication><authentication>password-encrypted</authentication>")
        << M::CramMd5 << false;
}

void TestAutoconfigParser::authenticationValues()
{
    QFETCH(QByteArray, auths);
    QFETCH(Pigeon::Account::AuthMethod, method);
    QFETCH(bool, oauth2);
    const QByteArray in = "<incomingServer type=\"imap\"><hostname>imap.example.org</hostname><port>993</port>"
                          "<socketType>SSL</socketType>" + auths + "</incomingServer>";
    const auto r = AutoconfigParser::parse(wrap(in + goodSmtp), addr);
    QVERIFY(r.ok());
    QCOMPARE(r->incoming.size(), 1);
    QCOMPARE(r->incoming[0].auth, method);
    QCOMPARE(r->incoming[0].oauth2, oauth2);
}

QTEST_GUILESS_MAIN(TestAutoconfigParser)
#include "tst_autoconfigparser.moc"
