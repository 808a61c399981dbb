// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/wire/sequenceset.h"

#include <algorithm>

namespace Pigeon::Imap {

SequenceSet SequenceSet::fromList(QList<quint32> numbers)
{
    SequenceSet set;
    std::sort(numbers.begin(), numbers.end());
    for (quint32 n : std::as_const(numbers)) {
        if (n == 0)
            continue; // not a valid message number or UID
        if (!set.m_ranges.isEmpty()) {
            Range &last = set.m_ranges.last();
            if (n == last.last || (last.last != Star && n == last.last + 1)) {
                last.last = n;
                continue;
            }
        }
        set.m_ranges.append({n, n});
    }
    return set;
}

SequenceSet SequenceSet::range(quint32 first, quint32 last)
{
    SequenceSet set;
    if (first != 0 && last != 0) {
        set.add(first, last);
        set.normalize();
    }
    return set;
}

void SequenceSet::add(quint32 first, quint32 last)
{
    // RFC 9051 §9: "2:4" and "4:2" are the same set.
    if (first > last)
        std::swap(first, last);
    m_ranges.append({first, last});
}

void SequenceSet::normalize()
{
    std::sort(m_ranges.begin(), m_ranges.end(),
              [](const Range &a, const Range &b) { return a.first < b.first; });
    QList<Range> merged;
    merged.reserve(m_ranges.size());
    for (const Range &r : std::as_const(m_ranges)) {
        if (!merged.isEmpty() && (merged.last().last == Star || r.first <= merged.last().last + 1)) {
            merged.last().last = std::max(merged.last().last, r.last);
            continue;
        }
        merged.append(r);
    }
    m_ranges = std::move(merged);
}

static bool parseNumber(QByteArrayView text, quint32 &out)
{
    if (text == "*") {
        out = SequenceSet::Star;
        return true;
    }
    if (text.isEmpty() || text.size() > 10 || text.front() == '0')
        return false;
    quint64 v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + quint64(c - '0');
    }
    if (v > 0xFFFFFFFFull)
        return false;
    out = quint32(v);
    return true;
}

std::optional<SequenceSet> SequenceSet::parse(QByteArrayView text)
{
    SequenceSet set;
    if (text.isEmpty())
        return std::nullopt;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype comma = text.indexOf(',', start);
        if (comma < 0)
            comma = text.size();
        const QByteArrayView item = text.sliced(start, comma - start);
        const qsizetype colon = item.indexOf(':');
        quint32 a = 0, b = 0;
        if (colon < 0) {
            if (!parseNumber(item, a))
                return std::nullopt;
            b = a;
        } else if (!parseNumber(item.first(colon), a) || !parseNumber(item.sliced(colon + 1), b)) {
            return std::nullopt;
        }
        set.add(a, b);
        start = comma + 1;
        if (comma == text.size())
            break;
    }
    set.normalize();
    return set;
}

quint64 SequenceSet::count() const
{
    quint64 n = 0;
    for (const Range &r : m_ranges)
        n += quint64(r.last) - r.first + 1;
    return n;
}

bool SequenceSet::contains(quint32 n) const
{
    for (const Range &r : m_ranges) {
        if (n >= r.first && n <= r.last)
            return true;
    }
    return false;
}

QList<quint32> SequenceSet::toList(quint32 star, qsizetype limit) const
{
    QList<quint32> out;
    for (const Range &r : m_ranges) {
        const quint32 first = r.first == Star ? star : r.first;
        const quint32 last = r.last == Star ? star : r.last;
        for (quint64 n = std::min(first, last); n <= std::max(first, last); ++n) {
            if (out.size() >= limit)
                return out;
            if (out.isEmpty() || out.last() < n)
                out.append(quint32(n));
        }
    }
    return out;
}

QByteArray SequenceSet::toImap() const
{
    QByteArray out;
    out.reserve(m_ranges.size() * 12);
    auto put = [&out](quint32 n) {
        if (n == Star)
            out += '*';
        else
            out += QByteArray::number(n);
    };
    for (const Range &r : m_ranges) {
        if (!out.isEmpty())
            out += ',';
        put(r.first);
        if (r.last != r.first) {
            out += ':';
            put(r.last);
        }
    }
    return out;
}

} // namespace Pigeon::Imap
