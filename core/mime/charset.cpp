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
#include <optional>
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

/// Whether @p text contains @p lowerNeedle with ASCII letters of either case, as
/// text.toLower().contains(lowerNeedle) would say, without the copy.
bool containsAsciiNoCase(QByteArrayView text, QByteArrayView lowerNeedle)
{
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; };
    for (qsizetype i = 0; i + lowerNeedle.size() <= text.size(); ++i) {
        qsizetype k = 0;
        while (k < lowerNeedle.size() && lower(text[i + k]) == lowerNeedle[k])
            ++k;
        if (k == lowerNeedle.size())
            return true;
    }
    return false;
}

bool isAsciiTransparent(QByteArrayView cs)
{
    // Every exception below starts with i, u or h: most labels are settled by one byte.
    if (cs.isEmpty() || !std::strchr("iIuUhH", cs.front()))
        return true;
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

/// The length of the well-formed UTF-8 sequence (RFC 3629 §4) that starts with the
/// non-ASCII byte at @p p, its code point in @p cp; 0 when it is broken, overlong, a
/// surrogate or beyond U+10FFFF.
int utf8Sequence(const uchar *p, const uchar *end, char32_t *cp)
{
    const uchar c = *p;
    int len;
    char32_t v;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < len)
        return 0;
    for (int k = 1; k < len; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[k] & 0x3F);
    }
    if ((len == 3 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)))
        return 0;
    *cp = v;
    return len;
}

/// The standard UTF-16 form of @p bytes when they are well-formed UTF-8 (RFC 3629 §4),
/// written straight into the result; false for anything else. Nearly every encoded word
/// is valid UTF-8: this replaces a validating pass followed by a converting one. Like
/// QString::fromUtf8, one leading byte order mark is dropped.
bool decodeValidUtf8(QByteArrayView bytes, QString *out)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        p += 3;
    QString text(end - p, Qt::Uninitialized); // never more UTF-16 units than bytes
    char16_t *w = reinterpret_cast<char16_t *>(text.data());
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            *w++ = c;
            ++p;
            continue;
        }
        // Two-byte sequences (Cyrillic, Greek, Arabic, Latin accents) inline: the
        // commonest by far in the names and subjects of a listing.
        if (c >= 0xC2 && c <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
            *w++ = char16_t((c & 0x1F) << 6 | (p[1] & 0x3F));
            p += 2;
            continue;
        }
        char32_t cp;
        const int len = utf8Sequence(p, end, &cp);
        if (len == 0)
            return false;
        if (cp >= 0x10000) {
            *w++ = char16_t(0xD800 + ((cp - 0x10000) >> 10));
            *w++ = char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            *w++ = char16_t(cp);
        }
        p += len;
    }
    text.truncate(w - reinterpret_cast<const char16_t *>(text.constData()));
    *out = std::move(text);
    return true;
}

/// A charset's decoding of each single byte, when ICU decodes it byte by byte with no
/// context (windows-125x, KOI8-R, ISO-8859-x...): a table lookup per byte gives the very
/// code units ICU would, without a converter call. Verified when built: each byte
/// decodes to one unit, and the whole range in both orders decodes to the units of its
/// bytes (a multi-byte or stateful charset fails this and keeps using ICU).
using ByteTable = std::array<char16_t, 256>;

std::optional<ByteTable> singleByteTable(QStringDecoder &decoder)
{
    ByteTable table;
    for (int b = 0; b < 256; ++b) {
        decoder.resetState();
        const char byte = char(b);
        const QString one = decoder.decode(QByteArrayView(&byte, 1));
        if (one.size() != 1)
            return std::nullopt;
        table[size_t(b)] = one.front().unicode();
    }
    QByteArray up(256, Qt::Uninitialized), down(256, Qt::Uninitialized);
    for (int b = 0; b < 256; ++b) {
        up[b] = char(b);
        down[b] = char(255 - b);
    }
    for (const QByteArray &run : {up, down}) {
        decoder.resetState();
        const QString text = decoder.decode(run);
        if (text.size() != run.size())
            return std::nullopt;
        for (qsizetype i = 0; i < run.size(); ++i) {
            if (text[i].unicode() != table[uchar(run[i])])
                return std::nullopt;
        }
    }
    return table;
}

void dropLeadingBom(QString &text)
{
    // A leading BOM says nothing the reader needs to see.
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
}

QString decodeKnown(QByteArrayView bytes, const QByteArray &label)
{
    if (label == "UTF-8") { // the common case, without an ICU converter
        QString out;
        if (!decodeValidUtf8(bytes, &out))
            out = QString::fromUtf8(bytes);
        dropLeadingBom(out);
        return out;
    }
    // Creating an ICU converter costs more than decoding a header value with it, and a
    // mailbox listing decodes thousands in a handful of charsets: keep one stateless
    // decoder per charset and thread, with its byte table when it has one.
    struct Known
    {
        QByteArray name;
        std::unique_ptr<QStringDecoder> decoder;
        std::optional<ByteTable> table;
    };
    thread_local std::vector<Known> decoders;
    Known *known = nullptr;
    for (Known &k : decoders) {
        if (k.name == label)
            known = &k;
    }
    if (!known) {
        if (decoders.size() >= 32)
            decoders.erase(decoders.begin());
        auto decoder = std::make_unique<QStringDecoder>(label.constData(), QStringDecoder::Flag::Stateless);
        std::optional<ByteTable> table = decoder->isValid() ? singleByteTable(*decoder) : std::nullopt;
        decoders.push_back(Known{label, std::move(decoder), std::move(table)});
        known = &decoders.back();
    }
    QString out;
    if (known->table) {
        out = QString(bytes.size(), Qt::Uninitialized);
        char16_t *w = reinterpret_cast<char16_t *>(out.data());
        for (const char c : bytes)
            *w++ = (*known->table)[uchar(c)];
    } else {
        known->decoder->resetState(); // stateful charsets (ISO-2022-JP) must start each value afresh
        out = known->decoder->decode(bytes);
    }
    dropLeadingBom(out);
    return out;
}

/// The broken sequences in @p bytes; with @p firstOnly, stops at the first (0 or 1).
int utf8Errors(QByteArrayView bytes, int *multiByte, bool firstOnly = false)
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
        char32_t cp;
        const int len = utf8Sequence(p + i, p + n, &cp);
        const bool ok = len > 0;
        if (ok) {
            ++good;
            i += len;
        } else {
            ++errors;
            ++i;
            if (firstOnly)
                break;
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
    // Legacy 8-bit text is usually told apart at its first letter.
    return utf8Errors(bytes, nullptr, true) == 0;
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
            // Nearly always well-formed: decoded in the same pass that checks it.
            if (QString text; decodeValidUtf8(bytes, &text)) {
                if (used)
                    *used = label;
                dropLeadingBom(text);
                return text;
            }
            int multiByte = 0;
            const int errors = utf8Errors(bytes, &multiByte);
            // Mislabelled legacy text: far more broken than valid sequences.
            if (errors > 0 && multiByte <= 2 * errors)
                label = detect(bytes, hint);
        } else if (containsAsciiNoCase(declared, "ascii")) {
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
