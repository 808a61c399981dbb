// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/wire/messagedata.h"

#include <QByteArray>

#include <optional>

namespace Pigeon::Sync {

/// Stores a BODYSTRUCTURE (RFC 9051 §7.5.2) in the cache and reads it back, so a
/// message opened once shows its parts and attachment list offline. A versioned
/// QDataStream of the fields the part logic uses (types, parameters, encoding, size,
/// disposition, Content-ID, children); an embedded message's envelope is not kept.
class BodyStructureCodec
{
public:
    static QByteArray encode(const Imap::BodyPart &root);
    /// std::nullopt for bytes that are not an encoding of this version (or damaged).
    static std::optional<Imap::BodyPart> decode(const QByteArray &bytes);
};

} // namespace Pigeon::Sync
