// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// libFuzzer target: the IMAP response stream parser, mUTF-7 and sequence sets.
// Besides "no crash, no leak, no UB" it checks two properties: splitting the stream at
// arbitrary points (chosen by the input) yields exactly the responses of one feed, and
// FetchMode::Summary (the header listing's) accepts and refuses exactly what the full
// parse does, with the full parse's data minus what it leaves out and the same
// attachment verdict as the tree.
//   fuzz_imap_response -max_total_time=120 fuzz/imap/corpus
#include "imap/wire/mutf7.h"
#include "imap/wire/responseparser.h"
#include "imap/wire/sequenceset.h"

#include <cstdlib>
#include <cstdio>

using namespace Pigeon::Imap;

namespace {

// What FetchMode::Summary should make of the response the full parse made.
Response summarised(Response r)
{
    auto *f = std::get_if<FetchData>(&r);
    if (!f)
        return r;
    if (f->has(FetchItem::Envelope)) {
        f->items.setFlag(FetchItem::Envelope, false);
        f->items |= FetchItem::EnvelopeSummary;
        f->envelope->sender.clear();
        f->envelope->replyTo.clear();
        f->envelope->cc.clear();
        f->envelope->bcc.clear();
    }
    if (f->has(FetchItem::BodyStructure)) {
        f->items.setFlag(FetchItem::BodyStructure, false);
        f->items |= FetchItem::BodySummary;
        f->bodySummary.hasAttachments = hasAttachments(*f->body);
        f->body.reset();
    }
    return r;
}

// BODY and BODYSTRUCTURE in one FETCH share `body` in the full parse: whichever came
// last. Compare the rest.
void forgetBodyWhenBoth(Response &r)
{
    if (auto *f = std::get_if<FetchData>(&r); f && f->has(FetchItem::Body)
        && (f->has(FetchItem::BodyStructure) || f->has(FetchItem::BodySummary))) {
        f->body.reset();
        f->bodySummary = {};
    }
}

} // namespace

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

    ResponseParser light(limits);
    light.setFetchMode(FetchMode::Summary);
    const QList<Response> lightGot = light.feed(input);
    if (lightGot.size() != expected.size())
        std::abort();
    for (qsizetype r = 0; r < expected.size(); ++r) {
        Response want = expected.at(r), have = lightGot.at(r);
        forgetBodyWhenBoth(want);
        forgetBodyWhenBoth(have);
        if (summarised(want) != have) {
            std::fprintf(stderr, "summary parse differs from the full parse at response %lld\n",
                         static_cast<long long>(r));
            std::abort();
        }
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
