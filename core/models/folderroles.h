// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "models/messageroles.h"

#include <Qt>

/// The contract between FolderModel and the folder pane (view, delegate, icons).
namespace Pigeon::Models {

/// What a row of the folder pane is. Folders carry their special use (RFC 6154) so the
/// pane can pick an icon and order them; the UI maps kinds to icons.
enum class FolderKind : int {
    Normal = 0,
    Inbox,
    Drafts,
    Templates,
    Sent,
    Archive,
    Junk,
    Trash,
    Outbox,
    All,          ///< \All (a virtual "All Mail")
    Flagged,      ///< \Flagged (a virtual "Starred")
    Account,      ///< an account's top row; its folders are its children
    UnifiedInbox, ///< "All Inboxes": the Inbox of every account, merged by date
};

enum FolderRole : int {
    FolderKindRole = Qt::UserRole + 200, ///< int: FolderKind
    // Also: AccountIdRole (QString, empty for the unified Inbox) and FolderIdRole
    // (qint64, 0 for account, placeholder and unified rows) of messageroles.h.
    FolderPathRole,     ///< QString: the full folder name ("Work/2026"), empty for other rows
    FolderNameRole,     ///< QString: the last part of the name (also Qt::DisplayRole for folders)
    UnreadCountRole,    ///< qint64: unread messages (for an account row: all its folders)
    TotalCountRole,     ///< qint64: messages
    SelectableRole,     ///< bool: has a message list (false for accounts and \Noselect parents)
    IndexPathRole,      ///< QString: the account store's index file
};

} // namespace Pigeon::Models
