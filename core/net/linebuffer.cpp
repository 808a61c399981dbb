// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "net/linebuffer.h"

#include <algorithm>
#include <cstring>

namespace Pigeon::Net {

namespace {
// A buffer that once held a long line gives its memory back when it runs empty.
constexpr qsizetype kKeepCapacity = 1024 * 1024;
} // namespace

qsizetype LineBuffer::nextLineLength()
{
    const qsizetype from = std::max(m_pos, m_scanned);
    const char *base = m_data.constData();
    const void *nl = std::memchr(base + from, '\n', size_t(m_data.size() - from));
    if (!nl) {
        m_scanned = m_data.size();
        return -1;
    }
    return static_cast<const char *>(nl) - base + 1 - m_pos;
}

QByteArray LineBuffer::takeLine(qsizetype length)
{
    QByteArray line(m_data.constData() + m_pos, length);
    m_pos += length;
    return line;
}

qsizetype LineBuffer::take(char *out, qsizetype max)
{
    const qsizetype n = std::min(max, size());
    std::memcpy(out, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

QByteArray LineBuffer::takeAll()
{
    QByteArray rest = m_data.sliced(m_pos);
    clear();
    return rest;
}

void LineBuffer::clear()
{
    m_data = QByteArray();
    m_pos = 0;
    m_scanned = 0;
}

QByteArray &LineBuffer::appendTarget()
{
    const qsizetype rest = size();
    if (rest == 0 && m_data.capacity() > kKeepCapacity) {
        clear();
    } else if (m_pos > 0) {
        // Usually the start of a line that straddled the last block: a few dozen bytes.
        char *base = m_data.data();
        std::memmove(base, base + m_pos, size_t(rest));
        m_data.resize(rest);
        m_scanned = std::max<qsizetype>(0, m_scanned - m_pos);
        m_pos = 0;
    }
    return m_data;
}

} // namespace Pigeon::Net
