// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Reading IMAP messages opened on demand (issue 6) in the window, offscreen, against a
// real Dovecot. An HTML message's pictures (cid:) are fetched when, and only when, its
// HTML is shown: exactly those parts, not the attachment beside them, \Seen left alone,
// drawn on screen, a cid: naming no part asks for nothing, and no loop of reloads;
// with the server stopped the message still opens with its pictures. A message whose
// text was cut at the cap says so on a bar whose button downloads the whole message
// (the bar then goes); working offline, or with the server gone, the bar says why not.
#include "mainwindowtestapp.h"
#include "integration/runtime/runtimetestaccount.h"
#include "support/inlineimagemessage.h"
#include "support/testmailserver.h"

#include "mime/bodyextractor.h"
#include "translations/i18n.h"
#include "ui/readingpane.h"
#include "ui/reader/messagebrowser.h"
#include "ui/reader/messageview.h"

#include <QApplication>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Pigeon;
using Pigeon::Test::App;
using Pigeon::Test::TestMailServer;

namespace {

const QString pictures = QStringLiteral("Garden pictures");
const QString longReport = QStringLiteral("A long report");
const QString longerReport = QStringLiteral("An even longer report");

/// Pixels of the browser's viewport close to @p colour.
int pixelsOnScreen(Ui::MessageBrowser *browser, QColor colour)
{
    const QImage shot = browser->viewport()->grab().toImage();
    int n = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            const QColor c = shot.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) < 16 && qAbs(c.green() - colour.green()) < 16
                && qAbs(c.blue() - colour.blue()) < 16)
                ++n;
        }
    }
    return n;
}

/// The most pixels close to @p colour the browser shows at any scroll position (the
/// reading pane of an offscreen window is short): scrolled by half a viewport, so a
/// picture lower than half of it is wholly on screen at one of them.
int pixelsOf(Ui::MessageBrowser *browser, QColor colour)
{
    QScrollBar *bar = browser->verticalScrollBar();
    const int was = bar->value();
    const int step = std::max(1, browser->viewport()->height() / 2);
    int most = 0;
    for (int at = 0;; at += step) {
        bar->setValue(at);
        most = std::max(most, pixelsOnScreen(browser, colour));
        if (at >= bar->maximum())
            break;
    }
    bar->setValue(was);
    return most;
}

} // namespace

class TestPartialReaderDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void picturesAndCutTextOnDemand();

private:
    QByteArray serverFlags(const QString &subject) const;
    TestMailServer m_server;
    bool m_dovecotStopped = false;
};

void TestPartialReaderDovecot::initTestCase()
{
    I18n::install(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestMailServer::Options o;
    o.users = {{QStringLiteral("ivy"), QStringLiteral("pw-ivy")}};
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
}

void TestPartialReaderDovecot::cleanup()
{
    if (std::exchange(m_dovecotStopped, false))
        QVERIFY(m_server.startDovecot());
}

QByteArray TestPartialReaderDovecot::serverFlags(const QString &subject) const
{
    const TestMailServer::CommandResult r =
        m_server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), QStringLiteral("ivy"), QStringLiteral("flags"),
                          QStringLiteral("mailbox"), QStringLiteral("INBOX"), QStringLiteral("subject"), subject});
    return r.ok() && !r.out.trimmed().isEmpty() ? r.out.trimmed() : QByteArray("<doveadm failed>");
}

void TestPartialReaderDovecot::picturesAndCutTextOnDemand()
{
    QByteArray attachment(300 * 1024, '\0');
    for (qsizetype i = 0; i < attachment.size(); ++i)
        attachment[i] = char(i * 7 + i / 251);
    const QString user = QStringLiteral("ivy");
    QVERIFY(m_server.deliver(user, Test::pictureMessage(pictures.toUtf8(), attachment)));
    QVERIFY(m_server.deliver(user, Test::longTextMessage(longReport.toUtf8(), 400)));
    QVERIFY(m_server.deliver(user, Test::longTextMessage(longerReport.toUtf8(), 600)));

    QTemporaryDir dir;
    Account::Account account = Test::runtimeTestAccount(m_server, user, Account::IncomingProtocol::Imap);
    account.label = QStringLiteral("Ivy (IMAP)");
    account.applyDefaults();
    App app(dir.path(), account, QStringLiteral("pw-ivy"), -1); // never marked read: \Seen is ours to watch
    QTRY_VERIFY(app.window->folderView()->currentIndex().isValid());
    QTRY_VERIFY(app.action("actionGetAllMail")->isEnabled());
    app.action("actionGetAllMail")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(app.rows()->rowCount(), 3, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!app.runtime()->isChecking(), 30000);
    Ui::ReadingPane *pane = app.window->readingPane();
    Ui::MessageView *view = pane->view();
    Ui::MessageBrowser *browser = view->browser();
    QSignalSpy asked(pane, &Ui::ReadingPane::inlinePartsRequested);
    QSignalSpy loaded(view, &Ui::MessageView::loaded);

    // --- Pictures. Shown as plain text first (the default): none is asked for. ---------
    app.select(app.row(pictures));
    QTRY_VERIFY_WITH_TIMEOUT(pane->isShowingMessage(), 20000);
    QTRY_COMPARE(app.row(pictures).data(Models::BodyStateRole).toInt(), int(Models::MessageBodyState::Partial));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("The garden in plain words")));
    QTest::qWait(300);
    QCOMPARE(asked.size(), 0);
    QVERIFY(!pane->isOfferingDownload());

    // As HTML: exactly the two pictures, in one request; then drawn.
    view->setPreferHtml(true);
    QTRY_COMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(2).value<QList<QByteArray>>(), (QList<QByteArray>{"1.2.2", "1.2.3"}));
    QTRY_VERIFY_WITH_TIMEOUT(pixelsOf(browser, Qt::red) >= 40 * 30, 20000);
    QTRY_VERIFY(pixelsOf(browser, Qt::blue) >= 40 * 30);
    // What the widget asks the resolver for now comes back as the pictures.
    const QImage red = browser->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:red@pigeon.test"))).value<QImage>();
    QCOMPARE(red.size(), QSize(40, 30));
    // Nothing else was fetched: the attachment is still not here.
    const QList<Mime::AttachmentInfo> atts = Mime::BodyExtractor::attachments(view->message());
    QCOMPARE(atts.size(), 1);
    QCOMPARE(atts.first().fileName, QStringLiteral("plan.pdf"));
    QVERIFY(!atts.first().downloaded);
    // cid:gone names no part: not asked for, and no reload loop.
    const qsizetype loads = loaded.size();
    QTest::qWait(1000);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(loaded.size(), loads);
    QVERIFY2(!serverFlags(pictures).contains("\\Seen"), serverFlags(pictures).constData());
    QVERIFY2(app.window->notices().isEmpty(), qPrintable(app.window->notices().join(QLatin1Char('\n'))));

    // --- A text cut at the cap: the bar, its button, the whole message. ----------------
    app.select(app.row(longReport));
    QTRY_VERIFY_WITH_TIMEOUT(pane->isShowingMessage() && pane->messageId() == app.row(longReport).data(Models::MessageIdRole).toLongLong(), 20000);
    QCOMPARE(app.row(longReport).data(Models::BodyStateRole).toInt(), int(Models::MessageBodyState::Partial));
    QVERIFY(pane->isOfferingDownload());
    QVERIFY2(pane->downloadNotice().contains(QStringLiteral("only partly downloaded")), qPrintable(pane->downloadNotice()));
    QVERIFY2(pane->downloadNotice().contains(QStringLiteral("256")), qPrintable(pane->downloadNotice()));
    qInfo() << "the bar says:" << pane->downloadNotice();
    QVERIFY(!browser->toPlainText().contains(QStringLiteral("THE END OF THE REPORT")));
    auto *button = pane->findChild<QPushButton *>(QStringLiteral("partialDownload"));
    QVERIFY(button && button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Download Complete Message"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.row(longReport).data(Models::BodyStateRole).toInt(), int(Models::MessageBodyState::Full), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isOfferingDownload(), 20000);
    QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("THE END OF THE REPORT")));
    QVERIFY2(!serverFlags(longReport).contains("\\Seen"), serverFlags(longReport).constData());

    // Pressed while a check runs: the download waits for it (it used to be refused).
    // Going offline meanwhile ends it: the bar gives its button back and says why.
    app.select(app.row(longerReport));
    QTRY_VERIFY_WITH_TIMEOUT(pane->isShowingMessage() && pane->isOfferingDownload(), 20000);
    QTRY_VERIFY(app.action("actionGetAllMail")->isEnabled());
    app.action("actionGetAllMail")->trigger();
    QVERIFY(app.runtime()->isChecking());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(pane->downloadNotice().contains(QStringLiteral("Downloading")), qPrintable(pane->downloadNotice()));
    QVERIFY(!button->isEnabled());
    app.action("actionWorkOffline")->trigger();
    QVERIFY2(pane->downloadNotice().contains(QStringLiteral("working offline")), qPrintable(pane->downloadNotice()));
    QVERIFY(button->isEnabled());
    QCOMPARE(app.row(longerReport).data(Models::BodyStateRole).toInt(), int(Models::MessageBodyState::Partial));
    app.action("actionWorkOffline")->trigger();
    QTRY_VERIFY(app.runtime()->isOnline());
    QTRY_VERIFY_WITH_TIMEOUT(!app.runtime()->isChecking(), 20000);

    // Working offline: the button says why it cannot, on the bar.
    app.action("actionWorkOffline")->trigger();
    QVERIFY(!app.runtime()->isOnline());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(pane->downloadNotice().contains(QStringLiteral("working offline")), qPrintable(pane->downloadNotice()));
    QVERIFY(button->isEnabled());
    app.action("actionWorkOffline")->trigger();
    QTRY_VERIFY(app.runtime()->isOnline());

    // The server gone: the download fails, the bar says so, nothing else breaks.
    QVERIFY(m_server.stopDovecot());
    m_dovecotStopped = true;
    QTRY_VERIFY_WITH_TIMEOUT(!app.runtime()->isChecking(), 20000);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(pane->downloadNotice().contains(QStringLiteral("could not be downloaded")),
                              qPrintable(pane->downloadNotice()), 60000);
    qInfo() << "with the server stopped the bar says:" << pane->downloadNotice();
    QVERIFY(pane->isOfferingDownload());
    QVERIFY(button->isEnabled());
    QCOMPARE(app.row(longerReport).data(Models::BodyStateRole).toInt(), int(Models::MessageBodyState::Partial));

    // --- Still without the server: the pictures come from the cache. -----------------
    const qsizetype before = asked.size();
    app.select(app.row(pictures));
    QTRY_VERIFY_WITH_TIMEOUT(pane->isShowingMessage() && pane->messageId() == app.row(pictures).data(Models::MessageIdRole).toLongLong(), 20000);
    QTRY_VERIFY(pixelsOf(browser, Qt::red) >= 40 * 30);
    QTRY_VERIFY(pixelsOf(browser, Qt::blue) >= 40 * 30);
    QTest::qWait(300);
    QCOMPARE(asked.size(), before);
}

QTEST_MAIN(TestPartialReaderDovecot)
#include "tst_partialreaderdovecot.moc"
