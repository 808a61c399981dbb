// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/serverprobe.h"

#include "autoconfig/imapprobedialect.h"
#include "autoconfig/pop3probedialect.h"
#include "autoconfig/smtpprobedialect.h"
#include "common/logging.h"
#include "net/ssltransport.h"

namespace Pigeon::Autoconfig {

ServerProbe::ServerProbe(QObject *parent)
    : QObject(parent)
    , m_factory([] { return std::make_unique<Net::SslTransport>(); })
{
    qRegisterMetaType<Pigeon::Autoconfig::ProbeResult>();
}

ServerProbe::~ServerProbe()
{
    if (m_transport) {
        m_transport->disconnect(this);
        if (m_transport->state() != Net::Transport::State::Disconnected)
            m_transport->abort();
    }
}

void ServerProbe::setTransportFactory(TransportFactory factory)
{
    m_factory = std::move(factory);
}

void ServerProbe::setEhloName(const QString &name)
{
    m_ehloName = name;
}

void ServerProbe::setTimeouts(int connectMs, int replyMs)
{
    m_connectTimeoutMs = connectMs;
    m_replyTimeoutMs = replyMs;
}

void ServerProbe::start(const Net::Endpoint &endpoint, ProbeProtocol protocol,
                        std::optional<ProbeCredentials> credentials)
{
    if (m_running || m_finished) {
        qCWarning(lcAutoconfig, "ServerProbe::start() called twice; use a new probe");
        return;
    }
    m_running = true;
    m_result = ProbeResult();
    m_result.protocol = protocol;
    m_result.endpoint = endpoint;
    m_credentials = std::move(credentials);

    ProbeDialect::Host &host = *this; // a private base: convertible only in here
    switch (protocol) {
    case ProbeProtocol::Imap:
        m_dialect = std::make_unique<ImapProbeDialect>(host);
        break;
    case ProbeProtocol::Pop3:
        m_dialect = std::make_unique<Pop3ProbeDialect>(host);
        break;
    case ProbeProtocol::Smtp:
        m_dialect = std::make_unique<SmtpProbeDialect>(host, m_ehloName.toUtf8());
        break;
    }

    m_transport = m_factory();
    m_transport->setTranscriptLabel(probeProtocolName(protocol));
    Net::Transport::Limits limits = m_transport->limits();
    limits.connectTimeoutMs = m_connectTimeoutMs;
    limits.readTimeoutMs = m_replyTimeoutMs;
    // Greetings and capability lists are short; a server sending megabytes is broken.
    limits.maxLineLength = 64 * 1024;
    limits.maxLiteralSize = 0;
    m_transport->setLimits(limits);
    connect(m_transport.get(), &Net::Transport::connected, this, &ServerProbe::onConnected);
    connect(m_transport.get(), &Net::Transport::encrypted, this, &ServerProbe::onEncrypted);
    connect(m_transport.get(), &Net::Transport::lineReceived, this, &ServerProbe::onLine);
    connect(m_transport.get(), &Net::Transport::errorOccurred, this, &ServerProbe::onError);
    connect(m_transport.get(), &Net::Transport::disconnected, this, &ServerProbe::onDisconnected);
    qCDebug(lcAutoconfig).noquote() << "probing" << probeProtocolName(protocol) << endpoint.host
                                    << endpoint.port << Net::securityName(endpoint.security);
    m_transport->connectToServer(endpoint);
}

void ServerProbe::cancel()
{
    if (!m_running || m_finished)
        return;
    finish(MailError(MailError::Kind::Cancelled, tr("The connection test was cancelled.")));
}

void ServerProbe::onConnected()
{
    noteTlsState();
    m_transport->setAwaitingReply(true); // the greeting
}

void ServerProbe::onEncrypted()
{
    noteTlsState();
    if (!m_finished)
        m_dialect->encrypted();
}

void ServerProbe::onLine(const QByteArray &line)
{
    if (m_finished)
        return;
    QByteArray text = line;
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    m_dialect->lineReceived(text);
}

void ServerProbe::onError(const MailError &error)
{
    // After the logout the server may close while the reply is still awaited.
    if (m_closeExpected && error.kind() == MailError::Kind::Network) {
        finish(m_closeOutcome);
        return;
    }
    finish(error);
}

void ServerProbe::onDisconnected()
{
    if (m_closeExpected) {
        finish(m_closeOutcome);
        return;
    }
    finish(MailError(MailError::Kind::Network, tr("The server closed the connection unexpectedly.")));
}

void ServerProbe::noteTlsState()
{
    if (!m_transport)
        return;
    m_result.encrypted = m_transport->isEncrypted();
    if (m_result.encrypted && m_result.certificate.isNull()) {
        const QSslCertificate cert = m_transport->peerCertificate();
        if (!cert.isNull())
            m_result.certificate = Net::CertificateInfo::fromCertificate(cert, m_result.endpoint.host);
    }
}

void ServerProbe::finish(const MailError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    noteTlsState();
    m_result.error = error;
    if (m_transport) {
        // The transport stays alive until the probe is destroyed: finish() may run inside
        // one of its signals.
        m_transport->disconnect(this);
        if (m_transport->state() != Net::Transport::State::Disconnected) {
            if (error.isError())
                m_transport->abort();
            else
                m_transport->close();
        }
    }
    if (error.isError())
        qCDebug(lcAutoconfig).noquote() << "probe failed:" << error.toString();
    Q_EMIT finished(m_result);
}

// ProbeDialect::Host

void ServerProbe::sendLine(const QByteArray &line)
{
    const QByteArray data = line + "\r\n";
    m_transport->send(data);
    m_transport->setAwaitingReply(true);
}

bool ServerProbe::sendSecretLine(const QByteArray &line, const QByteArray &visiblePrefix)
{
    QByteArray data = line;
    data += "\r\n";
    const Result<void> sent = m_transport->sendSensitive(data, visiblePrefix);
    data.fill('\0');
    if (!sent) {
        finish(sent.error());
        return false;
    }
    m_result.loginAttempted = true;
    m_transport->setAwaitingReply(true);
    return true;
}

void ServerProbe::startTls()
{
    m_transport->startTls();
}

bool ServerProbe::isEncrypted() const
{
    return m_transport && m_transport->isEncrypted();
}

void ServerProbe::expectClose(const MailError &outcome)
{
    m_closeExpected = true;
    m_closeOutcome = outcome;
}

void ServerProbe::succeed()
{
    finish(MailError());
}

void ServerProbe::fail(const MailError &error)
{
    finish(error);
}

} // namespace Pigeon::Autoconfig
