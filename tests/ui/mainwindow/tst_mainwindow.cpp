// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The main window against a real profile on disk, in English, Polish and Persian.
#include "account/accountstore.h"
#include "account/memorysecretstore.h"
#include "account/profile.h"
#include "models/accountlistmodel.h"
#include "models/foldermodel.h"
#include "models/folderroles.h"
#include "sync/runtimemanager.h"
#include "translations/i18n.h"
#include "ui/folderview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Pigeon;

namespace {

Account::Account makeAccount(const QString &address, const QString &label,
                             Account::IncomingProtocol protocol = Account::IncomingProtocol::Imap)
{
    Account::Account account;
    account.address = address;
    account.label = label;
    account.name = QStringLiteral("Test User");
    account.protocol = protocol;
    account.incoming.host = QStringLiteral("mail.example.org");
    account.outgoing.host = QStringLiteral("smtp.example.org");
    account.applyDefaults();
    return account;
}

/// Everything the composition root builds for one profile, as app/pigeon does.
struct Session
{
    explicit Session(const QString &profileDir)
        : profile(Account::Profile::inDirectory(profileDir))
        , settings(profile.configDirectory() + QStringLiteral("/pigeon.ini"), QSettings::IniFormat)
        , store(profile.accountsFile())
    {
        QVERIFY(profile.ensureDirectories().ok());
        QVERIFY(store.load().ok());
        model = std::make_unique<Models::AccountListModel>(&store);
        runtimes = std::make_unique<Sync::RuntimeManager>(&store, profile, &secrets);
        runtimes->start();
        window = std::make_unique<Ui::MainWindow>(runtimes.get(), model.get(), &settings);
    }
    Account::Profile profile;
    QSettings settings;
    Account::AccountStore store;
    Account::MemorySecretStore secrets;
    std::unique_ptr<Models::AccountListModel> model;
    std::unique_ptr<Sync::RuntimeManager> runtimes;
    std::unique_ptr<Ui::MainWindow> window;
};

QString labelText(QWidget *window, const char *name)
{
    auto *label = window->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

QStringList menuTitles(QMainWindow *window)
{
    QStringList titles;
    const QList<QAction *> actions = window->menuBar()->actions();
    for (QAction *action : actions)
        titles << action->text();
    return titles;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    /// Removes what I18n::install() put into the application, so each test starts in
    /// the source language with LTR layout.
    void resetLanguage()
    {
        const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }

    /// Writes accounts into a profile the way `pigeon-cli accounts add` does: through a
    /// store of its own, so the window's store reads them from the file.
    void writeAccounts(const QString &profileDir, const QList<Account::Account> &accounts)
    {
        const Account::Profile profile = Account::Profile::inDirectory(profileDir);
        QVERIFY(profile.ensureDirectories().ok());
        Account::AccountStore writer(profile.accountsFile());
        QVERIFY(writer.load().ok());
        for (const Account::Account &account : accounts) {
            const Result<void> added = writer.add(account);
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
        }
    }

private Q_SLOTS:
    void init() { resetLanguage(); }
    void cleanupTestCase() { resetLanguage(); }

    void listsAccountsOfTheProfile()
    {
        I18n::install(*qApp, QStringLiteral("en"));
        QTemporaryDir dir;
        writeAccounts(dir.path(), {makeAccount(QStringLiteral("anna@example.org"), QStringLiteral("Work")),
                                   makeAccount(QStringLiteral("bob@example.net"), QString(),
                                               Account::IncomingProtocol::Pop3)});
        Session session(dir.path());
        session.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));

        QVERIFY(!session.window->isShowingEmptyState());
        // The folder pane lists both accounts (and, with two, the unified Inbox first),
        // each with the folders its store opened with.
        auto *tree = session.window->findChild<Ui::FolderView *>(QStringLiteral("folderTree"));
        QVERIFY(tree && tree->isVisible());
        Models::FolderModel *folders = session.window->folderModel();
        QTRY_VERIFY(folders->accountIndex(session.store.accounts().at(1).id.toString(QUuid::WithoutBraces)).isValid());
        QTRY_VERIFY(folders->accountIndex(session.store.accounts().at(0).id.toString(QUuid::WithoutBraces)).isValid());
        const QModelIndex work = folders->accountIndex(session.store.accounts().at(0).id.toString(QUuid::WithoutBraces));
        QCOMPARE(work.data().toString(), QStringLiteral("Work"));
        QCOMPARE(folders->accountIndex(session.store.accounts().at(1).id.toString(QUuid::WithoutBraces)).data().toString(),
                 QStringLiteral("bob@example.net"));
        QCOMPARE(folders->index(0, 0).data(Models::FolderKindRole).toInt(), int(Models::FolderKind::UnifiedInbox));
        QCOMPARE(labelText(session.window.get(), "accountCount"), QStringLiteral("2 accounts"));
        // The window starts in an Inbox.
        QTRY_VERIFY(tree->currentIndex().isValid());
    }

    void saysSoWhenThereAreNoAccounts()
    {
        I18n::install(*qApp, QStringLiteral("en"));
        QTemporaryDir dir;
        Session session(dir.path());
        session.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));

        QVERIFY(session.window->isShowingEmptyState());
        auto *empty = session.window->findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(labelText(session.window.get(), "emptyStateTitle"), QStringLiteral("No accounts are set up yet."));
        QCOMPARE(labelText(session.window.get(), "accountCount"), QStringLiteral("0 accounts"));
        // Nothing that pretends to add an account: the menus hold only what works.
        QVERIFY(menuTitles(session.window.get()).contains(QStringLiteral("&Accounts")));
        auto *editAccount = session.window->findChild<QAction *>(QStringLiteral("actionEditAccount"));
        QVERIFY(editAccount);
        QVERIFY(!editAccount->isEnabled());
        // Nothing that needs sending exists yet: no reply, forward or new message.
        for (const char *name : {"actionReply", "actionReplyAll", "actionForward", "actionNewMessage"})
            QVERIFY2(!session.window->findChild<QAction *>(QLatin1String(name)), name);
        auto *addButton = session.window->findChild<QPushButton *>(QStringLiteral("emptyStateAdd"));
        QVERIFY(addButton && addButton->isVisible());
        QSignalSpy wizard(session.window.get(), &Ui::MainWindow::addAccountRequested);
        addButton->click();
        QCOMPARE(wizard.size(), 1);

        // An account that appears in the store replaces the empty page at once.
        QVERIFY(session.store.add(makeAccount(QStringLiteral("new@example.org"), QString())).ok());
        QVERIFY(!session.window->isShowingEmptyState());
        QCOMPARE(labelText(session.window.get(), "accountCount"), QStringLiteral("1 account"));
        QVERIFY(session.store.remove(session.store.accounts().at(0).id).ok());
        QVERIFY(session.window->isShowingEmptyState());
    }

    void accountsMenuAsksForTheWizardAndSettings()
    {
        I18n::install(*qApp, QStringLiteral("en"));
        QTemporaryDir dir;
        writeAccounts(dir.path(), {makeAccount(QStringLiteral("anna@example.org"), QStringLiteral("Work")),
                                   makeAccount(QStringLiteral("bob@example.net"), QString())});
        Session session(dir.path());
        session.window->show();
        QSignalSpy added(session.window.get(), &Ui::MainWindow::addAccountRequested);
        QSignalSpy edited(session.window.get(), &Ui::MainWindow::editAccountRequested);
        auto *add = session.window->findChild<QAction *>(QStringLiteral("actionAddAccount"));
        auto *edit = session.window->findChild<QAction *>(QStringLiteral("actionEditAccount"));
        QVERIFY(add && edit);
        add->trigger();
        QCOMPARE(added.size(), 1);
        QVERIFY(edit->isEnabled());
        Models::FolderModel *folders = session.window->folderModel();
        const QString bob = session.store.accounts().at(1).id.toString(QUuid::WithoutBraces);
        QTRY_VERIFY(folders->accountIndex(bob).isValid());
        session.window->folderView()->setCurrentIndex(folders->accountIndex(bob));
        edit->trigger();
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.at(0).at(0).toString(), session.store.accounts().at(1).id.toString(QUuid::WithoutBraces));
    }

    void mirrorsInPersian()
    {
        const I18n::Installed installed = I18n::install(*qApp, QStringLiteral("fa"));
        QCOMPARE(installed.language, QStringLiteral("fa"));
        QCOMPARE(installed.direction, Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Persian);
        QGuiApplication::setLayoutDirection(installed.direction);

        QTemporaryDir dir;
        writeAccounts(dir.path(), {makeAccount(QStringLiteral("sara@example.ir"), QStringLiteral("کار"))});
        Session session(dir.path());
        session.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));

        QCOMPARE(session.window->layoutDirection(), Qt::RightToLeft);
        auto *tree = session.window->findChild<QTreeView *>(QStringLiteral("folderTree"));
        QVERIFY(tree);
        QCOMPARE(tree->layoutDirection(), Qt::RightToLeft);
        // The menu bar starts at the right: "File" (پرونده) lies right of "Help" (راهنما).
        QCOMPARE(menuTitles(session.window.get()).constFirst(), QStringLiteral("&پرونده"));
        QCOMPARE(menuTitles(session.window.get()).constLast(), QStringLiteral("&راهنما"));
        QMenuBar *bar = session.window->menuBar();
        const QRect file = bar->actionGeometry(bar->actions().constFirst());
        const QRect help = bar->actionGeometry(bar->actions().constLast());
        QVERIFY2(file.left() > help.left(), "the menu bar is not mirrored");
        QCOMPARE(labelText(session.window.get(), "accountCount"), QStringLiteral("۱ حساب") /* Persian digits: %Ln */);
    }

    void loadsPolishTranslation()
    {
        const I18n::Installed installed = I18n::install(*qApp, QStringLiteral("pl_PL"));
        QCOMPARE(installed.language, QStringLiteral("pl"));
        QCOMPARE(installed.direction, Qt::LeftToRight);
        // Qt's own strings (standard buttons) come from qtbase_pl.qm.
        QVERIFY(installed.qtBaseLoaded);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Anuluj"));

        QTemporaryDir dir;
        Session session(dir.path());
        QCOMPARE(labelText(session.window.get(), "emptyStateTitle"),
                 QStringLiteral("Nie skonfigurowano jeszcze żadnego konta."));
        QCOMPARE(menuTitles(session.window.get()).constFirst(), QStringLiteral("&Plik"));
        QCOMPARE(menuTitles(session.window.get()).constLast(), QStringLiteral("Pomo&c"));

        // Polish has three plural forms: 1 konto, 2–4 konta, 5+ kont (and 22 konta).
        const QList<std::pair<int, QString>> counts{{1, QStringLiteral("1 konto")},
                                                    {2, QStringLiteral("2 konta")},
                                                    {5, QStringLiteral("5 kont")}};
        int added = 0;
        for (const auto &[count, text] : counts) {
            while (added < count) {
                QVERIFY(session.store.add(makeAccount(QStringLiteral("u%1@example.pl").arg(added), QString())).ok());
                ++added;
            }
            QCOMPARE(labelText(session.window.get(), "accountCount"), text);
        }
    }

    void languageFollowsTheSystemWhenNotGiven()
    {
        // QLocale::system() cannot be changed in-process; with no --lang the result must
        // agree with the system's own preference, whatever it is on this machine.
        const I18n::Installed installed = I18n::install(*qApp);
        const QString first = QLocale::system().uiLanguages().value(0).left(2).toLower();
        if (I18n::availableLanguages().contains(first))
            QCOMPARE(installed.language, first);
        else if (first == QLatin1String("en") || first == QLatin1String("c"))
            QCOMPARE(installed.language, QStringLiteral("en"));
        QVERIFY(!I18n::isKnownLanguage(QStringLiteral("xx-nonsense")));
        QVERIFY(I18n::isKnownLanguage(QStringLiteral("fa")));
        QVERIFY(I18n::isKnownLanguage(QStringLiteral("en")));
    }

    void showsEachNoticeOnce()
    {
        QTemporaryDir dir;
        Session session(dir.path());
        session.window->show();
        auto *bar = session.window->findChild<QWidget *>(QStringLiteral("noticeBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        const QString text = QStringLiteral("No keychain service is available.");
        session.window->showNotice(text);
        session.window->showNotice(text);
        QVERIFY(bar->isVisible());
        QCOMPARE(session.window->notices(), QStringList{text});
        QCOMPARE(labelText(session.window.get(), "noticeText"), text);
    }

    void remembersGeometryInTheProfile()
    {
        QTemporaryDir dir;
        {
            Session session(dir.path());
            session.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
            session.window->resize(900, 620);
            QTRY_COMPARE(session.window->size(), QSize(900, 620));
            QVERIFY(session.window->close());
        }
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/config/pigeon.ini")));
        Session again(dir.path());
        QCOMPARE(again.window->size(), QSize(900, 620));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
