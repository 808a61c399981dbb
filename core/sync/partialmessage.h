// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "imap/wire/messagedata.h"
#include "store/imapcache.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace Pigeon::Sync {

/// Puts the cached parts of a BodyState::Partial message back together as one MIME
/// message, which the reader parses like any other (Mime::Message::parse).
///
/// The tree is the BODYSTRUCTURE's; a multipart's boundary is its own (from
/// BODYSTRUCTURE) so the fetched MIME headers still fit; a leaf has its fetched MIME
/// header (or one rebuilt from BODYSTRUCTURE) and its fetched bytes. A leaf not
/// fetched yet gets an empty body and the header line
/// `X-Pigeon-Part: not-downloaded; size=N` (N: its transfer-encoded size), a text cut
/// at the cap `X-Pigeon-Part: truncated; size=N`; Mime::Message turns those into
/// MimePart::ContentState::NotDownloaded and the size the attachment list shows, and
/// into MimePart::cutFromEncodedSize (the reader's "only partly downloaded" bar). Such
/// lines coming from the server are removed first, and the line carries a per-process
/// token (Mime::Message::placeholderLine), so a sender cannot fake them anywhere.
class PartialMessage
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Sync::PartialMessage)

public:
    /// The header line name Mime::Message reads.
    static constexpr QByteArrayView markerName = "X-Pigeon-Part";

    /// @p parts by section as ImapCache::parts() returns them ("HEADER" required).
    static QByteArray assemble(const Imap::BodyPart &root, const QHash<QByteArray, Store::CachedPart> &parts);
    /// The message @p id as its cached parts make it; NotFound when no BODYSTRUCTURE
    /// and HEADER are cached for it (a HeadersOnly row).
    static Result<QByteArray> fromCache(Store::MailStore *store, Store::MessageId id);
};

} // namespace Pigeon::Sync
