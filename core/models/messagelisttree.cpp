// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// MessageListModel: structure changes (insert, remove, move, threads) and the
// model signals that announce them.
#include "models/messagelistmodel.h"

#include "models/messagetext.h"

#include <algorithm>

namespace Pigeon::Models {

namespace {
/// Beyond this many separate places, inserting or removing rows one run at a time
/// (each shifting the rest of the list) costs more than one layout change.
constexpr size_t maxRuns = 32;
} // namespace

std::vector<quint32> &MessageListModel::childrenOf(qint32 node)
{
    return node < 0 ? m_roots : m_children[quint32(node)];
}

const std::vector<quint32> &MessageListModel::childrenOf(qint32 node) const
{
    static const std::vector<quint32> none;
    if (node < 0)
        return m_roots;
    const auto it = m_children.find(quint32(node));
    return it == m_children.end() ? none : it->second;
}

QModelIndex MessageListModel::indexOfNode(quint32 node, int column) const
{
    return createIndex(int(m_nodes[node].row), column, quintptr(node));
}

void MessageListModel::renumber(std::vector<quint32> &list, size_t from)
{
    for (size_t i = from; i < list.size(); ++i)
        m_nodes[list[i]].row = quint32(i);
}

int MessageListModel::subtreeCount(quint32 node, bool unreadOnly) const
{
    const Node &n = m_nodes[node];
    int count = (!unreadOnly || isUnread(n.m.flags)) ? 1 : 0;
    for (quint32 c : childrenOf(qint32(node)))
        count += subtreeCount(c, unreadOnly);
    return count;
}

void MessageListModel::buildThreads(LoadedList &list)
{
    // The loader threaded the list (its items are m_nodes, in the same order); here
    // only the child lists are made.
    m_messageIds = std::move(list.messageIds);
    m_refs = std::move(list.refs);
    m_byMessageId = std::move(list.byMessageId);
    m_children.clear();
    for (quint32 i = 0; i < m_nodes.size(); ++i) {
        m_nodes[i].parent = list.parents[i];
        m_nodes[i].threadDate = list.threadDates[i];
        if (list.parents[i] >= 0)
            m_children[quint32(list.parents[i])].push_back(i);
    }
    // Replies oldest first.
    for (auto &[parent, kids] : m_children) {
        std::sort(kids.begin(), kids.end(), [this](quint32 a, quint32 b) {
            return m_nodes[a].m.date != m_nodes[b].m.date ? m_nodes[a].m.date < m_nodes[b].m.date : a < b;
        });
        renumber(kids, 0);
    }
    m_threadedLoaded = true;
}

qint32 MessageListModel::findParent(quint32 node) const
{
    if (node >= m_refs.size())
        return -1;
    const QList<QByteArray> &refs = m_refs[node];
    for (auto r = refs.crbegin(); r != refs.crend(); ++r) {
        const auto it = m_byMessageId.constFind(*r);
        if (it == m_byMessageId.cend() || *it == node || !m_nodes[*it].alive)
            continue;
        bool loop = false;
        for (qint32 p = qint32(*it); p >= 0; p = m_nodes[size_t(p)].parent)
            if (quint32(p) == node) {
                loop = true;
                break;
            }
        if (!loop)
            return qint32(*it);
    }
    return -1;
}

void MessageListModel::insertNodes(std::vector<quint32> nodes, bool presorted)
{
    if (nodes.empty())
        return;
    if (m_threaded && m_threadedLoaded) {
        for (quint32 n : nodes)
            insertThreaded(n);
        return;
    }
    const MessageOrder o = order();
    if (!presorted)
        o.sort(nodes, [&](quint32 node) { return sortKey(o, node); });
    // Where each new row goes among the current ones (both lists in order: one merge
    // walk); equal positions form a run.
    std::vector<std::pair<size_t, size_t>> runs; // (position among old rows, count)
    size_t pos = 0;
    for (quint32 n : nodes) {
        const MessageOrder::Key k = sortKey(o, n);
        while (pos < m_roots.size() && !o.less(k, sortKey(o, m_roots[pos])))
            ++pos;
        if (!runs.empty() && runs.back().first == pos)
            ++runs.back().second;
        else
            runs.emplace_back(pos, 1);
    }
    for (quint32 n : nodes)
        m_nodes[n].parent = -1;
    if (runs.size() <= maxRuns) {
        size_t offset = 0, next = 0;
        for (const auto &[pos, count] : runs) {
            const size_t at = pos + offset;
            beginInsertRows({}, int(at), int(at + count - 1));
            m_roots.insert(m_roots.begin() + qsizetype(at), nodes.begin() + qsizetype(next),
                           nodes.begin() + qsizetype(next + count));
            renumber(m_roots, at);
            endInsertRows();
            offset += count;
            next += count;
        }
        return;
    }
    // Scattered: append all, then sort them into place in one layout change.
    const size_t first = m_roots.size();
    beginInsertRows({}, int(first), int(first + nodes.size() - 1));
    m_roots.insert(m_roots.end(), nodes.begin(), nodes.end());
    renumber(m_roots, first);
    endInsertRows();
    sortRoots();
}

void MessageListModel::insertThreaded(quint32 node)
{
    const qint32 parent = findParent(node);
    std::vector<quint32> &list = childrenOf(parent);
    Node &n = m_nodes[node];
    n.parent = parent;
    n.threadDate = n.m.date;
    size_t pos;
    if (parent >= 0) {
        pos = size_t(std::upper_bound(list.begin(), list.end(), node, [this](quint32 a, quint32 b) {
                  return m_nodes[a].m.date < m_nodes[b].m.date;
              }) - list.begin());
    } else {
        const MessageOrder o = order();
        const MessageOrder::Key k = sortKey(o, node);
        pos = size_t(std::upper_bound(list.begin(), list.end(), k, [&](const MessageOrder::Key &x, quint32 b) {
                  return o.less(x, sortKey(o, b));
              }) - list.begin());
    }
    const QModelIndex parentIndex = parent >= 0 ? indexOfNode(quint32(parent)) : QModelIndex();
    beginInsertRows(parentIndex, int(pos), int(pos));
    list.insert(list.begin() + qsizetype(pos), node);
    renumber(list, pos);
    endInsertRows();
    if (node < m_messageIds.size() && !m_messageIds[node].isEmpty() && !m_byMessageId.contains(m_messageIds[node]))
        m_byMessageId.insert(m_messageIds[node], node);
    if (parent >= 0)
        updateThreadDate(node);
    // Replies that arrived before this message: their roots move under it.
    if (node >= m_messageIds.size() || m_messageIds[node].isEmpty())
        return;
    const QByteArray &id = m_messageIds[node];
    std::vector<quint32> waiting;
    for (quint32 r : m_roots)
        if (r != node && r < m_refs.size() && m_refs[r].contains(id) && findParent(r) == qint32(node))
            waiting.push_back(r);
    for (quint32 r : waiting)
        moveNode(r, qint32(node));
}

void MessageListModel::moveNode(quint32 node, qint32 newParent)
{
    Node &n = m_nodes[node];
    std::vector<quint32> &from = childrenOf(n.parent);
    const QModelIndex fromIndex = n.parent >= 0 ? indexOfNode(quint32(n.parent)) : QModelIndex();
    const QModelIndex toIndex = newParent >= 0 ? indexOfNode(quint32(newParent)) : QModelIndex();
    std::vector<quint32> &to = childrenOf(newParent);
    auto before = [&](quint32 a, quint32 b) { return newParent >= 0 ? m_nodes[a].m.date < m_nodes[b].m.date : less(a, b); };
    const size_t row = n.row;
    const bool same = &from == &to;
    // Binary search for the place among the other rows (the moving one left out).
    size_t lo = 0, hi = to.size() - (same ? 1 : 0);
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        const quint32 other = to[same && mid >= row ? mid + 1 : mid];
        if (before(node, other))
            hi = mid;
        else
            lo = mid + 1;
    }
    size_t pos = same && lo > row ? lo + 1 : lo; // in the coordinates beginMoveRows wants
    if (same && (pos == row || pos == row + 1))
        return; // already in place
    if (!beginMoveRows(fromIndex, int(row), int(row), toIndex, int(pos)))
        return;
    from.erase(from.begin() + qsizetype(row));
    if (same && pos > row)
        --pos;
    to.insert(to.begin() + qsizetype(pos), node);
    renumber(from, row);
    renumber(to, same ? std::min(pos, row) : pos);
    n.parent = newParent;
    endMoveRows();
    if (newParent >= 0)
        updateThreadDate(node);
}

void MessageListModel::updateThreadDate(quint32 node)
{
    // The thread's newest date grew: its root may have to move up the list.
    qint32 p = m_nodes[node].parent;
    qint32 root = qint32(node);
    for (; p >= 0; root = p, p = m_nodes[size_t(p)].parent)
        m_nodes[size_t(p)].threadDate = std::max(m_nodes[size_t(p)].threadDate, m_nodes[node].threadDate);
    if (root != qint32(node) && m_nodes[size_t(root)].parent < 0)
        moveNode(quint32(root), -1);
}

void MessageListModel::removeNodes(std::vector<quint32> nodes)
{
    if (nodes.empty())
        return;
    for (quint32 n : nodes)
        m_byKey.remove(key(m_nodes[n].source, m_nodes[n].m.id));
    if (m_threaded && m_threadedLoaded) {
        for (quint32 n : nodes)
            removeOne(n);
        return;
    }
    std::sort(nodes.begin(), nodes.end(), [this](quint32 a, quint32 b) { return m_nodes[a].row > m_nodes[b].row; });
    std::vector<std::pair<size_t, size_t>> runs; // (first row, count), bottom up
    for (quint32 n : nodes) {
        const size_t row = m_nodes[n].row;
        if (!runs.empty() && runs.back().first == row + 1) {
            --runs.back().first;
            ++runs.back().second;
        } else {
            runs.emplace_back(row, 1);
        }
    }
    for (quint32 n : nodes)
        m_nodes[n].alive = false;
    if (runs.size() <= maxRuns) {
        for (const auto &[first, count] : runs) {
            beginRemoveRows({}, int(first), int(first + count - 1));
            m_roots.erase(m_roots.begin() + qsizetype(first), m_roots.begin() + qsizetype(first + count));
            renumber(m_roots, first);
            endRemoveRows();
        }
        return;
    }
    // Scattered: gather them at the end in one layout change, then remove that block.
    Q_EMIT layoutAboutToBeChanged();
    std::stable_partition(m_roots.begin(), m_roots.end(), [this](quint32 n) { return m_nodes[n].alive; });
    renumber(m_roots, 0);
    remapPersistentIndexes();
    Q_EMIT layoutChanged();
    const size_t keep = m_roots.size() - nodes.size();
    beginRemoveRows({}, int(keep), int(m_roots.size() - 1));
    m_roots.resize(keep);
    endRemoveRows();
}

void MessageListModel::removeOne(quint32 node)
{
    // Its replies take its place in the thread (or become threads of their own).
    const std::vector<quint32> kids = childrenOf(qint32(node));
    for (quint32 k : kids)
        moveNode(k, m_nodes[node].parent);
    Node &n = m_nodes[node];
    std::vector<quint32> &list = childrenOf(n.parent);
    const QModelIndex parentIndex = n.parent >= 0 ? indexOfNode(quint32(n.parent)) : QModelIndex();
    const size_t row = n.row;
    beginRemoveRows(parentIndex, int(row), int(row));
    list.erase(list.begin() + qsizetype(row));
    renumber(list, row);
    n.alive = false;
    m_children.erase(node);
    if (node < m_messageIds.size()) {
        const auto it = m_byMessageId.constFind(m_messageIds[node]);
        if (it != m_byMessageId.cend() && *it == node)
            m_byMessageId.erase(it);
    }
    endRemoveRows();
}

void MessageListModel::emitChanged(std::vector<quint32> nodes)
{
    if (nodes.empty())
        return;
    // One signal per run of adjacent rows under the same parent.
    std::sort(nodes.begin(), nodes.end(), [this](quint32 a, quint32 b) {
        const Node &x = m_nodes[a], &y = m_nodes[b];
        return x.parent != y.parent ? x.parent < y.parent : x.row < y.row;
    });
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    const int last = int(MessageColumn::Count) - 1;
    size_t start = 0;
    for (size_t i = 1; i <= nodes.size(); ++i) {
        if (i < nodes.size() && m_nodes[nodes[i]].parent == m_nodes[nodes[start]].parent
            && m_nodes[nodes[i]].row == m_nodes[nodes[i - 1]].row + 1)
            continue;
        Q_EMIT dataChanged(indexOfNode(nodes[start], 0), indexOfNode(nodes[i - 1], last));
        start = i;
    }
}

} // namespace Pigeon::Models
