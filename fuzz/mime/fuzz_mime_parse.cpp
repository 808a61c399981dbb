// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// libFuzzer target: bytes -> Message -> everything the reader and the index ask of it.
#include "mime/bodyextractor.h"
#include "mime/charset.h"
#include "mime/headerdecoder.h"
#include "mime/headersummary.h"
#include "mime/message.h"

#include <QBuffer>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("pigeon.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Pigeon::Mime;
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));

    const HeaderSummary fast = HeaderSummary::fromHeaderBlock(raw);
    (void)fast;
    (void)HeaderDecoder::decodeText(raw.left(4096), "windows-1251");
    (void)HeaderDecoder::decodeAddresses(raw.left(4096));
    (void)Charset::decode(raw, QByteArray());

    auto parsed = Message::parse(raw);
    if (!parsed.ok())
        return 0;
    const Message &m = parsed.value();
    (void)BodyExtractor::extract(m, {false, {}}).plainText();
    (void)BodyExtractor::extract(m, {true, "koi8-r"});
    for (const AttachmentInfo &a : BodyExtractor::attachments(m)) {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        (void)m.writeContent(a.partId, &sink);
    }
    return 0;
}
