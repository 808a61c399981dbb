// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// RFC 6186 SRV detection with injected DNS answers: priority/weight order, "." meaning the
// service is not offered, implicit TLS before STARTTLS, incomplete answers, DNS failures.
#include "autoconfig/srvsource.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Pigeon::Autoconfig;
using Pigeon::MailError;
using Pigeon::Result;
using Pigeon::Net::Security;

namespace {

/// Answers from a table, one event-loop turn later; names not in the table have no records.
class FakeResolver : public SrvResolver
{
public:
    QHash<QString, Result<QList<SrvRecord>>> answers;
    QStringList asked;
    void lookup(const QString &name, Callback done) override
    {
        asked.append(name);
        const auto answer = answers.value(name, QList<SrvRecord>());
        QTimer::singleShot(0, this, [done, answer] { done(answer); });
    }
    void cancelAll() override {}
};

} // namespace

class TestSrv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ordering_data();
    void ordering();
    void sourceBuildsCandidates();
    void dotTargetMeansNotOffered();
    void incompleteIsNotFound();
    void dnsFailureIsReported();
    void cancelledSourceStaysSilent();
};

void TestSrv::ordering_data()
{
    QTest::addColumn<QList<SrvRecord>>("in");
    QTest::addColumn<QStringList>("targets");
    QTest::newRow("priority wins over weight")
        << QList<SrvRecord>{{"b.example.org.", 993, 20, 100}, {"a.example.org.", 993, 10, 0}}
        << QStringList{"a.example.org", "b.example.org"};
    QTest::newRow("weight within a priority")
        << QList<SrvRecord>{{"light.example.org", 993, 10, 1}, {"heavy.example.org", 993, 10, 60},
                            {"backup.example.org", 993, 30, 90}}
        << QStringList{"heavy.example.org", "light.example.org", "backup.example.org"};
    QTest::newRow("equal records keep DNS order")
        << QList<SrvRecord>{{"x.example.org", 993, 0, 0}, {"y.example.org", 993, 0, 0}}
        << QStringList{"x.example.org", "y.example.org"};
    QTest::newRow("dot alone: not offered") << QList<SrvRecord>{{".", 0, 0, 0}} << QStringList{};
    QTest::newRow("dot and port 0 dropped")
        << QList<SrvRecord>{{".", 0, 0, 0}, {"z.example.org", 0, 0, 0}, {"Ok.Example.org.", 993, 5, 0}}
        << QStringList{"ok.example.org"};
    QTest::newRow("empty") << QList<SrvRecord>{} << QStringList{};
}

void TestSrv::ordering()
{
    QFETCH(QList<SrvRecord>, in);
    QFETCH(QStringList, targets);
    QStringList got;
    for (const SrvRecord &r : orderSrvRecords(in))
        got.append(r.target);
    QCOMPARE(got, targets);
}

void TestSrv::sourceBuildsCandidates()
{
    FakeResolver resolver;
    resolver.answers.insert(QStringLiteral("_imap._tcp.example.org"), QList<SrvRecord>{{"mx.example.org.", 143, 0, 0}});
    resolver.answers.insert(QStringLiteral("_imaps._tcp.example.org"),
                            QList<SrvRecord>{{"imap2.example.org.", 993, 10, 0}, {"imap1.example.org.", 993, 0, 0}});
    resolver.answers.insert(QStringLiteral("_submission._tcp.example.org"), QList<SrvRecord>{{"smtp.example.org.", 587, 0, 0}});
    resolver.answers.insert(QStringLiteral("_submissions._tcp.example.org"), QList<SrvRecord>{{"smtp.example.org.", 465, 0, 0}});
    resolver.answers.insert(QStringLiteral("_pop3s._tcp.example.org"), QList<SrvRecord>{{"pop.example.org", 995, 0, 0}});
    SrvSource source(&resolver);
    QSignalSpy found(&source, &DetectionSource::found);
    QSignalSpy failed(&source, &DetectionSource::failed);
    QSignalSpy progress(&source, &DetectionSource::progressed);
    source.start(QStringLiteral("me@Example.org"));
    QVERIFY(found.isEmpty()); // never from inside start()
    QVERIFY(found.wait(2000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(progress.count() >= 1);
    QCOMPARE(resolver.asked.size(), 6);
    QVERIFY(resolver.asked.contains(QStringLiteral("_submissions._tcp.example.org")));
    const auto config = found.first().first().value<DetectedConfig>();
    QCOMPARE(config.source, ConfigSource::Srv);
    QVERIFY(!config.verified);
    QStringList in;
    for (const auto &c : config.incoming)
        in.append(QStringLiteral("%1:%2:%3").arg(c.host).arg(c.port).arg(Pigeon::Net::securityName(c.security)));
    QCOMPARE(in, (QStringList{"imap1.example.org:993:tls", "imap2.example.org:993:tls", "mx.example.org:143:starttls",
                              "pop.example.org:995:tls"}));
    QCOMPARE(config.outgoing.size(), 2);
    QCOMPARE(config.outgoing[0].port, quint16(465));
    QCOMPARE(config.outgoing[0].security, Security::ImplicitTls);
    QCOMPARE(config.outgoing[1].security, Security::StartTls);
    QCOMPARE(config.incoming[0].username, QStringLiteral("me@Example.org"));
}

void TestSrv::dotTargetMeansNotOffered()
{
    FakeResolver resolver;
    resolver.answers.insert(QStringLiteral("_imaps._tcp.example.org"), QList<SrvRecord>{{".", 0, 0, 0}});
    resolver.answers.insert(QStringLiteral("_imap._tcp.example.org"), QList<SrvRecord>{{"imap.example.org", 143, 0, 0}});
    resolver.answers.insert(QStringLiteral("_submissions._tcp.example.org"), QList<SrvRecord>{{".", 0, 0, 0}});
    resolver.answers.insert(QStringLiteral("_submission._tcp.example.org"), QList<SrvRecord>{{"smtp.example.org", 587, 0, 0}});
    SrvSource source(&resolver);
    QSignalSpy found(&source, &DetectionSource::found);
    source.start(QStringLiteral("me@example.org"));
    QVERIFY(found.wait(2000));
    const auto config = found.first().first().value<DetectedConfig>();
    QCOMPARE(config.incoming.size(), 1);
    QCOMPARE(config.incoming[0].security, Security::StartTls);
    QCOMPARE(config.outgoing.size(), 1);
    QCOMPARE(config.outgoing[0].port, quint16(587));
}

void TestSrv::incompleteIsNotFound()
{
    FakeResolver resolver;
    resolver.answers.insert(QStringLiteral("_imaps._tcp.example.org"), QList<SrvRecord>{{"imap.example.org", 993, 0, 0}});
    resolver.answers.insert(QStringLiteral("_submissions._tcp.example.org"), QList<SrvRecord>{{".", 0, 0, 0}});
    SrvSource source(&resolver);
    QSignalSpy failed(&source, &DetectionSource::failed);
    source.start(QStringLiteral("me@example.org"));
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().first().value<MailError>().kind(), MailError::Kind::NotFound);
}

void TestSrv::dnsFailureIsReported()
{
    FakeResolver resolver;
    resolver.answers.insert(QStringLiteral("_imaps._tcp.example.org"),
                            MailError(MailError::Kind::Network, QStringLiteral("SERVFAIL")));
    SrvSource source(&resolver);
    QSignalSpy failed(&source, &DetectionSource::failed);
    source.start(QStringLiteral("me@example.org"));
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().first().value<MailError>().kind(), MailError::Kind::Network);
}

void TestSrv::cancelledSourceStaysSilent()
{
    FakeResolver resolver;
    resolver.answers.insert(QStringLiteral("_imaps._tcp.example.org"), QList<SrvRecord>{{"imap.example.org", 993, 0, 0}});
    resolver.answers.insert(QStringLiteral("_submissions._tcp.example.org"), QList<SrvRecord>{{"smtp.example.org", 465, 0, 0}});
    SrvSource source(&resolver);
    QSignalSpy found(&source, &DetectionSource::found);
    QSignalSpy failed(&source, &DetectionSource::failed);
    QSignalSpy progress(&source, &DetectionSource::progressed);
    source.start(QStringLiteral("me@example.org"));
    source.cancel();
    QTest::qWait(100);
    QCOMPARE(found.count() + failed.count() + progress.count(), 0);
}

QTEST_GUILESS_MAIN(TestSrv)
#include "tst_srv.moc"
