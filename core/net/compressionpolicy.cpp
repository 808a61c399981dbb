// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "net/compressionpolicy.h"

namespace Pigeon::Net {

bool isLocalNetworkAddress(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped); // also unwraps ::ffff:a.b.c.d
    if (mapped) {
        const QHostAddress ipv4(v4);
        static const std::pair<QHostAddress, int> local[] = {
            {QHostAddress(QStringLiteral("127.0.0.0")), 8},   // loopback (RFC 1122)
            {QHostAddress(QStringLiteral("10.0.0.0")), 8},    // RFC 1918
            {QHostAddress(QStringLiteral("172.16.0.0")), 12}, // RFC 1918
            {QHostAddress(QStringLiteral("192.168.0.0")), 16},// RFC 1918
            {QHostAddress(QStringLiteral("169.254.0.0")), 16},// link-local (RFC 3927)
        };
        for (const auto &[subnet, bits] : local)
            if (ipv4.isInSubnet(subnet, bits))
                return true;
        return false;
    }
    // IPv6 from here on (a null address is none of these).
    return address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast();
}

bool shouldCompress(Compression policy, const QHostAddress &peer)
{
    switch (policy) {
    case Compression::On: return true;
    case Compression::Off: return false;
    case Compression::Auto: break;
    }
    return peer.isNull() || !isLocalNetworkAddress(peer);
}

QString compressionName(Compression policy)
{
    switch (policy) {
    case Compression::On: return QStringLiteral("on");
    case Compression::Off: return QStringLiteral("off");
    case Compression::Auto: break;
    }
    return QStringLiteral("auto");
}

bool compressionFromName(const QString &name, Compression *out)
{
    for (Compression c : {Compression::Auto, Compression::On, Compression::Off}) {
        if (name == compressionName(c)) {
            *out = c;
            return true;
        }
    }
    return false;
}

} // namespace Pigeon::Net
