// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "store/headerdecoder.h"

namespace Pigeon::Store {

/// The HeaderDecoder the store uses by default: core/mime's RFC 2047 / charset
/// decoding (Pigeon::Mime::HeaderDecoder), behind a fast path for the common case of
/// plain ASCII values, which need no decoding and are most of an index build.
class MimeHeaderDecoder : public HeaderDecoder
{
public:
    QString decodeText(QByteArrayView raw) const override;
    QString decodeAddresses(QByteArrayView raw) const override;

    /// The commonest non-ASCII address header, one mailbox whose display name is only
    /// RFC 2047 encoded words (`=?koi8-r?B?...?= <a@b.c>`), decoded without building
    /// GMime address objects. False (and @p out untouched) for anything else.
    /// Public so bench_store can check it against the full path over a whole mbox.
    static bool decodeEncodedNameAddress(QByteArrayView raw, QString *out);
    /// The full core/mime path, without any fast path (for that check).
    static QString decodeAddressesFully(QByteArrayView raw);
};

} // namespace Pigeon::Store
