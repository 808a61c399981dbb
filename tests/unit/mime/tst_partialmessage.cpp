// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The IMAP path: a message known by ENVELOPE/BODYSTRUCTURE only, its parts arriving one
// by one. The IMAP parser does not exist yet, so the trees are built by hand here the
// way it will build them.
#include "mime/bodyextractor.h"
#include "mime/message.h"

#include <QTest>

using namespace Pigeon::Mime;

namespace {

MimePart leaf(const char *id, const char *type, const char *charset = "", const char *encoding = "",
              qint64 size = -1)
{
    MimePart p;
    p.partId = QString::fromLatin1(id);
    p.mimeType = type;
    p.charset = charset;
    p.transferEncoding = encoding;
    p.size = size;
    p.contentState = MimePart::ContentState::NotDownloaded;
    return p;
}

/// multipart/mixed( multipart/alternative(text/plain koi8-r QP, text/html), application/pdf )
Message structure()
{
    MimePart root;
    root.partId = QStringLiteral("TEXT");
    root.mimeType = "multipart/mixed";
    MimePart alternative;
    alternative.partId = QStringLiteral("1");
    alternative.mimeType = "multipart/alternative";
    alternative.children.push_back(leaf("1.1", "text/plain", "koi8-r", "quoted-printable", 30));
    alternative.children.push_back(leaf("1.2", "text/html", "utf-8", "base64", 200));
    root.children.push_back(alternative);
    MimePart pdf = leaf("2", "application/pdf", "", "base64", 5 * 1024 * 1024);
    pdf.disposition = MimePart::Disposition::Attachment;
    pdf.fileName = QStringLiteral("../отчёт.pdf");
    root.children.push_back(pdf);
    const HeaderFields headers{{"From", "=?koi8-r?B?8NLJ18XU?= <p@example.ru>"},
                               {"Subject", "=?utf-8?Q?=D0=9E=D1=82=D1=87=D1=91=D1=82?="},
                               {"Date", "Tue, 16 Dec 2014 17:48:17 +0300"}};
    return Message::fromStructure(headers, root);
}

} // namespace

class TestPartialMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerAndTreeBeforeAnyContent()
    {
        const Message m = structure();
        QCOMPARE(m.summary().subject, QStringLiteral("Отчёт"));
        QCOMPARE(m.summary().from.value(0).name, QStringLiteral("Привет"));
        QCOMPARE(m.root().count(), 5);
        // The body is known but not here yet: the reader says "loading", no text.
        const DisplayBody body = BodyExtractor::extract(m);
        QVERIFY(body.segments.isEmpty());
        QCOMPARE(body.missingParts, QStringList{QStringLiteral("1.1")});
        QCOMPARE(BodyExtractor::extract(m, {true, {}}).missingParts, QStringList{QStringLiteral("1.2")});
        // The attachment is listed, with its size from BODYSTRUCTURE, before download.
        const auto atts = BodyExtractor::attachments(m);
        QCOMPARE(atts.size(), 1);
        QCOMPARE(atts[0].fileName, QStringLiteral("отчёт.pdf"));
        QCOMPARE(atts[0].size, 5 * 1024 * 1024);
        QVERIFY(!atts[0].downloaded);
        auto missing = m.content(u"2");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind(), Pigeon::MailError::Kind::NotFound);
    }

    void bodyArrivesTransferEncoded()
    {
        Message m = structure();
        // BODY[1.1] as the server sends it: quoted-printable KOI8-R.
        QVERIFY(m.setContent(u"1.1", "=F0=D2=C9=D7=C5=D4, =CD=C9=D2!=\r\n\r\n").ok());
        const DisplayBody body = BodyExtractor::extract(m);
        QVERIFY(body.missingParts.isEmpty());
        QCOMPARE(body.segments.size(), 1);
        QCOMPARE(body.segments[0].text, QStringLiteral("Привет, мир!\n"));
        QCOMPARE(body.segments[0].charset, QByteArray("KOI8-R"));
        // The attachment is still not downloaded; the HTML alternative neither.
        QVERIFY(!BodyExtractor::attachments(m)[0].downloaded);
        QCOMPARE(BodyExtractor::extract(m, {true, {}}).missingParts, QStringList{QStringLiteral("1.2")});
    }

    void attachmentArrivesDecoded()
    {
        Message m = structure();
        const QByteArray pdf = "%PDF-1.4 fake";
        QVERIFY(m.setContent(u"2", pdf, false).ok()); // BINARY[2]: already decoded
        QCOMPARE(*m.content(u"2"), pdf);
        QVERIFY(BodyExtractor::attachments(m)[0].downloaded);
        QCOMPARE(BodyExtractor::attachments(m)[0].size, pdf.size());
        // Copies share the message: a view holding a copy sees the download too.
        const Message copy = m;
        QVERIFY(copy.content(u"2").ok());
    }

    void base64Body()
    {
        Message m = structure();
        QVERIFY(m.setContent(u"1.2", QStringLiteral("<p>Привет</p>").toUtf8().toBase64()).ok());
        const DisplayBody body = BodyExtractor::extract(m, {true, {}});
        QCOMPARE(body.segments.value(0).text, QStringLiteral("<p>Привет</p>"));
    }

    void unknownPartRejected()
    {
        Message m = structure();
        QVERIFY(!m.setContent(u"9", "x").ok());
        QVERIFY(!m.setContent(u"1", "x").ok()); // a multipart has no content of its own
    }
};

QTEST_GUILESS_MAIN(TestPartialMessage)
#include "tst_partialmessage.moc"
