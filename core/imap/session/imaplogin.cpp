// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The login sequence of ImapSession: greeting -> CAPABILITY -> STARTTLS -> CAPABILITY
// -> LOGIN/AUTHENTICATE -> CAPABILITY -> ENABLE -> COMPRESS -> ID -> opened().
#include "imap/session/imapsession.h"

#include "common/logging.h"

namespace Pigeon::Imap {

void ImapSession::internal(Pending pending, std::function<void(const StatusResponse &)> ok, bool authFailure)
{
    pending.done = [this, ok = std::move(ok), authFailure](const Result<StatusResponse> &r) {
        if (r) {
            ok(*r);
            return;
        }
        MailError error = r.error();
        // A NO to LOGIN/AUTHENTICATE means the credentials were refused, with or without
        // the AUTHENTICATIONFAILED code (RFC 9051 §6.2.2, §6.2.3).
        if (authFailure && error.kind() == MailError::Kind::ServerNo)
            error = MailError(MailError::Kind::AuthFailed,
                              tr("The IMAP server rejected the user name or password: %1")
                                  .arg(QString::fromUtf8(m_lastTagged.text.left(300))),
                              error.serverCode());
        fail(error);
    };
    enqueue(std::move(pending));
}

void ImapSession::requestCapabilities(std::function<void()> next)
{
    if (!m_caps.isEmpty()) {
        next();
        return;
    }
    internal(Pending(Command("CAPABILITY"), CommandOptions::makeBarrier()),
             [this, next = std::move(next)](const StatusResponse &) {
                 if (m_caps.isEmpty()) {
                     fail(MailError(MailError::Kind::Protocol, tr("The IMAP server did not list its capabilities.")));
                     return;
                 }
                 next();
             });
}

void ImapSession::afterGreeting()
{
    requestCapabilities([this] { startTlsIfRequired(); });
}

void ImapSession::startTlsIfRequired()
{
    if (m_options.endpoint.security != Net::Security::StartTls || m_tlsDone) {
        authenticate();
        return;
    }
    if (!hasCapability("STARTTLS")) {
        // The account demands encryption: never fall back to plaintext.
        fail(MailError(MailError::Kind::StartTlsUnavailable,
                       tr("The IMAP server does not offer STARTTLS, which this account requires.")));
        return;
    }
    internal(Pending(Command("STARTTLS"), CommandOptions::makeBarrier()), [this](const StatusResponse &) {
        m_parser.reset();
        m_literalRemaining = 0;
        m_transport->startTls(); // onEncrypted() goes on
    });
}

void ImapSession::authenticate()
{
    if (!m_transport->isEncrypted() && !m_options.endpoint.tls.allowInsecureAuth) {
        // sendSensitive() would refuse anyway; say so before sending anything.
        fail(MailError(MailError::Kind::InsecureAuthRefused,
                       tr("The password would be sent without encryption.")));
        return;
    }
    const bool plainOffered = hasCapability("AUTH=PLAIN");
    const bool usePlain = m_options.auth == AuthMethod::SaslPlain
        || (m_options.auth == AuthMethod::Auto && plainOffered);
    const auto loggedIn = [this](const StatusResponse &status) {
        setState(State::Authenticated);
        // RFC 9051 §6.2.2: capabilities may change after login; the OK may carry them.
        if (status.code.kind != ResponseCodeKind::Capability)
            m_caps.clear();
        requestCapabilities([this] { afterLogin(); });
    };
    if (usePlain) {
        // RFC 4616: authzid NUL authcid NUL password.
        const QByteArray response = QByteArray(QByteArray(1, '\0') + m_options.username.toUtf8() + '\0'
                                                 + m_options.password.toUtf8()).toBase64();
        Pending p(Command("AUTHENTICATE"), CommandOptions::makeBarrier());
        p.command.raw("PLAIN");
        if (hasCapability("SASL-IR"))
            p.command.secret(response); // RFC 4959: initial response in the command
        else
            p.saslResponse = response;  // sent when the server asks with "+"
        internal(std::move(p), loggedIn, true);
        return;
    }
    if (hasCapability("LOGINDISABLED")) {
        fail(MailError(MailError::Kind::AuthFailed, tr("The IMAP server does not allow logging in here.")));
        return;
    }
    internal(Pending(Command::login(m_options.username.toUtf8(), m_options.password.toUtf8()),
              CommandOptions::makeBarrier()),
             loggedIn, true);
}

void ImapSession::afterLogin()
{
    if (m_options.enableQresync) {
        // RFC 7162 §3.2.3: QRESYNC implies CONDSTORE; ask for what is offered.
        QList<QByteArray> wanted;
        if (hasCapability("CONDSTORE"))
            wanted << "CONDSTORE";
        if (hasCapability("QRESYNC"))
            wanted << "QRESYNC";
        if (!wanted.isEmpty() && hasCapability("ENABLE")) {
            Command enable("ENABLE");
            enable.raw(wanted.join(' '));
            internal(Pending(enable, CommandOptions::makeBarrier()), [this](const StatusResponse &) {
                startCompression();
            });
            return;
        }
    }
    startCompression();
}

void ImapSession::startCompression()
{
    const auto next = [this] {
        if (m_options.sendId && hasCapability("ID"))
            sendId();
        else
            finishOpening();
    };
    // RFC 4978 §3: after authentication, once; the server compresses from the byte after
    // its OK, so the transport switches inside the handler of that line.
    if (!hasCapability("COMPRESS=DEFLATE") || !m_transport->canCompress() || m_transport->isCompressed()
        || !Net::shouldCompress(m_options.compress, m_transport->peerAddress())) {
        next();
        return;
    }
    Pending p(Command("COMPRESS"), CommandOptions::makeBarrier());
    p.command.raw("DEFLATE");
    p.done = [this, next](const Result<StatusResponse> &r) {
        if (!r) {
            // A NO (e.g. [COMPRESSIONACTIVE]) leaves the connection as it was.
            qCInfo(lcImap) << "COMPRESS refused:" << r.error().toString();
            if (r.error().kind() == MailError::Kind::ServerNo || r.error().kind() == MailError::Kind::ServerBad)
                next();
            return;
        }
        if (!m_transport->startCompression()) {
            fail(MailError(MailError::Kind::Internal, tr("Compression could not be started.")));
            return;
        }
        next();
    };
    enqueue(std::move(p));
}

void ImapSession::sendId()
{
    Command id("ID");
    id.raw(R"(("name" "Pigeon"))"); // RFC 2971; no version, host or OS details
    internal(Pending(id, CommandOptions::makeBarrier()), [this](const StatusResponse &) { finishOpening(); });
}

void ImapSession::finishOpening()
{
    m_opening = false;
    qCDebug(lcImap) << "logged in; capabilities" << capabilities() << "enabled" << m_enabled;
    Q_EMIT opened();
}

} // namespace Pigeon::Imap
