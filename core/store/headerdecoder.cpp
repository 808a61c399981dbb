// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/headerdecoder.h"

#include <QStringDecoder>

namespace Pigeon::Store {

HeaderDecoder::~HeaderDecoder() = default;

QByteArray HeaderDecoder::unfold(QByteArrayView raw)
{
    // RFC 5322 §2.2.3: unfolding removes the CRLF before the whitespace of a folded line.
    // Every index build runs each stored field through here: write through a pointer
    // into a buffer of the final capacity, not one QByteArray::append per byte.
    QByteArray out(raw.size(), Qt::Uninitialized);
    char *w = out.data();
    for (char c : raw) {
        if (c == '\r' || c == '\n')
            continue;
        *w++ = c == '\t' ? ' ' : c;
    }
    out.truncate(w - out.constData());
    return std::move(out).trimmed();
}

QString HeaderDecoder::bytesToText(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return QString::fromLatin1(bytes);
    return text;
}

QString HeaderDecoder::decodeText(QByteArrayView raw) const
{
    return bytesToText(unfold(raw));
}

QString HeaderDecoder::decodeAddresses(QByteArrayView raw) const
{
    return bytesToText(unfold(raw));
}

} // namespace Pigeon::Store
