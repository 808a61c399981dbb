// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/detectedconfig.h"

namespace Pigeon::Autoconfig {

QString configSourceName(ConfigSource source)
{
    switch (source) {
    case ConfigSource::ProviderList: return QStringLiteral("provider-list");
    case ConfigSource::Autoconfig: return QStringLiteral("autoconfig");
    case ConfigSource::Srv: return QStringLiteral("srv");
    case ConfigSource::Mx: return QStringLiteral("mx");
    case ConfigSource::Probe: return QStringLiteral("probe");
    }
    return {};
}

QString accessKindName(AccessRule::Kind kind)
{
    switch (kind) {
    case AccessRule::Kind::None: return {};
    case AccessRule::Kind::AppPassword: return QStringLiteral("app-password");
    case AccessRule::Kind::EnableImap: return QStringLiteral("enable-imap");
    case AccessRule::Kind::EnablePop: return QStringLiteral("enable-pop");
    case AccessRule::Kind::OAuth2Only: return QStringLiteral("oauth2-only");
    }
    return {};
}

bool accessKindFromName(const QString &name, AccessRule::Kind *out)
{
    for (auto k : {AccessRule::Kind::AppPassword, AccessRule::Kind::EnableImap,
                   AccessRule::Kind::EnablePop, AccessRule::Kind::OAuth2Only}) {
        if (name == accessKindName(k)) {
            *out = k;
            return true;
        }
    }
    return false;
}

Account::ServerSettings ServerCandidate::toServerSettings() const
{
    Account::ServerSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.username = username;
    s.auth = auth;
    return s;
}

static const ServerCandidate *firstSecure(const QList<ServerCandidate> &list)
{
    for (const ServerCandidate &c : list) {
        if (!c.insecure())
            return &c;
    }
    return nullptr;
}

const ServerCandidate *DetectedConfig::preferredIncoming() const { return firstSecure(incoming); }
const ServerCandidate *DetectedConfig::preferredOutgoing() const { return firstSecure(outgoing); }

bool DetectedConfig::isComplete() const
{
    return preferredIncoming() && preferredOutgoing();
}

bool DetectedConfig::hasAccessRule(AccessRule::Kind kind) const
{
    for (const AccessRule &rule : access) {
        if (rule.kind == kind)
            return true;
    }
    return false;
}

} // namespace Pigeon::Autoconfig
