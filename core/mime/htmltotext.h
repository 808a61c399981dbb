// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Pigeon::Mime {

/// Plain text of an HTML body, for snippets, search, the CLI and plain-text display
/// preferences. Not a renderer: tags go, block elements become line breaks, script,
/// style and head content is dropped, character references are decoded.
class HtmlToText
{
public:
    static QString convert(QStringView html);
    /// The charset an HTML document declares in <meta charset> or
    /// <meta http-equiv="Content-Type" content="...charset=...">, or empty.
    static QByteArray sniffMetaCharset(QByteArrayView html);
};

} // namespace Pigeon::Mime
