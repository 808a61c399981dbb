// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/wire/messagedata.h"
#include "imap/wire/sequenceset.h"

#include <QByteArray>
#include <QList>

namespace Pigeon::Imap {

/// The response codes of RFC 9051 §7.1 and the extensions a desktop client meets.
enum class ResponseCodeKind {
    None,            ///< no [code] in the response
    Unknown,         ///< a code we do not know, or a known one with malformed arguments: see name/raw
    Alert,
    AlreadyExists,
    AppendUid,       ///< RFC 4315: uidValidity + destinationUids
    AuthenticationFailed,
    AuthorizationFailed,
    BadCharset,      ///< list = supported charsets
    Cannot,
    Capability,      ///< list = capabilities
    ClientBug,
    Closed,          ///< RFC 7162 §3.2.11
    ContactAdmin,
    CopyUid,         ///< RFC 4315: uidValidity + sourceUids + destinationUids
    Corruption,
    Expired,
    ExpungeIssued,
    HasChildren,
    HighestModSeq,   ///< RFC 7162: number
    InUse,
    Limit,
    Modified,        ///< RFC 7162: sourceUids = the set that was not stored
    NoModSeq,
    NonExistent,
    NoPerm,
    OverQuota,
    Parse,
    PermanentFlags,  ///< flags
    PrivacyRequired,
    ReadOnly,
    ReadWrite,
    ServerBug,
    TryCreate,
    UidNext,         ///< number
    UidNotSticky,
    UidValidity,     ///< number
    Unavailable,
    UnknownCte,
    Unseen,          ///< number (IMAP4rev1)
};

/// A parsed `[resp-text-code]`.
struct ResponseCode {
    ResponseCodeKind kind = ResponseCodeKind::None;
    QByteArray name;          ///< the code as sent, upper-cased ("UIDNEXT", "X-FOO")
    QByteArray raw;           ///< arguments as sent (always filled, for logs and unknown codes)
    quint64 number = 0;       ///< UIDNEXT, UIDVALIDITY, UNSEEN, HIGHESTMODSEQ
    FlagList flags;           ///< PERMANENTFLAGS
    QList<QByteArray> list;   ///< CAPABILITY (upper-cased), BADCHARSET
    quint32 uidValidity = 0;  ///< APPENDUID, COPYUID
    SequenceSet sourceUids;   ///< COPYUID source, MODIFIED
    SequenceSet destinationUids; ///< APPENDUID, COPYUID destination
    bool operator==(const ResponseCode &) const = default;
};

} // namespace Pigeon::Imap
