// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Pigeon {

/// Masks credentials in protocol lines before they reach a log.
///
/// The transport logs lines that callers flag as sensitive only by their visible
/// prefix; this class is the second line of defence for every other client line, so
/// a command that carries a secret can never be logged in full by mistake.
class Redactor
{
public:
    /// The mask written in place of a secret.
    static QByteArray mask();

    /// Returns @p line (one client command, CRLF optional) with any credential masked:
    /// IMAP `LOGIN user pass` and `AUTHENTICATE mech initial-response`, POP3 `PASS`,
    /// `APOP` and `AUTH mech ir`, SMTP `AUTH mech ir`. Other lines come back unchanged.
    static QByteArray redactClientLine(QByteArrayView line);

    /// Builds the logged form of a line the caller flagged as sensitive: the visible
    /// prefix (e.g. "a1 LOGIN alice") followed by the mask.
    static QByteArray sensitive(QByteArrayView visiblePrefix);
};

} // namespace Pigeon
