// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/mimeheaderdecoder.h"

#include "mime/headerdecoder.h"

#include <QStringList>

namespace Pigeon::Store {

namespace {

/// Values longer than this are cut before decoding: the list shows a line, and a
/// 100 MB header (broken or hostile mail) must not stall an index build.
constexpr qsizetype maxDecoded = 16 * 1024;

/// True if the value is printable ASCII without encoded words (nothing to decode).
bool isPlain(QByteArrayView raw, bool addresses)
{
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const uchar c = uchar(raw[i]);
        if (c >= 0x80)
            return false;
        if (c == '=' && i + 1 < raw.size() && raw[i + 1] == '?')
            return false;
        // Quoted display names and comments need the real address parser.
        if (addresses && (c == '"' || c == '(' || c == '\\'))
            return false;
    }
    return true;
}

} // namespace

QString MimeHeaderDecoder::decodeText(QByteArrayView raw) const
{
    raw = raw.first(qMin(raw.size(), maxDecoded));
    if (isPlain(raw, false))
        return QString::fromLatin1(unfold(raw)).simplified();
    return Mime::HeaderDecoder::decodeText(raw);
}

QString MimeHeaderDecoder::decodeAddresses(QByteArrayView raw) const
{
    raw = raw.first(qMin(raw.size(), maxDecoded));
    if (isPlain(raw, true))
        return QString::fromLatin1(unfold(raw)).simplified();
    const Mime::AddressList list = Mime::HeaderDecoder::decodeAddresses(raw);
    if (list.isEmpty())
        return Mime::HeaderDecoder::decodeText(raw);
    QStringList parts;
    parts.reserve(list.size());
    for (const Mime::Mailbox &m : list)
        parts << m.toString();
    return parts.join(QLatin1String(", "));
}

} // namespace Pigeon::Store
