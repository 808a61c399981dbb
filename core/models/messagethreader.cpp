// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "models/messagethreader.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Pigeon::Models {

std::vector<qint32> MessageThreader::parents(const std::vector<Message> &messages)
{
    const auto n = qint32(messages.size());
    std::vector<qint32> parent(static_cast<size_t>(n), -1);
    // Oldest first, so the first of duplicated Message-IDs and the oldest message of an
    // orphaned group are the ones that keep the id or lead the group.
    std::vector<qint32> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qint32 a, qint32 b) { return messages[size_t(a)].date < messages[size_t(b)].date; });
    QHash<QByteArray, qint32> byId;
    byId.reserve(n);
    for (qint32 i : order) {
        const QByteArray &id = messages[size_t(i)].messageId;
        if (!id.isEmpty() && !byId.contains(id))
            byId.insert(id, i);
    }
    auto descendsFrom = [&](qint32 candidate, qint32 ancestor) {
        // Walks up from candidate; bounded by n against a loop made earlier.
        for (qint32 p = candidate, steps = 0; p >= 0 && steps <= n; p = parent[size_t(p)], ++steps)
            if (p == ancestor)
                return true;
        return false;
    };
    QHash<QByteArray, qint32> orphanGroups; // missing root reference -> group leader
    for (qint32 i : order) {
        const Message &m = messages[size_t(i)];
        for (auto r = m.refs.crbegin(); r != m.refs.crend(); ++r) {
            const auto it = byId.constFind(*r);
            if (it == byId.cend() || *it == i || descendsFrom(*it, i))
                continue;
            parent[size_t(i)] = *it;
            break;
        }
        if (parent[size_t(i)] >= 0 || m.refs.isEmpty())
            continue;
        const QByteArray &root = m.refs.first();
        const auto leader = orphanGroups.constFind(root);
        if (leader == orphanGroups.cend())
            orphanGroups.insert(root, i);
        else if (!descendsFrom(*leader, i))
            parent[size_t(i)] = *leader;
    }
    return parent;
}

} // namespace Pigeon::Models
