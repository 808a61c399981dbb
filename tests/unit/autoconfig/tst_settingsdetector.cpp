// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// SettingsDetector with scripted sources: the provider list wins at once, a source that never
// answers blocks nothing, the overall timeout, unverified answers that fail their check,
// progress per source and cancel().
#include "autoconfig/detectionsource.h"
#include "autoconfig/providerlistsource.h"
#include "autoconfig/settingsdetector.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Pigeon::Autoconfig;
using Pigeon::MailError;
using Outcome = SettingsDetector::Outcome;

namespace {

/// Answers after @p delayMs with a configuration or an error; delay < 0 = never answers.
class ScriptedSource : public DetectionSource
{
public:
    ScriptedSource(ConfigSource kind, int delayMs, std::optional<DetectedConfig> config)
        : m_kind(kind), m_delay(delayMs), m_config(std::move(config))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            Q_EMIT progressed(QStringLiteral("answering"));
            if (m_config)
                Q_EMIT found(*m_config);
            else
                Q_EMIT failed(MailError(MailError::Kind::NotFound, QStringLiteral("nothing")));
        });
    }
    ConfigSource kind() const override { return m_kind; }
    void start(const QString &) override
    {
        ++starts;
        if (m_delay >= 0)
            m_timer.start(m_delay);
    }
    void cancel() override
    {
        ++cancels;
        m_timer.stop();
    }
    int starts = 0;
    int cancels = 0;

private:
    ConfigSource m_kind;
    int m_delay;
    std::optional<DetectedConfig> m_config;
    QTimer m_timer;
};

DetectedConfig config(ConfigSource source, bool verified, const QString &host = QStringLiteral("mail.example.org"))
{
    DetectedConfig c;
    c.source = source;
    c.verified = verified;
    ServerCandidate in;
    in.host = host;
    in.port = 993;
    ServerCandidate out;
    out.protocol = ServerCandidate::Protocol::Smtp;
    out.host = host;
    out.port = 465;
    c.incoming = {in};
    c.outgoing = {out};
    return c;
}

Outcome waitForOutcome(QSignalSpy &spy, int ms)
{
    if (spy.isEmpty())
        spy.wait(ms);
    return spy.isEmpty() ? Outcome{} : spy.first().first().value<Outcome>();
}

} // namespace

class TestSettingsDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void providerListWinsAtOnceDespiteASilentSource();
    void silentSourceOnlyCostsTheTimeout();
    void verifiedAnswerWinsOverSlowerOnes();
    void unverifiedAnswerIsCheckedAndFallsBack();
    void everySourceFailing();
    void cancelFinishesOnce();

private:
    quint16 m_closedPort = 0;
};

void TestSettingsDetector::initTestCase()
{
    qRegisterMetaType<Outcome>();
    // A port nothing listens on: verification probes get "connection refused" at once.
    QTcpServer s;
    QVERIFY(s.listen(QHostAddress::LocalHost));
    m_closedPort = s.serverPort();
}

void TestSettingsDetector::providerListWinsAtOnceDespiteASilentSource()
{
    SettingsDetector detector;
    detector.setTimeout(20'000);
    auto *silent = new ScriptedSource(ConfigSource::Autoconfig, -1, std::nullopt);
    detector.addSource(silent);
    detector.addSource(new ProviderListSource());
    QSignalSpy finished(&detector, &SettingsDetector::finished);
    QSignalSpy started(&detector, &SettingsDetector::sourceStarted);
    QSignalSpy sourceDone(&detector, &SettingsDetector::sourceFinished);
    QElapsedTimer t;
    t.start();
    detector.start(QStringLiteral("jan@gmail.com"));
    QCOMPARE(started.count(), 2);
    const Outcome o = waitForOutcome(finished, 5000);
    QVERIFY(t.elapsed() < 2000);
    QVERIFY(o.ok());
    QCOMPARE(o.config.source, ConfigSource::ProviderList);
    QCOMPARE(o.config.preferredIncoming()->host, QStringLiteral("imap.gmail.com"));
    QCOMPARE(sourceDone.count(), 1);
    QCOMPARE(silent->cancels, 1); // the silent one was stopped
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

void TestSettingsDetector::silentSourceOnlyCostsTheTimeout()
{
    SettingsDetector detector;
    detector.setTimeout(300);
    detector.addSource(new ScriptedSource(ConfigSource::Autoconfig, -1, std::nullopt));
    detector.addSource(new ScriptedSource(ConfigSource::Srv, 10, std::nullopt));
    QSignalSpy finished(&detector, &SettingsDetector::finished);
    QElapsedTimer t;
    t.start();
    detector.start(QStringLiteral("a@example.org"));
    const Outcome o = waitForOutcome(finished, 5000);
    QVERIFY(t.elapsed() >= 250);
    QVERIFY(t.elapsed() < 3000);
    QVERIFY(!o.ok());
    QCOMPARE(o.error.kind(), MailError::Kind::Timeout);
}

void TestSettingsDetector::verifiedAnswerWinsOverSlowerOnes()
{
    SettingsDetector detector;
    detector.setTimeout(10'000);
    detector.addSource(new ScriptedSource(ConfigSource::Autoconfig, -1, std::nullopt));
    detector.addSource(new ScriptedSource(ConfigSource::Srv, 2000, config(ConfigSource::Srv, true, QStringLiteral("srv.example.org"))));
    detector.addSource(new ScriptedSource(ConfigSource::Probe, 20, config(ConfigSource::Probe, true)));
    QSignalSpy finished(&detector, &SettingsDetector::finished);
    QSignalSpy progress(&detector, &SettingsDetector::sourceProgressed);
    QElapsedTimer t;
    t.start();
    detector.start(QStringLiteral("a@example.org"));
    const Outcome o = waitForOutcome(finished, 5000);
    QVERIFY(t.elapsed() < 1500);
    QVERIFY(o.ok());
    QCOMPARE(o.config.source, ConfigSource::Probe);
    QVERIFY(o.config.verified);
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress.first().at(0).value<ConfigSource>(), ConfigSource::Probe);
}

void TestSettingsDetector::unverifiedAnswerIsCheckedAndFallsBack()
{
    SettingsDetector detector;
    detector.setTimeout(10'000);
    detector.setProbeTimeouts(2000, 2000);
    // Every check goes to a closed port, so the unverified answer cannot be confirmed.
    const quint16 port = m_closedPort;
    detector.setEndpointRewrite([port](const Pigeon::Net::Endpoint &e) {
        Pigeon::Net::Endpoint r = e;
        r.host = QStringLiteral("127.0.0.1");
        r.port = port;
        return r;
    });
    detector.addSource(new ScriptedSource(ConfigSource::Srv, 10, config(ConfigSource::Srv, false)));
    detector.addSource(new ScriptedSource(ConfigSource::Probe, 50, std::nullopt));
    QSignalSpy finished(&detector, &SettingsDetector::finished);
    QSignalSpy progress(&detector, &SettingsDetector::sourceProgressed);
    detector.start(QStringLiteral("a@example.org"));
    const Outcome o = waitForOutcome(finished, 8000);
    // Offered, but marked unverified so the wizard asks the user instead of using it silently.
    QVERIFY(o.ok());
    QCOMPARE(o.config.source, ConfigSource::Srv);
    QVERIFY(!o.config.verified);
    bool sawCheckFailure = false;
    for (const auto &args : progress)
        sawCheckFailure |= args.at(1).toString().contains(QLatin1String("did not answer"));
    QVERIFY(sawCheckFailure);
}

void TestSettingsDetector::everySourceFailing()
{
    SettingsDetector detector;
    detector.setTimeout(10'000);
    detector.addSource(new ScriptedSource(ConfigSource::Srv, 10, std::nullopt));
    detector.addSource(new ProviderListSource());
    QSignalSpy finished(&detector, &SettingsDetector::finished);
    QSignalSpy sourceDone(&detector, &SettingsDetector::sourceFinished);
    detector.start(QStringLiteral("a@unknown.example"));
    const Outcome o = waitForOutcome(finished, 5000);
    QVERIFY(!o.ok());
    QCOMPARE(o.error.kind(), MailError::Kind::NotFound);
    QCOMPARE(sourceDone.count(), 2);
}

void TestSettingsDetector::cancelFinishesOnce()
{
    SettingsDetector detector;
    auto *silent = new ScriptedSource(ConfigSource::Srv, -1, std::nullopt);
    detector.addSource(silent);
    QSignalSpy finished(&detector, &SettingsDetector::finished);
    detector.start(QStringLiteral("a@example.org"));
    detector.cancel();
    detector.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<Outcome>().error.kind(), MailError::Kind::Cancelled);
    QCOMPARE(silent->cancels, 1);
    QVERIFY(!detector.isRunning());
}

QTEST_GUILESS_MAIN(TestSettingsDetector)
#include "tst_settingsdetector.moc"
