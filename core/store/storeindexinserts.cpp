// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// StoreIndex: writing message rows. The pragmas of a header listing's inserts
// (beginInserts), the bulk insert of an index build, and insertMessages' multi-row
// statements.
#include "store/storeindex.h"

#include <sqlite3.h>

#include <utility>

namespace Pigeon::Store {

namespace {

/// Sets PRAGMA @p name to @p value and returns the value it had, or -1 if either failed.
int swapPragma(sqlite3 *h, const char *name, const char *value)
{
    int old = -1;
    sqlite3_stmt *q = nullptr;
    const QByteArray get = QByteArray("PRAGMA ") + name;
    if (sqlite3_prepare_v2(h, get.constData(), -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW) {
        const int was = sqlite3_column_int(q, 0);
        if (sqlite3_exec(h, QByteArray(get + '=' + value).constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
            old = was;
    }
    sqlite3_finalize(q);
    return old;
}

} // namespace

Result<void> StoreIndex::beginInserts(bool syncWithNextFullCommit)
{
    checkThread();
    if (sqlite3 *h = handle(); h && m_oldTempStore < 0 && m_oldSynchronous < 0) {
        // A statement that inserts several rows, inside a transaction, with a foreign key
        // (messages.folder_id) must be undoable on its own, so SQLite copies every page it
        // changes into a statement journal first. Past 64 KiB that journal is a temporary
        // file: a header listing wrote ~1.1 pwrite64 calls per row into /var/tmp/etilqs_*
        // (strace), four times the WAL and database writes together. In memory it is a
        // few pages per multi-row statement, freed when the statement ends. The journal only
        // serves a failing statement's undo: the WAL still makes the commit durable.
        // SQLite decides where the journal goes when the write transaction starts.
        m_oldTempStore = swapPragma(h, "temp_store", "MEMORY");
        // The commit appends to the WAL without fdatasync() (synchronous=NORMAL: in WAL
        // mode the index stays consistent through a power cut, only the newest
        // transactions may be lost, https://sqlite.org/pragma.html#pragma_synchronous).
        // The caller's next FULL commit syncs the WAL to its end, these frames with it.
        if (syncWithNextFullCommit)
            m_oldSynchronous = swapPragma(h, "synchronous", "NORMAL");
    }
    Result<void> r = begin();
    if (!r)
        restoreInsertPragmas();
    return r;
}

void StoreIndex::restoreInsertPragmas()
{
    sqlite3 *h = handle();
    if (h && m_oldTempStore >= 0)
        sqlite3_exec(h, QByteArray("PRAGMA temp_store=" + QByteArray::number(m_oldTempStore)).constData(), nullptr,
                     nullptr, nullptr);
    if (h && m_oldSynchronous >= 0)
        sqlite3_exec(h, QByteArray("PRAGMA synchronous=" + QByteArray::number(m_oldSynchronous)).constData(), nullptr,
                     nullptr, nullptr);
    m_oldTempStore = -1;
    m_oldSynchronous = -1;
}

Result<void> StoreIndex::beginBulkInsert()
{
    checkThread();
    sqlite3 *h = handle();
    if (!h || sqlite3_get_autocommit(h))
        return MailError(MailError::Kind::Internal, tr("Mail index: bulk insert outside a transaction"));
    // A bulk insert touches more pages than the default 2 MB cache holds; spilling them
    // to the WAL mid-transaction writes them twice. A bigger cache until the end.
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(h, "PRAGMA cache_size", -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        m_bulkOldCache = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    sqlite3_exec(h, "PRAGMA cache_size=-65536", nullptr, nullptr, nullptr);
    // A fresh build into an empty table: maintaining the secondary indexes row by row
    // (random order for folder/date) costs more than building each one once by a sort
    // at the end. DDL is transactional in SQLite, so a rollback brings the dropped
    // indexes back with everything else.
    bool empty = false;
    if (sqlite3_prepare_v2(h, "SELECT EXISTS(SELECT 1 FROM messages)", -1, &q, nullptr) == SQLITE_OK
        && sqlite3_step(q) == SQLITE_ROW)
        empty = sqlite3_column_int(q, 0) == 0;
    sqlite3_finalize(q);
    m_bulkDeferred.clear();
    if (!empty)
        return {};
    // Only the index whose keys arrive in random order: the others are appended in
    // key order (offset, id) or are partial indexes the new rows are not in, so
    // keeping them costs less than the full table scan a CREATE INDEX would take.
    const QByteArray ddl = schemaStatement("CREATE INDEX messages_folder_date ");
    if (!ddl.isEmpty()) {
        const QByteArray name = ddl.split(' ').at(2);
        if (sqlite3_exec(h, QByteArray("DROP INDEX " + name).constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return MailError(MailError::Kind::Io, tr("Mail index: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
        m_bulkDeferred << ddl;
    }
    return {};
}

Result<void> StoreIndex::endBulkInsert()
{
    checkThread();
    sqlite3 *h = handle();
    if (!h)
        return MailError(MailError::Kind::Internal, tr("Mail index: not an SQLite connection"));
    const QList<QByteArray> deferred = std::exchange(m_bulkDeferred, {});
    Result<void> r;
    for (const QByteArray &ddl : deferred) {
        if (sqlite3_exec(h, ddl.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            const bool full = sqlite3_errcode(h) == SQLITE_FULL;
            r = MailError(full ? MailError::Kind::DiskFull : MailError::Kind::Io,
                          tr("Mail index: create index: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
            break;
        }
    }
    if (m_bulkOldCache != 0)
        sqlite3_exec(h, QByteArray("PRAGMA cache_size=" + QByteArray::number(m_bulkOldCache)).constData(), nullptr,
                     nullptr, nullptr);
    m_bulkOldCache = 0;
    return r;
}

Result<void> StoreIndex::insertMessages(qint64 folderId, std::vector<IndexedMessage> &messages)
{
    checkThread();
    // The bulk path of an index build and of an IMAP header listing: through the
    // connection's own sqlite3 handle (the QtSql driver exposes it for this), because
    // binding twenty QVariants per row costs more than SQLite's insert itself. Same
    // connection, same transaction.
    sqlite3 *h = handle();
    if (!h)
        return MailError(MailError::Kind::Internal, tr("Mail index: not an SQLite connection"));
    if (messages.empty())
        return {};
    auto error = [h]() -> MailError {
        const int code = sqlite3_errcode(h);
        const QString text = QString::fromUtf8(sqlite3_errmsg(h));
        return MailError(code == SQLITE_FULL ? MailError::Kind::DiskFull : MailError::Kind::Io,
                         tr("Mail index: insert message: %1").arg(text));
    };
    auto failed = [&error](sqlite3_stmt *stmt) -> MailError {
        MailError e = error();
        sqlite3_finalize(stmt);
        return e;
    };
    // Rows go in groups of `group` per statement: each statement opens a cursor on the
    // table and on every index, checks the folder's foreign key and ends its statement
    // journal once (64 rows: 1,000 instructions per row less than 32, callgrind). The
    // ids are given explicitly, as SQLite would choose them (one above the largest,
    // https://sqlite.org/autoinc.html), so every row knows its id without a round trip
    // per row.
    constexpr int columns = 21;
    constexpr int group = 64;
    sqlite3_stmt *q = nullptr;
    qint64 nextId = 1;
    if (sqlite3_prepare_v2(h, "SELECT max(id) FROM messages", -1, &q, nullptr) != SQLITE_OK || sqlite3_step(q) != SQLITE_ROW)
        return failed(q);
    nextId = sqlite3_column_int64(q, 0) + 1;
    sqlite3_finalize(q);
    auto prepare = [&](int rows, sqlite3_stmt **stmt) {
        QByteArray sql = "INSERT INTO messages (id, folder_id, offset, length, msg_offset, msg_length, status_offset,"
                         " size, flags, modseq, date, sender, recipients, subject, message_id, refs, has_attachments,"
                         " uidl, uid, uidvalidity, body_state) VALUES ";
        for (int i = 0; i < rows; ++i)
            sql += i ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        return sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), stmt, nullptr) == SQLITE_OK;
    };
    // The database is UTF-8: binding UTF-16 made SQLite translate every value with its
    // byte-at-a-time converter (a sixth of the insert under callgrind); Qt's is vectorised.
    std::vector<QByteArray> utf8(size_t(group) * 3);
    auto bind = [&](sqlite3_stmt *stmt, int row, IndexedMessage &m) {
        const MessageRow &r = m.row;
        const MessageLocation &l = m.location;
        const int c = row * columns;
        auto text = [&](int col, const QString &s, QByteArray &buffer) {
            buffer = s.toUtf8();
            sqlite3_bind_text(stmt, c + col, buffer.isNull() ? "" : buffer.constData(), int(buffer.size()),
                              SQLITE_STATIC);
        };
        // Message-IDs and references are ASCII (RFC 5322 §3.6.4); stored as text.
        auto latin1 = [&](int col, const QByteArray &s) {
            sqlite3_bind_text(stmt, c + col, s.isNull() ? "" : s.constData(), int(s.size()), SQLITE_STATIC);
        };
        m.row.id = nextId++;
        sqlite3_bind_int64(stmt, c + 1, m.row.id);
        sqlite3_bind_int64(stmt, c + 2, folderId);
        sqlite3_bind_int64(stmt, c + 3, l.offset);
        sqlite3_bind_int64(stmt, c + 4, l.length);
        sqlite3_bind_int64(stmt, c + 5, l.messageOffset);
        sqlite3_bind_int64(stmt, c + 6, l.messageLength);
        sqlite3_bind_int64(stmt, c + 7, l.statusOffset);
        sqlite3_bind_int64(stmt, c + 8, r.size);
        sqlite3_bind_int(stmt, c + 9, int(r.flags.toInt()));
        sqlite3_bind_int64(stmt, c + 10, qint64(r.modSeq));
        sqlite3_bind_int64(stmt, c + 11, r.date);
        text(12, r.from, utf8[size_t(row) * 3]);
        text(13, r.to, utf8[size_t(row) * 3 + 1]);
        text(14, r.subject, utf8[size_t(row) * 3 + 2]);
        latin1(15, r.messageId);
        latin1(16, r.references);
        sqlite3_bind_int(stmt, c + 17, r.hasAttachments ? 1 : 0);
        if (r.origin.uidl.isEmpty())
            sqlite3_bind_null(stmt, c + 18);
        else
            latin1(18, r.origin.uidl);
        if (r.origin.uid >= 0) {
            sqlite3_bind_int64(stmt, c + 19, r.origin.uid);
            sqlite3_bind_int64(stmt, c + 20, r.origin.uidValidity);
        } else {
            sqlite3_bind_null(stmt, c + 19);
            sqlite3_bind_null(stmt, c + 20);
        }
        sqlite3_bind_int(stmt, c + 21, int(r.bodyState));
    };
    if (messages.size() >= size_t(group) && !m_insertGroup && !prepare(group, &m_insertGroup))
        return failed(std::exchange(m_insertGroup, nullptr));
    if (!m_insertOne && !prepare(1, &m_insertOne))
        return failed(std::exchange(m_insertOne, nullptr));
    size_t i = 0;
    Result<void> result;
    while (i < messages.size()) {
        const bool whole = messages.size() - i >= size_t(group);
        sqlite3_stmt *stmt = whole ? m_insertGroup : m_insertOne;
        const int rows = whole ? group : 1;
        for (int k = 0; k < rows; ++k)
            bind(stmt, k, messages[i + size_t(k)]);
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            result = error();
            sqlite3_reset(stmt);
            break;
        }
        sqlite3_reset(stmt);
        i += size_t(rows);
    }
    // The text was bound without a copy (SQLITE_STATIC): no pointer into this call's
    // buffers may outlive it in a kept statement.
    if (m_insertGroup)
        sqlite3_clear_bindings(m_insertGroup);
    sqlite3_clear_bindings(m_insertOne);
    return result;
}

} // namespace Pigeon::Store
