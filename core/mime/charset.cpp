// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/charset.h"

#include <QHash>
#include <QMutex>
#include <QStringDecoder>
#include <QStringView>

#include <array>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

namespace Pigeon::Mime {

namespace {

// Labels whose decoding mature clients (and the WHATWG Encoding standard) widen: mail
// labelled iso-8859-1 routinely contains windows-1252 quotes, and so on.
QByteArray widen(const QByteArray &lower)
{
    static const QHash<QByteArray, QByteArray> map = {
        {"us-ascii", "windows-1252"},      {"ascii", "windows-1252"},
        {"ansi_x3.4-1968", "windows-1252"}, {"iso-8859-1", "windows-1252"},
        {"iso8859-1", "windows-1252"},     {"iso_8859-1", "windows-1252"},
        {"latin1", "windows-1252"},        {"l1", "windows-1252"},
        {"cp1252", "windows-1252"},        {"iso-8859-9", "windows-1254"},
        {"iso-8859-11", "windows-874"},    {"tis-620", "windows-874"},
        {"gb2312", "GBK"},                 {"gb_2312-80", "GBK"},
        {"x-gbk", "GBK"},                  {"ks_c_5601-1987", "windows-949"},
        {"euc-kr", "windows-949"},         {"ks_c_5601", "windows-949"},
        {"utf8", "UTF-8"},                 {"unicode-1-1-utf-8", "UTF-8"},
        {"x-unicode20utf8", "UTF-8"},      {"iso-8859-8-i", "ISO-8859-8"},
        {"cp-850", "IBM850"},              {"x-mac-roman", "macintosh"},
        {"win-1251", "windows-1251"},      {"cp-1251", "windows-1251"},
    };
    return map.value(lower);
}

int replacementCount(QByteArrayView bytes, const QByteArray &label)
{
    const QString text = QStringDecoder(label.constData(), QStringDecoder::Flag::Stateless).decode(bytes);
    return int(text.count(QChar(0xFFFD)));
}

// ICU's own spelling of a label ("koi8_r" -> "KOI8-R"), or empty when ICU does not know
// it. Opening an ICU converter costs microseconds, and the message list decodes
// thousands of headers: the verdict is cached per label.
QByteArray icuCanonical(const QByteArray &label)
{
    static QMutex mutex;
    static QHash<QByteArray, QByteArray> known;
    QMutexLocker lock(&mutex);
    auto it = known.constFind(label);
    if (it != known.constEnd())
        return *it;
    QByteArray canonical;
    QStringDecoder decoder(label.constData());
    if (decoder.isValid()) {
        const char *name = decoder.name();
        canonical = (name && *name) ? QByteArray(name) : label;
    }
    if (known.size() < 1024) // labels come from strangers: bound the cache
        known.insert(label, canonical);
    return canonical;
}

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool isAsciiTransparent(QByteArrayView cs)
{
    // Charsets whose ASCII range is not plain ASCII bytes need decoding even when the
    // bytes look 7-bit (ISO-2022-JP escapes, UTF-7, UTF-16).
    return !(startsWithNoCase(cs, "iso-2022") || startsWithNoCase(cs, "utf-7") || startsWithNoCase(cs, "utf-16")
             || startsWithNoCase(cs, "utf-32") || cs.compare("hz-gb-2312", Qt::CaseInsensitive) == 0);
}

QByteArray normaliseUncached(QByteArrayView label);

struct Candidate
{
    const char *name;
    int prior; // small bias: more common charsets win ties
};

// Single-byte charsets that account for almost all undeclared 8-bit mail in the
// languages we ship for (Polish, Russian, Persian) and Western Europe.
constexpr std::array<Candidate, 7> candidates{{
    {"windows-1252", 3},
    {"windows-1251", 2},
    {"KOI8-R", 1},
    {"windows-1250", 1},
    {"ISO-8859-2", 0},
    {"windows-1256", 1},
    {"ISO-8859-5", -1},
}};

bool isFrequentLetter(char32_t c)
{
    // The most frequent non-ASCII letters of Russian/Ukrainian/Bulgarian, Arabic/Persian,
    // Polish/Czech and Western European text. A right guess produces many of these.
    static const QString frequent = QStringLiteral(
        "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфё"
        "ابتدرسلمنهويکیگ"
        "ąęłńóśźżćěščřžýáíéůőű"
        "éèàüöäçñßêâîôûëï");
    return frequent.contains(QChar(char16_t(c)));
}

// Scores a decoding: plausible letters up, control/undefined/symbol noise down, and
// lower-case followed by upper-case inside a word (the tell-tale of KOI8-R read as
// windows-1251 or the reverse) down.
int plausibility(QStringView text)
{
    int score = 0;
    QChar prev;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            prev = c;
            continue;
        }
        if (u == 0xFFFD || (u >= 0x80 && u < 0xA0) || c.category() == QChar::Other_PrivateUse
            || c.category() == QChar::Other_NotAssigned) {
            score -= 10;
        } else if (c.isLetter()) {
            score += isFrequentLetter(c.toLower().unicode()) ? 3 : 1;
            if (c.isUpper() && prev.isLetter() && prev.isLower())
                score -= 4;
        } else if (u == 0xA0 || u == 0x2013 || u == 0x2014 || u == 0x201C || u == 0x201D
                   || u == 0x2019 || u == 0x2026 || u == 0xAB || u == 0xBB) {
            // NBSP, dashes, quotes, ellipsis: common punctuation in every candidate.
        } else {
            score -= 2; // box drawing, currency, math signs: rare in real text
        }
        prev = c;
    }
    return score;
}

QString decodeKnown(QByteArrayView bytes, const QByteArray &label)
{
    if (label == "UTF-8") { // the common case, without an ICU converter
        QString out = QString::fromUtf8(bytes);
        if (out.startsWith(QChar(0xFEFF)))
            out.remove(0, 1);
        return out;
    }
    // Creating an ICU converter costs more than decoding a header value with it, and a
    // mailbox listing decodes thousands in a handful of charsets: keep one stateless
    // decoder per charset and thread.
    thread_local std::vector<std::pair<QByteArray, std::unique_ptr<QStringDecoder>>> decoders;
    QStringDecoder *decoder = nullptr;
    for (const auto &[name, d] : decoders) {
        if (name == label)
            decoder = d.get();
    }
    if (!decoder) {
        if (decoders.size() >= 32)
            decoders.erase(decoders.begin());
        decoders.emplace_back(label, std::make_unique<QStringDecoder>(label.constData(), QStringDecoder::Flag::Stateless));
        decoder = decoders.back().second.get();
    }
    decoder->resetState(); // stateful charsets (ISO-2022-JP) must start each value afresh
    QString out = decoder->decode(bytes);
    // A leading BOM says nothing the reader needs to see.
    if (out.startsWith(QChar(0xFEFF)))
        out.remove(0, 1);
    return out;
}

int utf8Errors(QByteArrayView bytes, int *multiByte)
{
    int errors = 0;
    int good = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        }
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (ok && ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
                   || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))))
            ok = false;
        if (ok) {
            ++good;
            i += len;
        } else {
            ++errors;
            ++i;
        }
    }
    if (multiByte)
        *multiByte = good;
    return errors;
}

QByteArray detectMislabelled(QByteArrayView bytes, const QByteArray &label, QByteArrayView hint)
{
    if (Charset::isValidUtf8(bytes))
        return "UTF-8";
    QList<QByteArray> family;
    const QByteArray l = label.toLower();
    if (l.contains("jp"))
        family = {"EUC-JP", "Shift_JIS"};
    else if (l.contains("kr"))
        family = {"windows-949"};
    else if (l.contains("cn") || l.startsWith("hz"))
        family = {"GB18030"};
    QByteArray best;
    int bestErrors = INT_MAX;
    for (const QByteArray &f : family) {
        const int errors = replacementCount(bytes, f);
        if (errors < bestErrors) {
            bestErrors = errors;
            best = f;
        }
    }
    return best.isEmpty() ? Charset::detect(bytes, hint) : best;
}

} // namespace

bool Charset::isAscii(QByteArrayView bytes)
{
    // Eight bytes per step: most values are ASCII and read to the end.
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    for (; n >= 8; p += 8, n -= 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; n > 0; ++p, --n) {
        if (static_cast<unsigned char>(*p) >= 0x80)
            return false;
    }
    return true;
}

bool Charset::isValidUtf8(QByteArrayView bytes)
{
    return utf8Errors(bytes, nullptr) == 0;
}

QByteArray Charset::normalise(QByteArrayView label)
{
    // Every encoded word names its charset, and a header listing names the same few
    // thousands of times: the last verdicts are kept per thread, keyed by the label's
    // exact bytes (the result depends on nothing else).
    struct Verdict {
        QByteArray label;
        QByteArray normalised;
    };
    thread_local std::array<Verdict, 8> recent;
    thread_local size_t next = 0;
    if (label.isEmpty() || label.size() > 64)
        return normaliseUncached(label);
    for (const Verdict &v : recent) {
        if (v.label == label)
            return v.normalised;
    }
    QByteArray result = normaliseUncached(label);
    recent[next] = Verdict{label.toByteArray(), result};
    next = (next + 1) % recent.size();
    return result;
}

namespace {

QByteArray normaliseUncached(QByteArrayView label)
{
    QByteArray l = label.trimmed().toByteArray().toLower();
    // Damage seen in the wild: quotes left in, a QP "=3D" that lost its "=", a
    // trailing "=" or ";", RFC 2231 language suffix ("utf-8*en").
    while (!l.isEmpty() && (l.front() == '"' || l.front() == '\''))
        l.remove(0, 1);
    while (!l.isEmpty() && (l.back() == '"' || l.back() == '\'' || l.back() == '=' || l.back() == ';'))
        l.chop(1);
    if (l.startsWith("3d"))
        l.remove(0, 2);
    if (const qsizetype star = l.indexOf('*'); star >= 0)
        l.truncate(star);
    if (l.isEmpty() || l.size() > 64)
        return {};
    const QByteArray wide = widen(l);
    if (!wide.isEmpty())
        return wide;
    if (const QByteArray canonical = icuCanonical(l); !canonical.isEmpty())
        return canonical;
    // "windows1250", "cp1250", "win1250" -> windows-1250
    for (const char *prefix : {"windows", "cp", "win"}) {
        if (l.startsWith(prefix)) {
            QByteArray digits = l.mid(qstrlen(prefix));
            if (digits.startsWith('-'))
                digits.remove(0, 1);
            bool ok = false;
            digits.toInt(&ok);
            if (ok) {
                const QByteArray name = icuCanonical("windows-" + digits);
                if (!name.isEmpty())
                    return name;
            }
        }
    }
    return {};
}

} // namespace

QByteArray Charset::detect(QByteArrayView bytes, QByteArrayView hint)
{
    int multiByte = 0;
    const int errors = utf8Errors(bytes, &multiByte);
    if (errors == 0)
        return "UTF-8";
    if (!hint.isEmpty()) {
        const QByteArray h = normalise(hint);
        // A hint of UTF-8 for text that is not UTF-8 is no hint at all.
        if (!h.isEmpty() && h != "UTF-8" && isAsciiTransparent(h))
            return h;
    }
    // Mostly valid UTF-8 with a stray broken sequence is still UTF-8.
    if (multiByte > 2 * errors)
        return "UTF-8";
    QByteArray best = "windows-1252";
    int bestScore = INT_MIN;
    for (const Candidate &c : candidates) {
        const QString text = decodeKnown(bytes, c.name);
        const int score = plausibility(text) * 4 + c.prior;
        if (score > bestScore) {
            bestScore = score;
            best = c.name;
        }
    }
    return best;
}

QString Charset::decodeWith(QByteArrayView bytes, QByteArrayView charset)
{
    const QByteArray label = normalise(charset);
    if (label.isEmpty())
        return decodeKnown(bytes, detect(bytes));
    return decodeKnown(bytes, label);
}

QString Charset::decode(QByteArrayView bytes, QByteArrayView declared, QByteArrayView hint,
                        QByteArray *used)
{
    QByteArray label = normalise(declared);
    const bool eightBit = !isAscii(bytes);
    if (label.isEmpty()) {
        label = eightBit ? detect(bytes, hint) : QByteArray("UTF-8");
    } else if (eightBit) {
        if (label == "UTF-8") {
            int multiByte = 0;
            const int errors = utf8Errors(bytes, &multiByte);
            // Mislabelled legacy text: far more broken than valid sequences.
            if (errors > 0 && multiByte <= 2 * errors)
                label = detect(bytes, hint);
        } else if (declared.toByteArray().toLower().contains("ascii")) {
            // "us-ascii" with 8-bit bytes declares nothing useful.
            label = detect(bytes, hint);
        } else if (!isAsciiTransparent(label)) {
            // A 7-bit charset (ISO-2022-JP, UTF-7) with 8-bit content is mislabelled:
            // Japanese mailers did this with EUC-JP and Shift_JIS for years.
            if (!label.startsWith("UTF-16") && !label.startsWith("UTF-32"))
                label = detectMislabelled(bytes, label, hint);
        } else if (isValidUtf8(bytes)) {
            // Valid UTF-8 under a legacy label: real legacy text almost never forms
            // valid multi-byte sequences, while mailers that send UTF-8 labelled
            // ISO-8859-1 are common.
            label = "UTF-8";
        }
    } else if (isAsciiTransparent(label)) {
        // Pure ASCII decodes the same in every ASCII-compatible charset.
        if (used)
            *used = label;
        return QString::fromLatin1(bytes.data(), bytes.size());
    }
    if (used)
        *used = label;
    return decodeKnown(bytes, label);
}

} // namespace Pigeon::Mime
