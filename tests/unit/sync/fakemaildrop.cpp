// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "fakemaildrop.h"

#include <QTimer>

#include <algorithm>

namespace Pigeon::Test {

MaildropTransport::MaildropTransport(std::shared_ptr<FakeMaildrop> drop, QObject *parent)
    : Net::Transport(parent)
    , m_drop(std::move(drop))
{
}

void MaildropTransport::connectToServer(const Net::Endpoint &)
{
    m_state = State::Connecting;
    ++m_drop->connections;
    QTimer::singleShot(0, this, [this] {
        if (m_state != State::Connecting)
            return;
        m_state = State::Connected;
        Q_EMIT connected();
        reply("+OK fake POP3 ready");
    });
}

void MaildropTransport::send(QByteArrayView data)
{
    m_partial += data.toByteArray();
    qsizetype end;
    while ((end = m_partial.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_partial.left(end);
        m_partial.remove(0, end + 2);
        command(line);
    }
}

Result<void> MaildropTransport::sendSensitive(QByteArrayView data, QByteArrayView)
{
    send(data);
    return {};
}

void MaildropTransport::close()
{
    if (m_state == State::Disconnected)
        return;
    m_state = State::Disconnected;
    m_out.clear();
    QTimer::singleShot(0, this, [this] { Q_EMIT disconnected(); });
}

void MaildropTransport::abort()
{
    close();
}

void MaildropTransport::drop()
{
    if (m_state == State::Disconnected)
        return;
    m_state = State::Disconnected;
    m_out.clear();
    QTimer::singleShot(0, this, [this] {
        Q_EMIT errorOccurred(MailError(MailError::Kind::Network, QStringLiteral("connection reset (fault)")));
        Q_EMIT disconnected();
    });
}

void MaildropTransport::reply(const QByteArray &line)
{
    m_out.append(line + "\r\n");
    flushLater();
}

void MaildropTransport::multi(const QByteArray &status, const QByteArray &body)
{
    reply(status);
    // RFC 1939 §3: dot-stuffing, then a line with a single dot.
    qsizetype pos = 0;
    while (pos < body.size()) {
        qsizetype end = body.indexOf("\r\n", pos);
        end = end < 0 ? body.size() : end + 2;
        QByteArray line = body.mid(pos, end - pos);
        if (line.startsWith('.'))
            line.prepend('.');
        if (!line.endsWith("\r\n"))
            line += "\r\n";
        m_out.append(line);
        pos = end;
    }
    m_out.append(".\r\n");
    flushLater();
}

void MaildropTransport::flushLater()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_flushScheduled = false;
        const QList<QByteArray> out = std::exchange(m_out, {});
        for (const QByteArray &l : out) {
            if (m_state != State::Connected)
                return;
            Q_EMIT lineReceived(l);
        }
        if (m_dropAfterFlush) {
            m_dropAfterFlush = false;
            drop();
        }
    });
}

int MaildropTransport::live(int number) const
{
    const int i = number - 1;
    if (i < 0 || i >= m_drop->messages.size() || m_marked.contains(i))
        return -1;
    return i;
}

void MaildropTransport::command(const QByteArray &line)
{
    if (m_state != State::Connected)
        return;
    const QList<QByteArray> w = line.split(' ');
    const QByteArray verb = w.value(0).toUpper();
    const int n = ++m_drop->seen[verb];
    for (qsizetype f = 0; f < m_drop->faults.size(); ++f) {
        const FakeMaildrop::Fault fault = m_drop->faults.at(f);
        if (fault.command != verb || fault.occurrence != n)
            continue;
        m_drop->faults.removeAt(f);
        switch (fault.action) {
        case FakeMaildrop::Action::DropInsteadOfReply:
            drop();
            return;
        case FakeMaildrop::Action::Err:
            reply("-ERR injected fault");
            return;
        case FakeMaildrop::Action::EndlessLine:
            reply("+OK here it comes");
            m_out.append(QByteArray(1024 * 1024, 'x'));
            flushLater();
            m_dropAfterFlush = true;
            return;
        case FakeMaildrop::Action::QuitAppliedNoReply:
            for (int i : std::as_const(m_marked)) {
                if (m_drop->onDelete)
                    m_drop->onDelete(m_drop->messages.at(i));
            }
            {
                QList<int> idx = m_marked.values();
                std::sort(idx.begin(), idx.end(), std::greater<>());
                for (int i : idx)
                    m_drop->messages.removeAt(i);
                m_drop->deletedCount += int(idx.size());
            }
            drop();
            return;
        case FakeMaildrop::Action::DropAfterReply:
            m_dropAfterFlush = true;
            break; // reply normally below, then drop
        }
    }

    const int number = w.value(1).toInt();
    if (verb == "CAPA") {
        QByteArray caps = "TOP\r\nUSER\r\n";
        if (m_drop->uidl)
            caps += "UIDL\r\n";
        if (m_drop->pipelining)
            caps += "PIPELINING\r\n";
        multi("+OK", caps);
    } else if (verb == "USER" || verb == "PASS" || verb == "NOOP") {
        reply("+OK");
    } else if (verb == "STAT") {
        reply("+OK 0 0");
    } else if (verb == "LIST" || (verb == "UIDL" && m_drop->uidl)) {
        QByteArray body;
        for (int i = 0; i < m_drop->messages.size(); ++i) {
            if (m_marked.contains(i))
                continue;
            const FakeMaildrop::Message &m = m_drop->messages.at(i);
            body += QByteArray::number(i + 1) + ' '
                + (verb == "LIST" ? QByteArray::number(m.listedSize >= 0 ? m.listedSize : m.bytes.size()) : m.uidl)
                + "\r\n";
        }
        multi("+OK", body);
    } else if (verb == "RETR" || verb == "TOP") {
        const int i = live(number);
        if (i < 0)
            return reply("-ERR no such message");
        QByteArray bytes = m_drop->messages.at(i).bytes;
        if (verb == "TOP") {
            const qsizetype sep = bytes.indexOf("\r\n\r\n");
            qsizetype end = sep < 0 ? bytes.size() : sep + 4;
            for (int l = 0, lines = w.value(2).toInt(); l < lines && end < bytes.size(); ++l) {
                const qsizetype e = bytes.indexOf("\r\n", end);
                end = e < 0 ? bytes.size() : e + 2;
            }
            bytes.truncate(end);
        }
        multi("+OK", bytes);
    } else if (verb == "DELE") {
        const int i = live(number);
        if (i < 0)
            return reply("-ERR no such message");
        m_marked.insert(i);
        reply("+OK marked");
    } else if (verb == "RSET") {
        m_marked.clear();
        reply("+OK");
    } else if (verb == "QUIT") {
        // RFC 1939 §6: the UPDATE state.
        QList<int> idx = m_marked.values();
        std::sort(idx.begin(), idx.end(), std::greater<>());
        for (int i : idx) {
            if (m_drop->onDelete)
                m_drop->onDelete(m_drop->messages.at(i));
            m_drop->messages.removeAt(i);
        }
        m_drop->deletedCount += int(idx.size());
        m_marked.clear();
        reply("+OK bye");
        m_dropAfterFlush = false;
        QTimer::singleShot(0, this, [this] { close(); });
    } else {
        reply("-ERR unknown command");
    }
}

} // namespace Pigeon::Test
