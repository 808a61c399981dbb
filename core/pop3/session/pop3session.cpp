// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "pop3/session/pop3session.h"

#include "common/logging.h"
#include "net/transport.h"

#include <QCoreApplication>

namespace Pigeon::Pop3 {

namespace {

QString serverText(const Response &reply)
{
    return QString::fromUtf8(reply.text.left(300));
}

MailError serverNo(const Response &reply)
{
    return MailError(MailError::Kind::ServerNo,
                     QCoreApplication::translate("Pigeon::Pop3::Session", "The POP3 server refused the command: %1")
                         .arg(serverText(reply)),
                     QString::fromLatin1(reply.code));
}

Result<void> okOrNo(const Result<Response> &reply)
{
    if (!reply)
        return reply.error();
    if (!reply->isOk())
        return serverNo(*reply);
    return {};
}

} // namespace

Session::Session(Net::Transport *transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
    Q_ASSERT(transport);
    transport->setParent(this);
    transport->setTranscriptLabel(QStringLiteral("pop3"));
    connect(transport, &Net::Transport::connected, this, &Session::onConnected);
    connect(transport, &Net::Transport::encrypted, this, &Session::onEncrypted);
    connect(transport, &Net::Transport::lineReceived, this, &Session::onLine);
    connect(transport, &Net::Transport::errorOccurred, this, &Session::onTransportError);
    connect(transport, &Net::Transport::disconnected, this, &Session::onDisconnected);
}

Session::~Session()
{
    if (m_transport)
        m_transport->disconnect(this);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcPop3) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool Session::isPipelining() const
{
    return m_options.usePipelining && m_pipeliningAdvertised
        && (m_state == State::Transaction || m_state == State::Update);
}

void Session::open(const SessionOptions &options)
{
    Q_ASSERT(m_state == State::Disconnected);
    m_options = options;
    m_parser = ResponseParser(options.parserLimits);
    m_caps = Capabilities();
    m_pipeliningAdvertised = false;
    m_failed = m_closing = m_closedEmitted = m_tlsDone = false;
    m_opening = true;
    setState(State::Connecting);
    m_transport->connectToServer(options.endpoint);
}

// --- the command queue -------------------------------------------------------------------

void Session::enqueue(Command command)
{
    if (m_failed || (m_state != State::Transaction && !command.barrier)) {
        // Not logged in (or already gone): answer at once, still exactly once.
        const MailError error(MailError::Kind::InvalidInput,
                              tr("The POP3 session is not ready for this command."));
        command.done(error);
        return;
    }
    m_waiting.enqueue(std::move(command));
    pump();
}

void Session::pump()
{
    while (!m_waiting.isEmpty() && !m_failed) {
        Command &next = m_waiting.head();
        if (!m_inFlight.isEmpty()) {
            // RFC 2449 §6.6: with PIPELINING the client may send several commands before
            // reading replies; without it, strictly one at a time (RFC 1939 §3).
            if (!isPipelining() || next.barrier || m_inFlight.last().barrier)
                break;
            if (m_inFlight.size() >= m_options.pipelineMaxCommands)
                break;
            if (m_bytesInFlight + next.expectedBytes > m_options.pipelineWindowBytes)
                break;
        }
        Command command = m_waiting.dequeue();
        sendNow(command);
        if (m_failed)
            return;
    }
}

void Session::sendNow(Command &command)
{
    const QByteArray wire = command.line + "\r\n";
    if (command.sensitive) {
        const Result<void> sent = m_transport->sendSensitive(wire, command.sensitivePrefix);
        if (!sent) {
            command.done(sent.error());
            fail(sent.error());
            return;
        }
    } else {
        m_transport->send(wire);
    }
    m_parser.expect(command.shape);
    m_bytesInFlight += command.expectedBytes;
    m_inFlight.enqueue(std::move(command));
    m_transport->setAwaitingReply(true);
}

void Session::onLine(const QByteArray &line)
{
    const QList<ResponseParser::Item> items = m_parser.feed(line);
    if (items.isEmpty())
        return; // most lines are inside a body: nothing completed, nothing to send
    for (const ResponseParser::Item &item : items) {
        if (m_failed)
            return;
        if (m_inFlight.isEmpty()) {
            fail(MailError(MailError::Kind::Protocol,
                           tr("The POP3 server sent a reply nobody asked for.")));
            return;
        }
        Command command = m_inFlight.dequeue();
        m_bytesInFlight -= command.expectedBytes;
        if (const auto *error = std::get_if<ParseError>(&item)) {
            if (error->kind == ParseError::Kind::BodyTooLarge) {
                // The parser skipped to the end of this reply: the session stays usable.
                command.done(MailError(MailError::Kind::LimitExceeded,
                                       tr("A message is larger than the configured limit.")));
                continue;
            }
            const MailError fatal(error->kind == ParseError::Kind::LineTooLong ? MailError::Kind::LimitExceeded
                                                                              : MailError::Kind::Protocol,
                                  tr("The POP3 server sent a malformed reply: %1")
                                      .arg(QString::fromLatin1(error->detail)));
            command.done(fatal);
            fail(fatal);
            return;
        }
        command.done(std::get<Response>(item));
    }
    if (m_failed || !m_transport)
        return;
    pump();
    m_transport->setAwaitingReply(!m_inFlight.isEmpty());
}

void Session::cancelQueued(const void *owner)
{
    QQueue<Command> keep;
    QList<Command> dropped;
    while (!m_waiting.isEmpty()) {
        Command c = m_waiting.dequeue();
        if (owner && c.owner == owner)
            dropped.append(std::move(c));
        else
            keep.enqueue(std::move(c));
    }
    m_waiting = std::move(keep);
    const MailError cancelled(MailError::Kind::Cancelled, tr("Cancelled."));
    for (Command &c : dropped)
        c.done(cancelled);
}

// --- failure and closing ----------------------------------------------------------------

void Session::fail(const MailError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    qCDebug(lcPop3) << "session failed:" << error.toString();
    QList<Command> pending;
    while (!m_inFlight.isEmpty())
        pending.append(m_inFlight.dequeue());
    while (!m_waiting.isEmpty())
        pending.append(m_waiting.dequeue());
    m_bytesInFlight = 0;
    m_parser.reset();
    setState(State::Disconnected);
    for (Command &c : pending)
        c.done(error);
    m_opening = false;
    Q_EMIT failed(error);
    if (m_transport && m_transport->state() != Net::Transport::State::Disconnected) {
        m_closing = true;
        m_transport->abort();
    } else {
        finishClosed();
    }
}

void Session::abort()
{
    if (m_state == State::Disconnected && !m_opening)
        return;
    fail(MailError(MailError::Kind::Cancelled, tr("The connection was closed by the user.")));
}

void Session::onTransportError(const MailError &error)
{
    fail(error);
}

void Session::onDisconnected()
{
    if (!m_failed && !m_closing) {
        // RFC 1939 §6: a connection that ends without QUIT leaves the maildrop untouched.
        fail(MailError(MailError::Kind::Network,
                       tr("The POP3 server closed the connection unexpectedly; no message was deleted.")));
    }
    setState(State::Disconnected);
    finishClosed();
}

void Session::finishClosed()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    Q_EMIT closed();
}

// --- transaction commands ---------------------------------------------------------------

void Session::simple(const QByteArray &line, Callback<void> done, const void *owner)
{
    Command c;
    c.line = line;
    c.owner = owner;
    c.done = [done = std::move(done)](Result<Response> reply) { done(okOrNo(reply)); };
    enqueue(std::move(c));
}

void Session::multi(const QByteArray &line, qint64 expected, Callback<QByteArray> done, const void *owner)
{
    Command c;
    c.line = line;
    c.shape = ReplyShape::MultiLine;
    c.expectedBytes = std::max<qint64>(expected, 64);
    c.owner = owner;
    c.done = [done = std::move(done)](Result<Response> reply) {
        if (const Result<void> ok = okOrNo(reply); !ok)
            done(ok.error());
        else
            done(std::move(reply.value().body));
    };
    enqueue(std::move(c));
}

void Session::stat(Callback<MaildropStat> done)
{
    Command c;
    c.line = "STAT";
    c.done = [done = std::move(done)](Result<Response> reply) {
        if (const Result<void> ok = okOrNo(reply); !ok)
            done(ok.error());
        else
            done(Listings::parseStat(reply->text));
    };
    enqueue(std::move(c));
}

void Session::list(Callback<QList<ListEntry>> done)
{
    multi("LIST", 64 * 1024, [done = std::move(done)](Result<QByteArray> body) {
        done(body ? Listings::parseList(*body) : Result<QList<ListEntry>>(body.error()));
    });
}

void Session::list(int number, Callback<ListEntry> done)
{
    Command c;
    c.line = "LIST " + QByteArray::number(number);
    c.done = [done = std::move(done)](Result<Response> reply) {
        if (const Result<void> ok = okOrNo(reply); !ok)
            done(ok.error());
        else
            done(Listings::parseScanLine(reply->text));
    };
    enqueue(std::move(c));
}

void Session::uidl(Callback<QList<UidlEntry>> done)
{
    multi("UIDL", 64 * 1024, [done = std::move(done)](Result<QByteArray> body) {
        done(body ? Listings::parseUidl(*body) : Result<QList<UidlEntry>>(body.error()));
    });
}

void Session::uidl(int number, Callback<UidlEntry> done)
{
    Command c;
    c.line = "UIDL " + QByteArray::number(number);
    c.done = [done = std::move(done)](Result<Response> reply) {
        if (const Result<void> ok = okOrNo(reply); !ok)
            done(ok.error());
        else
            done(Listings::parseUidLine(reply->text));
    };
    enqueue(std::move(c));
}

void Session::top(int number, int lines, Callback<QByteArray> done, const void *owner)
{
    multi("TOP " + QByteArray::number(number) + ' ' + QByteArray::number(lines), 2048, std::move(done),
          owner);
}

void Session::retr(int number, qint64 expectedSize, Callback<QByteArray> done, const void *owner)
{
    multi("RETR " + QByteArray::number(number), expectedSize, std::move(done), owner);
}

void Session::dele(int number, Callback<void> done, const void *owner)
{
    simple("DELE " + QByteArray::number(number), std::move(done), owner);
}

void Session::rset(Callback<void> done)
{
    simple("RSET", std::move(done));
}

void Session::noop(Callback<void> done)
{
    simple("NOOP", std::move(done));
}

void Session::quit(Callback<void> done)
{
    if (m_failed || m_state == State::Disconnected || m_state == State::Connecting) {
        done(MailError(MailError::Kind::Network, tr("The POP3 session is not connected.")));
        return;
    }
    Command c;
    c.line = "QUIT";
    c.barrier = true;
    const bool commits = m_state == State::Transaction;
    c.done = [this, commits, done = std::move(done)](Result<Response> reply) {
        if (!reply) {
            // Lost before the server confirmed: RFC 1939 §6 forbids deleting then.
            done(reply.error());
            return;
        }
        m_closing = true;
        if (reply->isOk())
            done(Result<void>());
        else // RFC 1939 §6: -ERR here means some deletions could not be done.
            done(MailError(MailError::Kind::ServerNo,
                           tr("The POP3 server could not remove all deleted messages: %1").arg(serverText(*reply)),
                           QString::fromLatin1(reply->code)));
        if (m_transport)
            m_transport->close();
    };
    if (commits) {
        // The queue still holds earlier commands; UPDATE starts once QUIT is on the wire,
        // which a barrier command only is after everything before it has been answered.
        m_waiting.enqueue(std::move(c));
        setState(State::Update);
        pump();
    } else {
        m_waiting.enqueue(std::move(c));
        pump();
    }
}

} // namespace Pigeon::Pop3
