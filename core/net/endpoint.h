// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "net/tlspolicy.h"

#include <QString>

namespace Pigeon::Net {

/// How a connection is secured (RFC 8314 calls implicit TLS the preferred way).
enum class Security {
    None,        ///< plaintext; only when the user insists on the manual page
    StartTls,    ///< plain connect, then STARTTLS/STLS; refusing the upgrade is an error
    ImplicitTls, ///< TLS from the first byte (993, 995, 465)
};

/// Where and how to connect.
struct Endpoint {
    QString host;
    quint16 port = 0;
    Security security = Security::ImplicitTls;
    TlsPolicy tls;
};

QString securityName(Security security);          ///< "none", "starttls", "tls"
bool securityFromName(const QString &name, Security *out);

} // namespace Pigeon::Net
