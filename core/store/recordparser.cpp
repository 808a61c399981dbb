// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/recordparser.h"

#include "store/mboxformat.h"
#include "store/rfc5322date.h"

#include <cstring>
#include <strings.h>

namespace Pigeon::Store {

namespace {

QByteArrayView chompLine(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool nameIs(QByteArrayView field, qsizetype colon, const char *name)
{
    const size_t n = strlen(name);
    return size_t(colon) == n && strncasecmp(field.data(), name, n) == 0;
}

} // namespace

IndexedMessage RecordParser::locate(QByteArrayView file, const MboxRecord &record)
{
    IndexedMessage m;
    m.location.offset = record.offset;
    m.location.length = record.end - record.offset;
    const char *base = file.data();
    qint64 pos = record.dataOffset;
    const qint64 end = record.dataEnd;

    auto lineAt = [&](qint64 at) -> QByteArrayView {
        const void *nl = memchr(base + at, '\n', size_t(end - at));
        const qint64 stop = nl ? static_cast<const char *>(nl) - base + 1 : end;
        return QByteArrayView(base + at, stop - at);
    };

    int addedEol = 0;
    // Our own lines come first if the record is ours.
    if (pos < end) {
        const QByteArrayView line = lineAt(pos);
        MessageFlags flags;
        quint64 modSeq = 0;
        if (MboxFormat::parseStatusLine(chompLine(line), &flags, &modSeq)) {
            m.row.flags = flags;
            m.row.modSeq = modSeq;
            m.location.statusOffset = pos + MboxFormat::statusFlagsOffset;
            pos += line.size();
            if (pos < end) {
                const QByteArrayView next = lineAt(pos);
                if (MboxFormat::parseOriginLine(chompLine(next), &m.row.origin))
                    pos += next.size();
            }
            if (pos < end) {
                const QByteArrayView next = lineAt(pos);
                const int added = MboxFormat::parseAddedEolLine(chompLine(next));
                if (added && end - pos - qint64(next.size()) >= added) {
                    pos += next.size();
                    addedEol = added;
                }
            }
        }
    }
    m.location.messageOffset = pos;
    m.location.messageLength = end - pos - addedEol;
    m.row.size = m.location.messageLength;
    return m;
}

IndexedMessage RecordParser::parse(QByteArrayView file, const MboxRecord &record) const
{
    IndexedMessage m = locate(file, record);
    const char *base = file.data();
    const qint64 pos = m.location.messageOffset;
    const qint64 end = record.dataEnd;
    const bool ours = m.location.statusOffset >= 0;
    MessageFlags foreignFlags;
    bool haveForeignFlags = false;
    const qint64 hEnd = MboxScanner::headerEnd(file, pos, end);
    QByteArrayView contentType;
    QByteArrayView inReplyTo;
    QByteArrayView disposition;
    qint64 fieldStart = pos;
    while (fieldStart < hEnd) {
        // One field: its first line and all continuation lines (RFC 5322 §2.2.3).
        qint64 fieldEnd = fieldStart;
        do {
            const void *nl = memchr(base + fieldEnd, '\n', size_t(hEnd - fieldEnd));
            fieldEnd = nl ? static_cast<const char *>(nl) - base + 1 : hEnd;
        } while (fieldEnd < hEnd && (base[fieldEnd] == ' ' || base[fieldEnd] == '\t'));
        const QByteArrayView field(base + fieldStart, fieldEnd - fieldStart);
        fieldStart = fieldEnd;
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0 || colon > 40)
            continue;
        const QByteArrayView value = field.sliced(colon + 1);
        switch (field[0] | 0x20) {
        case 'c':
            if (nameIs(field, colon, "content-type"))
                contentType = value;
            else if (nameIs(field, colon, "content-disposition"))
                disposition = value;
            break;
        case 'd':
            if (nameIs(field, colon, "date") && m.row.date == 0)
                m.row.date = Rfc5322Date::parse(value);
            break;
        case 'f':
            if (nameIs(field, colon, "from") && m.row.from.isEmpty())
                m.row.from = m_decoder->decodeAddresses(value);
            break;
        case 'm':
            if (nameIs(field, colon, "message-id") && m.row.messageId.isEmpty())
                m.row.messageId = HeaderDecoder::unfold(value);
            break;
        case 'i':
            if (nameIs(field, colon, "in-reply-to"))
                inReplyTo = value;
            break;
        case 'r':
            if (nameIs(field, colon, "references"))
                m.row.references = HeaderDecoder::unfold(value);
            break;
        case 's':
            if (nameIs(field, colon, "subject") && m.row.subject.isEmpty())
                m.row.subject = m_decoder->decodeText(value);
            else if (!ours && nameIs(field, colon, "status")) {
                foreignFlags |= flagsFromStatusHeader(value);
                haveForeignFlags = true;
            }
            break;
        case 't':
            if (nameIs(field, colon, "to") && m.row.to.isEmpty())
                m.row.to = m_decoder->decodeAddresses(value);
            break;
        case 'x':
            if (ours)
                break;
            if (nameIs(field, colon, "x-status")) {
                foreignFlags |= flagsFromXStatusHeader(value);
                haveForeignFlags = true;
            } else if (nameIs(field, colon, "x-mozilla-status")) {
                foreignFlags |= flagsFromMozillaStatus(value);
                haveForeignFlags = true;
            }
            break;
        default:
            break;
        }
    }
    if (!ours && haveForeignFlags)
        m.row.flags = foreignFlags;
    // Threading: a reply from a client that sends In-Reply-To but no References
    // (RFC 5322 §3.6.4 makes References a SHOULD) still names its parent.
    if (m.row.references.isEmpty() && !inReplyTo.isEmpty())
        m.row.references = HeaderDecoder::unfold(inReplyTo);
    // Whether there are attachments, judged from the top-level header only: a
    // multipart/mixed (or a non-text single part) almost always carries one.
    const QByteArray type = HeaderDecoder::unfold(contentType).toLower();
    m.row.hasAttachments = type.startsWith("multipart/mixed") || type.startsWith("application/")
        || type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
        || HeaderDecoder::unfold(disposition).toLower().startsWith("attachment");
    if (m.row.date == 0) {
        // No usable Date: header; the separator line's date is the delivery time.
        const void *nl = memchr(base + record.offset, '\n', size_t(record.dataOffset - record.offset));
        const qint64 stop = nl ? static_cast<const char *>(nl) - base : record.dataOffset;
        m.row.date = Rfc5322Date::parseFromLine(QByteArrayView(base + record.offset, stop - record.offset));
    }
    return m;
}

} // namespace Pigeon::Store
