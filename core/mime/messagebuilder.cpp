// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/messagebuilder.h"

#include "mime/gmimeglue.h"

namespace Pigeon::Mime {

using namespace Detail;

namespace {

GPtr<GMimeObject> textPart(const QString &text, const char *subtype)
{
    auto part = adopt(g_mime_text_part_new_with_subtype(subtype));
    // Sets charset=us-ascii or utf-8 as the text needs.
    g_mime_text_part_set_text(part.get(), text.toUtf8().constData());
    g_mime_part_set_content_encoding(
        GMIME_PART(part.get()),
        g_mime_part_get_best_content_encoding(GMIME_PART(part.get()), GMIME_ENCODING_CONSTRAINT_7BIT));
    return GPtr<GMimeObject>(GMIME_OBJECT(part.release()));
}

} // namespace

QByteArray MessageBuilder::toBytes() const
{
    ensureGMime();
    auto message = adopt(g_mime_message_new(TRUE));
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_FROM, m_from.name.toUtf8().constData(),
                               m_from.address.toUtf8().constData());
    for (const Mailbox &m : m_to)
        g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, m.name.toUtf8().constData(),
                                   m.address.toUtf8().constData());
    for (const Mailbox &m : m_cc)
        g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_CC, m.name.toUtf8().constData(),
                                   m.address.toUtf8().constData());
    g_mime_message_set_subject(message.get(), m_subject.toUtf8().constData(), "utf-8");

    const QDateTime date = m_date.isValid() ? m_date : QDateTime::currentDateTime();
    GTimeZone *tz = g_time_zone_new_offset(date.offsetFromUtc());
    GDateTime *gdate = g_date_time_new_from_unix_utc(date.toSecsSinceEpoch());
    GDateTime *local = g_date_time_to_timezone(gdate, tz);
    g_mime_message_set_date(message.get(), local);
    g_date_time_unref(local);
    g_date_time_unref(gdate);
    g_time_zone_unref(tz);

    QByteArray id = m_messageId;
    if (id.isEmpty()) {
        const QByteArray domain = m_from.address.section(QLatin1Char('@'), 1).toUtf8();
        GString_ generated(g_mime_utils_generate_message_id(domain.isEmpty() ? "pigeon.invalid" : domain.constData()));
        id = bytes(generated.get());
    }
    g_mime_message_set_message_id(message.get(), id.constData());
    if (!m_inReplyTo.isEmpty())
        g_mime_object_set_header(GMIME_OBJECT(message.get()), "In-Reply-To",
                                 QByteArray('<' + m_inReplyTo + '>').constData(), nullptr);
    if (!m_references.isEmpty()) {
        QByteArray refs;
        for (const QByteArray &r : m_references)
            refs += (refs.isEmpty() ? "<" : " <") + r + '>';
        g_mime_object_set_header(GMIME_OBJECT(message.get()), "References", refs.constData(), nullptr);
    }

    GPtr<GMimeObject> body;
    if (!m_html.isEmpty()) {
        auto alternative = adopt(g_mime_multipart_new_with_subtype("alternative"));
        auto plain = textPart(m_text, "plain");
        auto html = textPart(m_html, "html");
        g_mime_multipart_add(alternative.get(), plain.get());
        g_mime_multipart_add(alternative.get(), html.get());
        body.reset(GMIME_OBJECT(alternative.release()));
    } else {
        body = textPart(m_text, "plain");
    }
    if (!m_attachments.isEmpty()) {
        auto mixed = adopt(g_mime_multipart_new_with_subtype("mixed"));
        g_mime_multipart_add(mixed.get(), body.get());
        for (const Attachment &a : m_attachments) {
            const QByteArray type = a.mimeType.isEmpty() ? QByteArray("application/octet-stream") : a.mimeType;
            const qsizetype slash = type.indexOf('/');
            const QByteArray major = slash > 0 ? type.left(slash) : QByteArray("application");
            const QByteArray minor = slash > 0 ? type.mid(slash + 1) : QByteArray("octet-stream");
            auto part = adopt(g_mime_part_new_with_type(major.constData(), minor.constData()));
            g_mime_part_set_filename(part.get(), a.fileName.toUtf8().constData());
            auto stream = memoryStream(a.data);
            auto wrapper = adopt(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
            g_mime_part_set_content(part.get(), wrapper.get());
            g_mime_part_set_content_encoding(part.get(), GMIME_CONTENT_ENCODING_BASE64);
            g_mime_multipart_add(mixed.get(), GMIME_OBJECT(part.get()));
        }
        body.reset(GMIME_OBJECT(mixed.release()));
    }
    g_mime_message_set_mime_part(message.get(), body.get());

    GMimeFormatOptions *format = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    auto out = adopt(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), format, out.get());
    g_mime_format_options_free(format);
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

} // namespace Pigeon::Mime
