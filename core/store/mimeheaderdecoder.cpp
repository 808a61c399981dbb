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

enum class Plain {
    No,     ///< 8-bit bytes, an encoded word, or (addresses) quotes and comments
    Yes,    ///< ASCII with nothing to decode
    AsIs,   ///< and already unfolded and simplified: no control blank, no double space
};

/// Whether the value is ASCII without encoded words (nothing to decode), and whether
/// unfolding and simplifying would leave it as it is (most IMAP ENVELOPE strings).
Plain plainness(QByteArrayView raw, bool addresses)
{
    bool asIs = raw.isEmpty() || (raw.front() != ' ' && raw.back() != ' ');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const uchar c = uchar(raw[i]);
        if (c >= 0x80)
            return Plain::No;
        if (c == '=' && i + 1 < raw.size() && raw[i + 1] == '?')
            return Plain::No;
        // Quoted display names and comments need the real address parser.
        if (addresses && (c == '"' || c == '(' || c == '\\'))
            return Plain::No;
        // What unfold() and QString::simplified() change: CR, LF, TAB, VT, FF, runs of spaces.
        if ((c >= '\t' && c <= '\r') || (c == ' ' && i + 1 < raw.size() && raw[i + 1] == ' '))
            asIs = false;
    }
    return asIs ? Plain::AsIs : Plain::Yes;
}

/// The plain path's result: ASCII, unfolded, blanks simplified.
QString plainText(QByteArrayView raw, Plain plain)
{
    if (plain == Plain::AsIs)
        return QString::fromLatin1(raw);
    return QString::fromLatin1(HeaderDecoder::unfold(raw)).simplified();
}

} // namespace

QString MimeHeaderDecoder::decodeText(QByteArrayView raw) const
{
    raw = raw.first(qMin(raw.size(), maxDecoded));
    if (const Plain plain = plainness(raw, false); plain != Plain::No)
        return plainText(raw, plain);
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
    if (const Plain plain = plainness(raw, true); plain != Plain::No)
        return plainText(raw, plain);
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
