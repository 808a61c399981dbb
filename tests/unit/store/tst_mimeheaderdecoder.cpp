// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The header decoding a message list shows (Store::MimeHeaderDecoder and the core/mime
// decoder behind it) gives the same text for every header value of the shared corpus
// and for a set of odd values as recorded in data/mimeheaderdecoder.golden. The file
// was written by the decoder before its fast paths (plain ASCII taken as it is,
// encoded words decoded in place, charset labels remembered); any change of output
// fails here. To record a deliberate change: PIGEON_WRITE_GOLDEN=1 tst_mimeheaderdecoder.
#include "mime/headerdecoder.h"
#include "store/mimeheaderdecoder.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Pigeon;

namespace {

const char *const goldenPath = PIGEON_SOURCE_DIR "/tests/unit/store/data/mimeheaderdecoder.golden";

/// Values that hit the edges of each path: blanks the plain path must simplify, "=?"
/// that is not an encoded word, bare 8-bit bytes, words split over folding or over a
/// character, damaged labels, broken Q and B text, address syntax.
QList<QByteArray> oddValues()
{
    return {
        "",
        "plain subject",
        " leading blank",
        "trailing blank ",
        "two  blanks",
        "tab\there",
        "folded\r\n continuation",
        "folded\r\n\tby a tab",
        "lone\rCR and lone\nLF",
        "vertical\vtab and form\ffeed",
        "control\x01" "char and DEL\x7f",
        "word=?notencoded",
        "a=?b",
        "=?",
        "?=",
        "=?utf-8?q?caf=C3=A9?=",
        "x=?utf-8?q?caf=C3=A9?=y",
        "Re: =?utf-8?q?caf=C3=A9?= and more",
        "=?utf-8?b?w6k=?= =?utf-8?b?w6k=?=",
        "=?utf-8?b?xQ==?= =?utf-8?b?vA==?=",
        "=?utf-8?q?a?=\r\n =?utf-8?q?b?=",
        "=?utf-8?q?ab\r\n c?=",
        "=?utf-8?q?a?= x =?utf-8?q?b?=",
        "=?UTF-8?Q?x?= =?utf-8?q?y?=",
        "=?iso-8859-2?q?=B1?= =?koi8-r?b?8NLJ1w==?=",
        "=?iso-8859-1?q?=E9t=E9?=",
        "=?us-ascii?q?=E9?=",
        "=?utf-8*en?q?hi?=",
        "=?utf-8?q?a=zz_b=?=",
        "=?utf-8?q?trailing=?=",
        "=?utf-8?b?w6k*!?=",
        "=?utf-8?b?w6?=",
        "=?utf-8?q?" "?=",
        "=?utf-8?x?abc?=",
        "=?" "?q?abc?=",
        "=?x-unknown?q?abc?=",
        "=?x-unknown?b?6Q==?=",
        "=?\"utf-8\"?q?x?=",
        "=?3Dutf-8?q?x?=",
        "=?windows1250?q?=B9?=",
        "=?cp1251?b?z/Do4uXy?=",
        "=?iso-2022-jp?b?GyRCJEskWxsoQg==?=",
        "=?utf-8?q?line=0Abreak_and=09tab?=",
        "Caf\xc3\xa9",
        "Caf\xe9",
        "\xcf\xf0\xe8\xe2\xe5\xf2",
        "\xf0\xd2\xc9\xd7\xc5\xd4",
        "Re: \xe9t\xe9 =?iso-8859-1?q?=E9?=",
        "\xef\xbb\xbfwith BOM",
        "\"=?utf-8?q?J=C3=B3zef?=\" <j@x.pl>",
        "Name (comment) <a@b.c>",
        "=?koi8-r?b?8NLJ1w==?= <ivan@x.ru>",
        "=?koi8-r?b?8NLJ1w==?= =?koi8-r?b?8NLJ1w==?= <ivan@x.ru>",
        "=?koi8-r?b?8NLJ1w==?= <ivan@x.ru>, b@c.d",
        "a@b.c, c@d.e",
        "Group: a@b.c, c@d.e;",
        "Empty group:;",
        "\"Doe, John\" <j@d.e>",
        "\"Kowalski, Jan\xc5\x82\" <j@d.e>",
        "Jan \xc5\x81ukasz <jl@d.e>",
        "<bare@angle.addr>",
        "not an address at all",
        QByteArray(20000, 'a'),
        QByteArray("=?utf-8?q?") + QByteArray(17000, 'b') + "?=",
    };
}

/// Every header of a message, its value raw (folding kept), in order.
QList<std::pair<QByteArray, QByteArray>> headerFields(const QByteArray &message)
{
    QList<std::pair<QByteArray, QByteArray>> fields;
    qsizetype end = message.indexOf("\n\n");
    const qsizetype crlfEnd = message.indexOf("\r\n\r\n");
    if (end < 0 || (crlfEnd >= 0 && crlfEnd < end))
        end = crlfEnd;
    const QByteArray head = message.left(end < 0 ? message.size() : end);
    for (const QByteArray &line : head.split('\n')) {
        if (!fields.isEmpty() && (line.startsWith(' ') || line.startsWith('\t'))) {
            fields.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        fields.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1)});
    }
    return fields;
}

bool isAddressField(const QByteArray &name)
{
    return name == "from" || name == "to" || name == "cc" || name == "bcc" || name == "reply-to" || name == "sender";
}

struct Case {
    QByteArray id;
    QByteArray value;
    bool addresses = false;
};

QList<Case> cases()
{
    QList<Case> out;
    const QList<QByteArray> odd = oddValues();
    for (qsizetype i = 0; i < odd.size(); ++i)
        out.append({"odd/" + QByteArray::number(i), odd[i], true});
    QStringList files;
    QDirIterator it(QStringLiteral(PIGEON_CORPUS_DIR), {QStringLiteral("*.eml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    const QString root = QStringLiteral(PIGEON_CORPUS_DIR);
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray rel = path.mid(root.size() + 1).toUtf8();
        const auto fields = headerFields(f.readAll());
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const auto &[name, value] = fields[i];
            if (name == "subject" || name == "content-description" || name == "comments" || isAddressField(name)
                || value.contains("=?"))
                out.append({rel + '/' + QByteArray::number(i) + '/' + name, value, isAddressField(name)});
        }
    }
    return out;
}

/// One line per decoding of a case: id, decoder, the text as UTF-8 in hex (control
/// characters and blanks stay visible and the file stays ASCII); a long text by its
/// SHA-256, to keep the file small.
QByteArray decodeAll(const QList<Case> &all)
{
    const Store::MimeHeaderDecoder store;
    QByteArray out;
    auto line = [&out](const QByteArray &id, const char *how, const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        const QByteArray shown = utf8.size() > 100
            ? "sha256:" + QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex()
            : utf8.toHex();
        out += id + ' ' + how + ' ' + shown + '\n';
    };
    for (const Case &c : all) {
        line(c.id, "mime-text", Mime::HeaderDecoder::decodeText(c.value));
        line(c.id, "mime-text-hint", Mime::HeaderDecoder::decodeText(c.value, "windows-1251"));
        line(c.id, "store-text", store.decodeText(c.value));
        if (c.addresses) {
            line(c.id, "store-addresses", store.decodeAddresses(c.value));
            line(c.id, "store-addresses-full", Store::MimeHeaderDecoder::decodeAddressesFully(c.value));
            line(c.id, "mime-structured", QString::fromUtf8(Mime::HeaderDecoder::toUtf8Structured(c.value, {})));
        }
    }
    return out;
}

} // namespace

class TestMimeHeaderDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsRecorded();
    void plainValuesAsTheSlowPlainPath_data();
    void plainValuesAsTheSlowPlainPath();
    void base64AsQt();
};

void TestMimeHeaderDecoder::sameAsRecorded()
{
    const QList<Case> all = cases();
    QVERIFY2(all.size() > 300, "corpus not found: set PIGEON_CORPUS_DIR");
    const QByteArray now = decodeAll(all);
    // Twice: the remembered charset labels must not change a second decoding.
    QCOMPARE(decodeAll(all), now);
    if (qEnvironmentVariableIsSet("PIGEON_WRITE_GOLDEN")) {
        QFile f(QString::fromUtf8(goldenPath));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(now);
        return;
    }
    QFile f(QString::fromUtf8(goldenPath));
    QVERIFY2(f.open(QIODevice::ReadOnly), goldenPath);
    const QList<QByteArray> expected = f.readAll().split('\n');
    const QList<QByteArray> actual = now.split('\n');
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QCOMPARE(actual[i], expected[i]);
}

void TestMimeHeaderDecoder::plainValuesAsTheSlowPlainPath_data()
{
    QTest::addColumn<QByteArray>("raw");
    for (const QByteArray &v : oddValues()) {
        bool plain = !v.contains("=?");
        for (char c : v)
            plain = plain && uchar(c) < 0x80;
        if (plain)
            QTest::newRow(v.left(40).toHex().constData()) << v;
    }
}

void TestMimeHeaderDecoder::plainValuesAsTheSlowPlainPath()
{
    // ASCII with nothing to decode is unfolded and simplified; values that are already
    // so are taken as they are, which must come to the same text.
    QFETCH(QByteArray, raw);
    const QString expected = QString::fromLatin1(Store::HeaderDecoder::unfold(raw.left(16 * 1024))).simplified();
    QCOMPARE(Store::MimeHeaderDecoder().decodeText(raw), expected);
}

void TestMimeHeaderDecoder::base64AsQt()
{
    // The B decoder reads the value in place; its bytes must be those of Qt's lenient
    // QByteArray::fromBase64 (which it replaced), invalid characters, '=' in the
    // middle and partial groups included. The same bytes written as Q must decode to
    // the same text. Random text over the alphabet and a few strangers, fixed seed.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                                   "+/==-_*!.,~\"\x80\xff";
    QRandomGenerator random(20261123);
    for (int n = 0; n < 20000; ++n) {
        QByteArray text;
        const int length = int(random.bounded(48));
        for (int i = 0; i < length; ++i)
            text += alphabet[random.bounded(int(sizeof alphabet) - 1)];
        QByteArray q;
        for (char c : QByteArray::fromBase64(text))
            q += '=' + QByteArray(1, c).toHex().toUpper();
        for (const char *charset : {"utf-8", "iso-8859-1", "koi8-r"}) {
            const QByteArray b64 = "=?" + QByteArray(charset) + "?B?" + text + "?=";
            const QByteArray qp = "=?" + QByteArray(charset) + "?Q?" + q + "?=";
            QCOMPARE(Mime::HeaderDecoder::decodeText(b64), Mime::HeaderDecoder::decodeText(qp));
        }
    }
}

QTEST_GUILESS_MAIN(TestMimeHeaderDecoder)
#include "tst_mimeheaderdecoder.moc"
