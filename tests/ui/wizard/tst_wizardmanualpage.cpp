// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The wizard's manual settings page and its connection test against the Dovecot/SMTP fixture:
// nothing found leads there with the usual names prefilled, every field is validated inline,
// plaintext needs explicit consent, and each way a connection fails is told in plain words.
#include "keyringsession.h"
#include "wizardtestbase.h"

#include <QApplication>
#include <QLabel>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTcpServer>

using namespace WizardTest;

class TestWizardManualPage : public WizardTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startFixture(); }
    void manualSettingsWhenNothingIsFound();
    void manualPageValidatesInline();
    void connectionErrorsInPlainWords_data();
    void connectionErrorsInPlainWords();
    void imapOnlyProviderSkipsTheChoice();
    void stoppedDetectionRunsAgainAfterGoingBack();
    void mirrorsRightToLeft();
};

void TestWizardManualPage::manualSettingsWhenNothingIsFound()
{
    // Nothing knows nowhere.test: the manual page, then STARTTLS on the plain ports.
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillIdentity(wizard, QStringLiteral("alice@nowhere.test"), m_server.password(QStringLiteral("alice")));
    QVERIFY(child<QLabel>(&wizard, "detectionResult")->text().contains(QLatin1String("No settings were found")));
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerSettings));
    QVERIFY(child<QLabel>(&wizard, "manualNote")->isVisible());
    // Prefilled with the usual names: the user corrects them.
    QCOMPARE(child<QLineEdit>(&wizard, "incomingHostEdit")->text(), QStringLiteral("imap.nowhere.test"));
    QCOMPARE(child<QLineEdit>(&wizard, "outgoingHostEdit")->text(), QStringLiteral("smtp.nowhere.test"));
    setServer(wizard, "incoming", QStringLiteral("localhost"), m_server.port(Service::Imap), Net::Security::StartTls);
    setServer(wizard, "outgoing", QStringLiteral("localhost"), m_server.port(Service::Smtp), Net::Security::StartTls);
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::Review));
    QVERIFY(child<QLabel>(&wizard, "reviewSummary")->text().contains(QLatin1String("by hand")));
    QVERIFY(!child<QCheckBox>(&wizard, "manualCheck")->isVisible());
    QVERIFY(clickNext(&wizard));
    trustAndPass(wizard);
    finish(wizard);
    const Account::Account a = profile.storedAccounts().value(0);
    QCOMPARE(a.incoming.security, Net::Security::StartTls);
    QCOMPARE(a.incoming.port, m_server.port(Service::Imap));
    QCOMPARE(a.outgoing.security, Net::Security::StartTls);
    QCOMPARE(a.outgoing.port, m_server.port(Service::Smtp));
}

void TestWizardManualPage::manualPageValidatesInline()
{
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    fillIdentity(wizard, QStringLiteral("alice@nowhere.test"), QStringLiteral("pw"));
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerSettings));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    auto *host = child<QLineEdit>(&wizard, "incomingHostEdit");
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("imap.example.org:993"));
    QVERIFY(!next->isEnabled());
    QVERIFY2(host->accessibleDescription().contains(QLatin1String("the port has its own field")),
             qPrintable(host->accessibleDescription()));
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("imap.example.org"));
    QVERIFY(next->isEnabled());
    QVERIFY(host->accessibleDescription().isEmpty());
    auto *user = child<QLineEdit>(&wizard, "outgoingUserEdit");
    user->selectAll();
    QTest::keyClick(user, Qt::Key_Delete);
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(user, QStringLiteral("alice"));
    QVERIFY(next->isEnabled());
    // Plaintext only with explicit consent.
    auto *security = child<QComboBox>(&wizard, "incomingSecurityCombo");
    security->setCurrentIndex(security->findData(int(Net::Security::None)));
    auto *consent = child<QCheckBox>(&wizard, "allowInsecureCheck");
    QVERIFY(consent->isVisible());
    QVERIFY(!next->isEnabled());
    QVERIFY(security->accessibleDescription().contains(QLatin1String("read your password")));
    clickToggle(consent);
    QVERIFY(next->isEnabled());
    QCOMPARE(child<QSpinBox>(&wizard, "incomingPortSpin")->value(), 143);
}

void TestWizardManualPage::connectionErrorsInPlainWords_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // 0: a closed port; -1: the fixture's plain IMAP port
    QTest::addColumn<Net::Security>("security");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host not found") << "no-such-host.invalid" << 993 << Net::Security::ImplicitTls
                                    << "The server name no-such-host.invalid was not found";
    QTest::newRow("connection refused") << "127.0.0.1" << 0 << Net::Security::ImplicitTls
                                        << "refused the connection on port";
    QTest::newRow("no STARTTLS") << "127.0.0.3" << -1 << Net::Security::StartTls
                                 << "does not support the chosen security (STARTTLS)";
    QTest::newRow("TLS on a plain port") << "127.0.0.1" << -1 << Net::Security::ImplicitTls
                                         << "A secure connection to 127.0.0.1";
}

void TestWizardManualPage::connectionErrorsInPlainWords()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(Net::Security, security);
    QFETCH(QString, expected);
    if (port == 0) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort(); // closed again when this scope ends
    } else if (port < 0) {
        port = m_server.port(Service::Imap);
    }
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    fillIdentity(wizard, QStringLiteral("alice@nowhere.test"), m_server.password(QStringLiteral("alice")));
    QVERIFY(clickNext(&wizard));
    setServer(wizard, QStringLiteral("incoming"), host, quint16(port), security);
    setServer(wizard, QStringLiteral("outgoing"), QStringLiteral("localhost"), m_server.port(Service::Smtps),
              Net::Security::ImplicitTls);
    QVERIFY(clickNext(&wizard));
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::ConnectionTest));
    auto *page = qobject_cast<Ui::ConnectionTestPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30'000);
    QVERIFY(!page->passed());
    const QString incoming = child<QLabel>(&wizard, "incomingStatus")->text();
    QVERIFY2(incoming.startsWith(QLatin1String("Failed: ")) && incoming.contains(expected), qPrintable(incoming));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
}

void TestWizardManualPage::imapOnlyProviderSkipsTheChoice()
{
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    fillIdentity(wizard, QStringLiteral("alice@imaponly.test"), QStringLiteral("pw"));
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::Review)); // nothing to choose
    QVERIFY(!wizard.hasVisitedPage(AccountWizard::Protocol));
    QCOMPARE(wizard.draft().account.protocol, Account::IncomingProtocol::Imap);
}

void TestWizardManualPage::stoppedDetectionRunsAgainAfterGoingBack()
{
    // The user stops detection, lands on the manual page, changes their mind and goes back:
    // detection runs again and its answer leads on as usual.
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    QTest::keyClicks(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("Alice"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "addressEdit"), QStringLiteral("alice@example.test"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral("pw"));
    QVERIFY(clickNext(&wizard));
    // The provider list answers one event-loop turn after start: stop before that.
    QTest::mouseClick(child<QPushButton>(&wizard, "skipDetectionButton"), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerSettings));
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(AccountWizard::Identity));
    QVERIFY(clickNext(&wizard));
    auto *page = qobject_cast<Ui::DetectionPage *>(wizard.currentPage());
    QTRY_VERIFY(!page->isRunning() && wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(&wizard, "detectionResult")->text().contains(QLatin1String("list of providers")));
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::Protocol));
}

void TestWizardManualPage::mirrorsRightToLeft()
{
    // Persian: labels on the right of their fields, the buttons' order mirrored.
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    const auto restore = qScopeGuard([] { QGuiApplication::setLayoutDirection(Qt::LeftToRight); });
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.isRightToLeft());
    auto *edit = child<QLineEdit>(&wizard, "nameEdit");
    QLabel *label = nullptr;
    for (QLabel *l : wizard.findChildren<QLabel *>()) {
        if (l->buddy() == edit)
            label = l;
    }
    QVERIFY(label);
    const int labelX = label->mapTo(&wizard, QPoint()).x();
    const int editX = edit->mapTo(&wizard, QPoint()).x();
    QVERIFY2(labelX > editX, qPrintable(QStringLiteral("label at %1, field at %2").arg(labelX).arg(editX)));
    const int next = wizard.button(QWizard::NextButton)->mapTo(&wizard, QPoint()).x();
    const int cancel = wizard.button(QWizard::CancelButton)->mapTo(&wizard, QPoint()).x();
    QVERIFY(next > cancel);
    // Addresses and host names stay left to right inside the mirrored layout.
    QCOMPARE(child<QLineEdit>(&wizard, "addressEdit")->layoutDirection(), Qt::LeftToRight);
}

int main(int argc, char **argv)
{
    PigeonTest::ensureKeyringSession(argc, argv);
    QApplication app(argc, argv);
    TestWizardManualPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizardmanualpage.moc"
