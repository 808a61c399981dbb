// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "net/certificateinfo.h"
#include "net/endpoint.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Pigeon::Autoconfig {

/// The mail protocols a server probe speaks.
enum class ProbeProtocol { Imap, Pop3, Smtp };

/// "imap", "pop3", "smtp" (also the transcript label).
QString probeProtocolName(ProbeProtocol protocol);

/// A user name and password to check. Only ever sent with Transport::sendSensitive().
struct ProbeCredentials {
    /// How to log in. Automatic picks SASL PLAIN when offered, else the protocol's own
    /// command (IMAP LOGIN, POP3 USER/PASS) or, for SMTP, SASL LOGIN.
    enum class Method {
        Automatic,
        SaslPlain,     ///< RFC 4616 (IMAP AUTHENTICATE, POP3 AUTH, SMTP AUTH)
        SaslLogin,     ///< the non-standard LOGIN mechanism (SMTP only)
        ProtocolLogin, ///< IMAP LOGIN (RFC 9051 §6.2.3), POP3 USER/PASS (RFC 1939 §7)
    };
    QString user;
    QString password;
    Method method = Method::Automatic;
};

/// What a ServerProbe found out about one server.
struct ProbeResult {
    ProbeProtocol protocol = ProbeProtocol::Imap;
    Net::Endpoint endpoint;

    bool connected = false;        ///< the greeting arrived
    QString greeting;              ///< the server's greeting line (text part)
    bool encrypted = false;        ///< the connection was TLS when the probe ended
    bool startTlsOffered = false;  ///< STARTTLS/STLS announced on the plain connection
    bool startTlsUsed = false;     ///< the connection was upgraded with STARTTLS/STLS
    Net::CertificateInfo certificate; ///< the server's certificate when TLS was used

    /// Capabilities as announced before TLS (IMAP CAPABILITY atoms, POP3 CAPA lines,
    /// SMTP EHLO keywords with their parameters), upper-cased keyword first.
    QStringList capabilitiesBeforeTls;
    /// Capabilities as finally announced (after TLS when TLS was used; for IMAP the
    /// pre-login list, postLoginCapabilities has the list after login).
    QStringList capabilities;
    QStringList postLoginCapabilities;
    /// SASL mechanisms the server offers (IMAP AUTH=, POP3 SASL, SMTP AUTH), upper case.
    QStringList authMechanisms;
    /// The server refuses a plaintext login on this connection (IMAP LOGINDISABLED,
    /// POP3 without USER/SASL, SMTP without AUTH before STARTTLS).
    bool loginDisabled = false;

    bool loginAttempted = false;   ///< a secret was actually handed to the transport
    bool loginSucceeded = false;
    QString authMechanismUsed;     ///< "PLAIN", "LOGIN", "USER" (POP3 USER/PASS), "IMAP LOGIN"

    /// None when the probe did everything it was asked; otherwise the first failure:
    /// AuthFailed (with the server's text and code), StartTlsUnavailable,
    /// UntrustedCertificate (payload: Net::CertificateInfo), InsecureAuthRefused, ...
    MailError error;

    bool ok() const { return !error.isError(); }
    bool hasCapability(const QString &keyword) const;
};

} // namespace Pigeon::Autoconfig

Q_DECLARE_METATYPE(Pigeon::Autoconfig::ProbeResult)
