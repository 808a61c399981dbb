// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "store/headerdecoder.h"
#include "store/mboxscanner.h"
#include "store/messagerow.h"

namespace Pigeon::Store {

/// Builds the index row of one mbox record from its separator line and header block
/// only: our X-Pigeon-Status/Origin lines (flags, MODSEQ, UIDL/UID), or for records
/// other programs wrote `Status:`, `X-Status:` and `X-Mozilla-Status:`; the fields the
/// message list shows, decoded by the HeaderDecoder. The body is never looked at, so
/// the cost per message is that of its header block.
class RecordParser
{
public:
    explicit RecordParser(const HeaderDecoder *decoder) : m_decoder(decoder) {}

    IndexedMessage parse(QByteArrayView file, const MboxRecord &record) const;
    /// parse() without the header fields: the record's place, our status and origin
    /// lines and the size only (a body that becomes the record of an existing row).
    static IndexedMessage locate(QByteArrayView file, const MboxRecord &record);

private:
    const HeaderDecoder *m_decoder;
};

} // namespace Pigeon::Store
