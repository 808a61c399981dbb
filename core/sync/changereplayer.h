// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "imap/session/imapsession.h"
#include "store/changequeue.h"
#include "store/imapcache.h"

#include <QObject>
#include <QPointer>

namespace Pigeon::Store {
class MailStore;
}

namespace Pigeon::Sync {

/// Sends the queued offline changes of the selected mailbox, in queue order
/// (RFC 9051 §6.4.6 STORE, §6.4.7 COPY, RFC 6851 MOVE, RFC 4315 UID EXPUNGE).
///
/// Conflicts end quietly: a change whose UIDs belong to another UIDVALIDITY is dropped;
/// UIDs the server no longer has are simply not touched (UID commands skip them), so
/// the change is done. A change the server refuses (NO) is counted and retried on the
/// next replay, and dropped after maxAttempts refusals, one log line each time, so a
/// broken change cannot cause an error storm or block the queue. A lost connection
/// stops the replay with the change still queued (not counted as a refusal).
class ChangeReplayer : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxAttempts = 3;

    /// The session must have @p folderId's mailbox selected with @p uidValidity.
    ChangeReplayer(Imap::ImapSession *session, Store::MailStore *store, qint64 folderId, quint32 uidValidity,
                   QObject *parent = nullptr);
    ~ChangeReplayer() override;

    void start();
    int replayed() const { return m_replayed; }
    int dropped() const { return m_dropped; }
    /// Rows whose flags the server confirmed (non-silent STORE answers with FLAGS).
    const QList<Store::MessageId> &changedIds() const { return m_changedIds; }

Q_SIGNALS:
    void finished(const Pigeon::MailError &error);

private:
    void next();
    void done(const Store::QueuedChange &change, const Result<Imap::StatusResponse> &result);
    void run(const Imap::Command &command, std::function<void(const Result<Imap::StatusResponse> &)> then);
    QByteArray mailboxOf(const QString &folder) const;
    void finish(const MailError &error = {});

    QPointer<Imap::ImapSession> m_session;
    Store::MailStore *m_store;
    Store::ChangeQueue m_queue;
    Store::ImapCache m_cache;
    qint64 m_folderId;
    quint32 m_uidValidity;
    QList<Store::QueuedChange> m_changes;
    QHash<quint32, Store::CachedMessage> m_known;
    QList<Store::MessageId> m_changedIds;
    int m_replayed = 0;
    int m_dropped = 0;
    bool m_finished = false;
};

} // namespace Pigeon::Sync
