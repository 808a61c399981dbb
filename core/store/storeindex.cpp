// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/storeindex.h"

#include "common/logging.h"
#include "store/walcheckpointer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace Pigeon::Store {

namespace {

const char *const rowColumns_ =
    "m.id, f.name, m.date, m.sender, m.recipients, m.subject, m.message_id, m.refs, "
    "m.has_attachments, m.flags, m.modseq, m.size, m.uidl, m.uid, m.uidvalidity, "
    "m.body_state, m.offset, m.length, m.msg_offset, m.msg_length, m.status_offset";
constexpr int rowColumnCount = 16;

} // namespace

StoreIndex::StoreIndex(QString path)
    : m_path(std::move(path)),
      m_connection(QStringLiteral("pigeon-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

StoreIndex::~StoreIndex()
{
    close();
}

void StoreIndex::close()
{
    if (m_checkpointer) {
        if (QSqlDatabase::contains(m_connection))
            WalCheckpointer::detach(handle());
        m_checkpointer.reset();
    }
    // Before the connection: SQLite does not close a database with live statements.
    sqlite3_finalize(std::exchange(m_insertGroup, nullptr));
    sqlite3_finalize(std::exchange(m_insertOne, nullptr));
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool StoreIndex::checkThread() const
{
    // A QSqlDatabase connection belongs to the thread that opened it (DESIGN.md).
    Q_ASSERT_X(m_thread == QThread::currentThread(), "StoreIndex", "used from a second thread");
    return m_thread == QThread::currentThread();
}

MailError StoreIndex::sqlError(const QSqlQuery &query, const QString &what)
{
    const QSqlError e = query.lastError();
    const QString native = e.nativeErrorCode();
    // SQLITE_FULL (13) and SQLITE_IOERR (10) with ENOSPC are what a full disk gives.
    const bool full = native == QLatin1String("13") || e.databaseText().contains(QLatin1String("full"));
    return MailError(full ? MailError::Kind::DiskFull : MailError::Kind::Io,
                     tr("Mail index: %1: %2").arg(what, e.text()));
}

MailError StoreIndex::sqlError(const QSqlDatabase &db, const QString &what)
{
    const QSqlError e = db.lastError();
    const bool full = e.nativeErrorCode() == QLatin1String("13") || e.databaseText().contains(QLatin1String("full"));
    return MailError(full ? MailError::Kind::DiskFull : MailError::Kind::Io,
                     tr("Mail index: %1: %2").arg(what, e.text()));
}

Result<void> StoreIndex::open(bool *recreated)
{
    if (recreated)
        *recreated = false;
    close();
    m_thread = QThread::currentThread();
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool existed = QFile::exists(m_path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(m_path);
            bool ok = db.open();
            QSqlQuery q(db);
            int version = -1;
            if (ok) {
                // Fails with "file is not a database" on garbage; that is the corrupt case.
                ok = q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next()
                    && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
            }
            if (ok)
                ok = q.exec(QStringLiteral("PRAGMA synchronous=FULL"))
                    && q.exec(QStringLiteral("PRAGMA foreign_keys=ON"))
                    && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            if (ok)
                version = q.value(0).toInt();
            if (ok && version > schemaVersion) {
                qCWarning(lcStore) << "index" << m_path << "has schema" << version << "from a newer Pigeon; rebuilding";
                ok = false;
            }
            if (ok && version >= 1) {
                // A cheap structural probe: a corrupt page usually fails here.
                ok = q.exec(QStringLiteral("SELECT count(*) FROM folders")) && q.next();
            }
            if (ok) {
                q.finish();
                Result<void> r = version == 0 ? createSchema() : migrate(version);
                if (r) {
                    auto checkpointer = std::make_unique<WalCheckpointer>(m_path);
                    if (checkpointer->start()) {
                        checkpointer->attach(handle());
                        m_checkpointer = std::move(checkpointer);
                    }
                    return {};
                }
                if (r.error().kind() == MailError::Kind::DiskFull)
                    return r;
                qCWarning(lcStore) << "index schema failed:" << r.error().toString();
            } else {
                qCWarning(lcStore) << "index" << m_path << "unusable, starting afresh:" << db.lastError().text()
                                   << q.lastError().text();
            }
        }
        close();
        if (attempt == 0 && existed) {
            // The index is only a cache of the mbox files: set the bad one aside (for a
            // bug report) and start again.
            const QString aside = m_path + QStringLiteral(".corrupt");
            QFile::remove(aside);
            QFile::rename(m_path, aside);
            QFile::remove(m_path + QStringLiteral("-wal"));
            QFile::remove(m_path + QStringLiteral("-shm"));
            if (recreated)
                *recreated = true;
            continue;
        }
        break;
    }
    return MailError(MailError::Kind::Io, tr("Cannot open the mail index %1").arg(m_path));
}

Result<void> StoreIndex::begin()
{
    checkThread();
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlError(db, tr("begin"));
    return {};
}

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

Result<void> StoreIndex::commit()
{
    QSqlDatabase db = database();
    if (!db.commit()) {
        MailError e = sqlError(db, tr("commit"));
        db.rollback();
        restoreInsertPragmas();
        return e;
    }
    restoreInsertPragmas();
    return {};
}

void StoreIndex::rollback()
{
    database().rollback();
    restoreInsertPragmas();
    // The rollback restored any indexes a bulk insert dropped.
    m_bulkDeferred.clear();
    if (m_bulkOldCache != 0) {
        if (sqlite3 *h = handle())
            sqlite3_exec(h, QByteArray("PRAGMA cache_size=" + QByteArray::number(m_bulkOldCache)).constData(),
                         nullptr, nullptr, nullptr);
        m_bulkOldCache = 0;
    }
}

static FolderState folderFromQuery(const QSqlQuery &q)
{
    FolderState f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.file = q.value(2).toString();
    f.size = q.value(3).toLongLong();
    f.inode = q.value(4).toLongLong();
    f.mtimeNs = q.value(5).toLongLong();
    return f;
}

QList<FolderState> StoreIndex::folders() const
{
    checkThread();
    QList<FolderState> result;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT id, name, file, size, inode, mtime_ns FROM folders ORDER BY name")))
        while (q.next())
            result << folderFromQuery(q);
    return result;
}

std::optional<FolderState> StoreIndex::folder(const QString &name) const
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, name, file, size, inode, mtime_ns FROM folders WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return folderFromQuery(q);
    return std::nullopt;
}

std::optional<FolderState> StoreIndex::folderById(qint64 id) const
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, name, file, size, inode, mtime_ns FROM folders WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return folderFromQuery(q);
    return std::nullopt;
}

Result<FolderState> StoreIndex::createFolder(const QString &name, const QString &file)
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO folders (name, file) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(file);
    if (!q.exec())
        return sqlError(q, tr("create folder"));
    FolderState f;
    f.id = q.lastInsertId().toLongLong();
    f.name = name;
    f.file = file;
    return f;
}

Result<void> StoreIndex::updateFolderState(const FolderState &state)
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE folders SET size = ?, inode = ?, mtime_ns = ? WHERE id = ?"));
    q.addBindValue(state.size);
    q.addBindValue(state.inode);
    q.addBindValue(state.mtimeNs);
    q.addBindValue(state.id);
    if (!q.exec())
        return sqlError(q, tr("update folder"));
    return {};
}

Result<void> StoreIndex::removeFolder(qint64 id)
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM fts WHERE rowid IN (SELECT fts_key FROM messages WHERE folder_id = ?"
                             " AND fts_key IS NOT NULL)"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("remove folder"));
    q.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("remove folder"));
    return {};
}

Result<qint64> StoreIndex::addJournal(const JournalEntry &e)
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO journal (op, target_folder, target_from, source_folder, source_inode)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(int(e.op));
    q.addBindValue(e.targetFolder);
    q.addBindValue(e.targetFrom);
    q.addBindValue(e.sourceFolder);
    q.addBindValue(e.sourceInode);
    if (!q.exec())
        return sqlError(q, tr("journal"));
    return q.lastInsertId().toLongLong();
}

Result<void> StoreIndex::removeJournal(qint64 id)
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM journal WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("journal"));
    return {};
}

QList<JournalEntry> StoreIndex::journal() const
{
    checkThread();
    QList<JournalEntry> result;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT id, op, target_folder, target_from, source_folder, source_inode"
                              " FROM journal ORDER BY id"))) {
        while (q.next()) {
            JournalEntry e;
            e.id = q.value(0).toLongLong();
            e.op = JournalEntry::Op(q.value(1).toInt());
            e.targetFolder = q.value(2).toLongLong();
            e.targetFrom = q.value(3).toLongLong();
            e.sourceFolder = q.value(4).toLongLong();
            e.sourceInode = q.value(5).toLongLong();
            result << e;
        }
    }
    return result;
}

sqlite3 *StoreIndex::handle() const
{
    const QVariant h = database().driver()->handle();
    return (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0) ? *static_cast<sqlite3 *const *>(h.constData())
                                                                  : nullptr;
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

Result<void> StoreIndex::deleteMessages(const QList<MessageId> &ids)
{
    checkThread();
    QSqlQuery q(database());
    QSqlQuery f(database());
    q.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    f.prepare(QStringLiteral("DELETE FROM fts WHERE rowid = (SELECT fts_key FROM messages WHERE id = ?)"));
    for (MessageId id : ids) {
        q.bindValue(0, id);
        f.bindValue(0, id);
        if (!f.exec()) // first: it looks up the row's fts_key
            return sqlError(f, tr("delete message"));
        if (!q.exec())
            return sqlError(q, tr("delete message"));
    }
    return {};
}

Result<void> StoreIndex::deleteFolderMessages(qint64 folderId)
{
    return deleteMessagesFrom(folderId, 0);
}

Result<void> StoreIndex::deleteMessagesFrom(qint64 folderId, qint64 fromOffset)
{
    checkThread();
    // The literal `offset >= 0` lets SQLite use the partial (folder, offset) index, which
    // holds only rows with a record (schema v5): a bound `offset >= ?` does not imply it.
    // Header-only rows (offset -1) were never in a tail, so clamping changes nothing.
    fromOffset = std::max<qint64>(fromOffset, 0);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM fts WHERE rowid IN (SELECT fts_key FROM messages"
                             " WHERE folder_id = ? AND offset >= 0 AND offset >= ? AND fts_key IS NOT NULL)"));
    q.addBindValue(folderId);
    q.addBindValue(fromOffset);
    if (!q.exec())
        return sqlError(q, tr("delete messages"));
    q.prepare(QStringLiteral("DELETE FROM messages WHERE folder_id = ? AND offset >= 0 AND offset >= ?"));
    q.addBindValue(folderId);
    q.addBindValue(fromOffset);
    if (!q.exec())
        return sqlError(q, tr("delete messages"));
    return {};
}

Result<void> StoreIndex::setFlags(MessageId id, MessageFlags flags, std::optional<quint64> modSeq)
{
    checkThread();
    QSqlQuery q(database());
    if (modSeq) {
        q.prepare(QStringLiteral("UPDATE messages SET flags = ?, modseq = ? WHERE id = ?"));
        q.addBindValue(int(flags.toInt()));
        q.addBindValue(qint64(*modSeq));
    } else {
        q.prepare(QStringLiteral("UPDATE messages SET flags = ? WHERE id = ?"));
        q.addBindValue(int(flags.toInt()));
    }
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("set flags"));
    return {};
}

Result<void> StoreIndex::relocate(MessageId id, qint64 folderId, const MessageLocation &l)
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE messages SET folder_id = ?, offset = ?, length = ?, msg_offset = ?,"
                             " msg_length = ?, status_offset = ? WHERE id = ?"));
    q.addBindValue(folderId);
    q.addBindValue(l.offset);
    q.addBindValue(l.length);
    q.addBindValue(l.messageOffset);
    q.addBindValue(l.messageLength);
    q.addBindValue(l.statusOffset);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("relocate message"));
    return {};
}

QLatin1StringView StoreIndex::rowColumns()
{
    return QLatin1StringView(rowColumns_);
}

MessageRow StoreIndex::rowFromQuery(const QSqlQuery &q, int first)
{
    MessageRow r;
    r.id = q.value(first + 0).toLongLong();
    r.folder = q.value(first + 1).toString();
    r.date = q.value(first + 2).toLongLong();
    r.from = q.value(first + 3).toString();
    r.to = q.value(first + 4).toString();
    r.subject = q.value(first + 5).toString();
    r.messageId = q.value(first + 6).toString().toLatin1();
    r.references = q.value(first + 7).toString().toLatin1();
    r.hasAttachments = q.value(first + 8).toInt() != 0;
    r.flags = MessageFlags::fromInt(q.value(first + 9).toInt());
    r.modSeq = quint64(q.value(first + 10).toLongLong());
    r.size = q.value(first + 11).toLongLong();
    r.origin.uidl = q.value(first + 12).toString().toLatin1();
    r.origin.uid = q.value(first + 13).isNull() ? -1 : q.value(first + 13).toLongLong();
    r.origin.uidValidity = q.value(first + 14).isNull() ? -1 : q.value(first + 14).toLongLong();
    const int state = q.value(first + 15).toInt();
    r.bodyState = state == int(BodyState::HeadersOnly) ? BodyState::HeadersOnly
        : state == int(BodyState::Partial)             ? BodyState::Partial
                                                       : BodyState::Full;
    return r;
}

static MessageLocation locationFromQuery(const QSqlQuery &q, int first)
{
    MessageLocation l;
    l.offset = q.value(first + 0).toLongLong();
    l.length = q.value(first + 1).toLongLong();
    l.messageOffset = q.value(first + 2).toLongLong();
    l.messageLength = q.value(first + 3).toLongLong();
    l.statusOffset = q.value(first + 4).toLongLong();
    return l;
}

static QString messageById()
{
    return QStringLiteral("SELECT %1, m.folder_id FROM messages m JOIN folders f ON f.id = m.folder_id"
                          " WHERE m.id = ?").arg(QLatin1String(rowColumns_));
}

QList<IndexedMessage> StoreIndex::messages(const QList<MessageId> &ids) const
{
    checkThread();
    // One statement per chunk of ids, not one exec per id: QtSql rebuilds the result's
    // record (a QSqlField per column) on every exec, which cost more than the lookup
    // (~12 % of a "download all", which reads every batch's rows twice). The ids are
    // integers, written into the statement.
    constexpr qsizetype chunk = 500;
    QHash<MessageId, IndexedMessage> found;
    found.reserve(ids.size());
    QSqlQuery q(database());
    q.setForwardOnly(true);
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        QString list;
        for (qsizetype i = from; i < std::min(ids.size(), from + chunk); ++i) {
            if (i > from)
                list += QLatin1Char(',');
            list += QString::number(ids.at(i));
        }
        if (!q.exec(QStringLiteral("SELECT %1 FROM messages m JOIN folders f ON f.id = m.folder_id WHERE m.id IN (%2)")
                        .arg(QLatin1String(rowColumns_), list)))
            continue;
        while (q.next()) {
            IndexedMessage m{rowFromQuery(q, 0), locationFromQuery(q, rowColumnCount)};
            found.insert(m.row.id, std::move(m));
        }
    }
    QList<IndexedMessage> result;
    result.reserve(found.size());
    for (MessageId id : ids)
        if (auto it = found.constFind(id); it != found.cend())
            result.push_back(*it);
    return result;
}

std::optional<IndexedMessage> StoreIndex::message(MessageId id, qint64 *folderId) const
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(messageById());
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    IndexedMessage m{rowFromQuery(q, 0), locationFromQuery(q, rowColumnCount)};
    if (folderId)
        *folderId = q.value(rowColumnCount + 5).toLongLong();
    return m;
}

Result<std::vector<IndexedMessage>> StoreIndex::folderMessages(qint64 folderId) const
{
    checkThread();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages m JOIN folders f ON f.id = m.folder_id"
                             " WHERE m.folder_id = ? AND m.offset >= 0 ORDER BY m.offset") // the partial index's condition
                  .arg(QLatin1String(rowColumns_)));
    q.addBindValue(folderId);
    if (!q.exec())
        return sqlError(q, tr("read folder"));
    std::vector<IndexedMessage> result;
    while (q.next())
        result.push_back({rowFromQuery(q, 0), locationFromQuery(q, rowColumnCount)});
    return result;
}

Result<QList<MessageRow>> StoreIndex::list(qint64 folderId, int offset, int limit, bool newestFirst) const
{
    checkThread();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages m JOIN folders f ON f.id = m.folder_id"
                             " WHERE m.folder_id = ? ORDER BY m.date %2, m.id %2 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(rowColumns_), newestFirst ? QLatin1String("DESC") : QLatin1String("ASC")));
    q.addBindValue(folderId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return sqlError(q, tr("list folder"));
    QList<MessageRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows << rowFromQuery(q, 0);
    return rows;
}

qint64 StoreIndex::count(qint64 folderId) const
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE folder_id = ?"));
    q.addBindValue(folderId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<MessageId> StoreIndex::findByUidl(const QByteArray &uidl) const
{
    checkThread();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE uidl = ? LIMIT 1"));
    q.addBindValue(QString::fromLatin1(uidl));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace Pigeon::Store
