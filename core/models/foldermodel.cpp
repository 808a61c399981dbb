// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "models/foldermodel.h"

#include "models/backgroundjob.h"
#include "store/messagelistquery.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Pigeon::Models {

struct FolderModel::Node {
    enum class Type { Unified, Account, Folder } type = Type::Folder;
    QString accountId;
    QString name;      ///< shown: account name or the last part of the folder path
    QString path;      ///< folders: full name
    QString indexPath; ///< accounts: the store's index
    QChar delimiter = QLatin1Char('/');
    qint64 folderId = 0; ///< 0: a parent that exists only in others' paths
    FolderKind kind = FolderKind::Normal;
    qint64 total = 0;
    qint64 unread = 0;
    bool selectable = false;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row(const std::vector<std::unique_ptr<Node>> &top) const
    {
        const auto &list = parent ? parent->children : top;
        for (size_t i = 0; i < list.size(); ++i)
            if (list[i].get() == this)
                return int(i);
        return -1;
    }
};

FolderModel::FolderModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    m_unified = std::make_unique<Node>();
    m_unified->type = Node::Type::Unified;
    m_unified->kind = FolderKind::UnifiedInbox;
    m_unified->selectable = true;
}

FolderModel::~FolderModel() = default;

FolderKind FolderModel::kindFromName(const QString &path)
{
    const QString n = path.toLower();
    static const QHash<QString, FolderKind> names = {
        {QStringLiteral("inbox"), FolderKind::Inbox},
        {QStringLiteral("drafts"), FolderKind::Drafts},
        {QStringLiteral("templates"), FolderKind::Templates},
        {QStringLiteral("sent"), FolderKind::Sent},
        {QStringLiteral("sent messages"), FolderKind::Sent},
        {QStringLiteral("sent items"), FolderKind::Sent},
        {QStringLiteral("sent mail"), FolderKind::Sent},
        {QStringLiteral("archive"), FolderKind::Archive},
        {QStringLiteral("archives"), FolderKind::Archive},
        {QStringLiteral("junk"), FolderKind::Junk},
        {QStringLiteral("spam"), FolderKind::Junk},
        {QStringLiteral("trash"), FolderKind::Trash},
        {QStringLiteral("deleted items"), FolderKind::Trash},
        {QStringLiteral("deleted messages"), FolderKind::Trash},
        {QStringLiteral("outbox"), FolderKind::Outbox},
    };
    return names.value(n, FolderKind::Normal);
}

FolderKind FolderModel::kindFromSpecialUse(QByteArrayView specialUse)
{
    // RFC 6154 §2; Drafts, Sent, Junk and Trash also as the Outlook/Gmail-era names.
    static const QHash<QByteArray, FolderKind> uses = {
        {"\\drafts", FolderKind::Drafts}, {"\\sent", FolderKind::Sent},     {"\\junk", FolderKind::Junk},
        {"\\trash", FolderKind::Trash},   {"\\archive", FolderKind::Archive}, {"\\all", FolderKind::All},
        {"\\flagged", FolderKind::Flagged},
    };
    return uses.value(specialUse.toByteArray().trimmed().toLower(), FolderKind::Normal);
}

FolderKind FolderModel::kindOf(const QString &path, QByteArrayView specialUse)
{
    const FolderKind use = kindFromSpecialUse(specialUse);
    if (use != FolderKind::Normal)
        return use;
    // Without special-use data (local folders, servers without RFC 6154) the name is
    // all there is; an unknown special use (\Important) makes a normal folder.
    if (path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0 || specialUse.isEmpty())
        return kindFromName(path);
    return FolderKind::Normal;
}

bool FolderModel::isProtected(FolderKind kind)
{
    switch (kind) {
    case FolderKind::Inbox:
    case FolderKind::Drafts:
    case FolderKind::Sent:
    case FolderKind::Junk:
    case FolderKind::Trash:
    case FolderKind::Outbox:
    case FolderKind::Account:
    case FolderKind::UnifiedInbox: return true;
    default: return false;
    }
}

QString FolderModel::folderMimeType()
{
    return QStringLiteral("application/x-pigeon-folder");
}

FolderModel::Node *FolderModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex FolderModel::indexOfNode(const Node *node, int column) const
{
    if (!node)
        return {};
    const int row = node->row(m_top);
    return row < 0 ? QModelIndex() : createIndex(row, column, const_cast<Node *>(node));
}

FolderModel::Node *FolderModel::account(const QString &accountId) const
{
    for (const auto &n : m_top)
        if (n->type == Node::Type::Account && n->accountId == accountId)
            return n.get();
    return nullptr;
}

FolderModel::Node *FolderModel::findFolder(Node *node, qint64 folderId) const
{
    for (const auto &c : node->children) {
        if (c->folderId == folderId)
            return c.get();
        if (Node *f = findFolder(c.get(), folderId))
            return f;
    }
    return nullptr;
}

bool FolderModel::before(const Node *a, const Node *b) const
{
    // Special folders first, in the order mail clients have taught users.
    auto weight = [](FolderKind k) {
        switch (k) {
        case FolderKind::Inbox: return 0;
        case FolderKind::Drafts: return 1;
        case FolderKind::Templates: return 2;
        case FolderKind::Sent: return 3;
        case FolderKind::Archive: return 4;
        case FolderKind::Junk: return 5;
        case FolderKind::Trash: return 6;
        case FolderKind::Outbox: return 7;
        default: return 8;
        }
    };
    if (weight(a->kind) != weight(b->kind))
        return weight(a->kind) < weight(b->kind);
    return m_collator.compare(a->name, b->name) < 0;
}

void FolderModel::insertChild(Node *parent, std::unique_ptr<Node> child)
{
    child->parent = parent;
    auto &list = parent->children;
    const auto pos = std::upper_bound(list.begin(), list.end(), child,
                                      [this](const auto &x, const auto &y) { return before(x.get(), y.get()); });
    const int row = int(pos - list.begin());
    beginInsertRows(indexOfNode(parent), row, row);
    list.insert(list.begin() + row, std::move(child));
    endInsertRows();
}

void FolderModel::removeChild(Node *parent, int row)
{
    beginRemoveRows(indexOfNode(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

FolderModel::Node *FolderModel::ensurePath(Node *acc, const QString &path, QChar delimiter)
{
    // The parent of "A/B/C" is "A/B"; missing parents appear as placeholders.
    Node *parent = acc;
    const QStringList parts = path.split(delimiter, Qt::SkipEmptyParts);
    QString prefix;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        prefix += (i ? QString(delimiter) : QString()) + parts.at(i);
        Node *next = nullptr;
        for (const auto &c : parent->children)
            if (c->path == prefix)
                next = c.get();
        if (!next) {
            auto n = std::make_unique<Node>();
            n->accountId = acc->accountId;
            n->name = parts.at(i);
            n->path = prefix;
            n->delimiter = delimiter;
            next = n.get();
            insertChild(parent, std::move(n));
        }
        parent = next;
    }
    return parent;
}

void FolderModel::setAccount(const QString &accountId, const QString &displayName, const QString &indexPath,
                             const QList<FolderInfo> &folders)
{
    Node *acc = account(accountId);
    if (!acc) {
        auto n = std::make_unique<Node>();
        n->type = Node::Type::Account;
        n->kind = FolderKind::Account;
        n->accountId = accountId;
        acc = n.get();
        const int row = int(m_top.size());
        beginInsertRows({}, row, row);
        m_top.push_back(std::move(n));
        endInsertRows();
    }
    acc->indexPath = indexPath;
    if (acc->name != displayName) {
        acc->name = displayName;
        const QModelIndex i = indexOfNode(acc);
        Q_EMIT dataChanged(i, i);
    }
    QHash<qint64, FolderInfo> wanted;
    for (const FolderInfo &f : folders)
        wanted.insert(f.id, f);
    // Gone (or renamed: path changed) folders first; parents others still need stay
    // as placeholders.
    std::function<void(Node *)> prune = [&](Node *parent) {
        for (int i = int(parent->children.size()) - 1; i >= 0; --i) {
            Node *c = parent->children[size_t(i)].get();
            prune(c);
            const auto it = wanted.constFind(c->folderId);
            const bool keep = c->folderId != 0 && it != wanted.cend() && it->path == c->path;
            if (keep)
                continue;
            if (!c->children.empty()) {
                if (c->folderId != 0) {
                    c->folderId = 0;
                    c->selectable = false;
                    c->total = c->unread = 0;
                    const QModelIndex ci = indexOfNode(c);
                    Q_EMIT dataChanged(ci, ci);
                }
                continue;
            }
            removeChild(parent, i);
        }
    };
    prune(acc);
    for (const FolderInfo &f : folders) {
        if (Node *existing = findFolder(acc, f.id)) {
            if (existing->total != f.total || existing->unread != f.unread || existing->kind != f.kind
                || existing->selectable != f.selectable) {
                existing->total = f.total;
                existing->unread = f.unread;
                existing->kind = f.kind;
                existing->selectable = f.selectable;
                const QModelIndex ci = indexOfNode(existing);
                Q_EMIT dataChanged(ci, ci);
            }
            continue;
        }
        Node *parent = ensurePath(acc, f.path, f.delimiter);
        Node *placeholder = nullptr;
        for (const auto &c : parent->children)
            if (c->folderId == 0 && c->path == f.path)
                placeholder = c.get();
        Node *target = placeholder;
        std::unique_ptr<Node> created;
        if (!target) {
            created = std::make_unique<Node>();
            target = created.get();
        }
        target->accountId = accountId;
        target->path = f.path;
        target->name = f.path.section(f.delimiter, -1, -1, QString::SectionSkipEmpty);
        target->delimiter = f.delimiter;
        target->folderId = f.id;
        target->kind = f.kind;
        target->total = f.total;
        target->unread = f.unread;
        target->selectable = f.selectable;
        if (created) {
            insertChild(parent, std::move(created));
        } else {
            const QModelIndex ci = indexOfNode(target);
            Q_EMIT dataChanged(ci, ci);
        }
    }
    countsChanged(acc);
    updateUnified();
}

void FolderModel::loadAccount(const QString &accountId, const QString &displayName, const QString &storeRoot)
{
    const QString indexPath = Store::MessageListQuery::indexPathFor(storeRoot);
    runInBackground<Result<QList<Store::FolderSummary>>>(
        this, [indexPath] { return Store::MessageListQuery(indexPath).folders(); },
        [this, accountId, displayName, indexPath](const Result<QList<Store::FolderSummary>> &r) {
            if (!r) {
                Q_EMIT loadFailed(accountId, r.error());
                return;
            }
            QList<FolderInfo> folders;
            for (const Store::FolderSummary &s : *r) {
                FolderInfo f;
                f.id = s.id;
                f.path = s.name;
                // The server's word first (IMAP), the name for local folders (POP3).
                f.kind = kindOf(s.name, s.specialUse);
                if (!s.delimiter.isEmpty())
                    f.delimiter = s.delimiter.at(0);
                f.total = s.total;
                f.unread = s.unread;
                f.selectable = s.selectable;
                folders << f;
            }
            setAccount(accountId, displayName, indexPath, folders);
        });
}

void FolderModel::refreshCounts(const QString &accountId)
{
    const Node *acc = account(accountId);
    if (!acc)
        return;
    const QString indexPath = acc->indexPath;
    runInBackground<Result<QList<Store::FolderSummary>>>(
        this, [indexPath] { return Store::MessageListQuery(indexPath).folders(); },
        [this, accountId](const Result<QList<Store::FolderSummary>> &r) {
            if (!r) {
                Q_EMIT loadFailed(accountId, r.error());
                return;
            }
            for (const Store::FolderSummary &s : *r)
                setCounts(accountId, s.id, s.total, s.unread);
        });
}

void FolderModel::removeAccount(const QString &accountId)
{
    for (size_t i = 0; i < m_top.size(); ++i) {
        if (m_top[i]->type == Node::Type::Account && m_top[i]->accountId == accountId) {
            beginRemoveRows({}, int(i), int(i));
            m_top.erase(m_top.begin() + qsizetype(i));
            endRemoveRows();
            break;
        }
    }
    updateUnified();
}

void FolderModel::setCounts(const QString &accountId, qint64 folderId, qint64 total, qint64 unread)
{
    Node *acc = account(accountId);
    Node *f = acc ? findFolder(acc, folderId) : nullptr;
    if (!f || (f->total == total && f->unread == unread))
        return;
    f->total = total;
    f->unread = unread;
    countsChanged(f);
}

void FolderModel::countsChanged(Node *node)
{
    // The folder, its account's total and the unified Inbox all show this count.
    for (Node *n = node; n; n = n->parent) {
        const QModelIndex i = indexOfNode(n);
        if (i.isValid())
            Q_EMIT dataChanged(i, i);
    }
    if (!m_top.empty() && m_top.front()->type == Node::Type::Unified) {
        const QModelIndex u = indexOfNode(m_top.front().get());
        Q_EMIT dataChanged(u, u);
    }
}

void FolderModel::updateUnified()
{
    int accounts = 0;
    for (const auto &n : m_top)
        accounts += n->type == Node::Type::Account ? 1 : 0;
    const bool shown = !m_top.empty() && m_top.front()->type == Node::Type::Unified;
    if (accounts >= 2 && !shown) {
        beginInsertRows({}, 0, 0);
        m_top.insert(m_top.begin(), std::move(m_unified));
        endInsertRows();
    } else if (accounts < 2 && shown) {
        beginRemoveRows({}, 0, 0);
        m_unified = std::move(m_top.front());
        m_top.erase(m_top.begin());
        endRemoveRows();
    }
}

qint64 FolderModel::sumUnread(const Node *node) const
{
    qint64 sum = 0;
    for (const auto &c : node->children) {
        if (c->kind != FolderKind::Junk && c->kind != FolderKind::Trash)
            sum += c->unread;
        sum += sumUnread(c.get());
    }
    return sum;
}

QList<MessageSource> FolderModel::sourcesFor(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    QList<MessageSource> result;
    if (!n)
        return result;
    if (n->type == Node::Type::Unified) {
        for (const auto &acc : m_top) {
            if (acc->type != Node::Type::Account)
                continue;
            for (const auto &c : acc->children)
                if (c->kind == FolderKind::Inbox && c->folderId != 0)
                    result << MessageSource{acc->accountId, acc->indexPath, c->folderId, c->path};
        }
    } else if (n->type == Node::Type::Folder && n->folderId != 0 && n->selectable) {
        const Node *acc = n;
        while (acc->parent)
            acc = acc->parent;
        result << MessageSource{n->accountId, acc->indexPath, n->folderId, n->path};
    }
    return result;
}

QModelIndex FolderModel::indexOf(const QString &accountId, qint64 folderId) const
{
    Node *acc = account(accountId);
    return acc ? indexOfNode(findFolder(acc, folderId)) : QModelIndex();
}

QModelIndex FolderModel::accountIndex(const QString &accountId) const
{
    return indexOfNode(account(accountId));
}

QModelIndex FolderModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    const auto &list = p ? p->children : m_top;
    if (size_t(row) >= list.size())
        return {};
    return createIndex(row, column, list[size_t(row)].get());
}

QModelIndex FolderModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    return n && n->parent ? indexOfNode(n->parent) : QModelIndex();
}

int FolderModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = nodeOf(parent);
    return int(p ? p->children.size() : m_top.size());
}

int FolderModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FolderModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    const bool unified = n->type == Node::Type::Unified;
    switch (role) {
    case Qt::DisplayRole:
    case FolderNameRole:
        if (unified)
            return tr("All Inboxes");
        if (n->kind == FolderKind::Inbox && n->parent && n->parent->type == Node::Type::Account)
            return tr("Inbox");
        return n->name;
    case Qt::EditRole: return n->name;
    case Qt::ToolTipRole: return n->type == Node::Type::Folder ? n->path : QVariant();
    case FolderKindRole: return int(n->kind);
    case AccountIdRole: return n->accountId;
    case FolderIdRole: return n->folderId;
    case FolderPathRole: return n->path;
    case IndexPathRole: {
        const Node *acc = n;
        while (acc->parent)
            acc = acc->parent;
        return acc->indexPath;
    }
    case SelectableRole: return n->type == Node::Type::Folder ? (n->selectable && n->folderId != 0) : unified;
    case UnreadCountRole:
        if (unified) {
            qint64 sum = 0;
            for (const auto &acc : m_top)
                for (const auto &c : acc->children)
                    if (c->kind == FolderKind::Inbox)
                        sum += c->unread;
            return sum;
        }
        return n->type == Node::Type::Account ? sumUnread(n) : n->unread;
    case TotalCountRole:
        if (unified) {
            qint64 sum = 0;
            for (const auto &acc : m_top)
                for (const auto &c : acc->children)
                    if (c->kind == FolderKind::Inbox)
                        sum += c->total;
            return sum;
        }
        return n->total;
    default: return {};
    }
}

bool FolderModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Node *n = nodeOf(index);
    if (!n || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name.contains(n->delimiter) || name == n->name)
        return false;
    const qsizetype cut = n->path.lastIndexOf(n->delimiter);
    const QString newPath = cut < 0 ? name : n->path.left(cut + 1) + name;
    Q_EMIT renameRequested(n->accountId, n->folderId, newPath);
    return true;
}

Qt::ItemFlags FolderModel::flags(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled;
    const bool holdsMessages = n->type == Node::Type::Folder && n->folderId != 0 && n->selectable;
    if (holdsMessages || n->type == Node::Type::Unified)
        f |= Qt::ItemIsSelectable;
    // Messages drop on folders that hold them, folders on any folder or account row
    // (canDropMimeData tells which).
    if (n->type != Node::Type::Unified)
        f |= Qt::ItemIsDropEnabled;
    // Special folders keep their names and places: servers and other clients look for them.
    if (holdsMessages && n->kind == FolderKind::Normal)
        f |= Qt::ItemIsEditable;
    if (n->type == Node::Type::Folder && n->folderId != 0 && !isProtected(n->kind))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList FolderModel::mimeTypes() const
{
    return {MessageDrag::mimeType(), folderMimeType()};
}

QMimeData *FolderModel::mimeData(const QModelIndexList &indexes) const
{
    const Node *n = indexes.isEmpty() ? nullptr : nodeOf(indexes.constFirst());
    if (!n || !(flags(indexes.constFirst()) & Qt::ItemIsDragEnabled))
        return nullptr;
    auto *data = new QMimeData;
    QByteArray encoded;
    QDataStream out(&encoded, QIODevice::WriteOnly);
    out << n->accountId << n->path;
    data->setData(folderMimeType(), encoded);
    return data;
}

Qt::DropActions FolderModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool FolderModel::canDropFolder(const QMimeData *data, const Node *target) const
{
    QDataStream in(data->data(folderMimeType()));
    QString accountId, path;
    in >> accountId >> path;
    if (in.status() != QDataStream::Ok || path.isEmpty() || target->accountId != accountId)
        return false;
    const Node *acc = account(accountId);
    const Node *source = nullptr;
    std::function<const Node *(const Node *)> find = [&](const Node *parent) -> const Node * {
        for (const auto &c : parent->children) {
            if (c->folderId != 0 && c->path == path)
                return c.get();
            if (const Node *f = find(c.get()))
                return f;
        }
        return nullptr;
    };
    source = acc ? find(acc) : nullptr;
    if (!source || isProtected(source->kind))
        return false;
    // Not onto itself, into its own subtree, or where it already is.
    for (const Node *t = target; t; t = t->parent)
        if (t == source)
            return false;
    return source->parent != target;
}

bool FolderModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                  const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    if (!data || !n || !(flags(parent) & Qt::ItemIsDropEnabled))
        return false;
    if (data->hasFormat(folderMimeType()))
        return action == Qt::MoveAction && canDropFolder(data, n);
    const bool holdsMessages = n->type == Node::Type::Folder && n->folderId != 0 && n->selectable;
    if (!holdsMessages || !data->hasFormat(MessageDrag::mimeType()))
        return false;
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    const QList<MessageDrag::Entry> entries = MessageDrag::decode(data->data(MessageDrag::mimeType()));
    // Dropping messages on their own folder does nothing.
    return std::any_of(entries.cbegin(), entries.cend(), [n](const MessageDrag::Entry &e) {
        return e.accountId != n->accountId || e.folderId != n->folderId;
    });
}

bool FolderModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Node *n = nodeOf(parent);
    if (data->hasFormat(folderMimeType())) {
        QDataStream in(data->data(folderMimeType()));
        QString accountId, path;
        in >> accountId >> path;
        Q_EMIT folderMoveRequested(accountId, path, n->type == Node::Type::Account ? QString() : n->path);
        return true;
    }
    Q_EMIT messagesDropped(MessageDrag::decode(data->data(MessageDrag::mimeType())), n->accountId, n->folderId,
                           action);
    // The list removes nothing itself: the move reaches it from the store.
    return true;
}

Qt::DropActions FolderModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QHash<int, QByteArray> FolderModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(FolderKindRole, "kind");
    names.insert(AccountIdRole, "accountId");
    names.insert(FolderIdRole, "folderId");
    names.insert(FolderPathRole, "path");
    names.insert(FolderNameRole, "name");
    names.insert(UnreadCountRole, "unread");
    names.insert(TotalCountRole, "total");
    names.insert(SelectableRole, "selectable");
    names.insert(IndexPathRole, "indexPath");
    return names;
}

} // namespace Pigeon::Models
