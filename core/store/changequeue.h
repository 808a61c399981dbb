// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "store/messageflags.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Pigeon::Store {

class StoreIndex;

/// One change the user made that the server has not confirmed yet.
struct QueuedChange {
    enum class Kind : quint8 {
        AddFlags = 1,    ///< UID STORE +FLAGS (RFC 9051 §6.4.6)
        RemoveFlags = 2, ///< UID STORE -FLAGS
        Move = 3,        ///< UID MOVE (RFC 6851), or COPY + \Deleted + UID EXPUNGE
        Copy = 4,        ///< UID COPY (RFC 9051 §6.4.7)
        Expunge = 5,     ///< \Deleted + UID EXPUNGE (RFC 4315 / RFC 9051 §6.4.9) of these UIDs only
    };
    qint64 id = 0;            ///< queue order: replayed in ascending id
    Kind kind = Kind::AddFlags;
    qint64 folderId = 0;      ///< the store folder the UIDs belong to
    quint32 uidValidity = 0;  ///< the UIDs mean nothing under another UIDVALIDITY
    QList<quint32> uids;
    MessageFlags flags;       ///< AddFlags / RemoveFlags
    QString target;           ///< Move / Copy: the target store folder's name
    qint64 created = 0;       ///< seconds since the epoch (UTC)
    int attempts = 0;         ///< failed replays so far
    QString lastError;        ///< the last failure, for the UI
    bool operator==(const QueuedChange &) const = default;
};

/// The durable queue of offline changes (table change_queue of the store index).
///
/// A change is queued in the same SQLite transaction as the local effect the user sees
/// (flags in the index, a row moved), when the caller wraps both in begin()/commit();
/// alone, enqueue() is its own committed transaction (WAL, synchronous=FULL). So the
/// queue survives a crash exactly when the local change does. Replay reads pending() in
/// order and removes each entry once the server confirmed it.
class ChangeQueue
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Store::ChangeQueue)

public:
    /// @p index must be open and outlive the queue; same thread.
    explicit ChangeQueue(StoreIndex *index) : m_index(index) {}

    /// Appends @p change; returns its id.
    Result<qint64> enqueue(const QueuedChange &change);
    /// Pending changes in queue order; only those of @p folderId when it is not 0.
    Result<QList<QueuedChange>> pending(qint64 folderId = 0) const;
    qint64 size() const;
    /// The server confirmed (or the change no longer applies): forget it.
    Result<void> remove(qint64 id);
    /// A replay failed for a reason worth retrying later: counts the attempt.
    Result<void> markFailed(qint64 id, const QString &error);
    /// Forgets every change of a folder (its UIDVALIDITY changed: the UIDs are void).
    Result<void> dropFolder(qint64 folderId);

private:
    StoreIndex *m_index;
};

} // namespace Pigeon::Store
