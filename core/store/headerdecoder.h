// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Pigeon::Store {

/// Turns raw header values into the text the message list shows.
///
/// The store finds the header fields itself (fast, no parser objects); the decoding of
/// RFC 2047 encoded words and legacy charsets belongs to core/mime, which provides a
/// subclass. This base class is the fallback when no MIME decoder is set: it unfolds
/// and takes raw bytes as UTF-8 (Latin-1 if that is invalid), without RFC 2047.
class HeaderDecoder
{
public:
    virtual ~HeaderDecoder();
    /// An unstructured field such as Subject (RFC 5322 §3.2.5, RFC 2047 §5(1)).
    virtual QString decodeText(QByteArrayView raw) const;
    /// An address list (From, To) as display text: "Name <addr>, Other <addr2>".
    virtual QString decodeAddresses(QByteArrayView raw) const;

    /// Shared helpers for subclasses and the fallback.
    static QByteArray unfold(QByteArrayView raw);
    static QString bytesToText(QByteArrayView bytes);
};

} // namespace Pigeon::Store
