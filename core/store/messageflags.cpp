// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/messageflags.h"

#include <QStringList>

namespace Pigeon::Store {

MessageFlags flagsFromStatusHeader(QByteArrayView value)
{
    // "R" read, "O" old (not new); only R maps to a flag.
    MessageFlags flags;
    if (value.contains('R'))
        flags |= MessageFlag::Seen;
    return flags;
}

MessageFlags flagsFromXStatusHeader(QByteArrayView value)
{
    MessageFlags flags;
    for (char c : value) {
        switch (c) {
        case 'A': flags |= MessageFlag::Answered; break;
        case 'F': flags |= MessageFlag::Flagged; break;
        case 'D': flags |= MessageFlag::Deleted; break;
        case 'T': flags |= MessageFlag::Draft; break;
        default: break;
        }
    }
    return flags;
}

MessageFlags flagsFromMozillaStatus(QByteArrayView value)
{
    bool ok = false;
    const uint bits = value.trimmed().toByteArray().toUInt(&ok, 16);
    MessageFlags flags;
    if (!ok)
        return flags;
    // nsMsgMessageFlags: Read 0x1, Replied 0x2, Marked 0x4, Expunged 0x8, Forwarded 0x1000.
    if (bits & 0x0001) flags |= MessageFlag::Seen;
    if (bits & 0x0002) flags |= MessageFlag::Answered;
    if (bits & 0x0004) flags |= MessageFlag::Flagged;
    if (bits & 0x0008) flags |= MessageFlag::Deleted;
    if (bits & 0x1000) flags |= MessageFlag::Forwarded;
    return flags;
}

QString flagsToString(MessageFlags flags)
{
    QStringList names;
    if (flags & MessageFlag::Seen) names << QStringLiteral("seen");
    if (flags & MessageFlag::Answered) names << QStringLiteral("answered");
    if (flags & MessageFlag::Flagged) names << QStringLiteral("flagged");
    if (flags & MessageFlag::Deleted) names << QStringLiteral("deleted");
    if (flags & MessageFlag::Draft) names << QStringLiteral("draft");
    if (flags & MessageFlag::Forwarded) names << QStringLiteral("forwarded");
    if (flags & MessageFlag::Partial) names << QStringLiteral("partial");
    return names.join(QLatin1Char(','));
}

} // namespace Pigeon::Store
