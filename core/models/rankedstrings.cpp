// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "models/rankedstrings.h"

#include "models/messagetext.h"

#include <algorithm>

namespace Pigeon::Models {

namespace {
// 2^24 ranks between neighbours: 24 insertions between the same two strings before a
// renumbering, and 2^40 distinct strings before the top bits run out.
constexpr quint64 gap = quint64(1) << 24;
} // namespace

QString RankedStrings::sortText(const QString &s) const
{
    switch (m_kind) {
    case Kind::Name: return MessageText::firstDisplayName(s);
    case Kind::Names: return MessageText::displayNames(s).join(QLatin1String(", "));
    case Kind::Subject: return MessageText::baseSubject(s);
    }
    return s;
}

void RankedStrings::build(QStringList strings, QHash<QString, quint32> index, const QCollator &collator)
{
    m_strings = std::move(strings);
    const auto n = quint32(m_strings.size());
    m_index = std::move(index);
    if (m_index.size() != m_strings.size()) {
        m_index.clear();
        m_index.reserve(n);
        for (quint32 i = 0; i < n; ++i)
            m_index.insert(m_strings.at(i), i);
    }
    // Collate each distinct sort text once: 90,000 "Name <address>" strings of a big
    // folder usually come down to a few thousand names.
    QHash<QString, quint32> textIndex;
    std::vector<quint32> textOf(n);
    std::vector<QCollatorSortKey> keys;
    for (quint32 i = 0; i < n; ++i) {
        const QString text = sortText(m_strings.at(i));
        auto it = textIndex.constFind(text);
        if (it == textIndex.cend()) {
            it = textIndex.insert(text, quint32(keys.size()));
            keys.push_back(collator.sortKey(text));
        }
        textOf[i] = *it;
    }
    std::vector<quint32> order(keys.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return keys[a].compare(keys[b]) < 0; });
    std::vector<quint64> textRank(keys.size());
    quint64 r = gap;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && keys[order[i]].compare(keys[order[i - 1]]) != 0)
            r += gap;
        textRank[order[i]] = r;
    }
    m_rank.resize(n);
    for (quint32 i = 0; i < n; ++i)
        m_rank[i] = textRank[textOf[i]];
    m_sorted.resize(n);
    for (quint32 i = 0; i < n; ++i)
        m_sorted[i] = i;
    std::sort(m_sorted.begin(), m_sorted.end(),
              [&](quint32 a, quint32 b) { return m_rank[a] != m_rank[b] ? m_rank[a] < m_rank[b] : a < b; });
}

quint32 RankedStrings::intern(const QString &s, const QCollator &collator)
{
    if (const auto it = m_index.constFind(s); it != m_index.cend())
        return *it;
    const auto idx = quint32(m_strings.size());
    m_strings.append(s);
    m_index.insert(s, idx);
    const QString key = sortText(s);
    // First position whose string collates after s.
    const auto pos = std::upper_bound(m_sorted.begin(), m_sorted.end(), key, [&](const QString &k, quint32 i) {
        return collator.compare(k, sortText(m_strings.at(i))) < 0;
    });
    quint64 rank;
    if (pos != m_sorted.begin() && collator.compare(key, sortText(m_strings.at(*(pos - 1)))) == 0) {
        rank = m_rank[*(pos - 1)];
    } else {
        const quint64 lo = pos == m_sorted.begin() ? 0 : m_rank[*(pos - 1)];
        const quint64 hi = pos == m_sorted.end() ? lo + 2 * gap : m_rank[*pos];
        rank = lo + (hi - lo) / 2;
        if (rank == lo) { // no room left between the neighbours
            m_rank.push_back(0);
            m_sorted.insert(pos, idx);
            renumber(idx);
            return idx;
        }
    }
    m_rank.push_back(rank);
    m_sorted.insert(pos, idx);
    return idx;
}

void RankedStrings::renumber(quint32 fresh)
{
    // m_sorted is in order; equal neighbours (same old rank) keep sharing one, and the
    // string just inserted (no rank yet) differs from both of its neighbours.
    quint64 r = gap;
    quint64 previous = 0;
    for (size_t i = 0; i < m_sorted.size(); ++i) {
        const quint64 old = m_rank[m_sorted[i]];
        if (i > 0 && (old != previous || m_sorted[i] == fresh || m_sorted[i - 1] == fresh))
            r += gap;
        previous = old;
        m_rank[m_sorted[i]] = r;
    }
}

} // namespace Pigeon::Models
