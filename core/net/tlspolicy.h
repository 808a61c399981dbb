// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QList>
#include <QString>

namespace Pigeon::Net {

/// A certificate the user accepted for one host despite verification errors.
struct PinnedCertificate {
    QString host;
    QString sha256; ///< lower-case hex of the DER certificate's SHA-256
    friend bool operator==(const PinnedCertificate &, const PinnedCertificate &) = default;
};

/// Per-account trust settings, stored with the account.
struct TlsPolicy {
    /// PEM file with CA certificates trusted in addition to the system's (company CA).
    QString extraCaFile;
    QList<PinnedCertificate> pinned;
    /// Allows sending passwords over an unencrypted connection. Off unless the user
    /// turned it on explicitly for this account.
    bool allowInsecureAuth = false;
};

} // namespace Pigeon::Net
