// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once
// Helpers shared by the store tests.

#include "store/mailstore.h"

#include <QByteArray>
#include <QFile>
#include <QString>

/// QVERIFY for a Result, printing its error (QVERIFY2 evaluates its message always).
#define STORE_VERIFY(r) QVERIFY2(bool(r), (r) ? "" : qPrintable((r).error().toString()))

namespace StoreTest {

/// A small, realistic message with a unique token in subject and body.
inline QByteArray message(int n, bool crlf = false, bool fromLines = false)
{
    QByteArray m = "From: Sender " + QByteArray::number(n) + " <s" + QByteArray::number(n) + "@example.org>\n"
                   "To: rcpt@example.net\n"
                   "Subject: message " + QByteArray::number(n) + "\n"
                   "Date: Mon, " + QByteArray::number(1 + n % 28) + " Jan 2024 10:00:00 +0000\n"
                   "Message-ID: <m" + QByteArray::number(n) + "@example.org>\n"
                   "\n"
                   "Body of token" + QByteArray::number(n) + ".\n";
    if (fromLines)
        m += "From the start\n>From quoted\n>>From twice\n";
    m += "end\n";
    if (crlf)
        m.replace("\n", "\r\n");
    return m;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &data, bool append = false)
{
    QFile f(path);
    if (!f.open(append ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

} // namespace StoreTest
