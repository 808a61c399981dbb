// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "imap/wire/command.h"
#include "imap/wire/response.h"
#include "imap/wire/responseparser.h"
#include "net/compressionpolicy.h"
#include "net/endpoint.h"
#include "net/transport.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>

#include <functional>

namespace Pigeon::Imap {

/// How to log in (RFC 9051 §6.2).
enum class AuthMethod {
    Auto,       ///< AUTHENTICATE PLAIN when offered, else LOGIN (unless LOGINDISABLED)
    Login,      ///< LOGIN user password (§6.2.3)
    SaslPlain,  ///< AUTHENTICATE PLAIN (RFC 4616), with SASL-IR (RFC 4959) when offered
};

struct SessionOptions {
    Net::Endpoint endpoint;
    QString username;
    /// Handed in by the caller for this login only; sent only through sendSensitive().
    QString password;
    AuthMethod auth = AuthMethod::Auto;
    /// ENABLE CONDSTORE / QRESYNC after login when the server offers them (RFC 7162).
    bool enableQresync = true;
    /// COMPRESS=DEFLATE after login when offered and the transport can (RFC 4978): less
    /// traffic on slow links, for CPU; by default not to a server on the local network
    /// (see Net::shouldCompress).
    Net::Compression compress = Net::Compression::Auto;
    /// Send ID ("name" "Pigeon") when offered (RFC 2971). Off by default: it tells the
    /// server which client this is.
    bool sendId = false;
    ParserLimits parserLimits;
    /// Capabilities to act as if the server did not offer them (upper case, e.g. "MOVE",
    /// "COMPRESS=DEFLATE", "IDLE"): a workaround for a server that advertises an
    /// extension it implements badly, and how tests reach the fallbacks on Dovecot.
    QList<QByteArray> disabledCapabilities;
};

/// One IMAP connection (RFC 9051 §3): NotAuthenticated -> Authenticated -> Selected -> Logout.
///
/// The session owns its Transport. open() connects, reads the greeting and capabilities,
/// negotiates STARTTLS when the endpoint demands it (never falling back to plaintext),
/// logs in and enables CONDSTORE/QRESYNC. Then ops queue commands with execute().
///
/// Pipelining (RFC 9051 §5.5): commands are sent without waiting for earlier replies,
/// except that
/// - a barrier command (SELECT, LOGIN, STARTTLS, ENABLE, LOGOUT...) is sent alone,
///   because its result changes how the following commands are understood;
/// - at most one command that collects untagged data is in flight, so untagged data
///   always belongs to exactly one command, unless they name one untaggedGroup;
/// - nothing is sent while a synchronising literal waits for "+".
///
/// Every `done` callback runs exactly once: with the tagged OK, with the NO/BAD as a
/// MailError (ServerNo/ServerBad, serverCode = the response code), or with the error
/// that ended the connection. Callbacks must not delete the session (use deleteLater()).
class ImapSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, NotAuthenticated, Authenticated, Selected, Logout };
    Q_ENUM(State)

    using Done = std::function<void(const Result<StatusResponse> &)>;
    using Untagged = std::function<void(const Response &)>;

    struct CommandOptions {
        bool barrier = false;        ///< sent alone (see class comment)
        Untagged untagged;           ///< receives untagged data while the command runs
        const void *owner = nullptr; ///< for cancel()
        /// Commands with the same non-null key may collect untagged data while in flight
        /// together: their sender takes that data the same way whichever of them gets it
        /// (a listing's FETCH batches each carry their UIDs). The data goes to the oldest.
        const void *untaggedGroup = nullptr;
        /// How untagged FETCH data is built while this command collects it: Summary for a
        /// message list that converts each FETCH to a row and drops it (see FetchMode).
        /// Applies only while every collecting command in flight asks for it (with
        /// untaggedGroup several may collect together).
        FetchMode fetchMode = FetchMode::Full;
        /// Receives "+" once the command's own pieces are sent (IDLE, RFC 2177 §3).
        std::function<void(const ContinuationRequest &)> continuation;
        /// The line that ends such a command after "+" ("DONE"), sent by endCommand()
        /// and by cancel(), so a cancelled IDLE never leaves the connection stuck.
        QByteArray endLine;

        static CommandOptions makeBarrier()
        {
            CommandOptions o;
            o.barrier = true;
            return o;
        }
    };

    /// Takes ownership of @p transport.
    explicit ImapSession(Net::Transport *transport, QObject *parent = nullptr);
    ~ImapSession() override;

    /// Connects and logs in; ends with opened() or failed().
    void open(const SessionOptions &options);

    State state() const { return m_state; }
    bool hasCapability(QByteArrayView capability) const;
    QList<QByteArray> capabilities() const;
    bool isEnabled(QByteArrayView capability) const;
    LiteralMode literalMode() const;
    /// The mailbox last selected (valid in State::Selected).
    QString selectedMailbox() const { return m_selected; }
    Net::Transport *transport() const { return m_transport; }
    qsizetype pendingCommands() const { return m_waiting.size() + m_inFlight.size(); }

    /// Queues @p command (tags are given here).
    void execute(const Command &command, CommandOptions options, Done done);
    /// SELECT/EXAMINE: a barrier that moves the state to Selected on OK (RFC 9051 §6.3.2).
    void select(const Command &command, const QString &mailbox, Untagged untagged, Done done,
                const void *owner = nullptr);
    /// LOGOUT (§6.1.3); the untagged BYE that precedes its OK is expected.
    void logout(Done done = {});
    /// Withdraws the queued commands of @p owner (done gets Cancelled); for commands
    /// already sent the reply is still read but no longer reported.
    void cancel(const void *owner);
    /// Drops the connection; pending callbacks get Cancelled.
    void abort();
    /// Ends the command of \p owner that has a CommandOptions::endLine: sends that line
    /// once, now if the server's "+" came already, else when it comes. Re-arms the read
    /// timeout: the tagged reply is awaited now.
    void endCommand(const void *owner);
    /// The server may stay silent for long (IDLE): no read timeout until the next
    /// command or sendContinuationLine().
    void suspendReadTimeout();
    /// Commands queued but not sent yet (they wait behind a barrier such as IDLE).
    qsizetype waitingCommands() const { return m_waiting.size(); }

Q_SIGNALS:
    void stateChanged(Pigeon::Imap::ImapSession::State state);
    void opened();
    /// The connection failed or was lost (BYE: ServerBye); once, before closed().
    void failed(const Pigeon::MailError &error);
    void closed();
    /// [ALERT]: text the user must see (RFC 9051 §7.1).
    void alertReceived(const QString &text);
    void existsReceived(quint32 count);
    void expungeReceived(quint32 sequence);
    void vanishedReceived(const Pigeon::Imap::SequenceSet &uids, bool earlier);
    /// An untagged FETCH with FLAGS (a flag change, solicited or not).
    void flagsReceived(quint32 sequence, quint32 uid, const Pigeon::Imap::FlagList &flags);
    /// A command was queued (an IDLE in flight ends itself so that it can go out).
    void commandQueued();

private:
    struct Pending {
        explicit Pending(Command c) : command(std::move(c)) {}
        Pending(Command c, CommandOptions o, Done d = {})
            : command(std::move(c)), options(std::move(o)), done(std::move(d)) {}
        Command command;
        CommandOptions options;
        Done done;
        QByteArray tag;           ///< given when sent
        EncodedCommand encoded;   ///< encoded when sent (literal mode depends on capabilities)
        qsizetype nextPiece = 0;
        bool collects = false;    ///< takes untagged data (even after cancel())
        bool logout = false;
        bool continued = false;   ///< "+" came (a command with options.endLine)
        bool endRequested = false;///< send options.endLine once "+" came
        bool endSent = false;
        QByteArray saslResponse;  ///< AUTHENTICATE without SASL-IR: sent on "+"
    };

    void setState(State state); // the one place that changes m_state
    void enqueue(Pending pending);
    void pump();
    bool sendPiece(Pending &pending);
    void onConnected();
    void onEncrypted();
    void onLine(const QByteArray &line);
    void onLiteral(const QByteArray &data);
    void process(const Response &response);
    /// The FetchMode for the next response: that of the collecting commands in flight.
    void updateFetchMode();
    void onStatus(const StatusResponse &status);
    void onTagged(const StatusResponse &status);
    void onContinuation(const ContinuationRequest &request);
    void sendEndLine(Pending &pending);
    void onTransportError(const MailError &error);
    void onDisconnected();
    void fail(const MailError &error);
    void failPending(const MailError &error);
    void noteCode(const ResponseCode &code, const QByteArray &text);
    void setCapabilities(const QList<QByteArray> &capabilities);

    // The login sequence.
    void afterGreeting();
    void requestCapabilities(std::function<void()> next);
    void startTlsIfRequired();
    void authenticate();
    void afterLogin();
    void startCompression();
    void sendId();
    void finishOpening();
    /// A command of the login sequence: its failure fails open().
    void internal(Pending pending, std::function<void(const StatusResponse &)> ok, bool authFailure = false);

    QPointer<Net::Transport> m_transport;
    SessionOptions m_options;
    ResponseParser m_parser;
    State m_state = State::Disconnected;
    QSet<QByteArray> m_caps;
    QSet<QByteArray> m_enabled;
    QString m_selected;
    QQueue<Pending> m_waiting;
    QList<Pending> m_inFlight;
    StatusResponse m_lastTagged; ///< the last tagged reply (for error texts)
    int m_tagCounter = 0;
    qint64 m_literalRemaining = 0; ///< server literal bytes still to come
    bool m_greeted = false;
    bool m_opening = false;
    bool m_failed = false;
    bool m_tlsDone = false;
    bool m_closedEmitted = false;
};

/// The MailError for a tagged NO/BAD/BYE (AUTHENTICATIONFAILED -> AuthFailed).
MailError statusError(const StatusResponse &status);

} // namespace Pigeon::Imap
