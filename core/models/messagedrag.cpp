// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "models/messagedrag.h"

#include <QDataStream>
#include <QIODevice>

namespace Pigeon::Models {

namespace {
constexpr quint32 magic = 0x50474d31; // "PGM1": refuse payloads of another layout
}

QString MessageDrag::mimeType()
{
    return QStringLiteral("application/x-pigeon-messages");
}

QByteArray MessageDrag::encode(const QList<Entry> &entries)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << quint32(entries.size());
    for (const Entry &e : entries)
        out << e.accountId << e.folderId << e.id;
    return data;
}

QList<MessageDrag::Entry> MessageDrag::decode(const QByteArray &data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 m = 0, count = 0;
    in >> m >> count;
    if (in.status() != QDataStream::Ok || m != magic || count > quint32(data.size()))
        return {};
    QList<Entry> entries;
    for (quint32 i = 0; i < count; ++i) {
        Entry e;
        in >> e.accountId >> e.folderId >> e.id;
        if (in.status() != QDataStream::Ok)
            return {};
        entries << e;
    }
    return entries;
}

} // namespace Pigeon::Models
