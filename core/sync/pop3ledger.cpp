// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/pop3ledger.h"

#include "store/storeindex.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Pigeon::Sync {

Pop3Ledger::Pop3Ledger(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("pigeon-pop3-ledger-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Pop3Ledger::~Pop3Ledger()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QString Pop3Ledger::pathFor(const QString &storeRoot)
{
    return storeRoot + QStringLiteral("/pop3-ledger.sqlite");
}

Result<void> Pop3Ledger::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return MailError(MailError::Kind::Io, tr("Cannot open the POP3 download record %1: %2")
                                                  .arg(m_path, db.lastError().text()));
    QSqlQuery q(db);
    // WAL + FULL: a recorded download survives a power cut (the row is what stops a
    // message the user deleted here from coming back).
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS downloads ("
                                  "uidl BLOB PRIMARY KEY, downloaded INTEGER NOT NULL) WITHOUT ROWID")))
        return Store::StoreIndex::sqlError(q, tr("Cannot set up the POP3 download record"));
    return {};
}

Result<QHash<QByteArray, QDateTime>> Pop3Ledger::all() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT uidl, downloaded FROM downloads")))
        return Store::StoreIndex::sqlError(q, tr("Cannot read the POP3 download record"));
    QHash<QByteArray, QDateTime> out;
    while (q.next())
        out.insert(q.value(0).toByteArray(), QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
    return out;
}

Result<void> Pop3Ledger::record(const QList<QByteArray> &uidls, const QDateTime &when)
{
    if (uidls.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Store::StoreIndex::sqlError(db, tr("Cannot write the POP3 download record"));
    QSqlQuery q(db);
    // OR IGNORE: a partial download completed later keeps its first download time.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO downloads (uidl, downloaded) VALUES (?, ?)"));
    for (const QByteArray &uidl : uidls) {
        q.addBindValue(uidl);
        q.addBindValue(when.toSecsSinceEpoch());
        if (!q.exec()) {
            MailError e = Store::StoreIndex::sqlError(q, tr("Cannot write the POP3 download record"));
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return Store::StoreIndex::sqlError(db, tr("Cannot write the POP3 download record"));
    return {};
}

Result<void> Pop3Ledger::forget(const QList<QByteArray> &uidls)
{
    if (uidls.isEmpty())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Store::StoreIndex::sqlError(db, tr("Cannot write the POP3 download record"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM downloads WHERE uidl = ?"));
    for (const QByteArray &uidl : uidls) {
        q.addBindValue(uidl);
        if (!q.exec()) {
            MailError e = Store::StoreIndex::sqlError(q, tr("Cannot write the POP3 download record"));
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return Store::StoreIndex::sqlError(db, tr("Cannot write the POP3 download record"));
    return {};
}

} // namespace Pigeon::Sync
