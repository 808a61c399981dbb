// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once
// Helpers of the model tests: real stores (MailStore on disk) filled with messages.

#include "models/messagelistloader.h"
#include "store/mailstore.h"
#include "store/messagelistquery.h"

#include <QDateTime>
#include <QString>

/// QVERIFY for an expression giving a Result, evaluated once, printing its error.
#define STORE_VERIFY(expr)                                                                          \
    do {                                                                                            \
        const auto storeResult_ = (expr);                                                           \
        QVERIFY2(bool(storeResult_), storeResult_ ? "" : qPrintable(storeResult_.error().toString())); \
    } while (false)

namespace ModelTest {

struct Mail {
    QString from;
    QString subject;
    qint64 date = 0; ///< seconds since the epoch
    QByteArray messageId;
    QByteArray references;
    Pigeon::Store::MessageFlags flags;
    QByteArray to = "Team <team@example.org>";
    int bodyLines = 1;
};

/// An RFC 5322 message; non-ASCII names and subjects are RFC 2047 encoded (UTF-8, B).
inline QByteArray render(const Mail &m)
{
    auto encode = [](const QString &s) -> QByteArray {
        const QByteArray utf8 = s.toUtf8();
        for (char c : utf8)
            if (uchar(c) >= 0x80)
                return "=?UTF-8?B?" + utf8.toBase64() + "?=";
        return utf8;
    };
    QByteArray from;
    const qsizetype lt = m.from.indexOf(QLatin1Char('<'));
    if (lt > 0)
        from = encode(m.from.left(lt).trimmed()) + " " + m.from.mid(lt).toUtf8();
    else
        from = m.from.toUtf8();
    QByteArray out = "From: " + from + "\nTo: " + m.to + "\nSubject: " + encode(m.subject) + "\nDate: "
        + QDateTime::fromSecsSinceEpoch(m.date, Qt::UTC).toString(Qt::RFC2822Date).toLatin1() + "\n";
    if (!m.messageId.isEmpty())
        out += "Message-ID: " + m.messageId + "\n";
    if (!m.references.isEmpty())
        out += "References: " + m.references + "\n";
    out += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n";
    for (int i = 0; i < m.bodyLines; ++i)
        out += "Line " + QByteArray::number(i) + " of the body.\n";
    return out;
}

inline Pigeon::Store::AppendRequest request(const Mail &m)
{
    Pigeon::Store::AppendRequest r;
    r.message = render(m);
    r.flags = m.flags;
    return r;
}

/// The source for @p folder of the store at @p root (the folder must exist).
inline Pigeon::Models::MessageSource source(const QString &accountId, const QString &root, const QString &folder)
{
    const QString index = Pigeon::Store::MessageListQuery::indexPathFor(root);
    Pigeon::Store::MessageListQuery q(index);
    const Pigeon::Result<qint64> id = q.folderId(folder);
    return Pigeon::Models::MessageSource{accountId, index, id ? *id : -1, folder};
}

} // namespace ModelTest
