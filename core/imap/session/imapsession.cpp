// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/session/imapsession.h"

#include "common/logging.h"

#include <QCoreApplication>

namespace Pigeon::Imap {

namespace {

QString serverText(const StatusResponse &status)
{
    return QString::fromUtf8(status.text.left(300));
}

/// Size of a literal announced at the end of @p line (`{n}`, `{n+}`, `~{n}`), or -1.
qint64 literalAtEnd(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    if (line.isEmpty() || line.back() != '}')
        return -1;
    line.chop(1);
    if (!line.isEmpty() && line.back() == '+')
        line.chop(1);
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    bool ok = false;
    const qint64 n = line.sliced(open + 1).toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

} // namespace

MailError statusError(const StatusResponse &status)
{
    const QString code = QString::fromLatin1(status.code.name);
    if (status.code.kind == ResponseCodeKind::AuthenticationFailed)
        return MailError(MailError::Kind::AuthFailed,
                         QCoreApplication::translate("Pigeon::Imap::ImapSession",
                                                     "The IMAP server rejected the user name or password: %1")
                             .arg(serverText(status)),
                         code);
    switch (status.status) {
    case Status::Bad:
        return MailError(MailError::Kind::ServerBad,
                         QCoreApplication::translate("Pigeon::Imap::ImapSession",
                                                     "The IMAP server did not understand the command: %1")
                             .arg(serverText(status)),
                         code);
    case Status::Bye:
        return MailError(MailError::Kind::ServerBye,
                         QCoreApplication::translate("Pigeon::Imap::ImapSession",
                                                     "The IMAP server closed the connection: %1")
                             .arg(serverText(status)),
                         code);
    default:
        return MailError(MailError::Kind::ServerNo,
                         QCoreApplication::translate("Pigeon::Imap::ImapSession",
                                                     "The IMAP server refused the command: %1")
                             .arg(serverText(status)),
                         code);
    }
}

ImapSession::ImapSession(Net::Transport *transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
    Q_ASSERT(transport);
    transport->setParent(this);
    transport->setTranscriptLabel(QStringLiteral("imap"));
    connect(transport, &Net::Transport::connected, this, &ImapSession::onConnected);
    connect(transport, &Net::Transport::encrypted, this, &ImapSession::onEncrypted);
    connect(transport, &Net::Transport::lineReceived, this, &ImapSession::onLine);
    connect(transport, &Net::Transport::literalReceived, this, &ImapSession::onLiteral);
    connect(transport, &Net::Transport::errorOccurred, this, &ImapSession::onTransportError);
    connect(transport, &Net::Transport::disconnected, this, &ImapSession::onDisconnected);
}

ImapSession::~ImapSession()
{
    if (m_transport)
        m_transport->disconnect(this);
}

void ImapSession::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcImap) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool ImapSession::hasCapability(QByteArrayView capability) const
{
    return m_caps.contains(capability.toByteArray().toUpper());
}

QList<QByteArray> ImapSession::capabilities() const
{
    QList<QByteArray> out(m_caps.cbegin(), m_caps.cend());
    std::sort(out.begin(), out.end());
    return out;
}

bool ImapSession::isEnabled(QByteArrayView capability) const
{
    return m_enabled.contains(capability.toByteArray().toUpper());
}

LiteralMode ImapSession::literalMode() const
{
    // RFC 7888: LITERAL+ allows {n+} of any size, LITERAL- up to 4096 bytes.
    if (hasCapability("LITERAL+"))
        return LiteralMode::NonSynchronizing;
    if (hasCapability("LITERAL-"))
        return LiteralMode::NonSyncUpTo4k;
    return LiteralMode::Synchronizing;
}

void ImapSession::open(const SessionOptions &options)
{
    Q_ASSERT(m_state == State::Disconnected);
    m_options = options;
    m_parser = ResponseParser(options.parserLimits);
    m_caps.clear();
    m_enabled.clear();
    m_literalRemaining = 0;
    m_greeted = m_failed = m_tlsDone = m_closedEmitted = false;
    m_opening = true;
    setState(State::Connecting);
    m_transport->connectToServer(options.endpoint);
}

// --- the command queue -----------------------------------------------------------------

void ImapSession::execute(const Command &command, CommandOptions options, Done done)
{
    if (m_failed || (m_state != State::Authenticated && m_state != State::Selected)) {
        // Not logged in (or already gone): answer at once, still exactly once.
        if (done)
            done(MailError(MailError::Kind::InvalidInput, tr("The IMAP session is not ready for this command.")));
        return;
    }
    enqueue(Pending(command, std::move(options), std::move(done)));
}

void ImapSession::select(const Command &command, const QString &mailbox, Untagged untagged, Done done,
                         const void *owner)
{
    CommandOptions options = CommandOptions::makeBarrier();
    options.untagged = std::move(untagged);
    options.owner = owner;
    execute(command, std::move(options), [this, mailbox, done = std::move(done)](const Result<StatusResponse> &r) {
        // RFC 9051 §6.3.2: a failed SELECT leaves no mailbox selected.
        if (r) {
            m_selected = mailbox;
            setState(State::Selected);
        } else if (m_state == State::Selected) {
            m_selected.clear();
            setState(State::Authenticated);
        }
        if (done)
            done(r);
    });
}

void ImapSession::logout(Done done)
{
    if (m_failed || m_state == State::Disconnected || m_state == State::Connecting) {
        if (done)
            done(MailError(MailError::Kind::InvalidInput, tr("The IMAP session is not connected.")));
        return;
    }
    Pending p(Command("LOGOUT"), CommandOptions::makeBarrier(), std::move(done));
    p.logout = true;
    enqueue(std::move(p));
}

void ImapSession::cancel(const void *owner)
{
    if (!owner)
        return;
    QList<Done> cancelled;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->options.owner == owner) {
            cancelled.append(std::move(it->done));
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    for (Pending &p : m_inFlight) {
        if (p.options.owner == owner) {
            // The reply is still read (and untagged data still ends here, unreported).
            p.done = nullptr;
            p.options.untagged = nullptr;
            p.options.untaggedGroup = nullptr; // its data is nobody's now: nothing joins it
            p.options.continuation = nullptr;
            if (!p.options.endLine.isEmpty()) {
                p.endRequested = true;
                sendEndLine(p);
            }
        }
    }
    const MailError error(MailError::Kind::Cancelled, tr("The IMAP command was cancelled."));
    for (const Done &done : std::as_const(cancelled))
        if (done)
            done(error);
}

void ImapSession::abort()
{
    if (m_failed && !m_transport)
        return;
    m_failed = true;
    m_opening = false;
    failPending(MailError(MailError::Kind::Cancelled, tr("The IMAP connection was closed.")));
    if (m_transport)
        m_transport->abort();
}

void ImapSession::enqueue(Pending pending)
{
    m_waiting.enqueue(std::move(pending));
    pump();
    if (!m_waiting.isEmpty())
        Q_EMIT commandQueued();
}

void ImapSession::endCommand(const void *owner)
{
    for (Pending &p : m_inFlight) {
        if (owner && p.options.owner == owner && !p.options.endLine.isEmpty()) {
            p.endRequested = true;
            sendEndLine(p);
        }
    }
}

void ImapSession::sendEndLine(Pending &pending)
{
    if (!pending.continued || !pending.endRequested || pending.endSent || m_failed || !m_transport)
        return;
    pending.endSent = true;
    m_transport->send(QByteArray(pending.options.endLine + "\r\n"));
    m_transport->setAwaitingReply(true);
}

void ImapSession::suspendReadTimeout()
{
    if (m_transport)
        m_transport->setAwaitingReply(false);
}

void ImapSession::pump()
{
    while (!m_waiting.isEmpty() && !m_failed) {
        const Pending &next = m_waiting.head();
        // Would untagged data of a command in flight be taken for next's, or the reverse?
        bool conflicting = false;
        for (const Pending &p : std::as_const(m_inFlight)) {
            // Nothing may go out while a synchronising literal or a SASL step waits for "+":
            // the server would read it as the literal's data.
            if (p.nextPiece < p.encoded.pieces.size() || !p.saslResponse.isEmpty())
                return;
            if (p.options.barrier)
                return;
            if (p.collects && next.options.untagged
                && (!next.options.untaggedGroup || p.options.untaggedGroup != next.options.untaggedGroup))
                conflicting = true;
        }
        if (!m_inFlight.isEmpty() && (next.options.barrier || conflicting))
            return;
        Pending p = m_waiting.dequeue();
        p.tag = 'a' + QByteArray::number(++m_tagCounter);
        p.encoded = p.command.encode(p.tag, literalMode());
        p.collects = bool(p.options.untagged);
        if (p.logout)
            setState(State::Logout); // RFC 9051 §3.4: the BYE that follows is expected
        m_inFlight.append(std::move(p));
        if (!sendPiece(m_inFlight.last()))
            return;
        m_transport->setAwaitingReply(true);
    }
}

bool ImapSession::sendPiece(Pending &pending)
{
    const QByteArray piece = pending.encoded.pieces.at(pending.nextPiece++);
    if (!pending.encoded.sensitive) {
        m_transport->send(piece);
        return true;
    }
    // The transcript shows the bytes up to the first secret: the part of the first piece
    // that agrees with the log text, cut where the log text shows <redacted>. Later
    // pieces (literal data after a "+") are hidden whole.
    QByteArray prefix;
    if (pending.nextPiece == 1) {
        const QByteArray &log = pending.encoded.logText;
        qsizetype mask = log.indexOf("<redacted>");
        if (mask < 0)
            mask = log.size();
        qsizetype common = 0;
        while (common < mask && common < piece.size() && piece.at(common) == log.at(common))
            ++common;
        prefix = piece.left(common);
    }
    const Result<void> sent = m_transport->sendSensitive(piece, prefix);
    if (!sent) {
        fail(sent.error());
        return false;
    }
    return true;
}

// --- incoming data ---------------------------------------------------------------------

void ImapSession::onLine(const QByteArray &line)
{
    // Bytes of a literal may reach us as lines (when the transport frames them so):
    // count them off before looking for a literal announcement.
    QByteArrayView tail(line);
    if (m_literalRemaining > 0) {
        const qint64 n = std::min<qint64>(m_literalRemaining, tail.size());
        m_literalRemaining -= n;
        tail = tail.sliced(n);
    }
    if (m_literalRemaining == 0 && !tail.isEmpty()) {
        const qint64 literal = literalAtEnd(tail);
        if (literal > 0) {
            m_literalRemaining = literal;
            m_transport->readLiteral(literal); // must happen inside this handler
        }
    }
    QList<Response> out;
    updateFetchMode();
    m_parser.feed(line, out);
    for (const Response &r : std::as_const(out)) {
        if (m_failed)
            return;
        process(r);
    }
}

void ImapSession::onLiteral(const QByteArray &data)
{
    m_literalRemaining = std::max<qint64>(0, m_literalRemaining - data.size());
    QList<Response> out;
    updateFetchMode();
    m_parser.feedLiteral(data, out);
    for (const Response &r : std::as_const(out)) {
        if (m_failed)
            return;
        process(r);
    }
}

void ImapSession::updateFetchMode()
{
    // A response is parsed when its last line arrives; the commands in flight then are
    // the ones it may belong to. Only same-group commands collect together (pump()).
    bool collecting = false;
    bool summary = true;
    for (const Pending &p : std::as_const(m_inFlight)) {
        if (p.collects) {
            collecting = true;
            summary = summary && p.options.fetchMode == FetchMode::Summary;
        }
    }
    m_parser.setFetchMode(collecting && summary ? FetchMode::Summary : FetchMode::Full);
}

void ImapSession::process(const Response &response)
{
    if (const auto *status = std::get_if<StatusResponse>(&response)) {
        if (status->isTagged()) {
            onTagged(*status);
            return;
        }
        onStatus(*status);
        if (m_failed || !m_greeted)
            return;
    } else if (const auto *request = std::get_if<ContinuationRequest>(&response)) {
        onContinuation(*request);
        return;
    } else if (const auto *error = std::get_if<ParseError>(&response)) {
        qCWarning(lcImap) << "unreadable response:" << error->message << error->excerpt;
        // A tagged reply we cannot read leaves its command without a result.
        if (!error->tag.isEmpty()) {
            fail(ResponseParser::toMailError(*error));
            return;
        }
        // An untagged one goes to the collecting command, which can count what it lost.
    } else if (const auto *caps = std::get_if<CapabilityData>(&response)) {
        setCapabilities(caps->capabilities);
    } else if (const auto *enabled = std::get_if<EnabledData>(&response)) {
        for (const QByteArray &c : enabled->capabilities)
            m_enabled.insert(c);
    } else if (const auto *number = std::get_if<MessageNumberData>(&response)) {
        if (number->kind == MessageNumberData::Kind::Exists)
            Q_EMIT existsReceived(number->number);
        else if (number->kind == MessageNumberData::Kind::Expunge)
            Q_EMIT expungeReceived(number->number);
    } else if (const auto *vanished = std::get_if<VanishedData>(&response)) {
        Q_EMIT vanishedReceived(vanished->uids, vanished->earlier);
    } else if (const auto *fetch = std::get_if<FetchData>(&response)) {
        if (fetch->has(FetchItem::Flags))
            Q_EMIT flagsReceived(fetch->sequence, fetch->has(FetchItem::Uid) ? fetch->uid : 0, fetch->flags);
    }
    // Untagged data also goes to the one command in flight that collects it.
    for (const Pending &p : std::as_const(m_inFlight)) {
        if (p.collects) {
            if (p.options.untagged)
                p.options.untagged(response);
            break;
        }
    }
}

void ImapSession::noteCode(const ResponseCode &code, const QByteArray &text)
{
    if (code.kind == ResponseCodeKind::Capability)
        setCapabilities(code.list);
    else if (code.kind == ResponseCodeKind::Alert)
        Q_EMIT alertReceived(QString::fromUtf8(text)); // RFC 9051 §7.1: must be shown
}

void ImapSession::setCapabilities(const QList<QByteArray> &capabilities)
{
    m_caps = QSet<QByteArray>(capabilities.cbegin(), capabilities.cend());
    for (const QByteArray &disabled : std::as_const(m_options.disabledCapabilities))
        m_caps.remove(disabled.toUpper());
}

void ImapSession::onStatus(const StatusResponse &status)
{
    noteCode(status.code, status.text);
    if (!m_greeted) {
        // The greeting (RFC 9051 §7.1.1, §7.1.4, §7.1.5).
        m_greeted = true;
        switch (status.status) {
        case Status::Ok:
            setState(State::NotAuthenticated);
            afterGreeting();
            return;
        case Status::PreAuth:
            if (m_options.endpoint.security == Net::Security::StartTls) {
                // STARTTLS is only valid before authentication: never go on in plaintext.
                fail(MailError(MailError::Kind::StartTlsUnavailable,
                               tr("The server logged in without encryption (PREAUTH), so STARTTLS is not possible.")));
                return;
            }
            setState(State::Authenticated);
            requestCapabilities([this] { afterLogin(); });
            return;
        case Status::Bye:
            fail(statusError(status));
            return;
        default:
            fail(MailError(MailError::Kind::Protocol, tr("The IMAP server sent an invalid greeting.")));
            return;
        }
    }
    if (status.status == Status::Bye && m_state != State::Logout)
        fail(statusError(status)); // RFC 9051 §7.1.5: the server is closing the connection
}

void ImapSession::onTagged(const StatusResponse &status)
{
    noteCode(status.code, status.text);
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [&](const Pending &p) { return p.tag == status.tag; });
    if (it == m_inFlight.end()) {
        qCWarning(lcImap) << "tagged reply for an unknown command" << status.tag;
        return;
    }
    m_lastTagged = status;
    Pending done = std::move(*it);
    m_inFlight.erase(it);
    m_transport->setAwaitingReply(!m_inFlight.isEmpty());
    if (done.done) {
        if (status.status == Status::Ok)
            done.done(status);
        else
            done.done(statusError(status));
    }
    if (done.logout && status.status == Status::Ok && m_transport)
        m_transport->close();
    if (!m_failed)
        pump();
}

void ImapSession::onContinuation(const ContinuationRequest &request)
{
    for (Pending &p : m_inFlight) {
        if (p.nextPiece < p.encoded.pieces.size()) {
            if (sendPiece(p) && p.nextPiece == p.encoded.pieces.size())
                pump();
            return;
        }
        if (!p.saslResponse.isEmpty()) {
            const Result<void> sent = m_transport->sendSensitive(QByteArray(std::exchange(p.saslResponse, {}) + "\r\n"), {});
            if (!sent)
                fail(sent.error());
            return;
        }
        if (p.options.continuation || !p.options.endLine.isEmpty()) {
            if (p.continued)
                continue; // "+ still here" kinds of text while idling go nowhere
            p.continued = true;
            if (p.endRequested) {
                sendEndLine(p);
                return;
            }
            const auto continuation = p.options.continuation; // may reshape m_inFlight
            if (continuation)
                continuation(request);
            return;
        }
    }
    qCWarning(lcImap) << "continuation request without a command waiting for one";
}

// --- connection events -----------------------------------------------------------------

void ImapSession::onConnected()
{
    qCDebug(lcImap) << "connected, waiting for the greeting";
}

void ImapSession::onEncrypted()
{
    m_tlsDone = true;
    // RFC 9051 §6.2.1: capabilities learnt before TLS must be discarded and asked again.
    m_caps.clear();
    requestCapabilities([this] { authenticate(); });
}

void ImapSession::onTransportError(const MailError &error)
{
    fail(error);
}

void ImapSession::onDisconnected()
{
    if (!m_failed && m_state != State::Logout)
        fail(MailError(MailError::Kind::Network, tr("The IMAP server closed the connection.")));
    else
        failPending(MailError(MailError::Kind::Network, tr("The IMAP server closed the connection.")));
    setState(State::Disconnected);
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        Q_EMIT closed();
    }
}

void ImapSession::fail(const MailError &error)
{
    if (m_failed)
        return;
    qCInfo(lcImap) << "session failed:" << error.toString();
    m_failed = true;
    m_opening = false;
    failPending(error);
    Q_EMIT failed(error);
    if (m_transport && m_transport->state() != Net::Transport::State::Disconnected)
        m_transport->abort();
}

void ImapSession::failPending(const MailError &error)
{
    QList<Done> callbacks;
    for (Pending &p : m_inFlight)
        callbacks.append(std::move(p.done));
    for (Pending &p : m_waiting)
        callbacks.append(std::move(p.done));
    m_inFlight.clear();
    m_waiting.clear();
    for (const Done &done : std::as_const(callbacks))
        if (done)
            done(error);
}

} // namespace Pigeon::Imap
