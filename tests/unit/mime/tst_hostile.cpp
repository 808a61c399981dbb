// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Hostile input: each test says what happens to it.
#include "mime/attachmentname.h"
#include "mime/bodyextractor.h"
#include "mime/message.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon::Mime;

namespace {

/// Peak resident set size of this process, in bytes (Linux).
qint64 peakRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

QByteArray nested(int depth)
{
    QByteArray m = "From: a@example.com\nSubject: nest\nMIME-Version: 1.0\n";
    for (int i = 0; i < depth; ++i)
        m += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b"
            + QByteArray::number(i) + "\n";
    m += "Content-Type: text/plain\n\ninnermost\n";
    for (int i = depth - 1; i >= 0; --i)
        m += "--b" + QByteArray::number(i) + "--\n";
    return m;
}

QString decodedBody(const QByteArray &raw)
{
    auto m = Message::parse(raw);
    return m.ok() ? BodyExtractor::extract(*m).plainText() : QStringLiteral("<parse error>");
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // 5,000 nested multiparts: parsed (GMime copes), the model stops at MaxDepth so
    // nothing recursive in Pigeon goes deeper; the text below that depth is not shown.
    void deepNesting()
    {
        QElapsedTimer timer;
        timer.start();
        auto m = Message::parse(nested(5000));
        QVERIFY(m.ok());
        QVERIFY(m->truncated());
        int depth = 0;
        for (const MimePart *p = &m->root(); !p->children.empty(); p = &p->children.front())
            ++depth;
        QCOMPARE(depth, Message::MaxDepth);
        QVERIFY(BodyExtractor::extract(*m).segments.isEmpty());
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
        // Within the limit the innermost text is found.
        auto shallow = Message::parse(nested(100));
        QVERIFY(shallow.ok());
        QVERIFY(!shallow->truncated());
        // The line break before a boundary belongs to the boundary (RFC 2046 §5.1.1).
        QCOMPARE(BodyExtractor::extract(*shallow).plainText(), QStringLiteral("innermost"));
    }

    // 10,000 parts: all in the model with their IMAP numbers, listed as attachments.
    void tenThousandParts()
    {
        QByteArray m = "From: a@example.com\nSubject: many\nContent-Type: multipart/mixed; boundary=x\n\n"
                       "--x\nContent-Type: text/plain\n\nbody\n";
        for (int i = 1; i < 10000; ++i)
            m += "--x\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"f"
                + QByteArray::number(i) + ".bin\"\n\nx\n";
        m += "--x--\n";
        QElapsedTimer timer;
        timer.start();
        auto parsed = Message::parse(m);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->root().children.size(), size_t(10000));
        QCOMPARE(parsed->part(u"10000")->fileName, QStringLiteral("f9999.bin"));
        QCOMPARE(BodyExtractor::attachments(*parsed).size(), 9999);
        QCOMPARE(BodyExtractor::extract(*parsed).plainText(), QStringLiteral("body"));
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    }

    // A 200 MB attachment, generated here: parseFile() scans the file without loading
    // it, the size is known before decoding, content() refuses it (64 MB cap) and
    // writeContent() streams it out exactly, in bounded memory and time.
    void hugeAttachment()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.eml"));
        constexpr qint64 total = 200LL * 1024 * 1024;
        QCryptographicHash expected(QCryptographicHash::Sha1);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("From: big@example.com\nSubject: big\nContent-Type: multipart/mixed; boundary=B\n\n"
                    "--B\nContent-Type: text/plain\n\nsee attachment\n--B\n"
                    "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=big.bin\n"
                    "Content-Transfer-Encoding: base64\n\n");
            QByteArray chunk(57 * 1024, Qt::Uninitialized); // 57-byte multiples: whole base64 lines
            qint64 written = 0;
            quint32 seed = 1;
            while (written < total) {
                for (char &c : chunk) {
                    seed = seed * 1664525u + 1013904223u;
                    c = char(seed >> 24);
                }
                const QByteArray piece = chunk.left(int(qMin<qint64>(chunk.size(), total - written)));
                expected.addData(piece);
                const QByteArray b64 = piece.toBase64();
                for (qsizetype i = 0; i < b64.size(); i += 76) {
                    f.write(b64.constData() + i, qMin<qsizetype>(76, b64.size() - i));
                    f.write("\n");
                }
                written += piece.size();
            }
            f.write("--B--\n");
        }
        const qint64 rssBefore = peakRss();
        QElapsedTimer timer;
        timer.start();
        auto m = Message::parseFile(path);
        QVERIFY(m.ok());
        const qint64 parseMs = timer.elapsed();
        const auto atts = BodyExtractor::attachments(*m);
        QCOMPARE(atts.size(), 1);
        QVERIFY2(qAbs(atts[0].size - total) < total / 50, qPrintable(QString::number(atts[0].size)));
        QCOMPARE(BodyExtractor::extract(*m).plainText(), QStringLiteral("see attachment"));

        auto refused = m->content(atts[0].partId);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Pigeon::MailError::Kind::LimitExceeded);

        const QString out = dir.filePath(QStringLiteral("saved.bin"));
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::WriteOnly));
        auto n = m->writeContent(atts[0].partId, &saved);
        saved.close();
        QVERIFY(n.ok());
        QCOMPARE(*n, total);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCryptographicHash got(QCryptographicHash::Sha1);
        QVERIFY(got.addData(&saved));
        QCOMPARE(got.result(), expected.result());
        const qint64 grew = peakRss() - rssBefore;
        qInfo("200 MB attachment: parse %lld ms, total %lld ms, peak RSS grew %lld MB", parseMs,
              qint64(timer.elapsed()), grew / (1024 * 1024));
        QVERIFY2(grew < 160LL * 1024 * 1024, qPrintable(QString::number(grew)));
        QVERIFY2(timer.elapsed() < 300000, qPrintable(QString::number(timer.elapsed())));
    }

    // Header lines of 1 MB: kept whole and decoded, in bounded time.
    void megabyteHeaderLines()
    {
        QByteArray subject(1024 * 1024, 'a');
        QByteArray to;
        for (int i = 0; to.size() < 1024 * 1024; ++i)
            to += "user" + QByteArray::number(i) + "@example.com, ";
        QByteArray words;
        while (words.size() < 1024 * 1024)
            words += "=?utf-8?Q?=C5=BC?= ";
        const QByteArray raw = "From: a@example.com\nSubject: " + subject + "\nTo: " + to + "\nX-Words: " + words
            + "\n\nbody\n";
        QElapsedTimer timer;
        timer.start();
        auto m = Message::parse(raw);
        QVERIFY(m.ok());
        QCOMPARE(m->summary().subject.size(), subject.size());
        QVERIFY(m->summary().to.size() > 40000);
        const QString decoded = m->headerText("X-Words");
        QVERIFY(decoded.startsWith(QStringLiteral("żżż")));
        QCOMPARE(BodyExtractor::extract(*m).plainText(), QStringLiteral("body\n"));
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    }

    // Invalid base64: characters outside the alphabet are skipped, the rest decodes.
    void invalidBase64()
    {
        QCOMPARE(decodedBody("Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
                             "SGVs!!bG8g\nd2*9y bGQ=\n"),
                 QStringLiteral("Hello world"));
        // Truncated base64 (no padding, cut mid-quantum): GMime drops the incomplete
        // last quantum ("bA" would be one more byte), everything before it decodes.
        QCOMPARE(decodedBody("Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGVsbG8gd29ybA"),
                 QStringLiteral("Hello wor"));
    }

    // Invalid quoted-printable: a bad escape is kept as it is written, the rest decodes.
    void invalidQuotedPrintable()
    {
        const QString text = decodedBody("Content-Type: text/plain; charset=iso-8859-1\n"
                                         "Content-Transfer-Encoding: quoted-printable\n\n"
                                         "caf=E9 =ZZ soft=\nbreak end=\n");
        QVERIFY2(text.startsWith(QStringLiteral("café ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("softbreak end")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ZZ")), qPrintable(text));
    }

    // Attachment names that try to escape the folder or hide their extension are
    // sanitised; the original is kept for display of what the sender claimed.
    void hostileAttachmentNames_data()
    {
        QTest::addColumn<QByteArray>("disposition");
        QTest::addColumn<QString>("safeName");
        QTest::addColumn<bool>("executable");
        QTest::newRow("traversal") << QByteArray("attachment; filename=\"../../.bashrc\"") << QStringLiteral("bashrc")
                                   << false;
        QTest::newRow("RTL override (RFC 2231)")
            << QByteArray("attachment; filename*=UTF-8''invoice%E2%80%AEfdp.exe") << QStringLiteral("invoicefdp.exe")
            << true;
        QTest::newRow("RTL override (RFC 2047)")
            << QByteArray("attachment; filename=\"=?UTF-8?B?" + QStringLiteral("photo\u202Egnp.js").toUtf8().toBase64()
                          + "?=\"")
            << QStringLiteral("photognp.js") << true;
        QTest::newRow("control characters") << QByteArray("attachment; filename*=UTF-8''a%0Ab%07c.txt")
                                            << QStringLiteral("abc.txt") << false;
        QTest::newRow("absolute windows path") << QByteArray("attachment; filename=\"C:\\\\Windows\\\\x.dll\"")
                                               << QStringLiteral("x.dll") << true;
    }
    void hostileAttachmentNames()
    {
        QFETCH(QByteArray, disposition);
        QFETCH(QString, safeName);
        QFETCH(bool, executable);
        const QByteArray raw = "From: a@example.com\nContent-Type: multipart/mixed; boundary=x\n\n--x\n"
                               "Content-Type: text/plain\n\nhi\n--x\nContent-Type: application/octet-stream\n"
                               "Content-Disposition: " + disposition + "\n\nDATA\n--x--\n";
        auto m = Message::parse(raw);
        QVERIFY(m.ok());
        const auto atts = BodyExtractor::attachments(*m);
        QCOMPARE(atts.size(), 1);
        QCOMPARE(atts[0].fileName, safeName);
        QCOMPARE(atts[0].executable, executable);
        // Saving under the safe name stays inside the chosen folder.
        QTemporaryDir dir;
        const QString target = QDir(dir.path()).filePath(atts[0].fileName);
        QCOMPARE(QFileInfo(target).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    }

    // Not mail at all, or nothing: a message with an empty header and the bytes as one
    // part, never a crash.
    void forgedPlaceholderLineIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("marker");
        QTest::addColumn<bool>("honoured");
        QTest::newRow("written by this process") << Message::placeholderLine("not-downloaded", 5000) << true;
        QTest::newRow("from a sender, no token") << QByteArray("X-Pigeon-Part: not-downloaded; size=5000\r\n") << false;
        QTest::newRow("from a sender, guessed token")
            << QByteArray("X-Pigeon-Part: not-downloaded; size=5000; token=00000000000000000000000000000000\r\n")
            << false;
    }

    /// A mail that arrives with the marker line PartialMessage uses for parts not yet
    /// fetched must not hide its real attachment behind "not downloaded".
    void forgedPlaceholderLineIsIgnored()
    {
        QFETCH(QByteArray, marker);
        QFETCH(bool, honoured);
        const QByteArray raw = "From: a@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                               "Content-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\n"
            + marker
            + "Content-Type: application/pdf; name=\"r.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
              "UERGLWlzaA==\r\n--b--\r\n";
        const auto m = Message::parse(raw);
        QVERIFY(m);
        QCOMPARE(m->root().children.size(), size_t(2));
        const MimePart &pdf = m->root().children.at(1);
        QCOMPARE(pdf.contentState == MimePart::ContentState::NotDownloaded, honoured);
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\xD0\xCF\x11\xE0\0\0\x01\x02garbage\0\r\r\n", 18);
        QTest::newRow("only header") << QByteArray("Subject: x");
        QTest::newRow("unterminated multipart") << QByteArray("Content-Type: multipart/mixed; boundary=q\n\n--q\n"
                                                              "Content-Type: text/plain\n\nstart");
        QTest::newRow("boundary never starts") << QByteArray("Content-Type: multipart/alternative; boundary=q\n\nplain");
        QTest::newRow("multipart without boundary") << QByteArray("Content-Type: multipart/mixed\n\n--a\n\nx\n--a--\n");
    }
    void garbage()
    {
        QFETCH(QByteArray, raw);
        auto m = Message::parse(raw);
        QVERIFY(m.ok());
        BodyExtractor::extract(*m);
        for (const AttachmentInfo &a : BodyExtractor::attachments(*m)) {
            QBuffer sink;
            sink.open(QIODevice::WriteOnly);
            QVERIFY(m->writeContent(a.partId, &sink).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
