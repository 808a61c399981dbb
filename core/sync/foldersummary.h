// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Pigeon::Sync {

/// One folder of an account's store with its counts, as the folder pane shows it.
struct FolderSummary {
    qint64 id = 0;      ///< the store's folder id
    QString name;
    qint64 total = 0;
    qint64 unread = 0;
    QString delimiter;     ///< IMAP: the server's hierarchy delimiter (empty: none known); local: "/"
    QByteArray specialUse; ///< IMAP: RFC 6154 ("\\Sent"...), empty if none
    bool selectable = true; ///< false for \\Noselect parents
    friend bool operator==(const FolderSummary &, const FolderSummary &) = default;
};

} // namespace Pigeon::Sync

Q_DECLARE_METATYPE(Pigeon::Sync::FolderSummary)
