// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// What opening an IMAP message fetches (issue 6), chosen from BODYSTRUCTUREs Dovecot
// returned for real corpus messages (tests/unit/sync/data/corpus-bodystructures.txt):
// the text parts the reader shows, the MIME headers, the attached messages' headers,
// the cap on huge texts; the BODYSTRUCTURE's cache encoding; a message put together
// from a header alone lists every attachment as not downloaded; a text cut at the cap
// reads as cut (the reader's "only partly downloaded" bar), with the whole's size.
#include "imap/wire/response.h"
#include "imap/wire/responseparser.h"
#include "mime/bodyextractor.h"
#include "mime/message.h"
#include "sync/bodystructurecodec.h"
#include "sync/partialmessage.h"
#include "sync/partplan.h"

#include <QFile>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Sync;

namespace {

QHash<QString, QByteArray> corpusStructures()
{
    QHash<QString, QByteArray> out;
    QFile f(QStringLiteral(PIGEON_SOURCE_DIR "/tests/unit/sync/data/corpus-bodystructures.txt"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("corpus-bodystructures.txt");
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.indexOf('\t');
        out.insert(QString::fromUtf8(line.left(tab)), line.mid(tab + 1));
    }
    return out;
}

/// doveadm prints the body list without its outer parentheses.
std::shared_ptr<const Imap::BodyPart> parse(const QByteArray &structure)
{
    const QByteArray line = "* 1 FETCH (UID 1 BODYSTRUCTURE (" + structure + "))\r\n";
    const Imap::Response r = Imap::ResponseParser::parseOne(line);
    const auto *f = std::get_if<Imap::FetchData>(&r);
    return f ? f->body : nullptr;
}

QByteArrayList list(const char *csv)
{
    QByteArrayList out = QByteArray(csv).split(',');
    out.removeAll(QByteArray());
    return out;
}

} // namespace

class TestPartPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choosesFromCorpusStructures_data();
    void choosesFromCorpusStructures();
    void everyCorpusStructure_data();
    void everyCorpusStructure();
    void capIsConfigurable();
    void cutTextIsMarkedCut_data();
    void cutTextIsMarkedCut();
    void damagedCacheEncodingIsRefused();

private:
    QHash<QString, QByteArray> m_structures = corpusStructures();
};

void TestPartPlan::choosesFromCorpusStructures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArrayList>("texts");
    QTest::addColumn<QByteArrayList>("mimes");
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<QByteArrayList>("capped");
    // multipart/related: the HTML root, not the cid: image.
    QTest::newRow("related html + inline image") << "related-inline-image.eml" << list("1") << list("1,2") << list("")
                                                  << list("");
    // An attached message: listed by its own header, not walked.
    QTest::newRow("message/rfc822") << "message-rfc822-simple.eml" << list("1") << list("1,2") << list("2") << list("");
    // multipart/signed: the signed part; the signature is an attachment.
    QTest::newRow("pgp signed") << "pgp-signed.eml" << list("1") << list("1,2") << list("") << list("");
    // signed > mixed: the text inside; the inline image waits.
    QTest::newRow("s/mime signed nested mixed") << "smime-signed-nested-mixed.eml" << list("1.1") << list("1.1,1.2,2")
                                               << list("") << list("");
    // Text blocks around an inline image (iPhone): both texts, not the image.
    QTest::newRow("iphone text blocks") << "iphone-multiple-text-blocks.eml" << list("1,3") << list("1,2,3") << list("")
                                        << list("");
    // Single part attachment: HEADER is its MIME header, nothing to show as text.
    QTest::newRow("attachment only") << "attachment-only-gzip.eml" << list("") << list("") << list("") << list("");
    QTest::newRow("image only") << "outlook-attachment-only-png.eml" << list("") << list("") << list("") << list("");
    // 1.1 MB of text: the first 256 KiB only.
    QTest::newRow("huge single text") << "launchpad-1mb-plain-text.eml" << list("1") << list("") << list("")
                                      << list("1");
    // alternative inside mixed: both alternatives (switching needs no network); the
    // attached .htm files are attachments, not text to show.
    QTest::newRow("alternative in mixed") << "outlook-fwd-html-fragments.eml" << list("1.1,1.2")
                                          << list("1.1,1.2,2,3,4,5,6,7,8,9") << list("") << list("");
    // related inside mixed, windows-1251 HTML; the 480 KB zip waits.
    QTest::newRow("related in mixed") << "ru-windows-1251-html-plus-zip.eml" << list("1.1") << list("1.1,1.2,2")
                                      << list("") << list("");
}

void TestPartPlan::choosesFromCorpusStructures()
{
    QFETCH(QString, file);
    QFETCH(QByteArrayList, texts);
    QFETCH(QByteArrayList, mimes);
    QFETCH(QByteArrayList, headers);
    QFETCH(QByteArrayList, capped);
    QVERIFY2(m_structures.contains(file), qPrintable(file));
    const auto root = parse(m_structures.value(file));
    QVERIFY(root);
    const PartPlan plan = PartPlan::choose(*root);
    QCOMPARE(plan.texts, texts);
    QCOMPARE(plan.mimes, mimes);
    QCOMPARE(plan.headers, headers);
    QCOMPARE(plan.capped, capped);
}

void TestPartPlan::everyCorpusStructure_data()
{
    QTest::addColumn<QString>("file");
    for (auto it = m_structures.cbegin(); it != m_structures.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestPartPlan::everyCorpusStructure()
{
    QFETCH(QString, file);
    const auto root = parse(m_structures.value(file));
    QVERIFY(root);
    const PartPlan plan = PartPlan::choose(*root);
    // Never BODY[...] (it would set \Seen), HEADER first.
    const QList<QByteArray> items = plan.fetchItems();
    QCOMPARE(items.first(), QByteArray("BODY.PEEK[HEADER]"));
    for (const QByteArray &item : items)
        QVERIFY2(item.startsWith("BODY.PEEK["), item.constData());
    // The cache encoding keeps what the plan and the assembly read.
    const std::optional<Imap::BodyPart> back = BodyStructureCodec::decode(BodyStructureCodec::encode(*root));
    QVERIFY(back);
    QCOMPARE(BodyStructureCodec::encode(*back), BodyStructureCodec::encode(*root));
    QCOMPARE(PartPlan::choose(*back).fetchItems(), items);
    // Put together from nothing but a header: it parses, the reader finds its texts
    // missing, and every attachment is there by name and size, not downloaded.
    QHash<QByteArray, Store::CachedPart> parts;
    const QByteArray type = root->isMultipart()
        ? QByteArray("multipart/" + root->subtype + "; boundary=\"" + root->parameter("boundary") + '"')
        : QByteArray(root->type + '/' + root->subtype);
    parts.insert("HEADER", {"HEADER", "Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: " + type + "\r\n\r\n", true});
    Result<Mime::Message> m = Mime::Message::parse(PartialMessage::assemble(*root, parts));
    QVERIFY(m);
    const Mime::DisplayBody body = Mime::BodyExtractor::extract(*m);
    QVERIFY(body.segments.isEmpty());
    const QList<Mime::AttachmentInfo> atts = Mime::BodyExtractor::attachments(*m);
    const QList<Mime::AttachmentInfo> expected = Mime::BodyExtractor::attachments(
        Mime::Message::fromStructure({}, PartPlan::mimeTree(*root)));
    QCOMPARE(atts.size(), expected.size());
    for (qsizetype i = 0; i < atts.size(); ++i) {
        QCOMPARE(atts[i].partId, expected[i].partId);
        QVERIFY(!atts[i].downloaded);
        QVERIFY2(atts[i].size >= 0, qPrintable(atts[i].partId));
    }
}

void TestPartPlan::capIsConfigurable()
{
    const auto root = parse(m_structures.value(QStringLiteral("outlook-fwd-html-fragments.eml")));
    QVERIFY(root);
    const PartPlan plan = PartPlan::choose(*root, 4096); // the HTML alternative is 14,767 bytes
    QCOMPARE(plan.capped, QByteArrayList{"1.2"});
    QVERIFY(plan.fetchItems().contains("BODY.PEEK[1.2]<0.4096>"));
    QVERIFY(plan.fetchItems().contains("BODY.PEEK[1.1]"));
}

void TestPartPlan::cutTextIsMarkedCut_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<quint64>("cap");
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<qint64>("whole");
    // The HTML alternative of a multipart (14,767 bytes), and a single-part message,
    // whose marker sits in the message's own header (1,176,738 bytes).
    QTest::newRow("multipart") << QStringLiteral("outlook-fwd-html-fragments.eml") << quint64(4096)
                               << QByteArray("1.2") << qint64(14767);
    QTest::newRow("single part") << QStringLiteral("launchpad-1mb-plain-text.eml") << quint64(PartPlan::DefaultTextCap)
                                 << QByteArray("1") << qint64(1176738);
}

void TestPartPlan::cutTextIsMarkedCut()
{
    QFETCH(QString, file);
    QFETCH(quint64, cap);
    QFETCH(QByteArray, section);
    QFETCH(qint64, whole);
    const auto root = parse(m_structures.value(file));
    QVERIFY(root);
    const PartPlan plan = PartPlan::choose(*root, cap);
    QCOMPARE(plan.capped, QByteArrayList{section});
    QHash<QByteArray, Store::CachedPart> parts;
    const QByteArray type = root->isMultipart()
        ? QByteArray("multipart/" + root->subtype + "; boundary=\"" + root->parameter("boundary") + '"')
        : QByteArray(root->type + '/' + root->subtype);
    parts.insert("HEADER", {"HEADER", "Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: " + type + "\r\n\r\n", true});
    for (const QByteArray &s : plan.texts) {
        const bool cut = plan.capped.contains(s);
        parts.insert(s, {s, QByteArray(cut ? qsizetype(cap) : 10, 'a'), !cut});
    }
    Result<Mime::Message> m = Mime::Message::parse(PartialMessage::assemble(*root, parts));
    QVERIFY(m);
    int cutParts = 0;
    m->root().forEach([&](const Mime::MimePart &p) {
        if (!p.isCut())
            return;
        ++cutParts;
        QCOMPARE(p.partId.toLatin1(), section);
        QCOMPARE(p.cutFromEncodedSize, whole);
        QCOMPARE(p.encodedSize, qint64(cap)); // what is here
        QCOMPARE(p.contentState, Mime::MimePart::ContentState::Available);
    });
    QCOMPARE(cutParts, 1);
    // The same line from outside (no token of this process) marks nothing.
    Result<Mime::Message> forged = Mime::Message::parse(
        "Subject: y\r\nX-Pigeon-Part: truncated; size=99999; token=guess\r\n\r\nshort text\r\n");
    QVERIFY(forged);
    QVERIFY(!forged->root().isCut());
}

void TestPartPlan::damagedCacheEncodingIsRefused()
{
    const auto root = parse(m_structures.value(QStringLiteral("smime-signed-nested-mixed.eml")));
    QVERIFY(root);
    const QByteArray good = BodyStructureCodec::encode(*root);
    QVERIFY(!BodyStructureCodec::decode(good.left(good.size() / 2)));
    QVERIFY(!BodyStructureCodec::decode(QByteArray()));
    QVERIFY(!BodyStructureCodec::decode("garbage that is not an encoding"));
    QByteArray extra = good + "x";
    QVERIFY(!BodyStructureCodec::decode(extra));
}

QTEST_GUILESS_MAIN(TestPartPlan)
#include "tst_partplan.moc"
