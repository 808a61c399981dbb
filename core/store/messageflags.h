// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArrayView>
#include <QFlags>
#include <QString>
#include <QtGlobal>

namespace Pigeon::Store {

/// Per-message state kept in the index and, redundantly, in the mbox itself.
enum class MessageFlag : quint16 {
    Seen = 0x0001,
    Answered = 0x0002,
    Flagged = 0x0004,
    Deleted = 0x0008,
    Draft = 0x0010,
    Forwarded = 0x0020,
    /// Only the header block was downloaded (IMAP headers-only cache, POP3 TOP).
    Partial = 0x0100,
};
Q_DECLARE_FLAGS(MessageFlags, MessageFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageFlags)

/// Database id of a message in the index (SQLite rowid). Ids are stable while the
/// index lives; a rebuild from the mbox files assigns new ones.
using MessageId = qint64;

/// Where a message came from, so a sync never fetches it twice.
struct MessageOrigin {
    QByteArray uidl;          ///< POP3 UIDL (RFC 1939 §7), empty if none
    qint64 uid = -1;          ///< IMAP UID (RFC 9051 §2.3.1.1), -1 if none
    qint64 uidValidity = -1;  ///< IMAP UIDVALIDITY of the mailbox the UID belongs to
    bool isEmpty() const { return uidl.isEmpty() && uid < 0; }
    bool operator==(const MessageOrigin &) const = default;
};

/// Flags read from the headers other mbox programs write: `Status:` / `X-Status:`
/// (mutt, Pine, elm) and `X-Mozilla-Status:` (Thunderbird).
MessageFlags flagsFromStatusHeader(QByteArrayView value);
MessageFlags flagsFromXStatusHeader(QByteArrayView value);
MessageFlags flagsFromMozillaStatus(QByteArrayView value);

/// "seen,flagged" for logs, the CLI and JSON.
QString flagsToString(MessageFlags flags);

} // namespace Pigeon::Store
