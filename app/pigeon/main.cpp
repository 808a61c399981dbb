// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// pigeon: the composition root. Parses the options, builds the services (profile,
// accounts, keychain) and hands them to the main window. Nothing else lives here.
#include "account/accountstore.h"
#include "account/keychainsecretstore.h"
#include "account/profile.h"
#include "common/logging.h"
#include "models/accountlistmodel.h"
#include "sync/runtimemanager.h"
#include "translations/i18n.h"
#include "ui/icontheme.h"
#include "ui/mainwindow.h"
#include "ui/settings/accountsettingsdialog.h"
#include "ui/wizard/accountwizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Pigeon;

namespace {

/// Translatable texts of this file (main() is no QObject).
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

/// The --lang value, read before the option parser exists: the parser's own help
/// text must already be in the chosen language.
QString languageOption(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
    }
    return language;
}

/// --help and --version only print: they must work without a display (over ssh, in a
/// build log), so they run under a QCoreApplication.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pigeon"));
    QCoreApplication::setApplicationName(QStringLiteral("pigeon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIGEON_VERSION));
}

struct Options
{
    QString profile;
    I18n::Installed i18n;
};

/// Installs the translations and parses the command line. Returns an exit code when the
/// program must stop here (bad option; --help and --version exit inside process()).
std::optional<int> parseOptions(QCoreApplication &app, Options *options)
{
    const QString language = languageOption(QCoreApplication::arguments());
    if (!language.isEmpty() && !I18n::isKnownLanguage(language)) {
        QTextStream(stderr) << Main::tr("pigeon: unknown language “%1” (try pl, ru, fa or en)").arg(language)
                            << '\n';
        return 2;
    }
    options->i18n = I18n::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Pigeon, a desktop mail client that works offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        Main::tr("Keep all settings, mail and caches in DIRECTORY instead of the standard locations."),
        Main::tr("DIRECTORY"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        Main::tr("Show the interface in LANGUAGE (en, pl, ru, fa) instead of the system's language."),
        Main::tr("LANGUAGE"));
    parser.addOption(profileOption);
    parser.addOption(langOption);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << Main::tr("pigeon: unexpected argument “%1”").arg(parser.positionalArguments().first())
                            << '\n';
        return 2;
    }
    options->profile = parser.value(profileOption);
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Options options;
        return parseOptions(app, &options).value_or(0);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Pigeon"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.pigeon.Pigeon"));
    Options options;
    if (const std::optional<int> exitCode = parseOptions(app, &options))
        return *exitCode;
    // Persian mirrors the whole interface: menus, layouts, lists, scroll bars.
    QGuiApplication::setLayoutDirection(options.i18n.direction);
    Ui::IconTheme::ensure();

    const Account::Profile profile = Account::Profile::fromOption(options.profile);
    QStringList startupNotices;
    if (const Result<void> made = profile.ensureDirectories(); !made)
        startupNotices << Main::tr("Pigeon cannot create its folders: %1").arg(made.error().text());

    // The profile's UI state (window geometry); never passwords.
    QSettings settings(profile.configDirectory() + QStringLiteral("/pigeon.ini"), QSettings::IniFormat);

    Account::AccountStore accounts(profile.accountsFile());
    if (const Result<void> loaded = accounts.load(); !loaded)
        startupNotices << Main::tr("The account list could not be read: %1").arg(loaded.error().text());

    Account::KeychainSecretStore secrets(profile.keychainScope());
    Models::AccountListModel accountModel(&accounts);
    // Another program (pigeon-cli) may add or remove accounts while Pigeon runs.
    accounts.setWatchingExternalChanges(true);

    // One worker thread per account: its store, its checks, its schedule.
    Sync::RuntimeManager runtimes(&accounts, profile, &secrets);
    runtimes.start();

    Ui::MainWindow window(&runtimes, &accountModel, &settings);
    for (const QString &notice : std::as_const(startupNotices))
        window.showNotice(notice);
    QObject::connect(&secrets, &Account::SecretStore::keychainUnavailable, &window, [&window](const QString &reason) {
        window.showNotice(Main::tr("No keychain service is available (%1). Passwords are kept in memory "
                                   "only and are forgotten when Pigeon quits.")
                              .arg(reason));
    });
    // Find out now, not when the first password is needed: one read of an entry that
    // never exists answers "not found" from a working keychain, and makes the store
    // report a missing one.
    secrets.readPassword(QUuid(), Account::SecretPurpose::Incoming, [](const Result<QString> &) {});

    // The account wizard and the settings dialog: from the Accounts menu, and the wizard
    // by itself on the first start (no account yet). Both are window-modal and open()ed.
    Ui::WizardServices wizardServices;
    wizardServices.accounts = &accounts;
    wizardServices.secrets = &secrets;
    auto openWizard = [&window, wizardServices] {
        if (window.findChild<Ui::AccountWizard *>())
            return;
        auto *wizard = new Ui::AccountWizard(wizardServices, &window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
    };
    QObject::connect(&window, &Ui::MainWindow::addAccountRequested, &window, openWizard);
    QObject::connect(&window, &Ui::MainWindow::editAccountRequested, &window,
                     [&window, &accounts, wizardServices](const QString &id) {
        const std::optional<Account::Account> account = accounts.account(QUuid::fromString(id));
        if (!account)
            return;
        auto *dialog = new Ui::AccountSettingsDialog(wizardServices, *account, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    if (accounts.count() == 0 && accounts.isWritable())
        QTimer::singleShot(0, &window, openWizard);

    qCInfo(lcUi) << "profile" << (profile.isStandard() ? QStringLiteral("standard") : profile.rootDirectory())
                 << "language" << options.i18n.language << "accounts" << accounts.count();
    window.show();
    return app.exec();
}
