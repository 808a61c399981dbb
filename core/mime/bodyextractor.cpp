// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/bodyextractor.h"

#include "mime/attachmentname.h"
#include "mime/charset.h"
#include "mime/flowedtext.h"
#include "mime/htmltotext.h"

#include <QSet>

namespace Pigeon::Mime {

namespace {

constexpr int MaxWalkDepth = Message::MaxDepth + 8;

bool isInlineText(const MimePart &p, bool isRoot)
{
    if (p.disposition == MimePart::Disposition::Attachment)
        return false;
    if (p.mimeType == "text/plain" || p.mimeType == "text/html" || p.mimeType == "text/enriched")
        return p.fileName.isEmpty() || p.disposition == MimePart::Disposition::Inline;
    // A message that is one text/whatever part is still read as text.
    return isRoot && p.isText() && p.fileName.isEmpty();
}

bool containsType(const MimePart &p, const QByteArray &type, int depth = 0)
{
    if (depth > MaxWalkDepth)
        return false;
    if (p.mimeType == type && p.disposition != MimePart::Disposition::Attachment)
        return true;
    if (p.mimeType == "multipart/related" && !p.children.empty())
        return containsType(p.children.front(), type, depth + 1);
    if (p.isMultipart()) {
        for (const MimePart &c : p.children)
            if (containsType(c, type, depth + 1))
                return true;
    }
    return false;
}

const MimePart *relatedRoot(const MimePart &p)
{
    if (p.children.empty())
        return nullptr;
    if (!p.relatedStart.isEmpty()) {
        for (const MimePart &c : p.children)
            if (c.contentId == p.relatedStart)
                return &c;
    }
    return &p.children.front();
}

void collectBody(const MimePart &p, bool preferHtml, bool isRoot, int depth,
                 QList<const MimePart *> *out)
{
    if (depth > MaxWalkDepth)
        return;
    if (p.mimeType == "multipart/alternative") {
        const MimePart *chosen = nullptr;
        const QByteArray first = preferHtml ? "text/html" : "text/plain";
        const QByteArray second = preferHtml ? "text/plain" : "text/html";
        for (const QByteArray &type : {first, second}) {
            for (auto it = p.children.rbegin(); it != p.children.rend() && !chosen; ++it)
                if (containsType(*it, type))
                    chosen = &*it;
            if (chosen)
                break;
        }
        if (!chosen && !p.children.empty())
            chosen = &p.children.back();
        if (chosen)
            collectBody(*chosen, preferHtml, false, depth + 1, out);
        return;
    }
    if (p.mimeType == "multipart/related") {
        if (const MimePart *root = relatedRoot(p))
            collectBody(*root, preferHtml, false, depth + 1, out);
        return;
    }
    if (p.mimeType == "multipart/signed") {
        if (!p.children.empty())
            collectBody(p.children.front(), preferHtml, false, depth + 1, out);
        return;
    }
    if (p.isMultipart()) {
        for (const MimePart &c : p.children)
            collectBody(c, preferHtml, false, depth + 1, out);
        return;
    }
    if (isInlineText(p, isRoot))
        out->append(&p);
}

void collectAttachments(const MimePart &p, bool isRoot, bool inAlternative, int depth,
                        QList<const MimePart *> *out)
{
    if (depth > MaxWalkDepth)
        return;
    if (p.isMessage()) {
        out->append(&p);
        return;
    }
    if (p.mimeType == "multipart/related") {
        const MimePart *root = relatedRoot(p);
        for (const MimePart &c : p.children) {
            if (&c == root)
                collectAttachments(c, false, inAlternative, depth + 1, out);
            else if (c.disposition == MimePart::Disposition::Attachment)
                out->append(&c); // resources the HTML refers to are not attachments
        }
        return;
    }
    if (p.mimeType == "multipart/signed") {
        if (!p.children.empty())
            collectAttachments(p.children.front(), false, false, depth + 1, out);
        return;
    }
    if (p.isMultipart()) {
        const bool alternative = p.mimeType == "multipart/alternative";
        for (const MimePart &c : p.children)
            collectAttachments(c, false, alternative, depth + 1, out);
        return;
    }
    if (isInlineText(p, isRoot))
        return;
    // An alternative's text/* representation (text/calendar aside) is the body.
    if (inAlternative && p.isText() && p.mimeType != "text/calendar"
        && p.disposition != MimePart::Disposition::Attachment)
        return;
    out->append(&p);
}

} // namespace

QString DisplayBody::plainText() const
{
    QStringList parts;
    for (const Segment &s : segments)
        parts.append(s.format == Format::Html ? HtmlToText::convert(s.text) : s.text);
    return parts.join(QStringLiteral("\n\n"));
}

QList<const MimePart *> BodyExtractor::bodyParts(const MimePart &root, bool preferHtml)
{
    QList<const MimePart *> out;
    collectBody(root, preferHtml, true, 0, &out);
    return out;
}

QString BodyExtractor::decodeText(const Message &message, const MimePart &part,
                                  const QByteArray &charsetOverride, QByteArray *used)
{
    auto bytes = message.content(part.partId);
    if (!bytes)
        return QString();
    QByteArray declared = charsetOverride.isEmpty() ? part.charset : charsetOverride;
    if (declared.isEmpty() && part.mimeType == "text/html")
        declared = HtmlToText::sniffMetaCharset(*bytes);
    QString text = charsetOverride.isEmpty() ? Charset::decode(*bytes, declared, {}, used)
                                             : Charset::decodeWith(*bytes, charsetOverride);
    if (!charsetOverride.isEmpty() && used)
        *used = Charset::normalise(charsetOverride);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (part.mimeType == "text/plain" && part.format == "flowed")
        text = FlowedText::decode(text, part.delSp);
    return text;
}

DisplayBody BodyExtractor::extract(const Message &message, const BodyOptions &options)
{
    DisplayBody body;
    const MimePart &root = message.root();
    body.hasHtml = containsType(root, "text/html");
    body.hasPlain = containsType(root, "text/plain");
    for (const MimePart *p : bodyParts(root, options.preferHtml)) {
        if (p->contentState == MimePart::ContentState::NotDownloaded) {
            body.missingParts.append(p->partId);
            continue;
        }
        DisplayBody::Segment s;
        s.format = p->mimeType == "text/html" ? DisplayBody::Format::Html : DisplayBody::Format::Plain;
        s.partId = p->partId;
        s.text = decodeText(message, *p, options.charsetOverride, &s.charset);
        body.segments.append(s);
    }
    return body;
}

QList<AttachmentInfo> BodyExtractor::attachments(const Message &message)
{
    QList<const MimePart *> parts;
    collectAttachments(message.root(), true, false, 0, &parts);
    QList<AttachmentInfo> out;
    out.reserve(parts.size());
    for (const MimePart *p : parts) {
        AttachmentInfo a;
        a.partId = p->partId;
        a.originalName = p->fileName;
        a.fileName = AttachmentName::displayName(p->fileName, p->mimeType,
                                                 p->embedded ? p->embedded->subject : QString());
        a.mimeType = p->mimeType;
        a.size = p->size;
        if (p->isMessage() && a.size < 0)
            a.size = p->encodedSize;
        a.inlineDisposition = p->disposition == MimePart::Disposition::Inline;
        a.executable = AttachmentName::isExecutable(a.fileName, p->mimeType);
        a.downloaded = p->contentState == MimePart::ContentState::Available;
        a.contentId = p->contentId;
        out.append(a);
    }
    return out;
}

} // namespace Pigeon::Mime
