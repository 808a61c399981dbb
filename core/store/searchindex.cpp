// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/searchindex.h"

#include "common/logging.h"
#include "store/imapcache.h"
#include "store/mailstore.h"
#include "store/searchtext.h"
#include "store/storeindex.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Pigeon::Store {

namespace {
/// Bits of the message id kept below the date in a full-text key.
constexpr int keyShift = 20;
} // namespace

Result<qint64> SearchIndex::update(qint64 max, int batch)
{
    StoreIndex &index = m_store->index();
    qint64 done = 0;
    while (max < 0 || done < max) {
        const int n = int(max < 0 ? batch : qMin<qint64>(batch, max - done));
        QList<std::tuple<MessageId, QString, QString, qint64>> todo;
        {
            QSqlQuery q(index.database());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT id, subject, coalesce(sender, '') || ' ' || coalesce(recipients, ''), date"
                                     " FROM messages WHERE fts_done = 0 ORDER BY id LIMIT ?"));
            q.addBindValue(n);
            if (!q.exec())
                return StoreIndex::sqlError(q, QStringLiteral("search index"));
            while (q.next())
                todo << std::make_tuple(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toLongLong());
        }
        if (todo.isEmpty())
            break;
        // Decode outside the transaction; write the batch in one.
        QList<QString> bodies;
        bodies.reserve(todo.size());
        const ImapCache cache(m_store);
        for (const auto &[id, subject, addresses, date] : todo) {
            Result<QByteArray> bytes = m_store->messageBytes(id);
            if (!bytes) // no record: an IMAP row, maybe with its text parts cached (Partial)
                bytes = cache.searchableText(id);
            bodies << (bytes && !bytes->isEmpty() ? SearchText::normalize(SearchText::bodyText(*bytes)) : QString());
        }
        if (Result<void> b = index.begin(); !b)
            return b.error();
        QSqlQuery ins(index.database());
        QSqlQuery mark(index.database());
        QSqlQuery taken(index.database());
        ins.prepare(QStringLiteral("INSERT INTO fts (rowid, subject, addresses, body) VALUES (?, ?, ?, ?)"));
        mark.prepare(QStringLiteral("UPDATE messages SET fts_done = 1, fts_key = ? WHERE id = ?"));
        taken.prepare(QStringLiteral("SELECT 1 FROM messages WHERE fts_key = ?"));
        for (qsizetype i = 0; i < todo.size(); ++i) {
            const auto &[id, subject, addresses, date] = todo.at(i);
            // The full-text rowid orders by date: FTS5 walks a term's matches in rowid
            // order, so "newest first, LIMIT 100" reads 100 matches instead of sorting
            // all of them (a common word matches tens of thousands of messages).
            qint64 key = (qMax<qint64>(date, 0) << keyShift) | (id & ((qint64(1) << keyShift) - 1));
            for (;;) {
                taken.bindValue(0, key);
                if (!taken.exec())
                    break;
                if (!taken.next())
                    break;
                ++key; // same second and same low id bits: take the next free key
            }
            ins.bindValue(0, key);
            ins.bindValue(1, SearchText::normalize(subject));
            ins.bindValue(2, SearchText::normalize(addresses));
            ins.bindValue(3, bodies.at(i));
            mark.bindValue(0, key);
            mark.bindValue(1, id);
            if (!ins.exec() || !mark.exec()) {
                const MailError e = StoreIndex::sqlError(ins.lastError().isValid() ? ins : mark,
                                                         QStringLiteral("search index"));
                index.rollback();
                return e;
            }
        }
        if (Result<void> c = index.commit(); !c)
            return c.error();
        done += todo.size();
    }
    return done;
}

Result<QList<MessageRow>> SearchIndex::search(const QString &query, int limit)
{
    StoreIndex &index = m_store->index();
    const QString fts = SearchText::toFtsQuery(query);
    if (fts.isEmpty())
        return QList<MessageRow>();
    QSqlQuery q(index.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM fts JOIN messages m ON m.fts_key = fts.rowid"
                             " JOIN folders f ON f.id = m.folder_id"
                             " WHERE fts MATCH ? ORDER BY fts.rowid DESC LIMIT ?")
                  .arg(StoreIndex::rowColumns()));
    q.addBindValue(fts);
    q.addBindValue(limit);
    if (!q.exec())
        return StoreIndex::sqlError(q, QStringLiteral("search"));
    QList<MessageRow> rows;
    while (q.next())
        rows << StoreIndex::rowFromQuery(q, 0);
    return rows;
}

qint64 SearchIndex::pending() const
{
    QSqlQuery q(m_store->index().database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM messages WHERE fts_done = 0")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace Pigeon::Store
