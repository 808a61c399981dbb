// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Bodies and attachments on demand (issue 6) against a private Dovecot: opening a
// message with a 5 MB attachment transfers a few KB and leaves \Seen alone; saving the
// attachment fetches exactly that part, byte-identical; "Download message" turns the
// row Full in place; with the server stopped the text still opens from the part cache
// and the attachment is not there; real corpus messages of odd structure show the same
// text when opened on demand as when downloaded whole; the pictures of an HTML message
// (cid:) come on demand in one FETCH, without the attachment beside them, and stay
// for offline reading.
#include "imapsyncclient.h"
#include "support/inlineimagemessage.h"
#include "support/testmailserver.h"

#include "mime/bodyextractor.h"
#include "mime/message.h"
#include "net/ssltransport.h"
#include "store/imapcache.h"
#include "store/mailstore.h"
#include "store/searchindex.h"
#include "sync/imapsync.h"
#include "sync/partialmessage.h"
#include "sync/task.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Sync;
using Pigeon::Test::TestMailServer;

namespace {

using Pigeon::Test::waitTask;

/// An ImapSync client whose connections count the bytes the server sends.
struct CountingClient : Pigeon::Test::ImapSyncClient {
    qint64 received = 0;
    CountingClient(const TestMailServer &server, const QString &user) : ImapSyncClient(server, user)
    {
        sync->setTransportFactory([this] {
            auto *t = new Net::SslTransport;
            QObject::connect(t, &Net::Transport::lineReceived, t, [this](const QByteArray &l) { received += l.size(); });
            QObject::connect(t, &Net::Transport::literalReceived, t,
                             [this](const QByteArray &d) { received += d.size(); });
            return t;
        });
    }
};

using Pigeon::Test::base64Lines;

QByteArray messageWithAttachment(const QByteArray &attachment)
{
    return "From: Alisa <alisa@example.org>\r\nTo: user@example.org\r\nSubject: The report\r\n"
           "Date: Mon, 1 Jan 2024 10:00:00 +0000\r\nMessage-ID: <report@pigeon.test>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
           "--outer\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
           "--alt\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           "Hello, the report is attached. Zdravstvuj =D0=BC=D0=B8=D1=80 unicorn.\r\n"
           "--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           "<p>Hello, the <b>report</b> is attached.</p>\r\n"
           "--alt--\r\n"
           "--outer\r\nContent-Type: application/octet-stream; name=\"report.bin\"\r\n"
           "Content-Disposition: attachment; filename=\"report.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(attachment) + "--outer--\r\n";
}

QString displayText(const QByteArray &bytes, bool html)
{
    Result<Mime::Message> m = Mime::Message::parse(bytes);
    if (!m)
        return QStringLiteral("<parse failed>");
    Mime::BodyOptions o;
    o.preferHtml = html;
    return Mime::BodyExtractor::extract(*m, o).plainText();
}

using Client = Pigeon::Test::ImapSyncClient;

} // namespace

class TestImapPartsDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openFetchesTextOnlyAndAttachmentOnDemand();
    void corpusMessagesOpenLikeWholeOnes_data();
    void corpusMessagesOpenLikeWholeOnes();
    void inlinePicturesOnDemand();
    void offlineAfterTheServerStopped(); // last: stops the server

private:
    QByteArray serverFlags(const QString &user, qint64 uid);
    TestMailServer m_server;
    QByteArray m_attachment;
    std::unique_ptr<CountingClient> m_client; ///< kept for the offline test
    std::unique_ptr<CountingClient> m_pictures; ///< the same
    Store::MessageId m_picturesId = 0;
};

void TestImapPartsDovecot::initTestCase()
{
    TestMailServer::Options options;
    options.users << qMakePair(QStringLiteral("parts1"), QStringLiteral("secret-1"))
                  << qMakePair(QStringLiteral("parts2"), QStringLiteral("secret-2"))
                  << qMakePair(QStringLiteral("parts3"), QStringLiteral("secret-3"));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_attachment.resize(5 * 1024 * 1024);
    QRandomGenerator gen(6);
    gen.fillRange(reinterpret_cast<quint32 *>(m_attachment.data()), m_attachment.size() / 4);
}

QByteArray TestImapPartsDovecot::serverFlags(const QString &user, qint64 uid)
{
    const TestMailServer::CommandResult r =
        m_server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), user, QStringLiteral("flags"),
                          QStringLiteral("mailbox"), QStringLiteral("INBOX"), QStringLiteral("uid"), QString::number(uid)});
    return r.ok() ? r.out.trimmed() : QByteArray("<doveadm failed>");
}

void TestImapPartsDovecot::openFetchesTextOnlyAndAttachmentOnDemand()
{
    const QString user = QStringLiteral("parts1");
    QVERIFY(m_server.deliver(user, messageWithAttachment(m_attachment)));
    m_client = std::make_unique<CountingClient>(m_server, user);
    CountingClient &c = *m_client;
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    const Store::MessageRow row = c.byUid(QStringLiteral("INBOX"), 1);
    QCOMPARE(row.bodyState, Store::BodyState::HeadersOnly);
    QVERIFY(row.hasAttachments);

    // Opening: structure, header, both alternatives and the MIME headers; not the 5 MB.
    const qint64 before = c.received;
    TASK_OK(c.sync->fetchText(row.id));
    const qint64 opened = c.received - before;
    qInfo() << "opening transferred" << opened << "bytes (attachment:" << m_attachment.size() << ")";
    QVERIFY2(opened < 8 * 1024, qPrintable(QString::number(opened)));
    QCOMPARE(c.store.row(row.id)->bodyState, Store::BodyState::Partial);
    Result<QByteArray> partial = PartialMessage::fromCache(&c.store, row.id);
    QVERIFY2(partial, partial ? "" : qPrintable(partial.error().toString()));
    QVERIFY(displayText(*partial, false).contains(QStringLiteral("Zdravstvuj мир unicorn")));
    QVERIFY(displayText(*partial, true).contains(QStringLiteral("report")));
    // Looking is not reading: BODY.PEEK left \Seen alone.
    QVERIFY2(!serverFlags(user, 1).contains("\\Seen"), serverFlags(user, 1).constData());
    // The attachment list knows name and size, and that it is not here.
    Result<Mime::Message> shown = Mime::Message::parse(*partial);
    QVERIFY(shown);
    QList<Mime::AttachmentInfo> atts = Mime::BodyExtractor::attachments(*shown);
    QCOMPARE(atts.size(), 1);
    QCOMPARE(atts[0].fileName, QStringLiteral("report.bin"));
    QCOMPARE(atts[0].partId, QStringLiteral("2"));
    QVERIFY(!atts[0].downloaded);
    QVERIFY2(qAbs(atts[0].size - m_attachment.size()) < m_attachment.size() / 50, qPrintable(QString::number(atts[0].size)));
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QCOMPARE(shown->writeContent(atts[0].partId, &sink).error().kind(), MailError::Kind::NotFound);
    // Opening it again needs no network.
    const qint64 again = c.received;
    TASK_OK(c.sync->fetchText(row.id));
    QCOMPARE(c.received, again);
    // Search finds the cached text of the Partial row.
    Store::SearchIndex search(&c.store);
    QVERIFY(search.update());
    Result<QList<Store::MessageRow>> hits = search.search(QStringLiteral("unicorn"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, row.id);

    // Saving the attachment fetches exactly that part (its base64 and the reply around it).
    const qint64 beforePart = c.received;
    TASK_OK(c.sync->fetchPart(row.id, "2"));
    const qint64 part = c.received - beforePart;
    const qint64 encoded = base64Lines(m_attachment).size();
    qInfo() << "the attachment transferred" << part << "bytes; its base64 is" << encoded;
    QVERIFY2(part >= encoded && part < encoded + 1024, qPrintable(QString::number(part)));
    QVERIFY(!serverFlags(user, 1).contains("\\Seen"));
    Result<QByteArray> withPart = PartialMessage::fromCache(&c.store, row.id);
    QVERIFY(withPart);
    shown = Mime::Message::parse(*withPart);
    QVERIFY(shown);
    atts = Mime::BodyExtractor::attachments(*shown);
    QVERIFY(atts[0].downloaded);
    QTemporaryDir out;
    QFile saved(out.filePath(QStringLiteral("report.bin")));
    QVERIFY(saved.open(QIODevice::WriteOnly));
    QVERIFY(shown->writeContent(atts[0].partId, &saved));
    saved.close();
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll() == m_attachment); // byte-identical
}

void TestImapPartsDovecot::corpusMessagesOpenLikeWholeOnes_data()
{
    QTest::addColumn<QString>("file");
    const QString corpus = QStringLiteral(PIGEON_CORPUS_DIR "/");
    for (const char *name :
         {"structure/related-inline-image.eml", "structure/message-rfc822-simple.eml",
          "structure/fwd-inline-rfc822-de.eml", "structure/pgp-signed.eml", "structure/smime-signed-nested-mixed.eml",
          "structure/iphone-multiple-text-blocks.eml", "structure/mhtml-multipart-related.eml",
          "structure/attachment-only-gzip.eml", "structure/ten-attachments-eml-client.eml",
          "structure/dsn-postfix-multi-recipient.eml", "structure/outlook-fwd-html-fragments.eml",
          "headers/rfc2231-long-filename-continuations.eml", "headers/outlook-attachment-only-png.eml",
          "large/ru-windows-1251-html-plus-zip.eml", "large/launchpad-1mb-plain-text.eml"})
        QTest::newRow(name) << corpus + QLatin1String(name);
}

void TestImapPartsDovecot::corpusMessagesOpenLikeWholeOnes()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray original = f.readAll();
    const QString user = QStringLiteral("parts2");
    QVERIFY(m_server.doveadm({QStringLiteral("expunge"), QStringLiteral("-u"), user, QStringLiteral("mailbox"),
                              QStringLiteral("INBOX"), QStringLiteral("all")})
                .ok());
    QVERIFY(m_server.deliver(user, original));
    // How tests/unit/sync/data/corpus-bodystructures.txt was recorded (tst_partplan).
    if (qEnvironmentVariableIsSet("PIGEON_DUMP_BODYSTRUCTURE")) {
        const TestMailServer::CommandResult r = m_server.doveadm(
            {QStringLiteral("fetch"), QStringLiteral("-u"), user, QStringLiteral("imap.bodystructure"),
             QStringLiteral("mailbox"), QStringLiteral("INBOX"), QStringLiteral("all")});
        qInfo().noquote() << "BODYSTRUCTURE" << QFileInfo(file).fileName() << r.out.trimmed();
    }
    Client c(m_server, user);
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    const QList<Store::MessageRow> rows = c.rows(QStringLiteral("INBOX"));
    QCOMPARE(rows.size(), 1);
    const Store::MessageId id = rows.first().id;
    TASK_OK(c.sync->fetchText(id));
    Result<QByteArray> partial = PartialMessage::fromCache(&c.store, id);
    QVERIFY2(partial, partial ? "" : qPrintable(partial.error().toString()));
    // The whole message as the server has it (it may differ from the file: CRLF).
    TASK_OK(c.sync->fetchBody(id));
    QCOMPARE(c.store.row(id)->bodyState, Store::BodyState::Full);
    QVERIFY(Store::ImapCache(&c.store).parts(id)->isEmpty()); // the record replaced them
    Result<QByteArray> whole = c.store.messageBytes(id);
    QVERIFY(whole);
    const bool huge = file.contains(QLatin1String("1mb"));
    for (bool html : {false, true}) {
        const QString a = displayText(*partial, html);
        const QString b = displayText(*whole, html);
        if (huge) { // capped: the start is there, and less than all of it
            QVERIFY(a.size() > 100000 && a.size() < b.size());
            QVERIFY(b.startsWith(a.left(100000)));
        } else {
            QCOMPARE(a, b);
        }
    }
    // The same attachments, by name, whether downloaded or not.
    const QList<Mime::AttachmentInfo> pa = Mime::BodyExtractor::attachments(*Mime::Message::parse(*partial));
    const QList<Mime::AttachmentInfo> wa = Mime::BodyExtractor::attachments(*Mime::Message::parse(*whole));
    QCOMPARE(pa.size(), wa.size());
    for (qsizetype i = 0; i < pa.size(); ++i) {
        QCOMPARE(pa[i].partId, wa[i].partId);
        QCOMPARE(pa[i].fileName, wa[i].fileName);
    }
}

void TestImapPartsDovecot::inlinePicturesOnDemand()
{
    const QString user = QStringLiteral("parts3");
    QVERIFY(m_server.deliver(user, Test::pictureMessage("Garden pictures", m_attachment)));
    m_pictures = std::make_unique<CountingClient>(m_server, user);
    CountingClient &c = *m_pictures;
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    const Store::MessageId id = c.byUid(QStringLiteral("INBOX"), 1).id;
    m_picturesId = id;
    TASK_OK(c.sync->fetchText(id));
    // Opening fetched the texts, not the pictures (they wait until the HTML is shown).
    const Store::ImapCache cache(&c.store);
    QVERIFY(cache.hasPart(id, "1.1") && cache.hasPart(id, "1.2.1"));
    QVERIFY(!cache.hasPart(id, "1.2.2") && !cache.hasPart(id, "1.2.3") && !cache.hasPart(id, "2"));
    Result<Mime::Message> shown = Mime::Message::parse(*PartialMessage::fromCache(&c.store, id));
    QVERIFY(shown);
    // What the reader resolves cid: with (MessageBrowser: the part whose Content-ID it is).
    auto byCid = [](const Mime::Message &m, const QByteArray &cid) {
        const Mime::MimePart *found = nullptr;
        m.root().forEach([&](const Mime::MimePart &p) {
            if (!found && p.contentId == cid)
                found = &p;
        });
        return found;
    };
    const Mime::MimePart *red = byCid(*shown, "red@pigeon.test");
    const Mime::MimePart *blue = byCid(*shown, "blue@pigeon.test");
    QVERIFY(red && blue && !byCid(*shown, "gone@pigeon.test"));
    QCOMPARE(red->partId, QStringLiteral("1.2.2"));
    QCOMPARE(blue->partId, QStringLiteral("1.2.3"));
    QCOMPARE(red->contentState, Mime::MimePart::ContentState::NotDownloaded);

    // Both in one FETCH: their base64 and the reply around it, not the 5 MB beside them.
    const qint64 before = c.received;
    TASK_OK(c.sync->fetchInlineParts(id, {"1.2.2", "1.2.3"}));
    const qint64 pictures = c.received - before;
    qInfo() << "the two pictures transferred" << pictures << "bytes";
    QVERIFY2(pictures < 2 * 1024, qPrintable(QString::number(pictures)));
    QVERIFY(cache.hasPart(id, "1.2.2") && cache.hasPart(id, "1.2.3") && !cache.hasPart(id, "2"));
    QVERIFY2(!serverFlags(user, 1).contains("\\Seen"), serverFlags(user, 1).constData());
    shown = Mime::Message::parse(*PartialMessage::fromCache(&c.store, id));
    QVERIFY(shown);
    QCOMPARE(*shown->content(byCid(*shown, "red@pigeon.test")->partId), Test::redPng());
    QCOMPARE(*shown->content(byCid(*shown, "blue@pigeon.test")->partId), Test::bluePng());
    QVERIFY(!Mime::BodyExtractor::attachments(*shown).first().downloaded);
    QCOMPARE(c.store.row(id)->bodyState, Store::BodyState::Partial);
    // Asked again (the reader laid the message out again): nothing is sent.
    const qint64 again = c.received;
    TASK_OK(c.sync->fetchInlineParts(id, {"1.2.2", "1.2.3"}));
    QCOMPARE(c.received, again);
}

void TestImapPartsDovecot::offlineAfterTheServerStopped()
{
    QVERIFY(m_client);
    CountingClient &c = *m_client;
    // A second message opened but whose attachment was never saved.
    const QString user = QStringLiteral("parts1");
    QVERIFY(m_server.deliver(user, messageWithAttachment("small attachment")));
    TASK_OK(c.sync->syncFolder(QStringLiteral("INBOX")));
    const Store::MessageRow second = c.byUid(QStringLiteral("INBOX"), 2);
    TASK_OK(c.sync->fetchText(second.id));
    m_server.stop();

    // Both texts open from the cache, with no server.
    const Store::MessageRow first = c.byUid(QStringLiteral("INBOX"), 1);
    for (const Store::MessageRow &r : {first, second}) {
        Result<QByteArray> bytes = PartialMessage::fromCache(&c.store, r.id);
        QVERIFY(bytes);
        QVERIFY(displayText(*bytes, false).contains(QStringLiteral("unicorn")));
    }
    // The saved attachment is there; the other is not, and fetching it fails clearly.
    Result<Mime::Message> m1 = Mime::Message::parse(*PartialMessage::fromCache(&c.store, first.id));
    QVERIFY(Mime::BodyExtractor::attachments(*m1).first().downloaded);
    Result<Mime::Message> m2 = Mime::Message::parse(*PartialMessage::fromCache(&c.store, second.id));
    QVERIFY(!Mime::BodyExtractor::attachments(*m2).first().downloaded);
    const MailError e = waitTask(c.sync->fetchPart(second.id, "2"));
    QVERIFY(e.isError());
    qInfo() << "fetching with the server stopped:" << e.toString();
    // Reading the text again asks the server nothing.
    TASK_OK(c.sync->fetchText(second.id));

    // The pictures fetched before open with the message, the server gone.
    QVERIFY(m_pictures);
    Result<Mime::Message> pictures = Mime::Message::parse(*PartialMessage::fromCache(&m_pictures->store, m_picturesId));
    QVERIFY(pictures);
    QCOMPARE(*pictures->content(u"1.2.2"), Test::redPng());
    QCOMPARE(*pictures->content(u"1.2.3"), Test::bluePng());
}

QTEST_GUILESS_MAIN(TestImapPartsDovecot)
#include "tst_imappartsdovecot.moc"
