// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "common/mailerror.h"

namespace Pigeon {

QString MailError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::HostNotFound: return QStringLiteral("host-not-found");
    case Kind::ConnectionRefused: return QStringLiteral("connection-refused");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::UntrustedCertificate: return QStringLiteral("untrusted-certificate");
    case Kind::StartTlsUnavailable: return QStringLiteral("starttls-unavailable");
    case Kind::InsecureAuthRefused: return QStringLiteral("insecure-auth-refused");
    case Kind::AuthFailed: return QStringLiteral("auth-failed");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::LimitExceeded: return QStringLiteral("limit-exceeded");
    case Kind::ServerNo: return QStringLiteral("server-no");
    case Kind::ServerBad: return QStringLiteral("server-bad");
    case Kind::ServerBye: return QStringLiteral("server-bye");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Io: return QStringLiteral("io");
    case Kind::DiskFull: return QStringLiteral("disk-full");
    case Kind::Parse: return QStringLiteral("parse");
    case Kind::Keychain: return QStringLiteral("keychain");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::InvalidInput: return QStringLiteral("invalid-input");
    case Kind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

QString MailError::toString() const
{
    QString s = kindName(m_kind) + QStringLiteral(": ") + m_text;
    if (!m_serverCode.isEmpty())
        s += QStringLiteral(" [") + m_serverCode + QLatin1Char(']');
    return s;
}

} // namespace Pigeon
