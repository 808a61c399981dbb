// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "models/listordercache.h"

#include "models/messageorder.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Pigeon::Models {

namespace {
constexpr quint32 magic = 0x504c4f43; // "PLOC"
constexpr quint32 version = 1;
constexpr int orders = int(MessageColumn::Count) * 2;

int slot(MessageColumn column, Qt::SortOrder order)
{
    return int(column) * 2 + (order == Qt::DescendingOrder ? 1 : 0);
}

bool localeDependent(MessageColumn column)
{
    return column == MessageColumn::Subject || column == MessageColumn::Sender || column == MessageColumn::Recipients;
}
} // namespace

QString ListOrderCache::pathFor(const MessageSource &source)
{
    // Beside the index, in a folder of its own: the store only looks at *.mbox files.
    return QFileInfo(source.indexPath).dir().filePath(QStringLiteral("list-order/%1.cache").arg(source.folderId));
}

std::vector<Store::MessageId> ListOrderCache::firstIds(const MessageSource &source, MessageColumn column,
                                                       Qt::SortOrder order, const QLocale &locale, int limit)
{
    QFile f(pathFor(source));
    if (column == MessageColumn::Count || !f.open(QIODevice::ReadOnly))
        return {};
    QDataStream in(&f);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 m = 0, v = 0;
    QString cachedLocale;
    in >> m >> v >> cachedLocale;
    if (m != magic || v != version || (localeDependent(column) && cachedLocale != locale.name()))
        return {};
    std::vector<Store::MessageId> ids;
    for (int i = 0; i < orders; ++i) {
        QList<qint64> list;
        in >> list;
        if (in.status() != QDataStream::Ok)
            return {};
        if (i == slot(column, order)) {
            for (qsizetype k = 0; k < list.size() && k < limit; ++k)
                ids.push_back(list.at(k));
            break;
        }
    }
    return ids;
}

ListOrderCache::Snapshot ListOrderCache::snapshot(const LoadedList &list, quint16 s, const QLocale &locale, int count)
{
    Snapshot out{list.sources.value(s), locale.name(), std::vector<std::vector<Store::MessageId>>(size_t(orders))};
    std::vector<quint32> items;
    for (quint32 i = 0; i < list.items.size(); ++i)
        if (list.source[i] == s)
            items.push_back(i);
    for (int c = 0; c < int(MessageColumn::Count); ++c) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const MessageOrder o(MessageColumn(c), order, list.senders, list.recipients, list.subjects);
            std::vector<std::pair<MessageOrder::Key, quint32>> keyed;
            keyed.reserve(items.size());
            for (quint32 i : items)
                keyed.emplace_back(o.key(list.items[i], list.items[i].date, LoadedList::key(s, list.items[i].id)), i);
            const auto n = std::min(keyed.size(), size_t(count));
            // Only the first screenful is ever asked for: a partial sort, O(n log count).
            std::partial_sort(keyed.begin(), keyed.begin() + qsizetype(n), keyed.end(),
                              [&](const auto &x, const auto &y) { return o.less(x.first, y.first); });
            auto &ids = out.ids[size_t(slot(MessageColumn(c), order))];
            for (size_t k = 0; k < n; ++k)
                ids.push_back(list.items[keyed[k].second].id);
        }
    }
    return out;
}

bool ListOrderCache::save(const Snapshot &snapshot)
{
    const QString path = pathFor(snapshot.source);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&f);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << version << snapshot.locale;
    for (const auto &ids : snapshot.ids)
        out << QList<qint64>(ids.begin(), ids.end());
    return out.status() == QDataStream::Ok && f.commit();
}

} // namespace Pigeon::Models
