// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

namespace Pigeon::Test {

/// A server's stream of FETCH responses, each with a literal of random bytes, and what a
/// transport must deliver for it ("L:<line>", "B:<literal>", as TransportHarness records).
struct FetchStream {
    QByteArray bytes;
    QList<QByteArray> events;
};

inline FetchStream randomFetchStream(int count, int maxLiteral, quint32 seed)
{
    QRandomGenerator rng(seed);
    FetchStream s;
    for (int i = 0; i < count; ++i) {
        QByteArray body(rng.bounded(maxLiteral + 1), Qt::Uninitialized);
        for (char &c : body)
            c = char(rng.bounded(256));
        const QByteArray line = "* " + QByteArray::number(i + 1) + " FETCH (BODY[HEADER] {"
            + QByteArray::number(body.size()) + "}\r\n";
        const QByteArray tail = " UID " + QByteArray::number(i + 1) + ")\r\n";
        s.bytes += line + body + tail;
        s.events << "L:" + line << "B:" + body << "L:" + tail;
    }
    return s;
}

} // namespace Pigeon::Test
