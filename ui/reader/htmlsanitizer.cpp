// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/reader/htmlsanitizer.h"

#include <QRegularExpression>

namespace Pigeon::Ui {

QString HtmlSanitizer::sanitize(const QString &html)
{
    using RE = QRegularExpression;
    static const RE withContent(
        QStringLiteral("<(script|iframe|object|embed|applet|noscript|template)\\b.*?</\\1\\s*>"),
        RE::CaseInsensitiveOption | RE::DotMatchesEverythingOption);
    static const RE single(QStringLiteral("<\\s*/?\\s*(script|iframe|object|embed|applet|base|link|meta|frame|"
                                          "frameset|input|button|select|textarea|form)\\b[^>]*>"),
                           RE::CaseInsensitiveOption);
    static const RE events(QStringLiteral("\\s+on[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
                           RE::CaseInsensitiveOption);
    static const RE badUrl(QStringLiteral("(href|src|action)\\s*=\\s*([\"']?)\\s*(javascript|vbscript|data\\s*:\\s*text)"
                                          "[^\"'>\\s]*"),
                           RE::CaseInsensitiveOption);
    QString out = html;
    out.remove(withContent);
    out.remove(single);
    out.remove(events);
    out.replace(badUrl, QStringLiteral("\\1=\\2#blocked"));
    return out;
}

} // namespace Pigeon::Ui
