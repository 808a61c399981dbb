// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/probedialect.h"

#include <QCoreApplication>

namespace Pigeon::Autoconfig {

bool ProbeDialect::wantsStartTls() const
{
    return m_host.probeResult().endpoint.security == Net::Security::StartTls;
}

void ProbeDialect::noteStartTlsDone()
{
    result().startTlsUsed = true;
    result().encrypted = true;
}

QByteArray ProbeDialect::saslPlainResponse() const
{
    // RFC 4616 §2: message = [authzid] UTF8NUL authcid UTF8NUL passwd
    QByteArray raw;
    raw += '\0';
    raw += credentials().user.toUtf8();
    raw += '\0';
    raw += credentials().password.toUtf8();
    QByteArray encoded = raw.toBase64();
    raw.fill('\0'); // do not leave the clear secret in a freed heap block
    return encoded;
}

QByteArray ProbeDialect::base64(const QString &text)
{
    return text.toUtf8().toBase64();
}

MailError ProbeDialect::startTlsUnavailable() const
{
    return MailError(MailError::Kind::StartTlsUnavailable,
                     QCoreApplication::translate(
                         "Pigeon::Autoconfig::ServerProbe",
                         "The server does not offer STARTTLS, which this account requires. "
                         "Nothing was sent without encryption."));
}

MailError ProbeDialect::protocolError(const QByteArray &line) const
{
    return MailError(MailError::Kind::Protocol,
                     QCoreApplication::translate("Pigeon::Autoconfig::ServerProbe",
                                                 "The server sent an unexpected reply: %1")
                         .arg(QString::fromUtf8(line.left(200))));
}

} // namespace Pigeon::Autoconfig
