// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/rfc5322date.h"

#include <climits>

namespace Pigeon::Store {

namespace {

/// The first three bytes, ASCII letters lower-cased (c | 0x20 maps exactly the letters
/// A-Z and a-z onto a-z), packed into one integer to compare with a word at once.
constexpr quint32 key3(const char *p)
{
    return quint32(uchar(p[0] | 0x20)) << 16 | quint32(uchar(p[1] | 0x20)) << 8 | quint32(uchar(p[2] | 0x20));
}

/// The same for a word of one to three bytes, its length in the top byte, so that
/// "ut" and "utc" differ. Equal keys mean equal words, ignoring the case of letters,
/// when the other word is all letters.
constexpr quint32 keyOf(QByteArrayView w)
{
    quint32 k = quint32(w.size()) << 24;
    for (qsizetype i = 0; i < w.size() && i < 3; ++i)
        k |= quint32(uchar(w[i] | 0x20)) << (16 - 8 * i);
    return k;
}

int monthIndex(QByteArrayView word)
{
    // Every Date header has a month and most a weekday that is tried as one first: a
    // header listing calls this twice per message, so no strncasecmp per month.
    static constexpr quint32 months[] = {key3("jan"), key3("feb"), key3("mar"), key3("apr"),
                                         key3("may"), key3("jun"), key3("jul"), key3("aug"),
                                         key3("sep"), key3("oct"), key3("nov"), key3("dec")};
    if (word.size() < 3)
        return 0;
    const quint32 k = key3(word.data());
    for (int i = 0; i < 12; ++i)
        if (months[i] == k)
            return i + 1;
    return 0;
}

/// Offset in minutes of a zone token, or INT_MIN if it is not one.
int zoneOffset(QByteArrayView z)
{
    if (z.size() == 5 && (z[0] == '+' || z[0] == '-')) {
        for (int i = 1; i < 5; ++i)
            if (z[i] < '0' || z[i] > '9')
                return INT_MIN;
        const int minutes = ((z[1] - '0') * 10 + (z[2] - '0')) * 60 + (z[3] - '0') * 10 + (z[4] - '0');
        return z[0] == '-' ? -minutes : minutes;
    }
    // RFC 5322 §4.3 obsolete zones; military zones are treated as unknown (+0000).
    // Compared as packed lower-cased bytes: the weekday of every Date header is tried
    // here too, and twelve strncasecmp calls per header showed in a listing's profile.
    struct Named { quint32 key; int minutes; };
    static constexpr Named named[] = {{keyOf("ut"), 0}, {keyOf("gmt"), 0}, {keyOf("utc"), 0}, {keyOf("z"), 0},
                                      {keyOf("est"), -300}, {keyOf("edt"), -240}, {keyOf("cst"), -360},
                                      {keyOf("cdt"), -300}, {keyOf("mst"), -420}, {keyOf("mdt"), -360},
                                      {keyOf("pst"), -480}, {keyOf("pdt"), -420}};
    if (z.isEmpty() || z.size() > 3)
        return INT_MIN;
    const quint32 k = keyOf(z);
    for (const Named &n : named)
        if (n.key == k)
            return n.minutes;
    return INT_MIN;
}

bool allDigits(QByteArrayView w)
{
    if (w.isEmpty())
        return false;
    for (char c : w)
        if (c < '0' || c > '9')
            return false;
    return true;
}

int toInt(QByteArrayView w)
{
    int v = 0;
    for (char c : w)
        v = v * 10 + (c - '0');
    return v;
}

bool parseTime(QByteArrayView w, int *h, int *m, int *s)
{
    // hh:mm[:ss]
    int parts[3] = {0, 0, 0};
    int n = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= w.size(); ++i) {
        if (i == w.size() || w[i] == ':') {
            const QByteArrayView p = w.sliced(start, i - start);
            if (!allDigits(p) || p.size() > 2 || n >= 3)
                return false;
            parts[n++] = toInt(p);
            start = i + 1;
        }
    }
    if (n < 2 || parts[0] > 23 || parts[1] > 59 || parts[2] > 60)
        return false;
    *h = parts[0];
    *m = parts[1];
    *s = parts[2];
    return true;
}

} // namespace

qint64 Rfc5322Date::daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant's days_from_civil.
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

qint64 Rfc5322Date::parse(QByteArrayView value)
{
    // Tokenise on whitespace and commas, then pick the tokens by their shape, which
    // also accepts the common deviations (missing weekday, 2-digit years, "GMT+0200",
    // comments like "(CET)").
    int day = 0, month = 0, year = -1, yearDigits = 0, h = -1, mi = 0, s = 0, zone = 0;
    bool haveZone = false;
    qsizetype i = 0;
    const qsizetype n = value.size();
    while (i < n) {
        while (i < n && (value[i] == ' ' || value[i] == '\t' || value[i] == ',' || value[i] == '\r'
                         || value[i] == '\n'))
            ++i;
        if (i < n && value[i] == '(') {
            while (i < n && value[i] != ')')
                ++i;
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && value[i] != ' ' && value[i] != '\t' && value[i] != ',' && value[i] != '\r'
               && value[i] != '\n' && value[i] != '(')
            ++i;
        if (i == start)
            continue;
        const QByteArrayView w = value.sliced(start, i - start);
        if (allDigits(w)) {
            if (w.size() >= 3 && w.size() <= 4 && year < 0) {
                year = toInt(w);
                yearDigits = int(w.size());
            } else if (w.size() <= 2 && day == 0) {
                day = toInt(w);
            } else if (w.size() <= 2 && year < 0) {
                year = toInt(w);
                yearDigits = 2;
            }
            continue;
        }
        if (w.contains(':') && h < 0) {
            if (!parseTime(w, &h, &mi, &s))
                h = -1;
            continue;
        }
        if (month == 0) {
            if (const int m = monthIndex(w); m && w.size() <= 9) {
                month = m;
                continue;
            }
        }
        if (!haveZone) {
            QByteArrayView z = w;
            if (z.size() > 3 && (z.startsWith("GMT") || z.startsWith("UTC")) && (z[3] == '+' || z[3] == '-'))
                z = z.sliced(3);
            const int off = zoneOffset(z);
            if (off != INT_MIN) {
                zone = off;
                haveZone = true;
            }
        }
    }
    if (day < 1 || day > 31 || month == 0 || year < 0)
        return 0;
    // RFC 5322 §4.3: two-digit years 00-49 are 2000-2049, 50-99 and three-digit
    // years count from 1900.
    if (yearDigits == 2)
        year += year < 50 ? 2000 : 1900;
    else if (yearDigits == 3)
        year += 1900;
    if (h < 0)
        h = 0;
    const qint64 secs = daysFromCivil(year, month, day) * 86400 + h * 3600 + mi * 60 + s - qint64(zone) * 60;
    return secs == 0 ? 1 : secs;
}

qint64 Rfc5322Date::parseFromLine(QByteArrayView line)
{
    // "From sender Wed Nov 22 14:31:54 2026" (asctime); the sender may be missing.
    // The generic parser finds month, day, time and year among the tokens; the
    // sender token is skipped because it is neither.
    if (!line.startsWith("From "))
        return 0;
    QByteArrayView rest = line.sliced(5).trimmed();
    const qsizetype sp = rest.indexOf(' ');
    if (sp > 0 && monthIndex(rest.first(sp)) == 0)
        rest = rest.sliced(sp + 1); // drop the sender
    return parse(rest);
}

} // namespace Pigeon::Store
