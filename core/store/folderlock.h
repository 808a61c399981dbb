// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace Pigeon::Store {

/// Exclusive (writer) or shared (reader) lock on an mbox folder file.
///
/// A writer takes both locks other mbox programs understand: the `FILE.lock` dot-lock
/// (O_CREAT|O_EXCL, holding "PID hostname", as mutt, procmail and Thunderbird do) and an
/// fcntl() write lock on the file. The fcntl lock is an open-file-description lock
/// (F_OFD_SETLK): it conflicts with classic POSIX locks of other programs, but is not
/// dropped when this process closes some other descriptor of the same file (a trap
/// of classic fcntl locks) and it also excludes a second Store in the same process.
///
/// A dot-lock is stale, and broken, when its PID is dead on this host, or when it is
/// older than staleAfterSeconds and not ours (procmail's rule for locks with no PID).
class FolderLock
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Store::FolderLock)

public:
    static constexpr int staleAfterSeconds = 300;

    FolderLock() = default;
    ~FolderLock();
    FolderLock(FolderLock &&other) noexcept;
    FolderLock &operator=(FolderLock &&other) noexcept;
    FolderLock(const FolderLock &) = delete;
    FolderLock &operator=(const FolderLock &) = delete;

    /// Both locks, waiting up to @p timeoutMs for other holders. Without
    /// @p withDotLock only the fcntl lock (a rewritten file before it takes the name).
    static Result<FolderLock> exclusive(int fd, const QString &mboxPath, int timeoutMs = 10000,
                                        bool withDotLock = true);
    /// An fcntl read lock only (readers do not take the dot-lock).
    static Result<FolderLock> shared(int fd, const QString &mboxPath, int timeoutMs = 10000);

    bool isLocked() const { return m_fd >= 0; }
    void release();

    /// True if the dot-lock at @p lockPath is stale by the rules above.
    static bool isStale(const QString &lockPath);

private:
    int m_fd = -1;
    QString m_dotLock;
};

} // namespace Pigeon::Store
