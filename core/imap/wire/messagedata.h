// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

// Value types for the data a server returns about one message (RFC 9051 §7.5.2).
// Strings are the server's bytes: NIL is a null QByteArray, "" an empty non-null one.
// RFC 2047 words and charsets are decoded above this layer (mime/).

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QList>

#include <memory>
#include <utility>
#include <vector>

namespace Pigeon::Imap {

/// System flags (RFC 9051 §2.3.2) as bits, so the common case allocates nothing.
enum class MessageFlag : quint8 {
    Seen = 0x01,
    Answered = 0x02,
    Flagged = 0x04,
    Deleted = 0x08,
    Draft = 0x10,
    Recent = 0x20,   ///< IMAP4rev1 only
    Wildcard = 0x40, ///< `\*` in PERMANENTFLAGS: new keywords may be created
};
Q_DECLARE_FLAGS(MessageFlags, MessageFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageFlags)

/// A flag list: system flags as bits, everything else (keywords such as `$Forwarded`,
/// unknown `\Flags`) as received.
struct FlagList {
    MessageFlags system;
    QList<QByteArray> keywords;
    bool operator==(const FlagList &) const = default;
};

/// One ENVELOPE address (RFC 9051 §7.5.2 `address`). Group syntax (RFC 5322 §3.4)
/// is flattened: members carry the group's name in `group`; a group with no
/// members becomes one entry with `emptyGroup` set and no mailbox.
struct Address {
    QByteArray name;
    QByteArray adl;
    QByteArray mailbox;
    QByteArray host;
    QByteArray group;
    bool emptyGroup = false;
    /// "mailbox@host", or just the mailbox when the host is NIL.
    QByteArray addrSpec() const
    {
        return host.isEmpty() ? mailbox : mailbox + '@' + host;
    }
    bool operator==(const Address &) const = default;
};

/// ENVELOPE (RFC 9051 §7.5.2).
struct Envelope {
    QByteArray date;
    QByteArray subject;
    QList<Address> from;
    QList<Address> sender;
    QList<Address> replyTo;
    QList<Address> to;
    QList<Address> cc;
    QList<Address> bcc;
    QByteArray inReplyTo;
    QByteArray messageId;
    bool operator==(const Envelope &) const = default;
};

using ParameterList = QList<std::pair<QByteArray, QByteArray>>;

/// One node of BODY / BODYSTRUCTURE (RFC 9051 §7.5.2 `body`). Type, subtype,
/// encoding, disposition and parameter names are lower-cased (they are
/// case-insensitive); values are kept as sent.
struct BodyPart {
    QByteArray type;    ///< "text", "multipart", "message", ...
    QByteArray subtype; ///< "plain", "mixed", "rfc822", ...
    ParameterList parameters;
    QByteArray id;
    QByteArray description;
    QByteArray encoding;
    quint64 size = 0;
    quint64 lines = 0;  ///< text/* and message/rfc822 only
    /// message/rfc822 (and message/global) with an embedded envelope.
    std::shared_ptr<const Envelope> envelope;
    /// Parts of a multipart, or the single body embedded in a message/rfc822.
    std::vector<BodyPart> children;
    // Extension data (BODYSTRUCTURE only; any of it may be missing).
    QByteArray md5;
    QByteArray disposition; ///< "inline", "attachment"; null when absent
    ParameterList dispositionParameters;
    QList<QByteArray> languages;
    QByteArray location;
    bool hasExtensionData = false;

    bool isMultipart() const { return type == "multipart"; }
    /// Value of a Content-Type parameter, case-insensitive name; null if absent.
    QByteArray parameter(QByteArrayView name) const;
    bool operator==(const BodyPart &other) const;
};

/// Whether a message has attachments, as a message list shows it: a part with
/// Content-Disposition "attachment" anywhere in the multipart tree, or a named leaf
/// that is not text, multipart or message (application/pdf; name=...), which mail
/// programs show as an attachment even inline. Parts inside an attached message are
/// that message's business and are not looked at.
bool hasAttachments(const BodyPart &part);

/// How FETCH data is built. Summary is for a message list that shows a row per message
/// and drops the rest: the grammar checks ENVELOPE and BODYSTRUCTURE just as fully (a
/// malformed one is the same error), but strings the list does not use are skipped
/// without a copy:
/// - ENVELOPE keeps date, subject, from, to, in-reply-to and message-id; sender,
///   reply-to, cc and bcc stay empty (FetchItem::EnvelopeSummary instead of Envelope);
/// - BODYSTRUCTURE gives a BodySummary instead of a BodyPart tree
///   (FetchItem::BodySummary instead of BodyStructure).
/// BODY (without extension data) and every other item are read as in Full.
enum class FetchMode : quint8 { Full, Summary };

/// What FetchMode::Summary keeps of a BODYSTRUCTURE.
struct BodySummary {
    bool hasAttachments = false; ///< as Imap::hasAttachments() of the tree
    bool operator==(const BodySummary &) const = default;
};

/// BODY[section]<origin> / BINARY[section] data (RFC 9051 §7.5.2). The payload is the
/// literal exactly as the parser received it (implicitly shared, never copied again).
struct BodySection {
    QByteArray section;   ///< text between the brackets, e.g. "1.2", "HEADER.FIELDS (FROM)", ""
    qint64 origin = -1;   ///< <origin> of a partial fetch, -1 when absent
    QByteArray data;      ///< null for NIL
    bool binary = false;  ///< BINARY[...] rather than BODY[...]
    bool operator==(const BodySection &) const = default;
};

/// Compares what two shared pointers point to (for value semantics in ==).
template<typename T>
bool sameValue(const std::shared_ptr<const T> &a, const std::shared_ptr<const T> &b)
{
    if (a == b)
        return true;
    return a && b && *a == *b;
}

/// Parses an INTERNALDATE ("17-Jul-1996 02:44:25 -0700", RFC 9051 §9 `date-time`)
/// into UTC; an invalid QDateTime when malformed.
QDateTime parseInternalDate(QByteArrayView text);

} // namespace Pigeon::Imap
