// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Pigeon::Store {

/// What the store knows about the server side of one folder of an IMAP account
/// (table remote_folders, schema v2). One row per store folder that mirrors a mailbox.
///
/// uidValidity, uidNext and highestModSeq describe the state the local cache is synced
/// to, not the server's latest word: they are written only when a sync of the folder has
/// been committed, so a resync after a crash starts from what is really in the index
/// (RFC 7162 §3.2.5.2 asks for exactly that before using QRESYNC).
struct RemoteFolder {
    qint64 folderId = 0;      ///< the store folder (folders.id)
    QString name;             ///< decoded mailbox name, as the store folder is called
    QByteArray rawName;       ///< the name on the wire (modified UTF-7 or UTF-8), for commands
    QString delimiter;        ///< hierarchy delimiter, empty if the server has none (NIL)
    QList<QByteArray> attributes; ///< LIST attributes as sent, e.g. "\\HasChildren", "\\Noselect"
    QByteArray specialUse;    ///< RFC 6154: "\\Trash", "\\Sent", ...; empty if none
    bool subscribed = true;
    quint32 uidValidity = 0;  ///< 0: never synced
    quint32 uidNext = 0;
    quint64 highestModSeq = 0; ///< 0: no CONDSTORE for this mailbox (or never synced)
    bool downloadAll = false; ///< the user asked for every body offline (per folder)

    bool isSelectable() const
    {
        for (const QByteArray &a : attributes)
            if (a.compare("\\Noselect", Qt::CaseInsensitive) == 0 || a.compare("\\NonExistent", Qt::CaseInsensitive) == 0)
                return false;
        return true;
    }
    bool operator==(const RemoteFolder &) const = default;
};

/// Message counts of one folder as the folder list shows them.
struct FolderCounts {
    qint64 total = 0;
    qint64 unread = 0; ///< without \Seen (and not \Deleted)
    bool operator==(const FolderCounts &) const = default;
};

} // namespace Pigeon::Store

Q_DECLARE_METATYPE(Pigeon::Store::RemoteFolder)
