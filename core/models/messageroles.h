// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QMetaType>
#include <Qt>

/// The contract between MessageListModel and whatever shows it (the main window's view
/// and delegate, the tests). Display formatting (dates, sizes, icons, bold) is the
/// UI's: the model gives raw values.
namespace Pigeon::Models {

/// Columns of MessageListModel. Qt::DisplayRole per column:
/// Subject: QString; Sender: QString (display name, or the address if there is none);
/// Recipients: QString (display names, ", "-separated); Date: QDateTime (UTC, invalid
/// if the message had no usable Date:); Size: qint64 bytes. Every column can be sorted.
enum class MessageColumn : int {
    Subject = 0,
    Sender,
    Recipients,
    Date,
    Size,
    Count
};

/// Body state (Store schema v2): what of the message is cached locally.
enum class MessageBodyState : int {
    Full = 0,        ///< the whole message is on disk
    HeadersOnly = 1, ///< only the index row: opening it needs the network
    Partial = 2,     ///< some parts are cached
};

/// Item roles of MessageListModel, the same for every column.
enum MessageRole : int {
    MessageIdRole = Qt::UserRole + 100, ///< qint64: the store's message id
    AccountIdRole,          ///< QString: the account whose store holds the message
    FolderIdRole,           ///< qint64: the store folder id
    SubjectRole,            ///< QString: decoded subject
    SenderRole,             ///< QString: decoded From:, "Name <addr>" as stored
    SenderNameRole,         ///< QString: the sender's display name (the address if none)
    RecipientsRole,         ///< QString: decoded To: as stored
    DateRole,               ///< QDateTime (UTC)
    DateSecsRole,           ///< qint64: seconds since the epoch, 0 = unknown
    SizeRole,               ///< qint64: bytes
    FlagsRole,              ///< int: Store::MessageFlags
    UnreadRole,             ///< bool: not \Seen (draw it bold)
    FlaggedRole,            ///< bool: \Flagged (star)
    AnsweredRole,           ///< bool: \Answered
    ForwardedRole,          ///< bool: $Forwarded
    DraftRole,              ///< bool: \Draft
    DeletedRole,            ///< bool: \Deleted (strike it out)
    HasAttachmentsRole,     ///< bool: paperclip
    BodyStateRole,          ///< int: MessageBodyState (headers-only / partial indicator)
    ThreadSizeRole,         ///< int: messages in the subtree of this row, itself included
    ThreadUnreadRole,       ///< int: unread messages in the subtree (for a collapsed thread)
};

} // namespace Pigeon::Models
