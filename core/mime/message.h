// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "mime/headersummary.h"
#include "mime/mimepart.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace Pigeon::Mime {

/// A parsed message: decoded header, MIME tree, and access to the decoded content of
/// each part. Copies are cheap and share one underlying message (GMime objects stay
/// private to this class and are released with the last copy).
///
/// Two ways to fill it: parse() / parseFile() run GMime over a whole RFC 5322 message;
/// fromStructure() takes a tree built elsewhere (IMAP ENVELOPE/BODYSTRUCTURE) whose
/// leaves arrive later through setContent(), so a message can be shown before its
/// attachments are downloaded.
class Message
{
public:
    /// Nesting beyond this is not descended into: the deeper part stays an empty
    /// multipart and truncated() is true.
    static constexpr int MaxDepth = 128;
    /// Parts beyond this count are dropped from the model (truncated() is true).
    static constexpr int MaxParts = 100000;
    /// Default cap for content(): text to display, not a 200 MB attachment.
    static constexpr qint64 DefaultContentLimit = 64 * 1024 * 1024;

    Message();

    /// Parses a complete message. An mbox "From " line in front is skipped.
    static Result<Message> parse(const QByteArray &raw);
    /// Parses a message file without reading it into memory: part contents stay in the
    /// file until asked for, so a 200 MB attachment costs a file scan, not 200 MB.
    static Result<Message> parseFile(const QString &path);
    /// A message known by its structure only (IMAP). Leaves marked NotDownloaded get
    /// their bytes through setContent().
    static Message fromStructure(const HeaderFields &headers, MimePart root);
    /// The header line that marks a part of a partly downloaded IMAP message whose
    /// content is not here (@p state "not-downloaded") or cut short ("truncated"):
    /// `X-Pigeon-Part: <state>; size=N; token=T`. T is random per process, so parse()
    /// honours only markers this process wrote; the same line arriving inside a mail
    /// from outside cannot make a downloaded attachment look missing.
    static QByteArray placeholderLine(QByteArrayView state, qint64 encodedSize);

    bool isNull() const;
    const HeaderFields &headers() const;
    /// Decoded value of the first header called @p name, or a null string.
    QString headerText(QByteArrayView name) const;
    const HeaderSummary &summary() const;
    const MimePart &root() const;
    const MimePart *part(QStringView partId) const;
    /// True when limits cut the tree (see MaxDepth, MaxParts).
    bool truncated() const;
    /// Charset declared by the first text part; used for raw 8-bit header bytes.
    QByteArray fallbackCharset() const;

    /// The raw message, at most @p maxBytes of it; empty when not available (IMAP).
    QByteArray source(qint64 maxBytes = DefaultContentLimit) const;

    /// Decoded (transfer-encoding removed) content of a leaf, or of an embedded
    /// message/rfc822 as a whole. Fails with LimitExceeded beyond @p maxBytes and with
    /// NotFound for parts not (yet) downloaded.
    Result<QByteArray> content(QStringView partId, qint64 maxBytes = DefaultContentLimit) const;
    /// Streams the decoded content of a part to @p out in bounded memory; returns the
    /// number of bytes written.
    Result<qint64> writeContent(QStringView partId, QIODevice *out) const;
    /// Supplies the content of a part fetched later (IMAP BODY[partId] or BINARY[...]).
    /// With @p transferEncoded the part's Content-Transfer-Encoding is undone here.
    Result<void> setContent(QStringView partId, const QByteArray &bytes, bool transferEncoded = true);

    struct Data; ///< implementation detail (holds the GMime objects)

private:
    std::shared_ptr<Data> d;
    static Result<Message> fromStream(void *stream, QByteArray raw, QString path);
};

} // namespace Pigeon::Mime
