// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Custom domains hosted by a known provider, found from the domain's MX records (injected DNS
// answers) and the built-in provider list: Google Workspace through <pigeon:mx>, Yandex through
// one of its own domains, Outlook as OAuth2 only; unknown exchangers, no MX, DNS failures,
// cancellation, and the detector taking the answer at once while another source stays silent.
#include "autoconfig/mxsource.h"
#include "autoconfig/providerlist.h"
#include "autoconfig/settingsdetector.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Pigeon::Autoconfig;
using Pigeon::MailError;
using Pigeon::Result;

namespace {

/// Answers from a table, one event-loop turn later; domains not in the table have no MX.
class FakeMxResolver : public MxResolver
{
public:
    QHash<QString, Result<QList<MxRecord>>> answers;
    QStringList asked;
    void lookup(const QString &domain, Callback done) override
    {
        asked.append(domain);
        const auto answer = answers.value(domain, QList<MxRecord>());
        QTimer::singleShot(0, this, [done, answer] { done(answer); });
    }
    void cancelAll() override {}
};

/// Starts and never answers.
class SilentSource : public DetectionSource
{
public:
    ConfigSource kind() const override { return ConfigSource::Autoconfig; }
    void start(const QString &) override {}
    void cancel() override {}
};

} // namespace

class TestMx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SettingsDetector::Outcome>(); }
    void baseDomain_data();
    void baseDomain();
    void hostedAtGoogle();
    void hostedAtYandexByOwnDomain();
    void hostedAtOutlookIsOAuth2Only();
    void unknownExchanger();
    void noMxRecords();
    void dnsFailureIsReported();
    void cancelledSourceStaysSilent();
    void detectorTakesMxAnswerDespiteASilentSource();

private:
    /// Runs a source to its end; the found config or the error.
    static Result<DetectedConfig> run(FakeMxResolver &resolver, const QString &address, int *progressCount = nullptr);
};

Result<DetectedConfig> TestMx::run(FakeMxResolver &resolver, const QString &address, int *progressCount)
{
    MxSource source(&resolver);
    QSignalSpy found(&source, &DetectionSource::found);
    QSignalSpy failed(&source, &DetectionSource::failed);
    QSignalSpy progress(&source, &DetectionSource::progressed);
    source.start(address);
    if (!QTest::qWaitFor([&] { return found.count() + failed.count() > 0; }, 5000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("no answer"));
    QTest::qWait(20); // nothing more may follow
    if (found.count() + failed.count() != 1)
        return MailError(MailError::Kind::Internal, QStringLiteral("more than one answer"));
    if (progressCount)
        *progressCount = int(progress.count());
    if (!found.isEmpty())
        return found.first().first().value<DetectedConfig>();
    return failed.first().first().value<MailError>();
}

void TestMx::baseDomain_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("base");
    QTest::newRow("google") << "aspmx.l.google.com." << "google.com";
    QTest::newRow("yandex hosted") << "mx.yandex.net" << "yandex.net";
    QTest::newRow("upper case") << "MX01.Mail.ICLOUD.com" << "icloud.com";
    QTest::newRow("co.uk") << "mx1.example.co.uk" << "example.co.uk";
    QTest::newRow("com.pl") << "mx.firma.com.pl" << "firma.com.pl";
    QTest::newRow("two labels") << "gmx.net" << "gmx.net";
    QTest::newRow("single label") << "localhost" << "";
    QTest::newRow("empty") << "" << "";
}

void TestMx::baseDomain()
{
    QFETCH(QString, host);
    QFETCH(QString, base);
    QCOMPARE(MxSource::baseDomain(host), base);
}

void TestMx::hostedAtGoogle()
{
    FakeMxResolver resolver;
    resolver.answers.insert(QStringLiteral("kowalski.pl"),
                            QList<MxRecord>{{QStringLiteral("alt1.aspmx.l.google.com."), 5},
                                            {QStringLiteral("aspmx.l.google.com."), 1}});
    int progress = 0;
    const auto result = run(resolver, QStringLiteral("anna@kowalski.pl"), &progress);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(resolver.asked, QStringList{QStringLiteral("kowalski.pl")});
    QCOMPARE(result->source, ConfigSource::Mx);
    QCOMPARE(result->providerId, QStringLiteral("gmail.com"));
    QVERIFY(result->isComplete());
    QVERIFY(result->verified); // the curated list's answer
    QCOMPARE(result->preferredIncoming()->host, QStringLiteral("imap.gmail.com"));
    // Hosted domains log in with the whole address.
    for (const auto &c : result->incoming + result->outgoing)
        QCOMPARE(c.username, QStringLiteral("anna@kowalski.pl"));
    QVERIFY(result->hasAccessRule(AccessRule::Kind::AppPassword));
    QCOMPARE(progress, 1);
}

void TestMx::hostedAtYandexByOwnDomain()
{
    FakeMxResolver resolver;
    resolver.answers.insert(QStringLiteral("shop.example"), QList<MxRecord>{{QStringLiteral("mx.yandex.ru"), 10}});
    const auto result = run(resolver, QStringLiteral("info@shop.example"));
    QVERIFY(result);
    QCOMPARE(result->providerId, QStringLiteral("yandex.ru"));
    QCOMPARE(result->preferredIncoming()->username, QStringLiteral("info@shop.example"));
}

void TestMx::hostedAtOutlookIsOAuth2Only()
{
    FakeMxResolver resolver;
    resolver.answers.insert(QStringLiteral("firma.example"),
                            QList<MxRecord>{{QStringLiteral("firma-example.mail.protection.outlook.com"), 0}});
    const auto result = run(resolver, QStringLiteral("jan@firma.example"));
    QVERIFY(result);
    QCOMPARE(result->providerId, QStringLiteral("outlook.com"));
    QVERIFY(result->hasAccessRule(AccessRule::Kind::OAuth2Only));
}

void TestMx::unknownExchanger()
{
    FakeMxResolver resolver;
    resolver.answers.insert(QStringLiteral("example.org"),
                            QList<MxRecord>{{QStringLiteral("mx1.example.org"), 10}, {QStringLiteral("mx2.example.org"), 20},
                                            {QStringLiteral("backup.mailhost.example"), 30}});
    const auto result = run(resolver, QStringLiteral("me@example.org"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind(), MailError::Kind::NotFound);
    // Each distinct exchanger domain was tried once and is named.
    QVERIFY2(result.error().text().contains(QLatin1String("example.org, mailhost.example")), qPrintable(result.error().text()));
}

void TestMx::noMxRecords()
{
    FakeMxResolver resolver;
    const auto result = run(resolver, QStringLiteral("me@nomx.example"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind(), MailError::Kind::NotFound);
}

void TestMx::dnsFailureIsReported()
{
    FakeMxResolver resolver;
    resolver.answers.insert(QStringLiteral("example.org"),
                            MailError(MailError::Kind::Network, QStringLiteral("Server failure")));
    const auto result = run(resolver, QStringLiteral("me@example.org"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind(), MailError::Kind::Network);
}

void TestMx::cancelledSourceStaysSilent()
{
    FakeMxResolver resolver;
    resolver.answers.insert(QStringLiteral("kowalski.pl"), QList<MxRecord>{{QStringLiteral("aspmx.l.google.com"), 1}});
    MxSource source(&resolver);
    QSignalSpy found(&source, &DetectionSource::found);
    QSignalSpy failed(&source, &DetectionSource::failed);
    QSignalSpy progress(&source, &DetectionSource::progressed);
    source.start(QStringLiteral("anna@kowalski.pl"));
    source.cancel();
    QTest::qWait(100);
    QCOMPARE(found.count() + failed.count() + progress.count(), 0);
}

void TestMx::detectorTakesMxAnswerDespiteASilentSource()
{
    FakeMxResolver resolver;
    resolver.answers.insert(QStringLiteral("kowalski.pl"), QList<MxRecord>{{QStringLiteral("aspmx.l.google.com"), 1}});
    SettingsDetector detector;
    detector.setTimeout(60'000);
    detector.addSource(new SilentSource);
    detector.addSource(new MxSource(&resolver));
    QSignalSpy finished(&detector, &SettingsDetector::finished);
    QElapsedTimer clock;
    clock.start();
    detector.start(QStringLiteral("anna@kowalski.pl"));
    QVERIFY(finished.wait(5000));
    QVERIFY(clock.elapsed() < 5000); // not the 60 s of the silent source
    const auto outcome = finished.first().first().value<SettingsDetector::Outcome>();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.config.source, ConfigSource::Mx);
    QCOMPARE(outcome.config.providerId, QStringLiteral("gmail.com"));
}

QTEST_GUILESS_MAIN(TestMx)
#include "tst_mx.moc"
