// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/connectionerrortext.h"

namespace Pigeon::Ui {

QString ConnectionErrorText::protocolLabel(Autoconfig::ProbeProtocol protocol)
{
    switch (protocol) {
    case Autoconfig::ProbeProtocol::Imap: return QStringLiteral("IMAP");
    case Autoconfig::ProbeProtocol::Pop3: return QStringLiteral("POP3");
    case Autoconfig::ProbeProtocol::Smtp: return QStringLiteral("SMTP");
    }
    return {};
}

QString ConnectionErrorText::explain(const Autoconfig::ProbeResult &result)
{
    using K = MailError::Kind;
    const QString host = result.endpoint.host;
    const QString port = QString::number(result.endpoint.port);
    const QString server = result.error.text();
    switch (result.error.kind()) {
    case K::None: return {};
    case K::AuthFailed:
        return tr("The server %1 refused the user name or password. Check both; the server said: “%2”")
            .arg(host, server);
    case K::HostNotFound:
        return tr("The server name %1 was not found. Check its spelling and your internet connection.").arg(host);
    case K::ConnectionRefused:
        return tr("%1 refused the connection on port %2. The port or the security setting is probably wrong.")
            .arg(host, port);
    case K::Timeout:
        return tr("%1 did not answer on port %2 in time. The server may be down, or a firewall blocks the port.")
            .arg(host, port);
    case K::UntrustedCertificate:
        return tr("The certificate of %1 could not be verified, so the connection may not be private. "
                  "Look at the certificate below and trust it only if you know it is right.")
            .arg(host);
    case K::StartTlsUnavailable:
        return tr("%1 does not support the chosen security (STARTTLS) on port %2. Choose SSL/TLS on its own "
                  "port, or ask your provider.")
            .arg(host, port);
    case K::Tls:
        return tr("A secure connection to %1 on port %2 could not be made: %3. The server may expect another "
                  "security setting on this port.")
            .arg(host, port, server);
    case K::InsecureAuthRefused:
        return tr("%1 would receive your password unencrypted. Choose STARTTLS or SSL/TLS, or allow sending "
                  "the password unencrypted in the manual settings.")
            .arg(host);
    case K::Protocol:
    case K::ServerBad:
    case K::ServerNo:
    case K::ServerBye:
        return tr("%1 did not answer like a %2 server: %3. Check the port and the server type.")
            .arg(host, protocolLabel(result.protocol), server);
    case K::Cancelled: return tr("The test was stopped.");
    default: break;
    }
    return tr("The connection to %1 failed: %2").arg(host, server);
}

} // namespace Pigeon::Ui
