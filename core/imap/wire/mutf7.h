// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace Pigeon::Imap::MUtf7 {

/// Encodes a mailbox name in modified UTF-7 (RFC 3501 §5.1.3): printable ASCII as
/// itself, "&" as "&-", everything else as UTF-16BE in modified BASE64 between "&" and "-".
QByteArray encode(QStringView name);

/// Decodes modified UTF-7; nullopt for anything RFC 3501 §5.1.3 forbids: 8-bit or
/// control bytes, a shift without its "-", bad BASE64, non-zero padding bits, odd
/// UTF-16 lengths, unpaired surrogates, and printable ASCII hidden in BASE64.
std::optional<QString> decode(QByteArrayView encoded);

} // namespace Pigeon::Imap::MUtf7
