// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The account wizard end to end, offscreen, against the real Dovecot/SMTP fixture and the real
// keychain: a user types, clicks (or only uses the keyboard), sees the settings found, meets the
// fixture's certificate (signed by a CA the system does not know), trusts it through the
// wizard's own certificate panel, and finishes. Then the stored account and the keychain entry
// are read back.
#include "keyringsession.h"
#include "wizardtestbase.h"

#include "autoconfig/autoconfigsource.h"
#include "autoconfig/configfetcher.h"
#include "autoconfig/srvsource.h"
#include "support/testcertificates.h"
#include "support/testhttpsserver.h"
#include "ui/settings/accountsettingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>

using namespace WizardTest;
using Account::IncomingProtocol;
using Account::LeaveOnServer;

namespace {
/// A DNS that never answers: a slow source must not hold up the others.
class HangingSrvResolver : public Autoconfig::SrvResolver
{
public:
    void lookup(const QString &, Callback) override {}
    void cancelAll() override {}
};
} // namespace

class TestAccountWizard : public WizardTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startFixture(); }
    void imapAccountEndToEnd();
    void autoconfigOverHttpsWinsWhileDnsHangs();
    void pop3AccountEndToEnd_data();
    void pop3AccountEndToEnd();
    void keyboardOnly();
    void unrememberedPasswordLastsThisRunOnly();
    void existingAddressIsPointedOut();
    void wrongPasswordShowsAccessNoteAndStoresNothing();
    void oauth2OnlyProviderIsExplained();
    void settingsDialogEditsTheAccount();
    void settingsDialogSetsImapCompression();
};

void TestAccountWizard::imapAccountEndToEnd()
{
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    QSignalSpy created(&wizard, &AccountWizard::accountCreated);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillIdentity(wizard, QStringLiteral("alice@example.test"), m_server.password(QStringLiteral("alice")));

    // Found in the (test) provider list, with its access note and link shown before any login.
    const QString result = child<QLabel>(&wizard, "detectionResult")->text();
    QVERIFY2(result.contains(QLatin1String("list of providers")), qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("app password")), qPrintable(result));
    QVERIFY(result.contains(QLatin1String("https://example.test/app-passwords")));
    QCOMPARE(child<QLabel>(&wizard, "status-provider-list")->text(), QStringLiteral("found settings; Pigeon uses these"));

    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::Protocol)); // both IMAP and POP3 offered
    QVERIFY(child<QRadioButton>(&wizard, "imapRadio")->isChecked());
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::Review));
    const QString review = child<QLabel>(&wizard, "reviewSummary")->text();
    QVERIFY2(review.contains(QStringLiteral("port %1").arg(m_server.port(Service::Imaps))), qPrintable(review));
    QVERIFY(clickNext(&wizard));
    trustAndPass(wizard);
    finish(wizard);
    QCOMPARE(created.count(), 1);

    // What was stored, as the next start reads it.
    const QList<Account::Account> stored = profile.storedAccounts();
    QCOMPARE(stored.size(), 1);
    const Account::Account a = stored.first();
    QCOMPARE(a.id, created.first().first().toUuid());
    QCOMPARE(a.name, QStringLiteral("Alice Tester"));
    QCOMPARE(a.address, QStringLiteral("alice@example.test"));
    QCOMPARE(a.protocol, IncomingProtocol::Imap);
    QCOMPARE(a.incoming.host, QStringLiteral("localhost"));
    QCOMPARE(a.incoming.port, m_server.port(Service::Imaps));
    QCOMPARE(a.incoming.security, Net::Security::ImplicitTls);
    QCOMPARE(a.incoming.username, QStringLiteral("alice"));
    QCOMPARE(a.outgoing.port, m_server.port(Service::Smtps));
    QCOMPARE(a.outgoing.security, Net::Security::ImplicitTls);
    QCOMPARE(a.tls.pinned.size(), 1);
    QCOMPARE(a.tls.pinned.first().host, QStringLiteral("localhost"));
    QCOMPARE(a.tls.pinned.first().sha256, m_servedFingerprint);
    QVERIFY(!a.tls.allowInsecureAuth);
    // The password is in the keychain (both purposes), never in the file.
    QCOMPARE(profile.keychainPassword(a.id, Account::SecretPurpose::Incoming), m_server.password(QStringLiteral("alice")));
    QCOMPARE(profile.keychainPassword(a.id, Account::SecretPurpose::Outgoing), m_server.password(QStringLiteral("alice")));
    QFile file(profile.store.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_server.password(QStringLiteral("alice")).toUtf8()));
}

void TestAccountWizard::autoconfigOverHttpsWinsWhileDnsHangs()
{
    // auto.test is in no list; its autoconfig file is served over HTTPS by a local server
    // (certificate from the test CA the fetcher trusts), the DNS never answers, and the
    // answer is verified against the fixture before it may win.
    QVERIFY2(Test::TestCertificates::available(), qPrintable(Test::TestCertificates::errorString()));
    Test::TestHttpsServer https;
    QVERIFY2(https.listen(), qPrintable(https.errorString()));
    https.serve("/mail/config-v1.1.xml", {200, providerXml(m_server, QStringLiteral("auto.test"), QString()), {}, false});
    Autoconfig::HttpsConfigFetcher fetcher;
    fetcher.setExtraCaCertificates({Test::TestCertificates::caCertificate()});
    HangingSrvResolver dns;
    Profile profile;
    const QString ca = m_server.caFile();
    const quint16 port = https.port();
    Ui::WizardServices services = profile.services(m_providers.get(), [&](Autoconfig::SettingsDetector *d) {
        auto *autoconfig = new Autoconfig::AutoconfigSource(&fetcher);
        autoconfig->setUrlRewrite([port](const QUrl &url) {
            QUrl u = url;
            u.setHost(QStringLiteral("localhost"));
            u.setPort(port);
            return u;
        });
        d->addSource(autoconfig);
        d->addSource(new Autoconfig::SrvSource(&dns));
        // The check of the answer trusts the fixture's CA (the user's pins come later).
        d->setEndpointRewrite([ca](const Net::Endpoint &e) {
            Net::Endpoint r = e;
            r.tls.extraCaFile = ca;
            return r;
        });
    });
    services.detectionTimeoutMs = 60'000;
    AccountWizard wizard(services);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QElapsedTimer clock;
    clock.start();
    fillIdentity(wizard, QStringLiteral("carol@auto.test"), QStringLiteral("irrelevant"));
    QVERIFY2(clock.elapsed() < 20'000, "the hanging DNS source held up the answer");
    const QList<QByteArray> asked = https.requests();
    QVERIFY(std::any_of(asked.cbegin(), asked.cend(), [](const QByteArray &target) {
        return target.startsWith("/mail/config-v1.1.xml?emailaddress=carol%40auto.test");
    }));
    QCOMPARE(child<QLabel>(&wizard, "status-autoconfig")->text(), QStringLiteral("found settings; Pigeon uses these"));
    QVERIFY(child<QLabel>(&wizard, "status-provider-list")->text().startsWith(QLatin1String("nothing found")));
    QCOMPARE(child<QLabel>(&wizard, "status-srv")->text(), QStringLiteral("not needed: settings already found"));
    const QString result = child<QLabel>(&wizard, "detectionResult")->text();
    QVERIFY2(result.contains(QLatin1String("settings file the domain publishes over HTTPS")), qPrintable(result));
    QVERIFY(!result.contains(QLatin1String("could not be checked"))); // verified against the fixture
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::Protocol));
    QVERIFY(clickNext(&wizard));
    QVERIFY(child<QLabel>(&wizard, "reviewSummary")->text().contains(QStringLiteral("port %1").arg(m_server.port(Service::Imaps))));
}

void TestAccountWizard::pop3AccountEndToEnd_data()
{
    QTest::addColumn<QString>("choice"); // which leave-on-server control the user sets
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("sizeLimit");
    QTest::newRow("delete after download (default)") << QString() << int(LeaveOnServer::Never) << 14 << false;
    QTest::newRow("keep copies") << QStringLiteral("keepForeverRadio") << int(LeaveOnServer::Forever) << 14 << true;
    QTest::newRow("delete after 7 days") << QStringLiteral("deleteAfterDaysRadio") << int(LeaveOnServer::ForDays) << 7 << false;
    QTest::newRow("delete when deleted here") << QStringLiteral("deleteWhenDeletedHereRadio")
                                              << int(LeaveOnServer::UntilDeletedHere) << 14 << false;
}

void TestAccountWizard::pop3AccountEndToEnd()
{
    QFETCH(QString, choice);
    QFETCH(int, expected);
    QFETCH(int, days);
    QFETCH(bool, sizeLimit);
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillIdentity(wizard, QStringLiteral("bob@example.test"), m_server.password(QStringLiteral("bob")));
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::Protocol));
    auto *pop3 = child<QRadioButton>(&wizard, "pop3Radio");
    clickToggle(pop3);
    QVERIFY(pop3->isChecked());
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::Pop3Options));
    auto *leave = child<QCheckBox>(&wizard, "leaveCheck");
    QVERIFY(!leave->isChecked()); // off by default
    QVERIFY(!child<QRadioButton>(&wizard, "deleteAfterDaysRadio")->isEnabled());
    if (!choice.isEmpty()) {
        clickToggle(leave);
        auto *radio = wizard.findChild<QRadioButton *>(choice);
        QVERIFY(radio->isEnabled());
        clickToggle(radio);
        QVERIFY(radio->isChecked());
        if (expected == int(LeaveOnServer::ForDays)) {
            auto *spin = child<QSpinBox>(&wizard, "daysSpin");
            QVERIFY(spin->isEnabled());
            spin->selectAll();
            QTest::keyClicks(spin, QString::number(days));
        }
    }
    if (sizeLimit) {
        clickToggle(child<QCheckBox>(&wizard, "limitCheck"));
        auto *spin = child<QSpinBox>(&wizard, "limitSpin");
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("300"));
    }
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(AccountWizard::Review));
    QVERIFY(child<QLabel>(&wizard, "reviewSummary")->text().contains(QLatin1String("POP3")));
    QVERIFY(clickNext(&wizard));
    trustAndPass(wizard);
    finish(wizard);

    const QList<Account::Account> stored = profile.storedAccounts();
    QCOMPARE(stored.size(), 1);
    const Account::Account a = stored.first();
    QCOMPARE(a.protocol, IncomingProtocol::Pop3);
    QCOMPARE(a.incoming.port, m_server.port(Service::Pop3s));
    QCOMPARE(a.incoming.username, QStringLiteral("bob"));
    QCOMPARE(int(a.pop3.leaveOnServer), expected);
    if (expected == int(LeaveOnServer::ForDays))
        QCOMPARE(a.pop3.leaveDays, days);
    QCOMPARE(a.pop3.autoDownloadLimit, sizeLimit ? qint64(300 * 1024) : qint64(0));
    QCOMPARE(profile.keychainPassword(a.id, Account::SecretPurpose::Incoming), m_server.password(QStringLiteral("bob")));
}

void TestAccountWizard::keyboardOnly()
{
    // Tab between fields, Return for "Next", Space for buttons: no mouse at all.
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QApplication::setActiveWindow(&wizard);
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(&wizard, "nameEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Alice Keyboard"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&wizard, "addressEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice@example.test"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&wizard, "passwordEdit"));
    QTest::keyClicks(QApplication::focusWidget(), m_server.password(QStringLiteral("alice")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(AccountWizard::Detection));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20'000);
    QTest::keyClick(&wizard, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(AccountWizard::Protocol));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&wizard, "imapRadio"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(AccountWizard::Review));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(AccountWizard::ConnectionTest));
    auto *page = qobject_cast<Ui::ConnectionTestPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30'000);
    auto *trust = child<QPushButton>(&wizard, "trustCertificateButton");
    QVERIFY(trust->isVisible());
    // Reach the trust button with Tab from wherever the focus is.
    for (int i = 0; i < 20 && QApplication::focusWidget() != trust; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &wizard, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), trust);
    QTest::keyClick(trust, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(page->passed(), 30'000);
    QTRY_VERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::keyClick(&wizard, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 20'000);
    const QList<Account::Account> stored = profile.storedAccounts();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().name, QStringLiteral("Alice Keyboard"));
}

void TestAccountWizard::unrememberedPasswordLastsThisRunOnly()
{
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillIdentity(wizard, QStringLiteral("alice@example.test"), m_server.password(QStringLiteral("alice")), false);
    QVERIFY(clickNext(&wizard));
    QVERIFY(clickNext(&wizard));
    QVERIFY(child<QLabel>(&wizard, "reviewSummary")->text().contains(QLatin1String("kept only until Pigeon quits")));
    QVERIFY(clickNext(&wizard));
    trustAndPass(wizard);
    finish(wizard);
    const Account::Account a = profile.storedAccounts().value(0);
    QVERIFY(!a.id.isNull());
    // This run (the same store the account runtimes use) has it; the keychain does not.
    bool read = false;
    QString password;
    profile.secrets.readPassword(a.id, Account::SecretPurpose::Incoming, [&](const Result<QString> &r) {
        password = r ? *r : QString();
        read = true;
    });
    QTRY_VERIFY(read);
    QCOMPARE(password, m_server.password(QStringLiteral("alice")));
    QVERIFY(profile.keychainPassword(a.id, Account::SecretPurpose::Incoming).startsWith(QLatin1String("<error: not-found")));
    QVERIFY(profile.keychainPassword(a.id, Account::SecretPurpose::Outgoing).startsWith(QLatin1String("<error: not-found")));
}

void TestAccountWizard::existingAddressIsPointedOut()
{
    Profile profile;
    Account::Account existing;
    existing.address = QStringLiteral("alice@example.test");
    existing.incoming.host = QStringLiteral("imap.example.test");
    existing.outgoing.host = QStringLiteral("smtp.example.test");
    existing.applyDefaults();
    QVERIFY(profile.store.add(existing).ok());
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    auto *address = child<QLineEdit>(&wizard, "addressEdit");
    QTest::keyClicks(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("Alice"));
    QTest::keyClicks(address, QStringLiteral("Alice@Example.test"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral("pw"));
    QVERIFY2(address->accessibleDescription().contains(QLatin1String("already has an account")),
             qPrintable(address->accessibleDescription()));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // a warning, not a block
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("bob@example.test"));
    QVERIFY(address->accessibleDescription().isEmpty());
}

void TestAccountWizard::wrongPasswordShowsAccessNoteAndStoresNothing()
{
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillIdentity(wizard, QStringLiteral("alice@example.test"), QStringLiteral("not-the-password"));
    QVERIFY(clickNext(&wizard));
    QVERIFY(clickNext(&wizard));
    QVERIFY(clickNext(&wizard));
    auto *page = qobject_cast<Ui::ConnectionTestPage *>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30'000);
    QTest::mouseClick(child<QPushButton>(&wizard, "trustCertificateButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30'000);
    QVERIFY(!page->passed());
    const QString incoming = child<QLabel>(&wizard, "incomingStatus")->text();
    QVERIFY2(incoming.contains(QLatin1String("refused the user name or password")), qPrintable(incoming));
    // The provider's rule is shown again now, as the likely reason, with its link.
    const QString explanation = child<QLabel>(&wizard, "testExplanation")->text();
    QVERIFY2(explanation.contains(QLatin1String("refused the password")), qPrintable(explanation));
    QVERIFY(explanation.contains(QLatin1String("app password")));
    QVERIFY(explanation.contains(QLatin1String("https://example.test/app-passwords")));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.reject();
    QCOMPARE(profile.store.count(), 0);
    QVERIFY(!QFile::exists(profile.store.filePath()));
}

void TestAccountWizard::oauth2OnlyProviderIsExplained()
{
    Profile profile;
    AccountWizard wizard(profile.services(m_providers.get()));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillIdentity(wizard, QStringLiteral("alice@oauth.test"), QStringLiteral("whatever"));
    const QString result = child<QLabel>(&wizard, "detectionResult")->text();
    QVERIFY2(result.contains(QLatin1String("OAuth2")) && result.contains(QLatin1String("does not support")),
             qPrintable(result));
    QVERIFY(result.contains(QLatin1String("your password was not sent")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no failed login: nothing to try
}

void TestAccountWizard::settingsDialogEditsTheAccount()
{
    // First an account made by the wizard (POP3, delete after download) ...
    Profile profile;
    const Ui::WizardServices services = profile.services(m_providers.get());
    {
        AccountWizard wizard(services);
        wizard.show();
        fillIdentity(wizard, QStringLiteral("bob@example.test"), m_server.password(QStringLiteral("bob")));
        QVERIFY(clickNext(&wizard));
        clickToggle(child<QRadioButton>(&wizard, "pop3Radio"));
        QVERIFY(clickNext(&wizard));
        QVERIFY(clickNext(&wizard));
        QVERIFY(clickNext(&wizard));
        trustAndPass(wizard);
        finish(wizard);
    }
    QCOMPARE(profile.store.count(), 1);
    const Account::Account before = profile.store.accounts().first();

    // ... then changed in the settings dialog: the same pages, as tabs.
    Ui::AccountSettingsDialog dialog(services, before);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = child<QTabWidget>(&dialog, "settingsTabs");
    QCOMPARE(child<QLineEdit>(&dialog, "addressEdit")->text(), before.address);
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty()); // not shown, kept
    QVERIFY(!child<QComboBox>(&dialog, "protocolCombo")->isEnabled()); // POP3 stays POP3
    auto *name = child<QLineEdit>(&dialog, "nameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Bob Renamed"));
    tabs->setCurrentWidget(child<QWidget>(&dialog, "pop3OptionsPage"));
    QVERIFY(tabs->isTabEnabled(tabs->currentIndex()));
    clickToggle(child<QCheckBox>(&dialog, "leaveCheck"));
    clickToggle(child<QRadioButton>(&dialog, "deleteWhenDeletedHereRadio"));
    // The connection test works with the stored password and the pinned certificate.
    tabs->setCurrentWidget(child<QWidget>(&dialog, "connectionTestPage"));
    auto *test = child<Ui::ConnectionTestPage>(&dialog, "connectionTestPage");
    QTRY_VERIFY(!dialog.draft().storedPassword.isEmpty());
    QTest::mouseClick(child<QPushButton>(&dialog, "testAgainButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 30'000);
    QVERIFY2(test->passed(), qPrintable(child<QLabel>(&dialog, "incomingStatus")->text()));

    QSignalSpy saved(&dialog, &Ui::AccountSettingsDialog::accountSaved);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(saved.count(), 1);
    const Account::Account after = profile.storedAccounts().value(0);
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.name, QStringLiteral("Bob Renamed"));
    QCOMPARE(after.pop3.leaveOnServer, LeaveOnServer::UntilDeletedHere);
    QCOMPARE(after.incoming, before.incoming);
    QCOMPARE(after.tls.pinned, before.tls.pinned);
    // The password was not touched.
    QCOMPARE(profile.keychainPassword(after.id, Account::SecretPurpose::Incoming), m_server.password(QStringLiteral("bob")));
}

void TestAccountWizard::settingsDialogSetsImapCompression()
{
    // An IMAP account with the default (compress only beyond the local network) ...
    Profile profile;
    Account::Account account;
    account.address = QStringLiteral("carol@example.test");
    account.name = QStringLiteral("Carol");
    account.incoming = {QStringLiteral("imap.example.test"), 993, Net::Security::ImplicitTls,
                        QStringLiteral("carol"), Account::AuthMethod::Auto};
    account.outgoing = {QStringLiteral("smtp.example.test"), 465, Net::Security::ImplicitTls,
                        QStringLiteral("carol"), Account::AuthMethod::Auto};
    account.applyDefaults();
    QVERIFY(profile.store.add(account).ok());
    const Account::Account before = profile.store.accounts().first();
    QCOMPARE(before.imap.compression, Net::Compression::Auto);

    // ... set to "never" on the Advanced tab, which only IMAP accounts have.
    Ui::AccountSettingsDialog dialog(profile.services(m_providers.get()), before);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = child<QTabWidget>(&dialog, "settingsTabs");
    tabs->setCurrentWidget(child<QWidget>(&dialog, "advancedPage"));
    QVERIFY(tabs->isTabEnabled(tabs->currentIndex()));
    auto *combo = child<QComboBox>(&dialog, "compressionCombo");
    QCOMPARE(Net::Compression(combo->currentData().toInt()), Net::Compression::Auto);
    combo->setCurrentIndex(combo->findData(int(Net::Compression::Off)));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    const Account::Account after = profile.storedAccounts().value(0);
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.imap.compression, Net::Compression::Off);
    QCOMPARE(after.incoming, before.incoming);

    // A POP3 account has no IMAP compression to set.
    Ui::AccountSettingsDialog pop3(profile.services(m_providers.get()), [&] {
        Account::Account p = after;
        p.protocol = Account::IncomingProtocol::Pop3;
        return p;
    }());
    auto *pop3Tabs = child<QTabWidget>(&pop3, "settingsTabs");
    QVERIFY(!pop3Tabs->isTabEnabled(pop3Tabs->indexOf(child<QWidget>(&pop3, "advancedPage"))));
}

int main(int argc, char **argv)
{
    PigeonTest::ensureKeyringSession(argc, argv);
    QApplication app(argc, argv);
    TestAccountWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountwizard.moc"
