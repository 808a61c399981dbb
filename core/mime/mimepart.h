// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "mime/headersummary.h"

#include <QByteArray>
#include <QSharedPointer>
#include <QString>

#include <functional>
#include <vector>

namespace Pigeon::Mime {

/// One node of a message's MIME tree. A plain value: it describes the part; its content
/// is held by the Message (or not downloaded yet, for IMAP).
///
/// partId is the IMAP section number (RFC 9051 §6.4.5): "1", "2.1"... for leaves and
/// nested multiparts, "TEXT" for the top multipart, "N.TEXT" for the multipart body of
/// an embedded message/rfc822 at N. A single-part message's body is "1".
struct MimePart
{
    enum class Disposition { Unspecified, Inline, Attachment };
    /// Whether the decoded content can be had now. IMAP fills the tree from
    /// BODYSTRUCTURE first and leaves content NotDownloaded until it is fetched.
    enum class ContentState { Available, NotDownloaded };

    QString partId;
    QByteArray mimeType = "text/plain"; ///< lower case "type/subtype"
    QByteArray charset;                 ///< declared charset parameter, as written
    QByteArray format;                  ///< "flowed" for RFC 3676 text
    bool delSp = false;                 ///< RFC 3676 DelSp=yes
    Disposition disposition = Disposition::Unspecified;
    QString fileName;                   ///< decoded, NOT sanitised (see AttachmentName)
    QByteArray contentId;               ///< without angle brackets
    QString contentLocation;
    QString description;
    QByteArray transferEncoding;        ///< lower case; empty means 7bit
    QByteArray relatedStart;            ///< multipart/related "start" parameter, no brackets
    qint64 encodedSize = -1;            ///< bytes in the message (transfer-encoded), -1 unknown
    qint64 size = -1;                   ///< decoded bytes, exact or estimated; -1 unknown
    ContentState contentState = ContentState::Available;
    /// Only the beginning of the content is here (an IMAP text part fetched up to a cap,
    /// Sync::PartPlan): the whole part's transfer-encoded size. -1: the content is whole.
    qint64 cutFromEncodedSize = -1;
    /// message/rfc822 parts: the embedded message's header, decoded.
    QSharedPointer<const HeaderSummary> embedded;
    std::vector<MimePart> children;

    bool isMultipart() const { return mimeType.startsWith("multipart/"); }
    bool isMessage() const { return mimeType == "message/rfc822" || mimeType == "message/global"; }
    bool isText() const { return mimeType.startsWith("text/"); }
    bool isCut() const { return cutFromEncodedSize >= 0; }

    /// Depth-first search by partId; null when absent.
    const MimePart *find(QStringView id) const;
    MimePart *find(QStringView id);
    /// Calls @p f for this part and every descendant, depth first, parents first.
    void forEach(const std::function<void(const MimePart &)> &f) const;
    /// Number of parts in this subtree, this one included.
    int count() const;
};

} // namespace Pigeon::Mime
