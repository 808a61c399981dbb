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
                    m_checkpointer = std::make_unique<WalCheckpointer>(m_path);
                    m_checkpointer->attach(handle());
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
