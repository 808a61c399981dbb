// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/connectioncheck.h"

#include "autoconfig/serverprobe.h"

namespace Pigeon::Autoconfig {

ConnectionCheck::ConnectionCheck(QObject *parent) : QObject(parent) {}

ConnectionCheck::~ConnectionCheck()
{
    stopProbes();
}

void ConnectionCheck::setTimeouts(int connectMs, int replyMs)
{
    m_connectMs = connectMs;
    m_replyMs = replyMs;
}

ProbeCredentials::Method ConnectionCheck::methodFor(Account::AuthMethod auth, ProbeProtocol protocol)
{
    using M = ProbeCredentials::Method;
    switch (auth) {
    case Account::AuthMethod::Auto: return M::Automatic;
    case Account::AuthMethod::Plain: return M::SaslPlain;
    // SASL LOGIN exists only in the SMTP probe; IMAP and POP3 servers that offer it also
    // accept their own login command, which carries the same secret.
    case Account::AuthMethod::Login: return protocol == ProbeProtocol::Smtp ? M::SaslLogin : M::ProtocolLogin;
    // The probe speaks no CRAM-MD5: check the password with the strongest it has.
    case Account::AuthMethod::CramMd5: return M::Automatic;
    case Account::AuthMethod::Cleartext: return protocol == ProbeProtocol::Smtp ? M::SaslLogin : M::ProtocolLogin;
    }
    return M::Automatic;
}

ProbeProtocol ConnectionCheck::incomingProtocolOf(Account::IncomingProtocol protocol)
{
    return protocol == Account::IncomingProtocol::Pop3 ? ProbeProtocol::Pop3 : ProbeProtocol::Imap;
}

void ConnectionCheck::start(const Account::Account &account, const QString &password)
{
    stopProbes();
    m_incoming = ProbeResult();
    m_outgoing = ProbeResult();
    m_pending = 2;
    m_incomingProbe = startProbe(account.incomingEndpoint(), incomingProtocolOf(account.protocol),
                                 account.incoming, password);
    m_outgoingProbe = startProbe(account.outgoingEndpoint(), ProbeProtocol::Smtp, account.outgoing, password);
}

ServerProbe *ConnectionCheck::startProbe(const Net::Endpoint &endpoint, ProbeProtocol protocol,
                                         const Account::ServerSettings &server, const QString &password)
{
    auto *probe = new ServerProbe(this);
    probe->setTimeouts(m_connectMs, m_replyMs);
    const bool incoming = protocol != ProbeProtocol::Smtp;
    connect(probe, &ServerProbe::finished, this, [this, probe, incoming](const ProbeResult &result) {
        probe->deleteLater();
        (incoming ? m_incomingProbe : m_outgoingProbe) = nullptr;
        (incoming ? m_incoming : m_outgoing) = result;
        Q_EMIT(incoming ? incomingFinished(result) : outgoingFinished(result));
        if (--m_pending == 0)
            Q_EMIT finished(ok());
    });
    probe->start(endpoint, protocol, ProbeCredentials{server.username, password, methodFor(server.auth, protocol)});
    return probe;
}

void ConnectionCheck::stopProbes()
{
    for (ServerProbe *probe : {m_incomingProbe, m_outgoingProbe}) {
        if (!probe)
            continue;
        probe->disconnect(this);
        probe->cancel();
        probe->deleteLater();
    }
    m_incomingProbe = m_outgoingProbe = nullptr;
}

void ConnectionCheck::cancel()
{
    if (m_pending == 0)
        return;
    stopProbes();
    m_pending = 0;
    const MailError cancelled(MailError::Kind::Cancelled, tr("Cancelled."));
    if (!m_incoming.error.isError() && !m_incoming.loginSucceeded)
        m_incoming.error = cancelled;
    if (!m_outgoing.error.isError() && !m_outgoing.loginSucceeded)
        m_outgoing.error = cancelled;
    Q_EMIT finished(false);
}

} // namespace Pigeon::Autoconfig
