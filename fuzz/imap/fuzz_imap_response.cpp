// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// libFuzzer target: the IMAP response stream parser, mUTF-7 and sequence sets.
// Besides "no crash, no leak, no UB" it checks one property: splitting the stream at
// arbitrary points (chosen by the input) yields exactly the responses of one feed.
//   fuzz_imap_response -max_total_time=120 fuzz/imap/corpus
#include "imap/wire/mutf7.h"
#include "imap/wire/responseparser.h"
#include "imap/wire/sequenceset.h"

#include <cstdlib>
#include <cstdio>

using namespace Pigeon::Imap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    ParserLimits limits;
    limits.maxLiteralSize = 1 << 20;
    limits.maxResponseText = 1 << 20;
    limits.maxDepth = 64;

    ResponseParser whole(limits);
    const QList<Response> expected = whole.feed(input);

    // Chunk sizes 1..16 derived from the first byte (and the data itself).
    ResponseParser split(limits);
    QList<Response> got;
    const unsigned step = (data[0] & 0x0f) + 1;
    qsizetype i = 0;
    unsigned k = data[0];
    while (i < input.size()) {
        const qsizetype n = std::min<qsizetype>(input.size() - i, (k % step) + 1);
        split.feed(input.sliced(i, n), got);
        i += n;
        k = k * 33 + 7;
    }
    if (got != expected) {
        std::fprintf(stderr, "split feed gave %lld responses, whole feed %lld\n",
                     static_cast<long long>(got.size()), static_cast<long long>(expected.size()));
        std::abort();
    }

    // Round trip: what mUTF-7 accepts must re-encode to the same bytes.
    if (input.size() < 512) {
        if (const auto name = MUtf7::decode(input)) {
            if (MUtf7::encode(*name) != input)
                std::abort();
        }
        if (const auto set = SequenceSet::parse(input))
            (void)set->toImap();
    }
    return 0;
}
