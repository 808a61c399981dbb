// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "net/transport.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>

namespace Pigeon::Test {

/// A POP3 server (RFC 1939, CAPA of RFC 2449) simulated in memory, with a maildrop that
/// outlives connections and faults injected at chosen commands. Unlike a transcript it
/// answers whatever the client sends, so tests state outcomes, not command orders.
struct FakeMaildrop {
    struct Message {
        QByteArray uidl;
        QByteArray bytes;          ///< CRLF line ends, as served (before dot-stuffing)
        qint64 listedSize = -1;    ///< what LIST claims; -1 = the truth
    };
    enum class Action {
        DropInsteadOfReply, ///< the connection breaks when the command arrives
        DropAfterReply,     ///< the reply is sent, then the connection breaks
        Err,                ///< -ERR instead of the reply
        EndlessLine,        ///< the reply starts, then one line never ends (1 MiB, no CRLF)
        QuitAppliedNoReply, ///< QUIT only: the server deletes, the connection breaks before +OK
    };
    struct Fault {
        QByteArray command; ///< "RETR", "DELE", "QUIT", "UIDL", "LIST", ...
        int occurrence = 1; ///< the n-th such command (counted over all connections)
        Action action = Action::DropInsteadOfReply;
    };

    QList<Message> messages;
    bool uidl = true;
    bool pipelining = false;
    QList<Fault> faults;       ///< each fires once
    /// Called for every message the server deletes, at the moment it does: tests check
    /// that it is safe in the local store right then.
    std::function<void(const Message &message)> onDelete;

    QHash<QByteArray, int> seen; ///< commands received, by verb
    int connections = 0;
    int deletedCount = 0;
};

/// The client end of a connection to a FakeMaildrop.
class MaildropTransport : public Net::Transport
{
    Q_OBJECT
public:
    explicit MaildropTransport(std::shared_ptr<FakeMaildrop> drop, QObject *parent = nullptr);

    void connectToServer(const Net::Endpoint &endpoint) override;
    void startTls() override {}
    void send(QByteArrayView data) override;
    Result<void> sendSensitive(QByteArrayView data, QByteArrayView visiblePrefix) override;
    void readLiteral(qint64) override {}
    void setAwaitingReply(bool) override {}
    void close() override;
    void abort() override;
    State state() const override { return m_state; }
    bool isEncrypted() const override { return true; }
    QSslCertificate peerCertificate() const override { return QSslCertificate(); }

private:
    void command(const QByteArray &line);
    void reply(const QByteArray &line);
    void multi(const QByteArray &status, const QByteArray &body);
    void drop();
    void flushLater();
    int live(int number) const; ///< index into messages, -1 if bad or deleted

    std::shared_ptr<FakeMaildrop> m_drop;
    State m_state = State::Disconnected;
    QList<QByteArray> m_out;
    QSet<int> m_marked; ///< indexes marked with DELE in this session
    QByteArray m_partial;
    bool m_dropAfterFlush = false;
    bool m_flushScheduled = false;
};

} // namespace Pigeon::Test
