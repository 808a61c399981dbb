// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Session: the AUTHORIZATION state (RFC 1939 §4, §7; RFC 2449; RFC 2595 §4; RFC 5034).
#include "pop3/session/pop3session.h"

#include "common/logging.h"
#include "net/transport.h"


namespace Pigeon::Pop3 {

void Session::onConnected()
{
    // RFC 1939 §4: the server greets first; the greeting is an ordinary single-line reply.
    Command greeting;
    greeting.barrier = true;
    greeting.done = [this](Result<Response> reply) { onGreeting(reply); };
    m_parser.expect(ReplyShape::SingleLine);
    m_inFlight.enqueue(std::move(greeting));
    m_transport->setAwaitingReply(true);
}

void Session::onGreeting(const Result<Response> &reply)
{
    if (!reply)
        return; // fail() already runs
    if (!reply->isOk()) {
        fail(MailError(MailError::Kind::ServerNo,
                       tr("The POP3 server refused the connection: %1").arg(QString::fromUtf8(reply->text.left(300))),
                       QString::fromLatin1(reply->code)));
        return;
    }
    m_timestamp = Listings::apopTimestamp(reply->text);
    setState(State::Authorization);
    requestCapa();
}

void Session::requestCapa()
{
    Command c;
    c.line = "CAPA";
    c.barrier = true;
    c.shape = ReplyShape::MultiLine;
    c.done = [this](Result<Response> reply) { onCapa(reply); };
    enqueue(std::move(c));
}

void Session::onCapa(const Result<Response> &reply)
{
    if (!reply)
        return;
    // A server without RFC 2449 answers -ERR: it has none of the extensions.
    m_caps = reply->isOk() ? Capabilities::parse(reply->body) : Capabilities();
    m_pipeliningAdvertised = m_caps.pipelining(); // asked after every reply: keep it at hand

    const bool wantStls = m_options.endpoint.security == Net::Security::StartTls;
    if (wantStls && !m_tlsDone) {
        if (m_caps.isKnown() && !m_caps.stls()) {
            fail(MailError(MailError::Kind::StartTlsUnavailable,
                           tr("The POP3 server does not offer STLS, so the connection cannot be "
                              "encrypted. Pigeon will not log in over plaintext.")));
            return;
        }
        // Without CAPA we cannot know: try STLS and treat a refusal the same way.
        Command c;
        c.line = "STLS";
        c.barrier = true;
        c.done = [this](Result<Response> stls) {
            if (!stls)
                return;
            if (!stls->isOk()) {
                fail(MailError(MailError::Kind::StartTlsUnavailable,
                               tr("The POP3 server refused STLS: %1").arg(QString::fromUtf8(stls->text.left(300))),
                               QString::fromLatin1(stls->code)));
                return;
            }
            // RFC 2595 §4: forget what was learned in plaintext; the transport drops any
            // bytes buffered before the handshake.
            m_parser.reset();
            m_caps = Capabilities();
            m_pipeliningAdvertised = false;
            m_transport->startTls();
        };
        enqueue(std::move(c));
        return;
    }
    authenticate();
}

void Session::onEncrypted()
{
    if (m_state != State::Authorization || m_failed)
        return; // implicit TLS: connected() follows
    m_tlsDone = true;
    requestCapa();
}

bool Session::mayAuthenticate()
{
    if (m_transport->isEncrypted() || m_options.endpoint.tls.allowInsecureAuth)
        return true;
    fail(MailError(MailError::Kind::InsecureAuthRefused,
                   tr("The connection is not encrypted, so Pigeon will not send the password. "
                      "Use SSL/TLS or STARTTLS for this account.")));
    return false;
}

void Session::authenticate()
{
    AuthMethod method = m_options.auth;
    if (method == AuthMethod::Auto) {
        if (m_caps.hasSasl("PLAIN"))
            method = AuthMethod::SaslPlain;
        else if (m_caps.hasSasl("LOGIN"))
            method = AuthMethod::SaslLogin;
        else if (m_options.allowApop && !m_timestamp.isEmpty())
            method = AuthMethod::Apop;
        else
            method = AuthMethod::UserPass;
    }
    if (!mayAuthenticate())
        return;
    switch (method) {
    case AuthMethod::Apop:
        authApop();
        return;
    case AuthMethod::SaslPlain:
        authPlain();
        return;
    case AuthMethod::SaslLogin:
        authLogin();
        return;
    case AuthMethod::UserPass:
    case AuthMethod::Auto:
        authUserPass();
        return;
    }
}

void Session::authUserPass()
{
    Command user;
    user.line = "USER " + m_options.username.toUtf8();
    user.barrier = true;
    user.done = [this](Result<Response> reply) {
        if (!reply)
            return;
        if (!reply->isOk()) {
            fail(authError(*reply));
            return;
        }
        Command pass;
        pass.line = "PASS " + m_options.password.toUtf8();
        pass.sensitive = true;
        pass.sensitivePrefix = "PASS";
        pass.barrier = true;
        pass.done = [this](Result<Response> r) { onAuthReply(r, "USER"); };
        enqueue(std::move(pass));
    };
    enqueue(std::move(user));
}

void Session::authApop()
{
    if (!m_options.allowApop || m_timestamp.isEmpty()) {
        fail(MailError(MailError::Kind::AuthFailed,
                       m_timestamp.isEmpty() ? tr("The POP3 server does not support APOP.")
                                             : tr("APOP is not allowed for this account.")));
        return;
    }
    const QByteArray user = m_options.username.toUtf8();
    Command c;
    c.line = "APOP " + user + ' ' + Listings::apopDigest(m_timestamp, m_options.password.toUtf8());
    // The digest is not the password, but it allows an offline guess: never logged.
    c.sensitive = true;
    c.sensitivePrefix = "APOP " + user;
    c.barrier = true;
    c.done = [this](Result<Response> r) { onAuthReply(r, "APOP"); };
    enqueue(std::move(c));
}

void Session::authPlain()
{
    // RFC 4616: authzid NUL authcid NUL passwd; RFC 5034 §4 allows it as initial response.
    QByteArray message;
    message += '\0';
    message += m_options.username.toUtf8();
    message += '\0';
    message += m_options.password.toUtf8();
    Command c;
    c.line = "AUTH PLAIN " + message.toBase64();
    c.sensitive = true;
    c.sensitivePrefix = "AUTH PLAIN";
    c.barrier = true;
    c.shape = ReplyShape::Sasl;
    c.done = [this](Result<Response> r) {
        if (r && r->status == Response::Status::Continue) {
            // The server wants more although the exchange is complete: cancel it (§4).
            Command cancel;
            cancel.line = "*";
            cancel.barrier = true;
            cancel.shape = ReplyShape::Sasl;
            cancel.done = [this](Result<Response> r2) { onAuthReply(r2, "PLAIN"); };
            enqueue(std::move(cancel));
            return;
        }
        onAuthReply(r, "PLAIN");
    };
    enqueue(std::move(c));
}

void Session::authLogin()
{
    // draft-murchison-sasl-login: the server prompts for the user name, then the password.
    Command c;
    c.line = "AUTH LOGIN";
    c.barrier = true;
    c.shape = ReplyShape::Sasl;
    c.done = [this](Result<Response> r) {
        if (!r)
            return;
        if (r->status != Response::Status::Continue) {
            onAuthReply(r, "LOGIN");
            return;
        }
        Command user;
        user.line = m_options.username.toUtf8().toBase64();
        user.barrier = true;
        user.shape = ReplyShape::Sasl;
        user.done = [this](Result<Response> r2) {
            if (!r2)
                return;
            if (r2->status != Response::Status::Continue) {
                onAuthReply(r2, "LOGIN");
                return;
            }
            Command pass;
            pass.line = m_options.password.toUtf8().toBase64();
            pass.sensitive = true;
            pass.barrier = true;
            pass.shape = ReplyShape::Sasl;
            pass.done = [this](Result<Response> r3) { onAuthReply(r3, "LOGIN"); };
            enqueue(std::move(pass));
        };
        enqueue(std::move(user));
    };
    enqueue(std::move(c));
}

void Session::onAuthReply(const Result<Response> &reply, const QByteArray &mechanism)
{
    if (!reply)
        return;
    if (reply->status == Response::Status::Continue) {
        fail(MailError(MailError::Kind::Protocol, tr("The POP3 server continued a finished login exchange.")));
        return;
    }
    if (!reply->isOk()) {
        fail(authError(*reply));
        return;
    }
    m_authUsed = mechanism;
    qCDebug(lcPop3) << "logged in with" << mechanism;
    setState(State::Transaction);
    m_opening = false;
    Q_EMIT opened();
    pump();
}

MailError Session::authError(const Response &reply) const
{
    const QString server = QString::fromUtf8(reply.text.left(300));
    const QByteArray code = reply.code;
    // RFC 2449 §8.1.1 IN-USE; servers without RESP-CODES say it in words (qpopper,
    // Courier: "maildrop already locked", "mailbox is locked").
    const QByteArray lower = reply.text.toLower();
    if (code == "IN-USE" || (code.isEmpty() && lower.contains("lock"))) {
        return MailError(MailError::Kind::ServerNo,
                         tr("The mailbox is in use by another mail program (the server says: %1). "
                            "Try again when it has finished.").arg(server),
                         QStringLiteral("IN-USE"));
    }
    if (code == "LOGIN-DELAY") // RFC 2449 §8.1.2
        return MailError(MailError::Kind::ServerNo,
                         tr("The server allows logins only at longer intervals (the server says: %1).").arg(server),
                         QString::fromLatin1(code));
    if (code == "SYS/TEMP") // RFC 3206 §4
        return MailError(MailError::Kind::ServerNo,
                         tr("The server has a temporary problem; try again later (the server says: %1).").arg(server),
                         QString::fromLatin1(code));
    if (code == "SYS/PERM")
        return MailError(MailError::Kind::ServerNo,
                         tr("The server has a problem that will not go away by itself (the server says: %1).").arg(server),
                         QString::fromLatin1(code));
    if (code.isEmpty() || code == "AUTH") // RFC 3206 §5: credentials rejected
        return MailError(MailError::Kind::AuthFailed,
                         tr("The user name or password was not accepted (the server says: %1).").arg(server),
                         QString::fromLatin1(code));
    return MailError(MailError::Kind::ServerNo,
                     tr("The POP3 server refused the login: %1").arg(server), QString::fromLatin1(code));
}

} // namespace Pigeon::Pop3
