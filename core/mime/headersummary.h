// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "mime/mailbox.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Pigeon::Mime {

/// One header field as it stands in the message: name and raw (folded, undecoded) value.
struct HeaderField
{
    QByteArray name;
    QByteArray rawValue;
};
using HeaderFields = QList<HeaderField>;

/// What a message list or an index needs of a message, decoded from its header alone.
/// This is the fast path: no body is looked at.
struct HeaderSummary
{
    QString subject;
    AddressList from;
    AddressList sender;
    AddressList replyTo;
    AddressList to;
    AddressList cc;
    AddressList bcc;
    QDateTime date;          ///< with the header's UTC offset; invalid when missing/unparseable
    QByteArray messageId;    ///< without angle brackets
    QByteArray inReplyTo;    ///< first msg-id of In-Reply-To
    QList<QByteArray> references;
    QByteArray contentType;  ///< top-level "type/subtype", lower case ("text/plain" if none)
    /// A guess made from the header only, as mail clients do for the list view:
    /// multipart/mixed, a top-level attachment disposition or a non-text top-level type.
    bool hasAttachments = false;

    /// Decodes the header block of a message (everything before the first empty line;
    /// trailing body bytes are ignored). An mbox "From " line in front is skipped.
    /// Raw 8-bit header bytes are decoded with the charset of a single-part body when it
    /// declares one, otherwise detected.
    static HeaderSummary fromHeaderBlock(QByteArrayView block);

    /// Same, from header fields already split (e.g. by a full parse or IMAP).
    static HeaderSummary fromFields(const HeaderFields &fields, QByteArrayView fallbackCharset = {});

    /// The header fields of a header block, split by GMime.
    static HeaderFields splitHeaderBlock(QByteArrayView block);
};

/// Raw value of the first field called @p name (case-insensitive), or a null array.
QByteArray headerValue(const HeaderFields &fields, QByteArrayView name);

/// Skips an mbox "From " envelope line (and a UTF-8 BOM) at the start of a message.
QByteArrayView skipEnvelopeLine(QByteArrayView raw);

} // namespace Pigeon::Mime
