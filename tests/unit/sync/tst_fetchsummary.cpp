// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The header listing parses FETCH in FetchMode::Summary (no BODYSTRUCTURE tree, no
// sender/reply-to/cc/bcc). The rows it makes must be the rows the full parse makes:
// for Dovecot's own bytes for the shared corpus and for the odd structures and
// envelopes other servers send.
#include "../imap/bodystructureshapes.h"
#include "imap/wire/responseparser.h"
#include "store/mimeheaderdecoder.h"
#include "sync/imaprowconverter.h"

#include <QFile>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Imap;

namespace {

const QString kCorpus = QStringLiteral(PIGEON_SOURCE_DIR "/tests/transcripts/imap/dovecot-corpus.bin");

// Every field of a row, for a readable QCOMPARE.
QString describe(const Store::MessageRow &r)
{
    return QStringLiteral("id=%1 folder=%2 date=%3 from=%4 to=%5 subject=%6 mid=%7 refs=%8 att=%9 flags=%10 "
                          "modseq=%11 size=%12 uid=%13/%14/%15 state=%16")
        .arg(r.id).arg(r.folder).arg(r.date).arg(r.from, r.to, r.subject)
        .arg(QString::fromLatin1(r.messageId.toHex()), QString::fromLatin1(r.references.toHex()))
        .arg(r.hasAttachments).arg(int(r.flags)).arg(r.modSeq).arg(r.size).arg(r.origin.uid)
        .arg(r.origin.uidValidity).arg(QString::fromLatin1(r.origin.uidl)).arg(int(r.bodyState));
}

QList<Response> parse(const QByteArray &bytes, FetchMode mode)
{
    ResponseParser parser;
    parser.setFetchMode(mode);
    QList<Response> out;
    // In pieces of 1000 bytes, as a socket would deliver them (literals across pieces).
    for (qsizetype i = 0; i < bytes.size(); i += 1000)
        parser.feed(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(1000, bytes.size() - i)), out);
    return out;
}

bool listed(const FetchData &f)
{
    return f.has(FetchItem::Envelope) || f.has(FetchItem::EnvelopeSummary);
}

const char *kFullEnvelope =
    "(\"Mon, 7 Feb 1994 21:52:25 -0800\" {36}\r\n=?utf-8?q?Gr=C3=BC=C3=9Fe?= aus Bern "
    "((\"=?iso-8859-1?q?Fran=E7ois?=\" NIL \"f\" \"x.org\")) ((\"Sec\" NIL \"s\" \"x.org\")) "
    "((NIL NIL \"r\" \"x.org\")) ((NIL NIL \"team\" NIL)(\"Ann\" NIL \"ann\" \"y.org\")(NIL NIL NIL NIL)(\"B \\\"Q\\\"\" NIL \"b\" \"y.org\")) "
    "((NIL NIL \"cc\" \"z.org\")) ((NIL NIL \"bcc\" \"z.org\")) \" <p@x.org> \" \"<m@x.org>\")";

} // namespace

class TestFetchSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus();
    void shapes_data();
    void shapes();
    void envelopes_data();
    void envelopes();

private:
    void compareRows(const QByteArray &response);
};

void TestFetchSummary::compareRows(const QByteArray &response)
{
    const Store::MimeHeaderDecoder decoder;
    const QList<Response> full = parse(response, FetchMode::Full);
    const QList<Response> light = parse(response, FetchMode::Summary);
    QCOMPARE(light.size(), 1);
    QCOMPARE(full.size(), 1);
    const auto *f = std::get_if<FetchData>(&full.first());
    const auto *l = std::get_if<FetchData>(&light.first());
    QVERIFY2(f && l, f ? "summary parse failed" : "full parse failed");
    QVERIFY(f->has(FetchItem::Envelope) && l->has(FetchItem::EnvelopeSummary));
    QCOMPARE(describe(Sync::ImapRowConverter::row(*l, 7, decoder)), describe(Sync::ImapRowConverter::row(*f, 7, decoder)));
}

void TestFetchSummary::corpus()
{
    QFile file(kCorpus);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QList<Response> full = parse(bytes, FetchMode::Full);
    const QList<Response> light = parse(bytes, FetchMode::Summary);
    QCOMPARE(light.size(), full.size());
    const Store::MimeHeaderDecoder decoder;
    int rows = 0, attachments = 0, bodyTrees = 0;
    for (qsizetype i = 0; i < full.size(); ++i) {
        const auto *f = std::get_if<FetchData>(&full.at(i));
        const auto *l = std::get_if<FetchData>(&light.at(i));
        if (!f || !f->has(FetchItem::BodyStructure)) {
            // Everything else (BODY, LIST, tagged replies) is the same in both modes.
            QVERIFY(full.at(i) == light.at(i));
            bodyTrees += f && f->body ? 1 : 0;
            continue;
        }
        QVERIFY(l);
        QVERIFY(listed(*f) && listed(*l));
        QVERIFY(l->has(FetchItem::EnvelopeSummary) && l->has(FetchItem::BodySummary));
        QVERIFY(!l->has(FetchItem::Envelope) && !l->has(FetchItem::BodyStructure) && !l->body);
        // What the summary keeps of the envelope, unchanged; the rest left empty.
        const Envelope &fe = *f->envelope, &le = *l->envelope;
        QCOMPARE(le.date, fe.date);
        QCOMPARE(le.subject, fe.subject);
        QCOMPARE(le.from, fe.from);
        QCOMPARE(le.to, fe.to);
        QCOMPARE(le.inReplyTo, fe.inReplyTo);
        QCOMPARE(le.messageId, fe.messageId);
        QVERIFY(le.sender.isEmpty() && le.replyTo.isEmpty() && le.cc.isEmpty() && le.bcc.isEmpty());
        QCOMPARE(l->bodySummary.hasAttachments, hasAttachments(*f->body));
        const Store::MessageRow fr = Sync::ImapRowConverter::row(*f, 1234, decoder);
        const Store::MessageRow lr = Sync::ImapRowConverter::row(*l, 1234, decoder);
        QCOMPARE(describe(lr), describe(fr));
        ++rows;
        attachments += fr.hasAttachments ? 1 : 0;
    }
    QCOMPARE(rows, 123);
    QCOMPARE(bodyTrees, 123); // FETCH BODY is not summarised
    // Not a vacuous comparison: the corpus has messages with and without attachments.
    QVERIFY2(attachments > 10 && attachments < 110, qPrintable(QString::number(attachments)));
}

void TestFetchSummary::shapes_data()
{
    QTest::addColumn<QByteArray>("body");
    for (const Test::BodyShape &shape : Test::bodyShapes())
        QTest::newRow(shape.name) << shape.body;
    for (const Test::AttachmentShape &shape : Test::attachmentShapes())
        QTest::newRow(shape.name) << shape.body;
}

void TestFetchSummary::shapes()
{
    QFETCH(QByteArray, body);
    compareRows("* 12 FETCH (UID 40 FLAGS (\\Seen $Forwarded) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
                "RFC822.SIZE 4286 ENVELOPE " + QByteArray(kFullEnvelope) + " BODYSTRUCTURE " + body
                + " MODSEQ (9))\r\n");
}

void TestFetchSummary::envelopes_data()
{
    QTest::addColumn<QByteArray>("envelope");
    QTest::newRow("all fields") << QByteArray(kFullEnvelope);
    QTest::newRow("all NIL") << QByteArray("(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL)");
    QTest::newRow("empty strings") << QByteArray("(\"\" \"\" NIL NIL NIL NIL NIL NIL \"\" \"\")");
    QTest::newRow("bad date") << QByteArray("(\"yesterday\" \"s\" NIL NIL NIL NIL NIL NIL NIL NIL)");
    QTest::newRow("literals everywhere") << QByteArray("({5}\r\nWed,  {1}\r\nS (({1}\r\nA NIL {1}\r\na {5}\r\nx.org)) (({1}\r\nB NIL {1}\r\nb {5}\r\nx.org)) NIL "
                                                      "((NIL NIL {1}\r\nc {5}\r\nx.org)) (({1}\r\nD NIL \"d\" \"x.org\")) NIL {3}\r\n<i> {3}\r\n<m>)");
    QTest::newRow("group only in cc") << QByteArray("(NIL \"s\" ((NIL NIL \"f\" \"x.org\")) NIL NIL NIL ((NIL NIL \"undisclosed\" NIL)(NIL NIL NIL NIL)) NIL NIL NIL)");
    QTest::newRow("internationalised") << QByteArray("(NIL \"\xc3\xa9t\xc3\xa9\" ((\"\xc3\x89lise\" NIL \"\xc3\xa9\" \"x.org\")) NIL NIL ((NIL NIL \"to\" NIL)) NIL NIL NIL NIL)");
    QTest::newRow("escapes in skipped fields") << QByteArray("(NIL \"s\" NIL ((\"a \\\\ \\\" b\" NIL \"s\" \"x.org\")) NIL NIL ((\"\\\"c\\\"\" NIL \"c\" \"x.org\")) NIL NIL NIL)");
}

void TestFetchSummary::envelopes()
{
    QFETCH(QByteArray, envelope);
    compareRows("* 2 FETCH (UID 41 FLAGS () INTERNALDATE \"01-Jan-2020 00:00:00 +0000\" RFC822.SIZE 1 ENVELOPE "
                + envelope + " BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1))\r\n");
}

QTEST_GUILESS_MAIN(TestFetchSummary)
#include "tst_fetchsummary.moc"
