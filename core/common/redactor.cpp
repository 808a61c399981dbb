// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "common/redactor.h"

#include <QList>

namespace Pigeon {

namespace {

QByteArray upper(QByteArrayView v)
{
    return v.toByteArray().toUpper();
}

QByteArray joinWords(const QList<QByteArray> &words, qsizetype count)
{
    QByteArray out;
    for (qsizetype i = 0; i < count && i < words.size(); ++i) {
        if (i)
            out += ' ';
        out += words.at(i);
    }
    return out;
}

} // namespace

QByteArray Redactor::mask()
{
    return QByteArrayLiteral("<redacted>");
}

QByteArray Redactor::sensitive(QByteArrayView visiblePrefix)
{
    QByteArray out = visiblePrefix.toByteArray().trimmed();
    if (!out.isEmpty())
        out += ' ';
    return out + mask();
}

QByteArray Redactor::redactClientLine(QByteArrayView line)
{
    QByteArray trimmed = line.toByteArray();
    while (trimmed.endsWith('\n') || trimmed.endsWith('\r'))
        trimmed.chop(1);
    const QList<QByteArray> words = trimmed.split(' ');
    if (words.isEmpty())
        return trimmed;

    const QByteArray first = upper(words.at(0));
    // POP3 (RFC 1939 §7) and SMTP/POP3 SASL (RFC 4954, RFC 5034): the command is the first word.
    if (first == "PASS")
        return sensitive("PASS");
    if (first == "APOP" && words.size() >= 2)
        return sensitive(joinWords(words, 2));
    if (first == "AUTH" && words.size() >= 3)
        return sensitive(joinWords(words, 2));
    if (first == "AUTH" || first == "USER")
        return trimmed;

    // IMAP (RFC 9051 §6.2.2, §6.2.3): the command follows the tag.
    if (words.size() >= 2) {
        const QByteArray command = upper(words.at(1));
        if (command == "LOGIN" && words.size() >= 3)
            return sensitive(joinWords(words, 3));
        if (command == "AUTHENTICATE" && words.size() >= 4)
            return sensitive(joinWords(words, 3));
    }
    return trimmed;
}

} // namespace Pigeon
