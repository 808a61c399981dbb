// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QString>

namespace Pigeon::Ui {

/// Plain-text mail as HTML for the reader: escaped (the text can never become markup),
/// quoted lines ("> ", ">> "...) indented and coloured by level, URLs and mail
/// addresses clickable, line breaks and runs of spaces kept.
class PlainTextRenderer
{
public:
    static QString toHtml(const QString &text);
    /// Quote level of a line: the number of leading '>' (blanks between them allowed).
    static int quoteLevel(const QString &line);
    /// Escapes @p text and turns http(s)/ftp/www./mailto: references into links.
    static QString linkify(const QString &text);
};

} // namespace Pigeon::Ui
