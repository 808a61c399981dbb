// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once
// Helpers shared by the store tests.

#include "store/mailstore.h"

#include <QByteArray>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

/// QVERIFY for a Result, printing its error (QVERIFY2 evaluates its message always).
#define STORE_VERIFY(r) QVERIFY2(bool(r), (r) ? "" : qPrintable((r).error().toString()))
/// STORE_VERIFY evaluates its argument twice: call once, then check.
#define CHECK_OK(expr)                                                                                       \
    do {                                                                                                     \
        const auto checked_ = (expr);                                                                        \
        STORE_VERIFY(checked_);                                                                              \
    } while (false)

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

/// Runs @p statements on a plain SQLite connection of its own; with @p collect, returns
/// every row they give, columns joined by '|'.
inline QStringList sql(const QString &path, const QStringList &statements, bool collect = false)
{
    QStringList out;
    const QString name = QStringLiteral("tst-raw-%1").arg(quintptr(&out));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (!q.exec(s))
                qFatal("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
            while (collect && q.next()) {
                QStringList cols;
                for (int i = 0; i < q.record().count(); ++i)
                    cols << q.value(i).toString();
                out << cols.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

inline bool writeFile(const QString &path, const QByteArray &data, bool append = false)
{
    QFile f(path);
    if (!f.open(append ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

} // namespace StoreTest

namespace StoreTest {

/// The message with key @p k of the crash test: deterministic, of very different
/// sizes (up to ~1.5 MB, so a kill can land inside one write), some CRLF, some with
/// `From ` lines in the body.
inline QByteArray crashMessage(qint64 k)
{
    QByteArray m = message(int(k % 1000000), k % 4 == 1, k % 3 == 0);
    m.replace("Subject: message ", QByteArray("Subject: crash " + QByteArray::number(k) + " message "));
    m.replace("Message-ID: <m", QByteArray("Message-ID: <crash" + QByteArray::number(k) + ".m"));
    const qint64 pad = (k % 5 == 0) ? (k * 104729) % 1500000 : (k * 31) % 3000;
    QByteArray line = "padding line for " + QByteArray::number(k) + " 0123456789abcdef\n";
    if (k % 4 == 1)
        line.replace("\n", "\r\n");
    QByteArray body;
    while (body.size() < pad)
        body += line;
    const qsizetype at = m.indexOf("end");
    m.insert(at, body);
    return m;
}

/// The key of a crash-test message, from its subject; -1 if it is not one.
inline qint64 crashKey(const QString &subject)
{
    if (!subject.startsWith(QLatin1String("crash ")))
        return -1;
    return subject.section(QLatin1Char(' '), 1, 1).toLongLong();
}

} // namespace StoreTest
