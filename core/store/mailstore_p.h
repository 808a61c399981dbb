// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once
// Private to MailStore's implementation files.

#include "store/folderfile.h"
#include "store/folderlock.h"
#include "store/mailstore.h"

#include <memory>
#include <vector>

namespace Pigeon::Store {

/// A folder file, open and exclusively locked, with the index's state of it.
struct MailStore::Locked {
    explicit Locked(const QString &path) : file(std::make_unique<FolderFile>(path)) {}
    FolderState state;
    std::unique_ptr<FolderFile> file;
    FolderLock lock;
    bool created = false;
    /// After a rewrite: the replaced file, kept open (and locked) until we let go.
    std::unique_ptr<FolderFile> retired;
    FolderLock retiredLock;
};

/// A started append (MailStore::startAppend): the locked folder and what the writer
/// thread formats, writes and syncs. The owner thread does not touch it while its write
/// runs (until `written` of its ticket has finished).
struct MailStore::Pending {
    std::unique_ptr<Locked> locked;
    qint64 from = 0;      ///< the folder's committed size: the records go here
    qint64 journal = 0;   ///< the journal entry that undoes the write after a crash
    QList<AppendRequest> requests; ///< consumed (freed) by the write
    QList<MessageId> replace;
    bool releaseCache = false;        ///< AppendMode::Bulk: drop the synced pages
    std::vector<IndexedMessage> rows; ///< filled by the write
    Result<void> written;             ///< the write's outcome
    QFuture<void> future;
};

} // namespace Pigeon::Store
