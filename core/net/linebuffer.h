// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>

namespace Pigeon::Net {

/// The transport's incoming bytes between the socket (or the inflater) and the protocol:
/// CRLF-terminated lines are framed here with memchr instead of through QIODevice::readLine,
/// which on an unencrypted TLS-capable socket finishes a line straddling the socket's read
/// buffer one byte per read() call.
///
/// Bytes are appended in blocks at the end (appendTarget()) and consumed from the front
/// (takeLine(), take()). Consumed bytes are reclaimed only when more is appended, so a
/// block holding many lines costs one memmove of its last partial line, not one per line.
class LineBuffer
{
public:
    /// Unconsumed bytes.
    qsizetype size() const { return m_data.size() - m_pos; }
    bool isEmpty() const { return size() == 0; }

    /// The length of the next complete line including its '\n', or -1 when the buffer holds
    /// no '\n'. Bytes already searched are not searched again when more arrive.
    qsizetype nextLineLength();
    /// Removes and returns the next @p length bytes (a length from nextLineLength()).
    QByteArray takeLine(qsizetype length);
    /// Moves up to @p max bytes to @p out (a literal's bytes); returns how many.
    qsizetype take(char *out, qsizetype max);
    /// Removes and returns everything unconsumed.
    QByteArray takeAll();
    /// Drops everything and frees the memory.
    void clear();

    /// The array to append new bytes to (with resize() or append()); consumed bytes are
    /// dropped from its front first, so its size() is exactly what is unconsumed.
    QByteArray &appendTarget();

private:
    QByteArray m_data;
    qsizetype m_pos = 0;      ///< first unconsumed byte
    qsizetype m_scanned = 0;  ///< no '\n' in [m_pos, m_scanned)
};

} // namespace Pigeon::Net
