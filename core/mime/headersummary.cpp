// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/headersummary.h"

#include "mime/gmimeglue.h"
#include "mime/headerdecoder.h"

#include <algorithm>
#include <vector>

namespace Pigeon::Mime {

using namespace Detail;

QByteArrayView skipEnvelopeLine(QByteArrayView raw)
{
    if (raw.startsWith("\xEF\xBB\xBF"))
        raw = raw.sliced(3);
    if (raw.startsWith("From ")) {
        const qsizetype nl = raw.indexOf('\n');
        raw = nl < 0 ? QByteArrayView() : raw.sliced(nl + 1);
    }
    return raw;
}

QByteArray headerValue(const HeaderFields &fields, QByteArrayView name)
{
    for (const HeaderField &f : fields) {
        if (QByteArrayView(f.name).compare(name, Qt::CaseInsensitive) == 0)
            return f.rawValue.isNull() ? QByteArray("") : f.rawValue;
    }
    return {};
}

namespace {

/// End of the header block: index of the empty line that ends it, or the whole input.
qsizetype headerEnd(QByteArrayView raw)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype nl = raw.sliced(from).indexOf('\n');
        if (nl < 0)
            return raw.size();
        qsizetype next = from + nl + 1;
        if (next < raw.size() && raw[next] == '\r')
            ++next;
        if (next >= raw.size() || raw[next] == '\n')
            return next;
        from = from + nl + 1;
    }
}

QByteArray mediaType(GMimeContentType *ct)
{
    if (!ct)
        return "text/plain";
    return (QByteArray(g_mime_content_type_get_media_type(ct)) + '/'
            + QByteArray(g_mime_content_type_get_media_subtype(ct)))
        .toLower();
}

} // namespace

HeaderFields Detail::headerFields(GMimeObject *object)
{
    struct Located
    {
        gint64 offset;
        HeaderField field;
    };
    std::vector<Located> found;
    auto add = [&found](GMimeObject *o, bool contentOnly) {
        GMimeHeaderList *list = o ? g_mime_object_get_header_list(o) : nullptr;
        const int n = list ? g_mime_header_list_get_count(list) : 0;
        for (int i = 0; i < n; ++i) {
            GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
            const char *name = g_mime_header_get_name(h);
            if (contentOnly && g_ascii_strncasecmp(name, "Content-", 8) != 0)
                continue;
            found.push_back({g_mime_header_get_offset(h),
                             HeaderField{bytes(name), bytes(g_mime_header_get_raw_value(h))}});
        }
    };
    add(object, false);
    if (GMIME_IS_MESSAGE(object)) {
        const size_t own = found.size();
        add(g_mime_message_get_mime_part(GMIME_MESSAGE(object)), true);
        // GMime may list a moved field in both places; keep one copy.
        std::vector<Located> merged(found.begin(), found.begin() + qsizetype(own));
        for (size_t i = own; i < found.size(); ++i) {
            bool duplicate = false;
            for (size_t k = 0; k < own && !duplicate; ++k)
                duplicate = merged[k].offset == found[i].offset && found[i].offset >= 0;
            if (!duplicate)
                merged.push_back(found[i]);
        }
        found = std::move(merged);
        std::stable_sort(found.begin(), found.end(),
                         [](const Located &a, const Located &b) { return a.offset < b.offset; });
    }
    HeaderFields fields;
    fields.reserve(qsizetype(found.size()));
    for (Located &l : found)
        fields.append(std::move(l.field));
    return fields;
}

HeaderFields HeaderSummary::splitHeaderBlock(QByteArrayView block)
{
    block = skipEnvelopeLine(block);
    block = block.first(headerEnd(block));
    auto stream = memoryStream(block);
    auto message = parseMessage(stream.get());
    if (!message)
        return {};
    return headerFields(GMIME_OBJECT(message.get()));
}

HeaderSummary HeaderSummary::fromHeaderBlock(QByteArrayView block)
{
    const HeaderFields fields = splitHeaderBlock(block);
    QByteArray fallback;
    const QByteArray contentType = headerValue(fields, "Content-Type");
    if (!contentType.isNull()) {
        auto ct = adopt(g_mime_content_type_parse(parserOptions(),
                                                  HeaderDecoder::unfold(contentType).constData()));
        if (ct)
            fallback = bytes(g_mime_content_type_get_parameter(ct.get(), "charset"));
    }
    return fromFields(fields, fallback);
}

HeaderSummary HeaderSummary::fromFields(const HeaderFields &fields, QByteArrayView fallbackCharset)
{
    HeaderSummary s;
    for (const HeaderField &f : fields) {
        const QByteArray name = f.name.toLower();
        const QByteArray &v = f.rawValue;
        // The first occurrence wins, as in every mainstream client.
        if (name == "subject" && s.subject.isNull())
            s.subject = HeaderDecoder::decodeText(v, fallbackCharset);
        else if (name == "from" && s.from.isEmpty())
            s.from = HeaderDecoder::decodeAddresses(v, fallbackCharset);
        else if (name == "sender" && s.sender.isEmpty())
            s.sender = HeaderDecoder::decodeAddresses(v, fallbackCharset);
        else if (name == "reply-to" && s.replyTo.isEmpty())
            s.replyTo = HeaderDecoder::decodeAddresses(v, fallbackCharset);
        else if (name == "to")
            s.to += HeaderDecoder::decodeAddresses(v, fallbackCharset);
        else if (name == "cc")
            s.cc += HeaderDecoder::decodeAddresses(v, fallbackCharset);
        else if (name == "bcc")
            s.bcc += HeaderDecoder::decodeAddresses(v, fallbackCharset);
        else if (name == "date" && !s.date.isValid())
            s.date = HeaderDecoder::decodeDate(v);
        else if (name == "message-id" && s.messageId.isEmpty())
            s.messageId = HeaderDecoder::decodeMessageId(v);
        else if (name == "in-reply-to" && s.inReplyTo.isEmpty())
            s.inReplyTo = HeaderDecoder::decodeMessageIds(v).value(0);
        else if (name == "references" && s.references.isEmpty())
            s.references = HeaderDecoder::decodeMessageIds(v);
        else if (name == "content-type" && s.contentType.isEmpty()) {
            auto ct = adopt(g_mime_content_type_parse(parserOptions(), HeaderDecoder::unfold(v).constData()));
            s.contentType = mediaType(ct.get());
        } else if (name == "content-disposition"
                   && HeaderDecoder::unfold(v).toLower().startsWith("attachment")) {
            s.hasAttachments = true;
        }
    }
    if (s.subject.isNull())
        s.subject = QString();
    if (s.contentType.isEmpty())
        s.contentType = "text/plain";
    if (s.contentType == "multipart/mixed" || s.contentType.startsWith("application/")
        || s.contentType.startsWith("image/") || s.contentType.startsWith("audio/")
        || s.contentType.startsWith("video/"))
        s.hasAttachments = true;
    return s;
}

} // namespace Pigeon::Mime
