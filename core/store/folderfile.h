// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Pigeon::Store {

/// What identifies the state of a folder file: if any of these differ from what the
/// index recorded after our last committed write, someone else changed the file.
struct FileIdentity {
    bool exists = false;
    qint64 inode = 0;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    bool operator==(const FileIdentity &) const = default;
};

/// One open mbox file and the few system calls the store makes on it, with errors
/// mapped to MailError (ENOSPC, EDQUOT and EFBIG are DiskFull). Every write that must
/// be durable is followed by sync(); a new file also syncs its directory, so the
/// file's name survives a power cut too.
class FolderFile
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Store::FolderFile)

public:
    explicit FolderFile(QString path) : m_path(std::move(path)) {}
    ~FolderFile();
    FolderFile(const FolderFile &) = delete;
    FolderFile &operator=(const FolderFile &) = delete;

    /// Opens read-write; with @p create a missing file is created (and its directory
    /// synced). *@p created tells whether it was.
    Result<void> open(bool create, bool *created = nullptr);
    /// Opens read-only (readers).
    Result<void> openReadOnly();
    void close();
    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    const QString &path() const { return m_path; }
    /// After rename(2) moved the open file to @p path.
    void renamedTo(const QString &path) { m_path = path; }

    FileIdentity identity() const;
    static FileIdentity identityOf(const QString &path);

    /// Writes all of @p data at @p offset. On failure the file is cut back to
    /// @p offset, so a failed write leaves nothing behind.
    Result<void> writeAt(qint64 offset, QByteArrayView data);
    /// The same for @p pieces written one after the other (pwritev, without joining them).
    Result<void> writeAt(qint64 offset, const std::vector<QByteArrayView> &pieces);
    Result<void> sync();
    /// Tells the kernel that the synced bytes [@p offset, +@p length) will not be read
    /// soon, so their page-cache pages can go (posix_fadvise DONTNEED). Only for data
    /// already durable: dirty pages are not dropped. Advice only; it cannot fail.
    void releaseCache(qint64 offset, qint64 length);
    Result<void> truncate(qint64 size);
    Result<QByteArray> readAt(qint64 offset, qint64 length) const;

    static Result<void> syncDirectory(const QString &dirPath);
    static MailError ioError(int err, const QString &what, const QString &path);

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace Pigeon::Store
