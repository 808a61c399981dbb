// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "store/messageflags.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Pigeon::Models {

/// The drag-and-drop payload of messages (from MessageListModel to FolderModel):
/// which messages of which account's folder.
class MessageDrag
{
public:
    struct Entry {
        QString accountId;
        qint64 folderId = 0;
        Store::MessageId id = 0;
        bool operator==(const Entry &) const = default;
    };

    /// "application/x-pigeon-messages"
    static QString mimeType();
    static QByteArray encode(const QList<Entry> &entries);
    /// Empty for anything that is not a valid payload.
    static QList<Entry> decode(const QByteArray &data);
};

} // namespace Pigeon::Models
