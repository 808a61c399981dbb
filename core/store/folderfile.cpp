// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/folderfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#ifndef IOV_MAX
#define IOV_MAX 1024
#endif

namespace Pigeon::Store {

FolderFile::~FolderFile()
{
    close();
}

void FolderFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

MailError FolderFile::ioError(int err, const QString &what, const QString &path)
{
    const bool full = err == ENOSPC || err == EDQUOT || err == EFBIG;
    const QString text = full ? tr("%1 %2: the disk is full (%3); nothing was lost")
                              : tr("%1 %2: %3");
    return MailError(full ? MailError::Kind::DiskFull
                          : (err == ENOENT ? MailError::Kind::NotFound : MailError::Kind::Io),
                     text.arg(what, path, QString::fromLocal8Bit(strerror(err))));
}

Result<void> FolderFile::open(bool create, bool *created)
{
    close();
    if (created)
        *created = false;
    const QByteArray p = QFile::encodeName(m_path);
    m_fd = ::open(p.constData(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0 && errno == ENOENT && create) {
        m_fd = ::open(p.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (m_fd < 0 && errno == EEXIST)
            m_fd = ::open(p.constData(), O_RDWR | O_CLOEXEC);
        else if (m_fd >= 0) {
            if (created)
                *created = true;
            // The new name must be durable before anything in it is called committed.
            if (Result<void> r = syncDirectory(QFileInfo(m_path).absolutePath()); !r) {
                close();
                return r;
            }
        }
    }
    if (m_fd < 0)
        return ioError(errno, tr("Cannot open"), m_path);
    return {};
}

Result<void> FolderFile::openReadOnly()
{
    close();
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0)
        return ioError(errno, tr("Cannot open"), m_path);
    return {};
}

static FileIdentity fromStat(const struct stat &st)
{
    FileIdentity id;
    id.exists = true;
    id.inode = qint64(st.st_ino);
    id.size = qint64(st.st_size);
    id.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return id;
}

FileIdentity FolderFile::identity() const
{
    struct stat st;
    if (m_fd < 0 || fstat(m_fd, &st) != 0)
        return {};
    return fromStat(st);
}

FileIdentity FolderFile::identityOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return fromStat(st);
}

Result<void> FolderFile::writeAt(qint64 offset, QByteArrayView data)
{
    return writeAt(offset, std::vector<QByteArrayView>{data});
}

Result<void> FolderFile::writeAt(qint64 offset, const std::vector<QByteArrayView> &pieces)
{
    // IOV_MAX pieces per pwritev; a short write resumes inside the piece it stopped in.
    std::vector<iovec> iov;
    size_t next = 0;    // the first piece not wholly written
    qsizetype skip = 0; // its bytes already written
    qint64 at = offset;
    for (;;) {
        iov.clear();
        for (size_t i = next; i < pieces.size() && iov.size() < size_t(IOV_MAX); ++i) {
            const qsizetype from = i == next ? skip : 0;
            if (pieces[i].size() > from)
                iov.push_back({const_cast<char *>(pieces[i].data() + from), size_t(pieces[i].size() - from)});
        }
        if (iov.empty())
            return {};
        const ssize_t n = ::pwritev(m_fd, iov.data(), int(iov.size()), off_t(at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            // Leave nothing half-written behind; the caller reports the error.
            if (::ftruncate(m_fd, off_t(offset)) == 0)
                ::fdatasync(m_fd);
            return ioError(err, tr("Cannot write"), m_path);
        }
        at += n;
        for (qint64 left = n; left > 0 || (next < pieces.size() && pieces[next].size() == skip);) {
            const qint64 rest = pieces[next].size() - skip;
            if (left < rest) {
                skip += left;
                break;
            }
            left -= rest;
            ++next;
            skip = 0;
        }
    }
}

Result<void> FolderFile::sync()
{
    if (::fdatasync(m_fd) != 0)
        return ioError(errno, tr("Cannot sync"), m_path);
    return {};
}

void FolderFile::releaseCache(qint64 offset, qint64 length)
{
    // The page holding the end stays cached (the kernel would drop a partial one at the
    // end of the file too): the next append writes into it without reading it back.
    static const qint64 pageSize = qint64(sysconf(_SC_PAGESIZE));
    const qint64 end = (offset + length) / pageSize * pageSize;
    if (end > offset)
        (void)::posix_fadvise(m_fd, off_t(offset), off_t(end - offset), POSIX_FADV_DONTNEED);
}

Result<void> FolderFile::truncate(qint64 size)
{
    if (::ftruncate(m_fd, off_t(size)) != 0)
        return ioError(errno, tr("Cannot truncate"), m_path);
    return sync();
}

Result<QByteArray> FolderFile::readAt(qint64 offset, qint64 length) const
{
    QByteArray buf;
    buf.resize(length);
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(m_fd, buf.data() + done, size_t(length - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ioError(errno, tr("Cannot read"), m_path);
        if (n == 0)
            return MailError(MailError::Kind::Io, tr("Cannot read %1: the file is shorter than the index says").arg(m_path));
        done += n;
    }
    return buf;
}

Result<void> FolderFile::syncDirectory(const QString &dirPath)
{
    const int dfd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0)
        return ioError(errno, tr("Cannot open"), dirPath);
    const int rc = ::fsync(dfd);
    const int err = errno;
    ::close(dfd);
    if (rc != 0)
        return ioError(err, tr("Cannot sync"), dirPath);
    return {};
}

} // namespace Pigeon::Store
