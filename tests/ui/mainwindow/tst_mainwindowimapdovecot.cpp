// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The main window with an IMAP account against a real Dovecot, offscreen: the list fills
// with headers, a message opens (and is marked read only after the delay), flags, moves
// (menu and drag and drop) and deletes reach the server. Then Dovecot goes away: cached
// mail opens, the window says the account is offline, changes queue and show at once,
// and when Dovecot is back they reach it. Search merges the local hits with the
// server's (words in bodies never downloaded, Cyrillic, Persian), a new query cancels
// the server's work, and offline the window says that the server's hits are missing.
// Every server-side state is read with doveadm: a view independent of the client's.
#include "mainwindowtestapp.h"
#include "integration/runtime/runtimetestaccount.h"
#include "support/testmailserver.h"

#include "models/messagelistmodel.h"
#include "translations/i18n.h"
#include "ui/mailactions.h"
#include "ui/readingpane.h"
#include "ui/reader/messageview.h"
#include "ui/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Pigeon;
using Pigeon::Test::App;
using Pigeon::Test::TestMailServer;

namespace {

QByteArray message(const QByteArray &subject, const QByteArray &body, int n)
{
    return "From: Olga <olga@example.org>\r\nTo: ivy@example.org\r\nSubject: " + subject
        + "\r\nMessage-ID: <gui." + QByteArray::number(n) + "@pigeon.test>\r\nDate: Sun, 22 Nov 2026 10:"
        + QByteArray::number(10 + n) + ":00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
}

QByteArray encoded(const QString &subject)
{
    return "=?utf-8?b?" + subject.toUtf8().toBase64() + "?=";
}

const QString welcome = QStringLiteral("Welcome to the IMAP window");
const QString neverOpened = QStringLiteral("Never opened");

} // namespace

class TestMainWindowImapDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void readMarkMoveDeleteThenOfflineReplay();
    void serverSearchMergesWithLocalHits();

private:
    Account::Account account(const QString &user, const QString &label) const;
    void getMail(App &app, int expectedRows);
    /// Flags of the messages of @p mailbox whose subject contains @p subject, as doveadm
    /// prints them ("flags: \Seen"), or "<none>" when no message matches.
    QByteArray serverFlags(const QString &user, const QString &mailbox, const QString &subject) const;
    /// How many messages of @p mailbox have @p subject in their subject.
    int serverCount(const QString &user, const QString &mailbox, const QString &subject) const;
    void search(App &app, const QString &query);

    TestMailServer m_server;
    bool m_dovecotStopped = false;
};

void TestMainWindowImapDovecot::initTestCase()
{
    TestMailServer::Options o;
    o.users = {{QStringLiteral("ivy"), QStringLiteral("pw-ivy")}, {QStringLiteral("sol"), QStringLiteral("pw-sol")}};
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
}

void TestMainWindowImapDovecot::cleanupTestCase()
{
    m_server.stop();
}

void TestMainWindowImapDovecot::init()
{
    I18n::install(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindowImapDovecot::cleanup()
{
    // A test that failed while Dovecot was away leaves it running for the next one.
    if (std::exchange(m_dovecotStopped, false))
        QVERIFY(m_server.startDovecot());
}

Account::Account TestMainWindowImapDovecot::account(const QString &user, const QString &label) const
{
    Account::Account a = Test::runtimeTestAccount(m_server, user, Account::IncomingProtocol::Imap);
    a.label = label;
    a.applyDefaults();
    return a;
}

void TestMainWindowImapDovecot::getMail(App &app, int expectedRows)
{
    QTRY_VERIFY(app.action("actionGetAllMail")->isEnabled());
    app.action("actionGetAllMail")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(app.rows()->rowCount(), expectedRows, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!app.runtime()->isChecking(), 30000);
}

QByteArray TestMainWindowImapDovecot::serverFlags(const QString &user, const QString &mailbox,
                                                  const QString &subject) const
{
    const TestMailServer::CommandResult r =
        m_server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), user, QStringLiteral("flags"),
                          QStringLiteral("mailbox"), mailbox, QStringLiteral("subject"), subject});
    if (!r.ok())
        return "<doveadm failed: " + r.err + '>';
    return r.out.trimmed().isEmpty() ? QByteArray("<none>") : r.out.trimmed();
}

int TestMainWindowImapDovecot::serverCount(const QString &user, const QString &mailbox, const QString &subject) const
{
    const TestMailServer::CommandResult r =
        m_server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), user, QStringLiteral("mailbox"), mailbox,
                          QStringLiteral("subject"), subject});
    return r.ok() ? int(r.out.count('\n')) : -1;
}

void TestMainWindowImapDovecot::search(App &app, const QString &query)
{
    auto *box = app.window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QVERIFY(box);
    box->setFocus();
    box->clear();
    if (std::all_of(query.cbegin(), query.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        QTest::keyClicks(box, query);
    } else {
        // QTest::keyClicks() sends Latin-1 only: Cyrillic and Persian come as an input
        // method commits them.
        QInputMethodEvent typed;
        typed.setCommitString(query);
        QApplication::sendEvent(box, &typed);
    }
    QCOMPARE(box->text(), query);
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(app.window->isShowingSearch());
}

void TestMainWindowImapDovecot::readMarkMoveDeleteThenOfflineReplay()
{
    const QString user = QStringLiteral("ivy");
    // The oldest message is at the bottom of the list, where no removal moves the
    // current row (which would open it).
    const QStringList subjects{neverOpened,
                               welcome,
                               QStringLiteral("Отчёт о поездке"),
                               QStringLiteral("جلسهٔ هفتهٔ آینده"),
                               QStringLiteral("Move me by the menu"),
                               QStringLiteral("Drag me to the archive"),
                               QStringLiteral("Trash this one"),
                               QStringLiteral("Flag me offline"),
                               QStringLiteral("Move me offline"),
                               QStringLiteral("Delete me offline")};
    for (int i = 0; i < subjects.size(); ++i) {
        const QByteArray body = subjects.at(i) == welcome ? QByteArray("Hello Ivy, this is the first message.")
                                                          : "Body " + QByteArray::number(i);
        QVERIFY(m_server.deliver(user, message(encoded(subjects.at(i)), body, i)));
    }
    QVERIFY(m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user,
                              QStringLiteral("Archive")})
                .ok());
    const int n = int(subjects.size());
    const QString archive = QStringLiteral("Archive");
    const QString inbox = QStringLiteral("INBOX");
    const QString trash = QStringLiteral("Trash");

    QTemporaryDir dir;
    App app(dir.path(), account(user, QStringLiteral("Ivy (IMAP)")), QStringLiteral("pw-ivy"), 1500);
    QTRY_VERIFY(app.window->folderView()->currentIndex().isValid());
    QCOMPARE(app.window->folderView()->currentIndex().data(Models::FolderPathRole).toString(), inbox);
    QCOMPARE(app.rows()->rowCount(), 0);

    // Get mail: the list fills with header rows; bodies wait until a message is opened.
    getMail(app, n);
    QVERIFY(!QTest::currentTestFailed());
    for (int r = 0; r < app.rows()->rowCount(); ++r)
        QCOMPARE(app.rows()->index(r, 0).data(Models::BodyStateRole).toInt(), int(Models::MessageBodyState::HeadersOnly));
    QVERIFY(app.row(QStringLiteral("Отчёт о поездке")).isValid());
    QVERIFY(app.row(QStringLiteral("جلسهٔ هفتهٔ آینده")).isValid());
    // The server's folders, Trash by SPECIAL-USE among them.
    QTRY_COMPARE(app.folderTotal(archive), qint64(0));
    QCOMPARE(app.folderTotal(trash), qint64(0));
    QCOMPARE(app.folderUnread(inbox), qint64(n));
    QVERIFY2(app.window->notices().isEmpty(), qPrintable(app.window->notices().join(QLatin1Char('\n'))));

    // Read: the body is fetched and shown; \Seen only after the delay, on the server too.
    app.select(app.row(welcome));
    Ui::ReadingPane *pane = app.window->readingPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->isShowingMessage(), 20000);
    QCOMPARE(pane->view()->message().summary().subject, welcome);
    QVERIFY(pane->view()->message().source(1 << 20).contains("this is the first message"));
    QVERIFY(app.row(welcome).data(Models::UnreadRole).toBool());
    QCOMPARE(serverFlags(user, inbox, welcome), QByteArray("flags:"));
    QTRY_COMPARE(app.row(welcome).data(Models::BodyStateRole).toInt(), int(Models::MessageBodyState::Full));
    QTRY_VERIFY_WITH_TIMEOUT(!app.row(welcome).data(Models::UnreadRole).toBool(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(serverFlags(user, inbox, welcome).contains("\\Seen"), 20000);
    QTRY_COMPARE(app.folderUnread(inbox), qint64(n - 1));

    // Flag, unflag, mark unread: each reaches the server.
    app.select(app.row(welcome));
    app.action("actionToggleFlag")->trigger();
    QTRY_VERIFY(app.row(welcome).data(Models::FlaggedRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(serverFlags(user, inbox, welcome).contains("\\Flagged"), 20000);
    app.action("actionToggleFlag")->trigger();
    QTRY_VERIFY(!app.row(welcome).data(Models::FlaggedRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!serverFlags(user, inbox, welcome).contains("\\Flagged"), 20000);
    app.action("actionMarkUnread")->trigger();
    QTRY_VERIFY(app.row(welcome).data(Models::UnreadRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!serverFlags(user, inbox, welcome).contains("\\Seen"), 20000);
    QCOMPARE(serverFlags(user, inbox, welcome), QByteArray("flags:"));

    // Move To from the Message menu.
    app.select(app.row(QStringLiteral("Move me by the menu")));
    auto *moveTo = app.window->findChild<QMenu *>(QStringLiteral("menuMoveTo"));
    QVERIFY(moveTo && moveTo->isEnabled());
    Q_EMIT moveTo->aboutToShow();
    auto *toArchive = moveTo->findChild<QAction *>(QStringLiteral("folder:Archive"));
    QVERIFY(toArchive);
    toArchive->trigger();
    QTRY_VERIFY(!app.row(QStringLiteral("Move me by the menu")).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(user, archive, QStringLiteral("Move me by the menu")), 1, 20000);
    QCOMPARE(serverCount(user, inbox, QStringLiteral("Move me by the menu")), 0);

    // Drag and drop onto the Archive folder.
    {
        const QModelIndex dragged = app.row(QStringLiteral("Drag me to the archive"));
        QVERIFY(dragged.isValid());
        std::unique_ptr<QMimeData> mime(app.rows()->mimeData({dragged}));
        QVERIFY(mime);
        Models::FolderModel *folders = app.window->folderModel();
        const QModelIndex target = folders->indexOf(app.accountId(), [&] {
            for (const Sync::FolderSummary &f : app.runtime()->folders())
                if (f.name == archive)
                    return f.id;
            return qint64(-1);
        }());
        QVERIFY(target.isValid());
        QVERIFY(folders->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
        QVERIFY(folders->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
        QTRY_VERIFY(!app.row(QStringLiteral("Drag me to the archive")).isValid());
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(user, archive, QStringLiteral("Drag me to the archive")), 1, 20000);
        QCOMPARE(serverCount(user, inbox, QStringLiteral("Drag me to the archive")), 0);
    }

    // Delete: the default delete model moves to the SPECIAL-USE \Trash, without asking.
    app.select(app.row(QStringLiteral("Trash this one")));
    QVERIFY(app.action("actionDelete")->isEnabled());
    QTest::keyClick(app.list(), Qt::Key_Delete);
    QTRY_VERIFY(!app.row(QStringLiteral("Trash this one")).isValid());
    QVERIFY(!QApplication::activeModalWidget());
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(user, trash, QStringLiteral("Trash this one")), 1, 20000);
    QCOMPARE(serverCount(user, inbox, QStringLiteral("Trash this one")), 0);
    QTRY_COMPARE(app.folderTotal(trash), qint64(1));
    QCOMPARE(app.rows()->rowCount(), n - 3);
    QVERIFY2(app.window->notices().isEmpty(), qPrintable(app.window->notices().join(QLatin1Char('\n'))));

    // --- The server goes away. -----------------------------------------------------------
    auto *indicator = app.window->findChild<QToolButton *>(QStringLiteral("onlineIndicator"));
    QVERIFY(indicator);
    QCOMPARE(indicator->text(), QStringLiteral("Online"));
    QVERIFY(m_server.stopDovecot());
    m_dovecotStopped = true;
    // The window notices by itself (the connection it kept open is closed) and says so.
    QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Ivy (IMAP) is offline"), 20000);
    QVERIFY(!app.runtime()->isReachable());
    QVERIFY(app.runtimes->isOnline()); // not the user's "work offline": it comes back by itself
    QVERIFY(indicator->toolTip().contains(QStringLiteral("Ivy (IMAP)")));

    // A cached message opens (and, unread, is marked read after the delay: queued).
    app.select(app.row(QStringLiteral("Отчёт о поездке")));
    app.select(app.row(welcome));
    QTRY_VERIFY(pane->isShowingMessage() && pane->messageId() == app.row(welcome).data(Models::MessageIdRole).toLongLong());
    QVERIFY(pane->view()->message().source(1 << 20).contains("this is the first message"));
    QTRY_VERIFY_WITH_TIMEOUT(!app.row(welcome).data(Models::UnreadRole).toBool(), 5000);
    // One never opened while online says plainly that it is not available offline.
    QCOMPARE(app.row(neverOpened).data(Models::BodyStateRole).toInt(), int(Models::MessageBodyState::HeadersOnly));
    app.select(app.row(neverOpened));
    QTRY_VERIFY2(pane->placeholderText().contains(QStringLiteral("not available offline")),
                 qPrintable(pane->placeholderText()));
    QVERIFY(!pane->isShowingMessage());

    // Changes are queued, and the list shows them at once.
    app.select(app.row(QStringLiteral("Flag me offline")));
    app.action("actionToggleFlag")->trigger();
    QTRY_VERIFY(app.row(QStringLiteral("Flag me offline")).data(Models::FlaggedRole).toBool());
    app.select(app.row(QStringLiteral("Move me offline")));
    Q_EMIT moveTo->aboutToShow();
    moveTo->findChild<QAction *>(QStringLiteral("folder:Archive"))->trigger();
    QTRY_VERIFY(!app.row(QStringLiteral("Move me offline")).isValid());
    app.select(app.row(QStringLiteral("Delete me offline")));
    QTest::keyClick(app.list(), Qt::Key_Delete);
    QTRY_VERIFY(!app.row(QStringLiteral("Delete me offline")).isValid());
    QTRY_COMPARE(app.folderTotal(trash), qint64(2));
    QTRY_COMPARE(app.folderTotal(archive), qint64(3));
    QCOMPARE(app.rows()->rowCount(), n - 5);
    QCOMPARE(indicator->text(), QStringLiteral("Ivy (IMAP) is offline"));
    QVERIFY2(app.window->notices().isEmpty(), qPrintable(app.window->notices().join(QLatin1Char('\n'))));

    // --- The server comes back: the queue is sent, by itself. ---------------------------
    QVERIFY(m_server.startDovecot());
    m_dovecotStopped = false;
    QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Online"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(serverFlags(user, inbox, QStringLiteral("Flag me offline")).contains("\\Flagged"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(user, archive, QStringLiteral("Move me offline")), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(user, trash, QStringLiteral("Delete me offline")), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(serverFlags(user, inbox, welcome).contains("\\Seen"), 30000);
    QCOMPARE(serverCount(user, inbox, QStringLiteral("Move me offline")), 0);
    QCOMPARE(serverCount(user, inbox, QStringLiteral("Delete me offline")), 0);
    QCOMPARE(m_server.mailboxStatus(user, inbox).value(QStringLiteral("messages")), qint64(n - 5));
    QCOMPARE(m_server.mailboxStatus(user, archive).value(QStringLiteral("messages")), qint64(3));
    QCOMPARE(m_server.mailboxStatus(user, trash).value(QStringLiteral("messages")), qint64(2));
    // And what was not available offline opens now.
    app.select(app.row(welcome));
    app.select(app.row(neverOpened));
    QTRY_VERIFY_WITH_TIMEOUT(pane->isShowingMessage(), 20000);
    QCOMPARE(pane->view()->message().summary().subject, neverOpened);
    QVERIFY2(app.window->notices().isEmpty(), qPrintable(app.window->notices().join(QLatin1Char('\n'))));
}

void TestMainWindowImapDovecot::serverSearchMergesWithLocalHits()
{
    const QString user = QStringLiteral("sol");
    QVERIFY(m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user,
                              QStringLiteral("Projects")})
                .ok());
    QVERIFY(m_server.deliver(user, message("Garden notes", "the quokkalicious plant grows", 1)));
    QVERIFY(m_server.deliver(user, message(encoded(QStringLiteral("Ночные огни")), "Светлячок в саду", 2)));
    QVERIFY(m_server.deliver(user, message(encoded(QStringLiteral("یادداشت")), "پروانه در باغ", 3)));
    QVERIFY(m_server.deliver(user, message("Quokkalicious subject", "nothing in here", 4)));
    QVERIFY(m_server.deliver(user, message("Project plan", "a quokkalicious timeline", 5), QStringLiteral("Projects")));

    QTemporaryDir dir;
    App app(dir.path(), account(user, QStringLiteral("Sol (IMAP)")), QStringLiteral("pw-sol"), -1);
    getMail(app, 4);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE(app.folderTotal(QStringLiteral("Projects")), qint64(0)); // listed, never opened
    Ui::SearchResultModel *hits = app.window->searchModel();
    QAbstractItemModelTester tester(hits, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto subjectsOf = [hits] {
        QStringList s;
        for (int r = 0; r < hits->rowCount(); ++r)
            s << hits->index(r, 0).data(Models::SubjectRole).toString();
        s.sort();
        return s;
    };

    // In INBOX: the subject hit is local, the body hit only the server knows (the body
    // was never downloaded); the message found both ways is listed once.
    search(app, QStringLiteral("quokkalicious"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->searchHint().isEmpty(), 20000);
    QTRY_COMPARE(subjectsOf(), (QStringList{QStringLiteral("Garden notes"), QStringLiteral("Quokkalicious subject")}));
    const QModelIndex garden = app.row(QStringLiteral("Garden notes"));
    QCOMPARE(garden.data(Models::BodyStateRole).toInt(), int(Models::MessageBodyState::HeadersOnly));
    // A server hit opens like any other (its body is fetched, then indexed for offline).
    app.select(garden);
    QTRY_VERIFY_WITH_TIMEOUT(app.window->readingPane()->isShowingMessage(), 20000);
    QVERIFY(app.window->readingPane()->view()->message().source(1 << 20).contains("quokkalicious plant"));

    // Cyrillic (another case than the body's) and Persian words: UID SEARCH CHARSET UTF-8.
    search(app, QStringLiteral("светлячок"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->searchHint().isEmpty(), 20000);
    QTRY_COMPARE(subjectsOf(), QStringList{QStringLiteral("Ночные огни")});
    search(app, QStringLiteral("پروانه"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->searchHint().isEmpty(), 20000);
    QTRY_COMPARE(subjectsOf(), QStringList{QStringLiteral("یادداشت")});

    // The whole account: every folder is searched; the hit in a folder never opened gets
    // its headers fetched into the cache.
    app.window->folderView()->setCurrentIndex(app.window->folderModel()->accountIndex(app.accountId()));
    search(app, QStringLiteral("quokkalicious"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->searchHint().isEmpty(), 20000);
    QTRY_COMPARE(subjectsOf(), (QStringList{QStringLiteral("Garden notes"), QStringLiteral("Project plan"),
                                            QStringLiteral("Quokkalicious subject")}));
    for (int r = 0; r < hits->rowCount(); ++r) {
        if (hits->index(r, 0).data(Models::SubjectRole).toString() == QLatin1String("Project plan"))
            QCOMPARE(hits->folderName(hits->index(r, 0)), QStringLiteral("Projects"));
    }
    QTRY_COMPARE(app.folderTotal(QStringLiteral("Projects")), qint64(1));

    // A new query cancels the server's work on the old one: its hits never show.
    QSignalSpy found(app.runtime(), &Sync::AccountRuntime::serverSearchFound);
    search(app, QStringLiteral("quokkalicious"));
    search(app, QStringLiteral("светлячок"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->searchHint().isEmpty(), 20000);
    QTRY_COMPARE(subjectsOf(), QStringList{QStringLiteral("Ночные огни")});
    QVERIFY(found.size() >= 2);
    const quint64 first = found.at(0).at(0).toULongLong();
    bool cancelled = false;
    for (const QList<QVariant> &f : std::as_const(found)) {
        if (f.at(0).toULongLong() != first)
            continue;
        QVERIFY(f.at(1).value<QList<Store::MessageRow>>().isEmpty()); // nothing of it was reported
        cancelled = cancelled || (f.at(2).toBool() && f.at(3).value<MailError>().kind() == MailError::Kind::Cancelled);
    }
    QVERIFY(cancelled);
    QTest::qWait(300);
    QCOMPARE(subjectsOf(), QStringList{QStringLiteral("Ночные огни")});

    // Offline: the local hits, and a hint that the server's are missing.
    app.action("actionWorkOffline")->trigger();
    QVERIFY(!app.runtime()->isOnline());
    search(app, QStringLiteral("quokkalicious"));
    QTRY_VERIFY(app.window->searchHint().contains(QStringLiteral("Server results missing")));
    QVERIFY2(app.window->searchHint().contains(QStringLiteral("Sol (IMAP) is offline")),
             qPrintable(app.window->searchHint()));
    // Garden notes was opened above (its body is cached and indexed now): found locally;
    // Project plan's body is on the server only.
    QTRY_COMPARE(subjectsOf(), (QStringList{QStringLiteral("Garden notes"), QStringLiteral("Quokkalicious subject")}));
    // Leaving the search hides the hint.
    auto *box = app.window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    box->clear();
    Q_EMIT box->textEdited(QString());
    QVERIFY(!app.window->isShowingSearch());
    QVERIFY(app.window->searchHint().isEmpty());
    QVERIFY2(app.window->notices().isEmpty(), qPrintable(app.window->notices().join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMainWindowImapDovecot)
#include "tst_mainwindowimapdovecot.moc"
