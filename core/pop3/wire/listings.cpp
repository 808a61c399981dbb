// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "pop3/wire/listings.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Pigeon::Pop3::Listings {

namespace {

MailError parseError(QByteArrayView what)
{
    return MailError(MailError::Kind::Protocol,
                     QCoreApplication::translate("Pigeon::Pop3", "The POP3 server sent a malformed reply: %1")
                         .arg(QString::fromLatin1(what.first(std::min<qsizetype>(what.size(), 80)))));
}

QByteArrayView trimmed(QByteArrayView v)
{
    return v.trimmed();
}

bool toNumber(QByteArrayView v, qint64 *out)
{
    if (v.isEmpty() || v.size() > 18)
        return false;
    qint64 n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = n;
    return true;
}

/// Splits on runs of spaces/tabs; servers differ in how many they put between fields.
QList<QByteArrayView> fields(QByteArrayView line)
{
    QList<QByteArrayView> out;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && line.at(i) != ' ' && line.at(i) != '\t')
            ++i;
        if (i > start)
            out.append(line.sliced(start, i - start));
    }
    return out;
}

template<typename T, typename F>
Result<QList<T>> parseLines(QByteArrayView body, F parseOne)
{
    QList<T> out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        qsizetype lf = body.indexOf('\n', pos);
        if (lf < 0)
            lf = body.size();
        const QByteArrayView line = trimmed(body.sliced(pos, lf - pos));
        pos = lf + 1;
        if (line.isEmpty())
            continue;
        Result<T> one = parseOne(line);
        if (!one)
            return one.error();
        out.append(std::move(one).value());
    }
    return out;
}

} // namespace

Result<MaildropStat> parseStat(QByteArrayView text)
{
    const auto f = fields(trimmed(text));
    qint64 count = 0, octets = 0;
    if (f.size() < 2 || !toNumber(f.at(0), &count) || !toNumber(f.at(1), &octets) || count > INT_MAX)
        return parseError(text);
    return MaildropStat{int(count), octets};
}

Result<ListEntry> parseScanLine(QByteArrayView line)
{
    const auto f = fields(trimmed(line));
    qint64 number = 0, size = 0;
    if (f.size() < 2 || !toNumber(f.at(0), &number) || !toNumber(f.at(1), &size) || number < 1
        || number > INT_MAX)
        return parseError(line);
    return ListEntry{int(number), size};
}

Result<QList<ListEntry>> parseList(QByteArrayView body)
{
    return parseLines<ListEntry>(body, parseScanLine);
}

Result<UidlEntry> parseUidLine(QByteArrayView line)
{
    const auto f = fields(trimmed(line));
    qint64 number = 0;
    if (f.size() < 2 || !toNumber(f.at(0), &number) || number < 1 || number > INT_MAX)
        return parseError(line);
    const QByteArrayView uid = f.at(1);
    // RFC 1939 §7: 1 to 70 characters in the range 0x21 to 0x7E. Longer ones exist in the
    // wild; accept up to 255 rather than lose the mailbox, but never control bytes.
    if (uid.size() > 255)
        return parseError(line);
    for (char c : uid) {
        if (uchar(c) < 0x21 || uchar(c) > 0x7e)
            return parseError(line);
    }
    return UidlEntry{int(number), uid.toByteArray()};
}

Result<QList<UidlEntry>> parseUidl(QByteArrayView body)
{
    return parseLines<UidlEntry>(body, parseUidLine);
}

QByteArray apopTimestamp(QByteArrayView greetingText)
{
    // RFC 1939 §7: the timestamp is a msg-id, "<" ... "@" ... ">"; the syntax of its
    // inside is not checked beyond that: the digest covers it as sent.
    const qsizetype open = greetingText.indexOf('<');
    if (open < 0)
        return {};
    const qsizetype close = greetingText.indexOf('>', open);
    if (close < 0)
        return {};
    const QByteArrayView stamp = greetingText.sliced(open, close - open + 1);
    if (!stamp.contains('@'))
        return {};
    for (char c : stamp) {
        if (uchar(c) < 0x21 || uchar(c) > 0x7e)
            return {};
    }
    return stamp.toByteArray();
}

QByteArray apopDigest(QByteArrayView timestamp, QByteArrayView secret)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(timestamp);
    md5.addData(secret);
    return md5.result().toHex();
}

} // namespace Pigeon::Pop3::Listings
