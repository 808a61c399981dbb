// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "rawimapclient.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace Pigeon::Bench {

namespace {

/// Size of a literal announced at the end of a line (`{n}` or `{n+}` before CRLF), or -1.
qint64 literalAtEnd(const char *line, size_t len)
{
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        --len;
    if (len < 3 || line[len - 1] != '}')
        return -1;
    size_t i = len - 1;
    if (line[i - 1] == '+')
        --i;
    qint64 n = 0, scale = 1;
    bool digits = false;
    while (i > 0 && line[i - 1] >= '0' && line[i - 1] <= '9') {
        n += (line[i - 1] - '0') * scale;
        scale *= 10;
        --i;
        digits = true;
    }
    return digits && i > 0 && line[i - 1] == '{' ? n : -1;
}

bool startsWith(const QByteArray &line, const char *prefix)
{
    return line.startsWith(prefix);
}

} // namespace

bool RawImapClient::Reply::ok() const
{
    const qsizetype sp = tagged.indexOf(' ');
    return sp > 0 && tagged.mid(sp + 1, 3) == "OK ";
}

RawImapClient::~RawImapClient()
{
    close();
}

void RawImapClient::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool RawImapClient::connectTo(quint16 port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        return false;
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    QByteArray greeting;
    return readResponse(&greeting) && greeting.startsWith("* OK");
}

bool RawImapClient::fill()
{
    if (m_end == m_buf.size()) {
        if (m_pos > 0) {
            std::memmove(m_buf.data(), m_buf.data() + m_pos, m_end - m_pos);
            m_end -= m_pos;
            m_pos = 0;
        } else {
            m_buf.resize(m_buf.size() * 2); // one line longer than the buffer
        }
    }
    const ssize_t n = ::recv(m_fd, m_buf.data() + m_end, m_buf.size() - m_end, 0);
    if (n <= 0)
        return false;
    m_end += size_t(n);
    m_total += n;
    return true;
}

bool RawImapClient::readResponse(QByteArray *firstLine)
{
    bool first = true;
    for (;;) {
        const char *lf = nullptr;
        while (!(lf = static_cast<const char *>(std::memchr(m_buf.data() + m_pos, '\n', m_end - m_pos)))) {
            if (!fill())
                return false;
        }
        const char *line = m_buf.data() + m_pos;
        const size_t len = size_t(lf - line) + 1;
        if (first) {
            *firstLine = QByteArray(line, qsizetype(std::min<size_t>(len, 96)));
            first = false;
        }
        qint64 literal = literalAtEnd(line, len);
        m_pos += len;
        if (literal < 0)
            return true;
        // Skip the literal's bytes, reading over them without keeping them.
        const qint64 buffered = qint64(m_end - m_pos);
        if (buffered >= literal) {
            m_pos += size_t(literal);
            continue;
        }
        literal -= buffered;
        m_pos = m_end = 0;
        while (literal > 0) {
            const ssize_t n = ::recv(m_fd, m_buf.data(), m_buf.size(), 0);
            if (n <= 0)
                return false;
            m_total += n;
            if (n > literal) {
                m_pos = size_t(literal);
                m_end = size_t(n);
                literal = 0;
            } else {
                literal -= n;
            }
        }
    }
}

RawImapClient::Reply RawImapClient::command(const QByteArray &command)
{
    Reply reply;
    const QByteArray tag = 'r' + QByteArray::number(++m_tag);
    const QByteArray line = tag + ' ' + command + "\r\n";
    const qint64 before = m_total;
    for (qsizetype sent = 0; sent < line.size();) {
        const ssize_t n = ::send(m_fd, line.constData() + sent, size_t(line.size() - sent), 0);
        if (n <= 0)
            return reply;
        sent += n;
    }
    const QByteArray tagSp = tag + ' ';
    QByteArray first;
    while (readResponse(&first)) {
        if (first.startsWith(tagSp)) {
            reply.tagged = first.trimmed();
            break;
        }
        if (!startsWith(first, "* "))
            continue;
        // "* n FETCH (" and "* n EXISTS": a number, then the name.
        const qsizetype sp = first.indexOf(' ', 2);
        if (sp > 2 && first.at(2) >= '0' && first.at(2) <= '9') {
            if (first.mid(sp + 1, 6) == "FETCH ")
                ++reply.fetches;
            else if (first.mid(sp + 1, 6) == "EXISTS")
                reply.exists = first.mid(2, sp - 2).toUInt();
        } else if (startsWith(first, "* OK") || startsWith(first, "* NO") || startsWith(first, "* BAD")) {
            reply.status.append(first.trimmed());
        }
    }
    // Bytes still buffered belong to the next reply; none are expected in lock-step use.
    reply.bytes = m_total - before - qint64(m_end - m_pos);
    return reply;
}

} // namespace Pigeon::Bench
