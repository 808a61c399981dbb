// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The shared real-world corpus (../shared/corpus, see its README): every message parses,
// and the interesting ones decode to what a person reading the file sees. Expected
// values were read from the files (decoding their encoded words and bodies by hand and
// with an independent parser), not copied from this code's output.
#include "mime/bodyextractor.h"
#include "mime/charset.h"
#include "mime/headerdecoder.h"
#include "mime/message.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>

using namespace Pigeon::Mime;

namespace {

QString corpus(const QString &relative)
{
    return QStringLiteral(PIGEON_CORPUS_DIR "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString firstLine(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return QString();
}

/// Messages of an mbox file, split at "From " lines after an empty line (mboxo/mboxrd).
QList<QByteArray> splitMbox(const QByteArray &mbox)
{
    QList<QByteArray> out;
    qsizetype start = mbox.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype from = start;
    while (true) {
        const qsizetype next = mbox.indexOf("\n\nFrom ", from);
        if (next < 0) {
            out.append(mbox.mid(start));
            return out;
        }
        out.append(mbox.mid(start, next + 1 - start));
        start = next + 2;
        from = start;
    }
}

// UTF-8 read as windows-1252/latin1 ("Ã©", "Ð¾", "Ñ‚"): the classic mojibake.
const QRegularExpression mojibake(QStringLiteral("[ÃÂÐÑ][\\x{0080}-\\x{00BF}\\x{2018}-\\x{203A}\\x{0152}-\\x{0178}]"));

// Files whose bytes themselves are broken, so a replacement character or a
// mojibake-looking sequence is the faithful result (checked by hand, reason given).
const QStringList knownBroken = {
    // Subject and body are Big5 already double-encoded as Latin-1->UTF-8 in the file.
    QStringLiteral("broken/cte-empty-big5-raw-subject.eml"),
    // The file contains literal U+FFFD characters (EF BF BD) in From and Subject.
    QStringLiteral("broken/must-supply-encoding-binary-multipart.eml"),
    // Random 8-bit garbage in Subject/To of a crafted message.
    QStringLiteral("broken/raw-utf8-headers-no-boundary.eml"),
    // The UTF-8 part quotes Latin-1 text ("Det h=E4r") that is invalid UTF-8.
    QStringLiteral("charsets/hu-utf8-subject-windows-live-mail.eml"),
    // QP body has "=D1=66": a truncated UTF-8 sequence in the source.
    QStringLiteral("charsets/ru-utf8-spam-qp-on-multipart.eml"),
    // The attachment name is an encoded word with an invalid byte (the point of the file).
    QStringLiteral("headers/filename-broken-encoded-word.eml"),
};

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("index");
        QTest::addColumn<QByteArray>("raw");
        QDirIterator it(QStringLiteral(PIGEON_CORPUS_DIR), {QStringLiteral("*.eml"), QStringLiteral("*.mbox")},
                        QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = path.mid(qstrlen(PIGEON_CORPUS_DIR) + 1);
            const QByteArray bytes = readFile(path);
            const QList<QByteArray> messages = path.endsWith(QLatin1String(".mbox")) ? splitMbox(bytes)
                                                                                   : QList<QByteArray>{bytes};
            for (int i = 0; i < messages.size(); ++i)
                QTest::addRow("%s#%d", qPrintable(rel), i) << rel << i << messages[i];
            ++files;
        }
        QVERIFY2(files >= 129, "the shared corpus is missing (PIGEON_CORPUS_DIR)");
    }
    void everyMessage()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, raw);
        auto parsed = Message::parse(raw);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        const Message &m = parsed.value();

        // Everything the reader touches: both body preferences, every attachment.
        QStringList texts{m.summary().subject};
        for (const Mailbox &a : m.summary().from + m.summary().to + m.summary().cc)
            texts << a.name;
        const DisplayBody plain = BodyExtractor::extract(m, {false, {}});
        const DisplayBody html = BodyExtractor::extract(m, {true, {}});
        texts << plain.plainText();
        QVERIFY(html.segments.size() <= qMax<qsizetype>(1, plain.segments.size()) + 8);
        for (const AttachmentInfo &a : BodyExtractor::attachments(m)) {
            texts << a.fileName;
            QVERIFY(!a.fileName.contains(QLatin1Char('/')));
            QBuffer sink;
            sink.open(QIODevice::WriteOnly);
            QVERIFY(m.writeContent(a.partId, &sink).ok());
        }

        // The fast header path agrees with the full parse on what the list shows.
        const HeaderSummary fast = HeaderSummary::fromHeaderBlock(raw);
        QCOMPARE(fast.messageId, m.summary().messageId);
        QCOMPARE(fast.date, m.summary().date);
        QCOMPARE(fast.from.size(), m.summary().from.size());
        if (Charset::isAscii(headerValue(m.headers(), "Subject")))
            QCOMPARE(fast.subject, m.summary().subject);

        if (knownBroken.contains(file))
            return;
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(QChar(0xFFFD)), qPrintable(QStringLiteral("replacement character in ") + file));
        const auto hit = mojibake.match(all);
        QVERIFY2(!hit.hasMatch(), qPrintable(QStringLiteral("mojibake '%1' in %2").arg(hit.captured(), file)));
    }

    void interesting_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("fromAddress");
        QTest::addColumn<int>("attachments");
        QTest::addColumn<QString>("firstLine");
        // Polish: windows-1250 Q-encoded subject split over two words, 0x9F = "ź".
        QTest::newRow("pl windows-1250") << "charsets/pl-windows-1250-subject-iso-2022-jp-body.eml"
            << "Automatyczna odpowiedź: Piotrze, test z 6 miesięcy nauki ciągle na Ciebie czeka"
            << "" << "" << 0 << "toto";
        // Russian.
        QTest::newRow("ru windows-1251 8bit") << "charsets/ru-windows-1251-8bit.eml"
            << "Тестовое сообщение в кодировке windows-1251" << "Viktor Gedzenko"
            << "foxinushkatest@gmail.com" << 0 << "Тестовое сообщение в кодировке windows-1251";
        QTest::newRow("ru koi8-r qp + tnef") << "charsets/ru-koi8-r-qp-plus-tnef.eml" << "rr test 7"
            << "RR Tester 1" << "rrtest1@xink.io" << 1 << "шостий";
        QTest::newRow("ru koi8_r alias") << "charsets/ru-koi8_r-alias-youtube.eml"
            << "Comment posted on \"Что лучше Android или iOS..?!\"" << "YouTube Service"
            << "noreply@youtube.com" << 0 << "MEHANIK8888 has made a comment on Что лучше Android или iOS..?!:";
        QTest::newRow("ru raw 8-bit subject") << "charsets/ru-windows-1251-raw-8bit-subject.eml"
            << "Рассылка: Уведомление участникам тендеров" << "" << "ngd@mail.uz" << 0
            << "Рассылка c сайта: www.neftgazdepozit.uz";
        QTest::newRow("ru/en utf-8 qp") << "charsets/ru-en-utf8-qp.eml"
            << "Simple text. How are you? Как ты поживаешь?" << "Hello" << "hello@example.com" << 0
            << "This line is in English";
        QTest::newRow("ru 1251 + forwarded eml") << "charsets/ru-windows-1251-8bit-with-forwarded-eml.eml"
            << "S19 IZM A7-342" << "Каукин Владимир" << "k1@yandex.ru" << 1 << "SCR";
        QTest::newRow("ru bad time, 1251 word in quotes") << "broken/raw-email-bad-time-ru.eml"
            << "[0]: XXXXXXX XXXXX XXXXX !" << "Атиковa" << "yusuf75thu@auracom.net" << 0
            << "Filter2: This message has been scanned for viruses and";
        QTest::newRow("ru yandex related") << "charsets/ru-utf8-yandex-related.eml"
            << "Соберите всю почту в этот ящик" << "Яндекс" << "hello@yandex.ru" << 1 << "Здравствуйте!";
        QTest::newRow("ru text in gb2312") << "charsets/ru-text-in-gb2312.eml" << "REGGI" << "Иван Винников"
            << "iv@reggi.ru" << 0 << "Эльдар, Руслан,";
        QTest::newRow("ru base64 rfc822 attachments") << "structure/windows-1251-with-base64-rfc822-attachments.eml"
            << "eml attachments" << "Каукин Владимир" << "kaukinvk@yandex.ru" << 2 << "two attach";
        // Other scripts and structures.
        QTest::newRow("hu utf-8 words") << "charsets/hu-utf8-subject-windows-live-mail.eml"
            << "[PRJ-OTH] asdf  árvíztűrő tükörfúrógép" << "sendeär" << "sender@test.com" << 0
            << "This email will not be captured correctly by php-mime-mail-parser.";
        QTest::newRow("el html, charset only in meta") << "charsets/el-utf8-html.eml"
            << "Έκδοση μηνιαίου λογαριασμού  15/02/2011" << "" << "eBill@cosmote.gr" << 0 << "Αγαπητέ συνδρομητή,";
        QTest::newRow("de utf-7") << "charsets/de-utf-7-outlook.eml" << "Die Hasen und die Frösche (Microsoft Outlook 00)"
            << "Doug Sauder" << "doug@example.com" << 0 << "Die Hasen und die Frösche";
        QTest::newRow("ja iso-2022-jp") << "charsets/ja-iso-2022-jp-thunderbird.eml"
            << "日本語メールテスト (testing Japanese emails)" << "Atsushi Eno" << "x@x.com" << 0
            << "Let's see if both subject and body works fine...";
        QTest::newRow("ko euc-kr") << "charsets/ko-euc-kr-base64.eml" << "NOTE: 한국말로 하는 것" << "Jamis Buck"
            << "jamis@37signals.com" << 0 << "대부분의 마찬가지로, 우리는 하나님을 믿습니다.";
        QTest::newRow("zh gb18030") << "charsets/zh-gb18030.eml" << "哈哈" << "向左" << "wujyou@qq.com" << 0 << "哈哈";
        QTest::newRow("ten attachments") << "structure/ten-attachments-eml-client.eml"
            << "Email with 10 attachments and only plain text content part" << "Company Name" << "test@test.com"
            << 10 << "This is the plain text content of the email";
        QTest::newRow("328 attachments") << "structure/three-hundred-attachments.eml"
            << "test mail with more than 300 attachments" << "" << "test@example.com" << 328 << "test";
        QTest::newRow("100 levels") << "structure/nested-100-levels.eml" << "recursion test" << ""
            << "you@example.com" << 0 << "Hello from the deepest multipart level.";
    }
    void interesting()
    {
        QFETCH(QString, file);
        QFETCH(QString, subject);
        QFETCH(QString, fromName);
        QFETCH(QString, fromAddress);
        QFETCH(int, attachments);
        QFETCH(QString, firstLine);
        auto parsed = Message::parseFile(corpus(file));
        QVERIFY(parsed.ok());
        const Message &m = parsed.value();
        QCOMPARE(m.summary().subject, subject);
        QCOMPARE(m.summary().from.value(0).name, fromName);
        QCOMPARE(m.summary().from.value(0).address, fromAddress);
        QCOMPARE(BodyExtractor::attachments(m).size(), attachments);
        QCOMPARE(::firstLine(BodyExtractor::extract(m).plainText()), firstLine);
        // parse() from memory and parseFile() agree.
        auto fromMemory = Message::parse(readFile(corpus(file)));
        QVERIFY(fromMemory.ok());
        QCOMPARE(fromMemory->summary().subject, subject);
    }

    void attachmentNames()
    {
        auto m = Message::parseFile(corpus(QStringLiteral("headers/rfc2231-unicode-filenames-nodemailer.eml")));
        QVERIFY(m.ok());
        QStringList names;
        for (const AttachmentInfo &a : BodyExtractor::attachments(*m))
            names << a.fileName;
        QVERIFY2(names.contains(QStringLiteral("nyan cat ✔.gif")), qPrintable(names.join(QLatin1Char(','))));
        auto eai = Message::parseFile(corpus(QStringLiteral("headers/eai-utf8-headers-rfc2231-lang-encoded-words.eml")));
        QVERIFY(eai.ok());
        QCOMPARE(eai->summary().subject.left(14), QStringLiteral("Domače omrežje"));
        QCOMPARE(BodyExtractor::attachments(*eai).value(0).fileName, QStringLiteral("документы для отдела кадров.pdf"));
    }

    void embeddedMessageName()
    {
        auto m = Message::parseFile(corpus(QStringLiteral("charsets/ru-windows-1251-8bit-with-forwarded-eml.eml")));
        QVERIFY(m.ok());
        const auto atts = BodyExtractor::attachments(*m);
        QCOMPARE(atts.size(), 1);
        QCOMPARE(atts[0].fileName, QStringLiteral("Message01.eml"));
        QCOMPARE(atts[0].mimeType, QByteArray("message/rfc822"));
        QVERIFY(atts[0].size > 0);
        auto bytes = m->content(atts[0].partId);
        QVERIFY(bytes.ok());
        QVERIFY(Message::parse(*bytes).ok());
    }

    void charsetOverride()
    {
        // The reader's "character encoding" menu: decoding KOI8-R mail as windows-1251
        // gives garbage, and switching back gives the text.
        auto m = Message::parseFile(corpus(QStringLiteral("charsets/ru-koi8-r-qp-plus-tnef.eml")));
        QVERIFY(m.ok());
        QCOMPARE(firstLine(BodyExtractor::extract(*m, {false, "windows-1251"}).plainText()) == QStringLiteral("шостий"), false);
        QCOMPARE(firstLine(BodyExtractor::extract(*m, {false, "koi8-r"}).plainText()), QStringLiteral("шостий"));
    }

    void alternativePreference()
    {
        auto m = Message::parseFile(corpus(QStringLiteral("charsets/ru-koi8_r-alias-youtube.eml")));
        QVERIFY(m.ok());
        const DisplayBody plain = BodyExtractor::extract(*m, {false, {}});
        const DisplayBody html = BodyExtractor::extract(*m, {true, {}});
        QCOMPARE(plain.segments.value(0).format, DisplayBody::Format::Plain);
        QCOMPARE(html.segments.value(0).format, DisplayBody::Format::Html);
        QVERIFY(html.segments.value(0).text.contains(QStringLiteral("Что лучше Android")));
        QVERIFY(plain.hasHtml && plain.hasPlain);
    }

    void imapPartNumbers()
    {
        // RFC 9051 §6.4.5 numbering, including inside an embedded message/rfc822.
        auto m = Message::parseFile(corpus(QStringLiteral("structure/rfc822-attachment-with-filename.eml")));
        QVERIFY(m.ok());
        QCOMPARE(m->root().partId, QStringLiteral("TEXT"));
        QVERIFY(m->part(u"1"));
        const MimePart *embedded = m->part(u"2");
        QVERIFY(embedded);
        QVERIFY(embedded->isMessage());
        QCOMPARE(embedded->children.size(), size_t(1));
        QCOMPARE(embedded->children[0].partId, QStringLiteral("2.TEXT"));
        QVERIFY(m->part(u"2.1"));
    }

    // No genuine Persian mail exists in the corpus (README "Known gaps"): these are
    // synthetic messages built here, in the encodings Persian mail arrives in.
    void persianSynthetic_data()
    {
        QTest::addColumn<QByteArray>("raw");
        const QString subject = QStringLiteral("گزارش ماهانه");
        const QString body = QStringLiteral("سلام علی جان، گزارش را پیوست کردم.");
        QString body1256 = body;
        body1256.replace(QChar(0x06CC), QChar(0x064A)); // windows-1256 has only the Arabic yeh
        QString subject1256 = subject;
        subject1256.replace(QChar(0x06CC), QChar(0x064A));
        QStringEncoder cp1256("windows-1256");
        QTest::newRow("utf-8 base64")
            << QByteArray("From: =?UTF-8?B?" + QStringLiteral("علی").toUtf8().toBase64() + "?= <ali@example.ir>\n"
                          "Subject: =?UTF-8?B?" + subject.toUtf8().toBase64() + "?=\n"
                          "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
                          + body.toUtf8().toBase64() + "\n");
        QTest::newRow("windows-1256 qp")
            << QByteArray("From: =?windows-1256?B?" + QByteArray(cp1256.encode(QStringLiteral("علی"))).toBase64()
                          + "?= <ali@example.ir>\nSubject: =?windows-1256?B?"
                          + QByteArray(cp1256.encode(subject1256)).toBase64() + "?=\n"
                          "Content-Type: text/plain; charset=windows-1256\n\n"
                          + QByteArray(cp1256.encode(body1256)) + "\n");
        QTest::newRow("windows-1256 undeclared")
            << QByteArray("From: ali@example.ir\nSubject: " + QByteArray(cp1256.encode(subject1256))
                          + "\n\n" + QByteArray(cp1256.encode(body1256)) + "\n");
    }
    void persianSynthetic()
    {
        QFETCH(QByteArray, raw);
        auto m = Message::parse(raw);
        QVERIFY(m.ok());
        QString subject = m->summary().subject;
        QString text = firstLine(BodyExtractor::extract(*m).plainText());
        subject.replace(QChar(0x064A), QChar(0x06CC));
        text.replace(QChar(0x064A), QChar(0x06CC));
        QCOMPARE(subject, QStringLiteral("گزارش ماهانه"));
        QCOMPARE(text, QStringLiteral("سلام علی جان، گزارش را پیوست کردم."));
        QCOMPARE(m->summary().from.value(0).address, QStringLiteral("ali@example.ir"));
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
