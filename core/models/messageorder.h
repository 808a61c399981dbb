// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "models/messageroles.h"
#include "models/rankedstrings.h"
#include "store/messagelistquery.h"

#include <algorithm>
#include <vector>

namespace Pigeon::Models {

/// The order of a message list: by one column (texts by their collation rank), then by
/// date, then by arrival (store id), ascending or descending. Shared by the loader,
/// which sorts a whole folder off the UI thread, and the model, so both agree exactly.
class MessageOrder
{
public:
    /// What a row sorts by, read once per sort so that comparing is cheap.
    struct Key {
        quint64 primary = 0;
        qint64 date = 0; ///< the thread's newest date for a thread root
        quint64 arrival = 0;
    };

    MessageOrder(MessageColumn column, Qt::SortOrder order, const RankedStrings &senders,
                 const RankedStrings &recipients, const RankedStrings &subjects)
        : m_column(column), m_order(order), m_senders(senders), m_recipients(recipients), m_subjects(subjects)
    {
    }

    Key key(const Store::ListItem &m, qint64 date, quint64 arrival) const
    {
        Key k{0, date, arrival};
        switch (m_column) {
        case MessageColumn::Subject: k.primary = m_subjects.rank(m.subject); break;
        case MessageColumn::Sender: k.primary = m_senders.rank(m.sender); break;
        case MessageColumn::Recipients: k.primary = m_recipients.rank(m.recipients); break;
        case MessageColumn::Size: k.primary = quint64(m.size); break;
        case MessageColumn::Date:
        case MessageColumn::Count: break;
        }
        return k;
    }

    bool less(const Key &a, const Key &b) const
    {
        const bool asc = m_order == Qt::AscendingOrder;
        if (a.primary != b.primary)
            return asc == (a.primary < b.primary);
        if (a.date != b.date)
            return asc == (a.date < b.date);
        if (a.arrival != b.arrival)
            return asc == (a.arrival < b.arrival);
        return false;
    }

    /// Sorts @p ids by the keys @p keyOf gives (one call per id).
    template<typename KeyOf>
    void sort(std::vector<quint32> &ids, KeyOf keyOf) const
    {
        std::vector<std::pair<Key, quint32>> keyed;
        keyed.reserve(ids.size());
        for (quint32 id : ids)
            keyed.emplace_back(keyOf(id), id);
        std::sort(keyed.begin(), keyed.end(), [this](const auto &x, const auto &y) { return less(x.first, y.first); });
        for (size_t i = 0; i < ids.size(); ++i)
            ids[i] = keyed[i].second;
    }

private:
    MessageColumn m_column;
    Qt::SortOrder m_order;
    const RankedStrings &m_senders;
    const RankedStrings &m_recipients;
    const RankedStrings &m_subjects;
};

} // namespace Pigeon::Models
