// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/searchtext.h"

#include "mime/bodyextractor.h"
#include "mime/message.h"

#include <QRegularExpression>
#include <QStringList>

namespace Pigeon::Store {

QString SearchText::normalize(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        const char16_t u = c.unicode();
        if (c.category() == QChar::Mark_NonSpacing) {
            // й/Й = и/И + combining breve: a letter of its own in Russian.
            if (u == 0x0306 && !out.isEmpty() && (out.back() == QChar(0x0438) || out.back() == QChar(0x0418)))
                out.append(c);
            continue;
        }
        switch (u) {
        case 0x0142: out.append(QChar(u'l')); break;  // ł
        case 0x0141: out.append(QChar(u'L')); break;  // Ł
        case 0x064A:                                   // Arabic yeh
        case 0x0649: out.append(QChar(0x06CC)); break; // alef maksura -> Persian yeh
        case 0x0643: out.append(QChar(0x06A9)); break; // Arabic kaf -> Persian keheh
        case 0x0640:                                   // tatweel
        case 0x200C:                                   // zero-width non-joiner
        case 0x200D:
        case 0x00AD: break;                            // soft hyphen
        default: out.append(c);
        }
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString SearchText::bodyText(const QByteArray &message, qsizetype maxChars)
{
    Result<Mime::Message> parsed = Mime::Message::parse(message);
    if (!parsed)
        return {};
    QString text = Mime::BodyExtractor::extract(*parsed).plainText();
    if (text.size() > maxChars)
        text.truncate(maxChars);
    return text;
}

QString SearchText::toFtsQuery(const QString &userQuery)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}\\p{S}]+"));
    const QStringList words = normalize(userQuery).split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &w : words) {
        QString quoted = w;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + quoted + QLatin1String("\"*");
    }
    return terms.join(QLatin1String(" AND "));
}

} // namespace Pigeon::Store
