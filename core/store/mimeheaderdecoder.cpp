// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/mimeheaderdecoder.h"

#include "mime/headerdecoder.h"

#include <QStringList>

#include <cstring>

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

bool MimeHeaderDecoder::decodeEncodedNameAddress(QByteArrayView raw, QString *out)
{
    const QByteArray s = unfold(raw).trimmed();
    if (s.size() < 8 || !s.endsWith('>') || !s.startsWith("=?"))
        return false;
    const qsizetype lt = s.lastIndexOf('<');
    if (lt < 2)
        return false;
    // The addr-spec: plain ASCII, one '@', nothing the address parser would treat specially.
    const QByteArrayView addr = QByteArrayView(s).sliced(lt + 1, s.size() - lt - 2);
    if (addr.isEmpty() || addr.count('@') != 1 || addr.startsWith('@') || addr.endsWith('@'))
        return false;
    for (char c : addr) {
        const uchar u = uchar(c);
        if (u <= 0x20 || u >= 0x7f || strchr("<>()[]\\\",;:", c))
            return false;
    }
    // The phrase: encoded words separated by blanks only (RFC 2047 §5(3)), no specials.
    const QByteArrayView name = QByteArrayView(s).first(lt).trimmed();
    if (!name.startsWith("=?") || !name.endsWith("?="))
        return false;
    for (char c : name) {
        const uchar u = uchar(c);
        if (u < 0x20 || u >= 0x7f || strchr("<>()[]\\\",;:@", c))
            return false;
    }
    for (const QByteArrayView word : QByteArray(name.toByteArray()).split(' ')) {
        if (!word.isEmpty() && (!word.startsWith("=?") || !word.endsWith("?=") || word.size() < 8))
            return false;
    }
    const QString decoded = Mime::HeaderDecoder::decodeText(name).trimmed();
    // Whatever did not decode (a malformed word) goes to the full parser.
    if (decoded.contains(QLatin1String("=?")))
        return false;
    const QString address = QString::fromLatin1(addr);
    *out = decoded.isEmpty() ? address : decoded + QStringLiteral(" <") + address + QLatin1Char('>');
    return true;
}

QString MimeHeaderDecoder::decodeAddressesFully(QByteArrayView raw)
{
    raw = raw.first(qMin(raw.size(), maxDecoded));
    const Mime::AddressList list = Mime::HeaderDecoder::decodeAddresses(raw);
    if (list.isEmpty())
        return Mime::HeaderDecoder::decodeText(raw);
    QStringList parts;
    parts.reserve(list.size());
    for (const Mime::Mailbox &m : list)
        parts << m.toString();
    return parts.join(QLatin1String(", "));
}

QString MimeHeaderDecoder::decodeAddresses(QByteArrayView raw) const
{
    raw = raw.first(qMin(raw.size(), maxDecoded));
    if (isPlain(raw, true))
        return QString::fromLatin1(unfold(raw)).simplified();
    QString fast;
    if (decodeEncodedNameAddress(raw, &fast))
        return fast;
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
