// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "models/messagelistloader.h"

#include "models/backgroundjob.h"
#include "models/listordercache.h"
#include "models/messageorder.h"
#include "models/messagetext.h"
#include "models/messagethreader.h"

#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <numeric>

namespace Pigeon::Models {

namespace {

/// Ids remembered per order and folder for the next cold switch: a tall window's worth.
constexpr int orderCacheRows = 200;

/// Adds @p table's strings to @p into, returning old index -> new index.
std::vector<quint32> merge(QStringList &into, QHash<QString, quint32> &index, const QStringList &table)
{
    std::vector<quint32> map(size_t(table.size()));
    for (qsizetype i = 0; i < table.size(); ++i) {
        auto it = index.constFind(table.at(i));
        if (it == index.cend()) {
            it = index.insert(table.at(i), quint32(into.size()));
            into.append(table.at(i));
        }
        map[size_t(i)] = *it;
    }
    return map;
}

} // namespace

MessageListLoader::MessageListLoader(QObject *parent) : QObject(parent) {}

MessageListLoader::~MessageListLoader()
{
    cancel();
}

void MessageListLoader::cancel()
{
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

bool MessageListLoader::isRunning() const
{
    return m_watcher && !m_watcher->isFinished();
}

void MessageListLoader::start(const Request &request)
{
    cancel();
    m_watcher = new QFutureWatcher<LoadedListPtr>(this);
    QFutureWatcher<LoadedListPtr> *w = m_watcher;
    connect(w, &QFutureWatcherBase::resultReadyAt, this, [this, w](int i) {
        if (w == m_watcher)
            Q_EMIT loaded(w->resultAt(i));
    });
    // The future keeps every result it delivered: let it go with them once done.
    connect(w, &QFutureWatcherBase::finished, this, [this, w] {
        if (w == m_watcher)
            m_watcher = nullptr;
        w->deleteLater();
    });
    auto promise = std::make_shared<QPromise<LoadedListPtr>>();
    w->setFuture(promise->future());
    backgroundPool()->start([promise, request] {
        promise->start();
        if (request.firstScreen > 0 && !promise->isCanceled()) {
            if (LoadedListPtr list = firstScreen(request)) {
                list->complete = false;
                promise->addResult(std::move(list));
            }
        }
        if (!promise->isCanceled()) {
            LoadedListPtr all = load(request, -1);
            // Taken before the model gets the list (it moves the tables out).
            std::vector<ListOrderCache::Snapshot> orders;
            if (all->error.kind() == MailError::Kind::None && request.firstScreen >= 0)
                for (qsizetype s = 0; s < request.sources.size(); ++s)
                    orders.push_back(ListOrderCache::snapshot(*all, quint16(s), request.locale, orderCacheRows));
            promise->addResult(std::move(all));
            for (const ListOrderCache::Snapshot &o : orders)
                ListOrderCache::save(o);
        }
        promise->finish();
    });
}

LoadedListPtr MessageListLoader::firstScreen(const Request &request)
{
    Request first = request;
    first.threading = false;
    // Newest first: the (folder_id, date) index gives it at once, even the first time.
    if (request.sortColumn == MessageColumn::Date && request.sortOrder == Qt::DescendingOrder)
        return load(first, request.firstScreen);
    // Any other order: the ids the last whole load put first, if it left any.
    QList<std::vector<Store::MessageId>> ids;
    for (const MessageSource &src : request.sources) {
        ids << ListOrderCache::firstIds(src, request.sortColumn, request.sortOrder, request.locale, request.firstScreen);
        if (ids.back().empty())
            return nullptr;
    }
    LoadedListPtr list = assemble(first, [&](Store::MessageListQuery &query, qsizetype s) {
        return query.byIds(request.sources.at(s).folderId, ids.at(s));
    });
    return list->error.kind() == MailError::Kind::None ? list : nullptr;
}

LoadedListPtr MessageListLoader::load(const Request &request, int limit)
{
    return assemble(request, [&](Store::MessageListQuery &query, qsizetype s) {
        const qint64 folder = request.sources.at(s).folderId;
        return limit >= 0 ? query.newest(folder, limit) : query.snapshot(folder);
    });
}

LoadedListPtr MessageListLoader::assemble(const Request &request, const Reader &reader)
{
    const QList<MessageSource> &sources = request.sources;
    const bool threading = request.threading;
    auto out = std::make_shared<LoadedList>();
    out->sources = sources;
    QStringList senders, recipients, subjects;
    QHash<QString, quint32> senderIndex, recipientIndex, subjectIndex;
    for (qsizetype s = 0; s < sources.size(); ++s) {
        const MessageSource &src = sources.at(s);
        Store::MessageListQuery query(src.indexPath);
        Result<Store::ListSnapshot> read = reader(query, s);
        if (!read) {
            out->error = read.error();
            continue;
        }
        Store::ListSnapshot *snap = &read.value();
        std::vector<Store::ThreadHeaders> headers;
        if (threading) {
            Result<std::vector<Store::ThreadHeaders>> h = query.threadHeaders(src.folderId);
            if (h)
                headers = std::move(h.value());
            else
                out->error = h.error();
        }
        // Ordered by id so that the model can merge a reload with a linear walk.
        std::sort(snap->items.begin(), snap->items.end(),
                  [](const Store::ListItem &a, const Store::ListItem &b) { return a.id < b.id; });
        std::sort(headers.begin(), headers.end(),
                  [](const Store::ThreadHeaders &a, const Store::ThreadHeaders &b) { return a.id < b.id; });
        const auto senderMap = merge(senders, senderIndex, snap->senders);
        const auto recipientMap = merge(recipients, recipientIndex, snap->recipients);
        const auto subjectMap = merge(subjects, subjectIndex, snap->subjects);
        size_t h = 0;
        for (Store::ListItem it : snap->items) {
            it.sender = senderMap[it.sender];
            it.recipients = recipientMap[it.recipients];
            it.subject = subjectMap[it.subject];
            out->items.push_back(it);
            out->source.push_back(quint16(s));
            if (threading) {
                // Rows added between the two statements have no headers: thread them alone.
                while (h < headers.size() && headers[h].id < it.id)
                    ++h;
                out->headers.push_back(h < headers.size() && headers[h].id == it.id ? headers[h]
                                                                                   : Store::ThreadHeaders{it.id, {}, {}});
            }
        }
    }
    QCollator collator(request.locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    out->senders.build(std::move(senders), std::move(senderIndex), collator);
    out->recipients.build(std::move(recipients), std::move(recipientIndex), collator);
    out->subjects.build(std::move(subjects), std::move(subjectIndex), collator);
    // What the model would otherwise do on the UI thread: the id lookup and the order.
    const auto n = quint32(out->items.size());
    out->byKey.reserve(n);
    for (quint32 i = 0; i < n; ++i)
        out->byKey.insert(LoadedList::key(out->source[i], out->items[i].id), i);
    out->sortColumn = request.sortColumn;
    out->sortOrder = request.sortOrder;
    std::vector<qint64> dates(n);
    for (quint32 i = 0; i < n; ++i)
        dates[i] = out->items[i].date;
    if (threading) {
        std::vector<MessageThreader::Message> input(n);
        out->messageIds.resize(n);
        out->refs.resize(n);
        out->byMessageId.reserve(n);
        for (quint32 i = 0; i < n; ++i) {
            out->messageIds[i] = out->headers[i].messageId;
            out->refs[i] = MessageText::messageIds(out->headers[i].references);
            input[i] = {out->messageIds[i], out->refs[i], dates[i]};
            if (!out->messageIds[i].isEmpty() && !out->byMessageId.contains(out->messageIds[i]))
                out->byMessageId.insert(out->messageIds[i], i);
        }
        out->parents = MessageThreader::parents(input);
        // A thread sorts by its newest message.
        for (quint32 i = 0; i < n; ++i)
            for (qint32 p = out->parents[i], steps = 0; p >= 0 && steps < qint32(n); p = out->parents[size_t(p)], ++steps)
                dates[size_t(p)] = std::max(dates[size_t(p)], out->items[i].date);
        out->threadDates = dates;
    }
    for (quint32 i = 0; i < n; ++i)
        if (!threading || out->parents[i] < 0)
            out->order.push_back(i);
    const MessageOrder order(request.sortColumn, request.sortOrder, out->senders, out->recipients, out->subjects);
    order.sort(out->order, [&](quint32 i) {
        return order.key(out->items[i], dates[i], LoadedList::key(out->source[i], out->items[i].id));
    });
    return out;
}

} // namespace Pigeon::Models
