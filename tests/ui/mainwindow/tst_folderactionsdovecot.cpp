// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Folder management in the main window against a real Dovecot, offscreen: an IMAP
// account's folders are created (Persian names), renamed, moved by drag and drop and
// deleted, each checked on the server with doveadm (an independent view of the
// mailboxes) and in the folder pane; messages copied between IMAP folders; special
// folders refused; the server's NO shown as a notice; offline refused. The same for a
// POP3 account's local folders, checked as files on disk and rows of the index. And a
// UIDVALIDITY change on the server while the folder is shown.
#include "support/testmailserver.h"
#include "mainwindowtestapp.h"

#include "account/accountstore.h"
#include "account/memorysecretstore.h"
#include "account/profile.h"
#include "models/accountlistmodel.h"
#include "models/foldermodel.h"
#include "models/folderroles.h"
#include "models/messageroles.h"
#include "store/messagelistquery.h"
#include "sync/accountruntime.h"
#include "sync/runtimemanager.h"
#include "translations/i18n.h"
#include "ui/folderview.h"
#include "ui/mainwindow.h"
#include "ui/messagelistview.h"
#include "ui/readingpane.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Pigeon;
using Pigeon::Test::TestMailServer;

namespace {

constexpr int seeded = 10; // resources/demo/mail, in ivan's INBOX

struct App : Test::App
{
    App(const QString &dir, const Account::Account &account, const QString &password)
        : Test::App(dir, account, password, -1)
    {
    }

    Models::FolderModel *folders() const { return window->folderModel(); }
    QString indexPath() const { return Store::MessageListQuery::indexPathFor(runtime()->storeDirectory()); }

    /// The folder pane's row of @p path (anywhere in the account's tree), invalid if none.
    QModelIndex folder(const QString &path, const QModelIndex &parent = {}) const
    {
        const QModelIndex from = parent.isValid() ? parent : folders()->accountIndex(accountId());
        for (int r = 0; r < folders()->rowCount(from); ++r) {
            const QModelIndex f = folders()->index(r, 0, from);
            if (f.data(Models::FolderPathRole).toString() == path)
                return f;
            if (const QModelIndex inner = folder(path, f); inner.isValid())
                return inner;
        }
        return {};
    }
    void selectFolder(const QString &path)
    {
        const QModelIndex f = folder(path);
        QVERIFY2(f.isValid(), qPrintable(path));
        window->folderView()->setCurrentIndex(f);
    }
    /// Answers the input dialog @p name (opened by an action) with @p text.
    static void answer(QWidget *window, const QString &name, const QString &text)
    {
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QInputDialog *>(name)));
        dialog->setTextValue(text);
        dialog->accept();
    }
    /// Clicks the destructive button of the message box @p name; returns its texts.
    static QString confirm(QWidget *window, const QString &name)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = window->findChild<QMessageBox *>(name)) != nullptr; }, 5000))
            return {};
        const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        return text;
    }
    /// Drags folder @p path onto @p target (a folder's row, or the account's).
    bool dragFolder(const QString &path, const QModelIndex &target) const
    {
        std::unique_ptr<QMimeData> mime(folders()->mimeData({folder(path)}));
        return mime && folders()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, target)
            && folders()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target);
    }
    /// The index's folders (read by another connection, as the folder pane reads them).
    QHash<QString, Store::FolderSummary> indexFolders() const
    {
        QHash<QString, Store::FolderSummary> byName;
        Result<QList<Store::FolderSummary>> r = Store::MessageListQuery(indexPath()).folders();
        if (r)
            for (const Store::FolderSummary &f : *r)
                byName.insert(f.name, f);
        return byName;
    }
};

} // namespace

class TestFolderActionsDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void imapFolders();
    void imapFolderChangesNeedTheServer();
    void localFolders();
    void uidValidityResetRefreshesTheList();

private:
    Account::Account account(const QString &user, Account::IncomingProtocol protocol) const;
    /// Mailboxes of @p user as Dovecot lists them (doveadm, not IMAP); @p subscribed: only those.
    QStringList serverMailboxes(const QString &user, bool subscribed = false) const;
    void getMail(App &app);

    TestMailServer m_server;
};

void TestFolderActionsDovecot::initTestCase()
{
    TestMailServer::Options o;
    o.users = {{QStringLiteral("ivan"), QStringLiteral("pw-ivan")},
               {QStringLiteral("lena"), QStringLiteral("pw-lena")},
               {QStringLiteral("olga"), QStringLiteral("pw-olga")},
               {QStringLiteral("uma"), QStringLiteral("pw-uma")}};
    o.seedDir = QStringLiteral(PIGEON_SOURCE_DIR "/resources/demo/mail");
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
    QCOMPARE(m_server.mailboxStatus(QStringLiteral("ivan")).value(QStringLiteral("messages")), seeded);
}

void TestFolderActionsDovecot::cleanupTestCase()
{
    m_server.stop();
}

void TestFolderActionsDovecot::init()
{
    I18n::install(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

Account::Account TestFolderActionsDovecot::account(const QString &user, Account::IncomingProtocol protocol) const
{
    Account::Account a;
    a.label = user;
    a.name = user;
    a.address = user + QStringLiteral("@pigeon.example");
    a.protocol = protocol;
    a.incoming.host = m_server.host();
    const bool imap = protocol == Account::IncomingProtocol::Imap;
    a.incoming.port = m_server.port(imap ? TestMailServer::Service::Imaps : TestMailServer::Service::Pop3s);
    a.incoming.security = Net::Security::ImplicitTls;
    a.incoming.username = user;
    a.outgoing.host = m_server.host();
    a.tls.extraCaFile = m_server.caFile();
    a.pop3.leaveOnServer = Account::LeaveOnServer::Forever;
    a.checkIntervalMinutes = 0;
    a.applyDefaults();
    return a;
}

QStringList TestFolderActionsDovecot::serverMailboxes(const QString &user, bool subscribed) const
{
    QStringList args{QStringLiteral("mailbox"), QStringLiteral("list")};
    if (subscribed)
        args << QStringLiteral("-s");
    args << QStringLiteral("-u") << user;
    const TestMailServer::CommandResult r = m_server.doveadm(args);
    if (!r.ok())
        qWarning() << "doveadm" << args << r.err;
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestFolderActionsDovecot::getMail(App &app)
{
    QTRY_VERIFY(app.action("actionGetAllMail")->isEnabled());
    QSignalSpy finished(app.runtime(), &Sync::AccountRuntime::taskFinished);
    app.action("actionGetAllMail")->trigger();
    QVERIFY(finished.wait(30000));
    QVERIFY2(!finished.at(0).at(1).value<MailError>().isError(),
             qPrintable(finished.at(0).at(1).value<MailError>().toString()));
}

void TestFolderActionsDovecot::imapFolders()
{
    const QString user = QStringLiteral("ivan");
    QTemporaryDir dir;
    App app(dir.path(), account(user, Account::IncomingProtocol::Imap), QStringLiteral("pw-ivan"));
    getMail(app);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY(app.folder(QStringLiteral("Trash")).isValid());
    app.selectFolder(QStringLiteral("INBOX"));
    QTRY_COMPARE(app.rows()->rowCount(), seeded);

    // INBOX and the special folders keep their names: the actions are off...
    QVERIFY(!app.action("actionRenameFolder")->isEnabled());
    QVERIFY(!app.action("actionDeleteFolder")->isEnabled());
    app.selectFolder(QStringLiteral("Trash"));
    QTRY_VERIFY(!app.action("actionRenameFolder")->isEnabled());
    QVERIFY(!app.action("actionDeleteFolder")->isEnabled());
    // ...and the core refuses, with a reason, when asked anyway; the server keeps INBOX.
    app.runtime()->renameFolder(QStringLiteral("INBOX"), QStringLiteral("Old mail"));
    QTRY_COMPARE(app.window->notices().size(), 1);
    QVERIFY2(app.window->notices().at(0).contains(QStringLiteral("special folder")), qPrintable(app.window->notices().at(0)));
    QVERIFY(!serverMailboxes(user).contains(QStringLiteral("Old mail")));
    QVERIFY(serverMailboxes(user).contains(QStringLiteral("INBOX")));
    app.runtime()->deleteFolder(QStringLiteral("Trash"));
    QTRY_COMPARE(app.window->notices().size(), 2);
    QVERIFY(serverMailboxes(user).contains(QStringLiteral("Trash")));

    // New Folder with a Persian name: created (in modified UTF-7 on the wire, decoded by
    // Dovecot), subscribed, listed in the pane.
    const QString archive = QStringLiteral("بایگانی");
    app.action("actionNewFolder")->trigger();
    App::answer(app.window.get(), QStringLiteral("newFolderDialog"), archive);
    QTRY_VERIFY_WITH_TIMEOUT(app.folder(archive).isValid(), 10000);
    QVERIFY(serverMailboxes(user).contains(archive));
    QVERIFY(serverMailboxes(user, true).contains(archive));
    // The selection stays where it was (a folder is often made to move messages into).
    QCOMPARE(app.window->folderView()->currentIndex().data(Models::FolderPathRole).toString(), QStringLiteral("Trash"));

    // Copy To: the message stays in INBOX and appears in the new folder, on the server
    // too; its body (read before) comes along, so the copy opens without fetching.
    app.selectFolder(QStringLiteral("INBOX"));
    QTRY_COMPARE(app.rows()->rowCount(), seeded);
    const QModelIndex persian = app.row(QStringLiteral("جلسهٔ هفتهٔ آینده"));
    QVERIFY(persian.isValid());
    app.select(persian);
    QTRY_VERIFY(app.window->readingPane()->isShowingMessage());
    auto *copyTo = app.window->findChild<QMenu *>(QStringLiteral("menuCopyTo"));
    QVERIFY(copyTo && copyTo->isEnabled());
    Q_EMIT copyTo->aboutToShow();
    QAction *toArchive = copyTo->findChild<QAction *>(QStringLiteral("folder:") + archive);
    QVERIFY(toArchive);
    toArchive->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_server.mailboxStatus(user, archive).value(QStringLiteral("messages")), 1, 10000);
    QCOMPARE(m_server.mailboxStatus(user).value(QStringLiteral("messages")), seeded);
    QTRY_COMPARE(app.folder(archive).data(Models::TotalCountRole).toLongLong(), 1);
    app.selectFolder(archive);
    QTRY_COMPARE(app.rows()->rowCount(), 1);
    const Store::MessageId copyId = app.rows()->index(0, 0).data(Models::MessageIdRole).toLongLong();
    QCOMPARE(app.rows()->index(0, 0).data(Models::SubjectRole).toString(), QStringLiteral("جلسهٔ هفتهٔ آینده"));
    // COPYUID (RFC 4315) gave the copy its UID: a cached row, body included.
    QCOMPARE(app.rows()->index(0, 0).data(Models::BodyStateRole).toInt(), int(Models::MessageBodyState::Full));

    // The server's NO [ALREADYEXISTS] is a notice with its words: another client made
    // "Projects" behind our back, we try to create it too.
    QVERIFY(m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user,
                              QStringLiteral("Projects")}).ok());
    const int before = int(app.window->notices().size());
    app.runtime()->createFolder({}, QStringLiteral("Projects"));
    QTRY_COMPARE_WITH_TIMEOUT(app.window->notices().size(), before + 1, 10000);
    QVERIFY2(app.window->notices().constLast().contains(QStringLiteral("Projects"))
                 && app.window->notices().constLast().contains(QStringLiteral("exists")),
             qPrintable(app.window->notices().constLast()));
    // The failed CREATE still listed what is there.
    QTRY_VERIFY(app.folder(QStringLiteral("Projects")).isValid());

    // Rename (the dialog offers the current name): the server has the new name only, the
    // pane shows it (same folder, still selected), and the cache moved along: the same
    // row, body still there, nothing fetched again.
    const QString renamed = QStringLiteral("آرشیو نامه\u200cها ۱۴۰۵"); // with a zero-width non-joiner
    app.selectFolder(archive);
    const qint64 folderId = app.folder(archive).data(Models::FolderIdRole).toLongLong();
    QTRY_VERIFY(app.action("actionRenameFolder")->isEnabled());
    app.action("actionRenameFolder")->trigger();
    {
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app.window->findChild<QInputDialog *>(QStringLiteral("renameFolderDialog"))));
        QCOMPARE(dialog->textValue(), archive);
    }
    App::answer(app.window.get(), QStringLiteral("renameFolderDialog"), renamed);
    QTRY_VERIFY_WITH_TIMEOUT(app.folder(renamed).isValid(), 10000);
    QVERIFY(!app.folder(archive).isValid());
    QCOMPARE(app.folder(renamed).data(Models::FolderIdRole).toLongLong(), folderId);
    QStringList mailboxes = serverMailboxes(user);
    QVERIFY2(mailboxes.contains(renamed) && !mailboxes.contains(archive), qPrintable(mailboxes.join(u',')));
    QVERIFY(serverMailboxes(user, true).contains(renamed));
    QCOMPARE(m_server.mailboxStatus(user, renamed).value(QStringLiteral("messages")), 1);
    QTRY_COMPARE(app.window->folderView()->currentIndex().data(Models::FolderIdRole).toLongLong(), folderId);
    QTRY_COMPARE(app.rows()->rowCount(), 1);
    QCOMPARE(app.rows()->index(0, 0).data(Models::MessageIdRole).toLongLong(), copyId);
    QCOMPARE(app.rows()->index(0, 0).data(Models::BodyStateRole).toInt(), int(Models::MessageBodyState::Full));

    // Move by drag and drop onto "Projects": RENAME to Projects/..., the hierarchy follows.
    QVERIFY(!app.dragFolder(renamed, app.folder(renamed))); // not onto itself
    QVERIFY(!app.dragFolder(QStringLiteral("INBOX"), app.folder(QStringLiteral("Projects")))); // special: not draggable
    QVERIFY(app.dragFolder(renamed, app.folder(QStringLiteral("Projects"))));
    const QString moved = QStringLiteral("Projects/") + renamed;
    QTRY_VERIFY_WITH_TIMEOUT(app.folder(moved).isValid(), 10000);
    QCOMPARE(app.folder(moved).parent().data(Models::FolderPathRole).toString(), QStringLiteral("Projects"));
    QCOMPARE(app.folder(moved).data(Models::FolderIdRole).toLongLong(), folderId);
    mailboxes = serverMailboxes(user);
    QVERIFY2(mailboxes.contains(moved) && !mailboxes.contains(renamed), qPrintable(mailboxes.join(u',')));
    QCOMPARE(m_server.mailboxStatus(user, moved).value(QStringLiteral("messages")), 1);
    // ...and back to the top, dropped on the account.
    QVERIFY(app.dragFolder(moved, app.folders()->accountIndex(app.accountId())));
    QTRY_VERIFY_WITH_TIMEOUT(app.folder(renamed).isValid(), 10000);
    QVERIFY(serverMailboxes(user).contains(renamed));
    QVERIFY(app.dragFolder(renamed, app.folder(QStringLiteral("Projects"))));
    QTRY_VERIFY_WITH_TIMEOUT(app.folder(moved).isValid(), 10000);

    // Delete asks first, saying how many messages go, for good; then it is gone from the
    // server and the pane.
    app.selectFolder(moved);
    QTRY_VERIFY(app.action("actionDeleteFolder")->isEnabled());
    app.action("actionDeleteFolder")->trigger();
    const QString question = App::confirm(app.window.get(), QStringLiteral("confirmDeleteFolder"));
    QVERIFY2(question.contains(QStringLiteral("1 message")) && question.contains(QStringLiteral("server")),
             qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(!app.folder(moved).isValid(), 10000);
    QVERIFY(!serverMailboxes(user).contains(moved));
    QVERIFY(serverMailboxes(user).contains(QStringLiteral("Projects")));
    QVERIFY(!app.indexFolders().contains(moved));
    // The original is untouched.
    QCOMPARE(m_server.mailboxStatus(user).value(QStringLiteral("messages")), seeded);
    QCOMPARE(app.window->notices().size(), 3); // the two refusals and ALREADYEXISTS, nothing else
}

void TestFolderActionsDovecot::imapFolderChangesNeedTheServer()
{
    const QString user = QStringLiteral("olga");
    QTemporaryDir dir;
    App app(dir.path(), account(user, Account::IncomingProtocol::Imap), QStringLiteral("pw-olga"));
    getMail(app);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY(app.folder(QStringLiteral("Trash")).isValid());
    QVERIFY(m_server.deliver(user, "From: a@example.org\nSubject: Keep me\nMessage-ID: <k.1@test>\n\nbody\n"));
    getMail(app);
    QVERIFY(!QTest::currentTestFailed());

    app.action("actionWorkOffline")->trigger();
    QVERIFY(!app.runtime()->isOnline());
    app.action("actionNewFolder")->trigger();
    App::answer(app.window.get(), QStringLiteral("newFolderDialog"), QStringLiteral("Отчёты"));
    QTRY_COMPARE(app.window->notices().size(), 1);
    QVERIFY2(app.window->notices().at(0).contains(QStringLiteral("online")), qPrintable(app.window->notices().at(0)));
    QVERIFY(!serverMailboxes(user).contains(QStringLiteral("Отчёты")));
    QVERIFY(!app.folder(QStringLiteral("Отчёты")).isValid());

    // Copying works offline: queued durably, shown at once, done when back online.
    app.selectFolder(QStringLiteral("INBOX"));
    QTRY_VERIFY(app.row(QStringLiteral("Keep me")).isValid());
    app.select(app.row(QStringLiteral("Keep me")));
    auto *copyTo = app.window->findChild<QMenu *>(QStringLiteral("menuCopyTo"));
    Q_EMIT copyTo->aboutToShow();
    copyTo->findChild<QAction *>(QStringLiteral("folder:Junk"))->trigger();
    QTRY_COMPARE(app.folder(QStringLiteral("Junk")).data(Models::TotalCountRole).toLongLong(), 1);
    QCOMPARE(m_server.mailboxStatus(user, QStringLiteral("Junk")).value(QStringLiteral("messages")), 0);
    app.action("actionWorkOffline")->trigger();
    QVERIFY(app.runtime()->isOnline());
    QTRY_COMPARE_WITH_TIMEOUT(m_server.mailboxStatus(user, QStringLiteral("Junk")).value(QStringLiteral("messages")), 1,
                              15000);
    QCOMPARE(m_server.mailboxStatus(user).value(QStringLiteral("messages")), 1);
    // Syncing Junk replaces the provisional copy by the server's: still one.
    app.selectFolder(QStringLiteral("Junk"));
    getMail(app);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE(app.rows()->rowCount(), 1);
    QTRY_COMPARE(app.folder(QStringLiteral("Junk")).data(Models::TotalCountRole).toLongLong(), 1);
    QCOMPARE(app.window->notices().size(), 1);
}

void TestFolderActionsDovecot::localFolders()
{
    const QString user = QStringLiteral("lena");
    for (int i = 1; i <= 3; ++i)
        QVERIFY(m_server.deliver(user, QStringLiteral("From: a@example.org\nTo: lena@pigeon.example\nSubject: Письмо %1\n"
                                                      "Message-ID: <l.%1@test>\nDate: Sun, 22 Nov 2026 0%1:00:00 +0000\n\nТекст %1\n")
                                           .arg(i)
                                           .toUtf8()));
    QTemporaryDir dir;
    App app(dir.path(), account(user, Account::IncomingProtocol::Pop3), QStringLiteral("pw-lena"));
    getMail(app);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE(app.rows()->rowCount(), 3);
    const QString storeDir = app.runtime()->storeDirectory();
    auto file = [&storeDir](const QString &folder) -> QString {
        return storeDir + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(folder, " ")) + QStringLiteral(".mbox");
    };

    // Inbox and Trash stay.
    app.selectFolder(QStringLiteral("Inbox"));
    QVERIFY(!app.action("actionRenameFolder")->isEnabled());
    app.runtime()->deleteFolder(QStringLiteral("Inbox"));
    QTRY_COMPARE(app.window->notices().size(), 1);
    QVERIFY(QFile::exists(file(QStringLiteral("Inbox"))));

    // New folder (Cyrillic): a file and an index row.
    const QString reports = QStringLiteral("Отчёты");
    app.action("actionNewFolder")->trigger();
    App::answer(app.window.get(), QStringLiteral("newFolderDialog"), reports);
    QTRY_VERIFY(app.folder(reports).isValid());
    QVERIFY(QFile::exists(file(reports)));
    QVERIFY(app.indexFolders().contains(reports));
    // A name that would escape the store is refused.
    app.runtime()->createFolder({}, QStringLiteral("../etc"));
    QTRY_COMPARE(app.window->notices().size(), 2);

    // Two messages into it, then a subfolder under it.
    app.selectFolder(QStringLiteral("Inbox"));
    QTRY_COMPARE(app.rows()->rowCount(), 3);
    for (const QString &subject : {QStringLiteral("Письмо 1"), QStringLiteral("Письмо 2")}) {
        app.select(app.row(subject));
        auto *moveTo = app.window->findChild<QMenu *>(QStringLiteral("menuMoveTo"));
        Q_EMIT moveTo->aboutToShow();
        moveTo->findChild<QAction *>(QStringLiteral("folder:") + reports)->trigger();
        QTRY_VERIFY(!app.row(subject).isValid());
    }
    QTRY_COMPARE(app.indexFolders().value(reports).total, 2);
    const qint64 size = QFileInfo(file(reports)).size();
    QVERIFY(size > 0);
    app.selectFolder(reports);
    QTRY_VERIFY(app.action("actionNewSubfolder")->isEnabled());
    app.action("actionNewSubfolder")->trigger();
    App::answer(app.window.get(), QStringLiteral("newSubfolderDialog"), QStringLiteral("2026"));
    const QString sub = reports + QStringLiteral("/2026");
    QTRY_VERIFY(app.folder(sub).isValid());
    QCOMPARE(app.folder(sub).parent().data(Models::FolderPathRole).toString(), reports);
    QVERIFY(QFile::exists(file(sub)));

    // Rename: the file and the index entry take the new name (same folder id, same
    // bytes); the subfolder comes along.
    const QString renamed = QStringLiteral("Счета");
    app.selectFolder(reports);
    const qint64 id = app.indexFolders().value(reports).id;
    app.action("actionRenameFolder")->trigger();
    App::answer(app.window.get(), QStringLiteral("renameFolderDialog"), renamed);
    QTRY_VERIFY(app.folder(renamed).isValid());
    QTRY_VERIFY(app.folder(renamed + QStringLiteral("/2026")).isValid());
    QVERIFY(!QFile::exists(file(reports)) && !QFile::exists(file(sub)));
    QVERIFY(QFile::exists(file(renamed)) && QFile::exists(file(renamed + QStringLiteral("/2026"))));
    QCOMPARE(QFileInfo(file(renamed)).size(), size);
    QCOMPARE(app.indexFolders().value(renamed).id, id);
    QCOMPARE(app.indexFolders().value(renamed).total, 2);
    QVERIFY(!app.indexFolders().contains(reports));
    QTRY_COMPARE(app.window->folderView()->currentIndex().data(Models::FolderPathRole).toString(), renamed);
    QTRY_COMPARE(app.rows()->rowCount(), 2);
    // No stray files: exactly the folders' files (and the index) are in the store.
    QStringList mboxes = QDir(storeDir).entryList({QStringLiteral("*.mbox")}, QDir::Files);
    QCOMPARE(mboxes.size(), 4); // Inbox, Trash, renamed, renamed/2026

    // Move under another folder by drag and drop.
    app.action("actionNewFolder")->trigger();
    App::answer(app.window.get(), QStringLiteral("newFolderDialog"), QStringLiteral("Archive"));
    QTRY_VERIFY(app.folder(QStringLiteral("Archive")).isValid());
    QVERIFY(!app.dragFolder(renamed, app.folder(renamed + QStringLiteral("/2026")))); // not into itself
    QVERIFY(app.dragFolder(renamed, app.folder(QStringLiteral("Archive"))));
    const QString moved = QStringLiteral("Archive/") + renamed;
    QTRY_VERIFY(app.folder(moved + QStringLiteral("/2026")).isValid());
    QVERIFY(app.folder(moved).isValid());
    QVERIFY(QFile::exists(file(moved)) && QFile::exists(file(moved + QStringLiteral("/2026"))));
    QVERIFY(!QFile::exists(file(renamed)));
    QCOMPARE(app.indexFolders().value(moved).total, 2);

    // Delete: asks, says the messages go to the Trash; they do, the files go.
    app.selectFolder(QStringLiteral("Archive"));
    QTRY_VERIFY(app.action("actionDeleteFolder")->isEnabled());
    app.action("actionDeleteFolder")->trigger();
    const QString question = App::confirm(app.window.get(), QStringLiteral("confirmDeleteFolder"));
    // ("message(s)" until pigeon_en.ts has its English plural forms.)
    QVERIFY2(question.contains(QStringLiteral("2 subfolder")) && question.contains(QStringLiteral("2 message"))
                 && question.contains(QStringLiteral("Trash")),
             qPrintable(question));
    QTRY_VERIFY(!app.folder(QStringLiteral("Archive")).isValid());
    QVERIFY(!QFile::exists(file(QStringLiteral("Archive"))) && !QFile::exists(file(moved)));
    QTRY_COMPARE(app.indexFolders().value(QStringLiteral("Trash")).total, 2);
    QVERIFY(!app.indexFolders().contains(moved));
    mboxes = QDir(storeDir).entryList({QStringLiteral("*.mbox")}, QDir::Files);
    QCOMPARE(mboxes.size(), 2);
    QCOMPARE(app.window->notices().size(), 2);
}

void TestFolderActionsDovecot::uidValidityResetRefreshesTheList()
{
    const QString user = QStringLiteral("uma");
    for (int i = 1; i <= 3; ++i)
        QVERIFY(m_server.deliver(user, QStringLiteral("From: b@example.org\nSubject: Old %1\nMessage-ID: <u.%1@test>\n"
                                                      "Date: Sun, 22 Nov 2026 0%1:00:00 +0000\n\nbody\n")
                                           .arg(i)
                                           .toUtf8()));
    QTemporaryDir dir;
    App app(dir.path(), account(user, Account::IncomingProtocol::Imap), QStringLiteral("pw-uma"));
    getMail(app);
    QVERIFY(!QTest::currentTestFailed());
    app.selectFolder(QStringLiteral("INBOX"));
    QTRY_COMPARE(app.rows()->rowCount(), 3);
    app.select(app.row(QStringLiteral("Old 2")));
    QTRY_VERIFY(app.window->readingPane()->isShowingMessage());

    // On the server: one message goes, one arrives, and the mailbox gets a new
    // UIDVALIDITY (as after a restore from backup): every cached UID is void.
    const quint32 validity = quint32(m_server.mailboxStatus(user).value(QStringLiteral("uidvalidity")));
    QVERIFY(validity > 0);
    QVERIFY(m_server.doveadm({QStringLiteral("expunge"), QStringLiteral("-u"), user, QStringLiteral("mailbox"),
                              QStringLiteral("INBOX"), QStringLiteral("header"), QStringLiteral("Subject"),
                              QStringLiteral("Old 3")}).ok());
    QVERIFY(m_server.deliver(user, "From: b@example.org\nSubject: New 4\nMessage-ID: <u.4@test>\n"
                                   "Date: Sun, 22 Nov 2026 04:00:00 +0000\n\nbody\n"));
    QVERIFY(m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("update"), QStringLiteral("-u"), user,
                              QStringLiteral("--uid-validity"), QString::number(validity + 1000), QStringLiteral("INBOX")})
                .ok());

    QSignalSpy reset(app.runtime(), &Sync::AccountRuntime::folderReset);
    getMail(app);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(reset.at(0).at(0).toString(), QStringLiteral("INBOX"));
    // The list shows what the server has: no stale row (Old 3), no double.
    QTRY_COMPARE(app.rows()->rowCount(), 3);
    // (Ids say nothing here: SQLite may give a new row a discarded row's id.)
    QStringList subjects;
    for (int r = 0; r < app.rows()->rowCount(); ++r)
        subjects << app.rows()->index(r, 0).data(Models::SubjectRole).toString();
    subjects.sort();
    QCOMPARE(subjects, (QStringList{QStringLiteral("New 4"), QStringLiteral("Old 1"), QStringLiteral("Old 2")}));
    // The message being read is selected again (its new row).
    QTRY_COMPARE(app.window->messageView()->currentIndex().data(Models::SubjectRole).toString(), QStringLiteral("Old 2"));
    QCOMPARE(app.window->folderView()->currentIndex().data(Models::FolderPathRole).toString(), QStringLiteral("INBOX"));
    QTRY_COMPARE(app.folder(QStringLiteral("INBOX")).data(Models::TotalCountRole).toLongLong(), 3);
    QVERIFY2(app.window->notices().isEmpty(), qPrintable(app.window->notices().join(u'\n')));
}

QTEST_MAIN(TestFolderActionsDovecot)
#include "tst_folderactionsdovecot.moc"
