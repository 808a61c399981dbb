// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The built-in provider list: every file in resources/providers/ parses, and every domain of
// /work/shared/PROVIDERS.md resolves to the documented hosts, ports, security and access rules.
#include "autoconfig/autoconfigparser.h"
#include "autoconfig/providerlist.h"

#include <QDir>
#include <QTest>

using namespace Pigeon::Autoconfig;
using Pigeon::Net::Security;
using Kind = AccessRule::Kind;

class TestProviderList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFileParsesFromSourceAndResource();
    void domains_data();
    void domains();
    void unknownDomain();
    void outlookIsOAuth2Only();
    void usernameIsTheAddress();
};

void TestProviderList::everyFileParsesFromSourceAndResource()
{
    const QDir src(QStringLiteral(PIGEON_SOURCE_DIR "/resources/providers"));
    const QStringList files = src.entryList({QStringLiteral("*.xml")}, QDir::Files);
    QVERIFY(files.size() >= 14);
    for (const QString &name : files) {
        QFile f(src.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        AutoconfigParser::Options o;
        o.allowPigeonExtensions = true;
        const auto r = AutoconfigParser::parse(f.readAll(), QStringLiteral("someone@example.org"), o);
        QVERIFY2(r.ok(), qPrintable(name + QLatin1String(": ") + (r ? QString() : r.error().text())));
        QVERIFY2(r->skipped.isEmpty(), qPrintable(name + QLatin1String(": ") + r->skipped.join(u';')));
        QVERIFY2(r->isComplete(), qPrintable(name));
        QCOMPARE(name, r->providerId + QLatin1String(".xml"));
    }
    // The embedded resource holds the same files.
    const ProviderList &list = ProviderList::builtIn();
    QVERIFY2(list.errors().isEmpty(), qPrintable(list.errors().join(u'\n')));
    QCOMPARE(list.files(), files);
}

void TestProviderList::domains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("imapHost");
    QTest::addColumn<int>("imapPort");
    QTest::addColumn<QString>("popHost"); // empty = no POP3
    QTest::addColumn<QString>("smtpHost");
    QTest::addColumn<int>("smtpPort");
    QTest::addColumn<Security>("smtpSecurity");
    QTest::addColumn<QList<Kind>>("access");
    QTest::addColumn<bool>("unverified");

    const auto S = Security::ImplicitTls;
    const auto T = Security::StartTls;
    struct P {
        QStringList domains;
        const char *imap, *pop, *smtp;
        int smtpPort;
        Security sec;
        QList<Kind> access;
        bool unverified;
    };
    const QList<P> providers = {
        {{"gmail.com", "googlemail.com"}, "imap.gmail.com", "pop.gmail.com", "smtp.gmail.com", 465, S, {Kind::AppPassword}, false},
        {{"outlook.com", "hotmail.com", "live.com", "msn.com"}, "outlook.office365.com", "outlook.office365.com",
         "smtp-mail.outlook.com", 587, T, {Kind::OAuth2Only, Kind::EnablePop}, false},
        {{"yahoo.com", "yahoo.de", "yahoo.co.uk"}, "imap.mail.yahoo.com", "pop.mail.yahoo.com", "smtp.mail.yahoo.com", 465, S, {Kind::AppPassword}, false},
        {{"icloud.com", "me.com", "mac.com"}, "imap.mail.me.com", "", "smtp.mail.me.com", 587, T, {Kind::AppPassword}, false},
        {{"gmx.net", "gmx.de"}, "imap.gmx.net", "pop.gmx.net", "mail.gmx.net", 465, S, {Kind::EnableImap, Kind::EnablePop}, false},
        {{"gmx.com"}, "imap.gmx.com", "pop.gmx.com", "mail.gmx.com", 465, S, {Kind::EnableImap, Kind::EnablePop}, false},
        {{"zoho.com", "zohomail.com"}, "imap.zoho.com", "pop.zoho.com", "smtp.zoho.com", 465, S, {Kind::EnableImap, Kind::AppPassword}, false},
        {{"yandex.ru", "yandex.com", "ya.ru", "narod.ru"}, "imap.yandex.com", "pop.yandex.com", "smtp.yandex.com", 465, S,
         {Kind::EnableImap, Kind::AppPassword}, false},
        {{"mail.ru", "inbox.ru", "list.ru", "bk.ru"}, "imap.mail.ru", "pop.mail.ru", "smtp.mail.ru", 465, S, {Kind::AppPassword}, false},
        {{"rambler.ru", "lenta.ru", "ro.ru", "autorambler.ru", "myrambler.ru"}, "imap.rambler.ru", "pop.rambler.ru",
         "smtp.rambler.ru", 465, S, {Kind::EnableImap}, false},
        {{"wp.pl"}, "imap.wp.pl", "pop3.wp.pl", "smtp.wp.pl", 465, S, {Kind::EnableImap}, true},
        {{"o2.pl", "tlen.pl", "go2.pl"}, "poczta.o2.pl", "poczta.o2.pl", "poczta.o2.pl", 465, S, {Kind::EnableImap}, true},
        {{"onet.pl", "op.pl", "vp.pl", "onet.eu", "poczta.onet.pl", "spoko.pl", "autograf.pl", "vip.onet.pl", "buziaczek.pl", "amorki.pl"},
         "imap.poczta.onet.pl", "pop3.poczta.onet.pl", "smtp.poczta.onet.pl", 465, S, {}, true},
        {{"interia.pl", "poczta.fm", "interia.eu"}, "poczta.interia.pl", "poczta.interia.pl", "poczta.interia.pl", 465, S, {}, true},
    };
    for (const P &p : providers) {
        for (const QString &d : p.domains) {
            QTest::newRow(qPrintable(d)) << d << QString::fromLatin1(p.imap) << 993 << QString::fromLatin1(p.pop)
                                         << QString::fromLatin1(p.smtp) << p.smtpPort << p.sec << p.access << p.unverified;
        }
    }
}

void TestProviderList::domains()
{
    QFETCH(QString, domain);
    QFETCH(QString, imapHost);
    QFETCH(int, imapPort);
    QFETCH(QString, popHost);
    QFETCH(QString, smtpHost);
    QFETCH(int, smtpPort);
    QFETCH(Security, smtpSecurity);
    QFETCH(QList<Kind>, access);
    QFETCH(bool, unverified);

    // Upper case in the address must not matter for the domain.
    const auto config = ProviderList::builtIn().lookup(QStringLiteral("Jan.Kowalski@") + domain.toUpper());
    QVERIFY(config);
    QCOMPARE(config->source, ConfigSource::ProviderList);
    QVERIFY(config->isComplete());
    const ServerCandidate *in = config->preferredIncoming();
    QCOMPARE(in->protocol, ServerCandidate::Protocol::Imap);
    QCOMPARE(in->host, imapHost);
    QCOMPARE(int(in->port), imapPort);
    QCOMPARE(in->security, Security::ImplicitTls);

    const ServerCandidate *pop = nullptr;
    for (const ServerCandidate &c : config->incoming) {
        if (c.protocol == ServerCandidate::Protocol::Pop3 && !pop)
            pop = &c;
    }
    if (popHost.isEmpty()) {
        QVERIFY(!pop);
    } else {
        QVERIFY(pop);
        QCOMPARE(pop->host, popHost);
        QCOMPARE(int(pop->port), 995);
        QCOMPARE(pop->security, Security::ImplicitTls);
    }

    const ServerCandidate *out = config->preferredOutgoing();
    QCOMPARE(out->host, smtpHost);
    QCOMPARE(int(out->port), smtpPort);
    QCOMPARE(out->security, smtpSecurity);

    QList<Kind> kinds;
    for (const AccessRule &r : config->access) {
        kinds.append(r.kind);
        QVERIFY(r.url.isEmpty() || r.url.scheme() == QLatin1String("https"));
    }
    QCOMPARE(kinds, access);
    QCOMPARE(config->unverified, unverified);
    QCOMPARE(config->verified, !unverified);
}

void TestProviderList::unknownDomain()
{
    QVERIFY(!ProviderList::builtIn().lookup(QStringLiteral("a@example.org")));
    QVERIFY(!ProviderList::builtIn().lookup(QStringLiteral("a@chmail.ir")));
    QVERIFY(!ProviderList::builtIn().lookup(QStringLiteral("no-at-sign")));
    // A subdomain is a different domain (mail.gmail.com is not Gmail's mail domain).
    QVERIFY(!ProviderList::builtIn().lookup(QStringLiteral("a@x.gmail.com")));
}

void TestProviderList::outlookIsOAuth2Only()
{
    const auto config = ProviderList::builtIn().lookup(QStringLiteral("a@hotmail.com"));
    QVERIFY(config);
    QVERIFY(config->hasAccessRule(Kind::OAuth2Only));
    for (const auto &c : config->incoming + config->outgoing)
        QVERIFY(c.oauth2);
    const auto gmail = ProviderList::builtIn().lookup(QStringLiteral("a@gmail.com"));
    for (const auto &c : gmail->incoming + gmail->outgoing)
        QVERIFY(!c.oauth2);
    QCOMPARE(gmail->access.first().url, QUrl(QStringLiteral("https://myaccount.google.com/apppasswords")));
}

void TestProviderList::usernameIsTheAddress()
{
    const auto config = ProviderList::builtIn().lookup(QStringLiteral("Ala.Nowak@wp.pl"));
    QVERIFY(config);
    for (const auto &c : config->incoming + config->outgoing)
        QCOMPARE(c.username, QStringLiteral("Ala.Nowak@wp.pl"));
}

QTEST_GUILESS_MAIN(TestProviderList)
#include "tst_providerlist.moc"
