// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The main window against a real Dovecot (POP3S), offscreen: get mail, read, mark, star,
// move, delete, search with the mouse-free paths a user takes (actions, keys), then the
// server goes away and the cached mail still opens.
#include "mainwindowtestapp.h"
#include "support/testmailserver.h"

#include "account/accountstore.h"
#include "account/memorysecretstore.h"
#include "account/profile.h"
#include "models/accountlistmodel.h"
#include "models/foldermodel.h"
#include "models/folderroles.h"
#include "models/messagelistmodel.h"
#include "models/messageroles.h"
#include "sync/accountruntime.h"
#include "sync/runtimemanager.h"
#include "translations/i18n.h"
#include "ui/folderview.h"
#include "ui/mailactions.h"
#include "ui/mainwindow.h"
#include "ui/messagedelegate.h"
#include "ui/messagelistview.h"
#include "ui/readingpane.h"
#include "ui/reader/messageview.h"
#include "ui/searchresultmodel.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Pigeon;
using Pigeon::Test::App;
using Pigeon::Test::TestMailServer;

namespace {

constexpr int seeded = 10; // resources/demo/mail

} // namespace

class TestMainWindowDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void getReadMarkMoveDeleteSearch();
    void partialMessageIsCompletedOnRequest();
    void cachedMailOpensWhenTheServerIsGone();

private:
    Account::Account account(const QString &user) const;
    /// Gets mail through the window (F5's action) and waits for the Inbox to show it.
    void getMail(App &app, int expectedRows);

    TestMailServer m_server;
};

void TestMainWindowDovecot::initTestCase()
{
    TestMailServer::Options o;
    o.users = {{QStringLiteral("dana"), QStringLiteral("pw-dana")}, {QStringLiteral("pat"), QStringLiteral("pw-pat")}};
    o.seedDir = QStringLiteral(PIGEON_SOURCE_DIR "/resources/demo/mail");
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
    QCOMPARE(m_server.mailboxStatus(QStringLiteral("dana")).value(QStringLiteral("messages")), seeded);
}

void TestMainWindowDovecot::cleanupTestCase()
{
    m_server.stop();
}

void TestMainWindowDovecot::init()
{
    I18n::install(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

Account::Account TestMainWindowDovecot::account(const QString &user) const
{
    Account::Account a;
    a.label = QStringLiteral("Dana (POP3)");
    a.name = QStringLiteral("Dana Demo");
    a.address = user + QStringLiteral("@pigeon.example");
    a.protocol = Account::IncomingProtocol::Pop3;
    a.incoming.host = m_server.host();
    a.incoming.port = m_server.port(TestMailServer::Service::Pop3s);
    a.incoming.security = Net::Security::ImplicitTls;
    a.incoming.username = user;
    a.outgoing.host = m_server.host();
    a.tls.extraCaFile = m_server.caFile();
    // Keep the server's copy: the second test checks the same mail again.
    a.pop3.leaveOnServer = Account::LeaveOnServer::Forever;
    a.checkIntervalMinutes = 0;
    a.applyDefaults();
    return a;
}

void TestMainWindowDovecot::getMail(App &app, int expectedRows)
{
    QTRY_VERIFY(app.action("actionGetAllMail")->isEnabled());
    app.action("actionGetAllMail")->trigger();
    // The status bar shows the check while it runs...
    auto *label = app.window->findChild<QLabel *>(QStringLiteral("taskLabel"));
    QVERIFY(label);
    const QString name = app.store.accounts().at(0).displayName();
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(name), 10000);
    // ...and the Inbox fills as the messages are stored.
    QTRY_COMPARE_WITH_TIMEOUT(app.rows()->rowCount(), expectedRows, 30000);
    QTRY_VERIFY(!app.window->findChild<QWidget *>(QStringLiteral("taskStatus"))->isVisible());
}

void TestMainWindowDovecot::getReadMarkMoveDeleteSearch()
{
    QTemporaryDir dir;
    App app(dir.path(), account(QStringLiteral("dana")), QStringLiteral("pw-dana"), 300);
    // A fresh profile opens in the account's (empty) Inbox.
    QTRY_VERIFY(app.window->folderView()->currentIndex().isValid());
    QCOMPARE(app.window->folderView()->currentIndex().data(Models::FolderPathRole).toString(), QStringLiteral("Inbox"));
    QCOMPARE(app.rows()->rowCount(), 0);

    getMail(app, seeded);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(app.window->notices().isEmpty(), qPrintable(app.window->notices().join(QLatin1Char('\n'))));
    QCOMPARE(app.folderUnread(QStringLiteral("Inbox")), seeded);
    // The folder pane counts what is unread.
    const QModelIndex inbox = app.window->folderView()->currentIndex();
    QTRY_COMPARE(inbox.data(Models::UnreadCountRole).toLongLong(), qint64(seeded));
    // Multilingual subjects decoded; the attachment shows its paperclip.
    QVERIFY(app.row(QStringLiteral("Отчёт о поездке")).isValid());
    QVERIFY(app.row(QStringLiteral("Spotkanie w czwartek")).isValid());
    const QModelIndex budget = app.row(QStringLiteral("Budget for the offsite"));
    QVERIFY(budget.isValid());
    QVERIFY(budget.data(Models::HasAttachmentsRole).toBool());
    QVERIFY(Ui::MessageDelegate::indicators(budget).contains(QStringLiteral("mail-attachment")));
    auto *count = app.window->findChild<QLabel *>(QStringLiteral("messageCount"));
    // (English plural forms come from pigeon_en.ts: "message(s)" until it has them.)
    QTRY_VERIFY2(count->text().startsWith(QStringLiteral("10 message")) && count->text().endsWith(QStringLiteral(", 10 unread")),
                 qPrintable(count->text()));

    // Read: the reading pane shows it; after the delay it is marked read.
    const QModelIndex welcome = app.row(QStringLiteral("Welcome to Pigeon"));
    QVERIFY(welcome.isValid());
    QVERIFY(welcome.data(Models::UnreadRole).toBool());
    app.select(welcome);
    Ui::ReadingPane *pane = app.window->readingPane();
    QTRY_VERIFY(pane->isShowingMessage());
    QCOMPARE(pane->view()->message().summary().subject, QStringLiteral("Welcome to Pigeon"));
    QVERIFY(app.row(QStringLiteral("Welcome to Pigeon")).data(Models::UnreadRole).toBool()); // not yet: 300 ms
    QTRY_VERIFY(!app.row(QStringLiteral("Welcome to Pigeon")).data(Models::UnreadRole).toBool());
    QTRY_COMPARE(app.folderUnread(QStringLiteral("Inbox")), seeded - 1);
    QTRY_COMPARE(inbox.data(Models::UnreadCountRole).toLongLong(), qint64(seeded - 1));

    // Moving on before the delay leaves a message unread: the newest first, then Down.
    app.select(app.rows()->index(0, 0));
    QTest::keyClick(app.list(), Qt::Key_Down);
    const QModelIndex next = app.list()->currentIndex();
    QCOMPARE(next.row(), 1);
    QTRY_VERIFY(pane->isShowingMessage() && pane->messageId() == next.data(Models::MessageIdRole).toLongLong());
    const QString nextSubject = next.data(Models::SubjectRole).toString();
    QTest::keyClick(app.list(), Qt::Key_Down);
    QTest::qWait(600);
    QVERIFY(app.row(nextSubject).data(Models::UnreadRole).toBool());

    // Mark unread / read again with M, star with S (keys of the message list).
    app.select(app.row(QStringLiteral("Welcome to Pigeon")));
    QTest::keyClick(app.list(), Qt::Key_M);
    QTRY_VERIFY(app.row(QStringLiteral("Welcome to Pigeon")).data(Models::UnreadRole).toBool());
    QTest::keyClick(app.list(), Qt::Key_S);
    QTRY_VERIFY(app.row(QStringLiteral("Welcome to Pigeon")).data(Models::FlaggedRole).toBool());
    QVERIFY(Ui::MessageDelegate::indicators(app.row(QStringLiteral("Welcome to Pigeon"))).contains(QStringLiteral("starred")));
    // Typing in the search box marks nothing.
    auto *search = app.window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    search->setFocus();
    QTest::keyClick(search, Qt::Key_M);
    QTest::qWait(100);
    QVERIFY(app.row(QStringLiteral("Welcome to Pigeon")).data(Models::UnreadRole).toBool());
    search->clear();

    // New folder (dialog), then Move To from the Message menu.
    app.action("actionNewFolder")->trigger();
    auto *dialog = app.window->findChild<QInputDialog *>(QStringLiteral("newFolderDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("Archive"));
    dialog->accept();
    QTRY_VERIFY(app.folderTotal(QStringLiteral("Archive")) == 0);
    app.select(app.row(QStringLiteral("Spotkanie w czwartek")));
    auto *moveTo = app.window->findChild<QMenu *>(QStringLiteral("menuMoveTo"));
    QVERIFY(moveTo && moveTo->isEnabled());
    Q_EMIT moveTo->aboutToShow();
    auto *archive = moveTo->findChild<QAction *>(QStringLiteral("folder:Archive"));
    QVERIFY(archive);
    archive->trigger();
    QTRY_VERIFY(!app.row(QStringLiteral("Spotkanie w czwartek")).isValid());
    QTRY_COMPARE(app.folderTotal(QStringLiteral("Archive")), 1);
    QCOMPARE(app.rows()->rowCount(), seeded - 1);

    // Drag and drop: a message dragged from the list onto the Archive folder moves there.
    {
        const QModelIndex dragged = app.row(QStringLiteral("Отчёт о поездке"));
        QVERIFY(dragged.isValid());
        std::unique_ptr<QMimeData> mime(app.rows()->mimeData({dragged}));
        QVERIFY(mime);
        Models::FolderModel *folders = app.window->folderModel();
        QModelIndex archiveRow;
        const QModelIndex acc = folders->accountIndex(app.accountId());
        for (int r = 0; r < folders->rowCount(acc); ++r) {
            if (folders->index(r, 0, acc).data(Models::FolderPathRole).toString() == QLatin1String("Archive"))
                archiveRow = folders->index(r, 0, acc);
        }
        QVERIFY(archiveRow.isValid());
        QVERIFY(folders->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, archiveRow));
        QVERIFY(folders->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, archiveRow));
        QTRY_VERIFY(!app.row(QStringLiteral("Отчёт о поездке")).isValid());
        QTRY_COMPARE(app.folderTotal(QStringLiteral("Archive")), 2);
        QCOMPARE(app.rows()->rowCount(), seeded - 2);
    }

    // Delete (the Delete key): to the Trash first.
    app.select(app.row(QStringLiteral("Budget for the offsite")));
    QTest::keyClick(app.list(), Qt::Key_Delete);
    QTRY_VERIFY(!app.row(QStringLiteral("Budget for the offsite")).isValid());
    QTRY_COMPARE(app.folderTotal(QStringLiteral("Trash")), 1);
    QCOMPARE(app.rows()->rowCount(), seeded - 3);
    // In the Trash, Delete deletes for good, after asking.
    app.selectFolder(QStringLiteral("Trash"));
    QTRY_COMPARE(app.rows()->rowCount(), 1);
    app.select(app.rows()->index(0, 0));
    const Store::MessageId doomed = app.rows()->index(0, 0).data(Models::MessageIdRole).toLongLong();
    QTest::keyClick(app.list(), Qt::Key_Delete);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = app.window->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))));
    QPushButton *del = nullptr;
    for (QAbstractButton *b : confirm->buttons()) {
        if (confirm->buttonRole(b) == QMessageBox::DestructiveRole)
            del = qobject_cast<QPushButton *>(b);
    }
    QVERIFY(del);
    del->click();
    QTRY_COMPARE(app.rows()->rowCount(), 0);
    QTRY_COMPARE(app.folderTotal(QStringLiteral("Trash")), 0);
    QSignalSpy loaded(app.runtime(), &Sync::AccountRuntime::messageLoaded);
    app.runtime()->loadMessage(doomed);
    QVERIFY(loaded.wait(5000));
    QVERIFY(loaded.at(0).at(2).value<MailError>().isError()); // gone from the store

    // Search (offline full text) for a word of a Polish subject, then back to the folder.
    app.selectFolder(QStringLiteral("Inbox"));
    QTRY_COMPARE(app.rows()->rowCount(), seeded - 3);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Zakopanego"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(app.window->isShowingSearch());
    QTRY_COMPARE(app.window->searchModel()->rowCount(), 1);
    QVERIFY(app.window->searchModel()->index(0, 0).data(Models::SubjectRole).toString().contains(QStringLiteral("Zakopanego")));
    QTRY_VERIFY2(count->text().startsWith(QStringLiteral("1 message")), qPrintable(count->text()));
    // A hit opens like any message.
    app.select(app.rows()->index(0, 0));
    QTRY_VERIFY(pane->isShowingMessage());
    QVERIFY(pane->view()->message().summary().subject.contains(QStringLiteral("Zakopanego")));
    search->clear();
    Q_EMIT search->textEdited(QString());
    QVERIFY(!app.window->isShowingSearch());
    QTRY_COMPARE(app.rows()->rowCount(), seeded - 3);

    // Nothing that needs sending is offered.
    for (const char *name : {"actionReply", "actionReplyAll", "actionForward", "actionNewMessage"})
        QVERIFY2(!app.action(name), name);
    QVERIFY2(app.window->notices().isEmpty(), qPrintable(app.window->notices().join(QLatin1Char('\n'))));
}

void TestMainWindowDovecot::partialMessageIsCompletedOnRequest()
{
    QByteArray big = "From: Pat <pat@example.org>\nTo: pat@pigeon.example\nSubject: Holiday photos\n"
                     "Message-ID: <big.1@pigeon.test>\nDate: Sun, 22 Nov 2026 09:00:00 +0000\n\n"
                     "The photos follow.\n";
    for (int i = 0; i < 2000; ++i)
        big += "line " + QByteArray::number(i) + " of the long message\n";
    big += "The very last line.\n";
    QVERIFY(m_server.deliver(QStringLiteral("pat"), big));
    QTemporaryDir dir;
    Account::Account a = account(QStringLiteral("pat"));
    a.label = QStringLiteral("Pat");
    a.pop3.autoDownloadLimit = 5000; // bytes: the message above is stored as its first lines
    App app(dir.path(), a, QStringLiteral("pw-pat"), -1);
    getMail(app, 1);
    QVERIFY(!QTest::currentTestFailed());
    const QModelIndex partial = app.rows()->index(0, 0);
    QVERIFY(Store::MessageFlags::fromInt(partial.data(Models::FlagsRole).toInt()).testFlag(Store::MessageFlag::Partial));
    app.select(partial);
    Ui::ReadingPane *pane = app.window->readingPane();
    QTRY_VERIFY(pane->isShowingMessage());
    QVERIFY(pane->isOfferingDownload());
    QVERIFY(!pane->view()->message().source(1 << 20).contains("The very last line."));
    QVERIFY(app.action("actionDownloadFull")->isEnabled());

    auto *download = pane->findChild<QPushButton *>(QStringLiteral("partialDownload"));
    QVERIFY(download);
    download->click();
    // The whole message replaces the partial copy, in the list and in the pane.
    QTRY_VERIFY_WITH_TIMEOUT(pane->isShowingMessage() && !pane->isOfferingDownload()
                                 && pane->view()->message().source(1 << 20).contains("The very last line."),
                             30000);
    QCOMPARE(app.rows()->rowCount(), 1);
    QVERIFY(!Ui::MessageDelegate::indicators(app.rows()->index(0, 0)).contains(QStringLiteral("emblem-downloads")));
    QCOMPARE(app.list()->currentIndex().data(Models::MessageIdRole).toLongLong(), pane->messageId());
    QVERIFY(!app.action("actionDownloadFull")->isEnabled());
}

void TestMainWindowDovecot::cachedMailOpensWhenTheServerIsGone()
{
    QTemporaryDir dir;
    {
        App app(dir.path(), account(QStringLiteral("dana")), QStringLiteral("pw-dana"), 0);
        getMail(app, seeded);
    QVERIFY(!QTest::currentTestFailed());
        app.window->close();
    }
    // Work offline: no checks, the indicator says so, and it is remembered.
    {
        App app(dir.path(), account(QStringLiteral("dana")), QStringLiteral("pw-dana"), 0);
        QTRY_COMPARE(app.rows()->rowCount(), seeded); // from the store, no network
        app.action("actionWorkOffline")->trigger();
        auto *indicator = app.window->findChild<QToolButton *>(QStringLiteral("onlineIndicator"));
        QCOMPARE(indicator->text(), QStringLiteral("Offline"));
        QVERIFY(!app.action("actionGetAllMail")->isEnabled());
        QVERIFY(!app.runtime()->isOnline());
        app.window->close();
    }
    m_server.stop();
    {
        App app(dir.path(), account(QStringLiteral("dana")), QStringLiteral("pw-dana"), 0);
        QVERIFY(!app.runtimes->isOnline()); // remembered
        QTRY_COMPARE(app.rows()->rowCount(), seeded);
        // Cached messages open with the server gone.
        const QModelIndex persian = app.row(QStringLiteral("جلسهٔ هفتهٔ آینده"));
        QVERIFY(persian.isValid());
        app.select(persian);
        QTRY_VERIFY(app.window->readingPane()->isShowingMessage());
        QCOMPARE(app.window->readingPane()->view()->message().summary().subject, QStringLiteral("جلسهٔ هفتهٔ آینده"));
        // Back online, a check meets the stopped server: a notice that names the account
        // and keeps the details, nothing modal, the list untouched.
        app.action("actionWorkOffline")->trigger();
        QVERIFY(app.runtimes->isOnline());
        QTRY_VERIFY(app.action("actionGetAllMail")->isEnabled());
        app.action("actionGetAllMail")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!app.window->notices().isEmpty(), 30000);
        QVERIFY2(app.window->notices().constFirst().startsWith(QStringLiteral("Dana (POP3): ")),
                 qPrintable(app.window->notices().constFirst()));
        QCOMPARE(app.rows()->rowCount(), seeded);
        QVERIFY(!QApplication::activeModalWidget());
    }
}

QTEST_MAIN(TestMainWindowDovecot)
#include "tst_mainwindowdovecot.moc"
