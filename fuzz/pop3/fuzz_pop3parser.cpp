// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// libFuzzer target: arbitrary server bytes into the POP3 reply parser and the parsers of
// the data inside replies (CAPA, STAT, LIST, UIDL, APOP timestamp).
//
// Input layout: byte 0 picks the reply shapes expected (2 bits each, cycled), byte 1 the
// chunk size the rest is fed in, so splits across reads are explored too.
#include "pop3/wire/capabilities.h"
#include "pop3/wire/listings.h"
#include "pop3/wire/responseparser.h"

#include <cstddef>
#include <cstdint>

using namespace Pigeon::Pop3;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t shapes = data[0];
    const size_t chunk = size_t(data[1] % 64) + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    // Small limits so the limit paths are reached with small inputs.
    ResponseParser parser(ResponseParser::Limits{200, 2000});
    for (int i = 0; i < 16; ++i)
        parser.expect(ReplyShape((shapes >> ((i % 4) * 2)) % 3));

    qsizetype replies = 0;
    for (qsizetype pos = 0; pos < input.size(); pos += qsizetype(chunk)) {
        const auto items = parser.feed(input.sliced(pos, std::min<qsizetype>(qsizetype(chunk), input.size() - pos)));
        for (const ResponseParser::Item &item : items) {
            ++replies;
            if (const auto *r = std::get_if<Response>(&item)) {
                // Invariants: a body only on multi-line +OK; the parser never grows past its limit.
                if (!r->multiLine && !r->body.isEmpty())
                    __builtin_trap();
                if (r->body.size() > 2000)
                    __builtin_trap();
                (void)Listings::parseStat(r->text);
                (void)Listings::parseScanLine(r->text);
                (void)Listings::parseUidLine(r->text);
                (void)Listings::apopTimestamp(r->text);
                (void)Listings::parseList(r->body);
                (void)Listings::parseUidl(r->body);
                const Capabilities caps = Capabilities::parse(r->body);
                (void)caps.saslMechanisms();
            }
        }
        if (parser.bodyBytesSoFar() > 2000)
            __builtin_trap();
    }
    if (replies > 16 + input.count('\n'))
        __builtin_trap();
    return 0;
}
