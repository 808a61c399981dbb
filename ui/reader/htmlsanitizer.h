// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QString>

namespace Pigeon::Ui {

/// Prepares mail HTML for QTextBrowser. QTextBrowser runs no scripts and every
/// resource goes through MessageBrowser::loadResource (the real gate for remote
/// content); this removes what is dangerous or useless there anyway, as a second
/// line: active elements (script, iframe, object, embed, applet, form controls),
/// <base>, <link>, <meta>, on* event attributes and javascript:/vbscript:/data:text
/// URLs in links.
class HtmlSanitizer
{
public:
    static QString sanitize(const QString &html);
};

} // namespace Pigeon::Ui
