// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "net/deflatecodec.h"

#include <zlib.h>

namespace Pigeon::Net {

namespace {
constexpr int kRawDeflate = -15; // negative window bits: raw DEFLATE, no zlib header (RFC 4978 §3)
constexpr qsizetype kChunk = 16 * 1024;
} // namespace

struct DeflateCodec::Streams {
    z_stream out{};
    z_stream in{};
    bool outOk = false;
    bool inOk = false;
};

DeflateCodec::DeflateCodec() : m_z(std::make_unique<Streams>())
{
    m_z->outOk = deflateInit2(&m_z->out, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kRawDeflate, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    m_z->inOk = inflateInit2(&m_z->in, kRawDeflate) == Z_OK;
}

DeflateCodec::~DeflateCodec()
{
    if (m_z->outOk)
        deflateEnd(&m_z->out);
    if (m_z->inOk)
        inflateEnd(&m_z->in);
}

bool DeflateCodec::isValid() const
{
    return m_z->outOk && m_z->inOk;
}

QByteArray DeflateCodec::compress(QByteArrayView data)
{
    QByteArray out;
    if (!m_z->outOk)
        return out;
    z_stream &z = m_z->out;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    do {
        const qsizetype used = out.size();
        out.resize(used + kChunk);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        z.avail_out = uInt(kChunk);
        deflate(&z, Z_SYNC_FLUSH);
        out.resize(used + kChunk - qsizetype(z.avail_out));
    } while (z.avail_out == 0); // full output buffer: more may be pending
    m_plainOut += quint64(data.size());
    m_compressedOut += quint64(out.size());
    return out;
}

bool DeflateCodec::inflate(QByteArray &out, qsizetype maxOutput)
{
    if (!m_z->inOk)
        return false;
    z_stream &z = m_z->in;
    qsizetype produced = 0;
    if (m_ended && pendingInput() > 0)
        return false; // bytes after the end of the compressed stream
    while (pendingInput() > 0 && produced < maxOutput) {
        const qsizetype room = std::min(kChunk, maxOutput - produced);
        const qsizetype used = out.size();
        out.resize(used + room);
        z.next_in = reinterpret_cast<Bytef *>(m_input.data() + m_inputPos);
        z.avail_in = uInt(pendingInput());
        z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        z.avail_out = uInt(room);
        const int rc = ::inflate(&z, Z_SYNC_FLUSH);
        const qsizetype consumed = pendingInput() - qsizetype(z.avail_in);
        const qsizetype made = room - qsizetype(z.avail_out);
        out.resize(used + made);
        m_inputPos += consumed;
        m_compressedIn += quint64(consumed);
        m_plainIn += quint64(made);
        produced += made;
        if (rc == Z_STREAM_END) {
            // The server finished its stream (Dovecot does on LOGOUT): nothing may follow.
            m_ended = true;
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return false;
        if (consumed == 0 && made == 0)
            break; // needs more input
    }
    if (m_inputPos == m_input.size()) {
        m_input.clear();
        m_inputPos = 0;
    } else if (m_inputPos > 64 * 1024 && m_inputPos >= m_input.size() / 2) {
        // Only when the consumed part is at least half: a socket can queue megabytes of
        // compressed input while each call inflates a bounded amount, and moving the whole
        // backlog on every call would make a long download quadratic.
        m_input.remove(0, m_inputPos);
        m_inputPos = 0;
    }
    return true;
}

} // namespace Pigeon::Net
