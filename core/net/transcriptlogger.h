// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Pigeon::Net {

/// Writes the `C: ...` / `S: ...` protocol transcript to lcNetTranscript (debug level).
///
/// The format is the one FakeServer scripts use (tests/transcripts/README.md), so a user's
/// log can become a test. Every client line passes through Redactor; long lines and bulk
/// writes are summarised. Nothing is formatted unless the category is enabled.
class TranscriptLogger
{
public:
    static bool enabled();

    /// Data the client wrote: each line redacted, bulk writes as `C: {N bytes}`.
    static void client(const QString &label, QByteArrayView data);
    /// A write flagged sensitive: only the visible prefix and the mask.
    static void sensitive(const QString &label, QByteArrayView visiblePrefix);
    /// One server line (terminator removed, shortened when long).
    static void serverLine(const QString &label, QByteArrayView line);
    /// A server literal, summarised as `S: {N bytes}`.
    static void serverLiteral(const QString &label, qint64 size);
    /// Free text in the transcript, e.g. `S: {discarded 12 plaintext bytes before TLS}`.
    static void note(const QString &label, char direction, QByteArrayView text);
};

} // namespace Pigeon::Net
