// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The parser over real and realistic server output:
// - tests/transcripts/imap/dovecot-corpus.bin: Dovecot 2.3's bytes for the shared corpus
//   (capture_dovecot_fetch.py), checked against the corpus files themselves;
// - tests/transcripts/imap/*.txt: C:/S: transcripts (tests/transcripts/README.md), whose
//   server side must parse, split any way, into the response kinds their `# expect:` line lists.
#include "imaptestutil.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <map>

using namespace Pigeon::Imap;

namespace {

const QString kDir = QStringLiteral(PIGEON_SOURCE_DIR "/tests/transcripts/imap/");

QList<Response> feedInPieces(const QByteArray &bytes, quint32 seed)
{
    QRandomGenerator rng(seed);
    ResponseParser parser;
    QList<Response> out;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const qsizetype n = std::min<qsizetype>(bytes.size() - i, 1 + rng.bounded(seed % 2 ? 7 : 3000));
        parser.feed(QByteArrayView(bytes).sliced(i, n), out);
        i += n;
    }
    return out;
}

const char *kindName(const Response &r)
{
    static const char *const names[] = {"StatusResponse", "ContinuationRequest", "CapabilityData", "EnabledData",
                                        "ListData", "StatusData", "SearchData", "ESearchData", "MessageNumberData",
                                        "VanishedData", "FlagsData", "NamespaceData", "IdData", "FetchData",
                                        "UnknownData", "ParseError"};
    return names[r.index()];
}

// Same tree shape, types, sizes and part parameters: what BODY and BODYSTRUCTURE must agree on.
bool sameShape(const BodyPart &a, const BodyPart &b)
{
    if (a.type != b.type || a.subtype != b.subtype || a.size != b.size || a.lines != b.lines
        || a.encoding != b.encoding || a.children.size() != b.children.size()
        // A multipart's parameters are extension data: BODY has none (RFC 9051 §7.5.2).
        || (!a.isMultipart() && a.parameters != b.parameters))
        return false;
    for (size_t i = 0; i < a.children.size(); ++i) {
        if (!sameShape(a.children[i], b.children[i]))
            return false;
    }
    return true;
}

int depth(const BodyPart &p)
{
    int d = 0;
    for (const BodyPart &c : p.children)
        d = std::max(d, depth(c));
    return d + 1;
}

// The server side of a C:/S: transcript.
QByteArray serverBytes(const QByteArray &script, QByteArray *expectLine)
{
    QByteArray out;
    for (QByteArray line : script.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("# expect:"))
            *expectLine = line.mid(9).trimmed();
        if (line.startsWith("S: "))
            out += line.mid(3) + "\r\n";
        else if (line == "S:")
            out += "\r\n";
        else if (line.startsWith("RAW: ")) {
            const QByteArray raw = line.mid(5);
            for (qsizetype i = 0; i < raw.size(); ++i) {
                if (raw[i] != '\\' || i + 1 >= raw.size()) {
                    out += raw[i];
                    continue;
                }
                const char e = raw[++i];
                if (e == 'r') out += '\r';
                else if (e == 'n') out += '\n';
                else if (e == 't') out += '\t';
                else if (e == '0') out += '\0';
                else if (e == 'x' && i + 2 < raw.size()) { out += char(raw.mid(i + 1, 2).toInt(nullptr, 16)); i += 2; }
                else out += e;
            }
        }
    }
    return out;
}

} // namespace

class TestTranscripts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dovecotCorpus()
    {
        QFile f(kDir + QStringLiteral("dovecot-corpus.bin"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QFile names(kDir + QStringLiteral("dovecot-corpus.files"));
        QVERIFY(names.open(QIODevice::ReadOnly));
        const QList<QByteArray> files = names.readAll().trimmed().split('\n');
        QCOMPARE(files.size(), 123);

        ResponseParser parser;
        const QList<Response> all = parser.feed(bytes);
        std::map<quint32, const FetchData *> structures, bodies;
        int tagged = 0;
        for (const Response &r : all) {
            QVERIFY2(!std::holds_alternative<ParseError>(r), qPrintable(Test::describeError(r)));
            if (const auto *s = std::get_if<StatusResponse>(&r); s && s->isTagged())
                ++tagged;
            if (const auto *fd = std::get_if<FetchData>(&r)) {
                if (fd->has(FetchItem::BodyStructure))
                    structures[fd->uid] = fd;
                else if (fd->has(FetchItem::Body))
                    bodies[fd->uid] = fd;
            }
        }
        QCOMPARE(tagged, 14);
        QCOMPARE(structures.size(), size_t(123));
        QCOMPARE(bodies.size(), size_t(123));

        int checkedSizes = 0, multiparts = 0, embedded = 0, maxDepth = 0;
        for (quint32 uid = 1; uid <= 123; ++uid) {
            const FetchData &fd = *structures.at(uid);
            QVERIFY(fd.has(FetchItem::Envelope) && fd.has(FetchItem::InternalDate) && fd.internalDate.isValid());
            QVERIFY(fd.has(FetchItem::ModSeq) && fd.modSeq > 0);
            QVERIFY(fd.body->hasExtensionData || !fd.body->isMultipart());
            // BODY and BODYSTRUCTURE are two answers about one message: they must agree.
            QVERIFY2(sameShape(*fd.body, *bodies.at(uid)->body), files.at(uid - 1).constData());
            multiparts += fd.body->isMultipart() ? 1 : 0;
            maxDepth = std::max(maxDepth, depth(*fd.body));
            std::function<void(const BodyPart &)> walk = [&](const BodyPart &p) {
                if (p.envelope)
                    ++embedded;
                for (const BodyPart &c : p.children)
                    walk(c);
            };
            walk(*fd.body);
            // RFC822.SIZE counts CRLF line ends: check it against the file where that is unambiguous.
            QFile eml(QStringLiteral(PIGEON_CORPUS_DIR "/") + QString::fromUtf8(files.at(uid - 1)));
            QVERIFY(eml.open(QIODevice::ReadOnly));
            const QByteArray data = eml.readAll();
            if (!data.startsWith("From ") && !QRegularExpression(QStringLiteral("\r[^\n]")).match(QString::fromLatin1(data)).hasMatch()) {
                const qsizetype bareLf = data.count('\n') - data.count("\r\n");
                QCOMPARE(fd.rfc822Size, quint64(data.size() + bareLf));
                ++checkedSizes;
            }
        }
        QVERIFY2(checkedSizes > 80, qPrintable(QString::number(checkedSizes)));
        QVERIFY(multiparts > 40);
        QVERIFY(embedded > 5);   // message/rfc822 parts with their own envelope
        QVERIFY(maxDepth >= 10); // the corpus's deeply nested message

        // Mailbox names as Dovecot encodes them.
        QStringList listed;
        for (const Response &r : all) {
            if (const auto *l = std::get_if<ListData>(&r); l && !l->lsub)
                listed.append(l->mailbox.name);
        }
        for (const QString &name : {QStringLiteral("Отправленные"), QStringLiteral("ارسال\u200cشده"), QStringLiteral("Tom & Jerry"), QStringLiteral("Archive/2024"), QStringLiteral("INBOX")})
            QVERIFY2(listed.contains(name), qPrintable(name));

        // The same bytes in random pieces give the same responses.
        for (quint32 seed : {1u, 2u, 3u})
            QCOMPARE(feedInPieces(bytes, seed), all);
    }

    void transcripts_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(kDir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << kDir + name;
    }
    void transcripts()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray expect;
        const QByteArray bytes = serverBytes(f.readAll(), &expect);
        QVERIFY2(!expect.isEmpty(), "transcript without an '# expect:' line");
        ResponseParser parser;
        const QList<Response> all = parser.feed(bytes);
        QCOMPARE(parser.pendingBytes(), 0);
        std::map<QByteArray, int> counts;
        for (const Response &r : all)
            ++counts[kindName(r)];
        QByteArray got;
        for (const auto &[k, n] : counts)
            got += (got.isEmpty() ? "" : " ") + k + '=' + QByteArray::number(n);
        QCOMPARE(got, expect);
        for (quint32 seed : {11u, 12u})
            QCOMPARE(feedInPieces(bytes, seed), all);
    }
};

QTEST_GUILESS_MAIN(TestTranscripts)
#include "tst_transcripts.moc"
