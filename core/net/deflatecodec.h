// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Pigeon::Net {

/// Raw DEFLATE (RFC 1951) in both directions of one connection, as IMAP COMPRESS=DEFLATE
/// uses it (RFC 4978 §3): no zlib header, one dictionary per direction for the whole
/// connection, and every write flushed so the server can read a command at once.
class DeflateCodec
{
public:
    DeflateCodec();
    ~DeflateCodec();
    DeflateCodec(const DeflateCodec &) = delete;
    DeflateCodec &operator=(const DeflateCodec &) = delete;

    /// zlib set up both streams.
    bool isValid() const;
    /// Compresses \p data and flushes (Z_SYNC_FLUSH, RFC 4978 §4).
    QByteArray compress(QByteArrayView data);
    /// Queues compressed bytes from the server.
    void addInput(QByteArrayView data) { m_input.append(data.data(), data.size()); }
    /// Compressed bytes queued and not inflated yet.
    qsizetype pendingInput() const { return m_input.size() - m_inputPos; }
    /// Inflates queued input, appending at most \p maxOutput bytes to \p out (so a
    /// small packet that inflates to gigabytes cannot exhaust memory at once).
    /// False when the server's data is not valid DEFLATE, or follows the stream's end
    /// (a server may end its stream when it closes the connection).
    bool inflate(QByteArray &out, qsizetype maxOutput);
    /// Bytes sent and received before and after compression (for logs and measurements).
    quint64 plainOut() const { return m_plainOut; }
    quint64 compressedOut() const { return m_compressedOut; }
    quint64 compressedIn() const { return m_compressedIn; }
    quint64 plainIn() const { return m_plainIn; }

private:
    struct Streams;
    std::unique_ptr<Streams> m_z;
    QByteArray m_input;
    qsizetype m_inputPos = 0;
    bool m_ended = false; ///< the server's stream ended (Z_FINISH)
    quint64 m_plainOut = 0, m_compressedOut = 0, m_compressedIn = 0, m_plainIn = 0;
};

} // namespace Pigeon::Net
