// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QCollator>
#include <QHash>
#include <QStringList>

#include <vector>

namespace Pigeon::Models {

/// A table of distinct strings (senders, subjects...) with a collation rank each, so a
/// list of 100,000 messages sorts by comparing integers instead of collating strings.
///
/// build() ranks the whole table (on a loader thread: it collates every string once,
/// through QCollator sort keys); intern() adds one string later (a message streamed in)
/// by a binary search with the collator, taking a rank between its neighbours.
/// Ranks leave gaps for that; when a gap is used up the table is renumbered, which
/// changes no order. Strings equal under the collation share a rank.
class RankedStrings
{
public:
    /// How a string is reduced before collation.
    enum class Kind { Name, Names, Subject };

    RankedStrings() = default;
    explicit RankedStrings(Kind kind) : m_kind(kind) {}

    /// Takes @p strings as the table (@p index: string -> its position, if the caller
    /// has it; rebuilt when it does not match) and ranks them with @p collator.
    void build(QStringList strings, QHash<QString, quint32> index, const QCollator &collator);

    /// The index of @p s, adding and ranking it if it is new.
    quint32 intern(const QString &s, const QCollator &collator);

    qsizetype size() const { return m_strings.size(); }
    const QString &at(quint32 i) const { return m_strings.at(i); }
    quint64 rank(quint32 i) const { return m_rank[i]; }
    /// The text that was collated for @p s.
    QString sortText(const QString &s) const;

private:
    void renumber(quint32 fresh);

    Kind m_kind = Kind::Name;
    QStringList m_strings;
    std::vector<quint64> m_rank;
    std::vector<quint32> m_sorted; ///< indices in rank order
    QHash<QString, quint32> m_index;
};

} // namespace Pigeon::Models
