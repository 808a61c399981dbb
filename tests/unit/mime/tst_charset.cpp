// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/charset.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace Pigeon::Mime;

namespace {
const QString russian = QStringLiteral("Привет! Это тестовое письмо, проверка кодировки текста.");
const QString polish = QStringLiteral("Zażółć gęślą jaźń - pozdrawiam serdecznie, Łukasz");
const QString persian = QStringLiteral("سلام، این یک نامه آزمایشی برای بررسی رمزگذاری متن است");
const QString french = QStringLiteral("Très cordialement, à bientôt — l’équipe « été »");

// What Charset's own decoders (a one-pass UTF-8 decoder, per-byte tables for
// single-byte charsets) must reproduce exactly: Qt's UTF-8 decoder and ICU's converter,
// then Charset's rule of dropping a leading byte order mark.
QString referenceDecode(QByteArrayView bytes, const QByteArray &label)
{
    QString out = label == "UTF-8"
        ? QString::fromUtf8(bytes)
        : QString(QStringDecoder(label.constData(), QStringDecoder::Flag::Stateless).decode(bytes));
    if (out.startsWith(QChar(0xFEFF)))
        out.remove(0, 1);
    return out;
}

// Edge cases of UTF-8 (RFC 3629 §4), random bytes, and the 8-bit bytes of the shared
// corpus's headers: raw lines and the payloads of base64 encoded words.
QList<QByteArray> byteSamples()
{
    QList<QByteArray> samples = {
        "", "plain", "\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xef\xbf\xbf", "\xed\x9f\xbf",
        "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xef\xbb\xbf" "BOM", "\xef\xbb\xbf\xef\xbb\xbf" "two",
        "\xef\xbb\xbf", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80",
        "\xed\xbf\xbf", "\xf0\x80\x80\x80", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff",
        "\x80", "a\xc3", "a\xe2\x82", "\xf0\x9f\x98", "\xc3\xa9\xbf", "x\xe2\x82\xacy\xf0\x9f\x98\x80z",
    };
    QByteArray all;
    for (int b = 0; b < 256; ++b) {
        samples << QByteArray(1, char(b));
        all += char(b);
    }
    samples << all;
    QRandomGenerator random(2026);
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes(random.bounded(1, 80), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(i % 2 ? 0x80 : 0, 256));
        samples << bytes;
    }
    static const QRegularExpression base64Word(QStringLiteral("=\\?[^?]+\\?[bB]\\?([^?]*)\\?="));
    QDirIterator it(QStringLiteral(PIGEON_CORPUS_DIR), {QStringLiteral("*.eml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray head = file.read(64 * 1024);
        for (const QByteArray &line : head.split('\n')) {
            if (line.trimmed().isEmpty())
                break;
            if (!Charset::isAscii(line))
                samples << line;
            auto words = base64Word.globalMatch(QString::fromLatin1(line));
            while (words.hasNext())
                samples << QByteArray::fromBase64(words.next().captured(1).toLatin1());
        }
    }
    return samples;
}

QByteArray encode(const QString &text, const char *charset)
{
    QStringEncoder e(charset);
    Q_ASSERT(e.isValid());
    return e.encode(text);
}
} // namespace

class TestCharset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalise_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("koi8_r alias") << QByteArray("koi8_r") << QByteArray("KOI8-R");
        QTest::newRow("quoted, upper") << QByteArray("\"UTF-8\"") << QByteArray("UTF-8");
        QTest::newRow("latin1 widened") << QByteArray("ISO-8859-1") << QByteArray("windows-1252");
        QTest::newRow("us-ascii widened") << QByteArray("us-ascii") << QByteArray("windows-1252");
        QTest::newRow("gb2312 as GBK") << QByteArray("gb2312") << QByteArray("GBK");
        QTest::newRow("outlook korean") << QByteArray("ks_c_5601-1987") << QByteArray("windows-949");
        QTest::newRow("cp1251") << QByteArray("cp1251") << QByteArray("windows-1251");
        QTest::newRow("win-1256 spelled oddly") << QByteArray("windows1256") << QByteArray("windows-1256");
        QTest::newRow("rfc2231 language") << QByteArray("utf-8*en") << QByteArray("UTF-8");
        QTest::newRow("QP-mangled") << QByteArray("3Dwindows-1251") << QByteArray("windows-1251");
        QTest::newRow("unknown") << QByteArray("x-unknown") << QByteArray();
        QTest::newRow("empty") << QByteArray("") << QByteArray();
    }
    void normalise()
    {
        QFETCH(QByteArray, label);
        QFETCH(QByteArray, expected);
        QCOMPARE(Charset::normalise(label), expected);
    }

    // Undeclared 8-bit text must come out readable, not as mojibake.
    void detect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        for (const char *cs : {"windows-1251", "KOI8-R", "ISO-8859-5", "UTF-8"})
            QTest::addRow("russian %s", cs) << encode(russian, cs) << russian;
        for (const char *cs : {"windows-1250", "ISO-8859-2", "UTF-8"})
            QTest::addRow("polish %s", cs) << encode(polish, cs) << polish;
        QTest::addRow("persian UTF-8") << encode(persian, "UTF-8") << persian;
        // windows-1256 has no Persian yeh (U+06CC); Persian mailers wrote the Arabic
        // yeh (U+064A) instead, which is what comes back.
        QString arabicYeh = persian;
        arabicYeh.replace(QChar(0x06CC), QChar(0x064A));
        QTest::addRow("persian windows-1256") << encode(arabicYeh, "windows-1256") << arabicYeh;
        QTest::addRow("french windows-1252") << encode(french, "windows-1252") << french;
        QTest::addRow("short russian koi8") << encode(QStringLiteral("Ответ на вопрос"), "KOI8-R")
                                            << QStringLiteral("Ответ на вопрос");
        QTest::addRow("short russian 1251") << encode(QStringLiteral("Ответ на вопрос"), "windows-1251")
                                            << QStringLiteral("Ответ на вопрос");
    }
    void detect()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Charset::decode(bytes, QByteArray()), text);
        // "us-ascii" on 8-bit text declares nothing useful either.
        QCOMPARE(Charset::decode(bytes, "us-ascii"), text);
    }

    void declaredCharsetWins()
    {
        QByteArray used;
        QCOMPARE(Charset::decode(encode(russian, "KOI8-R"), "koi8-r", {}, &used), russian);
        QCOMPARE(used, QByteArray("KOI8-R"));
        // The reader's override decodes exactly as asked, even against detection.
        const QByteArray cp1251 = encode(russian, "windows-1251");
        QVERIFY(Charset::decodeWith(cp1251, "koi8-r") != russian);
        QCOMPARE(Charset::decodeWith(cp1251, "windows-1251"), russian);
    }

    void hintForHeaders()
    {
        // Two words are too little to judge; the body's charset decides (Thunderbird's rule).
        const QByteArray bytes = encode(QStringLiteral("Żółw"), "ISO-8859-2");
        QCOMPARE(Charset::decode(bytes, QByteArray(), "iso-8859-2"), QStringLiteral("Żółw"));
    }

    void mislabelled_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("declared");
        QTest::addColumn<QString>("text");
        QTest::newRow("utf-8 labelled latin1") << encode(french, "UTF-8") << QByteArray("iso-8859-1") << french;
        QTest::newRow("1251 labelled utf-8") << encode(russian, "windows-1251") << QByteArray("utf-8") << russian;
        const QString japanese = QStringLiteral("日本語のテキストです。よろしくお願いします。");
        QTest::newRow("euc-jp labelled iso-2022-jp")
            << encode(japanese, "EUC-JP") << QByteArray("iso-2022-jp") << japanese;
        QTest::newRow("unknown label, utf-8 bytes") << encode(persian, "UTF-8") << QByteArray("x-unknown") << persian;
    }
    void mislabelled()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, declared);
        QFETCH(QString, text);
        QCOMPARE(Charset::decode(bytes, declared), text);
    }

    void brokenUtf8StaysUtf8()
    {
        // One bad byte in otherwise good UTF-8: keep UTF-8, show one replacement char.
        QByteArray bytes = encode(russian, "UTF-8");
        bytes.insert(10, '\xff');
        const QString out = Charset::decode(bytes, "utf-8");
        QCOMPARE(out.count(QChar(0xFFFD)), 1);
        QVERIFY(out.contains(QStringLiteral("тестовое письмо")));
    }

    void utf8MatchesQt()
    {
        const QList<QByteArray> samples = byteSamples();
        QVERIFY(samples.size() > 650); // the corpus gave its 100-odd samples
        for (const QByteArray &bytes : samples) {
            const QString expected = referenceDecode(bytes, "UTF-8");
            QCOMPARE(Charset::decodeWith(bytes, "UTF-8"), expected);
            if (Charset::isValidUtf8(bytes)) // decode() re-detects broken UTF-8
                QCOMPARE(Charset::decode(bytes, "utf-8"), expected);
        }
    }

    // Single-byte charsets decode through a table built from ICU; multi-byte and
    // stateful ones must be recognised as such and keep decoding through ICU.
    void charsetsMatchIcu_data()
    {
        QTest::addColumn<QByteArray>("charset");
        for (const char *cs : {"windows-1251", "KOI8-R", "KOI8-U", "ISO-8859-2", "ISO-8859-5", "windows-1256",
                               "windows-1252", "windows-1250", "windows-874", "ISO-8859-8", "ISO-8859-15",
                               "macintosh", "x-mac-cyrillic", "IBM850", "iso-8859-1", "Shift_JIS", "EUC-JP",
                               "GBK", "GB18030", "Big5", "ks_c_5601-1987", "ISO-2022-JP", "UTF-7", "UTF-16BE",
                               "UTF-16LE"})
            QTest::newRow(cs) << QByteArray(cs);
    }
    void charsetsMatchIcu()
    {
        QFETCH(QByteArray, charset);
        const QByteArray label = Charset::normalise(charset);
        QVERIFY(!label.isEmpty());
        for (const QByteArray &bytes : byteSamples())
            QCOMPARE(Charset::decodeWith(bytes, charset), referenceDecode(bytes, label));
    }

    void iso2022jpSevenBit()
    {
        const QString japanese = QStringLiteral("こんにちは");
        QCOMPARE(Charset::decode(encode(japanese, "ISO-2022-JP"), "iso-2022-jp"), japanese);
    }
};

QTEST_GUILESS_MAIN(TestCharset)
#include "tst_charset.moc"
