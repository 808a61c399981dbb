// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// pigeon-wizard-screenshots OUTPUT_DIR LANGUAGE: walks the account wizard against the Dovecot/SMTP
// fixture (detection pointed at a provider file for the fixture, so nothing leaves the machine)
// and saves every page as OUTPUT_DIR/LANGUAGE-NN-page.png, then the settings dialog. Run it under
// Xvfb through scripts/wizard-screenshots.sh; it is a tool, not a test.
#include "account/accountstore.h"
#include "account/memorysecretstore.h"
#include "autoconfig/mxsource.h"
#include "autoconfig/providerlist.h"
#include "autoconfig/providerlistsource.h"
#include "autoconfig/settingsdetector.h"
#include "autoconfig/srvsource.h"
#include "support/testmailserver.h"
#include "translations/i18n.h"
#include "ui/settings/accountsettingsdialog.h"
#include "ui/wizard/accountwizard.h"
#include "ui/wizard/connectiontestpage.h"
#include "ui/wizard/detectionpage.h"
#include "wizardtestharness.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

using namespace Pigeon;
using namespace WizardTest;

namespace {

/// DNS that knows nothing (answers "no records" at once): the screenshots show those
/// sources finishing empty-handed next to the provider list.
class EmptySrv : public Autoconfig::SrvResolver
{
public:
    void lookup(const QString &, Callback done) override
    {
        QTimer::singleShot(150, this, [done] { done(QList<Autoconfig::SrvRecord>()); });
    }
    void cancelAll() override {}
};
class EmptyMx : public Autoconfig::MxResolver
{
public:
    void lookup(const QString &, Callback done) override
    {
        QTimer::singleShot(100, this, [done] { done(QList<Autoconfig::MxRecord>()); });
    }
    void cancelAll() override {}
};

int fail(const QString &why)
{
    QTextStream(stderr) << "wizard-screenshots: " << why << '\n';
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 3)
        return fail(QStringLiteral("usage: pigeon-wizard-screenshots OUTPUT_DIR LANGUAGE"));
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString language = QString::fromLocal8Bit(argv[2]);
    const I18n::Installed i18n = I18n::install(app, language);
    QGuiApplication::setLayoutDirection(i18n.direction);
    QDir().mkpath(out);

    TestMailServer server;
    if (!server.start())
        return fail(server.errorString());
    QTemporaryDir dir;
    {
        QFile f(dir.filePath(QStringLiteral("example.test.xml")));
        if (!f.open(QIODevice::WriteOnly))
            return fail(f.errorString());
        f.write(providerXml(server, QStringLiteral("example.test"),
                            QStringLiteral("<pigeon:access kind=\"enable-imap\" url=\"https://example.test/settings\"/>"
                                           "<pigeon:access kind=\"app-password\" url=\"https://example.test/app-passwords\"/>")));
    }
    const Autoconfig::ProviderList providers(dir.path());
    Account::AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    Account::MemorySecretStore secrets;
    EmptySrv srv;
    EmptyMx mx;
    Ui::WizardServices services;
    services.accounts = &store;
    services.secrets = &secrets;
    services.setUpDetector = [&](Autoconfig::SettingsDetector *d) {
        d->addSource(new Autoconfig::ProviderListSource(&providers));
        d->addSource(new Autoconfig::SrvSource(&srv));
        d->addSource(new Autoconfig::MxSource(&mx, &providers));
    };

    int shot = 0;
    bool ok = true;
    auto save = [&](QWidget *w, const char *name) {
        QTest::qWait(300); // let layouts and the last repaint settle
        const QString file = QStringLiteral("%1/%2-%3-%4.png").arg(out, language).arg(++shot, 2, 10, QLatin1Char('0')).arg(QLatin1String(name));
        if (!w->grab().save(file))
            ok = false;
        QTextStream(stdout) << "wrote " << file << '\n';
    };
    auto waitFor = [&](const std::function<bool()> &condition, const char *what) {
        if (!QTest::qWaitFor(condition, 30'000)) {
            QTextStream(stderr) << "wizard-screenshots: timed out waiting for " << what << '\n';
            ok = false;
        }
    };

    Ui::AccountWizard wizard(services);
    wizard.show();
    waitFor([&] { return wizard.isVisible(); }, "the wizard");
    child<QLineEdit>(&wizard, "nameEdit")->setText(language == QLatin1String("fa") ? QStringLiteral("آنا کوالسکا")
                                                                                 : QStringLiteral("Anna Kowalska"));
    child<QLineEdit>(&wizard, "addressEdit")->setText(QStringLiteral("alice@example.test"));
    child<QLineEdit>(&wizard, "passwordEdit")->setText(server.password(QStringLiteral("alice")));
    save(&wizard, "you");
    wizard.next();
    auto *detection = qobject_cast<Ui::DetectionPage *>(wizard.currentPage());
    waitFor([&] { return detection && !detection->isRunning(); }, "detection");
    save(&wizard, "finding-settings");
    wizard.next();
    save(&wizard, "pop3-or-imap");
    child<QRadioButton>(&wizard, "pop3Radio")->setChecked(true);
    wizard.next();
    child<QCheckBox>(&wizard, "leaveCheck")->setChecked(true);
    child<QRadioButton>(&wizard, "deleteAfterDaysRadio")->setChecked(true);
    child<QSpinBox>(&wizard, "daysSpin")->setValue(30);
    save(&wizard, "pop3-options");
    wizard.next();
    child<QCheckBox>(&wizard, "manualCheck")->setChecked(true);
    save(&wizard, "review");
    wizard.next();
    save(&wizard, "manual-settings");
    wizard.next();
    auto *test = qobject_cast<Ui::ConnectionTestPage *>(wizard.currentPage());
    waitFor([&] { return test && !test->isRunning(); }, "the connection test");
    save(&wizard, "certificate");
    child<QPushButton>(&wizard, "trustCertificateButton")->click();
    waitFor([&] { return test->passed(); }, "the connection test after trusting");
    save(&wizard, "connection-test");
    wizard.button(QWizard::FinishButton)->click();
    waitFor([&] { return store.count() == 1 && !wizard.isVisible(); }, "finish");

    if (store.count() == 1) {
        Ui::AccountSettingsDialog dialog(services, store.accounts().first());
        dialog.show();
        child<QTabWidget>(&dialog, "settingsTabs")->setCurrentIndex(1);
        save(&dialog, "settings-dialog");
    }
    return ok ? 0 : 1;
}
