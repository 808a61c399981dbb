// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

// The fixture and the moves of a user that every wizard GUI test shares: the Dovecot/SMTP
// servers, a provider list written for them, typing the first page, trusting the fixture's
// certificate through the wizard's own panel, filling the manual page.

#include "wizardtestharness.h"

#include "net/certificateinfo.h"
#include "ui/wizard/accountwizard.h"
#include "ui/wizard/connectiontestpage.h"
#include "ui/wizard/detectionpage.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

#include <memory>

namespace WizardTest {

using namespace Pigeon;
using Pigeon::Ui::AccountWizard;
using Service = TestMailServer::Service;

/// The fixture and the user's moves every wizard test needs.
class WizardTestBase : public QObject
{
protected:
    /// Starts the mail servers and writes the provider list for them (example.test with an
    /// app-password rule and link, oauth.test OAuth2 only).
    void startFixture();
    /// Types the "You" page and goes on to the detection page; waits for its answer.
    void fillIdentity(Pigeon::Ui::AccountWizard &wizard, const QString &address, const QString &password,
                      bool remember = true);
    /// On the connection test page: waits for the first result, trusts the fixture's
    /// certificate through the panel, waits for both servers to pass.
    void trustAndPass(Pigeon::Ui::AccountWizard &wizard);
    /// Presses Finish and waits until the wizard has stored everything and closed.
    static void finish(Pigeon::Ui::AccountWizard &wizard);
    /// Fills one server's fields on the manual page as a user does (security first, so the
    /// port typed afterwards stays).
    static void setServer(Pigeon::Ui::AccountWizard &wizard, const QString &prefix, const QString &host, quint16 port,
                          Pigeon::Net::Security security, const QString &user = QStringLiteral("alice"));

    TestMailServer m_server;
    QTemporaryDir m_providerDir;
    std::unique_ptr<Pigeon::Autoconfig::ProviderList> m_providers;
    QString m_servedFingerprint;
};

inline void WizardTestBase::startFixture()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_providerDir.isValid());
    auto write = [this](const QString &domain, const QByteArray &xml) {
        QFile f(m_providerDir.filePath(domain + QStringLiteral(".xml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(xml);
    };
    write(QStringLiteral("example.test"),
          providerXml(m_server, QStringLiteral("example.test"),
                      QStringLiteral("<pigeon:access kind=\"app-password\" url=\"https://example.test/app-passwords\"/>")));
    write(QStringLiteral("oauth.test"),
          providerXml(m_server, QStringLiteral("oauth.test"), QStringLiteral("<pigeon:access kind=\"oauth2-only\"/>"),
                      QStringLiteral("OAuth2")));
    write(QStringLiteral("imaponly.test"),
          providerXml(m_server, QStringLiteral("imaponly.test"), QString(), QStringLiteral("password-cleartext"), false));
    m_providers = std::make_unique<Autoconfig::ProviderList>(m_providerDir.path());
    QVERIFY2(m_providers->errors().isEmpty(), qPrintable(m_providers->errors().join(QLatin1Char('\n'))));
    QCOMPARE(m_providers->domains().size(), 3);
    const QSslCertificate served = QSslCertificate::fromPath(m_server.servedCertFile()).value(0);
    QVERIFY(!served.isNull());
    m_servedFingerprint = Net::CertificateInfo::fingerprint(served);
}

inline void WizardTestBase::fillIdentity(AccountWizard &wizard, const QString &address, const QString &password,
                                         bool remember)
{
    QCOMPARE(wizard.currentId(), int(AccountWizard::Identity));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled()); // nothing typed yet
    QTest::keyClicks(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("Alice Tester"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "addressEdit"), address);
    QVERIFY(!next->isEnabled()); // no password yet
    QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), password);
    QVERIFY(next->isEnabled());
    auto *rememberCheck = child<QCheckBox>(&wizard, "rememberCheck");
    QVERIFY(rememberCheck->isChecked()); // on by default
    if (!remember) {
        clickToggle(rememberCheck);
        QVERIFY(!rememberCheck->isChecked());
    }
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::Detection));
    auto *page = qobject_cast<Ui::DetectionPage *>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20'000);
}

inline void WizardTestBase::trustAndPass(AccountWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(AccountWizard::ConnectionTest));
    auto *page = qobject_cast<Ui::ConnectionTestPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30'000);
    // The fixture's CA is unknown to the system: the test fails and shows the certificate.
    QVERIFY(!page->passed());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    auto *panel = child<QWidget>(&wizard, "certificatePanel");
    QVERIFY(panel->isVisible());
    const QString details = child<QLabel>(&wizard, "certificateDetails")->text();
    QVERIFY2(details.contains(Net::CertificateInfo::fromCertificate(
                                  QSslCertificate::fromPath(m_server.servedCertFile()).value(0), QString())
                                  .sha256Display()),
             qPrintable(details));
    QVERIFY(child<QLabel>(&wizard, "incomingStatus")->text().contains(QLatin1String("certificate")));
    QTest::mouseClick(child<QPushButton>(&wizard, "trustCertificateButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30'000);
    QVERIFY2(page->passed(), qPrintable(child<QLabel>(&wizard, "incomingStatus")->text() + QLatin1Char('\n')
                                        + child<QLabel>(&wizard, "outgoingStatus")->text()));
    QVERIFY(child<QLabel>(&wizard, "incomingStatus")->text().startsWith(QLatin1String("OK")));
    QVERIFY(child<QLabel>(&wizard, "outgoingStatus")->text().startsWith(QLatin1String("OK")));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
}

inline void WizardTestBase::finish(AccountWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 20'000);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

inline void WizardTestBase::setServer(AccountWizard &wizard, const QString &prefix, const QString &host, quint16 port,
                                  Net::Security security, const QString &user)
{
    auto *combo = wizard.findChild<QComboBox *>(prefix + QStringLiteral("SecurityCombo"));
    combo->setFocus();
    // Keyboard choice in the combo box: Home, then Down until the wanted entry.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toInt() != int(security); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toInt(), int(security));
    auto type = [&](const QString &name, const QString &text) {
        QWidget *w = wizard.findChild<QWidget *>(prefix + name);
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->selectAll();
        else
            qobject_cast<QAbstractSpinBox *>(w)->selectAll();
        QTest::keyClicks(w, text);
    };
    type(QStringLiteral("HostEdit"), host);
    type(QStringLiteral("PortSpin"), QString::number(port));
    type(QStringLiteral("UserEdit"), user);
}


} // namespace WizardTest
