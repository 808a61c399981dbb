// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "models/messagelistloader.h"
#include "models/messageorder.h"
#include "models/messageroles.h"
#include "store/messagerow.h"

#include <QAbstractItemModel>
#include <QCollator>
#include <QHash>

#include <unordered_map>
#include <vector>

namespace Pigeon::Models {

/// The message list of one folder, or of several (a unified Inbox), over the stores'
/// indexes. Columns: MessageColumn; roles: MessageRole (messageroles.h).
///
/// It keeps every message of the folder in memory as a compact record (~50 bytes plus
/// the distinct texts), loaded off the UI thread by MessageListLoader: a first
/// screenful in the list's order (the newest from the index; another order from the
/// ListOrderCache of the folder's last whole load), then the whole folder merged in
/// without a reset. Sorting is in memory by precomputed collation ranks. Flat, or threaded by References (setThreaded): then a thread root's
/// replies are its children, oldest first.
///
/// Changes arrive as batches (from the account's worker, or a reload) and are merged:
/// rows are inserted where they sort, removed, or changed in place, with the proper
/// begin/end signals, so selections and scroll positions (persistent indexes) survive.
class MessageListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit MessageListModel(QObject *parent = nullptr);
    ~MessageListModel() override;

    /// Shows these folders: clears the list and loads them in the background.
    void setSources(const QList<MessageSource> &sources);
    QList<MessageSource> sources() const { return m_sources; }
    /// Reads the folders again and merges what changed (keeps selection and scrolling).
    void reload();
    /// True until the whole list is in the model.
    bool isLoading() const { return m_loading; }

    void setThreaded(bool threaded);
    bool isThreaded() const { return m_threaded; }
    /// Collation of the sender/subject sort (default: QLocale()). Takes effect on the next load.
    void setCollationLocale(const QLocale &locale);
    int sortColumn() const { return int(m_sortColumn); }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Streamed from the account's worker: new messages (rows of other folders ignored),
    /// changed flags, deleted or moved-away messages.
    void addMessages(const QString &accountId, const QList<Store::MessageRow> &rows);
    void updateMessages(const QString &accountId, const QList<Store::MessageRow> &rows);
    void removeMessages(const QString &accountId, const QList<Store::MessageId> &ids);

    QModelIndex indexOf(const QString &accountId, Store::MessageId id, int column = 0) const;
    qint64 totalCount() const { return m_total; }
    qint64 unreadCount() const { return m_unread; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// The title of a message-list column, shared by every list of messages (search results too).
    static QString columnTitle(MessageColumn column);
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// The whole list is in (after setSources or reload).
    void loaded();
    void loadFailed(const Pigeon::MailError &error);
    /// The model's own count of a folder changed (a flag change, a new message), so the
    /// folder pane can update without asking the store.
    void countsChanged(const QString &accountId, qint64 folderId, qint64 total, qint64 unread);

private:
    struct Node {
        Store::ListItem m;
        quint16 source = 0;
        bool alive = true;
        qint32 parent = -1;
        quint32 row = 0;
        qint64 threadDate = 0; ///< newest date in the subtree (threads sort by it)
    };

    /// Everything a shown list holds, movable as one (to the recent-lists cache, or to
    /// the pool to be freed).
    struct Contents {
        QList<MessageSource> sources;
        std::vector<Node> nodes;
        std::vector<quint64> addedSerial;
        std::vector<quint32> roots;
        std::unordered_map<quint32, std::vector<quint32>> children;
        QHash<quint64, quint32> byKey;
        std::vector<QByteArray> messageIds;
        std::vector<QList<QByteArray>> refs;
        QHash<QByteArray, quint32> byMessageId;
        RankedStrings senders, recipients, subjects;
        MessageColumn sortColumn = MessageColumn::Date;
        Qt::SortOrder sortOrder = Qt::DescendingOrder;
    };

    // messagelistmodel.cpp
    Contents takeContents();
    void cacheOrDiscard(Contents contents);
    bool restoreCached(const QList<MessageSource> &sources);
    void startLoad(bool firstScreen);
    void onLoaded(const LoadedListPtr &list);
    void adopt(const LoadedListPtr &list);
    void merge(const LoadedListPtr &list);
    void rebase(const LoadedListPtr &list);
    MessageOrder order() const;
    MessageOrder::Key sortKey(const MessageOrder &order, quint32 node) const;
    bool less(quint32 a, quint32 b) const;
    bool sortedAsAsked(const LoadedList &list) const;
    void sortRootList();
    void sortRoots();
    void remapPersistentIndexes();
    void recount();
    /// Moves the list's containers out (to be freed off the UI thread) and leaves them empty.
    void discardContents();
    static quint64 key(quint16 source, Store::MessageId id) { return LoadedList::key(source, id); }
    /// Counted as unread: not \Seen and not \Deleted (as Store::FolderCounts counts).
    static bool isUnread(quint16 flags)
    {
        const auto f = Store::MessageFlags::fromInt(flags);
        return !(f & Store::MessageFlag::Seen) && !(f & Store::MessageFlag::Deleted);
    }
    int sourceOf(const QString &accountId, const QString &folder) const;
    Store::ListItem itemFrom(const Store::MessageRow &row);

    // messagelisttree.cpp: structure changes with their signals
    std::vector<quint32> &childrenOf(qint32 node);
    const std::vector<quint32> &childrenOf(qint32 node) const;
    QModelIndex indexOfNode(quint32 node, int column = 0) const;
    void renumber(std::vector<quint32> &list, size_t from);
    void buildThreads(LoadedList &list);
    /// @p presorted: @p nodes are in the model's order already (a load's).
    void insertNodes(std::vector<quint32> nodes, bool presorted = false);
    void insertThreaded(quint32 node);
    void removeNodes(std::vector<quint32> nodes);
    void removeOne(quint32 node);
    void moveNode(quint32 node, qint32 newParent);
    void emitChanged(std::vector<quint32> nodes);
    void updateThreadDate(quint32 node);
    qint32 findParent(quint32 node) const;
    int subtreeCount(quint32 node, bool unreadOnly) const;

    QList<MessageSource> m_sources;
    MessageListLoader *m_loader = nullptr;
    bool m_loading = false;
    bool m_threaded = false;
    bool m_threadedLoaded = false; ///< the nodes' threading headers are in m_messageIds/m_refs
    quint64 m_streamSerial = 0;    ///< bumped per streamed batch; a load snapshots it
    quint64 m_loadSerial = 0;
    QLocale m_locale;
    QCollator m_collator;
    MessageColumn m_sortColumn = MessageColumn::Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;

    std::vector<Node> m_nodes;
    std::vector<quint64> m_addedSerial;  ///< per node: m_streamSerial when streamed in, 0 if loaded
    std::vector<quint32> m_roots;
    std::unordered_map<quint32, std::vector<quint32>> m_children;
    QHash<quint64, quint32> m_byKey;     ///< (source, id) -> node
    QHash<quint64, quint64> m_removedAt; ///< (source, id) -> m_streamSerial of its streamed removal
    std::vector<QByteArray> m_messageIds;            ///< per node, threaded only
    std::vector<QList<QByteArray>> m_refs;           ///< per node, threaded only
    QHash<QByteArray, quint32> m_byMessageId;        ///< threaded only
    RankedStrings m_senders{RankedStrings::Kind::Name};
    RankedStrings m_recipients{RankedStrings::Kind::Names};
    RankedStrings m_subjects{RankedStrings::Kind::Subject};
    qint64 m_total = 0;
    qint64 m_unread = 0;
    std::vector<std::pair<qint64, qint64>> m_sourceCounts; ///< per source: total, unread
    /// Lists shown recently, newest first, so going back to a folder shows it at once
    /// (then a background reload merges what changed meanwhile).
    std::vector<Contents> m_recent;
};

} // namespace Pigeon::Models
