// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Pigeon::Imap {

/// An IMAP sequence set (RFC 9051 §9 `sequence-set`): message numbers or UIDs as
/// sorted, merged ranges. `*` is stored as SequenceSet::Star.
class SequenceSet
{
public:
    /// `*`, "the largest number in use"; UINT32_MAX so that ranges sort naturally.
    static constexpr quint32 Star = 0xFFFFFFFFu;

    struct Range {
        quint32 first = 0;
        quint32 last = 0;
        bool operator==(const Range &) const = default;
    };

    SequenceSet() = default;
    /// Builds the shortest set for these numbers (any order, duplicates allowed):
    /// {1,2,3,5,7,8,9} becomes 1:3,5,7:9.
    static SequenceSet fromList(QList<quint32> numbers);
    /// One range first:last (Star allowed for either end).
    static SequenceSet range(quint32 first, quint32 last);
    /// Parses `1:3,5,7:*`; nullopt when malformed (0, empty items, junk).
    static std::optional<SequenceSet> parse(QByteArrayView text);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QList<Range> &ranges() const { return m_ranges; }
    /// Number of distinct numbers (a range ending at Star counts up to Star).
    quint64 count() const;
    bool contains(quint32 n) const;
    /// Every number, in ascending order; `*` is replaced by \a star. Capped at \a limit items.
    QList<quint32> toList(quint32 star = Star, qsizetype limit = 1 << 20) const;
    /// Wire form, e.g. "1:3,5,7:*".
    QByteArray toImap() const;

    bool operator==(const SequenceSet &) const = default;

private:
    void add(quint32 first, quint32 last);
    void normalize();
    QList<Range> m_ranges;
};

} // namespace Pigeon::Imap
