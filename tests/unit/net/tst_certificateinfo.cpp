// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "net/certificateinfo.h"

#include "common/mailerror.h"
#include "support/testcertificates.h"

#include <QProcess>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Net;
using Pigeon::Test::TestCertificates;
using Kind = Pigeon::Test::TestCertificates::Kind;

Q_DECLARE_METATYPE(Pigeon::Test::TestCertificates::Kind)

class tst_CertificateInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fields_data();
    void fields();
    void fingerprintMatchesOpenssl_data() { fields_data(); }
    void fingerprintMatchesOpenssl();
    void travelsAsErrorPayload();
    void nullCertificate();
};

void tst_CertificateInfo::initTestCase()
{
    QVERIFY2(TestCertificates::available(), qPrintable(TestCertificates::errorString()));
}

void tst_CertificateInfo::fields_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("selfSigned");
    QTest::newRow("server") << Kind::Server << "CN=localhost, O=Pigeon Test" << "CN=Pigeon Test CA, O=Pigeon Test"
                            << QStringList{"localhost", "127.0.0.1"} << false;
    QTest::newRow("self-signed") << Kind::SelfSigned << "CN=localhost, O=Self Signed" << "CN=localhost, O=Self Signed"
                                 << QStringList{"localhost", "127.0.0.1"} << true;
    QTest::newRow("wrong host") << Kind::WrongHost << "CN=mail.other.invalid, O=Pigeon Test"
                                << "CN=Pigeon Test CA, O=Pigeon Test" << QStringList{"mail.other.invalid"} << false;
}

void tst_CertificateInfo::fields()
{
    QFETCH(Kind, kind);
    QFETCH(QString, subject);
    QFETCH(QString, issuer);
    QFETCH(QStringList, names);
    QFETCH(bool, selfSigned);
    const QSslCertificate cert = TestCertificates::certificate(kind);
    const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, cert),
                                  QSslError(QSslError::HostNameMismatch, cert)};
    const CertificateInfo info = CertificateInfo::fromCertificate(cert, QStringLiteral("imap.example.org"), errors);
    QVERIFY(!info.isNull());
    QCOMPARE(info.subject(), subject);
    QCOMPARE(info.issuer(), issuer);
    for (const QString &n : names)
        QVERIFY2(info.subjectAlternativeNames().contains(n), qPrintable(info.subjectAlternativeNames().join(u',')));
    QCOMPARE(info.isSelfSigned(), selfSigned);
    QCOMPARE(info.host(), QStringLiteral("imap.example.org"));
    QCOMPARE(info.reasons().size(), 2);
    QCOMPARE(info.reasons().at(1), errors.at(1).errorString());
    QVERIFY(info.notBefore() < QDateTime::currentDateTimeUtc());
    QVERIFY(info.notAfter() > QDateTime::currentDateTimeUtc().addYears(5));
    QCOMPARE(QSslCertificate(info.pem(), QSsl::Pem), cert);
    QCOMPARE(info.pin(), (PinnedCertificate{QStringLiteral("imap.example.org"), info.sha256()}));
}

void tst_CertificateInfo::fingerprintMatchesOpenssl()
{
    QFETCH(Kind, kind);
    // An independent implementation: what a user would compare on the command line.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"),
                                              QStringLiteral("-fingerprint"), QStringLiteral("-sha256"),
                                              QStringLiteral("-in"), TestCertificates::certificateFile(kind)});
    QVERIFY(openssl.waitForFinished(10000));
    const QString out = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed();
    QString expected = out.section(QLatin1Char('='), 1);
    QCOMPARE(expected.size(), 95);
    const CertificateInfo info = CertificateInfo::fromCertificate(TestCertificates::certificate(kind), QStringLiteral("h"));
    QCOMPARE(info.sha256Display().toUpper(), expected);
    QCOMPARE(info.sha256(), expected.remove(QLatin1Char(':')).toLower());
}

void tst_CertificateInfo::travelsAsErrorPayload()
{
    const CertificateInfo info = CertificateInfo::fromCertificate(TestCertificates::certificate(Kind::SelfSigned),
                                                                  QStringLiteral("localhost"));
    MailError error(MailError::Kind::UntrustedCertificate, QStringLiteral("x"));
    error.setPayload(QVariant::fromValue(info));
    const QVariant copy = QVariant::fromValue(error);
    const MailError back = copy.value<MailError>();
    QVERIFY(back.payload().canConvert<CertificateInfo>());
    QCOMPARE(back.payload().value<CertificateInfo>(), info);
    QVERIFY(QMetaType::fromName("Pigeon::Net::CertificateInfo").isValid());
}

void tst_CertificateInfo::nullCertificate()
{
    const CertificateInfo info = CertificateInfo::fromCertificate(QSslCertificate(), QStringLiteral("h"));
    QVERIFY(info.isNull());
    QVERIFY(CertificateInfo::fingerprint(QSslCertificate()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CertificateInfo)
#include "tst_certificateinfo.moc"
