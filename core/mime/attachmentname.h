// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QString>

namespace Pigeon::Mime {

/// Makes attachment names safe to show and to use as file names.
class AttachmentName
{
public:
    /// A file name that cannot escape the target folder or deceive the reader:
    /// only the last path component is kept ("../../.bashrc" -> "bashrc"), control
    /// characters, bidi overrides/isolates (U+202E...) and zero-width characters are
    /// removed, characters Windows forbids become '_', leading dots and trailing dots or
    /// blanks go, reserved device names (CON, NUL, COM1...) get a '_' prefix, and the
    /// name is cut to 255 UTF-8 bytes keeping the extension. An empty result becomes
    /// "attachment" plus the usual extension of @p mimeType.
    static QString sanitise(const QString &name, const QByteArray &mimeType = {});

    /// True when opening a file of this name or type could run code (exe, scr, bat,
    /// js, vbs, jar, sh, desktop, msi, ...); the reader asks before opening one.
    /// Judge the sanitised name: a hidden U+202E cannot make "gnp.exe" look like ".png".
    static bool isExecutable(const QString &fileName, const QByteArray &mimeType = {});

    /// The name a part is shown and saved under: its own file name, else the subject
    /// of an embedded message plus ".eml", else a name from its type; sanitised.
    static QString displayName(const QString &fileName, const QByteArray &mimeType,
                               const QString &embeddedSubject = {});
};

} // namespace Pigeon::Mime
