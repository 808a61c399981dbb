// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/changequeue.h"

#include "store/storeindex.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Pigeon::Store {

namespace {

QString uidsToText(const QList<quint32> &uids)
{
    QString text;
    text.reserve(uids.size() * 6);
    for (quint32 uid : uids) {
        if (!text.isEmpty())
            text += QLatin1Char(',');
        text += QString::number(uid);
    }
    return text;
}

QList<quint32> uidsFromText(const QString &text)
{
    QList<quint32> uids;
    for (QStringView part : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const uint uid = part.toUInt(&ok);
        if (ok && uid > 0)
            uids << uid;
    }
    return uids;
}

/// QtSql binds a null QString as NULL; the text columns are NOT NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

Result<qint64> ChangeQueue::enqueue(const QueuedChange &c)
{
    if (c.uids.isEmpty() || c.folderId <= 0)
        return MailError(MailError::Kind::InvalidInput, tr("An offline change needs a folder and messages."));
    QSqlQuery q(m_index->database());
    q.prepare(QStringLiteral("INSERT INTO change_queue (kind, folder_id, uidvalidity, uids, flags, target, created)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(int(c.kind));
    q.addBindValue(c.folderId);
    q.addBindValue(qint64(c.uidValidity));
    q.addBindValue(uidsToText(c.uids));
    q.addBindValue(int(c.flags.toInt()));
    q.addBindValue(notNull(c.target));
    q.addBindValue(c.created ? c.created : QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return StoreIndex::sqlError(q, tr("queue an offline change"));
    return q.lastInsertId().toLongLong();
}

Result<QList<QueuedChange>> ChangeQueue::pending(qint64 folderId) const
{
    QSqlQuery q(m_index->database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, kind, folder_id, uidvalidity, uids, flags, target, created, attempts,"
                                 " last_error FROM change_queue");
    if (folderId)
        sql += QStringLiteral(" WHERE folder_id = ?");
    sql += QStringLiteral(" ORDER BY id");
    q.prepare(sql);
    if (folderId)
        q.addBindValue(folderId);
    if (!q.exec())
        return StoreIndex::sqlError(q, tr("read the offline changes"));
    QList<QueuedChange> result;
    while (q.next()) {
        QueuedChange c;
        c.id = q.value(0).toLongLong();
        c.kind = QueuedChange::Kind(q.value(1).toInt());
        c.folderId = q.value(2).toLongLong();
        c.uidValidity = quint32(q.value(3).toLongLong());
        c.uids = uidsFromText(q.value(4).toString());
        c.flags = MessageFlags::fromInt(q.value(5).toInt());
        c.target = q.value(6).toString();
        c.created = q.value(7).toLongLong();
        c.attempts = q.value(8).toInt();
        c.lastError = q.value(9).toString();
        result << c;
    }
    return result;
}

qint64 ChangeQueue::size() const
{
    QSqlQuery q(m_index->database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM change_queue")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Result<void> ChangeQueue::remove(qint64 id)
{
    QSqlQuery q(m_index->database());
    q.prepare(QStringLiteral("DELETE FROM change_queue WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreIndex::sqlError(q, tr("forget an offline change"));
    return {};
}

Result<void> ChangeQueue::markFailed(qint64 id, const QString &error)
{
    QSqlQuery q(m_index->database());
    q.prepare(QStringLiteral("UPDATE change_queue SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    q.addBindValue(notNull(error));
    q.addBindValue(id);
    if (!q.exec())
        return StoreIndex::sqlError(q, tr("record a failed offline change"));
    return {};
}

Result<void> ChangeQueue::dropFolder(qint64 folderId)
{
    QSqlQuery q(m_index->database());
    q.prepare(QStringLiteral("DELETE FROM change_queue WHERE folder_id = ?"));
    q.addBindValue(folderId);
    if (!q.exec())
        return StoreIndex::sqlError(q, tr("forget offline changes"));
    return {};
}

} // namespace Pigeon::Store
