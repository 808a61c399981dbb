// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/message.h"
#include "ui/reader/attachmentlist.h"
#include "ui/reader/headerview.h"
#include "ui/reader/htmlsanitizer.h"
#include "ui/reader/messagebrowser.h"
#include "ui/reader/messageview.h"
#include "ui/reader/plaintextrenderer.h"
#include "ui/reader/remotecontentpolicy.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Pigeon;
using namespace Pigeon::Ui;

namespace {

/// Counts requests and answers none: proves what the reader does or does not fetch.
class CountingNetwork : public QNetworkAccessManager
{
public:
    QList<QUrl> requested;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        requested.append(request.url());
        // Answer from nowhere: an invalid scheme fails at once, without any traffic.
        QNetworkRequest dead(request);
        dead.setUrl(QUrl(QStringLiteral("invalid-scheme:nothing")));
        return QNetworkAccessManager::createRequest(op, dead, data);
    }
};

QByteArray pngBytes()
{
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Mime::Message htmlMessage(const QByteArray &html, const QByteArray &from = "Ann <ann@example.com>")
{
    const QByteArray raw = "From: " + from + "\nSubject: html\nContent-Type: multipart/related; boundary=r\n\n"
                           "--r\nContent-Type: text/html; charset=utf-8\n\n" + html + "\n"
                           "--r\nContent-Type: image/png\nContent-ID: <logo@example.com>\n"
                           "Content-Transfer-Encoding: base64\n\n" + pngBytes().toBase64() + "\n--r--\n";
    return Mime::Message::parse(raw).value();
}

QByteArray corpusFile(const QString &name)
{
    QFile f(QStringLiteral(PIGEON_CORPUS_DIR "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A multipart/alternative as PartialMessage puts an IMAP message opened on demand
/// together: the alternative named @p missing ("plain" or "html") is not downloaded.
QByteArray alternativeWithout(const QByteArray &missing)
{
    const auto part = [&](const QByteArray &name, const QByteArray &type, const QByteArray &text) -> QByteArray {
        if (name == missing)
            return Mime::Message::placeholderLine("not-downloaded", 900) + "Content-Type: " + type + "; charset=utf-8\n\n\n";
        return "Content-Type: " + type + "; charset=utf-8\n\n" + text + "\n";
    };
    return "From: Ann <ann@example.com>\nSubject: alternatives\nContent-Type: multipart/alternative; boundary=a\n\n"
           "--a\n" + part("plain", "text/plain", "The plain words.")
        + "--a\n" + part("html", "text/html", "<p>The <b>rich</b> words.</p>") + "--a--\n";
}

/// The emoji and the plain text of the corpus's charsets/emoji-utf8-html.eml.
const QString emoji = QStringLiteral("\U0001F604\U0001F603");
const QString emojiPlain = QStringLiteral("?? --- Sent from RelateIQ");

const QByteArray remoteHtml = "<p>Hi <img src=\"https://tracker.example.net/pixel.gif\"> "
                              "<img src=\"cid:logo@example.com\"> "
                              "<img src=\"file:///etc/passwd\"> <img src=\"/etc/hostname\"> "
                              "<a href=\"https://evil.example.org/login\">https://bank.example.com</a></p>";

} // namespace

class TestMessageView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void remoteContentBlockedUntilAsked()
    {
        CountingNetwork network;
        MessageView view;
        view.setNetworkAccessManager(&network);
        MemoryRemoteContentPolicy policy;
        view.setRemoteContentPolicy(&policy);
        view.setPreferHtml(true);
        view.setMessage(htmlMessage(remoteHtml));
        view.show();
        QTRY_VERIFY(view.remoteContentBarVisible());
        QCOMPARE(view.browser()->blockedUrls(), QList<QUrl>{QUrl(QStringLiteral("https://tracker.example.net/pixel.gif"))});
        QVERIFY(network.requested.isEmpty());
        // cid: images come from the message itself.
        const QVariant logo = view.browser()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:logo@example.com")));
        QCOMPARE(logo.value<QImage>().size(), QSize(4, 3));
        // Local files are never read, whatever the HTML says.
        QVERIFY(!view.browser()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isValid());
        QVERIFY(!view.browser()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("/etc/hostname"))).isValid());

        // "Load remote content" for this message: now it is requested.
        view.loadRemoteContent();
        QTRY_COMPARE(network.requested, QList<QUrl>{QUrl(QStringLiteral("https://tracker.example.net/pixel.gif"))});
        QVERIFY(!view.remoteContentBarVisible());

        // The next message from the same sender is blocked again (not trusted).
        network.requested.clear();
        view.setMessage(htmlMessage(remoteHtml));
        QTRY_VERIFY(view.remoteContentBarVisible());
        QVERIFY(network.requested.isEmpty());
    }

    void missingPicturesAskedForOnce()
    {
        // An IMAP message opened on demand: its pictures are placeholders (PartialMessage).
        const QByteArray raw = "From: Ann <ann@example.com>\nSubject: html\nContent-Type: multipart/alternative; boundary=a\n\n"
                               "--a\nContent-Type: text/plain\n\nThe plain words.\n"
                               "--a\nContent-Type: multipart/related; boundary=r\n\n"
                               "--r\nContent-Type: text/html; charset=utf-8\n\n"
                               "<p><img src=\"cid:logo@example.com\"> <img src=\"cid:logo@example.com\">"
                               " <img src=\"cid:huge@example.com\"> <img src=\"cid:nothere@example.com\"></p>\n"
                               "--r\n" + Mime::Message::placeholderLine("not-downloaded", 2000)
            + "Content-Type: image/png\nContent-ID: <logo@example.com>\nContent-Transfer-Encoding: base64\n\n\n"
              "--r\n" + Mime::Message::placeholderLine("not-downloaded", 100 * 1024 * 1024)
            + "Content-Type: image/png\nContent-ID: <huge@example.com>\nContent-Transfer-Encoding: base64\n\n\n"
              "--r--\n--a--\n";
        const Mime::Message message = Mime::Message::parse(raw).value();
        QCOMPARE(message.part(u"2.2")->contentState, Mime::MimePart::ContentState::NotDownloaded);
        MessageView view;
        view.resize(600, 400);
        QSignalSpy missing(&view, &MessageView::partsMissing);
        // Shown as plain text: no picture is asked for.
        view.setMessage(message);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        QCOMPARE(missing.size(), 0);
        // As HTML: the picture it has, once, however often it appears or is laid out;
        // not the one over the size limit of pictures, nor a cid: naming no part.
        view.setPreferHtml(true);
        QTRY_COMPARE(missing.size(), 1);
        QCOMPARE(missing.at(0).at(0).toStringList(), QStringList{QStringLiteral("2.2")});
        view.loadRemoteContent(); // laid out again
        view.setCharsetOverride("windows-1252"); // and again
        QTest::qWait(50);
        QCOMPARE(missing.size(), 1);
        // The same message shown anew asks again (the pane decides whether to fetch).
        view.setMessage(message);
        QTRY_COMPARE(missing.size(), 2);
    }

    void preferHtmlSwitchesTheMessageOnScreen()
    {
        // A real multipart/alternative: "??" as plain text, two emoji, a link and a
        // tracking pixel as HTML.
        const Result<Mime::Message> message = Mime::Message::parse(corpusFile(QStringLiteral("charsets/emoji-utf8-html.eml")));
        QVERIFY2(message && !message->isNull(), "corpus not found");
        CountingNetwork network;
        MessageView view;
        view.setNetworkAccessManager(&network);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy rerendered(&view, &MessageView::rerendered);
        view.setMessage(*message);
        QCOMPARE(view.browser()->toPlainText().trimmed(), emojiPlain);
        QTest::qWait(50);
        QVERIFY(!view.remoteContentBarVisible());

        view.setPreferHtml(true);
        QCOMPARE(rerendered.size(), 1);
        QVERIFY2(view.browser()->toPlainText().contains(emoji), qPrintable(view.browser()->toPlainText()));
        QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("Sent from RelateIQ")));
        QVERIFY(!view.browser()->toPlainText().contains(QStringLiteral("??")));
        QVERIFY(!view.showsOtherAlternative());
        // As safe as any HTML: the pixel is blocked and offered, nothing is fetched.
        QTRY_VERIFY(view.remoteContentBarVisible());
        QCOMPARE(view.browser()->blockedUrls().size(), 1);
        QCOMPARE(view.browser()->blockedUrls().constFirst().host(), QStringLiteral("app.relateiq.com"));
        QVERIFY(network.requested.isEmpty());

        // Plain text again: the bar goes with the HTML that needed it.
        view.setPreferHtml(false);
        QCOMPARE(rerendered.size(), 2);
        QCOMPARE(view.browser()->toPlainText().trimmed(), emojiPlain);
        QVERIFY(!view.remoteContentBarVisible());
        QTest::qWait(50);
        QVERIFY(!view.remoteContentBarVisible());
        view.setPreferHtml(false); // no change: nothing laid out again
        QCOMPARE(rerendered.size(), 2);

        // Remote content the user allowed for this message stays allowed across switches.
        view.setPreferHtml(true);
        QTRY_VERIFY(view.remoteContentBarVisible());
        view.loadRemoteContent();
        QTRY_COMPARE(network.requested.size(), 1);
        view.setPreferHtml(false);
        view.setPreferHtml(true);
        QVERIFY(view.browser()->remoteContentAllowed());
        QTest::qWait(50);
        QVERIFY(!view.remoteContentBarVisible());
        // The next message is blocked again.
        view.setMessage(*message);
        QVERIFY(!view.browser()->remoteContentAllowed());
        QTRY_VERIFY(view.remoteContentBarVisible());
    }

    void oneFormatShowsEitherWay_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("text");
        QTest::newRow("html only") << QByteArray("From: a@example.com\nContent-Type: text/html; charset=utf-8\n\n"
                                                 "<p>Only <i>HTML</i> here.</p>\n")
                                   << QStringLiteral("Only HTML here.");
        QTest::newRow("plain only") << QByteArray("From: a@example.com\nContent-Type: text/plain; charset=utf-8\n\n"
                                                  "Only <plain> here.\n")
                                    << QStringLiteral("Only <plain> here.");
        QTest::newRow("alternative of one") << QByteArray("From: a@example.com\nContent-Type: multipart/alternative; boundary=a\n\n"
                                                          "--a\nContent-Type: text/html\n\n<p>Just <b>this</b>.</p>\n--a--\n")
                                            << QStringLiteral("Just this.");
    }

    void oneFormatShowsEitherWay()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, text);
        MessageView view;
        view.setMessage(Mime::Message::parse(raw).value());
        QCOMPARE(view.browser()->toPlainText().trimmed(), text);
        view.setPreferHtml(true);
        QCOMPARE(view.browser()->toPlainText().trimmed(), text);
        QVERIFY(!view.showsOtherAlternative());
        view.setPreferHtml(false);
        QCOMPARE(view.browser()->toPlainText().trimmed(), text);
    }

    void missingAlternativeShowsTheOther()
    {
        MessageView view;
        QSignalSpy missing(&view, &MessageView::partsMissing);
        // The HTML did not come (read offline): the plain text, not "Loading…" for good,
        // and the HTML part asked for.
        const Mime::Message noHtml = Mime::Message::parse(alternativeWithout("html")).value();
        QCOMPARE(noHtml.part(u"2")->contentState, Mime::MimePart::ContentState::NotDownloaded);
        view.setMessage(noHtml);
        QCOMPARE(view.browser()->toPlainText().trimmed(), QStringLiteral("The plain words."));
        QVERIFY(!view.showsOtherAlternative());
        QCOMPARE(missing.size(), 0);
        view.setPreferHtml(true);
        QCOMPARE(view.browser()->toPlainText().trimmed(), QStringLiteral("The plain words."));
        QVERIFY(view.showsOtherAlternative());
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.at(0).at(0).toStringList(), QStringList{QStringLiteral("2")});

        // It came: the reload shows it.
        QSignalSpy loaded(&view, &MessageView::loaded);
        view.reload(alternativeWithout({}));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.browser()->toPlainText().trimmed(), QStringLiteral("The rich words."));
        QVERIFY(!view.showsOtherAlternative());
        QCOMPARE(missing.size(), 1);

        // The other way round: no plain text here, the HTML is shown.
        view.setPreferHtml(false);
        view.load(alternativeWithout("plain"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.browser()->toPlainText().trimmed(), QStringLiteral("The rich words."));
        QVERIFY(view.showsOtherAlternative());
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing.at(1).at(0).toStringList(), QStringList{QStringLiteral("1")});
    }

    void choiceMadeWhileLoadingApplies()
    {
        // The menu changes while the message is prepared off the UI thread: what
        // appears follows the menu, not what was asked before.
        const QByteArray raw = corpusFile(QStringLiteral("charsets/emoji-utf8-html.eml"));
        QVERIFY2(!raw.isEmpty(), "corpus not found");
        MessageView view;
        QSignalSpy loaded(&view, &MessageView::loaded);
        view.load(raw);
        view.setPreferHtml(true);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(view.browser()->toPlainText().contains(emoji), qPrintable(view.browser()->toPlainText()));
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(loaded.size(), 1);
        view.load(raw);
        view.setPreferHtml(false);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.browser()->toPlainText().trimmed(), emojiPlain);
    }

    void trustedSenderLoadsAtOnce()
    {
        CountingNetwork network;
        MemoryRemoteContentPolicy policy;
        MessageView view;
        view.setNetworkAccessManager(&network);
        view.setRemoteContentPolicy(&policy);
        view.setPreferHtml(true);
        view.setMessage(htmlMessage(remoteHtml));
        view.show(); // images are asked for when the document is laid out
        view.trustSender();
        QVERIFY(policy.isTrusted(QStringLiteral("ann@example.com")));
        network.requested.clear();
        view.setMessage(htmlMessage(remoteHtml));
        QTRY_VERIFY(!network.requested.isEmpty());
        // Another sender is still blocked.
        network.requested.clear();
        view.setMessage(htmlMessage(remoteHtml, "Eve <eve@example.org>"));
        QTRY_VERIFY(view.remoteContentBarVisible());
        QVERIFY(network.requested.isEmpty());
    }

    void linksOpenOnlyOnClickAndShowTheirTarget()
    {
        MessageView view;
        QList<QUrl> opened;
        view.setUrlOpener([&opened](const QUrl &url) { opened.append(url); return true; });
        view.setPreferHtml(true);
        view.setMessage(htmlMessage(remoteHtml));
        QVERIFY(opened.isEmpty()); // nothing opens by itself
        const QUrl target(QStringLiteral("https://evil.example.org/login"));
        Q_EMIT view.browser()->highlighted(target);
        QCOMPARE(view.hoveredLinkText(), QStringLiteral("https://evil.example.org/login"));
        QSignalSpy activated(&view, &MessageView::linkActivated);
        Q_EMIT view.browser()->anchorClicked(target);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(opened, QList<QUrl>{target});
        // javascript: never reaches the opener.
        Q_EMIT view.browser()->anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        QCOMPARE(opened.size(), 1);
    }

    void sanitizer()
    {
        const QString out = HtmlSanitizer::sanitize(QStringLiteral(
            "<p onclick=\"steal()\">a</p><script>alert(1)</script><iframe src=x></iframe>"
            "<a href=\"javascript:alert(2)\">x</a><base href=\"http://evil/\"><meta http-equiv=refresh content=0>"));
        QVERIFY(!out.contains(QStringLiteral("script"), Qt::CaseInsensitive));
        QVERIFY(!out.contains(QStringLiteral("onclick")));
        QVERIFY(!out.contains(QStringLiteral("iframe")));
        QVERIFY(!out.contains(QStringLiteral("javascript")));
        QVERIFY(!out.contains(QStringLiteral("<base")));
        QVERIFY(!out.contains(QStringLiteral("refresh")));
        QVERIFY(out.contains(QStringLiteral("<p>a</p>")));
    }

    void plainTextQuotesAndLinks()
    {
        const QString html = PlainTextRenderer::toHtml(QStringLiteral(
            "Hello <b>not bold</b>\n> quoted https://example.com/a?b=1.\n>> deeper\n> > also deeper\nsee www.example.org"));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.com/a?b=1\">https://example.com/a?b=1</a>.")));
        QVERIFY(html.contains(QStringLiteral("class=\"quote1\"")));
        QCOMPARE(html.count(QStringLiteral("class=\"quote2\"")), 2);
        QVERIFY(html.contains(QStringLiteral("<a href=\"http://www.example.org\">www.example.org</a>")));
        QCOMPARE(PlainTextRenderer::quoteLevel(QStringLiteral("> > x")), 2);
        QCOMPARE(PlainTextRenderer::quoteLevel(QStringLiteral("x > y")), 0);
    }

    void charsetOverride()
    {
        // Mislabelled mail: KOI8-R bytes declared as windows-1251.
        const QByteArray raw = "From: a@example.ru\nSubject: x\nContent-Type: text/plain; charset=windows-1251\n\n"
                               "\xf0\xd2\xc9\xd7\xc5\xd4 \xcd\xc9\xd2\n";
        MessageView view;
        view.setMessage(Mime::Message::parse(raw).value());
        QVERIFY(!view.browser()->toPlainText().contains(QStringLiteral("Привет мир")));
        view.setCharsetOverride("KOI8-R");
        QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("Привет мир")));
        QCOMPARE(view.charsetOverride(), QByteArray("KOI8-R"));
        // A new message starts automatic again.
        view.setMessage(Mime::Message::parse(raw).value());
        QVERIFY(view.charsetOverride().isEmpty());
        QVERIFY(MessageView::encodings().size() >= 8);
    }

    void headerIsPlainTextAndHasAllHeaders()
    {
        const QByteArray raw = "From: \"<img src=http://x/y.png>\" <a@example.com>\n"
                               "Subject: =?UTF-8?B?2q/Ystin2LHYtCDZhdin2YfYp9mG2Yc=?=\n"
                               "Date: Sun, 22 Nov 2026 10:00:00 +0330\nX-Custom: hello\n\nbody\n";
        MessageView view;
        view.setMessage(Mime::Message::parse(raw).value());
        QCOMPARE(view.headerView()->subjectText(), QStringLiteral("گزارش ماهانه"));
        QVERIFY(view.headerView()->fromText().contains(QStringLiteral("<img src=http://x/y.png>")));
        QVERIFY(!view.headerView()->dateText().isEmpty());
        QVERIFY(!view.headerView()->allHeadersShown());
        view.headerView()->setAllHeadersShown(true);
        QVERIFY(view.headerView()->allHeadersText().contains(QStringLiteral("X-Custom: hello")));
    }

    void attachmentsOpenAndSave()
    {
        const QByteArray raw = "From: a@example.com\nContent-Type: multipart/mixed; boundary=x\n\n--x\n"
                               "Content-Type: text/plain\n\nsee attached\n--x\nContent-Type: application/pdf\n"
                               "Content-Disposition: attachment; filename=\"../../.bashrc\"\n\n%PDF\n--x\n"
                               "Content-Type: application/octet-stream\n"
                               "Content-Disposition: attachment; filename*=UTF-8''report%E2%80%AEfdp.exe\n\nMZ\n--x--\n";
        MessageView view;
        QList<QUrl> opened;
        view.setUrlOpener([&opened](const QUrl &url) { opened.append(url); return true; });
        view.setMessage(Mime::Message::parse(raw).value());
        AttachmentList *list = view.attachmentList();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->attachments()[0].fileName, QStringLiteral("bashrc"));
        QCOMPARE(list->attachments()[1].fileName, QStringLiteral("reportfdp.exe"));
        QVERIFY(list->item(1)->toolTip().contains(QStringLiteral("report\u202Efdp.exe")));

        auto openedPath = list->openAttachment(0);
        QVERIFY(openedPath.ok());
        QVERIFY(openedPath->endsWith(QStringLiteral("/bashrc")));
        QFile copy(*openedPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("%PDF"));
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(*openedPath)});

        // The executable asks first; "no" opens nothing.
        int asked = 0;
        list->confirmExecutable = [&asked](const Mime::AttachmentInfo &) { ++asked; return false; };
        auto refused = list->openAttachment(1);
        QVERIFY(!refused.ok());
        QCOMPARE(asked, 1);
        QCOMPARE(opened.size(), 1);

        QTemporaryDir dir;
        list->askSavePath = [&dir](const QString &suggested) { return dir.filePath(suggested); };
        auto saved = list->saveAttachment(0);
        QVERIFY(saved.ok());
        QCOMPARE(*saved, dir.filePath(QStringLiteral("bashrc")));
    }

    void persianPlainText()
    {
        const QByteArray raw = "From: a@example.ir\nContent-Type: text/plain; charset=windows-1256\n\n"
                               "\xd3\xe1\xc7\xe3 \xda\xe1\xed\n";
        MessageView view;
        view.setMessage(Mime::Message::parse(raw).value());
        QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("سلام علي")));
    }
};

QTEST_MAIN(TestMessageView)
#include "tst_messageview.moc"
