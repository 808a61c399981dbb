// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "store/messageflags.h"
#include "store/messagerow.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

#include <vector>

namespace Pigeon::Store {

/// The on-disk format of one record in a Pigeon mbox folder (mboxrd).
///
/// A record is
///
///     From <sender> <asctime date>\n          the separator (ours always LF)
///     X-Pigeon-Status: ffff mmmmmmmmmmmmmmmm\n  fixed width: flags, MODSEQ (hex)
///     X-Pigeon-Origin: pop3 <uidl>\n           optional, written once, never patched
///     X-Pigeon-Added-EOL: 1\n                  only if the message lacked a final line break
///     <the message, mboxrd-quoted>             byte-exact otherwise, CRLF or LF
///     [the added line break]
///     \n                                       the blank separator line
///
/// The two X-Pigeon lines use the message's own line ending and are removed again
/// when the message is read, so what comes back is what was appended. Because the
/// status field has a fixed width, a flag change is a 4-byte pwrite() in place
/// instead of a rewrite of the folder, and the flags survive a lost index.
class MboxFormat
{
public:
    static constexpr QByteArrayView statusName = "X-Pigeon-Status: ";
    static constexpr QByteArrayView originName = "X-Pigeon-Origin: ";
    static constexpr QByteArrayView addedEolName = "X-Pigeon-Added-EOL: ";
    /// Offset of the 4 flag digits inside the status line.
    static constexpr qsizetype statusFlagsOffset = 17;
    /// Offset of the 16 MODSEQ digits inside the status line.
    static constexpr qsizetype statusModSeqOffset = 22;
    static constexpr qsizetype statusLineLength = 38; ///< without the line ending

    /// "From sender Sun Nov 22 14:31:54 2026\n" (asctime, UTC). An empty or unusable
    /// sender becomes MAILER-DAEMON, as in other mbox writers.
    static QByteArray fromLine(QByteArrayView sender, const QDateTime &when);

    /// Appends @p message to @p out with every line matching `^>*From ` given one more
    /// `>` (mboxrd), so that no body line can be taken for a separator.
    static void appendQuoted(QByteArray &out, QByteArrayView message);
    /// Undoes appendQuoted(): one `>` less on every line matching `^>+From `.
    static QByteArray unquote(QByteArrayView stored);
    /// True if @p message has a line that appendQuoted() would change.
    static bool needsQuoting(QByteArrayView message);

    /// A complete record as described above, ready to be appended to a folder file.
    /// A message that does not end in a line break gets one (an mbox record must end
    /// in one), and the X-Pigeon-Added-EOL line says so, so reading strips it again.
    static QByteArray record(QByteArrayView message, QByteArrayView sender,
                             const QDateTime &when, MessageFlags flags, quint64 modSeq,
                             const MessageOrigin &origin);
    /// record() appended to @p out (a batch of records in one buffer, copied once).
    static void appendRecord(QByteArray &out, QByteArrayView message, QByteArrayView sender,
                             const QDateTime &when, MessageFlags flags, quint64 modSeq,
                             const MessageOrigin &origin);
    /// record() without copying @p message: the pieces to write in order (pwritev). The
    /// record's own lines (the separator and the X-Pigeon lines) go into @p head; the
    /// pieces point into @p head, into @p message and into static text, so neither may
    /// change while they are used. Returns where the record's parts lie, relative to its
    /// start: what RecordParser::locate() finds in the written record.
    static MessageLocation recordPieces(std::vector<QByteArrayView> &pieces, QByteArray &head,
                                        QByteArrayView message, QByteArrayView sender, const QDateTime &when,
                                        MessageFlags flags, quint64 modSeq, const MessageOrigin &origin);

    /// The status line's text (without line ending) for flags and MODSEQ.
    static QByteArray statusLine(MessageFlags flags, quint64 modSeq);
    /// The four flag digits written in place by a flag change.
    static QByteArray flagDigits(MessageFlags flags);
    /// Parses a status line (without line ending); false if it is not exactly ours.
    static bool parseStatusLine(QByteArrayView line, MessageFlags *flags, quint64 *modSeq);
    static QByteArray originLine(const MessageOrigin &origin);
    static bool parseOriginLine(QByteArrayView line, MessageOrigin *origin);
    /// The X-Pigeon-Added-EOL line for a line break of @p eolLength bytes.
    static QByteArray addedEolLine(qsizetype eolLength);
    /// Length of the added line break (1 or 2), or 0 if @p line is not that line.
    static int parseAddedEolLine(QByteArrayView line);
};

} // namespace Pigeon::Store
