// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/mboxscanner.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Pigeon::Store {

namespace {

qint64 findSeparator(const char *base, qint64 size, qint64 from)
{
    // Returns the offset of the 'F' of the next "\nFrom " at or after from (from-1 may be
    // the newline), or -1.
    if (from >= size)
        return -1;
    const qint64 searchFrom = from > 0 ? from - 1 : 0;
    const void *hit = MboxScanner::findFromLine(base + searchFrom, size_t(size - searchFrom));
    return hit ? static_cast<const char *>(hit) - base + 1 : -1;
}

/// Value of a Content-Length header in [begin, end) (the header block), or -1.
qint64 contentLength(const char *base, qint64 begin, qint64 end)
{
    qint64 pos = begin;
    while (pos < end) {
        const void *nl = memchr(base + pos, '\n', size_t(end - pos));
        const qint64 lineEnd = nl ? static_cast<const char *>(nl) - base : end;
        if (lineEnd - pos > 15 && strncasecmp(base + pos, "Content-Length:", 15) == 0) {
            qint64 value = 0;
            bool any = false;
            for (qint64 i = pos + 15; i < lineEnd; ++i) {
                const char c = base[i];
                if (c >= '0' && c <= '9') {
                    value = value * 10 + (c - '0');
                    any = true;
                    if (value > (qint64(1) << 40))
                        return -1;
                } else if (c != ' ' && c != '\t' && c != '\r') {
                    return -1;
                }
            }
            return any ? value : -1;
        }
        pos = lineEnd + 1;
    }
    return -1;
}

} // namespace

const char *MboxScanner::findFromLine(const char *data, size_t size)
{
    // This search is the whole cost of the scan (it reads every byte of the folder),
    // and glibc's memmem runs a general two-way search at about a third of memory
    // speed. Here: compare 16 bytes at a time against '\n' and, one byte further on,
    // against 'F'; only where both match (rare outside separators) compare the rest.
    size_t i = 0;
#if defined(__SSE2__)
    if (size >= 6 + 16) {
        const __m128i nl = _mm_set1_epi8('\n');
        const __m128i f = _mm_set1_epi8('F');
        const size_t last = size - 6; // a match must start at or before this
        for (; i + 16 <= last + 1; i += 16) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + 1));
            unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, nl), _mm_cmpeq_epi8(b, f))));
            while (mask) {
                const size_t at = i + size_t(__builtin_ctz(mask));
                if (memcmp(data + at + 2, "rom ", 4) == 0)
                    return data + at;
                mask &= mask - 1;
            }
        }
    }
#endif
    if (i >= size)
        return nullptr;
    return static_cast<const char *>(memmem(data + i, size - i, "\nFrom ", 6));
}

bool MboxScanner::isSeparatorAt(QByteArrayView data, qint64 offset)
{
    const bool lineStart = offset == 0 || data[offset - 1] == '\n'
        || (offset == 3 && memcmp(data.data(), "\xEF\xBB\xBF", 3) == 0);
    return offset >= 0 && offset + 5 <= data.size() && lineStart
        && memcmp(data.data() + offset, "From ", 5) == 0;
}

qint64 MboxScanner::headerEnd(QByteArrayView data, qint64 begin, qint64 end)
{
    const char *base = data.data();
    qint64 pos = begin;
    // An empty first line means an empty header block.
    if (pos < end && base[pos] == '\n')
        return pos + 1;
    if (pos + 1 < end && base[pos] == '\r' && base[pos + 1] == '\n')
        return pos + 2;
    while (pos < end) {
        const void *nl = memchr(base + pos, '\n', size_t(end - pos));
        if (!nl)
            return end;
        const qint64 n = static_cast<const char *>(nl) - base;
        if (n + 1 < end && base[n + 1] == '\n')
            return n + 2;
        if (n + 2 < end && base[n + 1] == '\r' && base[n + 2] == '\n')
            return n + 3;
        pos = n + 1;
    }
    return end;
}

MboxScan MboxScanner::scan(QByteArrayView data, qint64 start, Mode mode)
{
    MboxScan result;
    const char *base = data.data();
    const qint64 size = data.size();
    qint64 pos = start;
    if (pos == 0 && size >= 3 && memcmp(base, "\xEF\xBB\xBF", 3) == 0)
        pos = 3; // a UTF-8 BOM some Windows tools put before the first separator
    qint64 first = pos;
    if (!(first + 5 <= size && memcmp(base + first, "From ", 5) == 0)) {
        first = findSeparator(base, size, pos + 1);
        const qint64 stop = first < 0 ? size : first;
        for (qint64 i = pos; i < stop; ++i) {
            if (base[i] != '\n' && base[i] != '\r') {
                result.leadingGarbage = stop - pos;
                break;
            }
        }
        if (first < 0) {
            result.bytesScanned = size - start;
            return result;
        }
    }
    result.records.reserve(size_t((size - first) / 8192 + 16));
    qint64 cur = first;
    while (cur >= 0 && cur < size) {
        MboxRecord r;
        r.offset = cur;
        const void *nl = memchr(base + cur, '\n', size_t(size - cur));
        if (!nl) {
            // A separator line without its line break: torn while writing it.
            r.dataOffset = r.dataEnd = r.end = size;
            result.unterminatedTail = true;
            result.records.push_back(r);
            break;
        }
        r.dataOffset = static_cast<const char *>(nl) - base + 1;
        qint64 next = findSeparator(base, size, r.dataOffset);
        if (mode == Mode::AcceptContentLength) {
            const qint64 hEnd = headerEnd(data, r.dataOffset, next < 0 ? size : next);
            const qint64 len = contentLength(base, r.dataOffset, hEnd);
            if (len >= 0) {
                const qint64 bodyEnd = hEnd + len;
                // Trust it only if it lands exactly on the end or on a separator,
                // optionally after the blank separator line.
                for (qint64 candidate : {bodyEnd, bodyEnd + 1, bodyEnd + 2}) {
                    if (candidate == size || (candidate < size && isSeparatorAt(data, candidate))) {
                        next = candidate == size ? -1 : candidate;
                        break;
                    }
                }
            }
        }
        r.end = next < 0 ? size : next;
        r.dataEnd = r.end;
        const qint64 len = r.end - r.dataOffset;
        if (len >= 2 && base[r.end - 1] == '\n' && base[r.end - 2] == '\n') {
            r.dataEnd = r.end - 1;
        } else if (len >= 4 && memcmp(base + r.end - 4, "\r\n\r\n", 4) == 0
                   && r.dataOffset >= 2 && base[r.dataOffset - 2] == '\r') {
            r.dataEnd = r.end - 2; // a CRLF mbox (From line ends in CRLF too)
        }
        if (next < 0 && (size == 0 || base[size - 1] != '\n'))
            result.unterminatedTail = true;
        result.records.push_back(r);
        cur = next;
    }
    result.bytesScanned = size - start;
    return result;
}

} // namespace Pigeon::Store
