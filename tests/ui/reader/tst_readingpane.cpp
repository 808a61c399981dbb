// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The reading pane prepares messages off the UI thread: a 20 MB message built from the
// corpus shows "Loading…" at once, the UI thread keeps turning (a timer keeps firing,
// and never waits long for it) while a worker parses and lays it out, then it shows;
// a result for a message the list left is dropped; running through 20 messages starts
// two parses, not twenty.
#include "mime/message.h"
#include "ui/reader/attachmentlist.h"
#include "ui/reader/headerview.h"
#include "ui/reader/messagebrowser.h"
#include "ui/reader/messagepreparer.h"
#include "ui/reader/messageview.h"
#include "ui/readingpane.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <ctime>

using namespace Pigeon;
using namespace Pigeon::Ui;

namespace {

const QString account = QStringLiteral("acc");

QByteArray corpusFile(const QString &name)
{
    QFile f(QStringLiteral(PIGEON_CORPUS_DIR "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The body of a corpus message (what follows its header block).
QByteArray bodyOf(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\n\n");
    return end < 0 ? QByteArray() : message.mid(end + 2);
}

/// A message of at least @p megabytes: the corpus's 1 MB Launchpad text as its body,
/// and the corpus's large messages attached (base64) until the size is reached.
QByteArray bigMessage(const QByteArray &subject, int megabytes)
{
    const QByteArray text = bodyOf(corpusFile(QStringLiteral("large/launchpad-1mb-plain-text.eml")));
    const QStringList attachments = {QStringLiteral("large/fr-800kb-attachment.eml"),
                                     QStringLiteral("large/ru-windows-1251-html-plus-zip.eml"),
                                     QStringLiteral("large/spam-uuencoded-zip-350kb.eml")};
    QByteArray out = "From: Launchpad <bugs@example.org>\nTo: me@example.org\nSubject: " + subject
        + "\nDate: Sun, 22 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
          "Content-Type: multipart/mixed; boundary=\"b0undary\"\n\n"
          "--b0undary\nContent-Type: text/plain; charset=us-ascii\n\n"
        + text + "\n";
    for (int i = 0; out.size() < qsizetype(megabytes) * 1024 * 1024; ++i) {
        const QByteArray data = corpusFile(attachments.at(i % attachments.size()));
        out += "--b0undary\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"part"
            + QByteArray::number(i) + ".eml\"\nContent-Transfer-Encoding: base64\n\n";
        const QByteArray b64 = data.toBase64();
        for (qsizetype at = 0; at < b64.size(); at += 76)
            out += b64.mid(at, 76) + '\n';
    }
    out += "--b0undary--\n";
    return out;
}

QByteArray smallMessage(const QByteArray &subject)
{
    return "From: Ann <ann@example.org>\nSubject: " + subject + "\n\nShort body of " + subject + ".\n";
}

/// A multipart/alternative as an IMAP message opened on demand is put together
/// (Sync::PartialMessage): its HTML part, section 2, @p html: "missing" (not
/// downloaded), "cut" (fetched up to the cap) or "here".
QByteArray partialAlternative(const QByteArray &html)
{
    QByteArray out = "From: Ann <ann@example.org>\nSubject: Newsletter\nContent-Type: multipart/alternative; boundary=a\n\n"
                     "--a\nContent-Type: text/plain; charset=utf-8\n\nThe plain words.\n--a\n";
    if (html == "missing")
        return out + Mime::Message::placeholderLine("not-downloaded", 300000) + "Content-Type: text/html\n\n\n--a--\n";
    if (html == "cut")
        out += Mime::Message::placeholderLine("truncated", 300000);
    return out + "Content-Type: text/html\n\n<p>The <b>rich</b> words.</p>\n--a--\n";
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

class TestReadingPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void largeMessageLoadsOffTheUiThread()
    {
        const QByteArray bytes = bigMessage("Twenty megabytes", 20);
        QVERIFY2(bytes.size() >= 20 * 1024 * 1024, "corpus not found");
        ReadingPane pane;
        pane.resize(900, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy loaded(pane.view(), &MessageView::loaded);

        // A timer at 10 ms: how often it fires while the message loads, and the most
        // CPU the UI thread spent between two of its turns (CPU, not wall time: on a
        // loaded machine the UI thread also waits for a core, which is no stall of ours).
        QTimer tick;
        tick.setInterval(10);
        int ticks = 0;
        double last = threadCpuMs(), worstGap = 0;
        connect(&tick, &QTimer::timeout, this, [&] {
            const double now = threadCpuMs();
            worstGap = std::max(worstGap, now - last);
            last = now;
            ++ticks;
        });

        pane.showLoading(account, 1, true);
        QElapsedTimer clock;
        clock.start();
        const double cpu0 = threadCpuMs();
        pane.showMessage(account, 1, bytes);
        const double handedOver = threadCpuMs() - cpu0;
        // "Loading…" at once; nothing parsed on this thread.
        QVERIFY(!pane.isShowingMessage());
        QVERIFY(pane.placeholderText().contains(QStringLiteral("Loading")));
        QVERIFY2(handedOver < 20, qPrintable(QString::number(handedOver)));

        last = threadCpuMs();
        tick.start();
        QVERIFY(loaded.wait(120000));
        const int ticksWhileLoading = ticks;
        const double loadMs = double(clock.elapsed());
        // The first screen of the body is laid out in the next turns: keep watching.
        QTest::qWait(200);
        tick.stop();
        qInfo("20 MB message: shown after %.0f ms; timer fired %d times meanwhile; most UI-thread CPU between "
              "two turns %.1f ms",
              loadMs, ticksWhileLoading, worstGap);
        QVERIFY2(ticksWhileLoading >= 5, qPrintable(QString::number(ticksWhileLoading)));
        QVERIFY2(worstGap < 100, qPrintable(QString::number(worstGap)));

        QVERIFY(pane.isShowingMessage());
        QCOMPARE(pane.view()->message().summary().subject, QStringLiteral("Twenty megabytes"));
        // The whole 1 MB body, first line to last.
        const QString shown = pane.view()->browser()->toPlainText();
        QVERIFY(shown.startsWith(QStringLiteral("Exception during installation:")));
        QVERIFY(shown.contains(QStringLiteral("ubuntu-bugs mailing list")));
        QVERIFY(pane.view()->attachmentList()->count() >= 20);
    }

    void staleResultIsDropped()
    {
        ReadingPane pane;
        pane.show();
        QSignalSpy loaded(pane.view(), &MessageView::loaded);
        // The big message is being parsed when the list moves on to a small one.
        pane.showLoading(account, 1, false);
        pane.showMessage(account, 1, bigMessage("Big one", 8));
        pane.showLoading(account, 2, false);
        QVERIFY(pane.placeholderText().contains(QStringLiteral("Loading")));
        pane.showMessage(account, 2, smallMessage("Small one"));
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY(!pane.view()->isLoading());
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        QVERIFY(pane.isShowingMessage());
        QCOMPARE(pane.messageId(), Store::MessageId(2));
        QCOMPARE(pane.view()->message().summary().subject, QStringLiteral("Small one"));
        QVERIFY(pane.view()->browser()->toPlainText().contains(QStringLiteral("Short body of Small one.")));

        // Bytes that come late for a message the list left are ignored; a clear() drops
        // a preparation under way.
        pane.showMessage(account, 1, smallMessage("Late"));
        QVERIFY(!pane.view()->isLoading());
        pane.showLoading(account, 3, false);
        pane.showMessage(account, 3, smallMessage("Third"));
        pane.clear();
        QTRY_VERIFY(!pane.view()->isLoading());
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!pane.isShowingMessage());
        QCOMPARE(pane.view()->message().summary().subject, QStringLiteral("Small one"));
    }

    void barFollowsTheAlternativeShown()
    {
        ReadingPane pane;
        pane.show();
        MessageView *view = pane.view();
        QSignalSpy loaded(view, &MessageView::loaded);
        QSignalSpy asked(&pane, &ReadingPane::inlinePartsRequested);
        pane.showLoading(account, 7, false);
        pane.showMessage(account, 7, partialAlternative("missing"));
        QVERIFY(loaded.wait(10000));
        // As plain text the message is whole: no bar, nothing asked for.
        QVERIFY(pane.isShowingMessage());
        QVERIFY(!pane.isOfferingDownload());
        QCOMPARE(asked.size(), 0);

        // HTML preferred, not downloaded: the plain text stays, the bar says why and
        // offers the message, and the HTML part is asked for (fetched when online).
        view->setPreferHtml(true);
        QVERIFY(pane.isOfferingDownload());
        QVERIFY2(pane.downloadNotice().contains(QStringLiteral("HTML version")), qPrintable(pane.downloadNotice()));
        QCOMPARE(view->browser()->toPlainText().trimmed(), QStringLiteral("The plain words."));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(1).value<Store::MessageId>(), Store::MessageId(7));
        QCOMPARE(asked.at(0).at(2).value<QList<QByteArray>>(), QList<QByteArray>{"2"});
        // Plain text again: nothing is missing.
        view->setPreferHtml(false);
        QVERIFY(!pane.isOfferingDownload());
        view->setPreferHtml(true); // asked once while the message is shown
        QVERIFY(pane.isOfferingDownload());
        QCOMPARE(asked.size(), 1);

        // The part came: the HTML replaces the plain text, the bar goes.
        pane.showMessage(account, 7, partialAlternative("here"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view->browser()->toPlainText().trimmed(), QStringLiteral("The rich words."));
        QVERIFY(!pane.isOfferingDownload());

        // An HTML part cut at the cap: the bar about the cut comes and goes with it.
        pane.showLoading(account, 8, false);
        pane.showMessage(account, 8, partialAlternative("cut"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(pane.isOfferingDownload());
        QVERIFY2(pane.downloadNotice().contains(QStringLiteral("only partly downloaded")), qPrintable(pane.downloadNotice()));
        view->setPreferHtml(false);
        QVERIFY(!pane.isOfferingDownload());
    }

    void arrowKeysThroughTwentyMessagesStartTwoParses()
    {
        ReadingPane pane;
        pane.show();
        auto *preparer = pane.view()->findChild<MessagePreparer *>();
        QVERIFY(preparer);
        QSignalSpy started(preparer, &MessagePreparer::started);
        QSignalSpy loaded(pane.view(), &MessageView::loaded);
        const QByteArray big = bigMessage("Big", 4);
        // The list's current row moves 20 times before the event loop turns again (the
        // key presses are queued): each message's bytes are there at once.
        for (int i = 1; i <= 20; ++i) {
            pane.showLoading(account, i, false);
            QByteArray bytes = big;
            bytes.replace(QByteArrayLiteral("Subject: Big"), QByteArray("Subject: Message " + QByteArray::number(i)));
            pane.showMessage(account, i, bytes);
        }
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY(!pane.view()->isLoading());
        // The first parse started at once; 2..19 each replaced the one waiting; the 20th
        // ran when the first was done. The first one's result was dropped.
        QCOMPARE(started.size(), 2);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(pane.view()->message().summary().subject, QStringLiteral("Message 20"));
        QVERIFY(pane.isShowingMessage());
    }
};

QTEST_MAIN(TestReadingPane)
#include "tst_readingpane.moc"
