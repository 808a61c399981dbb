// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "models/messagelistloader.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace Pigeon::Models {

/// Remembers, per folder, which messages came first and last in every sort order when
/// the folder was last loaded whole, so that switching to a big folder sorted by subject
/// (or sender, recipients, size, oldest first) shows its first screen from a few hundred
/// primary-key reads instead of waiting for 100,000 texts to be read and collated.
///
/// It is a hint, never the truth: the first screen it gives is re-ranked and sorted
/// with the current collator, and the whole load that follows merges in whatever the
/// hint missed (messages that arrived since) and drops what is gone. Text orders are
/// kept per collation locale. Files: `list-order/<folder id>.cache` beside the index.
class ListOrderCache
{
public:
    /// The ids that came first in @p column / @p order the last time (at most @p limit),
    /// or empty if nothing is known for this folder, order and locale.
    static std::vector<Store::MessageId> firstIds(const MessageSource &source, MessageColumn column,
                                                  Qt::SortOrder order, const QLocale &locale, int limit);

    /// What to write for source @p s of a whole @p list (its texts ranked): the first
    /// and the last @p count ids in every order. Computed on the loader thread.
    struct Snapshot {
        MessageSource source;
        QString locale;
        /// per (column, order): ids in that order; index = column * 2 + (descending ? 1 : 0)
        std::vector<std::vector<Store::MessageId>> ids;
    };
    static Snapshot snapshot(const LoadedList &list, quint16 s, const QLocale &locale, int count);
    /// Writes @p snapshot (atomically; a failure only costs the next cold switch its speed).
    static bool save(const Snapshot &snapshot);

    static QString pathFor(const MessageSource &source);
};

} // namespace Pigeon::Models
