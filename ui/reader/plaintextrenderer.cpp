// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/reader/plaintextrenderer.h"

#include <QRegularExpression>
#include <QStringList>

namespace Pigeon::Ui {

int PlainTextRenderer::quoteLevel(const QString &line)
{
    int level = 0;
    for (QChar c : line) {
        if (c == QLatin1Char('>'))
            ++level;
        else if (c != QLatin1Char(' '))
            break;
    }
    return level;
}

QString PlainTextRenderer::linkify(const QString &text)
{
    static const QRegularExpression url(
        QStringLiteral("((?:https?|ftp)://[^\\s<>\"]+|www\\.[^\\s<>\"]+|mailto:[^\\s<>\"]+|"
                       "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = url.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString target = m.captured(1);
        // Trailing punctuation belongs to the sentence, not to the address.
        while (!target.isEmpty() && QStringLiteral(".,;:!?)]}'").contains(target.back()))
            target.chop(1);
        out += text.mid(last, m.capturedStart(1) - last).toHtmlEscaped();
        QString href = target;
        if (href.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
            href.prepend(QLatin1String("http://"));
        else if (!href.contains(QLatin1String("://")) && !href.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            href.prepend(QLatin1String("mailto:"));
        out += QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), target.toHtmlEscaped());
        last = m.capturedStart(1) + target.size();
    }
    out += text.mid(last).toHtmlEscaped();
    return out;
}

QString PlainTextRenderer::toHtml(const QString &text)
{
    static const char *const colours[] = {"#1565c0", "#2e7d32", "#ad1457", "#6a1b9a", "#ef6c00"};
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap;\">");
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const int level = quoteLevel(line);
        if (level == 0) {
            // An empty paragraph collapses in QTextDocument; a no-break space keeps the blank line.
            html += QStringLiteral("<p style=\"margin:0px;\">")
                + (line.isEmpty() ? QStringLiteral("&nbsp;") : linkify(line)) + QStringLiteral("</p>");
            continue;
        }
        // Strip the markers; the indentation and colour show the level instead.
        qsizetype i = 0;
        for (int seen = 0; i < line.size() && seen < level; ++i)
            if (line[i] == QLatin1Char('>'))
                ++seen;
        if (i < line.size() && line[i] == QLatin1Char(' '))
            ++i;
        html += QStringLiteral("<p class=\"quote%1\" style=\"margin:0px; margin-left:%2px; color:%3;\">")
                    .arg(level)
                    .arg(level * 16)
                    .arg(QLatin1String(colours[(level - 1) % 5]))
            + QStringLiteral("\u2503 ").repeated(1) + linkify(line.mid(i)) + QStringLiteral("</p>");
    }
    html += QStringLiteral("</div>");
    return html;
}

} // namespace Pigeon::Ui
