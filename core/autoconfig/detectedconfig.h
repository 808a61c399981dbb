// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/account.h"
#include "net/endpoint.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Pigeon::Autoconfig {

/// Where a detected configuration came from (shown to the user as it happens).
enum class ConfigSource {
    ProviderList, ///< Pigeon's built-in list (resources/providers/)
    Autoconfig,   ///< the domain's own config-v1.1.xml over HTTPS
    Srv,          ///< RFC 6186 / RFC 8314 SRV records
    Mx,           ///< the provider that runs the domain's MX host (hosted custom domains)
    Probe,        ///< connecting to the usual host names
};

/// "provider-list", "autoconfig", "srv", "mx", "probe".
QString configSourceName(ConfigSource source);

/// What the user must do at the provider before a mail client may log in.
/// Stored in the provider files as the Pigeon extension <pigeon:access kind="..." url="..."/>.
struct AccessRule {
    enum class Kind {
        None,
        AppPassword, ///< an app-specific password is required (usually with 2FA)
        EnableImap,  ///< IMAP (or mail-client access in general) must be enabled in the web settings
        EnablePop,   ///< POP3 must be enabled in the web settings
        OAuth2Only,  ///< basic authentication is refused; only OAuth2 works
    };
    Kind kind = Kind::None;
    QUrl url; ///< the provider's settings/help page, only when known for certain
    friend bool operator==(const AccessRule &, const AccessRule &) = default;
};

/// "app-password", "enable-imap", "enable-pop", "oauth2-only" ("" for None).
QString accessKindName(AccessRule::Kind kind);
bool accessKindFromName(const QString &name, AccessRule::Kind *out);

/// One server a configuration offers, with the username already resolved for the address.
struct ServerCandidate {
    enum class Protocol { Imap, Pop3, Smtp };
    Protocol protocol = Protocol::Imap;
    QString host;
    quint16 port = 0;
    Net::Security security = Net::Security::ImplicitTls;
    Account::AuthMethod auth = Account::AuthMethod::Auto;
    /// The provider wants OAuth2 (authentication "OAuth2"); Pigeon cannot log in yet.
    bool oauth2 = false;
    QString username;
    /// Plaintext server (socketType "plain"): kept, but the wizard offers it only when the
    /// user insists (Net::Security::None).
    bool insecure() const { return security == Net::Security::None; }
    Account::ServerSettings toServerSettings() const;
    friend bool operator==(const ServerCandidate &, const ServerCandidate &) = default;
};

/// A configuration for one e-mail address as one source found it. Candidates keep the
/// source's order (the first is the source's preference).
struct DetectedConfig {
    ConfigSource source = ConfigSource::ProviderList;
    QString providerId;   ///< emailProvider id="..." (empty for SRV/probing)
    QString displayName;  ///< the provider's display name
    QStringList domains;  ///< the domains the provider file lists
    /// Domains of the provider's mail exchangers (Pigeon extension <pigeon:mx>), so a
    /// custom domain hosted there is recognised by its MX records.
    QStringList mxDomains;
    QList<ServerCandidate> incoming; ///< IMAP and POP3
    QList<ServerCandidate> outgoing; ///< SMTP
    /// What the user must do at the provider first, in the order the wizard shows it.
    QList<AccessRule> access;
    /// Servers the source offered but Pigeon ignored, and why (translated, for the details view).
    QStringList skipped;
    /// The provider file says its data was not checked against an official source.
    bool unverified = false;
    /// Servers were actually reached (probe source, or a verified answer).
    bool verified = false;

    /// At least one secure incoming and one secure outgoing server.
    bool isComplete() const;
    bool hasAccessRule(AccessRule::Kind kind) const;
    /// The first incoming/outgoing candidate that is not plaintext, or nullptr.
    const ServerCandidate *preferredIncoming() const;
    const ServerCandidate *preferredOutgoing() const;
};

} // namespace Pigeon::Autoconfig

Q_DECLARE_METATYPE(Pigeon::Autoconfig::DetectedConfig)
