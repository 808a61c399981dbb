// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "imap/ops/imapop.h"
#include "store/changequeue.h"
#include "store/imapcache.h"
#include "store/remotefolder.h"

#include <QPointer>
#include <QStringList>

#include <optional>

namespace Pigeon::Store {
class MailStore;
}

namespace Pigeon::Sync {

/// Sends the queued offline changes of the selected mailbox, in queue order, each
/// through the engine's op for it: StoreFlagsOp (RFC 9051 §6.4.6), MoveOp (RFC 6851,
/// or COPY + STORE \Deleted + UID EXPUNGE of exactly those UIDs), CopyOp (§6.4.7),
/// StoreFlagsOp \Deleted + ExpungeOp (RFC 4315 UID EXPUNGE).
///
/// Conflicts end quietly: a change whose UIDs belong to another UIDVALIDITY is dropped;
/// UIDs the server no longer has are simply not touched (UID commands skip them), so
/// the change is done. A change the server refuses (NO) is counted and retried on the
/// next replay, and dropped after maxAttempts refusals with one notice, so a broken
/// change cannot cause an error storm or block the queue. A lost connection stops the
/// replay with the change still queued (not counted as a refusal).
///
/// A move or copy whose target the server no longer has ([TRYCREATE], RFC 9051 §7.1:
/// deleted by another client while the change was queued) CREATEs the target and tries
/// once more, with a notice — see next() for why.
class ChangeReplayer : public Imap::ImapOp
{
    Q_OBJECT
public:
    static constexpr int maxAttempts = 3;

    /// The session must have @p folderId's mailbox selected with @p uidValidity.
    ChangeReplayer(Imap::ImapSession *session, Store::MailStore *store, qint64 folderId, quint32 uidValidity,
                   QObject *parent = nullptr);

    int replayed() const { return m_replayed; }
    int dropped() const { return m_dropped; }
    /// Rows whose flags the server confirmed (non-silent STORE answers with FLAGS).
    const QList<Store::MessageId> &changedIds() const { return m_changedIds; }
    /// What the user should hear of (a change dropped, a folder created again), one
    /// line per change at most; translated.
    const QStringList &notices() const { return m_notices; }

protected:
    void run() override;
    void aboutToCancel() override;

private:
    void next();
    /// Runs @p op (owned here) and hands its error to @p then, unless this op finished.
    void runOp(Imap::ImapOp *op, std::function<void(const MailError &)> then);
    void replayMove(const Store::QueuedChange &change);
    void replayExpunge(const Store::QueuedChange &change);
    void settle(const Store::QueuedChange &change, const MailError &error);
    /// Removes @p change from the queue without replaying it, then goes on.
    void drop(const Store::QueuedChange &change, const QString &notice = {});
    void takeFlags(const QList<Imap::FetchData> &fetched);
    std::optional<Store::RemoteFolder> remoteFolder(const QString &folder) const;

    Store::MailStore *m_store;
    Store::ChangeQueue m_queue;
    Store::ImapCache m_cache;
    qint64 m_folderId;
    quint32 m_uidValidity;
    QList<Store::QueuedChange> m_changes;
    QHash<quint32, Store::CachedMessage> m_known;
    QList<Store::MessageId> m_changedIds;
    QStringList m_notices;
    QPointer<Imap::ImapOp> m_current;
    int m_replayed = 0;
    int m_dropped = 0;
};

} // namespace Pigeon::Sync
