// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>

namespace Pigeon::Pop3 {

/// STAT: how many messages and how many octets (RFC 1939 §5).
struct MaildropStat {
    int count = 0;
    qint64 octets = 0;
};

/// One line of a LIST or UIDL reply: message number and size or unique id.
struct ListEntry {
    int number = 0;
    qint64 size = 0;
};
struct UidlEntry {
    int number = 0;
    QByteArray uid;
};

/// Parsers for the data inside replies; each returns a Parse error value on bad input.
namespace Listings {

/// "+OK nn mm" text of STAT (RFC 1939 §5: the drop listing).
Result<MaildropStat> parseStat(QByteArrayView text);
/// "n size" (a scan listing: LIST n, or one line of LIST).
Result<ListEntry> parseScanLine(QByteArrayView line);
/// The body of LIST: one scan listing per line.
Result<QList<ListEntry>> parseList(QByteArrayView body);
/// "n uid" (UIDL n, or one line of UIDL; RFC 1939 §7: uid is 1-70 chars 0x21-0x7E).
Result<UidlEntry> parseUidLine(QByteArrayView line);
/// The body of UIDL.
Result<QList<UidlEntry>> parseUidl(QByteArrayView body);

/// The APOP timestamp ("<...>") in a greeting, or empty (RFC 1939 §7).
QByteArray apopTimestamp(QByteArrayView greetingText);
/// Lower-case hex MD5 of timestamp + secret, the APOP digest (RFC 1939 §7).
QByteArray apopDigest(QByteArrayView timestamp, QByteArrayView secret);

} // namespace Listings
} // namespace Pigeon::Pop3
