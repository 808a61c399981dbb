// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/htmltotext.h"

#include <QHash>
#include <QStringList>

namespace Pigeon::Mime {

namespace {

bool isBlockTag(QStringView name)
{
    static const QStringList blocks = {
        QStringLiteral("p"),  QStringLiteral("div"), QStringLiteral("br"), QStringLiteral("tr"),
        QStringLiteral("li"), QStringLiteral("h1"),  QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"),  QStringLiteral("h6"), QStringLiteral("table"),
        QStringLiteral("blockquote"), QStringLiteral("hr"), QStringLiteral("pre"),
        QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("body"), QStringLiteral("center")};
    for (const QString &b : blocks)
        if (name.compare(b, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString decodeEntity(QStringView entity)
{
    static const QHash<QString, QChar> named = {
        {QStringLiteral("nbsp"), QChar(0xA0)},  {QStringLiteral("amp"), QLatin1Char('&')},
        {QStringLiteral("lt"), QLatin1Char('<')}, {QStringLiteral("gt"), QLatin1Char('>')},
        {QStringLiteral("quot"), QLatin1Char('"')}, {QStringLiteral("apos"), QLatin1Char('\'')},
        {QStringLiteral("copy"), QChar(0xA9)},  {QStringLiteral("reg"), QChar(0xAE)},
        {QStringLiteral("mdash"), QChar(0x2014)}, {QStringLiteral("ndash"), QChar(0x2013)},
        {QStringLiteral("hellip"), QChar(0x2026)}, {QStringLiteral("laquo"), QChar(0xAB)},
        {QStringLiteral("raquo"), QChar(0xBB)}, {QStringLiteral("euro"), QChar(0x20AC)},
        {QStringLiteral("rsquo"), QChar(0x2019)}, {QStringLiteral("lsquo"), QChar(0x2018)},
        {QStringLiteral("rdquo"), QChar(0x201D)}, {QStringLiteral("ldquo"), QChar(0x201C)},
        {QStringLiteral("zwnj"), QChar(0x200C)}, {QStringLiteral("bull"), QChar(0x2022)},
    };
    if (entity.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint cp = (entity.size() > 1 && (entity[1] == QLatin1Char('x') || entity[1] == QLatin1Char('X')))
            ? entity.mid(2).toUInt(&ok, 16)
            : entity.mid(1).toUInt(&ok, 10);
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return QString(QChar(0xFFFD));
        const char32_t c = cp;
        return QString::fromUcs4(&c, 1);
    }
    auto it = named.constFind(entity.toString().toLower());
    return it == named.constEnd() ? QString() : QString(*it);
}

} // namespace

QString HtmlToText::convert(QStringView html)
{
    QString out;
    out.reserve(html.size() / 2);
    bool pendingSpace = false;
    // Block boundaries give one line break; <br> always gives one, so <br><br> leaves
    // an empty line as in the rendered mail.
    auto newline = [&](bool always) {
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        if (!out.isEmpty() && (always || !out.endsWith(QLatin1Char('\n'))))
            out += QLatin1Char('\n');
        pendingSpace = false;
    };
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            if (html.sliced(i).startsWith(QLatin1String("<!--"))) {
                const qsizetype end = html.sliced(i + 4).indexOf(QLatin1String("-->"));
                i = end < 0 ? n : i + 4 + end + 3;
                continue;
            }
            qsizetype j = i + 1;
            const bool closing = j < n && html[j] == QLatin1Char('/');
            if (closing)
                ++j;
            const qsizetype nameStart = j;
            while (j < n && (html[j].isLetterOrNumber()))
                ++j;
            const QStringView name = html.sliced(nameStart, j - nameStart);
            const qsizetype close = html.sliced(j).indexOf(QLatin1Char('>'));
            const qsizetype after = close < 0 ? n : j + close + 1;
            if (name.isEmpty() && !closing) {
                out += c; // a lone '<' in text
                ++i;
                continue;
            }
            if (!closing && (name.compare(QLatin1String("script"), Qt::CaseInsensitive) == 0
                             || name.compare(QLatin1String("style"), Qt::CaseInsensitive) == 0
                             || name.compare(QLatin1String("head"), Qt::CaseInsensitive) == 0
                             || name.compare(QLatin1String("title"), Qt::CaseInsensitive) == 0)) {
                const QString endTag = QLatin1String("</") + name.toString();
                const qsizetype end = html.sliced(after).indexOf(endTag, 0, Qt::CaseInsensitive);
                i = end < 0 ? n : after + end;
                continue;
            }
            if (name.compare(QLatin1String("br"), Qt::CaseInsensitive) == 0)
                newline(true);
            else if (isBlockTag(name))
                newline(false);
            i = after;
            continue;
        }
        if (c == QLatin1Char('&')) {
            const qsizetype semi = html.sliced(i).indexOf(QLatin1Char(';'));
            if (semi > 1 && semi < 12) {
                const QString decoded = decodeEntity(html.sliced(i + 1, semi - 1));
                if (!decoded.isEmpty()) {
                    if (pendingSpace)
                        out += QLatin1Char(' ');
                    pendingSpace = false;
                    out += decoded;
                    i += semi + 1;
                    continue;
                }
            }
        }
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty() && !out.endsWith(QLatin1Char('\n'));
            ++i;
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
        ++i;
    }
    return out.trimmed();
}

QByteArray HtmlToText::sniffMetaCharset(QByteArrayView html)
{
    const QByteArray head = html.first(qMin<qsizetype>(html.size(), 4096)).toByteArray().toLower();
    qsizetype from = 0;
    while (true) {
        const qsizetype meta = head.indexOf("<meta", from);
        if (meta < 0)
            return {};
        const qsizetype end = head.indexOf('>', meta);
        const QByteArray tag = head.mid(meta, end < 0 ? -1 : end - meta);
        const qsizetype cs = tag.indexOf("charset=");
        if (cs >= 0) {
            qsizetype k = cs + 8;
            while (k < tag.size() && (tag[k] == '"' || tag[k] == '\'' || tag[k] == ' '))
                ++k;
            qsizetype e = k;
            while (e < tag.size() && tag[e] != '"' && tag[e] != '\'' && tag[e] != ';' && tag[e] != ' '
                   && tag[e] != '/')
                ++e;
            if (e > k)
                return tag.mid(k, e - k);
        }
        if (end < 0)
            return {};
        from = end;
    }
}

} // namespace Pigeon::Mime
