// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "store/messagerow.h"

namespace Pigeon::Store {

class MailStore;
class StoreIndex;

/// Offline full-text search over subject, addresses and decoded body text (SQLite
/// FTS5, table `fts`, rowid = message id).
///
/// Bodies are indexed after the fact, not during appends or an index build: decoding
/// a body needs the full MIME parse, which is ten times the cost of the header-only
/// scan, so the list is usable at once and search catches up (update() in batches,
/// e.g. from an idle timer on the account's worker thread).
class SearchIndex
{
public:
    explicit SearchIndex(MailStore *store) : m_store(store) {}

    /// Indexes up to @p max messages not yet in the full-text index (all if < 0), in
    /// transactions of @p batch. Returns how many were added.
    Result<qint64> update(qint64 max = -1, int batch = 500);
    /// Messages matching every word of @p query (as word prefixes), newest first.
    Result<QList<MessageRow>> search(const QString &query, int limit = 200);
    /// How many messages still wait for their body to be indexed.
    qint64 pending() const;

private:
    MailStore *m_store;
};

} // namespace Pigeon::Store
