// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/flowedtext.h"

#include <QStringList>

namespace Pigeon::Mime {

QString FlowedText::decode(const QString &text, bool delSp)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = normalised.split(QLatin1Char('\n'));
    QString out;
    out.reserve(normalised.size());
    QString paragraph;
    int paragraphDepth = -1; // -1: no open paragraph

    auto flush = [&](int depth, const QString &content) {
        if (depth > 0)
            out += QString(depth, QLatin1Char('>')) + QLatin1Char(' ');
        out += content;
        out += QLatin1Char('\n');
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (i == lines.size() - 1 && line.isEmpty())
            break; // the text ended with a line break
        int depth = 0;
        while (depth < line.size() && line[depth] == QLatin1Char('>'))
            ++depth;
        line.remove(0, depth);
        if (line.startsWith(QLatin1Char(' ')))
            line.remove(0, 1); // space stuffing, or the space after the quote marks
        const bool signature = (line == QLatin1String("-- "));
        const bool flowed = !signature && line.endsWith(QLatin1Char(' '));
        if (paragraphDepth >= 0 && depth != paragraphDepth) {
            // Quote depth changed under a flowed line: §4.5 says treat it as fixed.
            flush(paragraphDepth, paragraph);
            paragraph.clear();
            paragraphDepth = -1;
        }
        if (flowed && delSp)
            line.chop(1);
        paragraph += line;
        paragraphDepth = depth;
        if (!flowed) {
            flush(depth, paragraph);
            paragraph.clear();
            paragraphDepth = -1;
        }
    }
    if (paragraphDepth >= 0)
        flush(paragraphDepth, paragraph);
    return out;
}

} // namespace Pigeon::Mime
