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

/// Decodes raw header values (as they stand in the message, possibly folded, possibly
/// with raw 8-bit bytes) into text. Stateless and thread-safe.
class HeaderDecoder
{
public:
    /// RFC 5322 §2.2.3 unfolding: line breaks removed, surrounding blanks trimmed.
    static QByteArray unfold(QByteArrayView raw);

    /// Unstructured text (Subject, Comments, Content-Description), RFC 2047 §5(1), read
    /// as loosely as mature clients do: encoded words are recognised inside other text
    /// and quotes, blanks between adjacent words vanish, adjacent words in one charset
    /// are joined before decoding (a character split over two words survives), broken
    /// base64/QP decodes as far as it goes, raw 8-bit bytes are decoded with
    /// @p fallbackCharset or detected. Control characters become spaces.
    static QString decodeText(QByteArrayView raw, QByteArrayView fallbackCharset = {});

    /// An address list (From, To, Cc, Reply-To...) parsed by GMime, with display names
    /// decoded by the same rules as decodeText().
    static AddressList decodeAddresses(QByteArrayView raw, QByteArrayView fallbackCharset = {});

    /// RFC 5322 date (with the obsolete and broken forms GMime accepts); invalid when
    /// there is nothing to make sense of. Keeps the offset of the header.
    static QDateTime decodeDate(QByteArrayView raw);

    /// One msg-id without angle brackets, or empty.
    static QByteArray decodeMessageId(QByteArrayView raw);

    /// All msg-ids of References / In-Reply-To, in order, without angle brackets.
    static QList<QByteArray> decodeMessageIds(QByteArrayView raw);

    /// Rewrites encoded words and raw 8-bit bytes of a structured header into plain
    /// UTF-8 encoded words, so GMime's structured parsers see one charset only.
    static QByteArray toUtf8Structured(QByteArrayView raw, QByteArrayView fallbackCharset);
};

} // namespace Pigeon::Mime
