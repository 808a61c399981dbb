// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

// Internal: the response grammar above the token level, split by area.

#include "imap/wire/parserlimits.h"
#include "imap/wire/reader.h"
#include "imap/wire/response.h"

namespace Pigeon::Imap::detail {

/// One complete response: its text (CRLF-terminated lines, literal markers kept) and
/// the literals in order.
Response parseResponse(QByteArrayView text, const QList<QByteArray> &literals,
                       const ParserLimits &limits, bool utf8Mailboxes,
                       FetchMode fetchMode = FetchMode::Full);

// Shared pieces (responsereader.cpp).
bool readFlagList(Reader &r, FlagList &out);
bool readResponseText(Reader &r, ResponseCode &code, QByteArray &text);
MailboxName decodeMailboxName(QByteArray raw, bool utf8);
bool readMailbox(Reader &r, MailboxName &out, bool utf8);

// Mailbox data (mailboxdata.cpp), each after its keyword.
bool readList(Reader &r, ListData &out, bool utf8);
bool readStatus(Reader &r, StatusData &out, bool utf8);
bool readSearch(Reader &r, SearchData &out);
bool readESearch(Reader &r, ESearchData &out);
bool readNamespace(Reader &r, NamespaceData &out, bool utf8);
bool readId(Reader &r, IdData &out);
bool readVanished(Reader &r, VanishedData &out);
bool readCapabilities(Reader &r, QList<QByteArray> &out);

// Message data (fetchreader.cpp / bodyreader.cpp).
bool readFetch(Reader &r, FetchData &out);
/// Which ENVELOPE fields readEnvelope() keeps; the others are validated and skipped.
enum class EnvelopeFields { All, Listing, None };
bool readEnvelope(Reader &r, Envelope &out, EnvelopeFields keep = EnvelopeFields::All);
bool readBody(Reader &r, BodyPart &out, bool extended);
/// BODYSTRUCTURE validated as readBody() does, without building the tree.
bool readBodySummary(Reader &r, BodySummary &out);

} // namespace Pigeon::Imap::detail
