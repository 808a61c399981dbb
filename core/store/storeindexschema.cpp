// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The index's schema: the statements of each version, creating a new index and
// migrating an older one forward.
#include "store/storeindex.h"

#include <QSqlQuery>

namespace Pigeon::Store {

namespace {

// Version 1. Later versions add steps to migrate(); never edit a released step.
const char *const schemaV1[] = {
    "CREATE TABLE folders ("
    " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, file TEXT NOT NULL,"
    " size INTEGER NOT NULL DEFAULT 0, inode INTEGER NOT NULL DEFAULT 0,"
    " mtime_ns INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE messages ("
    " id INTEGER PRIMARY KEY, folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,"
    " offset INTEGER NOT NULL, length INTEGER NOT NULL, msg_offset INTEGER NOT NULL,"
    " msg_length INTEGER NOT NULL, status_offset INTEGER NOT NULL,"
    " size INTEGER NOT NULL, flags INTEGER NOT NULL, modseq INTEGER NOT NULL DEFAULT 0,"
    " date INTEGER NOT NULL, sender TEXT, recipients TEXT, subject TEXT, message_id TEXT,"
    " refs TEXT, has_attachments INTEGER NOT NULL DEFAULT 0,"
    " uidl TEXT, uid INTEGER, uidvalidity INTEGER,"
    " fts_done INTEGER NOT NULL DEFAULT 0, fts_key INTEGER)",
    "CREATE INDEX messages_folder_date ON messages(folder_id, date)",
    "CREATE INDEX messages_folder_offset ON messages(folder_id, offset)",
    "CREATE INDEX messages_uidl ON messages(uidl) WHERE uidl IS NOT NULL",
    "CREATE INDEX messages_uid ON messages(folder_id, uid) WHERE uid IS NOT NULL",
    "CREATE INDEX messages_fts_todo ON messages(id) WHERE fts_done = 0",
    "CREATE UNIQUE INDEX messages_fts_key ON messages(fts_key) WHERE fts_key IS NOT NULL",
    "CREATE TABLE journal ("
    " id INTEGER PRIMARY KEY, op INTEGER NOT NULL, target_folder INTEGER NOT NULL DEFAULT 0,"
    " target_from INTEGER NOT NULL DEFAULT 0, source_folder INTEGER NOT NULL DEFAULT 0,"
    " source_inode INTEGER NOT NULL DEFAULT 0)",
    // Full-text search: subject, addresses and decoded body text, normalised by
    // SearchText before they get here (see searchtext.h for why). The rowid is
    // messages.fts_key, a date-ordered key (see SearchIndex), not the message id.
    "CREATE VIRTUAL TABLE fts USING fts5(subject, addresses, body,"
    " tokenize = \"unicode61 remove_diacritics 2\")",
};

// Version 1 -> 2 (IMAP cache): how much of a message is stored, the server side of
// each folder, and the durable queue of changes made offline. A fresh index runs the
// same steps after schemaV1, so a migrated and a new index are identical.
const char *const schemaV2[] = {
    "ALTER TABLE messages ADD COLUMN body_state INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE remote_folders ("
    " folder_id INTEGER PRIMARY KEY REFERENCES folders(id) ON DELETE CASCADE,"
    " raw_name BLOB NOT NULL, delimiter TEXT NOT NULL DEFAULT '', attributes TEXT NOT NULL DEFAULT '',"
    " special_use TEXT NOT NULL DEFAULT '', subscribed INTEGER NOT NULL DEFAULT 1,"
    " uidvalidity INTEGER NOT NULL DEFAULT 0, uidnext INTEGER NOT NULL DEFAULT 0,"
    " highestmodseq INTEGER NOT NULL DEFAULT 0, download_all INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE change_queue ("
    " id INTEGER PRIMARY KEY, kind INTEGER NOT NULL,"
    " folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,"
    " uidvalidity INTEGER NOT NULL, uids TEXT NOT NULL, flags INTEGER NOT NULL DEFAULT 0,"
    " target TEXT NOT NULL DEFAULT '', created INTEGER NOT NULL DEFAULT 0,"
    " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX change_queue_folder ON change_queue(folder_id, id)",
};

// Version 2 -> 3 (bodies on demand, issue 6): the parts of an IMAP message fetched
// one by one (its BODYSTRUCTURE, HEADER, the text parts and their MIME headers, an
// attachment once opened), so a BodyState::Partial message opens offline. Keyed by the
// row, which is keyed by folder, UIDVALIDITY and UID: a row discarded by a UIDVALIDITY
// change or an expunge takes its parts with it (ON DELETE CASCADE). A separate table,
// not a column of messages: the header path of 100,000 rows stays as narrow as before,
// and only opened messages pay for it.
const char *const schemaV3[] = {
    "CREATE TABLE imap_parts ("
    " id INTEGER PRIMARY KEY,"
    " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
    " section TEXT NOT NULL, data BLOB NOT NULL, complete INTEGER NOT NULL DEFAULT 1,"
    " UNIQUE (message_id, section))",
};

// Version 3 -> 4 (QRESYNC reopen, issue 6): the (folder, uid) index also holds the
// UIDVALIDITY, between the two. Every reopen asks for the rows of another UIDVALIDITY
// (ImapCache::discardOtherValidity) and for the count and highest UID of the current
// one (ImapCache::stats); with UIDVALIDITY only in the table, each visited all 100,000
// rows of a big folder and read the table for each (10-17 ms of CPU, and a cold index
// read from disk). Now both are ranges of this index alone, and a lookup by UID names
// the UIDVALIDITY too. Replacing the index, not adding one: the header listing pays for
// every index on each row it inserts.
const char *const schemaV4[] = {
    "DROP INDEX IF EXISTS messages_uid",
    "CREATE INDEX messages_folder_validity_uid ON messages(folder_id, uidvalidity, uid) WHERE uid IS NOT NULL",
};

// Version 4 -> 5 (header listing, issue 6): two of the indexes every header row goes
// into, changed so a listing of a new folder costs less per row (callgrind, 10,000
// rows: the insert takes about 5,700 fewer instructions per row).
// - The (folder, offset) index holds only rows with an mbox record (offset >= 0): it
//   serves the file-order reads and tail deletes of records, and a header-only IMAP
//   row (offset -1, most rows of a big IMAP folder) no longer pays a B-tree insert
//   for it. A query uses it only if its WHERE has the literal `offset >= 0`
//   (StoreIndex::folderMessages, deleteMessagesFrom; tst_storeindexschema checks).
// - The (folder, uidvalidity, uid) index stores UIDs in descending order: a listing
//   fetches newest first, i.e. descending UIDs, and inserting each key before all
//   others made SQLite rebalance a leaf every few rows (2,569 balance_nonroot calls
//   for 10,000 rows, a quarter of the insert's instructions); descending, the keys are
//   appended at the B-tree's right edge. Ranges, lookups and ORDER BY uid read the
//   same entries in either direction.
const char *const schemaV5[] = {
    "DROP INDEX IF EXISTS messages_folder_offset",
    "CREATE INDEX messages_folder_offset ON messages(folder_id, offset) WHERE offset >= 0",
    "DROP INDEX IF EXISTS messages_folder_validity_uid",
    "CREATE INDEX messages_folder_validity_uid ON messages(folder_id, uidvalidity, uid DESC) WHERE uid IS NOT NULL",
};

Result<void> execAll(QSqlQuery &q, const char *const *begin, const char *const *end, const QString &what)
{
    for (const char *const *sql = begin; sql != end; ++sql)
        if (!q.exec(QString::fromLatin1(*sql)))
            return StoreIndex::sqlError(q, what);
    return {};
}

} // namespace

QByteArray StoreIndex::schemaStatement(QByteArrayView prefix)
{
    // The last match: a later version may replace an index under its old name (v5).
    QByteArray found;
    for (const auto &[begin, end] : {std::pair{std::begin(schemaV1), std::end(schemaV1)},
                                     std::pair{std::begin(schemaV2), std::end(schemaV2)},
                                     std::pair{std::begin(schemaV3), std::end(schemaV3)},
                                     std::pair{std::begin(schemaV4), std::end(schemaV4)},
                                     std::pair{std::begin(schemaV5), std::end(schemaV5)}})
        for (const char *const *sql = begin; sql != end; ++sql)
            if (QByteArrayView(*sql).startsWith(prefix))
                found = QByteArray(*sql);
    return found;
}

Result<void> StoreIndex::createSchema()
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlError(db, tr("begin"));
    QSqlQuery q(db);
    Result<void> r = execAll(q, std::begin(schemaV1), std::end(schemaV1), tr("create schema"));
    if (r)
        r = execAll(q, std::begin(schemaV2), std::end(schemaV2), tr("create schema"));
    if (r)
        r = execAll(q, std::begin(schemaV3), std::end(schemaV3), tr("create schema"));
    if (r)
        r = execAll(q, std::begin(schemaV4), std::end(schemaV4), tr("create schema"));
    if (r)
        r = execAll(q, std::begin(schemaV5), std::end(schemaV5), tr("create schema"));
    if (r && !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion)))
        r = sqlError(q, tr("create schema"));
    if (!r) {
        db.rollback();
        return r;
    }
    if (!db.commit())
        return sqlError(db, tr("commit"));
    return {};
}

Result<void> StoreIndex::migrate(int from)
{
    // Each step in its own transaction: an interrupted migration leaves a consistent
    // older version that the next open migrates again. Never edit a released step.
    QSqlDatabase db = database();
    struct Step {
        const char *const *begin;
        const char *const *end;
    };
    const Step steps[] = {
        {std::begin(schemaV2), std::end(schemaV2)}, // 1 -> 2
        {std::begin(schemaV3), std::end(schemaV3)}, // 2 -> 3
        {std::begin(schemaV4), std::end(schemaV4)}, // 3 -> 4
        {std::begin(schemaV5), std::end(schemaV5)}, // 4 -> 5
    };
    while (from >= 1 && from < schemaVersion) {
        const Step &step = steps[from - 1];
        const QString what = tr("migrate the index to version %1").arg(from + 1);
        if (!db.transaction())
            return sqlError(db, tr("begin"));
        QSqlQuery q(db);
        Result<void> r = execAll(q, step.begin, step.end, what);
        if (r && !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(from + 1)))
            r = sqlError(q, what);
        if (!r) {
            db.rollback();
            return r;
        }
        if (!db.commit())
            return sqlError(db, tr("commit"));
        ++from;
    }
    if (from == schemaVersion)
        return {};
    return MailError(MailError::Kind::Internal, tr("No migration from index schema %1").arg(from));
}

} // namespace Pigeon::Store
