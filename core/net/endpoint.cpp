// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "net/endpoint.h"

namespace Pigeon::Net {

QString securityName(Security security)
{
    switch (security) {
    case Security::None: return QStringLiteral("none");
    case Security::StartTls: return QStringLiteral("starttls");
    case Security::ImplicitTls: return QStringLiteral("tls");
    }
    return QStringLiteral("tls");
}

bool securityFromName(const QString &name, Security *out)
{
    const QString n = name.trimmed().toLower();
    Security s;
    if (n == QLatin1String("none") || n == QLatin1String("plain"))
        s = Security::None;
    else if (n == QLatin1String("starttls") || n == QLatin1String("stls"))
        s = Security::StartTls;
    else if (n == QLatin1String("tls") || n == QLatin1String("ssl") || n == QLatin1String("implicit"))
        s = Security::ImplicitTls;
    else
        return false;
    if (out)
        *out = s;
    return true;
}

} // namespace Pigeon::Net
