// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QHostAddress>
#include <QString>

namespace Pigeon::Net {

/// Whether to compress a connection (IMAP COMPRESS=DEFLATE, RFC 4978) when the server
/// offers it; a per-account choice.
enum class Compression {
    Auto, ///< only when the server is not on this machine or the local network
    On,   ///< whenever the server offers it
    Off,  ///< never
};

/// Loopback, RFC 1918 private IPv4, IPv4 and IPv6 link-local, IPv6 unique local
/// (RFC 4193): addresses of this machine or its local network. IPv4-mapped IPv6
/// addresses count as their IPv4 address. Shared address space (100.64/10, carrier
/// NAT) does not: the carrier's link behind it may be slow.
bool isLocalNetworkAddress(const QHostAddress &address);

/// The decision for a connection to @p peer. Auto compresses for the internet and not
/// for a local peer: on loopback or a LAN the link is faster than DEFLATE (level 6 on
/// the server, inflate here), so compressing costs CPU and time (docs/PERFORMANCE.md:
/// "download all" of 578 MB took 29-43 s compressed vs 8 s plain on loopback), while over
/// a slow link text shrinks ~10:1. An unknown peer (null address) counts as remote.
bool shouldCompress(Compression policy, const QHostAddress &peer);

QString compressionName(Compression policy); ///< "auto", "on", "off"
bool compressionFromName(const QString &name, Compression *out);

} // namespace Pigeon::Net
