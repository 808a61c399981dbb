// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "app/cli/clicommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Pigeon::Cli {

int exitCodeFor(const MailError &error)
{
    using K = MailError::Kind;
    switch (error.kind()) {
    case K::None: return ExitOk;
    case K::NotFound: return ExitNotFound;
    case K::InvalidInput: return ExitUsage;
    case K::HostNotFound:
    case K::ConnectionRefused:
    case K::Timeout:
    case K::Network: return ExitNetwork;
    case K::AuthFailed:
    case K::Keychain:
    case K::InsecureAuthRefused: return ExitAuth;
    case K::Tls:
    case K::UntrustedCertificate:
    case K::StartTlsUnavailable: return ExitTls;
    default: return ExitFailure;
    }
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    out().flush();
    err().flush();
    // Queued, so a command may finish from inside start() before anyone is connected.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void CliCommand::fail(const MailError &error)
{
    if (m_context.json) {
        QJsonObject o{{QStringLiteral("error"), MailError::kindName(error.kind())},
                      {QStringLiteral("message"), error.text()}};
        if (!error.serverCode().isEmpty())
            o.insert(QStringLiteral("serverCode"), error.serverCode());
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    }
    err() << "pigeon-cli: " << error.text();
    if (!error.serverCode().isEmpty())
        err() << " (" << error.serverCode() << ')';
    err() << '\n';
    finish(exitCodeFor(error));
}

void CliCommand::usageError(const QString &message)
{
    err() << "pigeon-cli " << name() << ": " << message << "\n\n" << usage() << '\n';
    finish(ExitUsage);
}

} // namespace Pigeon::Cli
