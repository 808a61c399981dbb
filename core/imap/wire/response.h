// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

// Typed server responses (RFC 9051 §7). One struct per kind of response, gathered
// in the Imap::Response variant that ResponseParser produces.

#include "imap/wire/messagedata.h"
#include "imap/wire/responsecode.h"
#include "imap/wire/sequenceset.h"

#include <QByteArray>
#include <QChar>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace Pigeon::Imap {

enum class Status { Ok, No, Bad, Bye, PreAuth };

/// OK/NO/BAD/BYE/PREAUTH, tagged or untagged (RFC 9051 §7.1).
struct StatusResponse {
    QByteArray tag;      ///< empty for `*`
    Status status = Status::Ok;
    ResponseCode code;
    QByteArray text;     ///< human-readable text as sent (UTF-8 or ASCII)
    bool isTagged() const { return !tag.isEmpty(); }
    bool operator==(const StatusResponse &) const = default;
};

/// `+ text`: the server waits for a literal or a SASL step (RFC 9051 §7.5).
struct ContinuationRequest {
    QByteArray text;
    bool operator==(const ContinuationRequest &) const = default;
};

/// Untagged CAPABILITY (RFC 9051 §7.2.2); capabilities upper-cased.
struct CapabilityData {
    QList<QByteArray> capabilities;
    bool operator==(const CapabilityData &) const = default;
};

/// Untagged ENABLED (RFC 5161); capabilities upper-cased.
struct EnabledData {
    QList<QByteArray> capabilities;
    bool operator==(const EnabledData &) const = default;
};

/// Mailbox name attributes of LIST/LSUB (RFC 9051 §7.3.1, RFC 6154 SPECIAL-USE,
/// RFC 5258 LIST-EXTENDED, RFC 3348 CHILDREN).
enum class MailboxAttribute : quint32 {
    NoInferiors = 1u << 0,
    NoSelect = 1u << 1,
    Marked = 1u << 2,
    Unmarked = 1u << 3,
    HasChildren = 1u << 4,
    HasNoChildren = 1u << 5,
    NonExistent = 1u << 6,
    Subscribed = 1u << 7,
    Remote = 1u << 8,
    All = 1u << 9,
    Archive = 1u << 10,
    Drafts = 1u << 11,
    Flagged = 1u << 12,
    Junk = 1u << 13,
    Sent = 1u << 14,
    Trash = 1u << 15,
    Important = 1u << 16,
};
Q_DECLARE_FLAGS(MailboxAttributes, MailboxAttribute)
Q_DECLARE_OPERATORS_FOR_FLAGS(MailboxAttributes)

/// A mailbox name as sent and as decoded (modified UTF-7, or UTF-8 under UTF8=ACCEPT).
struct MailboxName {
    QByteArray raw;
    QString name;        ///< decoded; raw bytes as Latin-1 when `valid` is false
    bool valid = true;   ///< false: malformed modified UTF-7
    bool operator==(const MailboxName &) const = default;
};

/// Untagged LIST or LSUB (RFC 9051 §7.3.1, RFC 5258).
struct ListData {
    bool lsub = false;
    MailboxAttributes attributes;
    QList<QByteArray> otherAttributes; ///< attributes we have no bit for, as sent
    QChar delimiter;                   ///< null QChar for NIL (flat namespace)
    MailboxName mailbox;
    QList<QByteArray> childInfo;       ///< LIST-EXTENDED CHILDINFO ("SUBSCRIBED")
    std::optional<MailboxName> oldName; ///< LIST-EXTENDED OLDNAME (RFC 9051)
    bool operator==(const ListData &) const = default;
};

/// Untagged STATUS (RFC 9051 §7.3.2); absent items are nullopt.
struct StatusData {
    MailboxName mailbox;
    std::optional<quint64> messages, recent, uidNext, uidValidity, unseen, deleted, size;
    std::optional<quint64> highestModSeq;
    std::optional<quint64> appendLimit;
    bool operator==(const StatusData &) const = default;
};

/// Untagged SEARCH or SORT (RFC 3501 §7.2.5, RFC 7162 §3.1.5 MODSEQ, RFC 5256).
struct SearchData {
    bool sort = false;
    QList<quint32> numbers;
    std::optional<quint64> modSeq;
    bool operator==(const SearchData &) const = default;
};

/// Untagged ESEARCH (RFC 4731, RFC 9051 §7.3.4).
struct ESearchData {
    QByteArray tag;              ///< correlator, empty when absent
    bool uid = false;
    std::optional<quint32> min, max, count;
    std::optional<SequenceSet> all;
    std::optional<quint64> modSeq;
    bool operator==(const ESearchData &) const = default;
};

/// `* n EXISTS`, `* n RECENT`, `* n EXPUNGE` (RFC 9051 §7.4).
struct MessageNumberData {
    enum class Kind { Exists, Recent, Expunge };
    Kind kind = Kind::Exists;
    quint32 number = 0;
    bool operator==(const MessageNumberData &) const = default;
};

/// `* VANISHED [(EARLIER)] uids` (RFC 7162 §3.2.10).
struct VanishedData {
    bool earlier = false;
    SequenceSet uids;
    bool operator==(const VanishedData &) const = default;
};

/// Untagged FLAGS (RFC 9051 §7.3.5).
struct FlagsData {
    FlagList flags;
    bool operator==(const FlagsData &) const = default;
};

/// One NAMESPACE description (RFC 2342).
struct Namespace {
    MailboxName prefix;
    QChar delimiter;
    QList<std::pair<QByteArray, QList<QByteArray>>> extensions;
    bool operator==(const Namespace &) const = default;
};

/// Untagged NAMESPACE (RFC 2342, RFC 9051 §7.3.10).
struct NamespaceData {
    QList<Namespace> personal, otherUsers, shared;
    bool operator==(const NamespaceData &) const = default;
};

/// Untagged ID (RFC 2971); fields in server order, values null for NIL.
struct IdData {
    QList<std::pair<QByteArray, QByteArray>> fields;
    bool operator==(const IdData &) const = default;
};

/// Which FETCH items a FetchData carries.
enum class FetchItem : quint32 {
    Uid = 1u << 0,
    Flags = 1u << 1,
    InternalDate = 1u << 2,
    Rfc822Size = 1u << 3,
    Envelope = 1u << 4,
    BodyStructure = 1u << 5, ///< BODYSTRUCTURE (with extension data)
    Body = 1u << 6,          ///< BODY (no extension data)
    ModSeq = 1u << 7,
    Preview = 1u << 8,       ///< PREVIEW (RFC 8970) or SNIPPET (FUZZY)
    GmMsgId = 1u << 9,
    GmThrId = 1u << 10,
    GmLabels = 1u << 11,
    EmailId = 1u << 12,      ///< RFC 8474
    ThreadId = 1u << 13,
    SaveDate = 1u << 14,     ///< RFC 8514
    BinarySize = 1u << 15,
    /// ENVELOPE in FetchMode::Summary: `envelope` without sender, reply-to, cc and bcc.
    EnvelopeSummary = 1u << 16,
    /// BODYSTRUCTURE in FetchMode::Summary: `bodySummary`, no `body`.
    BodySummary = 1u << 17,
};
Q_DECLARE_FLAGS(FetchItems, FetchItem)
Q_DECLARE_OPERATORS_FOR_FLAGS(FetchItems)

/// `* n FETCH (...)` (RFC 9051 §7.5.2). Fields are valid when their bit is in `items`.
struct FetchData {
    quint32 sequence = 0;
    FetchItems items;
    quint32 uid = 0;
    FlagList flags;
    QDateTime internalDate;   ///< in UTC
    QDateTime saveDate;
    quint64 rfc822Size = 0;
    std::optional<Envelope> envelope;
    std::shared_ptr<const BodyPart> body; ///< BODYSTRUCTURE or BODY
    BodySummary bodySummary;              ///< BODYSTRUCTURE in FetchMode::Summary
    QList<BodySection> sections;          ///< BODY[...], BINARY[...], RFC822, RFC822.HEADER/TEXT
    QList<std::pair<QByteArray, quint64>> binarySizes; ///< BINARY.SIZE[section]
    quint64 modSeq = 0;
    QByteArray preview;       ///< null for NIL
    quint64 gmMsgId = 0;
    quint64 gmThrId = 0;
    QList<QByteArray> gmLabels;
    QByteArray emailId, threadId;
    /// Items we do not know, name and raw value text.
    QList<std::pair<QByteArray, QByteArray>> unknown;

    bool has(FetchItem item) const { return items.testFlag(item); }
    /// The payload of BODY[section] (or BINARY[section] when \a binary); null if absent.
    QByteArray section(QByteArrayView section, bool binary = false) const;
    bool operator==(const FetchData &other) const;
};

/// An untagged response this parser does not type (QUOTA, METADATA, THREAD, ...),
/// kept so a later layer can read it.
struct UnknownData {
    QByteArray name;                ///< upper-cased first word ("QUOTA")
    QByteArray text;                ///< the rest of the response text as sent
    QList<QByteArray> literals;
    bool operator==(const UnknownData &) const = default;
};

/// A response that could not be parsed. The parser has skipped it and goes on with
/// the next one; a hostile or broken server never makes it throw or crash.
struct ParseError {
    enum class Kind {
        Syntax,        ///< does not follow the grammar
        LimitExceeded, ///< literal, line or response larger than the configured limit
        TooDeep,       ///< lists nested deeper than the limit
    };
    Kind kind = Kind::Syntax;
    QByteArray tag;        ///< the tag when the broken response was tagged
    QString message;
    qsizetype offset = 0;  ///< byte offset in the response text
    QByteArray excerpt;    ///< up to 80 bytes of the response around the problem
    bool operator==(const ParseError &) const = default;
};

using Response = std::variant<StatusResponse, ContinuationRequest, CapabilityData, EnabledData,
                              ListData, StatusData, SearchData, ESearchData, MessageNumberData,
                              VanishedData, FlagsData, NamespaceData, IdData, FetchData,
                              UnknownData, ParseError>;

} // namespace Pigeon::Imap
