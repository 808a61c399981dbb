// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "models/messagelistmodel.h"

#include "models/backgroundjob.h"
#include "models/messagedrag.h"
#include "models/messagetext.h"

#include <QDateTime>
#include <QMimeData>

#include <algorithm>
#include <limits>

namespace Pigeon::Models {

namespace {
/// Rows shown before the whole folder is read: a tall window's worth.
constexpr int firstScreenRows = 150;
/// The recent-lists cache: folders, and messages in all of them.
constexpr size_t maxRecentLists = 4;
constexpr size_t maxRecentRows = 300000;
} // namespace

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractItemModel(parent), m_loader(new MessageListLoader(this))
{
    connect(m_loader, &MessageListLoader::loaded, this, &MessageListModel::onLoaded);
    setCollationLocale(QLocale());
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setCollationLocale(const QLocale &locale)
{
    m_locale = locale;
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void MessageListModel::setSources(const QList<MessageSource> &sources)
{
    beginResetModel();
    cacheOrDiscard(takeContents());
    m_loader->cancel();
    m_sources = sources;
    m_removedAt.clear();
    m_sourceCounts.assign(size_t(sources.size()), {0, 0});
    m_total = m_unread = 0;
    const bool cached = restoreCached(sources);
    endResetModel();
    if (cached)
        recount();
    if (!sources.isEmpty())
        startLoad(!cached); // a cached list is shown; the load only merges what changed
}

void MessageListModel::reload()
{
    if (!m_sources.isEmpty())
        startLoad(false);
}

void MessageListModel::startLoad(bool firstScreen)
{
    // A first screenful in the list's order (newest first from the index, any other
    // order as the last whole load of the folder left it in the ListOrderCache).
    const bool useFirst = firstScreen && !m_threaded;
    m_loadSerial = m_streamSerial;
    m_loader->start({m_sources, useFirst ? firstScreenRows : 0, m_threaded, m_locale, m_sortColumn, m_sortOrder});
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
}

void MessageListModel::onLoaded(const LoadedListPtr &list)
{
    if (list->sources != m_sources)
        return;
    if (list->complete && list->error.kind() != MailError::Kind::None)
        Q_EMIT loadFailed(list->error);
    if (m_nodes.empty() || (m_threaded && !list->parents.empty() && !m_threadedLoaded))
        adopt(list);
    else if (!m_threaded)
        rebase(list);
    else
        merge(list);
    recount();
    if (list->complete) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded();
    }
}

MessageListModel::Contents MessageListModel::takeContents()
{
    Contents c{m_sources,
               std::exchange(m_nodes, {}),
               std::exchange(m_addedSerial, {}),
               std::exchange(m_roots, {}),
               std::exchange(m_children, {}),
               std::exchange(m_byKey, {}),
               std::exchange(m_messageIds, {}),
               std::exchange(m_refs, {}),
               std::exchange(m_byMessageId, {}),
               std::exchange(m_senders, RankedStrings(RankedStrings::Kind::Name)),
               std::exchange(m_recipients, RankedStrings(RankedStrings::Kind::Names)),
               std::exchange(m_subjects, RankedStrings(RankedStrings::Kind::Subject)),
               m_sortColumn,
               m_sortOrder};
    m_threadedLoaded = false;
    return c;
}

void MessageListModel::discardContents()
{
    destroyInBackground(takeContents());
}

void MessageListModel::cacheOrDiscard(Contents contents)
{
    // Only whole flat lists: a threaded or half-loaded one would need its load again.
    const bool keep = !contents.nodes.empty() && !m_loading && !m_threaded && !contents.sources.isEmpty();
    if (!keep) {
        destroyInBackground(std::move(contents));
        return;
    }
    m_recent.insert(m_recent.begin(), std::move(contents));
    // A few folders, and not more than about 300,000 messages (~30 MB).
    size_t rows = 0;
    for (size_t i = 0; i < m_recent.size(); ++i) {
        rows += m_recent[i].nodes.size();
        if (i >= maxRecentLists || (i > 0 && rows > maxRecentRows)) {
            for (size_t j = m_recent.size(); j-- > i;)
                destroyInBackground(std::move(m_recent[j]));
            m_recent.resize(i);
            break;
        }
    }
}

bool MessageListModel::restoreCached(const QList<MessageSource> &sources)
{
    const auto it = std::find_if(m_recent.begin(), m_recent.end(),
                                 [&](const Contents &c) { return c.sources == sources; });
    if (it == m_recent.end() || m_threaded)
        return false;
    Contents c = std::move(*it);
    m_recent.erase(it);
    m_nodes = std::move(c.nodes);
    m_addedSerial = std::move(c.addedSerial);
    m_roots = std::move(c.roots);
    m_children = std::move(c.children);
    m_byKey = std::move(c.byKey);
    m_senders = std::move(c.senders);
    m_recipients = std::move(c.recipients);
    m_subjects = std::move(c.subjects);
    if (c.sortColumn != m_sortColumn || c.sortOrder != m_sortOrder) {
        sortRootList();
        renumber(m_roots, 0);
    }
    return true;
}

void MessageListModel::adopt(const LoadedListPtr &list)
{
    beginResetModel();
    discardContents();
    // The list is this model's alone once delivered: take its tables, do not copy them.
    m_senders = std::move(list->senders);
    m_recipients = std::move(list->recipients);
    m_subjects = std::move(list->subjects);
    m_nodes.clear();
    m_nodes.reserve(list->items.size());
    for (size_t i = 0; i < list->items.size(); ++i) {
        Node n;
        n.m = list->items[i];
        n.source = list->source[i];
        n.threadDate = n.m.date;
        m_nodes.push_back(n);
    }
    m_byKey = std::move(list->byKey);
    m_addedSerial.assign(m_nodes.size(), 0);
    if (m_threaded && !list->parents.empty()) {
        buildThreads(*list);
        m_roots = std::move(list->order);
        if (list->sortColumn != m_sortColumn || list->sortOrder != m_sortOrder)
            sortRootList();
    } else if (sortedAsAsked(*list)) {
        m_roots = std::move(list->order);
    } else {
        m_roots.resize(m_nodes.size());
        for (quint32 i = 0; i < m_roots.size(); ++i)
            m_roots[i] = i;
        sortRootList();
    }
    renumber(m_roots, 0);
    endResetModel();
}

void MessageListModel::merge(const LoadedListPtr &list)
{
    // Texts of rows that stay but whose texts are not in the new tables (streamed in
    // after the snapshot was read).
    struct Kept {
        quint32 node;
        QString sender, recipients, subject;
    };
    auto keep = [this](quint32 i) {
        const Node &n = m_nodes[i];
        return Kept{i, m_senders.at(n.m.sender), m_recipients.at(n.m.recipients), m_subjects.at(n.m.subject)};
    };
    const bool withHeaders = m_threaded && !list->headers.empty();
    std::vector<Kept> kept;
    std::vector<quint32> removed, added, changed;
    std::vector<bool> seen(m_nodes.size(), false);
    for (size_t i = 0; i < list->items.size(); ++i) {
        const Store::ListItem &it = list->items[i];
        const quint64 k = key(list->source[i], it.id);
        const auto found = m_byKey.constFind(k);
        if (found == m_byKey.cend()) {
            // Deleted by the worker after this snapshot was read.
            if (m_removedAt.value(k) > m_loadSerial)
                continue;
            Node n;
            n.m = it;
            n.source = list->source[i];
            n.threadDate = it.date;
            m_nodes.push_back(n);
            m_addedSerial.push_back(0);
            seen.push_back(true);
            const auto idx = quint32(m_nodes.size() - 1);
            m_byKey.insert(k, idx);
            if (withHeaders) {
                m_messageIds.resize(m_nodes.size());
                m_refs.resize(m_nodes.size());
                m_messageIds[idx] = list->headers[i].messageId;
                m_refs[idx] = MessageText::messageIds(list->headers[i].references);
            }
            added.push_back(idx);
            continue;
        }
        seen[*found] = true;
        if (m_addedSerial[*found] > m_loadSerial) {
            // Changed by the worker after this snapshot was read: its state is newer.
            kept.push_back(keep(*found));
            continue;
        }
        Node &n = m_nodes[*found];
        if (n.m.flags != it.flags || n.m.bodyState != it.bodyState)
            changed.push_back(*found);
        n.m = it;
    }
    for (quint32 i = 0; i < m_nodes.size(); ++i) {
        if (!m_nodes[i].alive || seen[i])
            continue;
        if (m_addedSerial[i] > m_loadSerial)
            kept.push_back(keep(i));
        else
            removed.push_back(i);
    }
    m_senders = std::move(list->senders);
    m_recipients = std::move(list->recipients);
    m_subjects = std::move(list->subjects);
    for (const Kept &k : kept) {
        Node &n = m_nodes[k.node];
        n.m.sender = m_senders.intern(k.sender, m_collator);
        n.m.recipients = m_recipients.intern(k.recipients, m_collator);
        n.m.subject = m_subjects.intern(k.subject, m_collator);
    }
    // Rows about to go need valid (if meaningless) text indices until they are gone.
    for (quint32 r : removed) {
        Node &n = m_nodes[r];
        n.m.sender = m_senders.intern(QString(), m_collator);
        n.m.recipients = m_recipients.intern(QString(), m_collator);
        n.m.subject = m_subjects.intern(QString(), m_collator);
    }
    if (list->complete)
        m_removedAt.clear();
    removeNodes(std::move(removed));
    insertNodes(std::move(added));
    emitChanged(std::move(changed));
}

void MessageListModel::rebase(const LoadedListPtr &list)
{
    // A flat list takes the load's records as its own (they are indexed and in order
    // already: nothing of size n is built on this thread but the record array), keeps
    // its rows where they are by pointing them, and their persistent indexes, at the
    // new records, and then announces only what changed.
    const auto n = quint32(list->items.size());
    std::vector<Node> nodes(n);
    for (quint32 i = 0; i < n; ++i) {
        nodes[i].m = list->items[i];
        nodes[i].source = list->source[i];
        nodes[i].threadDate = list->items[i].date;
    }
    std::vector<quint64> addedSerial(n, 0);
    std::vector<bool> placed(n, false);
    QHash<quint64, quint32> byKey = std::move(list->byKey);
    constexpr quint32 none = std::numeric_limits<quint32>::max();
    std::vector<quint32> moved(m_nodes.size(), none); // old node -> new node
    std::vector<quint32> removed, changed;
    struct Texts {
        quint32 node;
        QString sender, recipients, subject;
    };
    std::vector<Texts> retext; // rows the load does not have: their texts move tables
    for (quint32 i = 0; i < m_nodes.size(); ++i) {
        const Node &old = m_nodes[i];
        if (!old.alive)
            continue;
        const quint64 k = key(old.source, old.m.id);
        const auto found = byKey.constFind(k);
        if (found != byKey.cend()) {
            Node &now = nodes[*found];
            if (m_addedSerial[i] > m_loadSerial) {
                // Changed by the worker after the snapshot was read: its state is newer.
                now.m.flags = old.m.flags;
                now.m.bodyState = old.m.bodyState;
                addedSerial[*found] = m_addedSerial[i];
            } else if (now.m.flags != old.m.flags || now.m.bodyState != old.m.bodyState) {
                changed.push_back(*found);
            }
            now.row = old.row;
            placed[*found] = true;
            moved[i] = *found;
            continue;
        }
        // Not in the snapshot: streamed in after it was read (kept), or gone.
        const auto idx = quint32(nodes.size());
        nodes.push_back(old);
        addedSerial.push_back(m_addedSerial[i]);
        placed.push_back(true);
        moved[i] = idx;
        byKey.insert(k, idx);
        if (m_addedSerial[i] > m_loadSerial)
            retext.push_back({idx, m_senders.at(old.m.sender), m_recipients.at(old.m.recipients), m_subjects.at(old.m.subject)});
        else {
            retext.push_back({idx, QString(), QString(), QString()});
            removed.push_back(idx);
        }
    }
    // Deleted by the worker after the snapshot was read: never shown again.
    for (auto it = m_removedAt.cbegin(); it != m_removedAt.cend(); ++it) {
        const auto found = byKey.constFind(it.key());
        if (it.value() > m_loadSerial && found != byKey.cend() && !placed[*found]) {
            nodes[*found].alive = false;
            byKey.erase(found);
        }
    }
    for (quint32 &r : m_roots)
        r = moved[r];
    m_nodes = std::move(nodes);
    m_addedSerial = std::move(addedSerial);
    destroyInBackground(std::exchange(m_byKey, std::move(byKey)));
    destroyInBackground(std::exchange(m_senders, std::move(list->senders)));
    destroyInBackground(std::exchange(m_recipients, std::move(list->recipients)));
    destroyInBackground(std::exchange(m_subjects, std::move(list->subjects)));
    for (const Texts &t : retext) {
        Node &node = m_nodes[t.node];
        node.m.sender = m_senders.intern(t.sender, m_collator);
        node.m.recipients = m_recipients.intern(t.recipients, m_collator);
        node.m.subject = m_subjects.intern(t.subject, m_collator);
    }
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after << createIndex(i.row(), i.column(), quintptr(moved[i.internalId()]));
    changePersistentIndexList(before, after);
    if (list->complete)
        m_removedAt.clear();

    removeNodes(std::move(removed));
    std::vector<quint32> added;
    const bool presorted = sortedAsAsked(*list);
    if (presorted) {
        for (quint32 i : list->order)
            if (!placed[i] && m_nodes[i].alive)
                added.push_back(i);
    } else {
        for (quint32 i = 0; i < n; ++i)
            if (!placed[i] && m_nodes[i].alive)
                added.push_back(i);
    }
    insertNodes(std::move(added), presorted);
    emitChanged(std::move(changed));
}

void MessageListModel::recount()
{
    m_sourceCounts.assign(size_t(m_sources.size()), {0, 0});
    for (const Node &n : m_nodes) {
        if (!n.alive || n.source >= m_sourceCounts.size())
            continue;
        auto &c = m_sourceCounts[n.source];
        ++c.first;
        if (isUnread(n.m.flags))
            ++c.second;
    }
    qint64 total = 0, unread = 0;
    for (qsizetype s = 0; s < m_sources.size(); ++s) {
        total += m_sourceCounts[size_t(s)].first;
        unread += m_sourceCounts[size_t(s)].second;
    }
    const bool changed = total != m_total || unread != m_unread;
    m_total = total;
    m_unread = unread;
    if (!changed)
        return;
    for (qsizetype s = 0; s < m_sources.size(); ++s)
        Q_EMIT countsChanged(m_sources.at(s).accountId, m_sources.at(s).folderId, m_sourceCounts[size_t(s)].first,
                             m_sourceCounts[size_t(s)].second);
}

MessageOrder MessageListModel::order() const
{
    return MessageOrder(m_sortColumn, m_sortOrder, m_senders, m_recipients, m_subjects);
}

MessageOrder::Key MessageListModel::sortKey(const MessageOrder &order, quint32 node) const
{
    const Node &n = m_nodes[node];
    return order.key(n.m, n.threadDate, key(n.source, n.m.id));
}

bool MessageListModel::less(quint32 a, quint32 b) const
{
    const MessageOrder o = order();
    return o.less(sortKey(o, a), sortKey(o, b));
}

bool MessageListModel::sortedAsAsked(const LoadedList &list) const
{
    return !m_threaded && list.sortColumn == m_sortColumn && list.sortOrder == m_sortOrder
        && list.order.size() == list.items.size();
}

void MessageListModel::sortRootList()
{
    const MessageOrder o = order();
    o.sort(m_roots, [&](quint32 node) { return sortKey(o, node); });
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(MessageColumn::Count))
        return;
    m_sortColumn = MessageColumn(column);
    m_sortOrder = order;
    sortRoots();
}

void MessageListModel::sortRoots()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    sortRootList();
    renumber(m_roots, 0);
    remapPersistentIndexes();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MessageListModel::remapPersistentIndexes()
{
    // Every index names its node (internalId), so its new row is the node's row.
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after << createIndex(int(m_nodes[i.internalId()].row), i.column(), i.internalId());
    changePersistentIndexList(before, after);
}

int MessageListModel::sourceOf(const QString &accountId, const QString &folder) const
{
    for (qsizetype s = 0; s < m_sources.size(); ++s)
        if (m_sources.at(s).accountId == accountId && (folder.isNull() || m_sources.at(s).folderName == folder))
            return int(s);
    return -1;
}

Store::ListItem MessageListModel::itemFrom(const Store::MessageRow &row)
{
    Store::ListItem it;
    it.id = row.id;
    it.date = row.date;
    it.size = row.size;
    it.flags = quint16(row.flags.toInt());
    it.hasAttachments = row.hasAttachments;
    it.bodyState = quint8(row.bodyState);
    it.sender = m_senders.intern(row.from, m_collator);
    it.recipients = m_recipients.intern(row.to, m_collator);
    it.subject = m_subjects.intern(row.subject, m_collator);
    return it;
}

void MessageListModel::addMessages(const QString &accountId, const QList<Store::MessageRow> &rows)
{
    ++m_streamSerial;
    std::vector<quint32> added;
    for (const Store::MessageRow &row : rows) {
        const int s = sourceOf(accountId, row.folder);
        if (s < 0 || m_byKey.contains(key(quint16(s), row.id)))
            continue;
        Node n;
        n.m = itemFrom(row);
        n.source = quint16(s);
        n.threadDate = n.m.date;
        m_nodes.push_back(n);
        m_addedSerial.push_back(m_streamSerial);
        const auto idx = quint32(m_nodes.size() - 1);
        m_byKey.insert(key(n.source, n.m.id), idx);
        if (m_threaded) {
            m_messageIds.resize(m_nodes.size());
            m_refs.resize(m_nodes.size());
            m_messageIds[idx] = row.messageId;
            m_refs[idx] = MessageText::messageIds(row.references);
        }
        added.push_back(idx);
    }
    insertNodes(std::move(added));
    recount();
}

void MessageListModel::updateMessages(const QString &accountId, const QList<Store::MessageRow> &rows)
{
    ++m_streamSerial;
    std::vector<quint32> changed;
    for (const Store::MessageRow &row : rows) {
        const int s = sourceOf(accountId, QString());
        for (qsizetype si = s; si >= 0 && si < m_sources.size(); ++si) {
            if (m_sources.at(si).accountId != accountId)
                continue;
            const auto it = m_byKey.constFind(key(quint16(si), row.id));
            if (it == m_byKey.cend())
                continue;
            Node &n = m_nodes[*it];
            n.m.flags = quint16(row.flags.toInt());
            n.m.bodyState = quint8(row.bodyState); // a body downloaded: Full now
            m_addedSerial[*it] = m_streamSerial;
            changed.push_back(*it);
        }
    }
    emitChanged(std::move(changed));
    recount();
}

void MessageListModel::removeMessages(const QString &accountId, const QList<Store::MessageId> &ids)
{
    ++m_streamSerial;
    std::vector<quint32> removed;
    for (qsizetype s = 0; s < m_sources.size(); ++s) {
        if (m_sources.at(s).accountId != accountId)
            continue;
        for (Store::MessageId id : ids) {
            const quint64 k = key(quint16(s), id);
            m_removedAt.insert(k, m_streamSerial);
            const auto it = m_byKey.constFind(k);
            if (it != m_byKey.cend())
                removed.push_back(*it);
        }
    }
    removeNodes(std::move(removed));
    recount();
}

QModelIndex MessageListModel::indexOf(const QString &accountId, Store::MessageId id, int column) const
{
    for (qsizetype s = 0; s < m_sources.size(); ++s) {
        if (m_sources.at(s).accountId != accountId)
            continue;
        const auto it = m_byKey.constFind(key(quint16(s), id));
        if (it != m_byKey.cend())
            return indexOfNode(*it, column);
    }
    return {};
}

QModelIndex MessageListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= int(MessageColumn::Count) || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<quint32> &list = childrenOf(parent.isValid() ? qint32(parent.internalId()) : -1);
    if (size_t(row) >= list.size())
        return {};
    return createIndex(row, column, quintptr(list[size_t(row)]));
}

QModelIndex MessageListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const qint32 p = m_nodes[child.internalId()].parent;
    return p < 0 ? QModelIndex() : createIndex(int(m_nodes[size_t(p)].row), 0, quintptr(p));
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? qint32(parent.internalId()) : -1).size());
}

int MessageListModel::columnCount(const QModelIndex &) const
{
    return int(MessageColumn::Count);
}

bool MessageListModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Node &n = m_nodes[index.internalId()];
    const Store::MessageFlags flags = Store::MessageFlags::fromInt(n.m.flags);
    switch (role) {
    case Qt::DisplayRole:
        switch (MessageColumn(index.column())) {
        case MessageColumn::Subject: return m_subjects.at(n.m.subject);
        case MessageColumn::Sender: return MessageText::firstDisplayName(m_senders.at(n.m.sender));
        case MessageColumn::Recipients:
            return MessageText::displayNames(m_recipients.at(n.m.recipients)).join(QLatin1String(", "));
        case MessageColumn::Date: return data(index, DateRole);
        case MessageColumn::Size: return n.m.size;
        case MessageColumn::Count: return {};
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == int(MessageColumn::Sender))
            return m_senders.at(n.m.sender);
        if (index.column() == int(MessageColumn::Recipients))
            return m_recipients.at(n.m.recipients);
        return {};
    case MessageIdRole: return n.m.id;
    case AccountIdRole: return m_sources.value(n.source).accountId;
    case FolderIdRole: return m_sources.value(n.source).folderId;
    case SubjectRole: return m_subjects.at(n.m.subject);
    case SenderRole: return m_senders.at(n.m.sender);
    case SenderNameRole: return MessageText::firstDisplayName(m_senders.at(n.m.sender));
    case RecipientsRole: return m_recipients.at(n.m.recipients);
    case DateRole: return n.m.date ? QDateTime::fromSecsSinceEpoch(n.m.date, Qt::UTC) : QDateTime();
    case DateSecsRole: return n.m.date;
    case SizeRole: return n.m.size;
    case FlagsRole: return int(n.m.flags);
    case UnreadRole: return !(flags & Store::MessageFlag::Seen);
    case FlaggedRole: return bool(flags & Store::MessageFlag::Flagged);
    case AnsweredRole: return bool(flags & Store::MessageFlag::Answered);
    case ForwardedRole: return bool(flags & Store::MessageFlag::Forwarded);
    case DraftRole: return bool(flags & Store::MessageFlag::Draft);
    case DeletedRole: return bool(flags & Store::MessageFlag::Deleted);
    case HasAttachmentsRole: return n.m.hasAttachments;
    case BodyStateRole: return int(n.m.bodyState);
    case ThreadSizeRole: return subtreeCount(quint32(index.internalId()), false);
    case ThreadUnreadRole: return subtreeCount(quint32(index.internalId()), true);
    default: return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString title = columnTitle(MessageColumn(section));
    return title.isEmpty() ? QVariant() : QVariant(title);
}

QString MessageListModel::columnTitle(MessageColumn column)
{
    switch (column) {
    case MessageColumn::Subject: return tr("Subject");
    case MessageColumn::Sender: return tr("From");
    case MessageColumn::Recipients: return tr("To");
    case MessageColumn::Date: return tr("Date");
    case MessageColumn::Size: return tr("Size");
    case MessageColumn::Count: break;
    }
    return QString();
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    // Lets a tree view skip asking each of 100,000 rows for children. A thread's leaf
    // says so too: the flag is read again when a reply is inserted under it.
    if (!m_threaded || !m_children.contains(quint32(index.internalId())))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QStringList MessageListModel::mimeTypes() const
{
    return {MessageDrag::mimeType()};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<MessageDrag::Entry> entries;
    QSet<quintptr> done;
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || done.contains(i.internalId()))
            continue;
        done.insert(i.internalId());
        const Node &n = m_nodes[i.internalId()];
        const MessageSource &s = m_sources.at(n.source);
        entries << MessageDrag::Entry{s.accountId, s.folderId, n.m.id};
    }
    if (entries.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(MessageDrag::mimeType(), MessageDrag::encode(entries));
    return mime;
}

Qt::DropActions MessageListModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(AccountIdRole, "accountId");
    names.insert(FolderIdRole, "folderId");
    names.insert(SubjectRole, "subject");
    names.insert(SenderRole, "sender");
    names.insert(SenderNameRole, "senderName");
    names.insert(RecipientsRole, "recipients");
    names.insert(DateRole, "date");
    names.insert(DateSecsRole, "dateSecs");
    names.insert(SizeRole, "size");
    names.insert(FlagsRole, "flags");
    names.insert(UnreadRole, "unread");
    names.insert(FlaggedRole, "flagged");
    names.insert(AnsweredRole, "answered");
    names.insert(ForwardedRole, "forwarded");
    names.insert(DraftRole, "draft");
    names.insert(DeletedRole, "deleted");
    names.insert(HasAttachmentsRole, "hasAttachments");
    names.insert(BodyStateRole, "bodyState");
    names.insert(ThreadSizeRole, "threadSize");
    names.insert(ThreadUnreadRole, "threadUnread");
    return names;
}

void MessageListModel::setThreaded(bool threaded)
{
    if (threaded == m_threaded)
        return;
    m_threaded = threaded;
    if (m_sources.isEmpty())
        return;
    if (!threaded) {
        // Flatten: every node a root again.
        beginResetModel();
        destroyInBackground(std::exchange(m_children, {}));
        m_roots.clear();
        for (quint32 i = 0; i < m_nodes.size(); ++i) {
            m_nodes[i].parent = -1;
            m_nodes[i].threadDate = m_nodes[i].m.date;
            if (m_nodes[i].alive)
                m_roots.push_back(i);
        }
        sortRootList();
        renumber(m_roots, 0);
        destroyInBackground(std::exchange(m_messageIds, {}));
        destroyInBackground(std::exchange(m_refs, {}));
        destroyInBackground(std::exchange(m_byMessageId, {}));
        m_threadedLoaded = false;
        endResetModel();
        return;
    }
    // The threading headers are not kept in the flat list: read them with the list.
    startLoad(false);
}

} // namespace Pigeon::Models
