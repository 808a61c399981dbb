// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once
// Private to MailStore's implementation files.

#include "store/folderfile.h"
#include "store/folderlock.h"
#include "store/mailstore.h"

#include <memory>

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

} // namespace Pigeon::Store
