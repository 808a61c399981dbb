// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/mappedfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Pigeon::Store {

MappedFile::~MappedFile()
{
    if (m_data && m_size > 0)
        munmap(const_cast<char *>(m_data), size_t(m_size));
}

MappedFile::MappedFile(MappedFile &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

MappedFile &MappedFile::operator=(MappedFile &&other) noexcept
{
    if (this != &other) {
        if (m_data && m_size > 0)
            munmap(const_cast<char *>(m_data), size_t(m_size));
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

Result<MappedFile> MappedFile::fromFd(int fd, const QString &pathForErrors, bool sequential)
{
    struct stat st;
    if (fstat(fd, &st) != 0)
        return MailError(MailError::Kind::Io, QCoreApplication::translate("Pigeon::Store", "Cannot read %1: %2")
                                                  .arg(pathForErrors, QString::fromLocal8Bit(strerror(errno))));
    if (!S_ISREG(st.st_mode))
        return MailError(MailError::Kind::InvalidInput,
                         QCoreApplication::translate("Pigeon::Store", "%1 is not a regular file").arg(pathForErrors));
    MappedFile file;
    if (st.st_size == 0)
        return file;
    void *p = mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED)
        return MailError(MailError::Kind::Io, QCoreApplication::translate("Pigeon::Store", "Cannot map %1: %2")
                                                  .arg(pathForErrors, QString::fromLocal8Bit(strerror(errno))));
    madvise(p, size_t(st.st_size), sequential ? MADV_SEQUENTIAL : MADV_RANDOM);
    file.m_data = static_cast<const char *>(p);
    file.m_size = st.st_size;
    return file;
}

Result<MappedFile> MappedFile::open(const QString &path, bool sequential)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        return MailError(e == ENOENT ? MailError::Kind::NotFound : MailError::Kind::Io,
                         QCoreApplication::translate("Pigeon::Store", "Cannot open %1: %2")
                             .arg(path, QString::fromLocal8Bit(strerror(e))));
    }
    Result<MappedFile> result = fromFd(fd, path, sequential);
    ::close(fd);
    return result;
}

} // namespace Pigeon::Store
