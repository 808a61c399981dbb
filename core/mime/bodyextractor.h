// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "mime/message.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Pigeon::Mime {

/// How the reader wants a body.
struct BodyOptions
{
    /// Take text/html of a multipart/alternative instead of text/plain.
    bool preferHtml = false;
    /// The reader's "character encoding" override; empty means automatic.
    QByteArray charsetOverride;
};

/// The text to show for a message: one or more segments in message order (a
/// multipart/mixed may interleave several inline text parts).
struct DisplayBody
{
    enum class Format { Plain, Html };
    struct Segment
    {
        Format format = Format::Plain;
        QString text;       ///< decoded; flowed text already joined; LF line ends
        QString partId;
        QByteArray charset; ///< what was used to decode it
    };
    QList<Segment> segments;
    /// Body parts that are not downloaded yet (IMAP): the reader says "loading".
    QStringList missingParts;
    /// The message offers the other format too (the reader can offer a switch).
    bool hasHtml = false;
    bool hasPlain = false;

    /// All segments as plain text (HTML converted), joined by blank lines.
    QString plainText() const;
};

/// One attachment as the reader lists it.
struct AttachmentInfo
{
    QString partId;
    QString fileName;      ///< sanitised, safe to show and to save under
    QString originalName;  ///< as the message gives it, decoded (may be hostile)
    QByteArray mimeType;
    qint64 size = -1;      ///< decoded size, estimated for undecoded parts; -1 unknown
    bool inlineDisposition = false;
    bool executable = false;
    bool downloaded = true;
    QByteArray contentId;
};

/// Chooses body and attachments the way mature clients do (RFC 2046 §5.1.4: the last
/// alternative is the richest; multipart/related shows its root; the signature part
/// of multipart/signed is neither body nor attachment).
class BodyExtractor
{
public:
    static DisplayBody extract(const Message &message, const BodyOptions &options = {});
    /// The leaves shown as body text for this preference, in order.
    static QList<const MimePart *> bodyParts(const MimePart &root, bool preferHtml);
    /// Everything else worth listing, independent of the body preference.
    static QList<AttachmentInfo> attachments(const Message &message);
    /// Decodes one text part to a string: @p charsetOverride, else the declared charset,
    /// else <meta charset> for HTML, else detection; undoes format=flowed.
    static QString decodeText(const Message &message, const MimePart &part,
                              const QByteArray &charsetOverride = {}, QByteArray *used = nullptr);
};

} // namespace Pigeon::Mime
