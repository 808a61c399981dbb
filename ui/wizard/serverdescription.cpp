// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/serverdescription.h"

namespace Pigeon::Ui {

QString ServerDescription::securityLabel(Net::Security security)
{
    switch (security) {
    case Net::Security::None: return tr("None (unencrypted)");
    case Net::Security::StartTls: return tr("STARTTLS");
    case Net::Security::ImplicitTls: return tr("SSL/TLS");
    }
    return {};
}

QString ServerDescription::authLabel(Account::AuthMethod method)
{
    switch (method) {
    case Account::AuthMethod::Auto: return tr("Automatic (the strongest the server offers)");
    case Account::AuthMethod::Plain: return tr("Normal password (SASL PLAIN)");
    case Account::AuthMethod::Login: return tr("Normal password (LOGIN)");
    case Account::AuthMethod::CramMd5: return tr("Encrypted password (CRAM-MD5)");
    case Account::AuthMethod::Cleartext: return tr("Protocol login command (IMAP LOGIN, POP3 USER/PASS)");
    }
    return {};
}

QString ServerDescription::server(const Account::ServerSettings &s, quint16 effectivePort)
{
    return tr("%1, port %2, %3, user name %4")
        .arg(s.host)
        .arg(effectivePort)
        .arg(securityLabel(s.security), s.username);
}

QString ServerDescription::foundWhere(const Autoconfig::DetectedConfig &config)
{
    const QString provider = config.displayName.isEmpty() ? config.providerId : config.displayName;
    using Autoconfig::ConfigSource;
    switch (config.source) {
    case ConfigSource::ProviderList:
        return config.unverified
                   ? tr("Found in Pigeon's list of providers (%1); this entry is not confirmed by the provider.").arg(provider)
                   : tr("Found in Pigeon's list of providers (%1).").arg(provider);
    case ConfigSource::Autoconfig:
        return tr("Found in the settings file the domain publishes over HTTPS (%1).").arg(provider);
    case ConfigSource::Srv: return tr("Found in the domain's DNS service records (RFC 6186).");
    case ConfigSource::Mx:
        return tr("Found through the domain's mail exchanger, which belongs to %1.").arg(provider);
    case ConfigSource::Probe: return tr("Found by trying the usual server names; the servers answered.");
    }
    return {};
}

} // namespace Pigeon::Ui
