// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/wire/response.h"
#include "store/messagerow.h"

namespace Pigeon::Store {
class HeaderDecoder;
}

namespace Pigeon::Sync {

/// Turns what an IMAP server says about a message into the store's terms.
class ImapRowConverter
{
public:
    /// A message-list row from UID, FLAGS, INTERNALDATE, RFC822.SIZE, ENVELOPE and
    /// BODYSTRUCTURE (RFC 9051 §7.5.2), built in either FetchMode. Text is decoded by
    /// @p decoder (RFC 2047).
    static Store::MessageRow row(const Imap::FetchData &fetch, quint32 uidValidity,
                                 const Store::HeaderDecoder &decoder);
    /// System flags and $Forwarded (RFC 5788 registry) to the store's flags.
    static Store::MessageFlags flags(const Imap::FlagList &flags);
    /// The store's flags as IMAP flag atoms ("\\Seen", "$Forwarded").
    static QList<QByteArray> atoms(Store::MessageFlags flags);
    /// Whether a BODYSTRUCTURE has a part the user would call an attachment.
    static bool hasAttachments(const Imap::BodyPart &part);
};

} // namespace Pigeon::Sync
