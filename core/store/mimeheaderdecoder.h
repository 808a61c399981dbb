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
};

} // namespace Pigeon::Store
