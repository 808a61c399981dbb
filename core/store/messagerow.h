// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "store/messageflags.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Pigeon::Store {

/// Where a message lives in its folder file (absolute byte offsets).
struct MessageLocation {
    qint64 offset = 0;        ///< start of the record (its `From ` line)
    qint64 length = 0;        ///< whole record, separator line included
    qint64 messageOffset = 0; ///< first byte of the message itself (after our X-Pigeon lines)
    qint64 messageLength = 0; ///< stored (mboxrd-quoted) length of the message
    qint64 statusOffset = -1; ///< the 4 flag digits of our status line, -1 if the record has none
    /// A row without an mbox record (BodyState::HeadersOnly/Partial): every field -1.
    static MessageLocation none() { return {-1, 0, -1, 0, -1}; }
    bool isInFile() const { return offset >= 0; }
};

/// How much of a message the local store holds (schema v2).
enum class BodyState : quint8 {
    Full = 0,        ///< the whole message is a record in the folder's mbox
    HeadersOnly = 1, ///< an index row only (IMAP headers-only cache): no mbox record, location -1
    Partial = 2,     ///< an index row plus some cached parts (IMAP), no whole-message record
};

/// One message as the message list shows it: the decoded header summary, flags and
/// where it came from. A small value type, cheap to copy across threads in batches.
struct MessageRow {
    MessageId id = 0;
    QString folder;
    qint64 date = 0;          ///< seconds since the epoch (UTC); 0 if unknown
    QString from;
    QString to;
    QString subject;
    QByteArray messageId;
    QByteArray references;
    bool hasAttachments = false;
    MessageFlags flags;
    quint64 modSeq = 0;       ///< IMAP MODSEQ (RFC 7162), 0 if none
    qint64 size = 0;          ///< bytes as stored
    MessageOrigin origin;
    BodyState bodyState = BodyState::Full;
};

/// A row and its place in the file: what an index build or an append records.
struct IndexedMessage {
    MessageRow row;
    MessageLocation location;
};

} // namespace Pigeon::Store

Q_DECLARE_METATYPE(Pigeon::Store::MessageRow)
