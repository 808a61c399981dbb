// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "models/folderroles.h"
#include "models/messagedrag.h"
#include "models/messagelistloader.h"

#include <QAbstractItemModel>
#include <QCollator>

#include <memory>
#include <vector>

namespace Pigeon::Models {

/// One folder of an account, as FolderModel takes it.
struct FolderInfo {
    qint64 id = 0;
    QString path;                      ///< full name, e.g. "Work/2026"
    QChar delimiter = QLatin1Char('/'); ///< hierarchy separator (IMAP LIST, RFC 9051 §6.3.9)
    FolderKind kind = FolderKind::Normal;
    qint64 total = 0;
    qint64 unread = 0;
    bool selectable = true;
};

/// The folder pane: a unified Inbox (with two accounts or more), then every account
/// with its folder tree. Special folders first in a fixed order (Inbox, Drafts,
/// Templates, Sent, Archive, Junk, Trash, Outbox), the rest by the locale's collation.
///
/// Folders come from the accounts' stores (loadAccount reads them off the UI thread)
/// or from whoever knows them (setAccount, e.g. the IMAP sync's LIST). Counts follow
/// setCounts (connect MessageListModel::countsChanged) and refreshCounts.
///
/// Drops of messages (MessageDrag) onto a folder and renames through the view's
/// editor are not performed here: they are requests (signals) for the account's
/// runtime, whose result comes back as new folders and counts.
class FolderModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit FolderModel(QObject *parent = nullptr);
    ~FolderModel() override;

    /// Adds the account, or updates its name and folders (rows are inserted, removed
    /// and changed in place, so the selection stays).
    void setAccount(const QString &accountId, const QString &displayName, const QString &indexPath,
                    const QList<FolderInfo> &folders);
    /// Reads the account's folders and counts from its store in the background, then
    /// setAccount(). @p storeRoot: the account's MailStore directory.
    void loadAccount(const QString &accountId, const QString &displayName, const QString &storeRoot);
    /// Reads the counts again (after flags changed elsewhere).
    void refreshCounts(const QString &accountId);
    void removeAccount(const QString &accountId);
    void setCounts(const QString &accountId, qint64 folderId, qint64 total, qint64 unread);

    /// What a message list shows for this row: one folder, or every Inbox for the
    /// unified Inbox; empty for rows without messages.
    QList<MessageSource> sourcesFor(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &accountId, qint64 folderId) const;
    QModelIndex accountIndex(const QString &accountId) const;
    /// The kind a local folder's name suggests (for stores without special-use data).
    static FolderKind kindFromName(const QString &path);
    /// The kind of an RFC 6154 special-use attribute ("\\Sent"...), Normal if none.
    static FolderKind kindFromSpecialUse(QByteArrayView specialUse);
    /// The kind of a folder: the server's special use first (IMAP), else its name (local
    /// folders, servers without special-use data, and INBOX anywhere).
    static FolderKind kindOf(const QString &path, QByteArrayView specialUse);
    /// Folders that keep their names and places (Inbox, Drafts, Sent, Junk, Trash,
    /// Outbox): servers, other clients and Pigeon itself look for them there.
    static bool isProtected(FolderKind kind);
    /// The MIME type of a dragged folder (accountId, path).
    static QString folderMimeType();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// Messages were dropped on a folder: move (or copy) them there.
    void messagesDropped(const QList<Pigeon::Models::MessageDrag::Entry> &messages, const QString &targetAccountId,
                         qint64 targetFolderId, Qt::DropAction action);
    /// The user renamed a folder in the view: the new full path, same parent.
    void renameRequested(const QString &accountId, qint64 folderId, const QString &newPath);
    /// A folder was dropped on another folder (or its account's row, @p newParent empty).
    void folderMoveRequested(const QString &accountId, const QString &path, const QString &newParent);
    void loadFailed(const QString &accountId, const Pigeon::MailError &error);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    Node *account(const QString &accountId) const;
    Node *findFolder(Node *node, qint64 folderId) const;
    Node *ensurePath(Node *account, const QString &path, QChar delimiter);
    void insertChild(Node *parent, std::unique_ptr<Node> child);
    void removeChild(Node *parent, int row);
    bool before(const Node *a, const Node *b) const;
    void updateUnified();
    void countsChanged(Node *node);
    qint64 sumUnread(const Node *node) const;
    bool canDropFolder(const QMimeData *data, const Node *target) const;

    std::vector<std::unique_ptr<Node>> m_top; ///< [unified], accounts
    std::unique_ptr<Node> m_unified;          ///< the unified row while hidden (fewer than two accounts)
    QCollator m_collator;
};

} // namespace Pigeon::Models
