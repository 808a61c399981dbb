// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace Pigeon::Pop3 {

/// One message of the maildrop as listed in this session.
struct MessageRef {
    int number = 0;   ///< message number, valid for this session only (RFC 1939 §5)
    qint64 size = 0;  ///< octets as LIST reports them (with CRLF line ends)
    /// The UIDL unique-id (RFC 1939 §7), or, for a server without UIDL, a fingerprint
    /// "~<size>-<sha256 of the header block>" (see ScanOp): weaker, because two messages
    /// with identical headers and size collide and a server that rewrites headers
    /// changes it.
    QByteArray uid;
    bool fingerprint = false;
    friend bool operator==(const MessageRef &, const MessageRef &) = default;
};

} // namespace Pigeon::Pop3

Q_DECLARE_METATYPE(Pigeon::Pop3::MessageRef)
