// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/gmimeglue.h"

#include <mutex>

namespace Pigeon::Mime::Detail {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

GMimeParserOptions *parserOptions()
{
    static GMimeParserOptions *options = [] {
        ensureGMime();
        GMimeParserOptions *o = g_mime_parser_options_new();
        g_mime_parser_options_set_rfc2047_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_address_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_allow_addresses_without_domain(o, TRUE);
        // Used by GMime only for raw 8-bit bytes in parameters (file names); header text
        // is decoded by HeaderDecoder with our own charset detection.
        const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
        g_mime_parser_options_set_fallback_charsets(o, fallback);
        return o;
    }();
    return options;
}

GPtr<GMimeStream> memoryStream(QByteArrayView data)
{
    ensureGMime();
    if (data.isEmpty()) // GMime refuses a null buffer
        return adopt(g_mime_stream_mem_new());
    return adopt(g_mime_stream_mem_new_with_buffer(data.data(), size_t(data.size())));
}

GPtr<GMimeMessage> parseMessage(GMimeStream *stream)
{
    GMimeParserOptions *options = parserOptions();
    auto parser = adopt(g_mime_parser_new_with_stream(stream));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    // Parts refer to ranges of the source stream instead of copying their content:
    // a 200 MB attachment is never held in memory twice.
    g_mime_parser_set_persist_stream(parser.get(), TRUE);
    return adopt(g_mime_parser_construct_message(parser.get(), options));
}

} // namespace Pigeon::Mime::Detail
