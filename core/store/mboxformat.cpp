// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/mboxformat.h"

#include <cstring>

namespace Pigeon::Store {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

void appendHex(QByteArray &out, quint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i)
        out.append(hexDigits[(value >> (4 * i)) & 0xf]);
}

bool parseHex(QByteArrayView digits, quint64 *value)
{
    quint64 v = 0;
    for (char c : digits) {
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else
            return false;
        v = (v << 4) | quint64(d);
    }
    *value = v;
    return true;
}

/// Position of the next line start at or after @p from whose text matches `>*From `,
/// or -1. Uses memmem for "From " so that big bodies are skipped at memory speed.
qsizetype nextFromLine(QByteArrayView data, qsizetype from, int minQuotes)
{
    const char *base = data.data();
    const qsizetype size = data.size();
    qsizetype pos = from;
    while (pos < size) {
        const void *hit = memmem(base + pos, size_t(size - pos), "From ", 5);
        if (!hit)
            return -1;
        const qsizetype at = static_cast<const char *>(hit) - base;
        qsizetype start = at;
        while (start > 0 && base[start - 1] == '>')
            --start;
        if ((start == 0 || base[start - 1] == '\n') && at - start >= minQuotes && start >= from)
            return start;
        pos = at + 5;
    }
    return -1;
}

} // namespace

QByteArray MboxFormat::fromLine(QByteArrayView sender, const QDateTime &when)
{
    QByteArray s = sender.trimmed().toByteArray();
    // The separator is split on spaces by readers: an address with spaces, line
    // breaks or control characters cannot stand there.
    bool usable = !s.isEmpty() && s.size() < 256;
    for (char c : s) {
        if (uchar(c) <= ' ' || uchar(c) >= 0x7f) {
            usable = false;
            break;
        }
    }
    if (!usable)
        s = "MAILER-DAEMON";
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %04d", days[d.dayOfWeek() - 1],
                  months[d.month() - 1], d.day(), t.hour(), t.minute(), t.second(), d.year());
    return "From " + s + ' ' + QByteArray(buf) + '\n';
}

bool MboxFormat::needsQuoting(QByteArrayView message)
{
    return nextFromLine(message, 0, 0) >= 0;
}

void MboxFormat::appendQuoted(QByteArray &out, QByteArrayView message)
{
    qsizetype pos = 0;
    qsizetype line = nextFromLine(message, 0, 0);
    while (line >= 0) {
        out.append(message.sliced(pos, line - pos));
        out.append('>');
        pos = line;
        line = nextFromLine(message, line + 1, 0);
    }
    out.append(message.sliced(pos));
}

QByteArray MboxFormat::unquote(QByteArrayView stored)
{
    qsizetype line = nextFromLine(stored, 0, 1);
    if (line < 0)
        return stored.toByteArray();
    QByteArray out;
    out.reserve(stored.size());
    qsizetype pos = 0;
    while (line >= 0) {
        out.append(stored.sliced(pos, line - pos));
        pos = line + 1; // drop one '>'
        line = nextFromLine(stored, pos, 1);
    }
    out.append(stored.sliced(pos));
    return out;
}

QByteArray MboxFormat::statusLine(MessageFlags flags, quint64 modSeq)
{
    QByteArray line;
    line.reserve(statusLineLength + 2);
    line.append(statusName.data(), statusName.size());
    appendHex(line, flags.toInt(), 4);
    line.append(' ');
    appendHex(line, modSeq, 16);
    return line;
}

QByteArray MboxFormat::flagDigits(MessageFlags flags)
{
    QByteArray digits;
    appendHex(digits, flags.toInt(), 4);
    return digits;
}

bool MboxFormat::parseStatusLine(QByteArrayView line, MessageFlags *flags, quint64 *modSeq)
{
    if (line.size() != statusLineLength || !line.startsWith(statusName)
        || line.at(statusModSeqOffset - 1) != ' ')
        return false;
    quint64 f = 0, m = 0;
    if (!parseHex(line.sliced(statusFlagsOffset, 4), &f)
        || !parseHex(line.sliced(statusModSeqOffset, 16), &m))
        return false;
    *flags = MessageFlags::fromInt(int(f));
    *modSeq = m;
    return true;
}

QByteArray MboxFormat::originLine(const MessageOrigin &origin)
{
    QByteArray line(originName.data(), originName.size());
    if (origin.uid >= 0) {
        line += "imap " + QByteArray::number(origin.uidValidity) + ' ' + QByteArray::number(origin.uid);
    } else {
        // RFC 1939 §7: a UIDL is 1-70 characters 0x21-0x7E; percent-encode anything else
        // so a broken server cannot break our header line.
        line += "pop3 " + origin.uidl.toPercentEncoding(QByteArray("!\"#$&'()*+,-./:;<=>?@[\\]^_`{|}~"));
    }
    return line;
}

bool MboxFormat::parseOriginLine(QByteArrayView line, MessageOrigin *origin)
{
    if (!line.startsWith(originName))
        return false;
    const QByteArrayView rest = line.sliced(originName.size());
    if (rest.startsWith("pop3 ")) {
        origin->uidl = QByteArray::fromPercentEncoding(rest.sliced(5).toByteArray());
        return !origin->uidl.isEmpty();
    }
    if (rest.startsWith("imap ")) {
        const QList<QByteArray> parts = rest.sliced(5).toByteArray().split(' ');
        if (parts.size() != 2)
            return false;
        bool ok1 = false, ok2 = false;
        origin->uidValidity = parts.at(0).toLongLong(&ok1);
        origin->uid = parts.at(1).toLongLong(&ok2);
        return ok1 && ok2;
    }
    return false;
}

QByteArray MboxFormat::record(QByteArrayView message, QByteArrayView sender,
                              const QDateTime &when, MessageFlags flags, quint64 modSeq,
                              const MessageOrigin &origin)
{
    QByteArray out;
    out.reserve(message.size() + 200);
    appendRecord(out, message, sender, when, flags, modSeq, origin);
    return out;
}

void MboxFormat::appendRecord(QByteArray &out, QByteArrayView message, QByteArrayView sender,
                              const QDateTime &when, MessageFlags flags, quint64 modSeq,
                              const MessageOrigin &origin)
{
    const qsizetype firstEol = message.indexOf('\n');
    const QByteArrayView eol = (firstEol > 0 && message.at(firstEol - 1) == '\r')
        ? QByteArrayView("\r\n") : QByteArrayView("\n");
    out += fromLine(sender, when);
    out += statusLine(flags, modSeq);
    out += eol;
    if (!origin.isEmpty()) {
        out += originLine(origin);
        out += eol;
    }
    const bool unterminated = !message.endsWith('\n');
    if (unterminated) {
        out += addedEolLine(eol.size());
        out += eol;
    }
    appendQuoted(out, message);
    if (unterminated)
        out += eol;
    out += '\n';
}

QByteArray MboxFormat::addedEolLine(qsizetype eolLength)
{
    return QByteArray(addedEolName.data(), addedEolName.size()) + QByteArray::number(eolLength);
}

int MboxFormat::parseAddedEolLine(QByteArrayView line)
{
    if (line == addedEolLine(1))
        return 1;
    if (line == addedEolLine(2))
        return 2;
    return 0;
}

} // namespace Pigeon::Store
