// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/wire/messagedata.h"
#include "mime/mimepart.h"

#include <QByteArray>
#include <QList>

namespace Pigeon::Sync {

/// What to fetch of a message so the reader can show it (issue 6: bodies on demand),
/// chosen from its BODYSTRUCTURE. Sections are RFC 9051 §6.4.5 part specifiers.
///
/// - The text parts are the ones the reader shows (Mime::BodyExtractor's own choice,
///   made over the same tree, for both the plain and the HTML preference, so switching
///   needs no network): the text/plain and text/html of a multipart/alternative, the
///   root of a multipart/related, inline text parts of a multipart/mixed, the signed
///   part of a multipart/signed. A single-part message's text is section "1".
/// - Every leaf's MIME header (`n.MIME`) is fetched too, a few hundred bytes each, so
///   names, charsets and encodings are the sender's own bytes (RFC 2231 names
///   included), not a rebuild from BODYSTRUCTURE. A single-part message has none: its
///   HEADER is its MIME header.
/// - Attachments, inline images (cid:) and attached messages (message/rfc822) wait
///   until they are opened or saved.
/// - A text part larger than the cap is fetched as a prefix (`BODY.PEEK[n]<0.cap>`);
///   the rest comes with "Download message" (BODY.PEEK[]).
struct PartPlan
{
    /// Default cap of one text part: more text than anyone reads before deciding.
    static constexpr quint64 DefaultTextCap = 256 * 1024;
    /// Messages with more leaves than this get MIME headers rebuilt from BODYSTRUCTURE.
    static constexpr int MaxMimeHeaders = 100;

    QList<QByteArray> texts;  ///< text sections to fetch, in order
    QList<QByteArray> mimes;  ///< sections whose MIME header to fetch
    /// Attached messages (message/rfc822) whose own header to fetch (`n.HEADER`): the
    /// attachment list names them by their subject.
    QList<QByteArray> headers;
    QList<QByteArray> capped; ///< the texts fetched only up to the cap
    quint64 cap = DefaultTextCap;

    /// The FETCH items: BODY.PEEK[...] (never BODY[...], which would set \\Seen,
    /// RFC 9051 §6.4.5), HEADER first.
    QList<QByteArray> fetchItems() const;

    static PartPlan choose(const Imap::BodyPart &root, quint64 textCap = DefaultTextCap);
    /// The tree as Mime::MimePart, partIds set to the sections (what BodyExtractor reads).
    static Mime::MimePart mimeTree(const Imap::BodyPart &root);
    /// Section of child @p index (0-based) of the multipart at @p section ("" for the top).
    static QByteArray childSection(const QByteArray &section, int index);
};

} // namespace Pigeon::Sync
