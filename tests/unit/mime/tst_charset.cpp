// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/charset.h"

#include <QStringEncoder>
#include <QTest>

using namespace Pigeon::Mime;

namespace {
const QString russian = QStringLiteral("Привет! Это тестовое письмо, проверка кодировки текста.");
const QString polish = QStringLiteral("Zażółć gęślą jaźń - pozdrawiam serdecznie, Łukasz");
const QString persian = QStringLiteral("سلام، این یک نامه آزمایشی برای بررسی رمزگذاری متن است");
const QString french = QStringLiteral("Très cordialement, à bientôt — l’équipe « été »");

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

    void iso2022jpSevenBit()
    {
        const QString japanese = QStringLiteral("こんにちは");
        QCOMPARE(Charset::decode(encode(japanese, "ISO-2022-JP"), "iso-2022-jp"), japanese);
    }
};

QTEST_GUILESS_MAIN(TestCharset)
#include "tst_charset.moc"
