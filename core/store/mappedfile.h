// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QString>

namespace Pigeon::Store {

/// A read-only mmap() of a whole file (RAII). Scanning a mapping with memchr/memmem is
/// what lets the index build run near the speed of `grep` (no copies, no small reads).
class MappedFile
{
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;
    MappedFile(MappedFile &&other) noexcept;
    MappedFile &operator=(MappedFile &&other) noexcept;

    /// Maps @p path; an empty file gives an empty view. @p sequential hints the kernel
    /// to read ahead (index builds), otherwise random access (reading one message).
    static Result<MappedFile> open(const QString &path, bool sequential = true);
    /// Maps the file behind an open descriptor (the caller keeps the descriptor).
    static Result<MappedFile> fromFd(int fd, const QString &pathForErrors, bool sequential = true);

    QByteArrayView data() const { return {m_data, m_size}; }
    qint64 size() const { return m_size; }

private:
    const char *m_data = nullptr;
    qint64 m_size = 0;
};

} // namespace Pigeon::Store
