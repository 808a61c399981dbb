// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/folderlock.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Pigeon::Store {

namespace {

QByteArray hostName()
{
    char buf[256] = {};
    gethostname(buf, sizeof buf - 1);
    return QByteArray(buf);
}

bool fcntlLock(int fd, short type, QDeadlineTimer deadline)
{
    struct flock fl;
    memset(&fl, 0, sizeof fl);
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = 0;
    fl.l_len = 0; // the whole file
    for (;;) {
        if (fcntl(fd, F_OFD_SETLK, &fl) == 0)
            return true;
        if (errno != EAGAIN && errno != EACCES && errno != EINTR)
            return false;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
}

} // namespace

FolderLock::~FolderLock()
{
    release();
}

FolderLock::FolderLock(FolderLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_dotLock(std::move(other.m_dotLock))
{
    other.m_dotLock.clear();
}

FolderLock &FolderLock::operator=(FolderLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_dotLock = std::move(other.m_dotLock);
        other.m_dotLock.clear();
    }
    return *this;
}

void FolderLock::release()
{
    if (m_fd >= 0) {
        struct flock fl;
        memset(&fl, 0, sizeof fl);
        fl.l_type = F_UNLCK;
        fl.l_whence = SEEK_SET;
        fcntl(m_fd, F_OFD_SETLK, &fl);
        m_fd = -1;
    }
    if (!m_dotLock.isEmpty()) {
        ::unlink(QFile::encodeName(m_dotLock).constData());
        m_dotLock.clear();
    }
}

bool FolderLock::isStale(const QString &lockPath)
{
    const QByteArray path = QFile::encodeName(lockPath);
    struct stat st;
    if (::stat(path.constData(), &st) != 0)
        return false; // gone: not stale, just free
    QFile f(lockPath);
    QByteArray content;
    if (f.open(QIODevice::ReadOnly))
        content = f.read(512);
    const QList<QByteArray> words = content.simplified().split(' ');
    bool ok = false;
    const qint64 pid = words.value(0).toLongLong(&ok);
    const bool sameHost = words.size() < 2 || words.at(1) == hostName();
    if (ok && pid > 0 && sameHost) {
        if (kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            return true; // its owner is gone
        return false;    // alive (maybe us, another thread): wait
    }
    // No PID we can check (procmail writes none, or another host): age decides.
    return time(nullptr) - st.st_mtime > staleAfterSeconds;
}

Result<FolderLock> FolderLock::exclusive(int fd, const QString &mboxPath, int timeoutMs, bool withDotLock)
{
    const QDeadlineTimer deadline(timeoutMs);
    FolderLock lock;
    const QString dotLock = mboxPath + QStringLiteral(".lock");
    const QByteArray dotPath = QFile::encodeName(dotLock);
    const QByteArray content = QByteArray::number(qint64(getpid())) + ' ' + hostName() + '\n';
    while (withDotLock) {
        const int lfd = ::open(dotPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (lfd >= 0) {
            const ssize_t n = ::write(lfd, content.constData(), size_t(content.size()));
            const int writeErrno = errno;
            const bool written = n == content.size();
            ::close(lfd);
            if (!written && n <= 0 && (writeErrno == ENOSPC || writeErrno == EDQUOT)) {
                // A full disk has room for the lock's inode but not for its PID: keep
                // it empty (others treat a PID-less lock by its age), so mail already
                // stored can still be opened and read until space is freed.
                lock.m_dotLock = dotLock;
                break;
            }
            if (!written) {
                ::unlink(dotPath.constData());
                return MailError(MailError::Kind::DiskFull, tr("Cannot write the lock file %1").arg(dotLock));
            }
            lock.m_dotLock = dotLock;
            break;
        }
        if (errno != EEXIST)
            return MailError(MailError::Kind::Io, tr("Cannot create the lock file %1: %2")
                                                      .arg(dotLock, QString::fromLocal8Bit(strerror(errno))));
        struct stat before;
        if (isStale(dotLock) && ::stat(dotPath.constData(), &before) == 0) {
            // Break it so that two breakers cannot remove each other's fresh lock: move
            // it aside, and only delete what we moved if it is the file we judged.
            const QByteArray aside = dotPath + ".stale." + QByteArray::number(qint64(getpid()));
            if (::rename(dotPath.constData(), aside.constData()) == 0) {
                struct stat moved;
                if (::stat(aside.constData(), &moved) == 0 && moved.st_ino == before.st_ino) {
                    qCInfo(lcStore) << "broke stale lock" << dotLock;
                    ::unlink(aside.constData());
                } else {
                    // We moved someone's new lock: put it back (link fails if yet another exists).
                    if (::link(aside.constData(), dotPath.constData()) != 0)
                        qCWarning(lcStore) << "lock race on" << dotLock;
                    ::unlink(aside.constData());
                }
            }
            continue;
        }
        if (deadline.hasExpired())
            return MailError(MailError::Kind::Io,
                             tr("The folder %1 is locked by another program (%2)").arg(mboxPath, dotLock));
        QThread::msleep(20);
    }
    if (!fcntlLock(fd, F_WRLCK, deadline))
        return MailError(MailError::Kind::Io, tr("The folder %1 is locked by another program").arg(mboxPath));
    lock.m_fd = fd;
    return lock;
}

Result<FolderLock> FolderLock::shared(int fd, const QString &mboxPath, int timeoutMs)
{
    FolderLock lock;
    if (!fcntlLock(fd, F_RDLCK, QDeadlineTimer(timeoutMs)))
        return MailError(MailError::Kind::Io, tr("The folder %1 is locked by another program").arg(mboxPath));
    lock.m_fd = fd;
    return lock;
}

} // namespace Pigeon::Store
