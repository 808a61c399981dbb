// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "models/messagetext.h"

namespace Pigeon::Models::MessageText {

namespace {

QString nameOf(QStringView one)
{
    one = one.trimmed();
    const qsizetype lt = one.lastIndexOf(QLatin1Char('<'));
    QStringView name;
    QStringView address = one;
    if (lt >= 0 && one.endsWith(QLatin1Char('>'))) {
        name = one.first(lt).trimmed();
        address = one.sliced(lt + 1, one.size() - lt - 2).trimmed();
    } else if (one.endsWith(QLatin1Char(')'))) {
        // RFC 822 style: addr (Name)
        const qsizetype open = one.indexOf(QLatin1Char('('));
        if (open > 0) {
            name = one.sliced(open + 1, one.size() - open - 2).trimmed();
            address = one.first(open).trimmed();
        }
    }
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.sliced(1, name.size() - 2).trimmed();
    if (name.isEmpty())
        return address.toString();
    QString n = name.toString();
    n.replace(QLatin1String("\\\""), QLatin1String("\""));
    return n;
}

} // namespace

QStringList displayNames(QStringView addresses)
{
    QStringList result;
    bool quoted = false;
    int angle = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= addresses.size(); ++i) {
        const QChar c = i < addresses.size() ? addresses[i] : QLatin1Char(',');
        if (c == QLatin1Char('"') && (i == 0 || addresses[i - 1] != QLatin1Char('\\')))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && c == QLatin1Char('>') && angle > 0)
            --angle;
        else if (!quoted && angle == 0 && c == QLatin1Char(',')) {
            const QString n = nameOf(addresses.sliced(start, i - start));
            if (!n.isEmpty())
                result << n;
            start = i + 1;
        }
    }
    return result;
}

QString firstDisplayName(QStringView addresses)
{
    const QStringList names = displayNames(addresses);
    return names.isEmpty() ? QString() : names.first();
}

QString baseSubject(QStringView subject)
{
    // Reply and forward markers of the clients our users meet (English, German,
    // Polish, Russian, Persian, Scandinavian, French), case-insensitively.
    static const char16_t *const prefixes[] = {
        u"re", u"fwd", u"fw", u"aw", u"wg", u"odp", u"pd", u"sv", u"vs", u"tr", u"antw",
        u"отв", u"ответ", u"пер", u"переслать", u"پاسخ", u"هدایت", u"ارسال",
    };
    QStringView s = subject.trimmed();
    for (bool stripped = true; stripped;) {
        stripped = false;
        const qsizetype colon = s.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon > 16)
            break;
        QStringView head = s.first(colon).trimmed();
        // "Re[2]" and "Re^2" count replies.
        if (const qsizetype b = head.indexOf(QLatin1Char('[')); b > 0 && head.endsWith(QLatin1Char(']')))
            head = head.first(b);
        else if (const qsizetype c = head.indexOf(QLatin1Char('^')); c > 0)
            head = head.first(c);
        for (const char16_t *p : prefixes) {
            if (head.compare(QStringView(p), Qt::CaseInsensitive) == 0) {
                s = s.sliced(colon + 1).trimmed();
                stripped = true;
                break;
            }
        }
    }
    return s.toString();
}

QList<QByteArray> messageIds(const QByteArray &value)
{
    QList<QByteArray> ids;
    qsizetype i = 0;
    while (true) {
        const qsizetype lt = value.indexOf('<', i);
        if (lt < 0)
            break;
        const qsizetype gt = value.indexOf('>', lt + 1);
        if (gt < 0)
            break;
        if (gt > lt + 1)
            ids << value.mid(lt, gt - lt + 1);
        i = gt + 1;
    }
    return ids;
}

} // namespace Pigeon::Models::MessageText
