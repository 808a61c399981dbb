// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QList>

#include <vector>

namespace Pigeon::Bench {

/// The floor for any IMAP client: a blocking plain-TCP socket that sends a command and
/// reads until its tagged reply, only framing what it reads (lines, and literals skipped
/// by their announced size) and counting bytes and untagged FETCH responses. It decodes
/// nothing, so its time is what the server and the kernel need to deliver the bytes.
class RawImapClient
{
public:
    struct Reply {
        QByteArray tagged;        ///< the tagged status line (without CRLF)
        qint64 bytes = 0;         ///< bytes read for this command (untagged + tagged)
        qint64 fetches = 0;       ///< untagged "* n FETCH" responses
        quint32 exists = 0;       ///< last "* n EXISTS"
        QList<QByteArray> status; ///< first lines of untagged status responses (OK/NO/BAD)
        bool ok() const;
    };

    RawImapClient() = default;
    ~RawImapClient();
    RawImapClient(const RawImapClient &) = delete;
    RawImapClient &operator=(const RawImapClient &) = delete;

    /// Connects to 127.0.0.1:@p port and reads the greeting.
    bool connectTo(quint16 port);
    /// Sends "<tag> @p command\r\n" and reads until the tagged reply.
    Reply command(const QByteArray &command);
    qint64 totalBytes() const { return m_total; }
    void close();

private:
    bool fill();
    /// Reads one response line (literals inside it skipped); false at EOF.
    bool readResponse(QByteArray *firstLine);

    int m_fd = -1;
    int m_tag = 0;
    std::vector<char> m_buf = std::vector<char>(1 << 20);
    size_t m_pos = 0;
    size_t m_end = 0;
    qint64 m_total = 0;
};

} // namespace Pigeon::Bench
