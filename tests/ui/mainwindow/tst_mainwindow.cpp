// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The main window against a real profile on disk, in English, Polish and Persian.
#include "account/accountstore.h"
#include "account/memorysecretstore.h"
#include "account/profile.h"
#include "models/accountlistmodel.h"
#include "models/foldermodel.h"
#include "models/folderroles.h"
#include "store/mailstore.h"
#include "sync/accountruntime.h"
#include "sync/runtimemanager.h"
#include "translations/i18n.h"
#include "ui/folderview.h"
#include "ui/mainwindow.h"
#include "ui/messagelistview.h"
#include "ui/reader/messagebrowser.h"
#include "ui/reader/messageview.h"
#include "ui/readingpane.h"

#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
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

QByteArray corpusFile(const QString &name)
{
    QFile f(QStringLiteral(PIGEON_CORPUS_DIR "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Opens the only message of the window's list and waits until the reading pane shows
/// it; returns the text on screen.
QString openOnlyMessage(Ui::MainWindow *window)
{
    Ui::MessageListView *list = window->messageView();
    if (!QTest::qWaitFor([list] { return list->model() && list->model()->rowCount() == 1; }, 10000))
        return QStringLiteral("<no message in the list>");
    list->setCurrentIndex(list->model()->index(0, 0));
    Ui::ReadingPane *pane = window->readingPane();
    if (!QTest::qWaitFor([pane] { return pane->isShowingMessage(); }, 10000))
        return QStringLiteral("<not shown: %1>").arg(pane->placeholderText());
    return pane->view()->browser()->toPlainText().trimmed();
}

/// A web server on loopback with one 40x30 red picture: what a mail's remote image
/// points at. Counts the requests and keeps their headers.
struct PictureServer : QTcpServer
{
    PictureServer()
    {
        QImage red(40, 30, QImage::Format_RGB32);
        red.fill(Qt::red);
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        red.save(&buffer, "PNG");
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    request += s->readAll();
                    if (!request.contains("\r\n\r\n"))
                        return;
                    requests << request;
                    request.clear();
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nSet-Cookie: track=1\r\nConnection: close\r\n"
                             "Content-Length: " + QByteArray::number(png.size()) + "\r\n\r\n" + png);
                    s->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/red.png").arg(serverPort())); }
    QByteArray png;
    QByteArray request;
    QList<QByteArray> requests;
};

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

    /// A profile in @p dir with one POP3 account whose local Inbox holds @p raw.
    bool profileWithMessage(const QString &dir, const QByteArray &raw)
    {
        writeAccounts(dir, {makeAccount(QStringLiteral("bob@example.net"), QString(), Account::IncomingProtocol::Pop3)});
        const Account::Profile profile = Account::Profile::inDirectory(dir);
        Account::AccountStore accounts(profile.accountsFile());
        if (!accounts.load().ok() || accounts.accounts().isEmpty())
            return false;
        Store::MailStore store(Sync::AccountRuntime::storeDirectory(profile, accounts.accounts().at(0).id));
        Store::AppendRequest request;
        request.message = raw;
        return store.open().ok() && store.appendBatch(QStringLiteral("Inbox"), {request}).ok();
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

    void preferHtmlIsAViewChoiceKeptInTheProfile()
    {
        // A real multipart/alternative in a local Inbox: "??" as plain text, two emoji
        // (and a tracking pixel) as HTML.
        const QByteArray raw = corpusFile(QStringLiteral("charsets/emoji-utf8-html.eml"));
        QVERIFY2(!raw.isEmpty(), "corpus not found");
        const QString plain = QStringLiteral("?? --- Sent from RelateIQ");
        const QString emoji = QStringLiteral("\U0001F604\U0001F603");
        QTemporaryDir dir;
        QVERIFY(profileWithMessage(dir.path(), raw));
        {
            Session session(dir.path());
            session.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
            auto *prefer = session.window->findChild<QAction *>(QStringLiteral("actionPreferHtml"));
            QVERIFY(prefer);
            QVERIFY(prefer->isCheckable());
            QVERIFY(!prefer->isChecked());
            QCOMPARE(prefer->text(), QStringLiteral("Prefer &HTML to Plain Text"));
            // In the View menu.
            QMenu *view = nullptr;
            for (QAction *menu : session.window->menuBar()->actions())
                if (menu->text() == QStringLiteral("&View"))
                    view = menu->menu();
            QVERIFY(view && view->actions().contains(prefer));

            QCOMPARE(openOnlyMessage(session.window.get()), plain);
            Ui::MessageView *reader = session.window->readingPane()->view();
            prefer->trigger(); // the message on screen changes at once
            QVERIFY(prefer->isChecked());
            QVERIFY(reader->preferHtml());
            const QString html = reader->browser()->toPlainText();
            QVERIFY2(html.contains(emoji) && !html.contains(QStringLiteral("??")), qPrintable(html));
            QTRY_VERIFY(reader->remoteContentBarVisible()); // the pixel: blocked
            QVERIFY(session.window->close());
        }
        {
            // A new window: still checked, and the message opens as HTML.
            Session session(dir.path());
            session.window->show();
            auto *prefer = session.window->findChild<QAction *>(QStringLiteral("actionPreferHtml"));
            QVERIFY(prefer && prefer->isChecked());
            const QString html = openOnlyMessage(session.window.get());
            QVERIFY2(html.contains(emoji) && !html.contains(QStringLiteral("??")), qPrintable(html));
            // Unchecked: the plain text again, at once.
            prefer->trigger();
            QVERIFY(!prefer->isChecked());
            QCOMPARE(session.window->readingPane()->view()->browser()->toPlainText().trimmed(), plain);
            QVERIFY(!session.window->readingPane()->view()->remoteContentBarVisible());
            QVERIFY(session.window->close());
        }
        Session session(dir.path());
        auto *prefer = session.window->findChild<QAction *>(QStringLiteral("actionPreferHtml"));
        QVERIFY(prefer && !prefer->isChecked());
        QCOMPARE(openOnlyMessage(session.window.get()), plain);
    }

    void remoteContentLoadsWhenAskedAndNeverOffline()
    {
        // An HTML mail whose picture is on a web server: blocked until the user asks,
        // never fetched while working offline, loaded when asked online (without
        // cookies), and at once for a sender the user trusts, also after a restart.
        PictureServer web;
        QVERIFY(web.isListening());
        const QByteArray raw = "From: Ann <ann@example.com>\nTo: bob@example.net\nSubject: news\n"
                               "Date: Mon, 2 Nov 2026 10:00:00 +0000\nContent-Type: text/html; charset=utf-8\n\n"
                               "<p>Our garden <img src=\"" + web.url().toEncoded() + "\" width=\"40\" height=\"30\"></p>\n";
        QTemporaryDir dir;
        QVERIFY(profileWithMessage(dir.path(), raw));
        auto picture = [](Ui::MessageView *reader, const QUrl &url) {
            return reader->browser()->document()->resource(QTextDocument::ImageResource, url).value<QImage>().size();
        };
        {
            Session session(dir.path());
            session.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
            QVERIFY(openOnlyMessage(session.window.get()).contains(QStringLiteral("Our garden")));
            Ui::MessageView *reader = session.window->readingPane()->view();
            QTRY_VERIFY(reader->remoteContentBarVisible());
            QPushButton *load = nullptr;
            for (QPushButton *b : reader->findChildren<QPushButton *>())
                if (b->text() == QStringLiteral("Load remote content"))
                    load = b;
            QVERIFY(load);

            // Working offline: asked for, still not fetched; the bar says why.
            session.window->findChild<QAction *>(QStringLiteral("actionWorkOffline"))->trigger();
            QTest::mouseClick(load, Qt::LeftButton);
            QTRY_VERIFY(reader->remoteContentBarVisible());
            QTest::qWait(300);
            QCOMPARE(web.requests.size(), 0);
            QVERIFY(!load->isVisibleTo(reader));
            bool said = false;
            for (QLabel *l : reader->findChildren<QLabel *>())
                said = said || (l->isVisibleTo(reader) && l->text().contains(QStringLiteral("working offline")));
            QVERIFY(said);
            // Online again: it loads, once, without a cookie; the bar goes.
            session.window->findChild<QAction *>(QStringLiteral("actionWorkOffline"))->trigger();
            QTRY_COMPARE(picture(reader, web.url()), QSize(40, 30));
            QCOMPARE(web.requests.size(), 1);
            QVERIFY2(!web.requests.at(0).toLower().contains("cookie"), web.requests.at(0).constData());
            QVERIFY(!reader->remoteContentBarVisible());
            // Offline again: what came stays on screen, nothing is asked for.
            session.window->findChild<QAction *>(QStringLiteral("actionWorkOffline"))->trigger();
            QTest::qWait(200);
            QCOMPARE(picture(reader, web.url()), QSize(40, 30));
            QVERIFY(!reader->remoteContentBarVisible());
            QCOMPARE(web.requests.size(), 1);
            session.window->findChild<QAction *>(QStringLiteral("actionWorkOffline"))->trigger();

            // Shown again: blocked again (allowed for that showing only), no request.
            session.window->messageView()->clearSelection();
            session.window->messageView()->setCurrentIndex({});
            QVERIFY(openOnlyMessage(session.window.get()).contains(QStringLiteral("Our garden")));
            QTRY_VERIFY(reader->remoteContentBarVisible());
            QCOMPARE(web.requests.size(), 1);
            // "Always load from ann@example.com": kept in the profile.
            QPushButton *trust = nullptr;
            for (QPushButton *b : reader->findChildren<QPushButton *>())
                if (b->text() == QStringLiteral("Always load from ann@example.com"))
                    trust = b;
            QVERIFY(trust && trust->isVisibleTo(reader));
            QTest::mouseClick(trust, Qt::LeftButton);
            QTRY_COMPARE(web.requests.size(), 2);
            QVERIFY(session.window->close());
        }
        Session session(dir.path());
        QVERIFY(session.settings.value(QStringLiteral("reader/trustedSenders")).toStringList().contains(QStringLiteral("ann@example.com")));
        session.window->show();
        QVERIFY(openOnlyMessage(session.window.get()).contains(QStringLiteral("Our garden")));
        Ui::MessageView *reader = session.window->readingPane()->view();
        QTRY_COMPARE(picture(reader, web.url()), QSize(40, 30));
        QCOMPARE(web.requests.size(), 3);
        QVERIFY(!reader->remoteContentBarVisible());
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
