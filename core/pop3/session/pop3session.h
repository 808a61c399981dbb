// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "net/endpoint.h"
#include "net/transport.h"
#include "pop3/wire/capabilities.h"
#include "pop3/wire/listings.h"
#include "pop3/wire/responseparser.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>

namespace Pigeon::Pop3 {

/// How to log in (RFC 1939 §7, RFC 5034).
enum class AuthMethod {
    Auto,      ///< SASL PLAIN, then SASL LOGIN, then APOP (only if allowed), then USER/PASS
    UserPass,  ///< USER + PASS
    Apop,      ///< APOP: needs a timestamp in the greeting and SessionOptions::allowApop
    SaslPlain, ///< AUTH PLAIN with an initial response
    SaslLogin, ///< AUTH LOGIN
};

struct SessionOptions {
    Net::Endpoint endpoint;
    QString username;
    /// Handed in by the caller from the SecretStore for this login only; never logged,
    /// sent only through Transport::sendSensitive.
    QString password;
    AuthMethod auth = AuthMethod::Auto;
    /// APOP hashes the password with MD5, which an eavesdropper can brute-force offline:
    /// off unless the user chose it. Over plaintext it still needs allowInsecureAuth.
    bool allowApop = false;
    /// RFC 2449 §6.6 PIPELINING: bytes of replies expected but not yet received
    /// (the sizes LIST reported for RETRs in flight). At least one command is always sent.
    /// It also bounds what can pile up in the socket's read buffer when the consumer is
    /// slow. 4 MiB: against Dovecot 1 MiB drained ~40 % slower (bench/pop3, PERFORMANCE.md).
    qint64 pipelineWindowBytes = 4 * 1024 * 1024;
    int pipelineMaxCommands = 512; ///< and never more commands than this in flight
    bool usePipelining = true;     ///< false forces lock-step even when advertised
    ResponseParser::Limits parserLimits;
};

template<typename T>
using Callback = std::function<void(Result<T>)>;

/// One POP3 connection: RFC 1939's AUTHORIZATION -> TRANSACTION -> UPDATE states.
///
/// The session owns its Transport. open() connects, negotiates TLS (implicit or STLS,
/// RFC 2595, never falling back to plaintext), reads CAPA (RFC 2449) and logs in; then the
/// command methods queue commands, pipelined within a bounded window when the server
/// announced PIPELINING, one at a time otherwise. Every callback runs exactly once, in
/// command order: with the reply, with the server's -ERR as MailError::Kind::ServerNo,
/// or with the error that ended the connection. Callbacks must not delete the session
/// (use deleteLater()).
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,  ///< before open() or after the connection ended
        Connecting,    ///< TCP/TLS, waiting for the greeting
        Authorization, ///< greeting seen: CAPA, STLS, login (RFC 1939 §4)
        Transaction,   ///< logged in, maildrop locked (RFC 1939 §5)
        Update,        ///< QUIT sent from TRANSACTION: the server deletes and unlocks (§6)
    };
    Q_ENUM(State)

    /// Takes ownership of @p transport.
    explicit Session(Net::Transport *transport, QObject *parent = nullptr);
    ~Session() override;

    /// Connects and logs in; ends with opened() or failed().
    void open(const SessionOptions &options);

    State state() const { return m_state; }
    /// The CAPA reply (after STLS: the one read over TLS, RFC 2595 §4).
    const Capabilities &capabilities() const { return m_caps; }
    /// Whether commands are pipelined (advertised and not disabled).
    bool isPipelining() const;
    /// The APOP timestamp of the greeting, if any.
    QByteArray apopTimestamp() const { return m_timestamp; }
    /// The mechanism that succeeded ("USER", "APOP", "PLAIN", "LOGIN").
    QByteArray authenticatedWith() const { return m_authUsed; }
    Net::Transport *transport() const { return m_transport; }
    /// Commands queued or in flight.
    qsizetype pendingCommands() const { return m_waiting.size() + m_inFlight.size(); }

    // Commands of the TRANSACTION state (RFC 1939 §5, RFC 2449 §6). An optional
    // @p owner tags commands so cancelQueued() can withdraw those not yet sent.
    void stat(Callback<MaildropStat> done);
    void list(Callback<QList<ListEntry>> done);
    void list(int number, Callback<ListEntry> done);
    void uidl(Callback<QList<UidlEntry>> done);
    void uidl(int number, Callback<UidlEntry> done);
    /// The header block, blank line and @p lines body lines, byte-exact.
    void top(int number, int lines, Callback<QByteArray> done, const void *owner = nullptr);
    /// The message byte-exact. @p expectedSize (from LIST) sizes the pipelining window.
    void retr(int number, qint64 expectedSize, Callback<QByteArray> done, const void *owner = nullptr);
    void dele(int number, Callback<void> done, const void *owner = nullptr);
    void rset(Callback<void> done);
    void noop(Callback<void> done);
    /// Ends the session (RFC 1939 §6). In TRANSACTION, success means the server confirmed
    /// UPDATE: messages marked with DELE are gone. Any error, a dropped connection above
    /// all, means the server must not have deleted anything (or said it could not).
    void quit(Callback<void> done);

    /// Withdraws commands tagged @p owner that were not sent yet; their callbacks get
    /// MailError::Kind::Cancelled. Commands already sent complete normally.
    void cancelQueued(const void *owner);
    /// Drops the connection now: nothing is deleted (RFC 1939 §6); pending callbacks get
    /// Cancelled. Emits closed().
    void abort();

Q_SIGNALS:
    void stateChanged(Pigeon::Pop3::Session::State state);
    /// Logged in: TRANSACTION state.
    void opened();
    /// The connection failed or was lost; emitted once, before closed().
    void failed(const Pigeon::MailError &error);
    /// The connection is gone (after QUIT, abort() or a failure).
    void closed();

private:
    struct Command {
        QByteArray line;              ///< without CRLF
        QByteArray sensitivePrefix;   ///< shown in transcripts when sensitive
        bool sensitive = false;
        bool barrier = false;         ///< sent alone: nothing else in flight before or with it
        ReplyShape shape = ReplyShape::SingleLine;
        qint64 expectedBytes = 32; // a status line; multi-line replies say more
        const void *owner = nullptr;
        std::function<void(Result<Response>)> done;
    };

    void setState(State state); // the one place that changes m_state
    void enqueue(Command command);
    void pump();
    void sendNow(Command &command);
    void onConnected();
    void onEncrypted();
    void onLine(const QByteArray &line);
    void onTransportError(const MailError &error);
    void onDisconnected();
    void fail(const MailError &error);
    void finishClosed();

    // The login sequence.
    void onGreeting(const Result<Response> &reply);
    void requestCapa();
    void onCapa(const Result<Response> &reply);
    void authenticate();
    void authUserPass();
    void authApop();
    void authPlain();
    void authLogin();
    void onAuthReply(const Result<Response> &reply, const QByteArray &mechanism);
    bool mayAuthenticate();
    MailError authError(const Response &reply) const;

    void simple(const QByteArray &line, Callback<void> done, const void *owner = nullptr);
    void multi(const QByteArray &line, qint64 expected, Callback<QByteArray> done,
               const void *owner = nullptr);

    QPointer<Net::Transport> m_transport;
    SessionOptions m_options;
    ResponseParser m_parser;
    Capabilities m_caps;
    State m_state = State::Disconnected;
    QQueue<Command> m_waiting;
    QQueue<Command> m_inFlight;
    qint64 m_bytesInFlight = 0;
    QByteArray m_timestamp;
    QByteArray m_authUsed;
    bool m_pipeliningAdvertised = false;
    bool m_tlsDone = false;   ///< STLS completed (never run it twice, RFC 2595 §4)
    bool m_opening = false;   ///< open() has not ended with opened()/failed() yet
    bool m_failed = false;
    bool m_closing = false;   ///< we asked the transport to close
    bool m_closedEmitted = false;
};

} // namespace Pigeon::Pop3
